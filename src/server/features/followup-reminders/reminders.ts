import { and, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dueSoonDays } from '../../../shared/api/followup.js';
import { statusRefusal } from '../../../shared/auth/followup-access.js';
import { isNationalRole, type Role } from '../../../shared/auth/permissions.js';
import { formatViDate } from '../../../shared/text/format.js';
import { users } from '../accounts/tables.js';
import { followupItems, followupReminders } from '../followup/tables.js';
import { todayInVietnam } from '../../../shared/text/calendar.js';

/*
 * Follow-up reminders by e-mail. Once a day (housekeeping while serving, or `send-reminders`),
 * every open item due within `dueSoonDays` days or already overdue is reminded to the people who
 * may change its status: the lead body's agency reporters and the province's secretariat for a
 * province's item, the national administrators and officers for a national one. Each person gets
 * one e-mail listing their items; what was sent is recorded per item, kind, person and due date,
 * so nothing is sent twice and a moved due date makes a new reminder due.
 */

export type ReminderKind = 'due_soon' | 'overdue';
export type Mail = { to: string; subject: string; text: string };
export type SendMail = (mail: Mail) => Promise<void>;
type Log = { info: (message: string) => void; error: (error: unknown, message: string) => void };

export type ReminderItem = { id: string; reference: string | null; text: string; dueDate: string; provinceCode: string | null; leadOrganisationId: string | null; kind: ReminderKind };
type Recipient = { id: string; email: string; fullName: string; role: Role; provinceCode: string | null; organisationId: string | null };

const dayMs = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
export { todayInVietnam };

/** Who is reminded of an item: may change its status, and at the item's level (national people for national items only). */
export function remindsOf(person: Recipient, item: Pick<ReminderItem, 'provinceCode' | 'leadOrganisationId'>): boolean {
  if (statusRefusal(person, item) !== null) return false;
  return item.provinceCode === null ? isNationalRole(person.role) : !isNationalRole(person.role);
}

/** "quá hạn 3 ngày", "còn 5 ngày", "đến hạn hôm nay". */
export function dueWording(dueDate: string, today: string): string {
  const days = daysBetween(today, dueDate);
  if (days < 0) return `quá hạn ${-days} ngày`;
  if (days === 0) return 'đến hạn hôm nay';
  return `còn ${days} ngày`;
}

const shorten = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};

