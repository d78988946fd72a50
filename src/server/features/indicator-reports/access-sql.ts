import { sql, type SQL } from 'drizzle-orm';
import { can, isNationalRole } from '../../../shared/auth/permissions.js';
import type { IndicatorAccessUser } from '../../../shared/auth/indicator-access.js';

/*
 * The rules of shared/auth/indicator-access.ts (canReadUnit, reportRefusal, approveRefusal) as
 * SQL conditions over a report aliased `r`, so lists filter and count in the database instead
 * of paging in Node. access-sql.db.test.ts checks that both say the same for every role.
 */

const no = sql`false`;
const yes = sql`true`;

/** canReadUnit. */
export function readableSql(user: IndicatorAccessUser): SQL {
  if (!can(user.role, 'indicators.read')) return no;
  if (isNationalRole(user.role)) return yes;
  if (!user.provinceCode) return sql`r.unit_kind = 'national'`;
  return sql`(r.unit_kind = 'national' or r.province_code = ${user.provinceCode})`;
}

/** reportRefusal(...) === null. */
export function reportableSql(user: IndicatorAccessUser): SQL {
  if (!can(user.role, 'indicators.report')) return no;
  if (user.role === 'national_admin') return yes;
  if (!user.provinceCode) return no;
  const ownProvince = sql`r.unit_kind <> 'national' and r.province_code = ${user.provinceCode}`;
  if (user.role === 'agency_reporter') {
    if (!user.organisationId) return no;
    return sql`(${ownProvince} and r.unit_kind = 'agency' and r.unit_code = ${user.organisationId})`;
  }
  return sql`(${ownProvince})`;
}

/** approveRefusal(...) === null, with the submitter in `r.submitted_by`. */
export function approvableSql(user: IndicatorAccessUser): SQL {
  if (!can(user.role, 'indicators.approve')) return no;
  const notOwn = sql`(r.submitted_by is null or r.submitted_by <> ${user.id})`;
  if (user.role === 'national_admin') return notOwn;
  if (user.role === 'national_officer') return sql`(r.unit_kind in ('province', 'legacy_province') and ${notOwn})`;
  if (user.role === 'provincial_secretariat' && user.provinceCode) {
    return sql`(r.unit_kind in ('agency', 'commune') and r.province_code = ${user.provinceCode} and ${notOwn})`;
  }
  return no;
}

/** What waits for the person: drafts and returned reports they may finish, submissions they may approve. */
export function waitingSql(user: IndicatorAccessUser): SQL {
  return sql`((r.status in ('draft', 'returned') and ${reportableSql(user)}) or (r.status = 'submitted' and ${approvableSql(user)}))`;
}
