import { runConfiguredReminders } from '../server/features/followup-reminders/mailer.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

/** E-mails today's follow-up reminders once (the server does this daily by itself while it runs). */
export async function run(): Promise<void> {
  const { config, database } = await openConfiguredDatabase();
  try {
    if (!config.mail) {
      console.log('Chưa cấu hình SMTP_URL và MAIL_FROM: không gửi email nhắc việc / SMTP is not configured, nothing sent.');
      return;
    }
    const log = { info: (m: string) => console.log(m), error: (e: unknown, m: string) => console.error(m, e) };
    const result = (await runConfiguredReminders(database.db, config.mail, config.publicOrigin, log))!;
    console.log(
      `Nhắc việc theo dõi (${describeDatabase(config)}): đã gửi ${result.reminders} lời nhắc tới ${result.recipients} tài khoản${result.failed ? `, ${result.failed} email gửi không được` : ''}.`,
    );
    if (result.failed) process.exitCode = 1;
  } finally {
    await database.close();
  }
}
