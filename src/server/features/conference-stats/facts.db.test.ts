import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceStats } from '../../../shared/api/conference-stats.js';
import type { Conference, ConferenceInput } from '../../../shared/api/conferences.js';
import { queryRows } from '../../db/query-rows.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { listConditions } from '../conferences/queries.js';
import { cellConditions, countByYearFromCells, countCommunesReachedFromCells, countYearFromCells } from './cell-queries.js';
import { countByTheme, countByYear, countCommunesReached, countGrouped, countPointsByLevel } from './queries.js';

/**
 * The statistics read per-conference facts kept in the write's own transaction: every write
 * through the API shows in the next statistics request, with no refresh job in between, and the
 * migration's backfill makes the same facts as the services do.
 */
describe('conference statistics kept current on every write', () => {
  let t: TestApp;
  let admin: string;

  const send = async (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => {
    const res = await t.app.inject({ method, url, headers: { cookie: admin }, payload });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.statusCode === 204 ? null : (res.json() as Conference);
  };
  const stats = async (): Promise<ConferenceStats> => {
    const res = await t.app.inject({ method: 'GET', url: '/api/conference-stats?year=2024&province=19', headers: { cookie: admin } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const figures = (s: ConferenceStats) => ({
    conferences: s.totals.conferences,
    delegates: s.totals.delegates,
    unrecorded: s.totals.delegatesUnrecorded,
    points: s.totals.connectionPoints,
    communes: s.totals.communesReached,
    childrenTopics: s.byTheme.find((x) => x.theme === 'children')!.topics,
    communePoints: s.byPointLevel.find((x) => x.level === 'commune')!.connectionPoints,
  });
  const input: ConferenceInput = {
    title: 'Hội nghị tập huấn quyền trẻ em',
    level: 'provincial',
    provinceCode: '19',
    startDate: '2024-04-10',
    format: 'online',
    status: 'held',
    connectionPoints: [{ name: 'Điểm cầu xã Đức Xuân', level: 'commune', provinceCode: '19', communeCode: '01840', actualAttendance: 40 }],
    agenda: [{ title: 'Bảo vệ quyền trẻ em', themes: ['children'] }],
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    // One conference already counted, with its total recorded, so the figures start from known ones.
    await send('POST', '/api/conferences', { ...input, startDate: '2024-01-15', participantsActual: 1000, connectionPoints: [], agenda: [] });
  });
  afterAll(() => t.close());

  it('shows a created, edited and deleted conference and its changed points in the very next request', async () => {
    const before = figures(await stats());
    expect(before).toMatchObject({ conferences: 1, delegates: 1000 });
    const created = (await send('POST', '/api/conferences', input))!;
    expect(figures(await stats())).toEqual({
      ...before,
      conferences: before.conferences + 1,
      delegates: before.delegates! + 40,
      points: before.points + 1,
      communes: before.communes + 1,
      childrenTopics: before.childrenTopics + 1,
      communePoints: before.communePoints + 1,
    });

    // A second point (a group of 5 in another commune), a second children topic, and the total recorded.
    const edited = (await send('PUT', `/api/conferences/${created.id}`, {
      ...input,
      version: created.version,
      participantsActual: 300,
      connectionPoints: [
        { ...input.connectionPoints![0]!, id: created.connectionPoints[0]!.id },
        { name: 'Các điểm cầu phường', level: 'commune', provinceCode: '19', communeCode: '01843', pointCount: 5, actualAttendance: 90 },
      ],
      agenda: [...input.agenda!, { title: 'Trẻ em trên không gian mạng', themes: ['children', 'cyberspace'] }],
    }))!;
    expect(figures(await stats())).toEqual({
      ...before,
      conferences: before.conferences + 1,
      delegates: before.delegates! + 300,
      points: before.points + 6,
      communes: before.communes + 2,
      childrenTopics: before.childrenTopics + 2,
      communePoints: before.communePoints + 6,
    });

    // Points removed and no total: the conference's delegates become unknown.
    await send('PUT', `/api/conferences/${created.id}`, { ...input, version: edited.version, connectionPoints: [], agenda: [] });
    expect(figures(await stats())).toEqual({ ...before, conferences: before.conferences + 1, unrecorded: before.unrecorded + 1 });

    await send('DELETE', `/api/conferences/${created.id}`);
    expect(figures(await stats())).toEqual(before);
  });

  it('makes the same facts in the migration backfill as the services keep', async () => {
    await send('POST', '/api/conferences', input);
    await send('POST', '/api/conferences', { ...input, level: 'commune', communeCode: '01849', participantsActual: 25, connectionPoints: [], agenda: [] });
    const db = t.database.db;
    const snapshot = () => queryRows(db, sql`select * from conference_stat_facts order by id`);
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThanOrEqual(2);
    const migration = fs.readdirSync(path.resolve('src/server/db/migrations')).find((f) => /^\d{4}_conference_stat_facts\.sql$/.test(f))!;
    const backfill = fs
      .readFileSync(path.resolve('src/server/db/migrations', migration), 'utf8')
      .split('--> statement-breakpoint')
      .find((s) => /insert into "conference_stat_facts"/i.test(s))!;
    await db.execute(sql`delete from conference_stat_facts`);
    await db.execute(sql.raw(backfill));
    expect(await snapshot()).toEqual(kept);
  });

  it('keeps statistics cells that add up to what the facts say, so a year read from them has the same figures', async () => {
    // Across New Year (counted in both years, in the trend once), a planned one (not counted), one edited and one deleted.
    await send('POST', '/api/conferences', { ...input, startDate: '2024-12-30', endDate: '2025-01-02', participantsActual: 70 });
    await send('POST', '/api/conferences', { ...input, startDate: '2024-06-01', status: 'planned' });
    const edited = (await send('POST', '/api/conferences', { ...input, provinceCode: '01', connectionPoints: [], format: null }))!;
    await send('PUT', `/api/conferences/${edited.id}`, { ...input, provinceCode: '01', version: edited.version, startDate: '2023-05-05', connectionPoints: [] });
    const gone = (await send('POST', '/api/conferences', { ...input, startDate: '2024-03-03' }))!;
    await send('DELETE', `/api/conferences/${gone.id}`);

    const db = t.database.db;
    const cells = () => queryRows(db, sql`select * from conference_stat_cells where conferences <> 0 order by kind, year, key, province_code`);
    const kept = await cells();
    const migration = fs.readdirSync(path.resolve('src/server/db/migrations')).find((f) => /^\d{4}_conference_stat_cells\.sql$/.test(f))!;
    const backfill = fs
      .readFileSync(path.resolve('src/server/db/migrations', migration), 'utf8')
      .split('--> statement-breakpoint')
      .find((s) => /^\s*(--.*\n)*insert into conference_stat_cells/i.test(s))!;
    await db.execute(sql`delete from conference_stat_cells`);
    await db.execute(sql.raw(backfill));
    expect(await cells()).toEqual(kept);

    for (const year of [2023, 2024, 2025]) {
      for (const [province, visibility] of [[undefined, null], ['19', null], [undefined, { provinceCode: '19', organisationId: null }]] as const) {
        const where = listConditions({ year, province, status: 'held' }, visibility)!;
        const fromCells = await countYearFromCells(db, year, cellConditions(province, visibility)!);
        expect(fromCells.grouped).toEqual(await countGrouped(db, where));
        const byTheme = (xs: Array<{ theme: string }>) => [...xs].sort((a, b) => a.theme.localeCompare(b.theme));
        expect(byTheme(fromCells.themes)).toEqual(byTheme(await countByTheme(db, where)));
        const byLevel = (xs: Array<{ level: string }>) => [...xs].sort((a, b) => a.level.localeCompare(b.level));
        expect(byLevel(fromCells.pointLevels)).toEqual(byLevel(await countPointsByLevel(db, where)));
        const byProvince = (xs: Array<{ provinceCode: string }>) => [...xs].sort((a, b) => a.provinceCode.localeCompare(b.provinceCode));
        expect(byProvince(await countCommunesReachedFromCells(db, year, cellConditions(province, visibility)!))).toEqual(byProvince(await countCommunesReached(db, where)));
        expect(await countByYearFromCells(db, cellConditions(province, visibility)!)).toEqual(await countByYear(db, listConditions({ province, status: 'held' }, visibility)));
      }
    }
    expect((await countYearFromCells(db, 2025, sql`true`)).grouped.byMonth.get(12)?.conferences).toBe(1);
  });
});
