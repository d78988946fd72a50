import { inArray } from 'drizzle-orm';
import type { ReportingUnitKind } from '../../../shared/api/indicators.js';
import type { IndicatorUnit } from '../../../shared/auth/indicator-access.js';
import type { Db } from '../../db/client.js';
import { communes, legacyProvinces, provinces } from '../admin-units/tables.js';
import { organisations } from '../organisations/tables.js';

/** A reporting unit found in the registries: its name and the current province it rolls up into. */
export type ResolvedUnit = IndicatorUnit & { unitName: string };

export const unitKey = (unitKind: string, unitCode: string) => `${unitKind}|${unitCode}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/**
 * Looks many units up at once (one query per kind), so a file naming thousands of communes costs
 * a handful of queries. Units that do not exist are absent from the map.
 */
export async function resolveUnits(db: Db, units: Iterable<{ unitKind: string; unitCode: string }>): Promise<Map<string, ResolvedUnit>> {
  const byKind = new Map<string, Set<string>>();
  for (const u of units) {
    if (!byKind.has(u.unitKind)) byKind.set(u.unitKind, new Set());
    byKind.get(u.unitKind)!.add(u.unitCode);
  }
  const found = new Map<string, ResolvedUnit>();
  const put = (unitKind: ReportingUnitKind, unitCode: string, provinceCode: string | null, unitName: string) =>
    found.set(unitKey(unitKind, unitCode), { unitKind, unitCode, provinceCode, unitName });
  for (const [kind, codeSet] of byKind) {
    const codes = [...codeSet];
    if (kind === 'national') {
      if (codeSet.has('VN')) put('national', 'VN', null, 'Toàn quốc');
    } else if (kind === 'province') {
      const rows = await db.select({ code: provinces.code, name: provinces.fullName }).from(provinces).where(inArray(provinces.code, codes));
      for (const r of rows) put('province', r.code, r.code, r.name);
    } else if (kind === 'legacy_province') {
      const rows = await db
        .select({ code: legacyProvinces.code, name: legacyProvinces.fullName, successor: legacyProvinces.successorCode })
        .from(legacyProvinces)
        .where(inArray(legacyProvinces.code, codes));
      for (const r of rows) put('legacy_province', r.code, r.successor, `${r.name} (cũ)`);
    } else if (kind === 'commune') {
      const rows = await db
        .select({ code: communes.code, name: communes.fullName, province: communes.provinceCode })
        .from(communes)
        .where(inArray(communes.code, codes));
      for (const r of rows) put('commune', r.code, r.province, r.name);
    } else if (kind === 'agency') {
      const ids = codes.filter((c) => UUID.test(c));
      if (ids.length === 0) continue;
      const rows = await db
        .select({ id: organisations.id, name: organisations.name, province: organisations.provinceCode })
        .from(organisations)
        .where(inArray(organisations.id, ids));
      for (const r of rows) put('agency', r.id, r.province, r.name);
    }
  }
  return found;
}
