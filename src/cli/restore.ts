import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { BackupError } from '../server/features/backup/format.js';
import { defaultMaxInflatedBytes } from '../server/features/backup/read-backup.js';
import { restoreBackup } from '../server/features/backup/restore.js';
import { parseCommandArgs } from './args.js';
import { formatBytes, printTableCounts } from './backup.js';
import { cliActor } from './cli-actor.js';
import { CliError } from './cli-error.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

const usage =
  'cần đúng một tên tệp. Ví dụ: npx rights-desk restore sao-luu-2025-07-01.ndjson.gz [--max-inflated-gib 20] / usage: restore FILE [--max-inflated-gib N]';

/**
 * `restore FILE`: into the database the environment points at (DATABASE_URL or DATA_DIR), which
 * must hold no user data yet. The file is verified in full before anything is written.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, { 'max-inflated-gib': { type: 'string' } });
  if (positionals.length !== 1) throw new CliError(usage);
  const file = path.resolve(positionals[0]!);
  let maxInflatedBytes = defaultMaxInflatedBytes;
  if (values['max-inflated-gib'] !== undefined) {
    const gib = Number(values['max-inflated-gib']);
    if (!(gib > 0)) throw new CliError('--max-inflated-gib cần một số dương / --max-inflated-gib needs a positive number');
    maxInflatedBytes = gib * 1024 ** 3;
  }
  // Before opening the database, so a mistyped name does not create an empty PGlite directory.
  if (!fs.existsSync(file)) throw new CliError(`không tìm thấy tệp ${file} / file not found: ${file}`);

  const started = Date.now();
  const { config, database } = await openConfiguredDatabase();
  try {
    // The restored database's audit log records the restore: the file by name, size and SHA-256
    // (what `sha256sum` prints), so an operator can tell later which backup the data came from.
    const sha256 = createHash('sha256');
    await pipeline(fs.createReadStream(file), sha256);
    const audit = { actor: cliActor, via: 'cli', file: { name: path.basename(file), sizeBytes: fs.statSync(file).size, sha256: sha256.digest('hex') } };
    const report = await restoreBackup(database.db, file, { maxInflatedBytes, audit });
    console.log(`Đã khôi phục / restored: ${file} (${formatBytes(fs.statSync(file).size)})`);
    console.log(`  CSDL / database: ${describeDatabase(config)}`);
    printTableCounts(report.tables);
    console.log(
      `  Tổng / total: ${report.rows} dòng / rows; kiểm tra / verify ${report.verifyMs} ms, ghi / write ${report.writeMs} ms, cả lệnh / whole command ${Date.now() - started} ms`,
    );
  } catch (err) {
    if (err instanceof BackupError) throw new CliError(err.message);
    throw err;
  } finally {
    await database.close();
  }
}
