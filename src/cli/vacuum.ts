import { vacuumDatabase } from '../server/features/backup/vacuum.js';
import { formatBytes } from './backup.js';
import { CliError } from './cli-error.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

/**
 * `vacuum`: after erasing people, rewrites the database files without the deleted rows (see
 * `vacuumDatabase`). Older backups still hold them: see the README.
 */
export async function run(args: string[]): Promise<void> {
  if (args.length) throw new CliError('lệnh vacuum không nhận tham số / vacuum takes no arguments');
  const started = Date.now();
  const { config, database } = await openConfiguredDatabase({ prepare: false });
  try {
    const summary = await vacuumDatabase(database.db);
    console.log(`Đã dọn CSDL / database vacuumed: ${describeDatabase(config)}`);
    console.log(`  ${formatBytes(summary.bytesBefore)} → ${formatBytes(summary.bytesAfter)}, ${Date.now() - started} ms`);
    if (!summary.checkpoint) {
      console.warn(
        'Cảnh báo / warning: tài khoản CSDL không được chạy CHECKPOINT; nhật ký ghi trước (WAL) sẽ được tái sử dụng ở lần checkpoint tự động kế tiếp / the database account may not run CHECKPOINT; the write-ahead log is recycled at the next automatic checkpoint',
      );
    }
  } finally {
    await database.close();
  }
}
