// `GET /api/health` latency while hostile spreadsheets are being uploaded, beside the same probe on
// the same idle server in the same run. Four uploads at once, repeated for BENCH_SECONDS (10; tiny:
// 0,5): two participant lists of 900.000 rows (~9 MB, over the 50.000-row limit;
// BENCH_HOSTILE_ROWS, tiny: 60.000) and two 2 GB zip
// bombs named .xlsx (one with honest headers, one lying), all to the import preview. Before the
// spreadsheets were read in a worker, one such list held the server 14,5 s and grew it by 1,9 GB.
// Also printed: each upload's answer time and the server's resident memory (VmRSS).
import fs from 'node:fs';
import { conferenceWithPoints } from '../src/server/features/participants/testing.js';
import { xlsxBomb, xlsxWithRows } from '../src/server/features/participants/import/hostile-xlsx-fixtures.js';
import { XLSX_CONTENT_TYPE } from '../src/shared/api/participants.js';
import { knob, preparedSources, type BenchContext, type BenchResult } from './support/bench.js';
import { median, percentile } from './support/report.js';
import { startServer } from './support/server.js';

const password = 'bench-admin-password-2025';
const email = 'hostile-uploads@rights-desk.local';

/** Resident memory of a process now, in MB (Linux); NaN elsewhere. (Its peak, VmHWM, is set by start-up.) */
function residentMb(pid: number | undefined): number {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/gu, '')) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function probeHealth(url: string, until: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!until()) {
    const t0 = performance.now();
    await (await fetch(`${url}/api/health`)).arrayBuffer();
    latencies.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  return latencies;
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const seconds = knob(ctx, 'BENCH_SECONDS', 10, 0.5);
  const rows = knob(ctx, 'BENCH_HOSTILE_ROWS', 900_000, 60_000);
  const long = Buffer.from(xlsxWithRows(rows));
  const hostile = [long, Buffer.from(xlsxBomb(2000, 'honest')), long, Buffer.from(xlsxBomb(2000, 'lie'))];
  ctx.log(`  ${rows.toLocaleString('vi-VN')}-row list: ${(long.length / 1024 / 1024).toFixed(1)} MB; bombs: ${(hostile[1]!.length / 1024 / 1024).toFixed(1)} MB → 2 GB`);

  const server = await startServer({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password }, preparedSources(ctx));
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!login.ok || !cookie) throw new Error(`sign-in failed: ${login.status}`);
    const created = await fetch(`${server.url}/api/conferences`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(conferenceWithPoints()),
    });
    if (!created.ok) throw new Error(`creating the conference failed: ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    const preview = async (bytes: Buffer) => {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/conferences/${id}/participants/import/preview`, {
        method: 'POST',
        headers: { cookie, 'content-type': XLSX_CONTENT_TYPE, 'x-file-name': 'danh-sach.xlsx' },
        body: new Uint8Array(bytes),
      });
      await res.arrayBuffer();
      if (res.status !== 413) throw new Error(`a hostile upload was answered ${res.status}, not 413`);
      return performance.now() - t0;
    };
    const rssStart = residentMb(server.process.pid);
    // One upload first, so the reading worker's start is not counted as load.
    await preview(hostile[1]!);

    const idleEnd = performance.now() + seconds * 1000;
    const idle = await probeHealth(server.url, () => performance.now() > idleEnd);

    const answers: number[] = [];
    let stop = false;
    const busyEnd = performance.now() + seconds * 1000;
    const uploaders = hostile.map(async (bytes) => {
      while (performance.now() < busyEnd) answers.push(await preview(bytes));
    });
    const probing = probeHealth(server.url, () => stop);
    await Promise.all(uploaders);
    stop = true;
    const underLoad = await probing;
    const rssBusy = residentMb(server.process.pid);
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    ctx.log(`  ${answers.length} hostile uploads answered 413; health probed ${underLoad.length} times under load, ${idle.length} idle`);
    return {
      title: `hostile uploads (4 at once: 2 × ${rows.toLocaleString('vi-VN')}-row XLSX, 2 × 2 GB zip bombs) for ${seconds} s`,
      figures: [
        { name: 'GET /api/health p95 during hostile uploads', value: percentile(sorted(underLoad), 95), baseline: percentile(sorted(idle), 95), baselineName: 'idle p95', unit: 'ms', },
        { name: 'GET /api/health max during hostile uploads', value: Math.max(...underLoad), baseline: Math.max(...idle), baselineName: 'idle max', unit: 'ms' },
        { name: 'hostile upload answered (413), median', value: median(answers), baseline: median(idle), baselineName: 'idle health median', unit: 'ms' },
        { name: 'hostile upload answered (413), max', value: Math.max(...answers), baseline: median(idle), baselineName: 'idle health median', unit: 'ms' },
        { name: 'server resident memory (worker included) right after the hostile uploads', value: rssBusy, baseline: rssStart, baselineName: 'before any upload', unit: 'MB' },
      ],
    };
  } finally {
    await server.stop();
  }
}
