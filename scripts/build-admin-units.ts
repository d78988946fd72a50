/**
 * Builds the project's copy of Vietnam's administrative units from the shared source data.
 *
 *   npx tsx scripts/build-admin-units.ts [sourceDir]
 *
 * Reads ../shared/data/admin-units (relative to the repository; see its README) and writes
 * compact JSON under reference-data/admin-units/, which is what the app loads at run time
 * (src/server/features/admin-units/load-reference-data.ts). Re-run it when the source data
 * changes and commit the result; the loader notices the new version by itself.
 *
 * Choices made here (also written into the generated README):
 * - names are stored in the official lists' tone-mark style (`Hòa`, `Thủy`), via normalizeVietnamese;
 * - the two disputed commune codes take the official 1027/CTK-CSCL values (06970 Ba Chẽ, 23737 Ia Mơ);
 * - six old→new commune links where dvhcvn confused two old communes of the same name are corrected
 *   after the statistics office's conversion table (see `successorCorrections`).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeVietnamese } from '../src/shared/text/index.js';
import type { AdminUnitsManifest, Table } from '../src/server/features/admin-units/load-reference-data.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.resolve(repoRoot, process.argv[2] ?? '../shared/data/admin-units');
const outDir = path.join(repoRoot, 'reference-data/admin-units');

const files = {
  current: 'current-2025/vn_units_34p_3321w_v4.2.0_full.json',
  legacy: 'pre-2025/vn_units_63p_696d_10035w_v2.4.1_2025-03-01_simplified.min.json',
  provinceMap: 'mapping-2025/old_to_new_provinces.csv',
  communeMap: 'mapping-2025/old_to_new_communes.csv',
  officialCommunes: 'official-code-lists/1027_CTK-CSCL_commune_codes_3321.md',
  officialProvinces: 'official-code-lists/915_CTK-CSCL_province_codes_34.csv',
  geo: 'geo/vn_34_provinces.geojson',
  simplifiedGeo: 'geo/vn_34_provinces.simplified.geojson',
};

/** tlq uses other codes for these two communes than the official list 1027/CTK-CSCL (and dvhcvn). */
const officialCodeFor: Record<string, string> = { '06978': '06970', '23938': '23737' };

/**
 * Old commune → new commune links that dvhcvn got wrong because two old communes share a name
 * (source README, "dvhcvn is wrong wherever two old communes share a name"); the right target is
 * the one in the statistics office's conversion table. Each target's name and province are checked below.
 */
const successorCorrections: Array<{ legacy: string; wrong: string; right: string; rightName: string }> = [
  { legacy: '13768', wrong: '13669', right: '13753', rightName: 'Xã Hiển Khánh' },
  { legacy: '23521', wrong: '23425', right: '23500', rightName: 'Xã Đăk Hà' },
  { legacy: '23710', wrong: '23869', right: '23710', rightName: 'Xã Ia Băng' },
  { legacy: '27739', wrong: '27736', right: '27721', rightName: 'Xã Tân Hưng' },
  { legacy: '30622', wrong: '30259', right: '30604', rightName: 'Xã Vĩnh An' },
  { legacy: '31771', wrong: '31232', right: '31777', rightName: 'Xã Vĩnh Lợi' },
];

const communeKinds: Record<number, 'ward' | 'commune' | 'special_zone'> = { 3: 'ward', 4: 'commune', 5: 'special_zone' };
const provinceKinds: Record<number, 'municipality' | 'province'> = { 1: 'municipality', 2: 'province' };

type TlqUnit = { Code: string; Name: string; NameEn: string; FullName: string; AdministrativeUnitId: number };
type TlqProvince = TlqUnit & { Wards: Array<TlqUnit & { ProvinceCode: string }> };
type LegacyWard = { Code: string; Name: string; FullName: string; DistrictCode: string };
type LegacyDistrict = { Code: string; Name: string; FullName: string; ProvinceCode: string; Ward: LegacyWard[] | null };
type LegacyProvince = { Code: string; Name: string; FullName: string; District: LegacyDistrict[] };

const problems: string[] = [];
function check(ok: boolean, message: string) {
  if (!ok) problems.push(message);
}

