import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client.js';
import { createAccount } from '../accounts/service.js';
import { users } from '../accounts/tables.js';
import type { Actor } from '../auth/actor.js';
import { sessions } from '../auth/tables.js';
import { createOrganisation } from '../organisations/service.js';
import { organisations } from '../organisations/tables.js';
import { queryRows, qualified } from './catalog.js';

// Test support for the backup tests (not a test file itself).

const actor: Actor = {
  id: '00000000-0000-0000-0000-00000000a11c',
  email: 'quan.tri@test.vn',
  fullName: 'Quản trị thử nghiệm',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};

/**
 * A little of everything a backup must carry: accounts and organisations made through their
 * services (with their audit rows), a parent→child chain whose primary-key order is the reverse
 * of the parents-first order, awkward text, jsonb with big and fractional numbers, microsecond
 * timestamps, a session (which backups leave out), and enough audit rows to span several batches.
 */
export async function seedSampleData(database: Database): Promise<void> {
  const { db } = database;
  const ministry = await createOrganisation(db, actor, { name: 'Bộ Tư pháp', kind: 'department' });
  await createOrganisation(db, actor, {
    name: 'Văn phòng Thường trực về nhân quyền',
    shortName: 'VPTT',
    kind: 'standing_office',
    parentId: ministry.id,
  });
  const committee = await createOrganisation(db, actor, { name: 'Ban Chỉ đạo về nhân quyền tỉnh', kind: 'steering_committee', provinceCode: '79' });
  // uuid order: grandchild < child < parent, the opposite of the order they must be inserted in.
  const base = { kind: 'department', searchKey: 'x', provinceCode: null };
  await db.insert(organisations).values({ ...base, id: 'ffffffff-0000-4000-8000-000000000001', name: 'Cấp trên' });
  await db.insert(organisations).values({ ...base, id: '80000000-0000-4000-8000-000000000002', name: 'Cấp giữa', parentId: 'ffffffff-0000-4000-8000-000000000001' });
  await db.insert(organisations).values({ ...base, id: '00000000-0000-4000-8000-000000000003', name: 'Cấp dưới', parentId: '80000000-0000-4000-8000-000000000002' });

  const { account } = await createAccount(db, actor, {
    email: 'can.bo@tinh.gov.vn',
    fullName: 'Nguyễn Thị "Hoa" \\ Tab\tvà ✓ 😀',
    role: 'provincial_secretariat',
    provinceCode: '79',
    organisationId: committee.id,
  });
  await createAccount(db, actor, { email: 'xem@test.vn', fullName: 'Người Xem', role: 'viewer', provinceCode: '01' });
  await db
    .update(users)
    .set({ lastLoginAt: sql`'2025-07-01 08:30:00.123456+07'::timestamptz`, disabledAt: sql`'2025-12-31 23:59:59.999999+00'::timestamptz` })
    .where(eq(users.id, account.id));
  await db.insert(sessions).values({ tokenHash: 'abc', userId: account.id, expiresAt: new Date(Date.now() + 3_600_000) });

  // Raw SQL so the jsonb keeps what JavaScript numbers cannot: 20 significant digits, 1e400.
  await db.execute(sql`insert into audit_log (at, actor_id, actor_email, action, entity_type, entity_id, province_code, before, after)
    values ('2025-07-01 08:30:00.000001+07', ${actor.id}, ${actor.email}, 'update', 'kiểm tra', ${'dòng 1\ndòng 2'}, '79',
      ${'{"số": 1.5, "lớn": 12345678901234567890.123456789, "danh sách": [null, true, "a\u2028b", {"sâu": {}}]}'}::jsonb,
      '[1e400, -0.000001, "\u00e9 không"]'::jsonb)`);
  await db.execute(sql`insert into audit_log (action, entity_type, entity_id, after)
    select 'create', 'hàng loạt', g::text, jsonb_build_object('n', g, 'tên', 'Bản ghi ' || g) from generate_series(1, 2500) g`);
}

/**
 * A table no feature owns, created by the test itself: the catalog finds it like any other, and it
 * carries the column types a later feature may use (dates, intervals, numerics, NaN and infinities,
 * bytea, arrays, json beside jsonb) plus an identity-always key, a generated column, a self-reference
 * and an INSERT trigger.
 * Create it in the target too (without rows): a restore needs the table to exist.
 */
