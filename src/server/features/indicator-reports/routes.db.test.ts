import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/auth/permissions.js';
import { createTestApp, createUser, signIn, type TestApp } from '../../test-support/test-app.js';
import { insertOrganisation } from '../organisations/queries.js';
import { auditLog } from '../audit/tables.js';
import { indicatorAggregates, indicatorReportEvents, indicatorRules } from '../indicators/tables.js';
import { insertForm, insertIndicators, insertReport } from './testing.js';

let t: TestApp;
const cookies = {} as Record<'admin' | 'officer' | 'sec01' | 'sec79' | 'agency' | 'viewer', string>;
const ids = {} as Record<keyof typeof cookies, string>;
let provinceForm: string;
let agencyForm: string;
let agencyId: string;

async function as(name: keyof typeof cookies, role: Role, provinceCode: string | null, organisationId: string | null = null) {
  const u = await createUser(t.database, { role, provinceCode, organisationId, fullName: `Cán bộ ${name}` });
  ids[name] = u.id;
  cookies[name] = await signIn(t.app, u.email);
}

const call = (who: keyof typeof cookies, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url: `/api${url}`, headers: { cookie: cookies[who] }, ...(payload === undefined ? {} : { payload: payload as object }) });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await insertIndicators(db, [
    { code: 'T.JOBS', nameVi: 'Số lao động được giải quyết việc làm', disaggregations: ['sex'] },
    { code: 'T.TRAIN', nameVi: 'Tỷ lệ đào tạo nghề so với kế hoạch', valueType: 'ratio', aggregation: 'ratio', decimals: 2, maxValue: '1000' },
    { code: 'T.SI', nameVi: 'Tỷ lệ tham gia bảo hiểm xã hội', valueType: 'percent', aggregation: 'none', decimals: 1 },
  ]);
  provinceForm = await insertForm(db, { unitKind: 'province', frequency: 'quarter', indicators: [{ code: 'T.JOBS', required: true }, { code: 'T.TRAIN' }, { code: 'T.SI' }] });
  agencyForm = await insertForm(db, { unitKind: 'agency', frequency: 'quarter', indicators: [{ code: 'T.JOBS' }] });
  agencyId = (await insertOrganisation(db, { name: 'Sở Nội vụ Hà Nội', kind: 'department', provinceCode: '01', searchKey: 'so noi vu ha noi' })).id;
  await as('admin', 'national_admin', null);
  await as('officer', 'national_officer', null);
  await as('sec01', 'provincial_secretariat', '01');
  await as('sec79', 'provincial_secretariat', '79');
  await as('agency', 'agency_reporter', '01', agencyId);
  await as('viewer', 'viewer', '01');
});
afterAll(() => t.close());

describe('reporting units', () => {
  it('lists the 34 provinces and the old ones for a province form, and only its own to a provincial account', async () => {
    const all = await call('officer', 'GET', `/indicator-reporting-units?formId=${provinceForm}&pageSize=200`);
    expect(all.json().total).toBe(34 + 63);
    const later = await call('officer', 'GET', `/indicator-reporting-units?formId=${provinceForm}&period=2025-Q4&pageSize=200`);
    expect(later.json().items.map((u: { unitKind: string }) => u.unitKind)).toEqual(Array(34).fill('province'));
    const own = (await call('sec01', 'GET', `/indicator-reporting-units?formId=${provinceForm}&pageSize=200`)).json();
    expect(own.items.every((u: { provinceCode: string; reportRefusal: null }) => u.provinceCode === '01' && u.reportRefusal === null)).toBe(true);
    expect(own.items.some((u: { unitKind: string }) => u.unitKind === 'legacy_province')).toBe(true);
    const search = (await call('officer', 'GET', `/indicator-reporting-units?formId=${provinceForm}&period=2025-Q4&q=ho chi minh`)).json();
    expect(search.items.map((u: { unitCode: string }) => u.unitCode)).toEqual(['79']);
  });

  it('lists a province’s agencies and says who may report for them', async () => {
    const res = (await call('agency', 'GET', `/indicator-reporting-units?formId=${agencyForm}`)).json();
    expect(res.items).toEqual([{ unitKind: 'agency', unitCode: agencyId, unitName: 'Sở Nội vụ Hà Nội', provinceCode: '01', reportRefusal: null }]);
    const viewer = (await call('viewer', 'GET', `/indicator-reporting-units?formId=${agencyForm}`)).json();
    expect(viewer.items[0].reportRefusal).toContain('chỉ được xem');
  });
});

