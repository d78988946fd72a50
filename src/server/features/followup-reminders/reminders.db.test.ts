import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/auth/permissions.js';
import { createTestApp, createUser, type TestApp } from '../../test-support/test-app.js';
import { followupItems, followupReminders } from '../followup/tables.js';
import { insertFollowupItem, insertFollowupOrganisation } from '../followup/testing.js';
import { runConfiguredReminders } from './mailer.js';
import { todayInVietnam } from './reminders.js';
import { startLocalSmtp, type LocalSmtp } from './testing.js';

/* Reminders through a local SMTP server started here (testing.ts), never a real one. */

let smtp: LocalSmtp;
let t: TestApp;
let mail: { smtpUrl: string; from: string };
const origin = 'https://nhanquyen.gialai.gov.vn';
const logged: string[] = [];
const log = { info: (m: string) => void logged.push(m), error: (_e: unknown, m: string) => void logged.push(m) };
const today = todayInVietnam();
const addDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const vi = (iso: string) => iso.split('-').reverse().join('/');

type Person = 'sec52' | 'police52' | 'justice52' | 'viewer52' | 'oldsec52' | 'sec79' | 'admin' | 'officer' | 'oldadmin';
const email = {} as Record<Person, string>;
const items = {} as Record<'soon' | 'overdue' | 'closed' | 'later' | 'national' | 'other' | 'undated', string>;

async function account(name: Person, role: Role, provinceCode: string | null, organisationId: string | null = null, disabled = false) {
  const u = await createUser(t.database, { role, provinceCode, organisationId, fullName: `Cán bộ ${name}`, email: `${name}@tinh.gov.vn`, disabledAt: disabled ? new Date() : null });
  email[name] = u.email;
}

const run = () => runConfiguredReminders(t.database.db, mail, origin, log);
const byRecipient = () => Object.fromEntries(smtp.received.map((m) => [m.to.join(','), m]));

