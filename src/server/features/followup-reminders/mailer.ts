import nodemailer from 'nodemailer';
import type { Db } from '../../db/client.js';
import { sendReminders, type ReminderRun, type SendMail } from './reminders.js';

type Log = { info: (message: string) => void; error: (error: unknown, message: string) => void };
export type MailSettings = { smtpUrl: string; from: string } | null;

/** Sends plain-text mail through the configured SMTP server (smtp:// or smtps:// URL). */
export function smtpSender(settings: { smtpUrl: string; from: string }): { send: SendMail; close: () => void } {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text, textEncoding: 'base64' });
    },
    close: () => transport.close(),
  };
}

/** The base of the links in a reminder: the public origin when one is set, otherwise the bare path. */
export const reminderBaseUrl = (publicOrigin: string | undefined) => publicOrigin ?? '';

let warnedUnconfigured = false;

/**
 * One run of the e-mailed reminders with the configured SMTP server. Without SMTP it does nothing
 * (the app flags items due and overdue anyway) and says so once per process.
 */
export async function runConfiguredReminders(db: Db, mail: MailSettings, publicOrigin: string | undefined, log: Log, today?: string): Promise<ReminderRun | null> {
  if (!mail) {
    if (!warnedUnconfigured) log.info('follow-up reminders: SMTP_URL is not set, nothing is e-mailed (items due and overdue are flagged in the app)');
    warnedUnconfigured = true;
    return null;
  }
  const sender = smtpSender(mail);
  try {
    const run = await sendReminders(db, { send: sender.send, baseUrl: reminderBaseUrl(publicOrigin), log, ...(today ? { today } : {}) });
    if (run.reminders || run.failed) log.info(`follow-up reminders: ${run.reminders} reminder(s) e-mailed to ${run.recipients} account(s)${run.failed ? `, ${run.failed} e-mail(s) failed` : ''}`);
    return run;
  } finally {
    sender.close();
  }
}
