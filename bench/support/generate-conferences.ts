// Ten years of national data for the scale benchmarks: conferences (2016–2025, the 34 current
// provinces, older ones reported under the old province that merged into them) with their agenda
// and connection points, and about fifty participants each. Deterministic (seeded PRNG), so every
// engine and every run gets the same rows.
//
// Rows go in with plain SQL, bypassing the services: conferences, agenda items and connection
// points as multi-row `INSERT … SELECT FROM json_populate_recordset(NULL::table, $1::json)` in
// batches, participants as `INSERT … SELECT … generate_series` built in SQL. Every insert names its
// columns, checked against the Drizzle table definitions (`checkColumns`): a column the generator
// does not write gets its database default, and a new NOT NULL column without one stops the
// generator with the column's name before any row is written. The secondary indexes
// of those tables are dropped during the load and rebuilt after it, and foreign-key triggers are
// off (`session_replication_role = replica`) since the data is consistent by construction.
//
// BENCH_SCALE (default 1): 1 = 100.000 conferences and 5.000.000 participants.
// The generated database is kept between runs (PostgreSQL: database `rd_bench_scale_<scale>`;
// PGlite: a data directory under os.tmpdir()) and brought to the current migrations when reused;
// BENCH_REGENERATE=1 forces a new one. A tiny run (the test suite's smoke) always generates into
// a fresh database and removes it afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { openPglite, openPostgres, type Database, type Db } from '../../src/server/db/client.js';
import { prepareDatabase } from '../../src/server/db/prepare.js';
import { agendaItems, conferences, connectionPoints, participants } from '../../src/server/db/tables.js';
import { refreshAllConferenceFacts } from '../../src/server/features/conference-stats/facts.js';
import { identityKeyOf } from '../../src/server/features/participants/participant-text.js';
import { searchKey } from '../../src/shared/text/index.js';
import {
  agencies,
  audienceChoices,
  familyNames,
  givenNames,
  middleNames,
  positions,
  prng,
  speakerRanks,
  speakerTitles,
  titlePrefixes,
  topics,
  type Prng,
} from './vietnamese.js';
import { openFreshDatabase, withDatabase, type PreparedSources } from './databases.js';

export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
export const PARTICIPANTS_PER_CONFERENCE = 50;
const BATCH = 2000;
const SEED = 20251123;
/**
 * Marks a finished generation in the generated database. A cached database is reused only when
 * it has this table: rename it (`bench_generated_v3`…) whenever the generator's output changes.
 */
const MARKER_TABLE = 'bench_generated_v2';
/** The scale of a tiny run: 50 conferences, 2.500 participants. */
export const TINY_SCALE = 0.0005;

/** BENCH_SCALE as a number (1 when unset; `tiny` is the tiny run's scale). */
export function benchScale(env: Record<string, string | undefined>): number {
  const raw = env.BENCH_SCALE;
  if (raw === undefined || raw === '') return 1;
  if (raw === 'tiny') return TINY_SCALE;
  const scale = Number(raw);
  if (!(scale > 0)) throw new Error(`BENCH_SCALE must be a positive number or "tiny", not "${raw}"`);
  return scale;
}

export const expectedCounts = (scale: number) => {
  const conferences = Math.max(1, Math.round(100_000 * scale));
  return { conferences, participants: conferences * PARTICIPANTS_PER_CONFERENCE };
};

/** Rows of a raw query on either engine. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

type Province = { code: string; name: string };
type LegacyProvince = { code: string; name: string; successor_code: string };
type Commune = { code: string; province_code: string; full_name: string };

const BULK_TABLES = ['conferences', 'agenda_items', 'connection_points', 'participants'] as const;

/** Whether the database fills the column when an insert leaves it out. */
function databaseFills(column: ReturnType<typeof getTableConfig>['columns'][number]): boolean {
  // `.default()`, `.defaultNow()`, `.defaultRandom()` are in the table's DDL; `$defaultFn` is not
  // (Drizzle applies it in JavaScript), so it does not count. Serial and identity columns have a sequence.
  return column.default !== undefined || /Serial/.test(column.columnType) || column.generatedIdentity !== undefined || column.generated !== undefined;
}

