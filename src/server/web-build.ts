import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What the built web app is made from: its sources, the shared code, the page, the build's
 * settings and packages, and the reference data it imports (the province boundaries).
 */
export const webBuildInputs = [
  'src/web',
  'src/shared',
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'reference-data/admin-units/vn_34_provinces.simplified.geojson',
];

/** Where a build records the fingerprint of the sources it was made from. */
export const stampPath = (root: string) => path.join(root, 'dist/web/.source-stamp');

/**
 * A cheap fingerprint of the web app's sources: every file's path, size and modification time
 * (a `git pull` rewrites the files it changes, so their times change), tests left out. About
 * 650 files: a few milliseconds, so a start with nothing changed stays fast.
 */
export function sourceStamp(root = appRoot): string {
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
  webBuildInputs.forEach(visit);
  return hash.digest('hex');
}

/** Whether dist/web holds a build of the sources as they are now. */
export function isWebBuildCurrent(root = appRoot): boolean {
  const stamp = stampPath(root);
  return fs.existsSync(path.join(root, 'dist/web/index.html')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sourceStamp(root);
}

/**
 * The Vite plugin that writes the stamp beside every build, whoever runs it (`npm start`,
 * `npm run build:web`, the browser tests' server), from the sources as they were when the build
 * began: a source saved during the build makes the next start build again.
 */
export function sourceStampPlugin(root = appRoot) {
  let stamp = '';
  return {
    name: 'rights-desk-source-stamp',
    apply: 'build' as const,
    buildStart() {
      stamp = sourceStamp(root);
    },
    closeBundle() {
      if (fs.existsSync(path.join(root, 'dist/web'))) fs.writeFileSync(stampPath(root), stamp);
    },
  };
}

/**
 * Builds the web app when it has never been built or its sources changed since the last build
 * (so `npm install && npm start` is enough on a fresh clone, and `git pull && npm start` never
 * serves yesterday's screens). Returns whether it built.
 */
export async function ensureWebBuilt(log: (message: string) => void): Promise<boolean> {
  if (isWebBuildCurrent()) return false;
  log('Đang build giao diện web (lần đầu có thể mất khoảng một phút)… / building the web app…');
  const started = Date.now();
  const { build } = await import('vite');
  // The config's plugin writes the stamp.
  await build({ root: appRoot, configFile: path.join(appRoot, 'vite.config.ts'), logLevel: 'warn' });
  log(`Đã build giao diện web trong ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
