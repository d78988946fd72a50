import { sql, type SQL } from 'drizzle-orm';
import { can, isNationalRole } from '../../../shared/auth/permissions.js';
import type { FollowupAccessUser } from '../../../shared/auth/followup-access.js';

/*
 * The rules of shared/auth/followup-access.ts as SQL conditions over an item aliased `i`, so the
 * list filters and counts in the database. access-sql.db.test.ts checks both say the same.
 */

const no = sql`false`;
const yes = sql`true`;
export const openSql = sql`i.status in ('not_started', 'in_progress')`;

/**
 * canReadFollowup as disjoint parts whose union is what the reader may read: national items and
 * one's own province's (every item for national roles). A province's reader is two parts, so a
 * count reads two ranges of the province index instead of all of it to test an `or`.
 */
export function readableScopesSql(user: FollowupAccessUser): SQL[] {
  if (!can(user.role, 'followup.read')) return [no];
  if (isNationalRole(user.role)) return [yes];
  const national = sql`i.province_code is null`;
  return user.provinceCode ? [national, sql`i.province_code = ${user.provinceCode}`] : [national];
}

/** canReadFollowup as one condition: the parts of `readableScopesSql` joined with `or`. */
export function readableSql(user: FollowupAccessUser): SQL {
  const parts = readableScopesSql(user);
  return parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, sql` or `)})`;
}

/**
 * "Việc của tôi": open items whose status the person may change (statusRefusal === null), narrowed
 * for national roles to the national items (a province's items are its own to move first).
 */
export function waitingSql(user: FollowupAccessUser): SQL {
  if (!can(user.role, 'followup.progress')) return no;
  if (isNationalRole(user.role)) return sql`(${openSql} and i.province_code is null)`;
  if (!user.provinceCode) return no;
  if (user.role === 'provincial_secretariat') return sql`(${openSql} and i.province_code = ${user.provinceCode})`;
  if (!user.organisationId) return no;
  return sql`(${openSql} and i.province_code = ${user.provinceCode} and i.lead_organisation_id = ${user.organisationId})`;
}
