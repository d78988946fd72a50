import type { ResolvedPlace } from '../../../shared/api/admin-units.js';
import type { Db } from '../../db/client.js';
import {
  buildProvinceIndex,
  communeKeysFor,
  districtUnitWords,
  eraOf,
  findProvinceInText,
  matchProvincePart,
  parsePlace,
  type Era,
  type PlacePart,
  type ProvinceIndex,
  type ProvinceMatch,
} from './place-names.js';
import {
  findCommuneByCode,
  findCommunesByKeys,
  findLegacyCommuneByCode,
  findLegacyCommunesByKeys,
  findLegacyDistrictsByKeys,
  listCommuneSuccessors,
  listLegacyProvinceRows,
  listProvinceRows,
  type CommuneRow,
  type LegacyCommuneRow,
} from './queries.js';

const legacyCommuneUnitWords = ['xa', 'phuong', 'thi tran'] as const;

type CommuneHit = { commune: CommuneRow | null; legacyCommune: LegacyCommuneRow | null };

/**
 * Resolves a place as a document names it — "tỉnh Bắc Kạn", "TP. Hồ Chí Minh", "TPHCM", "Thừa Thiên
 * Huế", "xã Tân An, huyện Yên Thế, tỉnh Bắc Giang", a province or commune code — to the current
 * province, with the old province when the text names a pre-2025 one, and the commune when one is
 * named and found without ambiguity. Returns null when no province can be told.
 *
 * `date` is the date of the event the text describes: before 1 July 2025 a name shared by an old and
 * a new unit (Lào Cai, Gia Lai…) and a bare 2-digit code are read as the old unit. Without a date the
 * current units win. Names of abolished units (Hà Giang, Hòa Bình, huyện …) are recognised whatever
 * the date, since documents keep using them.
 *
 * Callers check permissions; this only reads reference data.
 */
export async function resolveProvinceName(db: Db, name: string, date?: string | Date | null): Promise<ResolvedPlace | null> {
  const era = eraOf(date);
  const parts = parsePlace(name);
  if (!parts.length) return null;

  const codePart = parts.find((p) => /^\d{5}$/.test(p.key));
  if (codePart && parts.length === 1) return resolveCommuneCode(db, codePart.key, era);

  const [currentRows, legacyRows] = await Promise.all([listProvinceRows(db), listLegacyProvinceRows(db)]);
  const index = buildProvinceIndex(currentRows, legacyRows);

  const found = findProvince(index, parts, era);
  const rest = parts.filter((_, i) => i !== found?.at);
  const districtPart = rest.find((p) => p.level === 'district' || p.level === 'province_or_district');
  const communePart =
    rest.find((p) => p.level === 'commune') ??
    (found && rest[0]?.level === null && rest[0] !== districtPart ? rest[0] : undefined) ??
    (!found && parts.length === 1 && parts[0]!.level === null ? parts[0] : undefined);

  const match = found?.match ?? null;
  const preferLegacy = era === 'legacy' || districtPart !== undefined || match?.legacyProvince != null;
  const legacyScope = match
    ? match.legacyProvince
      ? [match.legacyProvince.code]
      : legacyRows.filter((l) => l.successorCode === match.province.code).map((l) => l.code)
    : undefined;

  const hit = communePart
    ? await findCommune(db, communePart, districtPart, { provinceCode: match?.province.code, legacyScope, preferLegacy })
    : { commune: null, legacyCommune: null };

  if (match) return { ...match, commune: ref(hit.commune), legacyCommune: ref(hit.legacyCommune) };

  // No province named: a commune (or old district) found without ambiguity still tells it.
  if (hit.commune) return fromCommune(index, hit, 'commune');
  if (hit.legacyCommune) return fromCommune(index, hit, 'legacy_commune');
  if (districtPart) {
    const districts = await findLegacyDistrictsByKeys(db, communeKeysFor(districtPart, districtUnitWords));
    const provinces = new Set(districts.map((d) => d.provinceCode));
    const legacy = provinces.size === 1 ? index.legacy.get([...provinces][0]!) : undefined;
    const successor = legacy && index.current.get(legacy.successorCode);
    if (legacy && successor) {
      return {
        province: { code: successor.code, name: successor.name },
        legacyProvince: { code: legacy.code, name: legacy.name },
        commune: null,
        legacyCommune: null,
        matchedBy: 'legacy_district',
      };
    }
  }
  return null;
}

