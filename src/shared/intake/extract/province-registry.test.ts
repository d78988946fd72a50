import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentProvinces, legacyProvinces, registryVersion } from './province-registry.generated.js';

// The extractor carries its own copy of the province rows (src/shared cannot read files or import
// server code). This test keeps the copy equal to reference-data/admin-units; when the registry
// changes it fails and prints the rows to paste into province-registry.generated.ts.
const dir = path.resolve(import.meta.dirname, '../../../../reference-data/admin-units');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { columns: string[]; rows: unknown[][] };

describe('province registry copy', () => {
  it('matches reference-data/admin-units', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { version: string };
    const current = read('provinces.json').rows.map((r) => [r[0], r[1]]);
    const legacy = read('legacy-provinces.json').rows.map((r) => [r[0], r[1], r[3]]);
    const hint = `regenerate province-registry.generated.ts from:\ncurrentProvinces = ${JSON.stringify(current)}\nlegacyProvinces = ${JSON.stringify(legacy)}`;
    expect(registryVersion, hint).toBe(manifest.version);
    expect(currentProvinces, hint).toEqual(current);
    expect(legacyProvinces, hint).toEqual(legacy);
  });
});