/**
 * Checks the columns the generator writes into `table` against its Drizzle definition: every
 * NOT NULL column the database does not fill itself must be among them, and each of them must
 * exist. Throws one message naming what is missing or unknown.
 */
export function checkColumns(table: PgTable, written: readonly string[]): void {
  const { name, columns } = getTableConfig(table);
  const known = new Set(columns.map((c) => c.name));
  const missing = columns.filter((c) => c.notNull && !databaseFills(c) && !written.includes(c.name)).map((c) => c.name);
  const unknown = written.filter((c) => !known.has(c));
  const problems = [
    missing.length ? `NOT NULL without a default, not written: ${missing.join(', ')}` : '',
    unknown.length ? `written but not in the table: ${unknown.join(', ')}` : '',
  ].filter(Boolean);
  if (problems.length) throw new Error(`benchmark data generator out of date for ${name} (${problems.join('; ')}); update bench/support/generate-conferences.ts`);
}

/** The columns of the participants insert built in SQL (`insertParticipants`). */
const PARTICIPANT_COLUMNS = ['id', 'conference_id', 'connection_point_id', 'full_name', 'agency', 'position', 'contact', 'search_key', 'identity_key', 'created_at', 'updated_at', 'version'];

/** A SQL array literal of constant strings (our own vocabulary, quotes doubled all the same). */
const textArray = (xs: readonly string[]) => sql.raw(`ARRAY[${xs.map((s) => `'${s.replaceAll("'", "''")}'`).join(',')}]::text[]`);

type ConferenceJson = Record<string, unknown>;

/** `k` distinct elements of `xs` (partial Fisher–Yates on a copy). */
function sample<T>(r: Prng, xs: readonly T[], k: number): T[] {
  const copy = [...xs];
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i++) {
    const j = r.int(i, copy.length - 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

function makeConference(
  r: Prng,
  index: number,
  total: number,
  ref: { provinces: Province[]; legacy: LegacyProvince[]; communesOf: Map<string, Commune[]>; provinceName: Map<string, string> },
) {
  // Spread evenly over the ten years, a random day within the year.
  const year = FIRST_YEAR + Math.floor((index * (LAST_YEAR - FIRST_YEAR + 1)) / total);
  const dayOfYear = r.int(0, 364);
  const startDate = new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
  const beforeMerger = startDate < '2025-07-01';

  const roll = r.next();
  const level = roll < 0.02 ? 'national' : roll < 0.04 ? 'regional' : roll < 0.8 ? 'provincial' : 'commune';
  let provinceCode: string | null = null;
  let legacyProvinceCode: string | null = null;
  if (level === 'provincial' || level === 'commune') {
    if (beforeMerger) {
      const legacy = r.pick(ref.legacy);
      legacyProvinceCode = legacy.code;
      provinceCode = legacy.successor_code;
    } else provinceCode = r.pick(ref.provinces).code;
  }
  const communes = provinceCode ? (ref.communesOf.get(provinceCode) ?? []) : [];
  const commune = level === 'commune' && communes.length ? r.pick(communes) : null;
  const communeCode = commune?.code ?? null;

  const topic = r.pick(topics);
  const audience = r.next() < 0.4 ? r.pick(audienceChoices) : null;
  const title = `${r.pick(titlePrefixes)} ${topic.phrase}${audience ? ` cho ${audience.toLocaleLowerCase('vi')}` : ''} năm ${year}`;
  const placeNames = [provinceCode ? ref.provinceName.get(provinceCode)! : null, legacyProvinceCode ? ref.legacy.find((l) => l.code === legacyProvinceCode)!.name : null].filter(
    (x): x is string => x !== null,
  );
  const venue = commune
    ? `Hội trường Ủy ban nhân dân ${commune.full_name}`
    : provinceCode
      ? `Hội trường Ủy ban nhân dân tỉnh ${ref.provinceName.get(provinceCode)}`
      : 'Hội trường Bộ Ngoại giao, Hà Nội';

  const id = r.uuid();
  const agenda = Array.from({ length: r.int(1, 4) }, (_, position) => {
    const t = position === 0 ? topic : r.pick(topics);
    const themes = t.theme === 'human_rights_general' || r.next() < 0.7 ? [t.theme] : [t.theme, 'human_rights_general'];
    return {
      id: r.uuid(),
      conference_id: id,
      position,
      title: `Chuyên đề ${position + 1}: ${t.phrase.replace(/^về /, '').replace(/^./, (c) => c.toLocaleUpperCase('vi'))}`,
      themes,
      speaker_name: `${r.pick(familyNames)} ${r.pick(middleNames)} ${r.pick(givenNames)}`,
      speaker_rank: r.pick(speakerRanks),
      speaker_title: r.pick(speakerTitles),
      speaker_organisation_id: null,
      duration_minutes: r.pick([45, 60, 90, 120]),
    };
  });

  // 0–30 connection points: none for most in-person conferences. A quarter of those with more
  // than ten record their commune points the way many reports give them, as one row counting
  // them ("161 điểm cầu cấp xã") with their summed attendance, no place named.
  const pointCount = r.next() < 0.45 ? 0 : r.int(1, 30);
  const asGroup = pointCount > 10 && r.next() < 0.25;
  const pointCommunes = asGroup ? [] : sample(r, communes, Math.max(0, pointCount - 1));
  const held = r.next() < 0.9;
  const status = held ? 'held' : r.next() < 0.7 ? 'planned' : 'cancelled';
  const point = (p: { name: string; level: string; province_code: string | null; commune_code: string | null; is_main: boolean; point_count: number }) => ({
    ...p,
    planned_attendance: r.int(20, 120) * p.point_count,
    actual_attendance: held ? r.int(15, 120) * p.point_count : null,
    has_internet: r.next() < 0.95,
  });
  const points = pointCount === 0 ? [] : [
    point({
      name: provinceCode ? `Điểm cầu chính - Hội trường Ủy ban nhân dân tỉnh ${ref.provinceName.get(provinceCode)}` : 'Điểm cầu Trung ương - Bộ Ngoại giao',
      level: provinceCode ? 'province' : 'central',
      province_code: provinceCode,
      commune_code: null,
      is_main: true,
      point_count: 1,
    }),
    ...(asGroup
      ? [point({ name: 'Các điểm cầu cấp xã', level: 'commune', province_code: null, commune_code: null, is_main: false, point_count: pointCount - 1 })]
      : pointCommunes.map((c) => point({ name: `Điểm cầu ${c.full_name}`, level: 'commune', province_code: provinceCode, commune_code: c.code, is_main: false, point_count: 1 }))),
  ].map((p, position) => ({ id: r.uuid(), conference_id: id, position, host_organisation_id: null, ...p }));

  const themes = [...new Set(agenda.flatMap((a) => a.themes))];
  const audiences = audience ? [audience] : [];
  const planned = r.int(30, 500);
  const actual = held && (points.length === 0 || r.next() < 0.6) ? Math.max(10, planned + r.int(-40, 40)) : null;
  const now = new Date(Date.UTC(year, 0, 1 + dayOfYear + 3)).toISOString();
  // The service's buildSearchKey: title, venue, place names, organisers (none here), agenda
  // titles, speakers and their titles, officials (none here), audiences.
  const key = searchKey(
    [title, venue, ...placeNames, ...agenda.flatMap((a) => [a.title, a.speaker_name, a.speaker_title]), ...audiences].join(' '),
  );
  const conference: ConferenceJson = {
    id,
    title,
    level,
    province_code: provinceCode,
    legacy_province_code: legacyProvinceCode,
    commune_code: communeCode,
    start_date: startDate,
    start_time: r.pick(['07:30', '08:00', '13:30', '14:00']),
    part_of_day: r.pick(['morning', 'afternoon', 'full_day']),
    end_date: null,
    venue,
    format: points.length === 0 ? 'in_person' : r.next() < 0.5 ? 'online' : 'hybrid',
    status,
    participants_planned: planned,
    participants_actual: actual,
    participants_qualifier: 'exact',
    audiences,
    summary: null,
    search_key: key,
    themes,
    version: 1,
    created_by: null,
    created_at: now,
    updated_at: now,
  };
  return { conference, agenda, points };
}

/** Inserts rows (objects keyed by column name, all with the same keys) in one statement; columns left out get their defaults. */
async function insertRows(db: Db, table: PgTable, rows: Array<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]!);
  checkColumns(table, keys);
  const name = sql.identifier(getTableConfig(table).name);
  const columns = sql.join(keys.map((k) => sql.identifier(k)), sql`, `);
  await db.execute(sql`insert into ${name} (${columns}) select ${columns} from json_populate_recordset(null::${name}, ${JSON.stringify(rows)}::json)`);
}

/** The participants of a batch of conferences, built in SQL: ~50 per conference, (name, agency) unique per conference. */
async function insertParticipants(db: Db, batch: Array<{ id: string; n: number }>) {
  const nf = familyNames.length, nm = middleNames.length, ng = givenNames.length, na = agencies.length, np = positions.length;
  // identity_key and search_key are made of the parts' own keys (both functions fold word by word).
  const ik = (xs: string[]) => xs.map((x) => identityKeyOf(x, null).replace(/\|$/, ''));
  const sk = (xs: string[]) => xs.map((x) => searchKey(x));
  const total = nf * nm * ng * na;
  await db.execute(sql`
    with v as (
      select ${textArray(familyNames)} as f, ${textArray(ik(familyNames))} as f_ik, ${textArray(sk(familyNames))} as f_sk,
        ${textArray(middleNames)} as m, ${textArray(ik(middleNames))} as m_ik, ${textArray(sk(middleNames))} as m_sk,
        ${textArray(givenNames)} as g, ${textArray(ik(givenNames))} as g_ik, ${textArray(sk(givenNames))} as g_sk,
        ${textArray(agencies)} as a, ${textArray(ik(agencies))} as a_ik, ${textArray(sk(agencies))} as a_sk,
        ${textArray(positions)} as p, ${textArray(sk(positions))} as p_sk
    ),
    people as (
      select c.id as conference_id, s.i,
        ((c.n::bigint * 104729 + s.i * 7919) % ${total})::int as k
      from json_to_recordset(${JSON.stringify(batch)}::json) as c(id uuid, n int)
      cross join generate_series(0, ${PARTICIPANTS_PER_CONFERENCE - 1}) as s(i)
    )
    insert into participants (${sql.join(PARTICIPANT_COLUMNS.map((c) => sql.identifier(c)), sql`, `)})
    select md5(pp.conference_id::text || ':' || pp.i)::uuid, pp.conference_id, null,
      v.f[1 + pp.k % ${nf}] || ' ' || v.m[1 + (pp.k / ${nf}) % ${nm}] || ' ' || v.g[1 + (pp.k / ${nf * nm}) % ${ng}],
      v.a[1 + (pp.k / ${nf * nm * ng}) % ${na}],
      v.p[1 + pp.k % ${np}],
      case when pp.k % 3 = 0 then '09' || lpad((pp.k % 100000000)::text, 8, '0') end,
      v.f_sk[1 + pp.k % ${nf}] || ' ' || v.m_sk[1 + (pp.k / ${nf}) % ${nm}] || ' ' || v.g_sk[1 + (pp.k / ${nf * nm}) % ${ng}] || ' '
        || v.a_sk[1 + (pp.k / ${nf * nm * ng}) % ${na}] || ' ' || v.p_sk[1 + pp.k % ${np}],
      v.f_ik[1 + pp.k % ${nf}] || ' ' || v.m_ik[1 + (pp.k / ${nf}) % ${nm}] || ' ' || v.g_ik[1 + (pp.k / ${nf * nm}) % ${ng}] || '|'
        || v.a_ik[1 + (pp.k / ${nf * nm * ng}) % ${na}],
      now(), now(), 1
    from people pp cross join v`);
}

export type GeneratedCounts = { conferences: number; agendaItems: number; connectionPoints: number; participants: number };

export async function countRows(db: Db): Promise<GeneratedCounts> {
  const [r] = await rowsOf<Record<keyof GeneratedCounts, unknown>>(
    db,
    sql`select (select count(*) from conferences) as "conferences", (select count(*) from agenda_items) as "agendaItems",
      (select count(*) from connection_points) as "connectionPoints", (select count(*) from participants) as "participants"`,
  );
  return { conferences: Number(r!.conferences), agendaItems: Number(r!.agendaItems), connectionPoints: Number(r!.connectionPoints), participants: Number(r!.participants) };
}

/** Fills a prepared (migrated, reference data loaded), empty database. */
export async function generateConferences(database: Database, scale: number, log: (s: string) => void = console.log): Promise<GeneratedCounts> {
  const { db } = database;
  const { conferences: total } = expectedCounts(scale);
  const started = performance.now();
  checkColumns(participants, PARTICIPANT_COLUMNS);
  const provinces = await rowsOf<Province>(db, sql`select code, name from provinces order by code`);
  const legacy = await rowsOf<LegacyProvince>(db, sql`select code, name, successor_code from legacy_provinces order by code`);
  const communes = await rowsOf<Commune>(db, sql`select code, province_code, full_name from communes order by code`);
  if (provinces.length === 0 || legacy.length === 0 || communes.length === 0) throw new Error('reference data missing: run prepareDatabase first');
  const communesOf = new Map<string, Commune[]>();
  for (const c of communes) communesOf.set(c.province_code, [...(communesOf.get(c.province_code) ?? []), c]);
  const ref = { provinces, legacy, communesOf, provinceName: new Map(provinces.map((p) => [p.code, p.name])) };

  // Through a pool, session settings would land on any connection: they go into each transaction (`set local`).
  const indexes = await rowsOf<{ indexname: string; indexdef: string }>(
    db,
    sql`select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = current_schema() and i.tablename in (${sql.join(BULK_TABLES.map((t) => sql`${t}`), sql`, `)})
        and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
  );
  for (const ix of indexes) await db.execute(sql.raw(`drop index if exists "${ix.indexname}"`));

  const r = prng(SEED);
  let done = 0;
  let lastLog = performance.now();
  for (let from = 0; from < total; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, total - from) }, (_, j) => makeConference(r, from + j, total, ref));
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`set local synchronous_commit = off`);
      await insertRows(tx, conferences, batch.map((b) => b.conference));
      await insertRows(tx, agendaItems, batch.flatMap((b) => b.agenda));
      await insertRows(tx, connectionPoints, batch.flatMap((b) => b.points));
      await insertParticipants(tx, batch.map((b, j) => ({ id: b.conference.id as string, n: from + j })));
    });
    done += batch.length;
    if (performance.now() - lastLog > 10_000 || done === total) {
      lastLog = performance.now();
      log(`  … ${done.toLocaleString('vi-VN')} / ${total.toLocaleString('vi-VN')} conferences (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  const loaded = performance.now();
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
    for (const ix of indexes) await tx.execute(sql.raw(ix.indexdef));
  });
  // The statistics' facts (features/conference-stats/facts.ts), which the services keep current
  // on each write; made here in one statement, once the indexes they are read through are back.
  await refreshAllConferenceFacts(db);
  const indexed = performance.now();
  // As autovacuum would after such a load; the statistics tables too, or their plans guess blind.
  for (const t of [...BULK_TABLES, 'conference_stat_facts', 'conference_stat_cells']) await db.execute(sql.raw(`vacuum analyze ${t}`));
  const counts = await countRows(db);
  log(
    `  generated in ${((performance.now() - started) / 1000).toFixed(1)} s (load ${((loaded - started) / 1000).toFixed(1)} s, ` +
      `${indexes.length} indexes and statistics facts ${((indexed - loaded) / 1000).toFixed(1)} s, vacuum analyze ${((performance.now() - indexed) / 1000).toFixed(1)} s): ` +
      `${fmtCounts(counts)}`,
  );
  const marker = sql.identifier(MARKER_TABLE);
  await db.execute(sql`create table if not exists ${marker} (scale double precision primary key, counts jsonb not null, finished_at timestamptz not null default now())`);
  await db.execute(sql`insert into ${marker} (scale, counts) values (${scale}, ${JSON.stringify(counts)}::jsonb) on conflict (scale) do update set counts = excluded.counts, finished_at = now()`);
  return counts;
}

export const fmtCounts = (c: GeneratedCounts) =>
  `${c.conferences.toLocaleString('vi-VN')} conferences, ${c.agendaItems.toLocaleString('vi-VN')} agenda items, ` +
  `${c.connectionPoints.toLocaleString('vi-VN')} connection points, ${c.participants.toLocaleString('vi-VN')} participants`;

/** Whether this database already holds a finished generation at `scale` with the expected counts. */
async function isGenerated(db: Db, scale: number): Promise<GeneratedCounts | null> {
  const [marker] = await rowsOf<{ n: unknown }>(db, sql`select count(*) as n from information_schema.tables where table_schema = current_schema() and table_name = ${MARKER_TABLE}`);
  if (Number(marker?.n ?? 0) === 0) return null;
  const [done] = await rowsOf<{ n: unknown }>(db, sql`select count(*) as n from ${sql.identifier(MARKER_TABLE)} where scale = ${scale}`);
  if (Number(done?.n ?? 0) === 0) return null;
  const counts = await countRows(db);
  const expected = expectedCounts(scale);
  return counts.conferences === expected.conferences && counts.participants === expected.participants ? counts : null;
}

const scaleTag = (scale: number) => String(scale).replace(/[^0-9]/g, '_');

export type GeneratedDatabase = { database: Database; counts: GeneratedCounts; generated: boolean; where: string; dispose: () => Promise<void> };

/**
 * The generated database at `scale` for the engine. Kept: reused when a finished generation at
 * that scale is there (brought to the current migrations first), otherwise (or with
 * `regenerate`) generated anew; PostgreSQL: `rootUrl` names the server, the database is
 * `rd_bench_scale_<scale>`. `fresh`: generated into a new database that `dispose()` removes
 * (made from `prepared` when given).
 */
export async function openGenerated(
  engine: 'pglite' | 'postgres',
  scale: number,
  opts: { rootUrl?: string; log?: (s: string) => void; regenerate?: boolean; fresh?: boolean; prepared?: PreparedSources } = {},
): Promise<GeneratedDatabase> {
  const log = opts.log ?? console.log;
  if (opts.fresh) {
    const fresh = await openFreshDatabase(engine, `scale_${scaleTag(scale)}`, opts.rootUrl, opts.prepared);
    try {
      const counts = await generateConferences(fresh.database, scale, log);
      return { database: fresh.database, counts, generated: true, where: fresh.where, dispose: fresh.dispose };
    } catch (e) {
      await fresh.dispose();
      throw e;
    }
  }
  const kept = (database: Database, counts: GeneratedCounts, generated: boolean, where: string): GeneratedDatabase => ({
    database,
    counts,
    generated,
    where,
    dispose: () => database.close(),
  });
  /** A kept database holding a finished generation: migrated to the current schema (new columns take their defaults). */
  const reuse = async (database: Database, where: string) => {
    try {
      const counts = await isGenerated(database.db, scale);
      if (!counts) return null;
      await prepareDatabase(database);
      return kept(database, counts, false, where);
    } catch (e) {
      await database.close();
      throw e;
    }
  };
  const generateInto = async (database: Database, where: string) => {
    try {
      await prepareDatabase(database);
      return kept(database, await generateConferences(database, scale, log), true, where);
    } catch (e) {
      await database.close();
      throw e;
    }
  };
  if (engine === 'pglite') {
    const dir = path.join(os.tmpdir(), `rd-bench-scale-${scaleTag(scale)}`);
    if (!opts.regenerate && fs.existsSync(dir)) {
      const database = await openPglite(dir);
      const reused = await reuse(database, dir);
      if (reused) return reused;
      await database.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
    log(`  generating PGlite data at scale ${scale} in ${dir}`);
    return generateInto(await openPglite(dir), dir);
  }
  if (!opts.rootUrl) throw new Error('PostgreSQL needs a server URL');
  const name = `rd_bench_scale_${scaleTag(scale)}`;
  const url = withDatabase(opts.rootUrl, name);
  const admin = await openPostgres(opts.rootUrl, 1);
  try {
    const [exists] = await rowsOf<{ n: unknown }>(admin.db, sql`select count(*) as n from pg_database where datname = ${name}`);
    if (Number(exists?.n ?? 0) > 0 && !opts.regenerate) {
      const database = await openPostgres(url, 4);
      const reused = await reuse(database, name);
      if (reused) return reused;
      await database.close();
    }
    log(`  generating PostgreSQL database ${name} at scale ${scale}`);
    await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
    await admin.db.execute(sql.raw(`create database "${name}"`));
  } finally {
    await admin.close();
  }
  return generateInto(await openPostgres(url, 4), name);
}