/** The e-mail one person gets about their items (Vietnamese subject and body, plain text). */
export function reminderMail(person: Pick<Recipient, 'email' | 'fullName'>, items: readonly ReminderItem[], today: string, baseUrl: string): Mail {
  const overdue = items.filter((i) => i.kind === 'overdue').length;
  const soon = items.length - overdue;
  const counts = [overdue ? `${overdue} việc quá hạn` : null, soon ? `${soon} việc sắp đến hạn` : null].filter(Boolean).join(', ');
  const sorted = [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  const lines = sorted.map((i, n) =>
    [
      `${n + 1}. ${i.reference ? `${i.reference}: ` : ''}${shorten(i.text)}`,
      `   Hạn: ${formatViDate(i.dueDate)} (${dueWording(i.dueDate, today)})`,
      `   ${baseUrl.replace(/\/+$/, '')}/follow-up/items/${i.id}`,
    ].join('\n'),
  );
  return {
    to: person.email,
    subject: `[Theo dõi thực hiện] ${counts}`,
    text: [
      `Kính gửi ${person.fullName},`,
      '',
      `Các việc theo dõi thực hiện dưới đây do cơ quan, đơn vị của đồng chí chủ trì hoặc theo dõi đang ${overdue && soon ? 'quá hạn hoặc sắp đến hạn' : overdue ? 'quá hạn' : 'sắp đến hạn'} (trong ${dueSoonDays} ngày tới):`,
      '',
      ...lines,
      '',
      'Đề nghị cập nhật tiến độ hoặc trạng thái của từng việc trên rights-desk.',
      'Thư này được gửi tự động; mỗi việc chỉ được nhắc một lần cho mỗi hạn.',
    ].join('\n'),
  };
}

/** Open items due by `today + dueSoonDays` (overdue ones included), with their kind of reminder. */
export async function itemsToRemind(db: Db, today: string): Promise<ReminderItem[]> {
  const rows = await db
    .select({
      id: followupItems.id,
      reference: followupItems.reference,
      text: followupItems.text,
      dueDate: followupItems.dueDate,
      provinceCode: followupItems.provinceCode,
      leadOrganisationId: followupItems.leadOrganisationId,
    })
    .from(followupItems)
    .where(and(inArray(followupItems.status, ['not_started', 'in_progress']), isNotNull(followupItems.dueDate), lte(followupItems.dueDate, addDays(today, dueSoonDays))));
  return rows.map((r) => ({ ...r, dueDate: r.dueDate!, kind: r.dueDate! < today ? 'overdue' : 'due_soon' }));
}

/** Active accounts that may be reminded of something: national officers, provincial secretariats and agency reporters of the items' provinces. */
async function candidates(db: Db, items: readonly ReminderItem[]): Promise<Recipient[]> {
  const provinceCodes = [...new Set(items.flatMap((i) => (i.provinceCode ? [i.provinceCode] : [])))];
  const national = items.some((i) => i.provinceCode === null);
  const rows = await db
    .select({ id: users.id, email: users.email, fullName: users.fullName, role: users.role, provinceCode: users.provinceCode, organisationId: users.organisationId })
    .from(users)
    .where(
      and(
        isNull(users.disabledAt),
        sql`(${national ? sql`${users.provinceCode} is null` : sql`false`} or ${provinceCodes.length ? inArray(users.provinceCode, provinceCodes) : sql`false`})`,
      ),
    );
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export type ReminderRun = { recipients: number; reminders: number; failed: number };

/**
 * Sends what is due today and records it. A failed e-mail is logged and not recorded, so the
 * next run tries again; the others are sent regardless.
 */
export async function sendReminders(db: Db, options: { send: SendMail; baseUrl: string; log: Log; today?: string }): Promise<ReminderRun> {
  const today = options.today ?? todayInVietnam();
  const items = await itemsToRemind(db, today);
  if (!items.length) return { recipients: 0, reminders: 0, failed: 0 };
  const people = await candidates(db, items);
  const sent = await db
    .select({ itemId: followupReminders.itemId, kind: followupReminders.reminderKind, accountId: followupReminders.accountId, dueDate: followupReminders.dueDate })
    .from(followupReminders)
    .where(inArray(followupReminders.itemId, items.map((i) => i.id)));
  const key = (itemId: string, kind: string, accountId: string, dueDate: string) => `${itemId}|${kind}|${accountId}|${dueDate}`;
  const already = new Set(sent.map((s) => key(s.itemId, s.kind, s.accountId, s.dueDate)));
  const run: ReminderRun = { recipients: 0, reminders: 0, failed: 0 };
  for (const person of people) {
    const due = items.filter((i) => remindsOf(person, i) && !already.has(key(i.id, i.kind, person.id, i.dueDate)));
    if (!due.length) continue;
    try {
      await options.send(reminderMail(person, due, today, options.baseUrl));
    } catch (error) {
      run.failed += 1;
      options.log.error(error, `follow-up reminders: could not e-mail account ${person.id}`);
      continue;
    }
    await db
      .insert(followupReminders)
      .values(due.map((i) => ({ itemId: i.id, reminderKind: i.kind, accountId: person.id, dueDate: i.dueDate })))
      .onConflictDoNothing();
    run.recipients += 1;
    run.reminders += due.length;
  }
  return run;
}

/** The reminders one person has already been sent about an item (for the tests and an item's history). */
export async function remindersOf(db: Db, itemId: string) {
  return db.select().from(followupReminders).where(eq(followupReminders.itemId, itemId));
}
