import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const stampFile = path.join(root, 'dist/web/.source-stamp');
const inputs = ['src/web', 'src/shared', 'index.html', 'vite.config.ts', 'package-lock.json'];

/** A cheap fingerprint of the web app's sources (paths, sizes, modification times). */
function sourceStamp(): string {
  const hash = createHash('sha256');
  const visit = (p: string) => {
    const full = path.join(root, p);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) visit(path.join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      hash.update(`${p}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  inputs.forEach(visit);
  return hash.digest('hex');
}

/**
 * Builds the web app when it has never been built or its sources changed since, so that
 * `npm install && npm start` is enough on a fresh clone. Returns whether it built.
 */
export async function ensureWebBuilt(log: (message: string) => void): Promise<boolean> {
  const stamp = sourceStamp();
  const built = fs.existsSync(path.join(root, 'dist/web/index.html')) && fs.existsSync(stampFile)
    && fs.readFileSync(stampFile, 'utf8') === stamp;
  if (built) return false;
  log('Đang build giao diện web (lần đầu có thể mất khoảng một phút)… / building the web app…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  fs.writeFileSync(stampFile, stamp);
  log(`Đã build giao diện web trong ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
