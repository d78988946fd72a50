/**
 * Valid requests for this feature's routes, in the shape of the bases of
 * src/server/http/hostile-text.db.test.ts (which puts a NUL into every string of every route):
 * spread `...indicatorReportHostileBases(post)` into its `bases`. Each request makes its own
 * form and report through the API as the national administrator, since the walk calls a route
 * many times and each call moves a report's version on.
 *
 * The walk has one caller, and nobody approves what they submitted: return, approve and reopen
 * are sent on a draft, whose valid answer is 409 (wrong status) after every text check passed.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Caller = { admin: string };
type Post = (cookie: string, url: string, payload: Json) => Promise<Record<string, unknown>>;
type Base = { params?: (f: Caller) => Promise<Record<string, string>>; query?: Record<string, string>; bodies?: Array<(f: Caller) => Promise<Json>>; status?: number };

let serial = 0;
const fresh = () => `HOSTILE_R${++serial}_${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
const period = '2024-Q2';

export function indicatorReportHostileBases(post: Post): Record<string, Base> {
  const formId = async (f: Caller) => {
    const code = String((await post(f.admin, '/api/indicators', { code: fresh(), nameVi: 'Số lao động được giải quyết việc làm', unit: 'người', valueType: 'count', domain: 'work', aggregation: 'sum' })).code);
    const form = await post(f.admin, '/api/report-forms', { code: fresh(), name: 'Báo cáo quý', unitKind: 'province', frequency: 'quarter', deadlineDays: 15, indicators: [{ indicatorCode: code, required: false }] });
    return { formId: String(form.id), code };
  };
  const report = async (f: Caller) => {
    const { formId: id, code } = await formId(f);
    const r = await post(f.admin, '/api/indicator-reports', { formId: id, unitKind: 'province', unitCode: '04', period });
    return { id: String(r.id), version: Number(r.version), code };
  };
  // The walk builds a body before the path: the body names its report in `_id`.
  const onReport = (body: (r: { version: number; code: string }) => Record<string, Json>, status?: number): Base => ({
    bodies: [
      async (f) => {
        const r = await report(f);
        return { _id: r.id, ...body(r) };
      },
    ],
    ...(status ? { status } : {}),
  });
  return {
    'GET /api/indicator-reporting-units': { query: { formId: '00000000-0000-4000-8000-000000000000', q: 'Cao Bằng', period: '2024-Q2', provinceCode: '04' }, status: 400 },
    'POST /api/indicator-reports': { bodies: [async (f) => ({ formId: (await formId(f)).formId, unitKind: 'province', unitCode: '04', period })] },
    'GET /api/indicator-reports': { query: { period: '2024-Q2', status: 'draft', unitKind: 'province', provinceCode: '04', waiting: 'true' } },
    'GET /api/indicator-reports/:id': { params: async (f) => ({ id: (await report(f)).id }) },
    'PUT /api/indicator-reports/:id/values': onReport((r) => ({ version: r.version, values: [{ indicatorCode: r.code, part: '', value: 120, target: 100, comment: 'Theo báo cáo của Sở' }] })),
    'POST /api/indicator-reports/:id/submit': onReport((r) => ({ version: r.version })),
    'POST /api/indicator-reports/:id/return': onReport((r) => ({ version: r.version, reason: 'Thiếu số liệu theo giới tính' }), 409),
    'POST /api/indicator-reports/:id/approve': onReport((r) => ({ version: r.version }), 409),
    'POST /api/indicator-reports/:id/reopen': onReport((r) => ({ version: r.version, reason: 'Điều chỉnh theo số liệu chính thức' }), 409),
    'GET /api/indicator-completeness': { query: { formId: '00000000-0000-4000-8000-000000000000', period: '2024-Q2', provinceCode: '04' }, status: 400 },
  };
}
