import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/tables.js';
import { createRouteFixture, dayFromToday, type RouteFixture } from './route-fixture.js';
import { followupProgress } from './tables.js';
import { insertFollowupItem } from './testing.js';

let f: RouteFixture;
beforeAll(async () => {
  f = await createRouteFixture();
});
afterAll(() => f.t.close());

/** A Hà Nội item led by its Department of Justice, the Department of Home Affairs co-operating. */
const hanoiItem = (over: Parameters<typeof insertFollowupItem>[1] = {}) =>
  insertFollowupItem(f.t.database.db, { kind: 'plan', provinceCode: '01', itemDate: '2025-01-01', leadOrganisationId: f.orgs.justice01, cooperatingOrganisationIds: [f.orgs.labour01], ...over });
const status = (who: Parameters<RouteFixture['call']>[0], id: string, body: Record<string, unknown>) => f.call(who, 'POST', `/followup-items/${id}/status`, { version: 1, ...body });
const progress = (who: Parameters<RouteFixture['call']>[0], id: string, body: Record<string, unknown> = {}) =>
  f.call(who, 'POST', `/followup-items/${id}/progress`, { entryDate: dayFromToday(0), text: 'Đã tổ chức 3 lớp tập huấn cho cán bộ cấp xã', ...body });

describe('changing the status', () => {
  it('lets the lead body’s reporter change it, not a co-operating body’s, a viewer’s or another province’s', async () => {
    const item = await hanoiItem();
    expect((await status('partner', item.id, { status: 'in_progress' })).statusCode).toBe(403);
    expect((await status('viewer', item.id, { status: 'in_progress' })).statusCode).toBe(403);
    expect((await status('sec79', item.id, { status: 'in_progress' })).statusCode).toBe(404);
    const res = await status('agency', item.id, { status: 'in_progress' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'in_progress', version: 2 });
    expect(res.json().timeline.at(-1)).toMatchObject({ eventKind: 'status', fromStatus: 'not_started', toStatus: 'in_progress', createdByName: 'Cán bộ agency' });
  });

  it('needs a closing note to close, a reason not to carry out and a reason to reopen; reopening keeps the history', async () => {
    const item = await hanoiItem({ status: 'in_progress' });
    const bare = await status('sec01', item.id, { status: 'done' });
    expect([bare.statusCode, bare.json().errors]).toEqual([400, [{ path: 'note', message: 'Nhập ghi chú kết quả khi đánh dấu đã hoàn thành.' }]]);
    expect((await status('sec01', item.id, { status: 'not_done' })).json().errors[0].path).toBe('note');
    const closed = await status('sec01', item.id, { status: 'done', note: 'Đã ban hành quy chế phối hợp' });
    expect(closed.json()).toMatchObject({ status: 'done', closingNote: 'Đã ban hành quy chế phối hợp', version: 2 });
    expect(closed.json().closedAt).not.toBeNull();
    expect((await status('sec01', item.id, { status: 'in_progress', version: 2 })).json().errors[0].message).toBe('Nêu lý do mở lại việc đã đóng.');
    const reopened = await status('sec01', item.id, { status: 'in_progress', version: 2, note: 'Quy chế bị đình chỉ, cần sửa' });
    expect(reopened.json()).toMatchObject({ status: 'in_progress', closingNote: null, closedAt: null, version: 3 });
    expect(reopened.json().timeline.map((e: { eventKind: string; text: string }) => [e.eventKind, e.text])).toEqual([
      ['created', ''],
      ['closed', 'Đã ban hành quy chế phối hợp'],
      ['reopened', 'Quy chế bị đình chỉ, cần sửa'],
    ]);
    const audit = await f.t.database.db.select().from(auditLog).where(eq(auditLog.entityId, item.id));
    expect(audit.map((a) => a.action)).toEqual(['status', 'status']);
  });

  it('answers 409 to the same status or a stale version', async () => {
    const item = await hanoiItem();
    const same = await status('sec01', item.id, { status: 'not_started' });
    expect([same.statusCode, same.json().detail]).toEqual([409, 'Việc đã ở trạng thái "Chưa thực hiện".']);
    expect((await status('sec01', item.id, { status: 'in_progress', version: 7 })).statusCode).toBe(409);
  });

  it('keeps national items’ status to the Standing Office', async () => {
    const national = await insertFollowupItem(f.t.database.db, {});
    expect((await status('sec01', national.id, { status: 'in_progress' })).statusCode).toBe(403);
    expect((await status('officer', national.id, { status: 'in_progress' })).statusCode).toBe(200);
  });
});

