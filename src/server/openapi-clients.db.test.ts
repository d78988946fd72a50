import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-support/test-app.js';

/**
 * The OpenAPI document as a client's tools meet it: clean under redocly's recommended rules, and
 * good enough for openapi-typescript to generate a typed client that compiles real calls (and
 * refuses wrong ones). The document does not depend on the database engine, so it is checked once,
 * on PGlite.
 */
describe.runIf(process.env.TEST_DB_KIND !== 'postgres')('OpenAPI document for client generators', () => {
  let t: TestApp;
  let source: string;
  beforeAll(async () => {
    t = await createTestApp();
    source = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body;
  });
  afterAll(() => t.close());

  it('passes redocly lint with the recommended rules: no error, no warning', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer ?? ''}`)).toEqual([]);
  });

  it('gives every operation a unique method name and the problem responses a client must handle', () => {
    const doc = JSON.parse(source) as { paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>> };
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('getConferencesById');
    expect(doc.paths['/api/conferences/{id}']!.get!.responses).toHaveProperty('404');
    expect(doc.paths['/api/conferences']!.get!.responses).toHaveProperty('401');
  });

  it('generates a typed client (openapi-typescript) that compiles real calls and refuses wrong ones', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rights-desk-client-'));
    try {
      fs.writeFileSync(path.join(dir, 'api.d.ts'), astToString(await openapiTS(JSON.parse(source))));
      fs.writeFileSync(
        path.join(dir, 'calls.ts'),
        `import type { operations, paths } from './api';
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type ConferenceList = Json<paths['/api/conferences']['get']['responses'][200]>;
export const total = (list: ConferenceList): number => list.total;
export const firstTitle = (list: ConferenceList): string | undefined => list.items[0]?.title;
type Login = NonNullable<paths['/api/auth/login']['post']['requestBody']>['content']['application/json'];
export const login: Login = { email: 'can.bo@caobang.gov.vn', password: 'mật khẩu đủ dài' };
export type ConferenceQuery = operations['getConferences']['parameters']['query'];
export const byProvince: ConferenceQuery = { province: '04', page: 1 };
type Problem = operations['getConferencesById']['responses'][404]['content']['application/problem+json'];
export const code = (p: Problem): string => p.code;
`,
      );
      fs.writeFileSync(path.join(dir, 'wrong.ts'), `import type { paths } from './api';\nexport const wrong: NonNullable<paths['/api/auth/login']['post']['requestBody']>['content']['application/json'] = { email: 42 };\n`);
      const compile = (file: string) =>
        ts
          .getPreEmitDiagnostics(ts.createProgram([path.join(dir, file)], { strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }))
          .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(compile('calls.ts')).toEqual([]);
      expect(compile('wrong.ts').join('\n')).toMatch(/number.*string|password/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
