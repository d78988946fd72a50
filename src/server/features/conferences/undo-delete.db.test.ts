import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceInput } from '../../../shared/api/conferences.js';
import { conferenceUndoMinutes } from '../../../shared/conferences/undo.js';
import type { Db } from '../../db/client.js';
import { sampleQuestions } from '../awareness/testing.js';
import { createRouteFixture, type RouteFixture } from '../followup/route-fixture.js';
import { followupItems } from '../followup/tables.js';
import { conferenceTrash } from './tables.js';

/** Every row of every table as text, table by table (the log of changes and the trash excepted). */
async function wholeDatabase(db: Db): Promise<Record<string, string[]>> {
  const tables = (await db.execute(sql`select tablename::text as name from pg_tables where schemaname = current_schema() order by 1`)) as unknown as {
    rows: Array<{ name: string }>;
  };
  const out: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    if (['audit_log', 'conference_trash', 'sessions'].includes(name) || name.startsWith('__drizzle')) continue;
    const rows = (await db.execute(sql.raw(`select to_jsonb(t)::text as r from "${name}" t order by 1`))) as unknown as { rows: Array<{ r: string }> };
    out[name] = rows.rows.map((r) => r.r);
  }
  return out;
}

let f: RouteFixture;
beforeAll(async () => {
  f = await createRouteFixture();
});
afterAll(() => f.t.close());

const conference = (): ConferenceInput => ({
  title: 'Hội nghị tập huấn công tác nhân quyền năm 2025 tại Hà Nội',
  level: 'provincial',
  provinceCode: '01',
  startDate: '2025-04-10',
  format: 'hybrid',
  status: 'held',
  participantsActual: 210,
  connectionPoints: [
    { name: 'Điểm cầu chính - Hội trường UBND thành phố', level: 'province', provinceCode: '01', isMain: true, actualAttendance: 150 },
    { name: 'Điểm cầu phường Ba Đình', level: 'commune', provinceCode: '01', actualAttendance: 60 },
  ],
  officials: [{ name: 'Nguyễn Văn Kỷ', title: 'Phó Chánh Văn phòng Thường trực', role: 'speaker' }],
  agenda: [{ title: 'Công tác bảo đảm quyền tự do tín ngưỡng, tôn giáo', themes: ['belief_religion'] }],
  outcomes: [
    { kind: 'limitation', text: 'Nhận thức của một bộ phận cán bộ về quyền con người chưa đầy đủ.' },
    { kind: 'direction', text: 'Tổ chức quán triệt nội dung hội nghị tại các cơ quan, đơn vị.', responsibleOrganisationId: '', dueDate: '2025-12-31' },
  ],
  sources: [{ url: 'https://hanoimoi.vn/hoi-nghi-tap-huan', publisher: 'Hà Nội Mới', publishedDate: '2025-04-11' }],
});

