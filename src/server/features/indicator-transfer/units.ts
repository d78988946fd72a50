import { sql } from 'drizzle-orm';
import { reportingUnitKinds, type ReportingUnitKind } from '../../../shared/api/indicators.js';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { unitsRelation, type ResolvedUnit } from '../indicator-reports/units.js';
import { toArray } from '../../db/sql-array.js';

export type { ResolvedUnit };
export const unitKey = (unitKind: string, unitCode: string) => `${unitKind}|${unitCode}`;

/**
 * Looks many units up in one query (the reports feature's relation of every unit kind), so a
 * file naming thousands of communes costs one round trip. Units that do not exist are absent.
 */
export async function resolveUnits(db: Db, units: Iterable<{ unitKind: string; unitCode: string }>): Promise<Map<string, ResolvedUnit>> {
  const wanted = new Map<string, { unitKind: string; unitCode: string }>();
  for (const u of units) if ((reportingUnitKinds as readonly string[]).includes(u.unitKind)) wanted.set(unitKey(u.unitKind, u.unitCode), u);
  const found = new Map<string, ResolvedUnit>();
  if (wanted.size === 0) return found;
  const list = [...wanted.values()];
  const kinds = [...new Set(list.map((u) => u.unitKind))] as ReportingUnitKind[];
  // Compared as text: an agency code that is not a uuid must not make PostgreSQL refuse the query.
  const rows = await queryRows<{ unit_kind: ReportingUnitKind; unit_code: string; unit_name: string; province_code: string | null }>(
    db,
    sql`select u.unit_kind, u.unit_code::text as unit_code, u.unit_name, u.province_code
        from (${unitsRelation(kinds)}) u
        join unnest(${toArray(list.map((u) => u.unitKind))}::text[], ${toArray(list.map((u) => u.unitCode))}::text[]) as k(unit_kind, unit_code)
          on u.unit_kind = k.unit_kind and u.unit_code::text = k.unit_code`,
  );
  for (const r of rows) found.set(unitKey(r.unit_kind, r.unit_code), { unitKind: r.unit_kind, unitCode: r.unit_code, unitName: r.unit_name, provinceCode: r.province_code });
  return found;
}
