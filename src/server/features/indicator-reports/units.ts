import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { containsPattern } from '../../db/like-pattern.js';
import { searchKey } from '../../../shared/text/index.js';
import type { ReportingUnitKind } from '../../../shared/api/indicators.js';
import type { IndicatorUnit } from '../../../shared/auth/indicator-access.js';
import type { Period } from '../../../shared/indicators/periods.js';
import { provinceReformDay } from '../../../shared/admin-units/reform-day.js';

/*
 * Reporting units are not a table of their own: a unit is the national level ('VN'), a current
 * province, an old province (for periods before 1 July 2025), a commune or an agency (an
 * organisation of a province). This file reads them from those tables, by one SQL shape, so
 * lists page and search in the database.
 */

export const nationalUnitCode = 'VN';
export const nationalUnitName = 'Toàn quốc';
/** The day the 34 provinces replaced the 63: figures of earlier periods belong to the old ones. */
export const mergerDay = provinceReformDay;

export type ResolvedUnit = IndicatorUnit & { unitName: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The rows of every unit kind as one relation (unit_kind, unit_code, unit_name, province_code,
 * search_key). Kinds not listed are left out, so each query only touches the tables it needs.
 */
export function unitsRelation(kinds: readonly ReportingUnitKind[]): SQL {
  const parts: SQL[] = [];
  if (kinds.includes('national')) {
    parts.push(sql`select 'national'::text as unit_kind, ${nationalUnitCode}::text as unit_code, ${nationalUnitName}::text as unit_name, null::text as province_code, 'toan quoc'::text as search_key`);
  }
  if (kinds.includes('province')) parts.push(sql`select 'province'::text as unit_kind, code as unit_code, full_name as unit_name, code as province_code, search_key from provinces`);
  if (kinds.includes('legacy_province')) parts.push(sql`select 'legacy_province'::text as unit_kind, code as unit_code, full_name as unit_name, successor_code as province_code, search_key from legacy_provinces`);
  if (kinds.includes('commune')) parts.push(sql`select 'commune'::text as unit_kind, code as unit_code, full_name as unit_name, province_code, search_key from communes`);
  if (kinds.includes('agency')) parts.push(sql`select 'agency'::text as unit_kind, id::text as unit_code, name as unit_name, province_code, search_key from organisations where province_code is not null`);
  if (!parts.length) return sql`select null::text as unit_kind, null::text as unit_code, null::text as unit_name, null::text as province_code, null::text as search_key where false`;
  return sql.join(parts, sql` union all `);
}

/** The unit kinds that report a form of `formUnitKind` (for a period, when one is given). */
export function unitKindsOfForm(formUnitKind: string, period: Period | null): ReportingUnitKind[] {
  if (formUnitKind === 'province') {
    if (!period) return ['province', 'legacy_province'];
    return period.start < mergerDay ? ['province', 'legacy_province'] : ['province'];
  }
  return [formUnitKind as ReportingUnitKind];
}

/**
 * Why a unit kind may not report a form for a period, or null when it may: a 'province' form is
 * reported by the province, or by an old province for periods that start before 1 July 2025;
 * an old province never reports a later period.
 */
export function unitKindRefusal(formUnitKind: string, unitKind: ReportingUnitKind, period: Period): string | null {
  if (unitKind === 'legacy_province') {
    if (formUnitKind !== 'province') return 'Biểu mẫu này không do cấp tỉnh báo cáo.';
    if (period.start >= mergerDay) return 'Tỉnh cũ (trước sáp nhập) chỉ báo cáo các kỳ bắt đầu trước ngày 01/07/2025; từ kỳ này hãy báo cáo theo tỉnh mới.';
    return null;
  }
  if (unitKind !== formUnitKind) {
    const names: Record<string, string> = { national: 'cấp quốc gia', province: 'cấp tỉnh', commune: 'cấp xã', agency: 'các cơ quan, sở, ngành' };
    return `Biểu mẫu này do ${names[formUnitKind] ?? formUnitKind} báo cáo, không phải ${names[unitKind] ?? unitKind}.`;
  }
  return null;
}

type UnitRow = { unit_kind: ReportingUnitKind; unit_code: string; unit_name: string; province_code: string | null };
const toUnit = (r: UnitRow): ResolvedUnit => ({ unitKind: r.unit_kind, unitCode: r.unit_code, unitName: r.unit_name, provinceCode: r.province_code });

/** One unit by kind and code, or null when there is none. */
export async function findUnit(db: Db, unitKind: ReportingUnitKind, unitCode: string): Promise<ResolvedUnit | null> {
  if (unitKind === 'national') return unitCode === nationalUnitCode ? { unitKind, unitCode, unitName: nationalUnitName, provinceCode: null } : null;
  // An organisation id that is not a uuid would make PostgreSQL refuse the whole query.
  if (unitKind === 'agency' && !uuidPattern.test(unitCode)) return null;
  const rows = await queryRows<UnitRow>(db, sql`select * from (${unitsRelation([unitKind])}) u where u.unit_code = ${unitCode}`);
  return rows[0] ? toUnit(rows[0]) : null;
}

export type UnitFilter = { kinds: readonly ReportingUnitKind[]; provinceCode?: string | null; q?: string };

function unitConditions(filter: UnitFilter): SQL {
  const conditions: SQL[] = [sql`true`];
  if (filter.provinceCode) conditions.push(sql`u.province_code = ${filter.provinceCode}`);
  const key = filter.q ? searchKey(filter.q) : '';
  if (key) conditions.push(sql`(u.search_key like ${containsPattern(key)} or u.unit_code = ${filter.q!.trim()})`);
  return sql.join(conditions, sql` and `);
}

/** A page of units, in a stable order (kind, then code), with how many match. */
export async function listUnits(db: Db, filter: UnitFilter, page: { page: number; pageSize: number }): Promise<{ items: ResolvedUnit[]; total: number }> {
  const from = sql`(${unitsRelation(filter.kinds)}) u where ${unitConditions(filter)}`;
  const [rows, totals] = await Promise.all([
    queryRows<UnitRow>(
      db,
      sql`select u.unit_kind, u.unit_code, u.unit_name, u.province_code from ${from}
          order by case u.unit_kind when 'national' then 0 when 'province' then 1 when 'legacy_province' then 2 when 'agency' then 3 else 4 end,
            u.province_code nulls first, u.unit_name, u.unit_code
          limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from ${from}`),
  ]);
  return { items: rows.map(toUnit), total: Number(totals[0]?.total ?? 0) };
}

/** Every unit of the filter (for completeness: at most a province's communes or the 63 old provinces). */
export async function allUnits(db: Db, filter: UnitFilter): Promise<ResolvedUnit[]> {
  const rows = await queryRows<UnitRow>(
    db,
    sql`select u.unit_kind, u.unit_code, u.unit_name, u.province_code from (${unitsRelation(filter.kinds)}) u where ${unitConditions(filter)}
        order by u.province_code nulls first, u.unit_code`,
  );
  return rows.map(toUnit);
}
