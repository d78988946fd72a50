import { ConfigError } from '../server/config.js';
import { CliError } from './cli-error.js';
import { DataDirBusyError } from '../server/db/data-dir-lock.js';

/** One file per command; each exports `run(args)` and a one-line Vietnamese/English summary. */
const commands: Record<string, { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<void> }> }> = {
  serve: { summary: 'Chạy máy chủ API và giao diện web / serve API and web app', load: () => import('./serve.js') },
  migrate: { summary: 'Cập nhật cấu trúc CSDL và dữ liệu tham chiếu / apply migrations', load: () => import('./migrate.js') },
  'create-user': { summary: 'Tạo tài khoản / create an account', load: () => import('./create-user.js') },
  'seed-demo': { summary: 'Nạp 5 hội nghị mẫu từ các bài báo / load the demo conferences', load: () => import('./seed-demo.js') },
  'send-reminders': {
    summary: 'Gửi email nhắc việc theo dõi sắp đến hạn, quá hạn (cần SMTP_URL) / e-mail follow-up reminders',
    load: () => import('./send-reminders.js'),
  },
  backup: { summary: 'Sao lưu toàn bộ dữ liệu ra tệp / back up to FILE', load: () => import('./backup.js') },
  extract: { summary: 'Trích xuất bản nháp từ tài liệu, in JSON / extract drafts from FILE… as JSON', load: () => import('./extract.js') },
  restore: { summary: 'Khôi phục từ tệp sao lưu vào CSDL trống / restore FILE into an empty database', load: () => import('./restore.js') },
  vacuum: { summary: 'Dọn CSDL sau khi xóa người: ghi lại tệp dữ liệu không còn dòng đã xóa / rewrite the data files without deleted rows', load: () => import('./vacuum.js') },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    'Cách dùng / usage: npx rights-desk <command> [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Cấu hình qua biến môi trường (DATABASE_URL, DATA_DIR, PORT, …): xem README.',
  ].join('\n');
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Lệnh không tồn tại / unknown command: ${name}\n\n${usage()}`);
    process.exitCode = 2;
    return;
  }
  await (await command.load()).run(args);
}

// Until main() settles the exit code says failure, so a command whose work never finishes
// (a promise nobody resolves) cannot end the process looking successful.
const unsettled = 70; // EX_SOFTWARE
process.exitCode = unsettled;
main()
  .then(() => {
    if (process.exitCode === unsettled) process.exitCode = 0;
  })
  .catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirBusyError) console.error(error.message);
    else if (error instanceof CliError) console.error(`Lỗi / error: ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
  });
