import type { Db } from './db/client.js';
import { deleteExpiredThrottles } from './features/auth/database-throttle-store.js';
import { deleteExpiredSessions } from './features/auth/queries.js';
import { removeUnreferencedFiles } from './features/files/access.js';
import { runConfiguredReminders, type MailSettings } from './features/followup-reminders/mailer.js';

/** How often the server tidies up while it runs. */
const everyMs = 3600_000;

type Log = { info: (message: string) => void; error: (error: unknown, message: string) => void };

/**
 * Work nobody asks for but the data needs: expired sessions go, and so do throttle rows whose
 * attempts have all left their window (digests of e-mails and addresses); uploaded files that no
 * record came to refer to within their grace period are removed (they would otherwise keep a
 * person's document in the database, and in every backup, for ever). Runs once at start and
 * then every hour; a failure is logged and tried again next time. Once a day (Vietnam time),
 * follow-up items due soon and overdue are e-mailed when SMTP is configured.
 */
export function startHousekeeping(db: Db, log: Log, options: { mail?: MailSettings; publicOrigin?: string } = {}): () => void {
  let remindedOn: string | null = null;
  const tidy = async () => {
    try {
      await deleteExpiredSessions(db, new Date());
      await deleteExpiredThrottles(db, new Date());
      const files = await removeUnreferencedFiles(db);
      if (files) log.info(`housekeeping: removed ${files} unreferenced file(s)`);
    } catch (error) {
      log.error(error, 'housekeeping failed');
    }
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    if (remindedOn !== today) {
      try {
        await runConfiguredReminders(db, options.mail ?? null, options.publicOrigin, log);
        remindedOn = today;
      } catch (error) {
        log.error(error, 'follow-up reminders failed');
      }
    }
  };
  void tidy();
  const timer = setInterval(() => void tidy(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
