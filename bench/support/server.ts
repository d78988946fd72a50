import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openPglite } from '../../src/server/db/client.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export type RunningServer = { url: string; process: ChildProcess; dataDir: string; stop: () => Promise<void> };

/**
 * Starts `rights-desk serve` as a separate process on a fresh data directory; resolves when
 * /api/health answers. With `pgliteImage` (a tiny run's copy of the test suite's prepared
 * database, see support/databases.ts) the fresh directory starts as that migrated database, so
 * the server skips migrating and loading reference data: for benchmarks that measure the running
 * server, not its first start.
 */
export async function startServer(
  env: Record<string, string> = {},
  opts: { dataDir?: string; pgliteImage?: string } = {},
): Promise<RunningServer & { startMs: number }> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rights-desk-bench-'));
  if (opts.pgliteImage && !opts.dataDir) await (await openPglite(dataDir, new Blob([fs.readFileSync(opts.pgliteImage)]))).close();
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/rights-desk.mjs', 'serve', '--skip-web-build'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const halt = async () => {
    if (!exited()) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    }
    if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = started + 120_000;
  for (;;) {
    if (exited() || performance.now() > deadline) {
      const lastLine = output.trim().split('\n').at(-1) ?? '';
      const why = exited() ? `exited (${child.exitCode ?? child.signalCode})` : 'did not answer within 120 s';
      await halt();
      throw new Error(`server ${why} before /api/health answered${lastLine ? `; its last line: ${lastLine}` : ''}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const startMs = performance.now() - started;
  return {
    url,
    process: child,
    dataDir,
    startMs,
    /** Stops the server (if still running) and removes the data directory it was given none of. */
    stop: async () => {
      await halt();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