const read = (file: string) => fs.readFileSync(path.join(sourceDir, file), 'utf8');
const readJson = <T>(file: string): T => JSON.parse(read(file)) as T;
function readCsv(file: string): Array<Record<string, string>> {
  // These two CSVs have no quoted fields (checked: every row has exactly as many cells as the header).
  const [header, ...lines] = read(file).trim().split(/\r?\n/);
  const cols = header!.split(',');
  return lines.map((line, i) => {
    const cells = line.split(',');
    check(cells.length === cols.length, `${file}:${i + 2} has ${cells.length} cells`);
    return Object.fromEntries(cols.map((c, j) => [c, cells[j] ?? '']));
  });
}

/** One spelling for every name, with the unit word capitalised ("xã Bắc Sơn" → "Xã Bắc Sơn"). */
function cleanName(s: string): string {
  const t = normalizeVietnamese(s.trim().replace(/\s+/g, ' '));
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

const unitWords = ['Thành phố', 'Tỉnh', 'Thị trấn', 'Thị xã', 'Phường', 'Xã', 'Huyện', 'Quận', 'Đặc khu'];
function stripUnitWord(fullName: string): string {
  const word = unitWords.find((w) => fullName.startsWith(`${w} `));
  return word ? fullName.slice(word.length + 1) : fullName;
}

function table<Row extends Record<string, string | number | null>>(rows: Row[], columns: Array<keyof Row & string>): Table {
  return { columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) };
}

// ---- current units (tlq v4.2.0) -------------------------------------------------------------

const official = new Map<string, string>();
for (const line of read(files.officialCommunes).split('\n')) {
  const m = /^\|\s*\d+\s*\|\s*(\d{5})\s*\|([^|]*)\|/.exec(line);
  if (m) official.set(m[1]!, cleanName(m[2]!.replaceAll('<br>', ' ')));
}
check(official.size === 3321, `official commune list has ${official.size} codes, expected 3321`);
const officialProvinces = new Map(readCsv(files.officialProvinces).map((r) => [r['Mã số']!, cleanName(r['Tên 34 tỉnh sau sáp nhập']!)]));

const areaByCode = new Map<string, number>();
for (const f of readJson<{ features: Array<{ id: string; properties: { areaKm2: number } }> }>(files.geo).features) {
  areaByCode.set(f.id, Math.round(f.properties.areaKm2));
}

const tlq = readJson<TlqProvince[]>(files.current);
const provinces = tlq.map((p) => {
  const kind = provinceKinds[p.AdministrativeUnitId];
  check(kind !== undefined, `province ${p.Code}: unknown AdministrativeUnitId ${p.AdministrativeUnitId}`);
  const fullName = cleanName(p.FullName);
  // 915/CTK-CSCL predates "Tỉnh Đồng Nai" → "Thành phố Đồng Nai" (2026) and omits "Tỉnh"; compare the bare names.
  check(
    stripUnitWord(officialProvinces.get(p.Code) ?? '') === cleanName(p.Name),
    `province ${p.Code} ${p.Name}: not in 915/CTK-CSCL under that name`,
  );
  return {
    code: p.Code,
    name: cleanName(p.Name),
    fullName,
    nameEn: p.NameEn,
    kind: kind ?? 'province',
    areaKm2: areaByCode.get(p.Code) ?? null,
  };
});

const communes = tlq.flatMap((p) =>
  p.Wards.map((w) => {
    const code = officialCodeFor[w.Code] ?? w.Code;
    const kind = communeKinds[w.AdministrativeUnitId];
    check(kind !== undefined, `commune ${w.Code}: unknown AdministrativeUnitId ${w.AdministrativeUnitId}`);
    const fullName = cleanName(w.FullName);
    const officialName = official.get(code);
    // The official list predates the 2026 change of 10 Đồng Nai xã into phường; only the unit word may differ.
    check(
      officialName !== undefined && stripUnitWord(officialName) === stripUnitWord(fullName),
      `commune ${code} ${fullName}: official list says ${officialName}`,
    );
    return { code, provinceCode: w.ProvinceCode, name: cleanName(w.Name), fullName, kind: kind ?? 'commune' };
  }),
);
communes.sort((a, b) => a.code.localeCompare(b.code));
const communeByCode = new Map(communes.map((c) => [c.code, c]));
check(communeByCode.size === 3321, `${communeByCode.size} distinct current communes, expected 3321`);
const communeCount = new Map<string, number>();
for (const c of communes) communeCount.set(c.provinceCode, (communeCount.get(c.provinceCode) ?? 0) + 1);

