import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canReadFollowup, isClosedStatus, statusRefusal, type FollowupAccessUser } from '../../../shared/auth/followup-access.js';
import { isNationalRole, roles } from '../../../shared/auth/permissions.js';
import type { Database } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { createTestDatabase } from '../../db/testing.js';
import { readableScopesSql, readableSql, waitingSql } from './access-sql.js';
import { insertFollowupItem, insertFollowupOrganisation, type FollowupItemRow } from './testing.js';

let database: Database;
let items: FollowupItemRow[] = [];
let users: FollowupAccessUser[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const lead01 = await insertFollowupOrganisation(db, 'Sở Tư pháp thành phố Hà Nội', '01');
  const other01 = await insertFollowupOrganisation(db, 'Sở Y tế thành phố Hà Nội', '01');
  for (const provinceCode of [null, '01', '79']) {
    for (const status of ['not_started', 'in_progress', 'done', 'not_done']) {
      for (const leadOrganisationId of [null, lead01, other01]) {
        items.push(await insertFollowupItem(db, { kind: 'plan', provinceCode, status, leadOrganisationId: provinceCode === '01' ? leadOrganisationId : null }));
      }
    }
  }
  users = roles.flatMap((role): FollowupAccessUser[] =>
    isNationalRole(role)
      ? [{ id: 'u', role, provinceCode: null, organisationId: null }]
      : [
          { id: 'u', role, provinceCode: '01', organisationId: lead01 },
          { id: 'u', role, provinceCode: '01', organisationId: null },
          { id: 'u', role, provinceCode: '79', organisationId: null },
        ],
  );
});
afterAll(() => database.close());

const idsWhere = async (condition: ReturnType<typeof sql>) =>
  (await queryRows<{ id: string }>(database.db, sql`select i.id from followup_items i where ${condition}`)).map((r) => r.id).sort();

describe('the follow-up access rules in SQL', () => {
  it('readableSql keeps exactly the items canReadFollowup allows, for every role', async () => {
    for (const user of users) {
      const expected = items.filter((i) => canReadFollowup(user, i)).map((i) => i.id).sort();
      expect([user, await idsWhere(readableSql(user))]).toEqual([user, expected]);
    }
  });

  it('readableScopesSql splits those items into parts that never overlap, for every role', async () => {
    for (const user of users) {
      const expected = items.filter((i) => canReadFollowup(user, i)).map((i) => i.id).sort();
      const parts = await Promise.all(readableScopesSql(user).map((part) => idsWhere(part)));
      // Concatenated, not merged: an item in two parts would be counted twice.
      expect([user, parts.flat().sort()]).toEqual([user, expected]);
    }
  });

  it('waitingSql keeps the open items whose status the person may change (national roles: national items)', async () => {
    for (const user of users) {
      const expected = items
        .filter((i) => !isClosedStatus(i.status) && statusRefusal(user, i) === null && (!isNationalRole(user.role) || i.provinceCode === null))
        .map((i) => i.id)
        .sort();
      expect([user, await idsWhere(waitingSql(user))]).toEqual([user, expected]);
    }
  });
});
