import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHousekeeping } from '../../housekeeping.js';
import { createTestApp, createUser, type TestApp } from '../../test-support/test-app.js';
import { followupReminders } from '../followup/tables.js';
import { insertFollowupItem } from '../followup/testing.js';
import { todayInVietnam } from './reminders.js';
import { startLocalSmtp, type LocalSmtp } from './testing.js';

/* The server's housekeeping e-mails the day's reminders by itself, through a local SMTP server. */

let t: TestApp;
let smtp: LocalSmtp;
beforeAll(async () => {
  smtp = await startLocalSmtp();
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const waitFor = async (check: () => boolean | Promise<boolean>, ms = 15_000) => {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('reminders while serving', () => {
  it('sends the day’s reminders when housekeeping starts, with links on the public origin', async () => {
    const db = t.database.db;
    const sec = await createUser(t.database, { role: 'provincial_secretariat', provinceCode: '52', email: 'bcd.gialai@tinh.gov.vn' });
    const due = new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
    const item = await insertFollowupItem(db, { kind: 'visit', nature: 'recommendation', provinceCode: '52', itemDate: todayInVietnam(), dueDate: due });
    const logged: string[] = [];
    const stop = startHousekeeping(
      db,
      { info: (m) => void logged.push(m), error: (_e, m) => void logged.push(m) },
      { mail: { smtpUrl: smtp.url, from: 'bcd@tinh.gov.vn' }, publicOrigin: 'https://nhanquyen.gialai.gov.vn' },
    );
    try {
      // The run logs what it sent once it has recorded it.
      await waitFor(() => logged.some((m) => m.includes('e-mailed')));
    } finally {
      stop();
    }
    expect(smtp.received.map((m) => m.to)).toEqual([[sec.email]]);
    expect(smtp.received[0]!.text).toContain(`https://nhanquyen.gialai.gov.vn/follow-up/items/${item.id}`);
    expect(smtp.received[0]!.text).toContain('còn 3 ngày');
    expect(logged).toContain('follow-up reminders: 1 reminder(s) e-mailed to 1 account(s)');
    expect(await db.select().from(followupReminders)).toHaveLength(1);
  });
});
