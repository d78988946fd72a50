/**
 * Valid requests for this feature's routes, in the shape of the bases of
 * src/server/http/hostile-text.db.test.ts (which puts a NUL into every string of every route):
 * spread `...indicatorTransferHostileBases(post)` into its `bases`.
 *
 * The walk's query strings are fixed, so the routes that take a form in the query name one that
 * does not exist: their valid answer is the "unknown form" refusal (404), reached after every text check.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Caller = { admin: string };
type Post = (cookie: string, url: string, payload: Json) => Promise<Record<string, unknown>>;
type Base = {
  params?: (f: Caller) => Promise<Record<string, string>>;
  query?: Record<string, string>;
  bodies?: Array<(f: Caller) => Promise<Json>>;
  raw?: { contentType: string; payload: string; fileName: string };
  status?: number;
};

let serial = 0;
const fresh = () => `HOSTILE_T${++serial}_${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
const unknownForm = '00000000-0000-4000-8000-000000000000';

export function indicatorTransferHostileBases(post: Post): Record<string, Base> {
  const report = async (f: Caller) => {
    const code = String((await post(f.admin, '/api/indicators', { code: fresh(), nameVi: 'Số hộ nghèo được hỗ trợ nhà ở', unit: 'hộ', valueType: 'count', domain: 'housing', aggregation: 'sum' })).code);
    const form = await post(f.admin, '/api/report-forms', { code: fresh(), name: 'Báo cáo năm', unitKind: 'province', frequency: 'year', deadlineDays: 15, indicators: [{ indicatorCode: code, required: false }] });
    const r = await post(f.admin, '/api/indicator-reports', { formId: String(form.id), unitKind: 'province', unitCode: '04', period: '2024' });
    return { id: String(r.id), formId: String(form.id), code };
  };
  return {
    'GET /api/indicator-transfer/template': { query: { formId: unknownForm, unitKind: 'province', unitCode: '04', period: '2024-Q2' }, status: 404 },
    'POST /api/indicator-transfer/import': {
      query: { formId: unknownForm },
      raw: { contentType: 'text/csv; charset=utf-8', payload: 'unit_kind,unit_code,period,indicator_code,part,value,target\nprovince,04,2024,HO_NGHEO,,12,10\n', fileName: 'so-lieu.csv' },
      status: 404,
    },
    'GET /api/indicator-transfer/export': { query: { formId: unknownForm, period: '2024', provinceCode: '04', unitKind: 'province', status: 'draft', format: 'csv' }, status: 404 },
    'GET /api/indicator-transfer/reports/:id/export': { params: async (f) => ({ id: (await report(f)).id }), query: { format: 'csv' } },
    'GET /api/indicator-transfer/figure-sources': { query: { q: 'hoa binh', page: '1', pageSize: '20' } },
    'GET /api/indicator-transfer/figures': { query: { documentId: unknownForm } },
    'POST /api/indicator-transfer/figures/send': {
      bodies: [async (f) => ({ formId: (await report(f)).formId, period: '2024', unitKind: 'province', unitCode: '04', mappings: [{ figureId: unknownForm, indicatorCode: 'HO_NGHEO', part: '' }] })],
      status: 400,
    },
  };
}
