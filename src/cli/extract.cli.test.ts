import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
type Outcome = { code: number | null; stdout: string; stderr: string };

/** `npx rights-desk extract …` as an operator runs it, with a data directory it must never touch. */
function extract(dataDir: string, ...files: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/rights-desk.mjs', 'extract', ...files], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npx rights-desk extract', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rights-desk-cli-extract-'));
  const dataDir = path.join(tmp, 'data');
  const seeds = fs.readdirSync(path.join(root, 'fixtures/corpus/seeds')).map((f) => `fixtures/corpus/seeds/${f}`);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints one JSON array of drafts for the good files and one line per bad file, exit 65', async () => {
    const picture = path.join(tmp, 'bao-cao.docx');
    fs.writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const empty = path.join(tmp, 'trong.txt');
    fs.writeFileSync(empty, '');
    const files = [seeds[0]!, picture, 'fixtures/intake/bac-kan.pdf', empty, seeds[4]!];

    const out = await extract(dataDir, ...files);

    expect(out.code).toBe(65);
    const drafts = JSON.parse(out.stdout) as Record<string, unknown>[];
    expect(drafts.map((d) => d.file)).toEqual([seeds[0], 'fixtures/intake/bac-kan.pdf', seeds[4]]);
    expect(drafts[0]).toMatchObject({ event_date: '2023-06-13', province: 'Bắc Kạn', evidence: expect.any(Object) });
    expect(drafts[1]).toMatchObject({ event_date: '2023-06-13' });
    expect(drafts[2]).toMatchObject({ event_date: '2024-06-13', officials: expect.arrayContaining([expect.objectContaining({ name: 'Nguyễn Văn Kỷ', rank: 'Thiếu tướng' })]) });
    for (const key of ['level', 'organizers', 'format', 'participants_count', 'participants_qualifier', 'connection_points_count', 'officials', 'topics', 'indicators']) {
      expect(drafts[0]).toHaveProperty(key);
    }
    // Every proposed field with its confidence, uncertain first.
    const review = drafts[0]!.review as Array<{ field: string; confidence: string; warnings: string[] }>;
    const rank = { low: 0, medium: 1, high: 2 } as Record<string, number>;
    expect(review.length).toBe(Object.keys(drafts[0]!.evidence as object).length);
    expect(review.map((r) => rank[r.confidence])).toEqual(review.map((r) => rank[r.confidence]).sort());
    expect(review.find((r) => r.field === 'event_date')).toMatchObject({ confidence: expect.stringMatching(/^(high|medium|low)$/) });
    expect(out.stderr.trimEnd().split('\n')).toEqual([
      `${picture}: Tệp “bao-cao.docx” không phải tài liệu Word (.docx) mà là một ảnh PNG. Hệ thống chưa đọc chữ trong ảnh; hãy gửi bản .docx, .pdf có lớp chữ, hoặc dán nội dung.`,
      `${empty}: Tệp trống: không có nội dung nào để đọc.`,
    ]);
    // It reads files only: no database was opened or created.
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('exits 0 when every file is good, and explains itself without files', async () => {
    const good = await extract(dataDir, ...seeds);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toHaveLength(seeds.length);
    expect(good.stderr).toBe('');
    const none = await extract(dataDir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('npx rights-desk extract FILE…');
  });
});