// ---- legacy units (tlq v2.4.1 plus the 12 old communes only dvhcvn lists) --------------------

const provinceMap = new Map(readCsv(files.provinceMap).map((r) => [r.old_province_code!, r.new_province_code!]));
const legacy = readJson<LegacyProvince[]>(files.legacy);
const legacyProvinces = legacy.map((p) => {
  const successorCode = provinceMap.get(p.Code);
  check(successorCode !== undefined && provinces.some((n) => n.code === successorCode), `legacy province ${p.Code}: no successor`);
  return { code: p.Code, name: cleanName(p.Name), fullName: cleanName(p.FullName), successorCode: successorCode ?? '' };
});
const legacyDistricts = legacy.flatMap((p) =>
  p.District.map((d) => ({ code: d.Code, provinceCode: p.Code, name: cleanName(d.Name), fullName: cleanName(d.FullName) })),
);
const legacyCommunes: Array<{ code: string; provinceCode: string; districtCode: string | null; name: string; fullName: string }> =
  legacy.flatMap((p) =>
    p.District.flatMap((d) =>
      (d.Ward ?? []).map((w) => ({
        code: w.Code,
        provinceCode: p.Code,
        districtCode: d.Code,
        name: cleanName(w.Name),
        fullName: cleanName(w.FullName),
      })),
    ),
  );
const legacyCommuneCodes = new Set(legacyCommunes.map((c) => c.code));

const successorRows = readCsv(files.communeMap);
for (const r of successorRows) {
  const code = r.old_commune_code!;
  if (legacyCommuneCodes.has(code)) continue;
  // Merged before March 2025, so absent from v2.4.1; dvhcvn knows their province but not their district.
  const fullName = cleanName(r.old_commune_name!);
  legacyCommunes.push({ code, provinceCode: r.old_province_code!, districtCode: null, name: stripUnitWord(fullName), fullName });
  legacyCommuneCodes.add(code);
}
legacyCommunes.sort((a, b) => a.code.localeCompare(b.code));

const corrections = new Map(successorCorrections.map((c) => [c.legacy, c]));
const successors = successorRows.map((r) => {
  const legacyCode = r.old_commune_code!;
  let communeCode = r.new_commune_code!;
  const fix = corrections.get(legacyCode);
  if (fix && communeCode === fix.wrong) {
    communeCode = fix.right;
    corrections.delete(legacyCode);
    check(communeByCode.get(fix.right)?.fullName === fix.rightName, `correction ${legacyCode}: ${fix.right} is not ${fix.rightName}`);
  }
  const target = communeByCode.get(communeCode);
  check(target !== undefined, `old commune ${legacyCode} → unknown new commune ${communeCode}`);
  // A corrected link's province is the one the CSV gives for the wrong target, so check it against the old province's successor.
  const expectedProvince = fix ? provinceMap.get(r.old_province_code!) : r.new_province_code;
  check(target?.provinceCode === expectedProvince, `old commune ${legacyCode} → ${communeCode}: province mismatch`);
  check(r.merge_type === 'full' || r.merge_type === 'partial', `old commune ${legacyCode}: merge type ${r.merge_type}`);
  return { legacyCode, communeCode, mergeType: r.merge_type! };
});
check(corrections.size === 0, `corrections not applied: ${[...corrections.keys()].join(', ')}`);
successors.sort((a, b) => a.legacyCode.localeCompare(b.legacyCode) || a.communeCode.localeCompare(b.communeCode));
const pairKeys = new Set(successors.map((s) => `${s.legacyCode}>${s.communeCode}`));
check(pairKeys.size === successors.length, 'duplicate old→new commune pairs');

// Old communes whose new commune lies in another province than their old province's successor
// (a few border communes moved); reported, not an error.
const crossProvince = successors.filter((s) => {
  const old = legacyCommunes.find((c) => c.code === s.legacyCode);
  return old && provinceMap.get(old.provinceCode) !== communeByCode.get(s.communeCode)?.provinceCode;
});

