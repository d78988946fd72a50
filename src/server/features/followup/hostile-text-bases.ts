/**
 * Valid requests for this feature's routes, in the shape of the bases of
 * src/server/http/hostile-text.db.test.ts (which puts a NUL into every string of every route):
 * spread `...followupHostileBases(post)` into its `bases`. Each request makes its own item through
 * the API as the national administrator, since the walk edits, closes and deletes them.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Caller = { admin: string; organisationId: string; fileId: string };
type Post = (cookie: string, url: string, payload: Json) => Promise<Record<string, unknown>>;
type Base = { params?: (f: Caller) => Promise<Record<string, string>>; query?: Record<string, string>; bodies?: Array<(f: Caller) => Promise<Json>>; status?: number };

let serial = 0;
const fresh = () => `HOSTILE_FU${++serial}_${Math.random().toString(36).slice(2, 8).toUpperCase()}`;

/** Every field of the form filled, so each string gets its NUL. */
const fields = (f: Caller, visitId: string, partnerId: string): { [key: string]: Json } => ({
  kind: 'upr',
  nature: 'recommendation',
  reference: 'UPR IV 45.12',
  text: 'Tiếp tục bảo đảm quyền của người dân tộc thiểu số tại Cao Bằng',
  leadOrganisationId: f.organisationId,
  cooperatingOrganisationIds: [partnerId],
  provinceCode: '04',
  itemDate: '2024-01-10',
  dueDate: '2026-12-31',
  visitId,
  uprCycle: 4,
  uprPosition: 'accepted',
  recommendingStates: ['Cộng hòa Pháp'],
  treaty: 'CERD',
  session: 'Phiên 107',
  paragraph: '23',
  planNumber: '45/KH-UBND',
  planDate: '2024-01-05',
  planTitle: 'Kế hoạch thực hiện khuyến nghị UPR chu kỳ IV',
  themes: ['ethnic_minorities'],
  sdgs: ['10.3'],
  affectedPersons: ['Người dân tộc thiểu số'],
});

export function followupHostileBases(post: Post): Record<string, Base> {
  const visit = async (f: Caller) =>
    String((await post(f.admin, '/api/working-visits', { title: 'Đoàn công tác khảo sát', startDate: '2023-04-20', provinceCode: '04', leadOrganisationId: f.organisationId, visitedUnits: [], members: [] })).id);
  const partner = async (f: Caller) => String((await post(f.admin, '/api/organisations', { name: `Sở Nội vụ ${fresh()}`, kind: 'department', provinceCode: '04' })).id);
  const form = async (f: Caller) => fields(f, await visit(f), await partner(f));
  const item = async (f: Caller, over: { [key: string]: Json } = {}) => {
    const r = await post(f.admin, '/api/followup-items', { ...(await form(f)), ...over });
    return { id: String(r.id), version: Number(r.version) };
  };
  const indicator = async (f: Caller) =>
    String((await post(f.admin, '/api/indicators', { code: fresh(), nameVi: 'Tỷ lệ hộ nghèo', unit: '%', valueType: 'percent', domain: 'work', aggregation: 'none' })).code);
  // The walk builds a body before the path: the body names its item in `_id`.
  const onItem = (body: (f: Caller, version: number) => Promise<{ [key: string]: Json }>, over: { [key: string]: Json } = {}): Base => ({
    bodies: [
      async (f) => {
        const i = await item(f, over);
        return { _id: i.id, ...(await body(f, i.version)) };
      },
    ],
  });
  const listQuery = { kind: 'upr', status: 'not_started', uprCycle: '4', treaty: 'CERD', theme: 'ethnic_minorities', provinceCode: '04', level: 'provincial', overdue: 'false', dueSoon: 'false', waiting: 'true', q: 'Hòa Bình', sort: 'due_asc' };
  return {
    'GET /api/followup-items': { query: { ...listQuery, page: '1', pageSize: '20' } },
    'GET /api/followup-items.xlsx': { query: listQuery },
    'GET /api/followup-map': { query: { kind: 'upr', uprCycle: '4', treaty: 'CERD', theme: 'ethnic_minorities' } },
    'GET /api/followup-items/:id': { params: async (f) => ({ id: (await item(f)).id }) },
    'POST /api/followup-items': { bodies: [form] },
    'PUT /api/followup-items/:id': onItem(async (f, version) => ({ ...(await form(f)), version })),
    'DELETE /api/followup-items/:id': { params: async (f) => ({ id: (await item(f)).id }) },
    'POST /api/followup-items/:id/status': onItem(async (_f, version) => ({ status: 'done', note: 'Đã hoàn thành theo kế hoạch', entryDate: '2024-06-01', version })),
    'POST /api/followup-items/:id/progress': onItem(async (f) => ({
      entryDate: '2024-06-01',
      text: 'Đã tổ chức 3 lớp tập huấn',
      fileIds: [f.fileId],
      indicators: [{ indicatorCode: await indicator(f), period: '2024-Q2' }],
    })),
    'POST /api/followup-items/:id/assign': onItem(async (f) => ({ provinceCodes: ['04'], dueDate: '2026-06-30', leadOrganisationIds: { '04': f.organisationId } }), { provinceCode: null, visitId: null }),
    'POST /api/followup-items/from-conference': {
      bodies: [
        async (f) => {
          const c = await post(f.admin, '/api/conferences', {
            title: 'Hội nghị tập huấn công tác nhân quyền',
            level: 'provincial',
            provinceCode: '04',
            startDate: '2024-06-13',
            format: 'in_person',
            status: 'held',
            outcomes: [{ kind: 'direction', text: 'Tổ chức quán triệt nội dung hội nghị', responsibleOrganisationId: f.organisationId }],
          });
          return { conferenceId: String(c.id), outcomeIds: (c.outcomes as Array<{ id: string }>).map((o) => o.id) };
        },
      ],
    },
  };
}