beforeAll(async () => {
  smtp = await startLocalSmtp();
  mail = { smtpUrl: smtp.url, from: 'Văn phòng BCĐ <bcd@tinh.gov.vn>' };
  t = await createTestApp();
  const db = t.database.db;
  const police = await insertFollowupOrganisation(db, 'Công an tỉnh Gia Lai', '52', 'police');
  const justice = await insertFollowupOrganisation(db, 'Sở Tư pháp tỉnh Gia Lai', '52');
  await account('sec52', 'provincial_secretariat', '52');
  await account('police52', 'agency_reporter', '52', police);
  await account('justice52', 'agency_reporter', '52', justice);
  await account('viewer52', 'viewer', '52');
  await account('oldsec52', 'provincial_secretariat', '52', null, true);
  await account('sec79', 'provincial_secretariat', '79');
  await account('admin', 'national_admin', null);
  await account('officer', 'national_officer', null);
  await account('oldadmin', 'national_admin', null, null, true);
  const item = async (overrides: Parameters<typeof insertFollowupItem>[1]) => (await insertFollowupItem(db, { kind: 'visit', nature: 'recommendation', itemDate: addDays(-60), ...overrides })).id;
  items.soon = await item({ provinceCode: '52', leadOrganisationId: police, dueDate: addDays(5), reference: 'ĐCT 20/04/2023 KN1', text: 'Tăng cường phối hợp giữa Công an tỉnh và các sở, ngành trong công tác bảo đảm và đấu tranh về nhân quyền' });
  items.overdue = await item({ provinceCode: '52', dueDate: addDays(-3), text: 'Kiện toàn Ban Chỉ đạo về nhân quyền cấp huyện' });
  items.closed = await item({ provinceCode: '52', leadOrganisationId: police, dueDate: addDays(-1), status: 'done', text: 'Tổ chức hội nghị tập huấn' });
  items.later = await item({ provinceCode: '52', leadOrganisationId: police, dueDate: addDays(30), text: 'Xây dựng kế hoạch năm sau' });
  items.national = await item({ kind: 'upr', nature: null, provinceCode: null, dueDate: addDays(2), text: 'Báo cáo giữa kỳ UPR chu kỳ IV' });
  items.other = await item({ provinceCode: '79', dueDate: addDays(1), text: 'Rà soát quy chế phối hợp của Thành phố' });
  items.undated = await item({ provinceCode: '52', leadOrganisationId: police, dueDate: null, text: 'Tuyên truyền thường xuyên' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

describe('e-mailed follow-up reminders', () => {
  it('sends each person who may change the status one e-mail listing their items due soon and overdue', async () => {
    const result = await run();
    expect(result).toEqual({ recipients: 5, reminders: 6, failed: 0 });
    const got = byRecipient();
    expect(Object.keys(got).sort()).toEqual([email.admin, email.officer, email.police52, email.sec52, email.sec79].sort());

    const sec = got[email.sec52]!;
    expect(sec.subject).toBe('[Theo dõi thực hiện] 1 việc quá hạn, 1 việc sắp đến hạn');
    expect(sec.text).toContain('Kính gửi Cán bộ sec52,');
    expect(sec.text).toContain(`Kiện toàn Ban Chỉ đạo về nhân quyền cấp huyện\n   Hạn: ${vi(addDays(-3))} (quá hạn 3 ngày)\n   ${origin}/follow-up/items/${items.overdue}`);
    expect(sec.text).toContain(`ĐCT 20/04/2023 KN1: Tăng cường phối hợp`);
    expect(sec.text).toContain(`Hạn: ${vi(addDays(5))} (còn 5 ngày)\n   ${origin}/follow-up/items/${items.soon}`);
    // Overdue first: it is the earliest due.
    expect(sec.text.indexOf(items.overdue)).toBeLessThan(sec.text.indexOf(items.soon));
    for (const absent of [items.closed, items.later, items.undated, items.national, items.other]) expect(sec.text).not.toContain(absent);

    expect(got[email.police52]!.text).toContain(items.soon);
    expect(got[email.police52]!.text).not.toContain(items.overdue);
    expect(got[email.police52]!.subject).toBe('[Theo dõi thực hiện] 1 việc sắp đến hạn');
    expect(got[email.admin]!.text).toContain(`${origin}/follow-up/items/${items.national}`);
    expect(got[email.admin]!.text).not.toContain(items.soon);
    expect(got[email.sec79]!.text).toContain(items.other);
    expect(got[email.sec79]!.text).not.toContain(items.soon);

    const rows = await t.database.db.select().from(followupReminders).where(eq(followupReminders.itemId, items.overdue));
    expect(rows.map((r) => [r.reminderKind, r.dueDate])).toEqual([['overdue', addDays(-3)]]);
  });

  it('sends nothing the second time', async () => {
    expect(await run()).toEqual({ recipients: 0, reminders: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
  });

  it('reminds again when the due date moves, and of that item only', async () => {
    await t.database.db.update(followupItems).set({ dueDate: addDays(8) }).where(eq(followupItems.id, items.soon));
    expect(await run()).toEqual({ recipients: 2, reminders: 2, failed: 0 });
    const got = byRecipient();
    expect(Object.keys(got).sort()).toEqual([email.police52, email.sec52].sort());
    expect(got[email.sec52]!.text).toContain(`Hạn: ${vi(addDays(8))} (còn 8 ngày)`);
    expect(got[email.sec52]!.text).not.toContain(items.overdue);
  });

  it('sends nothing about an item closed since', async () => {
    await t.database.db.update(followupItems).set({ dueDate: addDays(9), status: 'done' }).where(eq(followupItems.id, items.soon));
    expect(await run()).toEqual({ recipients: 0, reminders: 0, failed: 0 });
  });

  it('keeps a failed e-mail for the next run and still sends the others', async () => {
    await t.database.db.update(followupItems).set({ dueDate: addDays(-1) }).where(eq(followupItems.id, items.other));
    await t.database.db.update(followupItems).set({ dueDate: addDays(3) }).where(eq(followupItems.id, items.national));
    smtp.refused.add(email.sec79);
    expect(await run()).toEqual({ recipients: 2, reminders: 2, failed: 1 });
    expect(logged.some((m) => m.includes('could not e-mail'))).toBe(true);
    smtp.refused.clear();
    smtp.received.length = 0;
    expect(await run()).toEqual({ recipients: 1, reminders: 1, failed: 0 });
    expect(smtp.received[0]!.to).toEqual([email.sec79]);
    expect(smtp.received[0]!.text).toContain('quá hạn 1 ngày');
  });

  it('does nothing without SMTP and says so once', async () => {
    await t.database.db.update(followupItems).set({ dueDate: addDays(4) }).where(eq(followupItems.id, items.other));
    const before = (await t.database.db.select().from(followupReminders)).length;
    logged.length = 0;
    expect(await runConfiguredReminders(t.database.db, null, origin, log)).toBeNull();
    expect(await runConfiguredReminders(t.database.db, null, origin, log)).toBeNull();
    expect(logged.filter((m) => m.includes('SMTP_URL is not set'))).toHaveLength(1);
    expect((await t.database.db.select().from(followupReminders)).length).toBe(before);
    expect(smtp.received).toEqual([]);
  });
});
