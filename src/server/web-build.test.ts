import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWebBuildCurrent, sourceStamp, sourceStampPlugin, stampPath } from './web-build.js';

describe('whether the web app must be built again before serving', () => {
  let root: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  /** What a build leaves: the page, and the stamp the plugin writes. */
  const build = () => {
    const plugin = sourceStampPlugin(root);
    plugin.buildStart();
    write('dist/web/index.html', '<!doctype html>');
    plugin.closeBundle();
  };
  const later = (file: string) => {
    const when = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, file), when, when);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-web-build-'));
    write('src/web/main.tsx', 'export {};');
    write('src/shared/i18n/vi.json', '{}');
    write('reference-data/admin-units/vn_34_provinces.simplified.geojson', '{}');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('builds on a fresh clone, and not again while nothing changed', () => {
    expect(isWebBuildCurrent(root)).toBe(false);
    build();
    expect(isWebBuildCurrent(root)).toBe(true);
    expect(fs.readFileSync(stampPath(root), 'utf8')).toBe(sourceStamp(root));
  });

  it('builds again after a pull rewrites a source, adds or deletes one, or changes the boundaries it imports', () => {
    build();
    later('src/web/main.tsx');
    expect(isWebBuildCurrent(root)).toBe(false);
    build();
    write('src/shared/new-rule.ts', 'export const x = 1;');
    expect(isWebBuildCurrent(root)).toBe(false);
    build();
    fs.rmSync(path.join(root, 'src/shared/new-rule.ts'));
    expect(isWebBuildCurrent(root)).toBe(false);
    build();
    later('reference-data/admin-units/vn_34_provinces.simplified.geojson');
    expect(isWebBuildCurrent(root)).toBe(false);
  });

  it('ignores tests, and builds when the build lost its page or its stamp', () => {
    build();
    write('src/web/main.test.tsx', 'it.todo("x")');
    expect(isWebBuildCurrent(root)).toBe(true);
    fs.rmSync(stampPath(root));
    expect(isWebBuildCurrent(root)).toBe(false);
    build();
    fs.rmSync(path.join(root, 'dist/web/index.html'));
    expect(isWebBuildCurrent(root)).toBe(false);
  });

  it('checks the real sources in a few milliseconds', () => {
    const started = performance.now();
    sourceStamp();
    expect(performance.now() - started).toBeLessThan(500);
  });
});
