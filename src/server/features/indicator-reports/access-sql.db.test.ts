import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportingUnitKind } from '../../../shared/api/indicators.js';
import { approveRefusal, canReadUnit, reportRefusal, type IndicatorAccessUser } from '../../../shared/auth/indicator-access.js';
import { queryRows } from '../../db/query-rows.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { insertOrganisation } from '../organisations/queries.js';
import { approvableSql, readableSql, reportableSql, waitingSql } from './access-sql.js';
import { insertForm, insertIndicators, insertReport } from './testing.js';

/** The SQL forms of the access rules must answer exactly what shared/auth/indicator-access.ts answers, for every role and unit. */
let t: TestApp;
const users: IndicatorAccessUser[] = [];
let reports: Array<{ id: string; unitKind: ReportingUnitKind; unitCode: string; provinceCode: string | null; status: string; submittedBy: string | null }> = [];

const uid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const orgA = (await insertOrganisation(db, { name: 'Sở A', kind: 'department', provinceCode: '01', searchKey: 'so a' })).id;
  const orgB = (await insertOrganisation(db, { name: 'Sở B', kind: 'department', provinceCode: '79', searchKey: 'so b' })).id;
  users.push(
    { id: uid(1), role: 'national_admin', provinceCode: null, organisationId: null },
    { id: uid(2), role: 'national_officer', provinceCode: null, organisationId: null },
    { id: uid(3), role: 'provincial_secretariat', provinceCode: '01', organisationId: null },
    { id: uid(4), role: 'provincial_secretariat', provinceCode: '79', organisationId: null },
    { id: uid(5), role: 'agency_reporter', provinceCode: '01', organisationId: orgA },
    { id: uid(6), role: 'agency_reporter', provinceCode: '01', organisationId: null },
    { id: uid(7), role: 'viewer', provinceCode: '01', organisationId: null },
  );
  await insertIndicators(db, [{ code: 'ACC.X' }]);
  const units: Array<[ReportingUnitKind, string, string | null]> = [
    ['national', 'VN', null],
    ['province', '01', '01'],
    ['legacy_province', '28', '01'],
    ['province', '79', '79'],
    ['agency', orgA, '01'],
    ['agency', orgB, '79'],
    ['commune', '00004', '01'],
  ];
  const forms = new Map<string, string>();
  for (const kind of ['national', 'province', 'agency', 'commune']) forms.set(kind, await insertForm(db, { unitKind: kind, frequency: 'year', indicators: [{ code: 'ACC.X' }] }));
  let year = 2001;
  for (const [unitKind, unitCode, provinceCode] of units) {
    for (const [status, submittedBy] of [['draft', null], ['returned', uid(3)], ['submitted', null], ['submitted', uid(1)], ['submitted', uid(3)], ['submitted', uid(2)], ['approved', uid(5)]] as const) {
      const formId = forms.get(unitKind === 'legacy_province' ? 'province' : unitKind)!;
      const r = await insertReport(db, { formId, unitKind, unitCode, provinceCode, period: String(year++), status, submittedBy });
      reports.push({ id: r.id, unitKind, unitCode, provinceCode, status, submittedBy });
    }
  }
});
afterAll(() => t.close());

describe('access rules in SQL', () => {
  it('agree with canReadUnit, reportRefusal, approveRefusal and the waiting list for every role and unit', async () => {
    for (const user of users) {
      const ids = async (condition: ReturnType<typeof readableSql>) =>
        (await queryRows<{ id: string }>(t.database.db, sql`select r.id from indicator_reports r where ${condition}`)).map((r) => r.id).sort();
      const expected = (keep: (r: (typeof reports)[number]) => boolean) => reports.filter(keep).map((r) => r.id).sort();
      const label = `${user.role} ${user.provinceCode ?? ''} ${user.organisationId ? 'with organisation' : ''}`;
      expect([label, await ids(readableSql(user))]).toEqual([label, expected((r) => canReadUnit(user, r))]);
      expect([label, await ids(reportableSql(user))]).toEqual([label, expected((r) => reportRefusal(user, r) === null)]);
      expect([label, await ids(approvableSql(user))]).toEqual([label, expected((r) => approveRefusal(user, r, r.submittedBy) === null)]);
      const waiting = expected(
        (r) => ((r.status === 'draft' || r.status === 'returned') && reportRefusal(user, r) === null) || (r.status === 'submitted' && approveRefusal(user, r, r.submittedBy) === null),
      );
      expect([label, await ids(waitingSql(user))]).toEqual([label, waiting]);
    }
  });
});
