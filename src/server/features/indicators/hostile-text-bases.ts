/**
 * Valid requests for this feature's routes, in the shape of the bases of
 * src/server/http/hostile-text.db.test.ts (which puts a NUL into every string of every route):
 * spread `...indicatorHostileBases(post)` into its `bases`. Each request makes its own records,
 * since the walk calls a route many times.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Caller = { admin: string };
type Post = (cookie: string, url: string, payload: Json) => Promise<Record<string, unknown>>;
type Base = { params?: (f: Caller) => Promise<Record<string, string>>; query?: Record<string, string>; bodies?: Array<(f: Caller) => Promise<Json>> };

let serial = 0;
const freshCode = () => `HOSTILE_${++serial}_${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
const definition = () => ({ nameVi: 'Số người khuyết tật được trợ giúp', nameEn: 'Persons with disabilities supported', unit: 'người', valueType: 'count', domain: 'persons_with_disabilities', aggregation: 'sum', sdgTarget: 'SDG 1.3.1', description: 'Trong kỳ báo cáo' });
/** A ratio, the other shape of an indicator: its parts have names. */
const ratioDefinition = () => ({ nameVi: 'Tỷ lệ hộ nghèo', nameEn: 'Poverty rate', unit: '%', valueType: 'ratio', decimals: 2, domain: 'poverty', aggregation: 'ratio', higherIsBetter: false, numeratorLabel: 'Số hộ nghèo', denominatorLabel: 'Tổng số hộ' });
const countBySex = () => ({ ...definition(), disaggregations: ['sex'] });
const formBody = (indicatorCode: string) => ({ name: 'Báo cáo 6 tháng đầu năm', unitKind: 'province', frequency: 'ytd6', deadlineDays: -15, indicators: [{ indicatorCode, required: true }] });

export function indicatorHostileBases(post: Post): Record<string, Base> {
  const indicatorCode = async (f: Caller) => String((await post(f.admin, '/api/indicators', { code: freshCode(), ...definition() })).code);
  const rule = async (f: Caller): Promise<Json> => ({ leftCode: await indicatorCode(f), operator: '<=', rightCode: await indicatorCode(f), severity: 'warning', message: 'Số nữ không vượt quá tổng số' });
  const formId = async (f: Caller) => String((await post(f.admin, '/api/report-forms', { code: freshCode(), ...formBody(await indicatorCode(f)) })).id);
  return {
    'GET /api/indicators': { query: { q: 'khuyết tật', domain: 'persons_with_disabilities', active: 'true' } },
    'GET /api/indicators/:code': { params: async (f) => ({ code: await indicatorCode(f) }) },
    'POST /api/indicators': { bodies: [async () => ({ code: freshCode(), ...countBySex() }), async () => ({ code: freshCode(), ...ratioDefinition() })] },
    'PUT /api/indicators/:code': {
      params: async (f) => ({ code: await indicatorCode(f) }),
      bodies: [async () => ({ ...countBySex(), version: 1 }), async () => ({ ...ratioDefinition(), version: 1 })],
    },
    'GET /api/indicator-rules': {},
    'POST /api/indicator-rules': { bodies: [rule] },
    'DELETE /api/indicator-rules/:id': { params: async (f) => ({ id: String((await post(f.admin, '/api/indicator-rules', await rule(f))).id) }) },
    'GET /api/report-forms': {},
    'GET /api/report-forms/:id': { params: async (f) => ({ id: await formId(f) }) },
    'POST /api/report-forms': { bodies: [async (f) => ({ code: freshCode(), ...formBody(await indicatorCode(f)) })] },
    'PUT /api/report-forms/:id': { params: async (f) => ({ id: await formId(f) }), bodies: [async (f) => ({ ...formBody(await indicatorCode(f)), version: 1 })] },
  };
}