describe('undoing a conference delete', () => {
  let id: string;
  let before: Record<string, string[]>;

  beforeAll(async () => {
    const input = conference();
    input.outcomes![1]!.responsibleOrganisationId = f.orgs.justice01;
    const created = await f.call('sec01', 'POST', '/conferences', input);
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json();
    id = c.id;
    // Participants (one at the commune point), an awareness test with one answer, and follow-up items from its outcomes.
    for (const [fullName, point] of [['Trần Thị Hoa', c.connectionPoints[1].id], ['Lê Văn Bình', null]] as const) {
      const p = await f.call('sec01', 'POST', `/conferences/${id}/participants`, { fullName, agency: 'Sở Tư pháp', connectionPointId: point });
      expect(p.statusCode, p.body).toBe(201);
    }
    const questionIds: string[] = [];
    for (const q of sampleQuestions().slice(0, 2)) questionIds.push((await f.call('admin', 'POST', '/awareness/questions', q)).json().id);
    const plan = await f.call('sec01', 'PUT', `/conferences/${id}/awareness/questions`, { questionIds, version: 0 });
    expect(plan.statusCode, plan.body).toBe(200);
    await f.call('sec01', 'POST', `/conferences/${id}/awareness/codes`, { count: 3, connectionPointId: c.connectionPoints[0].id });
    const codes = (await f.call('sec01', 'GET', `/conferences/${id}/awareness/codes?pageSize=10`)).json().items.map((i: { code: string }) => i.code);
    await f.call('sec01', 'POST', `/conferences/${id}/awareness/phases`, { phase: 'pre', open: true });
    const answer = await f.t.app.inject({ method: 'POST', url: `/api/public/awareness/${plan.json().publicToken}/responses`, payload: { code: codes[0], phase: 'pre', answers: { [questionIds[0]!]: [0] } } });
    expect(answer.statusCode, answer.body).toBe(201);
    const items = await f.call('sec01', 'POST', '/followup-items/from-conference', { conferenceId: id, outcomeIds: c.outcomes.map((o: { id: string }) => o.id) });
    expect(items.statusCode, items.body).toBe(201);
    before = await wholeDatabase(f.t.database.db);
  });

  it('refuses the undo to those who could not delete it, and to a conference that was not deleted', async () => {
    expect((await f.call('sec01', 'POST', `/conferences/${id}/restore`)).statusCode).toBe(404);
    expect((await f.call('sec79', 'DELETE', `/conferences/${id}`)).statusCode).toBe(404);
    expect((await f.call('viewer', 'DELETE', `/conferences/${id}`)).statusCode).toBe(403);
    expect((await f.call('sec01', 'DELETE', `/conferences/${id}`)).statusCode).toBe(204);
    expect((await f.call('sec01', 'GET', `/conferences/${id}`)).statusCode).toBe(404);
    // The follow-up items stay, without their conference, until the undo.
    const orphans = await f.t.database.db.select().from(followupItems).where(eq(followupItems.provinceCode, '01'));
    expect(orphans.length).toBe(2);
    expect(orphans.every((i) => i.conferenceId === null && i.conferenceOutcomeId === null)).toBe(true);
    for (const who of ['sec79', 'viewer', 'agency'] as const) {
      const res = await f.call(who, 'POST', `/conferences/${id}/restore`);
      expect([404, 403]).toContain(res.statusCode);
    }
    expect((await f.call('sec79', 'POST', `/conferences/${id}/restore`)).statusCode).toBe(404);
    expect((await f.call('viewer', 'POST', `/conferences/${id}/restore`)).statusCode).toBe(403);
  });

  it('puts back every row the delete removed, and the follow-up items find their conference and outcome again', async () => {
    const res = await f.call('sec01', 'POST', `/conferences/${id}/restore`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, title: conference().title });
    expect(await wholeDatabase(f.t.database.db)).toEqual(before);
    const participants = (await f.call('sec01', 'GET', `/conferences/${id}/participants`)).json();
    expect(participants.items.map((p: { fullName: string }) => p.fullName).sort()).toEqual(['Lê Văn Bình', 'Trần Thị Hoa']);
    expect((await f.call('sec01', 'GET', `/conferences/${id}/awareness`)).json()).toMatchObject({ codesIssued: 3, responses: { pre: 1 } });
    const log = (await f.call('admin', 'GET', `/audit?entityType=conference&entityId=${id}`)).json();
    expect(log.items.map((e: { action: string }) => e.action).slice(0, 2)).toEqual(['restore', 'delete']);
    // Restored once: a second undo has nothing to restore.
    const again = await f.call('sec01', 'POST', `/conferences/${id}/restore`);
    expect(again.statusCode).toBe(404);
    expect(again.json().detail).toContain('Không còn hội nghị đã xóa');
  });

  it('lets the undo lapse after the window, and purges lapsed deletes with their personal data', async () => {
    expect((await f.call('sec01', 'DELETE', `/conferences/${id}`)).statusCode).toBe(204);
    const db = f.t.database.db;
    await db.update(conferenceTrash).set({ deletedAt: new Date(Date.now() - (conferenceUndoMinutes + 1) * 60_000) }).where(eq(conferenceTrash.conferenceId, id));
    const late = await f.call('sec01', 'POST', `/conferences/${id}/restore`);
    expect(late.statusCode).toBe(404);
    expect(late.json().detail).toContain(`${conferenceUndoMinutes} phút`);
    // The next delete purges it.
    const other = await f.call('sec01', 'POST', '/conferences', { ...conference(), outcomes: [], title: 'Hội nghị khác' });
    expect((await f.call('sec01', 'DELETE', `/conferences/${other.json().id}`)).statusCode).toBe(204);
    const left = await db.select({ id: conferenceTrash.conferenceId }).from(conferenceTrash);
    expect(left.map((r) => r.id)).toEqual([other.json().id]);
  });
});