export async function createTypeProbe(database: Database, opts: { withRows: boolean }): Promise<void> {
  await database.db.execute(sql`create table backup_type_probe (
    id bigint generated always as identity primary key,
    parent_id bigint references backup_type_probe (id),
    d date, t time, tz timetz, ts timestamp, i interval, n numeric(30, 10), f8 double precision, f4 real,
    b bytea, ints int[], tags text[], j json, jb jsonb, flag boolean, u uuid, ch char(3),
    doubled numeric generated always as (n * 2) stored
  )`);
  if (opts.withRows) await insertProbeRows(database);
  // Rewrites every inserted row: a restore must not let it fire, and must leave it enabled.
  await database.db.execute(sql`create function backup_type_probe_stamp() returns trigger language plpgsql as $$
    begin new.ch := 'zzz'; return new; end $$`);
  await database.db.execute(sql`create trigger backup_type_probe_stamp before insert on backup_type_probe
    for each row execute function backup_type_probe_stamp()`);
}

async function insertProbeRows(database: Database) {
  await database.db.execute(sql`insert into backup_type_probe (parent_id, d, t, tz, ts, i, n, f8, f4, b, ints, tags, j, jb, flag, u, ch) values
    (null, '2025-07-01', '08:30:00.123456', '08:30:00+07', '2025-07-01 08:30:00.654321', '1 year 2 mons 3 days 04:05:06.789',
      12345678901234567890.0123456789, 'NaN', '-Infinity', '\\x00ff10', '{1,2,NULL}', ${'{"a b","c,d","\\"q\\"",NULL}'},
      '{"b": 1,  "a": [1, 2.50], "b": 2}', '"chỉ một chuỗi"', true, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'ab'),
    (1, 'infinity', '23:59:59.999999', null, '-infinity', '-3 days', -0.0000000001, 1e308, 0.1, '', '{}', '{}', 'null', '1.0', false, null, null),
    (2, '-infinity', null, null, null, null, null, 5e-324, 'Infinity', null, null, null, null, '{"a": {"b": [null, 1e-7]}}', null, null, null)`);
  // Past the largest id, as after a deleted row: the restore must keep the sequence where it stood.
  await database.db.execute(sql`select nextval(pg_get_serial_sequence('backup_type_probe', 'id'))`);
}

export type Snapshot = { tables: Record<string, string[]>; sequences: Record<string, string | null> };

/**
 * Every table of `public` (reference data included) as sorted `row_to_json` texts, which show every
 * column exactly, and every sequence's position.
 */
export async function snapshotDatabase(database: Database): Promise<Snapshot> {
  // One session with a fixed time zone, so timestamps read alike from either engine.
  return database.db.transaction(async (db) => {
    await db.execute(sql`set local timezone = 'UTC'`);
    return snapshotIn(db);
  });
}

async function snapshotIn(db: Db): Promise<Snapshot> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1`,
  );
  const snapshot: Snapshot = { tables: {}, sequences: {} };
  for (const { name } of tables) {
    const rows = await queryRows<{ r: string }>(db, sql.raw(`select row_to_json(x)::text as r from ${qualified(name)} x`));
    snapshot.tables[name] = rows.map((r) => r.r).sort();
  }
  const sequences = await queryRows<{ name: string; last: string | null }>(
    db,
    sql`select sequencename as name, last_value::text as last from pg_sequences where schemaname = 'public' order by 1`,
  );
  for (const s of sequences) snapshot.sequences[s.name] = s.last;
  return snapshot;
}

/** Rows in each user-data table, for checking that a refused restore wrote nothing. */
export async function countRows(database: Database, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const rows = await queryRows<{ n: string }>(database.db, sql.raw(`select count(*)::text as n from ${qualified(t)}`));
    out[t] = Number(rows[0]?.n);
  }
  return out;
}

/**
 * Rewrites a backup's lines with `edit`; with `reseal`, recomputes the trailer's checksum so that
 * only the edit itself is wrong (a header from a newer version, say), not the checksum.
 */
export function rewriteBackup(file: Buffer, edit: (lines: string[]) => string[], opts: { reseal?: boolean } = {}): Buffer {
  let lines = gunzipSync(file).toString('utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines = edit(lines);
  if (opts.reseal) {
    const body = lines.slice(0, -1);
    const sha256 = createHash('sha256').update(body.map((l) => `${l}\n`).join('')).digest('hex');
    const trailer = JSON.parse(lines.at(-1)!) as object;
    lines = [...body, JSON.stringify({ ...trailer, sha256 })];
  }
  return gzipSync(lines.map((l) => `${l}\n`).join(''));
}