/** The province part, from the last part backwards; failing that, a province named inside a non-unit part. */
function findProvince(index: ProvinceIndex, parts: PlacePart[], era: Era): { match: ProvinceMatch; at: number } | null {
  for (let at = parts.length - 1; at >= 0; at--) {
    const match = matchProvincePart(index, parts[at]!, era);
    if (match) return { match, at };
  }
  // Only parts that are not a commune or district: "xã Hòa Bình" must not read as the old province.
  for (let at = parts.length - 1; at >= 0; at--) {
    const part = parts[at]!;
    if (part.level === 'commune' || part.level === 'district') continue;
    const match = findProvinceInText(index, part.key, era);
    if (match) return { match, at };
  }
  return null;
}

/**
 * The commune a part names, in the current units or the old ones (the more likely first), accepting
 * only a single match. An old commune that went whole into one new commune gives that one too; one
 * split between several gives none, as the text cannot tell which.
 */
async function findCommune(
  db: Db,
  part: PlacePart,
  districtPart: PlacePart | undefined,
  scope: { provinceCode: string | undefined; legacyScope: string[] | undefined; preferLegacy: boolean },
): Promise<CommuneHit> {
  const none: CommuneHit = { commune: null, legacyCommune: null };
  const current = async (): Promise<CommuneHit> => {
    const rows = await findCommunesByKeys(db, communeKeysFor(part), scope.provinceCode);
    return rows.length === 1 ? { commune: rows[0]!, legacyCommune: null } : none;
  };
  const legacy = async (): Promise<CommuneHit> => {
    const keys = communeKeysFor(part, legacyCommuneUnitWords);
    const districtKeys = districtPart ? communeKeysFor(districtPart, districtUnitWords) : undefined;
    let rows = await findLegacyCommunesByKeys(db, keys, { provinceCodes: scope.legacyScope, districtKeys });
    // A district spelled differently from the list should not hide a commune that is unique anyway.
    if (!rows.length && districtKeys) rows = await findLegacyCommunesByKeys(db, keys, { provinceCodes: scope.legacyScope });
    if (rows.length !== 1) return none;
    const successors = await listCommuneSuccessors(db, rows[0]!.code);
    return { legacyCommune: rows[0]!, commune: successors.length === 1 ? successors[0]! : null };
  };
  const [first, second] = scope.preferLegacy ? [legacy, current] : [current, legacy];
  const hit = await first();
  return hit.commune || hit.legacyCommune ? hit : second();
}

async function resolveCommuneCode(db: Db, code: string, era: Era): Promise<ResolvedPlace | null> {
  // Old and new commune codes overlap (old 23737 is Ia Mơ Nông, new 23737 is Ia Mơ): the date decides.
  const asCurrent = async () => {
    const commune = await findCommuneByCode(db, code);
    return commune ? { commune, legacyCommune: null } : null;
  };
  const asLegacy = async () => {
    const legacyCommune = await findLegacyCommuneByCode(db, code);
    if (!legacyCommune) return null;
    const successors = await listCommuneSuccessors(db, code);
    return { legacyCommune, commune: successors.length === 1 ? successors[0]! : null };
  };
  const hit = era === 'legacy' ? ((await asLegacy()) ?? (await asCurrent())) : ((await asCurrent()) ?? (await asLegacy()));
  if (!hit) return null;
  const index = buildProvinceIndex(await listProvinceRows(db), await listLegacyProvinceRows(db));
  return fromCommune(index, hit, hit.legacyCommune ? 'legacy_code' : 'code');
}

function fromCommune(index: ProvinceIndex, hit: CommuneHit, matchedBy: string): ResolvedPlace | null {
  const legacy = hit.legacyCommune ? index.legacy.get(hit.legacyCommune.provinceCode) : undefined;
  const provinceCode = hit.commune?.provinceCode ?? legacy?.successorCode;
  const province = provinceCode ? index.current.get(provinceCode) : undefined;
  if (!province) return null;
  return {
    province: { code: province.code, name: province.name },
    legacyProvince: legacy ? { code: legacy.code, name: legacy.name } : null,
    commune: ref(hit.commune),
    legacyCommune: ref(hit.legacyCommune),
    matchedBy,
  };
}

const ref = (row: { code: string; name: string } | null) => (row ? { code: row.code, name: row.name } : null);