// ---- write ----------------------------------------------------------------------------------

if (problems.length) {
  console.error(`Source data problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

const tables: Record<string, Table> = {
  provinces: table(
    provinces.map((p) => ({ ...p, communeCount: communeCount.get(p.code) ?? 0 })),
    ['code', 'name', 'fullName', 'nameEn', 'kind', 'communeCount', 'areaKm2'],
  ),
  communes: table(communes, ['code', 'provinceCode', 'name', 'fullName', 'kind']),
  legacyProvinces: table(legacyProvinces, ['code', 'name', 'fullName', 'successorCode']),
  legacyDistricts: table(legacyDistricts, ['code', 'provinceCode', 'name', 'fullName']),
  legacyCommunes: table(legacyCommunes, ['code', 'provinceCode', 'districtCode', 'name', 'fullName']),
  legacyCommuneSuccessors: table(successors, ['legacyCode', 'communeCode', 'mergeType']),
};

fs.mkdirSync(outDir, { recursive: true });
const hash = createHash('sha256');
const fileNames: Record<string, string> = {};
for (const [name, t] of Object.entries(tables)) {
  const fileName = `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.json`;
  const text = JSON.stringify(t);
  hash.update(fileName).update(text);
  fs.writeFileSync(path.join(outDir, fileName), text);
  fileNames[name] = fileName;
}
const manifest: AdminUnitsManifest = {
  version: `2025-07-01+tlq-4.2.0+dvhcvn-dd94887/${hash.digest('hex').slice(0, 12)}`,
  files: fileNames as AdminUnitsManifest['files'],
  counts: Object.fromEntries(Object.entries(tables).map(([k, t]) => [k, t.rows.length])),
};
fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

/** Copies byte for byte; the source files are read-only, the copies must stay writable for the next run. */
function copy(from: string, name: string) {
  const to = path.join(outDir, name);
  fs.writeFileSync(to, fs.readFileSync(from));
  fs.chmodSync(to, 0o644);
}
const licences = fs.readdirSync(sourceDir).filter((f) => /^LICENSE\..*\.txt$/.test(f));
for (const f of licences) copy(path.join(sourceDir, f), f);
copy(path.join(sourceDir, files.simplifiedGeo), path.basename(files.simplifiedGeo));
fs.writeFileSync(path.join(outDir, 'README.md'), readme(manifest, licences));

console.log(`wrote ${outDir}`);
console.log(manifest);
console.log(`${crossProvince.length} old→new commune links cross their old province's successor:`);
for (const s of crossProvince) console.log(`  ${s.legacyCode} → ${s.communeCode} (${s.mergeType})`);

function readme(m: AdminUnitsManifest, licenceFiles: string[]): string {
  const c = m.counts;
  const n = (k: string) => (c[k] ?? 0).toLocaleString('en-US');
  return `# Administrative units of Vietnam (project copy)

Generated by \`npx tsx scripts/build-admin-units.ts\` from \`../shared/data/admin-units\`; do not edit by hand.
The server loads these files into the database at start (\`src/server/features/admin-units/load-reference-data.ts\`)
whenever \`manifest.json\`'s version differs from the one recorded in \`system_meta\`.

Version: \`${m.version}\`

| File | Rows | What |
|---|---|---|
| \`provinces.json\` | ${n('provinces')} | Provinces since 1 July 2025: code, name, full name, English name, kind (\`municipality\` / \`province\`), commune count, area (km², rounded) |
| \`communes.json\` | ${n('communes')} | Communes since 1 July 2025: code, province, name, full name, kind (\`ward\` phường / \`commune\` xã / \`special_zone\` đặc khu) |
| \`legacy-provinces.json\` | ${n('legacyProvinces')} | The provinces before 1 July 2025, each with the current province it merged into |
| \`legacy-districts.json\` | ${n('legacyDistricts')} | The districts (cấp huyện) before 1 July 2025 |
| \`legacy-communes.json\` | ${n('legacyCommunes')} | The communes before 1 July 2025 (district empty for the 12 that were merged before March 2025) |
| \`legacy-commune-successors.json\` | ${n('legacyCommuneSuccessors')} | Old commune → new commune, \`full\` or \`partial\` (an old commune split between several new ones has one row per new one) |
| \`vn_34_provinces.simplified.geojson\` | 34 | Province boundaries for the overview map, copied unchanged (WGS84; feature \`id\` = province code) |

Each data file is \`{"columns": [...], "rows": [[...], ...]}\`. Codes are the statistics office's (Cục Thống kê):
2-digit province, 3-digit district, 5-digit commune. Old and new codes are separate code spaces: old province 15
is Yên Bái, new province 15 is Lào Cai; old commune 23737 is Ia Mơ Nông, new commune 23737 is Ia Mơ.

## Sources and licences

| Source | Licence | Snapshot |
|---|---|---|
| github.com/thanglequoc/vietnamese-provinces-database | MIT, (c) 2021 Thang Le Quoc | v4.2.0 (HEAD \`cd58063\`, 2026-08-02) for the current units and the map; v2.4.1 (data as of 01-03-2025) for the old units |
| github.com/dvhcvn/20250701 | MIT, (c) 2025 dvhcvn | HEAD \`dd94887\` (2025-07-12) for the old → new links |

The licence texts are kept beside this file (${licenceFiles.map((f) => `\`${f}\``).join(', ')}); keep them with any copy.
The boundaries in the GeoJSON derive from sapnhap.bando.com.vn (the reference map of the Ministry of Agriculture and
Environment's cartography publisher), which publishes no terms of its own: credit it wherever the map is shown.
Collected 2026-11-22.

**The old → new mapping is not an official government mapping.** dvhcvn built it from the official code letters
915/CTK-CSCL and 1027/CTK-CSCL and the 34 resolutions 1654–1687/NQ-UBTVQH15 with machine help, then checked it by
hand. Have a person confirm any case that matters.

## Disagreements between the sources, and what we chose

- **Tone-mark spelling.** tlq v4.x writes \`Khánh Hoà\`, \`Thuỷ\`; the official lists and dvhcvn write \`Khánh Hòa\`, \`Thủy\`
  (about 200 names differ only this way). Every name here is in the official style (\`normalizeVietnamese\` from
  \`src/shared/text\`), so the same unit is spelled the same way in every file.
- **Two disputed commune codes.** tlq has 06978 (Xã Ba Chẽ, Quảng Ninh) and 23938 (Xã Ia Mơ, Gia Lai); the official list
  1027/CTK-CSCL and dvhcvn have **06970** and **23737**. We use the official codes.
- **\`xã Bắc Sơn\`** (06325) is lower-case in tlq v4.2.0; written \`Xã Bắc Sơn\` here.
- **Changes after 1 July 2025** are included (tlq v4.2.0; Nghị quyết 30/2026/QH16 and 237/NQ-UBTVQH16, in force
  30-04-2026): Đồng Nai is \`Thành phố Đồng Nai\` (kind \`municipality\`) and 10 of its xã are phường (25270, 25357,
  25363, 26116, 26170, 26248, 26326, 26368, 26425, 26485). Codes and counts are unchanged. Apart from these, the
  commune names agree with 1027/CTK-CSCL (the build checks every code and name against it).
- **Old communes: ${n('legacyCommunes')}**, i.e. the 10,035 of tlq v2.4.1 plus 12 that dvhcvn lists and tlq does not
  (merged before March 2025, e.g. 07693 Xã Tân An, Bắc Giang); those 12 have no district.
- **Six old → new links corrected.** Where two old communes share a name, dvhcvn sent one of them to its namesake's
  new commune. A second conversion table (the statistics office's "bảng chuyển đổi ĐVHC mới – cũ", as published in
  sunshine-tech/VietnamProvinces; that table itself is GPL and not copied) gives these targets, which we use:
  ${successorCorrections.map((x) => `${x.legacy} → ${x.right} ${x.rightName} (dvhcvn: ${x.wrong})`).join('; ')}.
  In each case the corrected target lies in the old province's successor, as it should.
- Elsewhere dvhcvn is kept: the links only it has, and its \`partial\` on the 22 links the table calls "full". The conversion table's own typos in old codes (00553, 01615, 02485) do not affect us.
- The 5 island districts without communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) are in
  \`legacy-districts.json\` but have no old → new link, since links are between communes.
- Areas come from tlq's GeoJSON properties, rounded to whole km².
`;
}