describe('opening a report', () => {
  const open = (who: keyof typeof cookies, body: Record<string, unknown>) => call(who, 'POST', '/indicator-reports', { formId: provinceForm, unitKind: 'province', unitCode: '01', period: '2025-Q3', ...body });

  it('creates a draft once (201), then returns it (200), with its due date and a history entry', async () => {
    const first = await open('sec01', { period: '2025-Q4' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'draft', unitName: 'Thành phố Hà Nội', provinceCode: '01', period: '2025-Q4', dueDate: '2026-01-15', version: 1 });
    const again = await open('admin', { period: '2025-q4' });
    expect([again.statusCode, again.json().id]).toEqual([200, first.json().id]);
    const events = await t.database.db.select().from(indicatorReportEvents).where(eq(indicatorReportEvents.reportId, first.json().id));
    expect(events.map((e) => [e.action, e.actorName])).toEqual([['created', 'Cán bộ sec01']]);
  });

  it('lets an old province report periods before 1 July 2025 and rolls it into its new province', async () => {
    const res = await open('sec01', { unitKind: 'legacy_province', unitCode: '01', period: '2024-Q2' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ unitKind: 'legacy_province', provinceCode: '01' });
  });

  it.each([
    ['an unknown form', { formId: '00000000-0000-4000-8000-000000000000' }, 'formId'],
    ['an unknown unit', { unitCode: '99' }, 'unitCode'],
    ['a commune for a province form', { unitKind: 'commune', unitCode: '00004' }, 'unitKind'],
    ['an old province after the merger', { unitKind: 'legacy_province', unitCode: '01', period: '2025-Q4' }, 'unitKind'],
    ['a month for a quarterly form', { period: '2025-M05' }, 'period'],
    ['a period still to come', { period: '2099-Q1' }, 'period'],
  ])('refuses %s with 400 naming the field', async (_what, body, field) => {
    const res = await open('admin', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe(field);
    if ('period' in body && body.period === '2099-Q1') expect(res.json().detail).toContain('Kỳ báo cáo chưa bắt đầu');
  });

  it('refuses a unit the caller may not report for (403), and hides one they may not read (404)', async () => {
    const agency = await open('agency', {});
    expect([agency.statusCode, agency.json().detail]).toEqual([403, 'Bạn chỉ báo cáo được số liệu của cơ quan mình.']);
    expect((await open('sec01', { unitCode: '79' })).statusCode).toBe(404);
    expect((await open('viewer', {})).statusCode).toBe(403);
  });
});

async function provinceDraft(unitCode = '01', period = '2025-Q3') {
  const r = await insertReport(t.database.db, { formId: provinceForm, unitKind: 'province', unitCode, provinceCode: unitCode, period });
  return r;
}

describe('saving values', () => {
  it('upserts the cells sent, computes a ratio from its parts, deletes emptied cells and bumps the version', async () => {
    const r = await provinceDraft('01', '2025-Q1');
    const saved = await call('sec01', 'PUT', `/indicator-reports/${r.id}/values`, {
      version: 1,
      values: [
        { indicatorCode: 'T.JOBS', value: 100, target: 90 },
        { indicatorCode: 'T.JOBS', part: 'sex:female', value: 40 },
        { indicatorCode: 't.train', numerator: 651, denominator: 547 },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(2);
    const again = await call('sec01', 'PUT', `/indicator-reports/${r.id}/values`, { version: 2, values: [{ indicatorCode: 'T.JOBS', part: 'sex:female', value: null }] });
    expect(again.json().version).toBe(3);
    const detail = (await call('sec01', 'GET', `/indicator-reports/${r.id}`)).json();
    const byCode = Object.fromEntries(detail.rows.map((row: { indicator: { code: string }; values: unknown[] }) => [row.indicator.code, row.values]));
    expect(byCode['T.JOBS']).toMatchObject([{ part: '', value: 100, target: 90 }]);
    expect(byCode['T.TRAIN']).toMatchObject([{ part: '', numerator: 651, denominator: 547, value: 119.01 }]);
    // Two saves in a row by the same person make one history entry.
    expect(detail.events.map((e: { action: string; details: unknown }) => [e.action, e.details])).toEqual([['values_saved', { cells: 4, saves: 2 }]]);
  });

  it('answers 409 CONFLICT when someone else saved first, and changes nothing', async () => {
    const r = await provinceDraft('01', '2025-Q2');
    await call('admin', 'PUT', `/indicator-reports/${r.id}/values`, { version: 1, values: [{ indicatorCode: 'T.JOBS', value: 5 }] });
    const stale = await call('sec01', 'PUT', `/indicator-reports/${r.id}/values`, { version: 1, values: [{ indicatorCode: 'T.JOBS', value: 7 }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    expect(stale.json().detail).toContain('Người khác vừa lưu báo cáo này');
    const detail = (await call('sec01', 'GET', `/indicator-reports/${r.id}`)).json();
    expect([detail.version, detail.rows[0].values[0].value]).toEqual([2, 5]);
  });

  it('refuses an indicator outside the form and a part the indicator does not have, naming the cell', async () => {
    const r = await provinceDraft('01', '2024-Q4');
    const outside = await call('sec01', 'PUT', `/indicator-reports/${r.id}/values`, { version: 1, values: [{ indicatorCode: 'T.JOBS', value: 1 }, { indicatorCode: 'OTHER', value: 1 }] });
    expect([outside.statusCode, outside.json().errors[0].path]).toEqual([400, 'values.1.indicatorCode']);
    const part = await call('sec01', 'PUT', `/indicator-reports/${r.id}/values`, { version: 1, values: [{ indicatorCode: 'T.SI', part: 'sex:male', value: 1 }] });
    expect([part.statusCode, part.json().errors[0].path]).toEqual([400, 'values.0.part']);
    expect((await call('sec01', 'GET', `/indicator-reports/${r.id}`)).json().version).toBe(1);
  });

  it('keeps another province’s draft hidden and a viewer out', async () => {
    const r = await provinceDraft('79', '2025-Q3');
    expect((await call('sec01', 'GET', `/indicator-reports/${r.id}`)).statusCode).toBe(404);
    expect((await call('sec01', 'PUT', `/indicator-reports/${r.id}/values`, { version: 1, values: [{ indicatorCode: 'T.JOBS', value: 1 }] })).statusCode).toBe(404);
    expect((await call('sec79', 'GET', `/indicator-reports/${r.id}`)).statusCode).toBe(200);
  });
});

describe('workflow', () => {
  const act = (who: keyof typeof cookies, id: string, action: string, body: Record<string, unknown>) => call(who, 'POST', `/indicator-reports/${id}/${action}`, body);
  const save = (who: keyof typeof cookies, id: string, version: number, values: unknown[]) => call(who, 'PUT', `/indicator-reports/${id}/values`, { version, values });

  it('blocks a submission with errors (422 REPORT_HAS_ERRORS naming each blocking cell), changing nothing', async () => {
    const r = await provinceDraft('01', '2023-Q1');
    await save('sec01', r.id, 1, [{ indicatorCode: 'T.SI', value: 120 }]);
    const res = await act('sec01', r.id, 'submit', { version: 2 });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'REPORT_HAS_ERRORS', title: 'Báo cáo còn lỗi, chưa nộp được', type: '/problems/report-has-errors', status: 422 });
    expect(res.json().detail).toContain('2 ô cần sửa');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['values.T.JOBS..value', 'values.T.SI..value']);
    const detail = (await call('sec01', 'GET', `/indicator-reports/${r.id}`)).json();
    expect([detail.status, detail.version, detail.issues.length]).toEqual(['draft', 2, 2]);
  });

  it('wants a comment on every warning before submitting', async () => {
    const r = await provinceDraft('01', '2023-Q2');
    await save('sec01', r.id, 1, [{ indicatorCode: 'T.JOBS', value: 10 }, { indicatorCode: 'T.TRAIN', numerator: 651, denominator: 547, value: 119.02 }]);
    const blocked = await act('sec01', r.id, 'submit', { version: 2 });
    expect([blocked.statusCode, blocked.json().code]).toEqual([422, 'REPORT_HAS_ERRORS']);
    expect(blocked.json().errors).toEqual([{ path: 'values.T.TRAIN..comment', message: expect.stringContaining('Cần ghi chú giải thích') }]);
    await save('sec01', r.id, 2, [{ indicatorCode: 'T.TRAIN', numerator: 651, denominator: 547, value: 119.02, comment: 'Số liệu theo báo cáo của Sở' }]);
    const ok = await act('sec01', r.id, 'submit', { version: 3 });
    expect([ok.statusCode, ok.json().status]).toEqual([200, 'submitted']);
  });

  it('keeps a target per disaggregated part, and blocks a submission while the parts’ targets do not add up to the total’s', async () => {
    const r = await provinceDraft('01', '2023-Q3');
    const parts = (male: number) => [
      { indicatorCode: 'T.JOBS', value: 100, target: 90 },
      { indicatorCode: 'T.JOBS', part: 'sex:female', value: 40, target: 50 },
      { indicatorCode: 'T.JOBS', part: 'sex:male', value: 60, target: male },
    ];
    const saved = (await save('sec01', r.id, 1, parts(50))).json();
    expect(saved.issues.map((i: { code: string; field: string }) => `${i.code}:${i.field}`)).toEqual(['parts_sum:target']);
    const blocked = await act('sec01', r.id, 'submit', { version: 2 });
    expect([blocked.statusCode, blocked.json().code, blocked.json().errors]).toEqual([
      422,
      'REPORT_HAS_ERRORS',
      [{ path: 'values.T.JOBS..target', message: expect.stringContaining('nữ + nam = 100 (chỉ tiêu), khác chỉ tiêu của tổng số 90') }],
    ]);
    await save('sec01', r.id, 2, parts(40));
    const ok = await act('sec01', r.id, 'submit', { version: 3 });
    expect([ok.statusCode, ok.json().status]).toEqual([200, 'submitted']);
    const detail = (await call('sec01', 'GET', `/indicator-reports/${r.id}`)).json();
    const jobs = detail.rows.find((row: { indicator: { code: string } }) => row.indicator.code === 'T.JOBS');
    expect(jobs.values.map((v: { part: string; target: number }) => [v.part, v.target]).sort()).toEqual([['', 90], ['sex:female', 50], ['sex:male', 40]]);
  });

  it('goes submit → return → fix → resubmit → approve (by the Standing Office), locks approved data, and reopens with a reason', async () => {
    const r = await provinceDraft('01', '2024-Q1');
    const db = t.database.db;
    await save('sec01', r.id, 1, [{ indicatorCode: 'T.JOBS', value: 100 }]);
    let v = (await act('sec01', r.id, 'submit', { version: 2 })).json().version;
    expect(v).toBe(3);
    // A province does not approve its own report: the Standing Office does.
    const own = await act('sec01', r.id, 'approve', { version: v });
    expect([own.statusCode, own.json().detail]).toEqual([403, 'Báo cáo của tỉnh do Văn phòng Thường trực về nhân quyền phê duyệt.']);
    const returned = await act('officer', r.id, 'return', { version: v, reason: 'Thiếu số liệu theo giới tính' });
    expect(returned.json()).toMatchObject({ status: 'returned', lastReason: 'Thiếu số liệu theo giới tính' });
    v = (await save('sec01', r.id, returned.json().version, [{ indicatorCode: 'T.JOBS', value: 120 }])).json().version;
    v = (await act('sec01', r.id, 'submit', { version: v })).json().version;
    const approved = await act('officer', r.id, 'approve', { version: v });
    expect(approved.json().status).toBe('approved');
    // The dashboard figure is there the moment the approval answers.
    const [agg] = await db.select().from(indicatorAggregates).where(and(eq(indicatorAggregates.provinceCode, '01'), eq(indicatorAggregates.period, '2024-Q1'), eq(indicatorAggregates.stage, 'approved')));
    expect(Number(agg!.value)).toBe(120);
    v = approved.json().version;
    const locked = await save('sec01', r.id, v, [{ indicatorCode: 'T.JOBS', value: 130 }]);
    expect([locked.statusCode, locked.json().detail]).toEqual([409, expect.stringContaining('đã được phê duyệt')]);
    expect((await act('sec01', r.id, 'reopen', { version: v, reason: 'Cần sửa số liệu' })).statusCode).toBe(403);
    const reopened = await act('officer', r.id, 'reopen', { version: v, reason: 'Điều chỉnh theo số liệu chính thức' });
    expect(reopened.json()).toMatchObject({ status: 'returned', lastReason: 'Điều chỉnh theo số liệu chính thức', approvedAt: null });
    const after = await db.select().from(indicatorAggregates).where(and(eq(indicatorAggregates.provinceCode, '01'), eq(indicatorAggregates.period, '2024-Q1'), eq(indicatorAggregates.stage, 'approved')));
    expect(after).toEqual([]);
    const detail = (await call('sec01', 'GET', `/indicator-reports/${r.id}`)).json();
    expect(detail.events.map((e: { action: string; actorName: string; reason: string | null }) => [e.action, e.actorName, e.reason])).toEqual([
      ['values_saved', 'Cán bộ sec01', null],
      ['submitted', 'Cán bộ sec01', null],
      ['returned', 'Cán bộ officer', 'Thiếu số liệu theo giới tính'],
      ['values_saved', 'Cán bộ sec01', null],
      ['submitted', 'Cán bộ sec01', null],
      ['approved', 'Cán bộ officer', null],
      ['reopened', 'Cán bộ officer', 'Điều chỉnh theo số liệu chính thức'],
    ]);
    expect(detail.can).toEqual({ edit: true, submit: true, approve: false, return: false, reopen: false });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, r.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['approve', 'reopen', 'return', 'submit', 'submit']);
  });

  it('lets nobody approve what they submitted, and refuses a stale version', async () => {
    const r = await insertReport(t.database.db, { formId: agencyForm, unitKind: 'agency', unitCode: agencyId, provinceCode: '01', period: '2024-Q3' });
    const submitted = (await act('admin', r.id, 'submit', { version: 1 })).json();
    const self = await act('admin', r.id, 'approve', { version: submitted.version });
    expect([self.statusCode, self.json().detail]).toContain(403);
    expect(self.json().detail).toContain('chính mình nộp');
    expect((await act('officer', r.id, 'approve', { version: submitted.version })).statusCode).toBe(403);
    expect((await act('sec01', r.id, 'approve', { version: 1 })).statusCode).toBe(409);
    expect((await act('sec01', r.id, 'approve', { version: submitted.version })).json().status).toBe('approved');
  });
});

describe('issues on the server', () => {
  it('include admins’ rules between indicators and outliers against the unit’s own history', async () => {
    const db = t.database.db;
    await db.insert(indicatorRules).values({ leftCode: 'T.SI', operator: '<=', rightCode: 'T.TRAIN', factor: '1', severity: 'warning', message: 'Tỷ lệ tham gia BHXH không vượt tỷ lệ đào tạo nghề' });
    for (const [q, value] of [[1, 100], [2, 110], [3, 90], [4, 100]] as const) {
      await insertReport(db, { formId: provinceForm, unitKind: 'province', unitCode: '04', provinceCode: '04', period: `2017-Q${q}`, status: 'approved', values: [{ indicatorCode: 'T.JOBS', value }] });
    }
    const r = await insertReport(db, { formId: provinceForm, unitKind: 'province', unitCode: '04', provinceCode: '04', period: '2018-Q1' });
    const saved = await call('admin', 'PUT', `/indicator-reports/${r.id}/values`, {
      version: 1,
      values: [{ indicatorCode: 'T.JOBS', value: 1000 }, { indicatorCode: 'T.TRAIN', value: 50 }, { indicatorCode: 'T.SI', value: 60 }],
    });
    expect(saved.json().issues.map((i: { code: string; indicatorCode: string; severity: string }) => `${i.severity}:${i.code}:${i.indicatorCode}`)).toEqual([
      'warning:outlier:T.JOBS',
      'warning:rule:T.SI',
    ]);
    expect(saved.json().issues[0].message).toContain('trung vị 4 kỳ gần nhất: 100');
  });
});

describe('last year beside this year', () => {
  it('shows the same unit’s figures of the same period a year before, and an old province’s roll-up for a new province', async () => {
    const db = t.database.db;
    await insertReport(db, { formId: agencyForm, unitKind: 'agency', unitCode: agencyId, provinceCode: '01', period: '2020-Q2', values: [{ indicatorCode: 'T.JOBS', value: 80, target: 75 }] });
    const now = await insertReport(db, { formId: agencyForm, unitKind: 'agency', unitCode: agencyId, provinceCode: '01', period: '2021-Q2' });
    const detail = (await call('agency', 'GET', `/indicator-reports/${now.id}`)).json();
    expect(detail.rows[0].previousYear).toEqual({ value: 80, target: 75 });
    // Hà Nội's 2024-Q3 was reported by the old Hà Nội and approved; the new province's 2025-Q3 compares against it.
    const old = await insertReport(db, { formId: provinceForm, unitKind: 'legacy_province', unitCode: '01', provinceCode: '01', period: '2024-Q3', status: 'submitted', submittedBy: ids.sec01, values: [{ indicatorCode: 'T.JOBS', value: 300 }] });
    expect((await call('officer', 'POST', `/indicator-reports/${old.id}/approve`, { version: old.version })).statusCode).toBe(200);
    const current = await provinceDraft('01', '2025-Q3');
    const rows = (await call('sec01', 'GET', `/indicator-reports/${current.id}`)).json().rows;
    expect(rows.map((r: { previousYear: unknown }) => r.previousYear)).toEqual([{ value: 300, target: null }, null, null]);
  });
});

describe('two approvers at once', () => {
  it('lets one act and tells the other the report changed', async () => {
    const r = await insertReport(t.database.db, { formId: provinceForm, unitKind: 'province', unitCode: '79', provinceCode: '79', period: '2019-Q1', status: 'submitted', submittedBy: ids.sec79 });
    const [a, b] = await Promise.all([
      call('officer', 'POST', `/indicator-reports/${r.id}/approve`, { version: r.version }),
      call('admin', 'POST', `/indicator-reports/${r.id}/return`, { version: r.version, reason: 'Thiếu số liệu quý I' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });
});

describe('what waits for me', () => {
  it('lists each role’s own work: drafts to finish, submissions to approve', async () => {
    const db = t.database.db;
    const draft79 = await insertReport(db, { formId: provinceForm, unitKind: 'province', unitCode: '79', provinceCode: '79', period: '2022-Q1' });
    const submitted01 = await insertReport(db, { formId: provinceForm, unitKind: 'province', unitCode: '01', provinceCode: '01', period: '2022-Q1', status: 'submitted', submittedBy: ids.sec01 });
    const agencyDraft = await insertReport(db, { formId: agencyForm, unitKind: 'agency', unitCode: agencyId, provinceCode: '01', period: '2022-Q1' });
    const agencySubmitted = await insertReport(db, { formId: agencyForm, unitKind: 'agency', unitCode: agencyId, provinceCode: '01', period: '2022-Q2', status: 'submitted', submittedBy: ids.agency });
    const waiting = async (who: keyof typeof cookies) => {
      const res = (await call(who, 'GET', '/indicator-reports?waiting=true&pageSize=200')).json();
      const mine = new Set([draft79.id, submitted01.id, agencyDraft.id, agencySubmitted.id]);
      return res.items.filter((i: { id: string }) => mine.has(i.id)).map((i: { id: string }) => i.id).sort();
    };
    expect(await waiting('officer')).toEqual([submitted01.id]);
    expect(await waiting('sec01')).toEqual([agencyDraft.id, agencySubmitted.id].sort());
    expect(await waiting('sec79')).toEqual([draft79.id]);
    expect(await waiting('agency')).toEqual([agencyDraft.id]);
    expect(await waiting('viewer')).toEqual([]);
    const list = (await call('sec01', 'GET', '/indicator-reports?period=2022-Q1&pageSize=200')).json();
    expect(list.items.map((i: { provinceCode: string }) => i.provinceCode)).not.toContain('79');
    expect(list.total).toBe(list.items.length);
  });
});

describe('list order', () => {
  it('sorts by last change (default), newest period or soonest due date, and refuses an unknown order in Vietnamese', async () => {
    const list = async (sort: string) => (await call('officer', 'GET', `/indicator-reports?formId=${provinceForm}&pageSize=200${sort ? `&sort=${sort}` : ''}`)).json();
    const byPeriod = (await list('period')).items.map((i: { period: string }) => i.period);
    expect(byPeriod.length).toBeGreaterThan(3);
    expect(byPeriod).toEqual([...byPeriod].sort().reverse());
    const byDue = (await list('due')).items.map((i: { dueDate: string }) => i.dueDate);
    expect(byDue).toEqual([...byDue].sort());
    const byUpdate = (await list('')).items.map((i: { updatedAt: string }) => i.updatedAt);
    expect(byUpdate).toEqual([...byUpdate].sort().reverse());
    const bad = await call('officer', 'GET', `/indicator-reports?sort=name`);
    expect([bad.statusCode, bad.json().errors[0].message]).toEqual([400, 'Cách sắp xếp không hợp lệ']);
  });
});

describe('completeness', () => {
  it('shows every expected province with on-time, late, in-progress (draft or returned) and missing counts', async () => {
    const db = t.database.db;
    // 2021-Q4 ended before the merger: the 63 old provinces are expected. Due 15/01/2022.
    await insertReport(db, { formId: provinceForm, unitKind: 'legacy_province', unitCode: '01', provinceCode: '01', period: '2021-Q4', status: 'approved', submittedAt: new Date('2022-01-10T03:00:00Z') });
    await insertReport(db, { formId: provinceForm, unitKind: 'legacy_province', unitCode: '79', provinceCode: '79', period: '2021-Q4', status: 'submitted', submittedAt: new Date('2022-01-20T03:00:00Z') });
    await insertReport(db, { formId: provinceForm, unitKind: 'legacy_province', unitCode: '02', provinceCode: '08', period: '2021-Q4' });
    await insertReport(db, { formId: provinceForm, unitKind: 'legacy_province', unitCode: '04', provinceCode: '04', period: '2021-Q4', status: 'returned' });
    const res = (await call('officer', 'GET', `/indicator-completeness?formId=${provinceForm}&period=2021-Q4`)).json();
    expect(res.dueDate).toBe('2022-01-15');
    // A draft (02) and a returned report (04) are not submitted, but neither is missing.
    expect(res.counts).toEqual({ expected: 63, submitted: 2, approved: 1, onTime: 1, late: 1, inProgress: 2, missing: 59 });
    const byCode = Object.fromEntries(res.units.map((u: { unitCode: string }) => [u.unitCode, u]));
    expect(byCode['01']).toMatchObject({ status: 'approved', onTime: true });
    expect(byCode['79']).toMatchObject({ status: 'submitted', onTime: false });
    expect(byCode['02']).toMatchObject({ status: 'draft', onTime: null });
    expect(byCode['04']).toMatchObject({ status: 'returned', onTime: null });
    expect(byCode['06']).toMatchObject({ status: 'missing', reportId: null });
    const own = (await call('sec01', 'GET', `/indicator-completeness?formId=${provinceForm}&period=2021-Q4`)).json();
    expect(own.units.every((u: { provinceCode: string }) => u.provinceCode === '01')).toBe(true);
    const current = (await call('officer', 'GET', `/indicator-completeness?formId=${provinceForm}&period=2025-Q4`)).json();
    expect(current.counts.expected).toBe(34);
  });

  it('asks a national user to pick a province for agencies', async () => {
    const res = await call('officer', 'GET', `/indicator-completeness?formId=${agencyForm}&period=2024-Q3`);
    expect([res.statusCode, res.json().errors[0].path]).toEqual([400, 'provinceCode']);
    const ok = (await call('officer', 'GET', `/indicator-completeness?formId=${agencyForm}&period=2024-Q3&provinceCode=01`)).json();
    expect(ok.units).toMatchObject([{ unitCode: agencyId, status: 'approved' }]);
  });
});
