import fs from 'node:fs';
import path from 'node:path';

/** Another live process already has the embedded database open. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình rights-desk khác dùng (PID ${pid}). ` +
        'CSDL nhúng chỉ cho một tiến trình mở: hãy dừng máy chủ (Ctrl+C) rồi chạy lại lệnh, ' +
        'hoặc dùng PostgreSQL (DATABASE_URL). / The data directory is in use by another rights-desk process; stop it first.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite keeps the database in one process's memory and writes it back to `dataDir`; a second
 * process on the same directory (a CLI command while the server runs) would silently lose or
 * corrupt data. So whoever opens it holds a lock file with its PID; a lock left by a process
 * that has died is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, 'rights-desk.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new DataDirBusyError(dataDir, pid);
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}
