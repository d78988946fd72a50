import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** The 34 provinces in force since 1 July 2025 (official 2-digit codes). */
export const provinces = pgTable(
  'provinces',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    nameEn: text('name_en'),
    /** 'municipality' (thành phố trực thuộc trung ương) or 'province' (tỉnh). */
    kind: text('kind').notNull(),
    searchKey: text('search_key').notNull(),
    communeCount: integer('commune_count').notNull().default(0),
    areaKm2: integer('area_km2'),
  },
  (t) => [index('provinces_search_key_idx').on(t.searchKey)],
);

/** The 3.321 communes (xã, phường, đặc khu) of the two-level local government. */
export const communes = pgTable(
  'communes',
  {
    code: text('code').primaryKey(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    /** 'ward' (phường), 'commune' (xã) or 'special_zone' (đặc khu). */
    kind: text('kind').notNull(),
    searchKey: text('search_key').notNull(),
  },
  (t) => [index('communes_province_idx').on(t.provinceCode), index('communes_search_key_idx').on(t.searchKey)],
);

/** The 63 provinces before 1 July 2025; each merged whole into one current province. */
export const legacyProvinces = pgTable('legacy_provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  fullName: text('full_name').notNull(),
  searchKey: text('search_key').notNull(),
  successorCode: text('successor_code')
    .notNull()
    .references(() => provinces.code),
});

export const legacyDistricts = pgTable('legacy_districts', {
  code: text('code').primaryKey(),
  provinceCode: text('province_code')
    .notNull()
    .references(() => legacyProvinces.code),
  name: text('name').notNull(),
  fullName: text('full_name').notNull(),
  searchKey: text('search_key').notNull(),
});

export const legacyCommunes = pgTable(
  'legacy_communes',
  {
    code: text('code').primaryKey(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => legacyProvinces.code),
    districtCode: text('district_code'),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    searchKey: text('search_key').notNull(),
  },
  (t) => [index('legacy_communes_province_idx').on(t.provinceCode)],
);

/** Old commune → new commune; an old commune split between several new ones has several rows ('partial'). */
export const legacyCommuneSuccessors = pgTable(
  'legacy_commune_successors',
  {
    legacyCode: text('legacy_code').notNull(),
    communeCode: text('commune_code').notNull(),
    mergeType: text('merge_type').notNull(),
  },
  (t) => [primaryKey({ columns: [t.legacyCode, t.communeCode] }), index('lcs_commune_idx').on(t.communeCode)],
);
