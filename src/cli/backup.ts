import fs from 'node:fs';
import path from 'node:path';
import { writeBackup } from '../server/features/backup/dump.js';
import { BackupError } from '../server/features/backup/format.js';
import { parseCommandArgs } from './args.js';
import { CliError } from './cli-error.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

const usage = 'cần đúng một tên tệp. Ví dụ: npx rights-desk backup sao-luu-2025-07-01.ndjson.gz [--force] / usage: backup FILE [--force]';

/**
 * `backup FILE [--force]`: writes FILE.tmp (mode 0600), flushes it to disk, then renames it, so
 * FILE is either a complete backup or absent. The source database is only read: it is not migrated first.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, { force: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new CliError(usage);
  const file = path.resolve(positionals[0]!);
  const refuseExisting = () => {
    if (!values.force && fs.existsSync(file)) {
      throw new CliError(`tệp ${file} đã tồn tại; thêm --force để ghi đè / ${file} already exists; pass --force to overwrite it`);
    }
  };
  refuseExisting();
  const started = Date.now();
  const temporary = `${file}.tmp`;
  const { config, database } = await openConfiguredDatabase({ prepare: false });
  try {
    // A backup holds password hashes and personal data: readable by its owner only (0600). A
    // leftover FILE.tmp of an interrupted run is removed first, since opening an existing file
    // keeps its old permissions. flush: fsync before the stream closes, so the rename never
    // publishes a file still in the page cache.
    await fs.promises.rm(temporary, { force: true });
    const output = fs.createWriteStream(temporary, { flush: true, mode: 0o600 });
    const summary = await writeBackup(database.db, database.kind, output).catch((err: Error & { syscall?: string }) => {
      if (err.syscall) throw new CliError(`không ghi được tệp ${temporary} / cannot write ${temporary}: ${err.message}`);
      throw err;
    });
    refuseExisting();
    await fs.promises.rename(temporary, file);

    console.log(`Đã sao lưu / backup written: ${file}`);
    console.log(`  CSDL / database: ${describeDatabase(config)}`);
    printTableCounts(summary.tables);
    console.log(`  Tổng / total: ${summary.rows} dòng / rows, ${formatBytes(fs.statSync(file).size)}, ${Date.now() - started} ms`);
    for (const c of summary.cyclic) {
      console.warn(
        `Cảnh báo / warning: ${c.rows} dòng của ${c.table} tạo thành vòng cấp trên–cấp dưới, cần sửa dữ liệu (bản sao lưu vẫn khôi phục được) / ${c.rows} rows of ${c.table} form a parent cycle; fix the data (the backup still restores)`,
      );
    }
  } catch (err) {
    await fs.promises.rm(temporary, { force: true });
    if (err instanceof BackupError) throw new CliError(err.message);
    throw err;
  } finally {
    await database.close();
  }
}

/** One line per table, counts aligned (restore prints the same). */
export function printTableCounts(tables: Array<{ name: string; rows: number }>): void {
  const width = Math.max(0, ...tables.map((t) => t.name.length));
  for (const t of tables) console.log(`  ${t.name.padEnd(width)}  ${String(t.rows).padStart(10)}`);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
