import type { Commune, CommuneSearchResult, Province, ResolvedPlace } from '../../../shared/api/admin-units.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { compact, splitUnit } from './place-names.js';
import { communeSearchNeedle, matchesSearch, rankLegacyProvinces, rankProvinces } from './search.js';
import {
  findCommunesContaining,
  findLegacyCommunesContaining,
  findProvinceRow,
  listCommuneRows,
  listLegacyProvinceRows,
  listProvinceRows,
  type CommuneRow,
  type LegacyProvinceRow,
  type ProvinceRow,
} from './queries.js';
import { resolveProvinceName } from './resolve-place.js';

// Reference data is readable by every role holding `reference.read`; the routes declare it, and
// nothing here is scoped to a province.

export { resolveProvinceName };

type Paging = { page: number; pageSize: number };
type Page<T> = { items: T[]; total: number };

function pageOf<T>(all: T[], { page, pageSize }: Paging): Page<T> {
  return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length };
}

function toProvince(row: ProvinceRow, legacy: LegacyProvinceRow[]): Province {
  return {
    code: row.code,
    name: row.name,
    fullName: row.fullName,
    nameEn: row.nameEn,
    kind: row.kind === 'municipality' ? 'municipality' : 'province',
    communeCount: row.communeCount,
    areaKm2: row.areaKm2,
    legacyProvinces: legacy.filter((l) => l.successorCode === row.code).map((l) => ({ code: l.code, name: l.name })),
  };
}

/**
 * The 34 provinces, or those a query finds: by their own names first (exact names and abbreviations
 * such as TPHCM before partial matches), then those an old province's name leads to ("ha giang" →
 * Tuyên Quang); in code order within each group.
 */
export async function listProvinces(db: Db, query: Paging & { q?: string | undefined }): Promise<Page<Province>> {
  const [rows, legacy] = await Promise.all([listProvinceRows(db), listLegacyProvinceRows(db)]);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const ranked = rankProvinces(query.q ?? '', rows, legacy);
  return pageOf(
    ranked.map((r) => toProvince(byCode.get(r.code)!, legacy)),
    query,
  );
}

export async function getProvince(db: Db, code: string): Promise<Province> {
  const row = await findProvinceRow(db, code);
  if (!row) throw provinceNotFound(code);
  return toProvince(row, await listLegacyProvinceRows(db, code));
}

const viCollator = new Intl.Collator('vi');

function toCommune(row: CommuneRow): Commune {
  const kind = row.kind === 'ward' || row.kind === 'special_zone' ? row.kind : 'commune';
  return { code: row.code, name: row.name, fullName: row.fullName, kind, provinceCode: row.provinceCode };
}

/**
 * A province's communes in Vietnamese alphabetical order of name; with a query, those with a word
 * starting with it (diacritic-insensitive), exact names first, then names starting with it, then the rest.
 */
export async function listCommunesOfProvince(db: Db, provinceCode: string, query: Paging & { q?: string | undefined }): Promise<Page<Commune>> {
  const province = await findProvinceRow(db, provinceCode);
  if (!province) throw provinceNotFound(provinceCode);
  const search = communeSearchNeedle(query.q ?? '');
  const rows = await listCommuneRows(db, provinceCode);
  const rank = (row: CommuneRow & { searchKey: string }) => {
    if (!search) return 0;
    const hay = search.withUnit ? row.searchKey : splitUnit(row.searchKey).core;
    if (!matchesSearch(hay, search.needle)) return -1;
    return hay === search.needle ? 0 : hay.startsWith(search.needle) ? 1 : 2;
  };
  const sorted = rows
    .map((row) => ({ row, rank: rank(row) }))
    .filter((r) => r.rank >= 0)
    .sort((a, b) => a.rank - b.rank || viCollator.compare(a.row.name, b.row.name) || a.row.code.localeCompare(b.row.code));
  return pageOf(
    sorted.map((s) => toCommune(s.row)),
    query,
  );
}

