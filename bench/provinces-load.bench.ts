// p95 latency of `GET /api/provinces?q=` under load (autocannon, 10 connections) beside
// `GET /api/health` on the same server in the same run. The server is a separate process on a
// fresh PGlite data directory (a tiny run copies the test suite's prepared one), signed in as the first administrator.
// Knobs: BENCH_SECONDS (10; tiny: 0,3) of load on each path.
import autocannon from 'autocannon';
import { knob, preparedSources, type BenchContext, type BenchResult } from './support/bench.js';
import { percentile } from './support/report.js';
import { startServer } from './support/server.js';

const password = 'bench-admin-password-2025';
const queries = ['hoa binh', 'dak lak', 'ha', 'tphcm'];

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const seconds = knob(ctx, 'BENCH_SECONDS', 10, 0.3);
  const server = await startServer({ ADMIN_EMAIL: 'load-test@rights-desk.local', ADMIN_PASSWORD: password }, preparedSources(ctx));
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'load-test@rights-desk.local', password }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!login.ok || !cookie) throw new Error(`sign-in failed: ${login.status}`);

    const load = async (path: string) => {
      const latencies: number[] = [];
      let non2xx = 0;
      // The callback form returns the instance, whose 'response' events carry each request's latency
      // (autocannon's own summary has p90 and p97.5 but no p95).
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon({ url: `${server.url}${path}`, connections: 10, duration: seconds, headers: { cookie } }, (err, res) =>
          err ? reject(err) : resolve(res),
        );
        instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
          latencies.push(ms);
          if (status >= 300) non2xx++;
        });
      });
      latencies.sort((a, b) => a - b);
      if (non2xx) throw new Error(`${path}: ${non2xx} responses were not 2xx`);
      if (latencies.length === 0) throw new Error(`${path}: no response in ${seconds} s`);
      return { p95: percentile(latencies, 95), p50: percentile(latencies, 50), rps: result.requests.average };
    };

    const paths = ['/api/health', `/api/provinces?q=${encodeURIComponent(queries[0]!)}`, '/api/provinces'];
    // One request each first: routes compiled and caches filled before the clock starts.
    for (const p of paths) {
      const res = await fetch(`${server.url}${p}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`GET ${p}: ${res.status}`);
      await res.arrayBuffer();
    }
    const health = await load('/api/health');
    const search = await load(`/api/provinces?q=${encodeURIComponent(queries[0]!)}`);
    const list = await load('/api/provinces');
    return {
      title: `provinces under load (${seconds} s each, 10 connections)`,
      figures: [
        { name: 'GET /api/provinces?q=hoa+binh p95', value: search.p95, baseline: health.p95, baselineName: 'GET /api/health p95', unit: 'ms' },
        { name: 'GET /api/provinces (all 34) p95', value: list.p95, baseline: health.p95, baselineName: 'GET /api/health p95', unit: 'ms' },
        { name: 'GET /api/provinces?q=hoa+binh throughput', value: search.rps, baseline: health.rps, baselineName: 'GET /api/health', unit: 'req/s' },
      ],
    };
  } finally {
    await server.stop();
  }
}
