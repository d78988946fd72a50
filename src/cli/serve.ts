import { buildApp } from '../server/app.js';
import { ensureFirstAdmin } from '../server/features/accounts/first-admin.js';
import { installStarterCatalogue } from '../server/features/indicators/starter-catalogue.js';
import { warmIntakeReader } from '../server/features/intake/pipeline.js';
import { warmReportReader } from '../server/features/intake-reports/reader.js';
import { startHousekeeping } from '../server/housekeeping.js';
import { ensureWebBuilt } from '../server/web-build.js';
import { parseCommandArgs } from './args.js';
import { CliError } from './cli-error.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

export async function run(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, { 'skip-web-build': { type: 'boolean', default: false } });
  const started = Date.now();
  if (!values['skip-web-build']) await ensureWebBuilt((m) => console.log(m));
  const { config, database } = await openConfiguredDatabase();

  const admin = await ensureFirstAdmin(database.db, { email: config.adminEmail, password: config.adminPassword });
  if (admin.created) printFirstAdmin(admin.email, admin.generatedPassword);
  await installStarterCatalogue(database.db);

  const app = await buildApp({ config, database });
  const stopHousekeeping = startHousekeeping(
    database.db,
    { info: (m) => app.log.info(m), error: (e, m) => app.log.error(e, m) },
    { mail: config.mail, publicOrigin: config.publicOrigin },
  );
  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: stopping`);
    stopHousekeeping();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // Let go of the database (and its lock) so the process can end and a retry can open it.
    stopHousekeeping();
    await app.close();
    await database.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliError(`cổng ${config.port} đang được chương trình khác dùng; đặt PORT khác, ví dụ PORT=3001 npm start / port ${config.port} is in use`);
    }
    throw error;
  }
  // Document readers load in their worker threads now rather than on the first upload (seconds on a fresh clone).
  warmIntakeReader(config.intakeLimits);
  warmReportReader(config.intakeLimits);
  const port = new URL(address).port;
  console.log(
    `rights-desk đang chạy tại http://localhost:${port} — CSDL: ${describeDatabase(config)} — khởi động trong ${Date.now() - started} ms`,
  );
}

function printFirstAdmin(email: string, generatedPassword: string | null) {
  const lines = generatedPassword
    ? [
        'Đã tạo tài khoản quản trị đầu tiên / first administrator created',
        `  Email:    ${email}`,
        `  Mật khẩu dùng một lần / one-time password: ${generatedPassword}`,
        '  Mật khẩu này chỉ hiện MỘT lần; hãy đổi ngay khi đăng nhập lần đầu.',
        '  Shown once only; you must change it at first sign-in.',
      ]
    : ['Đã tạo tài khoản quản trị đầu tiên từ ADMIN_EMAIL / ADMIN_PASSWORD', `  Email: ${email}`];
  const width = Math.max(...lines.map((l) => l.length));
  console.log(['═'.repeat(width), ...lines, '═'.repeat(width)].join('\n'));
}