/**
 * Communes anywhere in the country (or in one province) found by name, with or without tone marks,
 * and by the name of an old commune merged into them ("xã Bảo Hà" of the old Lào Cai is now part of
 * a commune of the new Lào Cai): exact current names first, then names starting with the query, then
 * other word matches, then matches through an old name; within each, Vietnamese alphabetical order.
 */
export async function searchCommunes(
  db: Db,
  query: { q: string; province?: string | undefined; pageSize: number },
): Promise<{ items: CommuneSearchResult[]; total: number }> {
  const search = communeSearchNeedle(query.q);
  if (!search) return { items: [], total: 0 };
  const rankOf = (storedKey: string) => {
    const hay = search.withUnit ? storedKey : splitUnit(storedKey).core;
    if (!matchesSearch(hay, search.needle)) return -1;
    return hay === search.needle ? 0 : hay.startsWith(search.needle) ? 1 : 2;
  };
  const needle = compact(search.needle);
  const [current, legacy] = await Promise.all([findCommunesContaining(db, needle, query.province), findLegacyCommunesContaining(db, needle, query.province)]);
  const best = new Map<string, { rank: number; item: CommuneSearchResult }>();
  const offer = (rank: number, item: CommuneSearchResult) => {
    const had = best.get(item.code);
    if (rank >= 0 && (!had || rank < had.rank)) best.set(item.code, { rank, item });
  };
  const itemOf = (row: (typeof current)[number], formerly: CommuneSearchResult['formerly']): CommuneSearchResult => ({
    ...toCommune(row),
    province: { code: row.provinceCode, name: row.provinceName },
    formerly,
  });
  for (const row of current) offer(rankOf(row.searchKey), itemOf(row, null));
  for (const row of legacy) {
    const rank = rankOf(row.legacySearchKey);
    offer(rank < 0 ? rank : rank + 3, itemOf(row, { fullName: row.legacyFullName, district: row.districtName, province: row.legacyProvinceName }));
  }
  const sorted = [...best.values()].sort(
    (a, b) => a.rank - b.rank || viCollator.compare(a.item.name, b.item.name) || viCollator.compare(a.item.province.name, b.item.province.name),
  );
  return { items: sorted.slice(0, query.pageSize).map((s) => s.item), total: sorted.length };
}

/** The 63 provinces before 1 July 2025 with the province each merged into, in code order. */
export async function listLegacyProvinces(db: Db, query: Paging & { q?: string | undefined }) {
  const rows = await listLegacyProvinceRows(db);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const items = rankLegacyProvinces(query.q ?? '', rows).map((code) => {
    const r = byCode.get(code)!;
    return { code: r.code, name: r.name, fullName: r.fullName, successor: { code: r.successorCode, name: r.successorName } };
  });
  return pageOf(items, query);
}

/** For filters: a record filed under an old province merged into `currentCode` belongs to it too. */
export async function legacyProvinceCodesOf(db: Db, currentCode: string): Promise<string[]> {
  return (await listLegacyProvinceRows(db, currentCode)).map((r) => r.code);
}

/** The API's resolve: like `resolveProvinceName`, but nothing found is a 404. */
export async function resolvePlace(db: Db, query: { name: string; date?: string | undefined }): Promise<ResolvedPlace> {
  const place = await resolveProvinceName(db, query.name, query.date);
  if (!place) {
    throw new AppError('NOT_FOUND', `Không xác định được tỉnh, thành phố nào từ "${query.name}". Hãy ghi rõ tên tỉnh, ví dụ "tỉnh Bắc Kạn".`);
  }
  return place;
}

const provinceNotFound = (code: string) =>
  new AppError('NOT_FOUND', `Không có tỉnh, thành phố nào mang mã ${code} (34 đơn vị hành chính cấp tỉnh từ 01/07/2025).`);