describe('recording progress', () => {
  it('lets a co-operating body record progress without starting the item; the lead body’s first entry starts it', async () => {
    const item = await hanoiItem();
    const partner = await progress('partner', item.id);
    expect(partner.statusCode, partner.body).toBe(201);
    expect(partner.json()).toMatchObject({ status: 'not_started', version: 2 });
    const lead = await progress('agency', item.id, { text: 'Đã xây dựng dự thảo kế hoạch' });
    expect(lead.json().status).toBe('in_progress');
    expect(lead.json().timeline.at(-1)).toMatchObject({ eventKind: 'progress', fromStatus: 'not_started', toStatus: 'in_progress', text: 'Đã xây dựng dự thảo kế hoạch' });
    expect((await progress('sec79', item.id)).statusCode).toBe(404);
    // The item's page says the same to each of them.
    const refusals = async (who: Parameters<RouteFixture['call']>[0]) => (await f.call(who, 'GET', `/followup-items/${item.id}`)).json().refusals;
    expect(await refusals('agency')).toEqual({ edit: expect.any(String), status: null, progress: null });
    expect(await refusals('partner')).toEqual({ edit: expect.any(String), status: expect.stringContaining('cơ quan chủ trì'), progress: null });
    expect((await refusals('viewer')).progress).toContain('chỉ được xem');
    expect((await progress('viewer', item.id)).statusCode).toBe(403);
  });

  it('refuses progress on a closed item until it is reopened', async () => {
    const item = await hanoiItem({ status: 'not_done', closingNote: 'Không còn đối tượng' });
    const res = await progress('sec01', item.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('mở lại trước');
  });

  it('refuses a date in the future or before the item, an unknown indicator and a file the actor may not read, saving nothing', async () => {
    const item = await hanoiItem();
    expect((await progress('sec01', item.id, { entryDate: dayFromToday(2) })).json().errors[0]).toEqual({ path: 'entryDate', message: 'Ngày ghi nhận không được sau ngày hôm nay.' });
    expect((await progress('sec01', item.id, { entryDate: '2024-12-31' })).json().errors[0]).toEqual({ path: 'entryDate', message: 'Ngày ghi nhận không được trước ngày giao việc.' });
    const unknown = await progress('sec01', item.id, { indicators: [{ indicatorCode: 'KHONG.CO', period: '2024-Q2' }] });
    expect([unknown.statusCode, unknown.json().errors[0].path]).toEqual([400, 'indicators.0.indicatorCode']);
    const othersFile = await f.upload('sec79', 'Báo cáo TP HCM.pdf');
    const file = await progress('sec01', item.id, { fileIds: [othersFile] });
    expect([file.statusCode, file.json().errors[0].path]).toEqual([400, 'fileIds.0']);
    expect((await f.t.database.db.select().from(followupProgress).where(eq(followupProgress.itemId, item.id))).length).toBe(1);
  });

  it('attaches the actor’s uploaded files to the entry', async () => {
    const item = await hanoiItem();
    const fileId = await f.upload('sec01', 'Kế hoạch tập huấn.pdf');
    const res = await progress('sec01', item.id, { fileIds: [fileId] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().timeline.at(-1).files).toEqual([{ id: fileId, fileName: 'Kế hoạch tập huấn.pdf', sizeBytes: expect.any(Number) }]);
    const audit = await f.t.database.db.select().from(auditLog).where(eq(auditLog.entityId, item.id));
    expect(audit.map((a) => a.action)).toEqual(['progress']);
  });
});
