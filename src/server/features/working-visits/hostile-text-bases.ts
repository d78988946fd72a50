/**
 * Valid requests for this feature's routes, in the shape of the bases of
 * src/server/http/hostile-text.db.test.ts (which puts a NUL into every string of every route):
 * spread `...workingVisitHostileBases(post)` into its `bases`. Each request makes its own visit
 * through the API as the national administrator, since the walk edits and deletes them.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Caller = { admin: string; organisationId: string };
type Post = (cookie: string, url: string, payload: Json) => Promise<Record<string, unknown>>;
type Base = { params?: (f: Caller) => Promise<Record<string, string>>; query?: Record<string, string>; bodies?: Array<(f: Caller) => Promise<Json>>; status?: number };

const fields = (f: Caller): { [key: string]: Json } => ({
  title: 'Đoàn công tác khảo sát công tác nhân quyền tại Công an tỉnh',
  startDate: '2023-04-20',
  endDate: '2023-04-21',
  provinceCode: '04',
  leadOrganisationId: f.organisationId,
  visitedUnits: [{ organisationId: f.organisationId, name: 'Công an tỉnh' }],
  members: [{ name: 'Nguyễn Văn Kỷ', position: 'Phó Chánh Văn phòng Thường trực', organisationId: f.organisationId }],
  purpose: 'Khảo sát, kiểm tra, hướng dẫn',
  findings: 'Phối hợp chưa thường xuyên',
});
const recommendation = (f: Caller): { [key: string]: Json } => ({ nature: 'recommendation', text: 'Tăng cường phối hợp', leadOrganisationId: f.organisationId, dueDate: '2023-12-31' });

export function workingVisitHostileBases(post: Post): Record<string, Base> {
  const visit = async (f: Caller) => {
    const v = await post(f.admin, '/api/working-visits', fields(f));
    return { id: String(v.id), version: Number(v.version) };
  };
  const id = async (f: Caller) => ({ id: (await visit(f)).id });
  return {
    'GET /api/working-visits': { query: { provinceCode: '04', level: 'provincial', year: '2023', q: 'cong an' } },
    'GET /api/working-visits/:id': { params: id },
    'POST /api/working-visits': { bodies: [async (f) => ({ ...fields(f), recommendations: [recommendation(f)] })] },
    // The walk builds a body before the path: the body names its visit in `_id`.
    'PUT /api/working-visits/:id': {
      bodies: [
        async (f) => {
          const v = await visit(f);
          return { _id: v.id, ...fields(f), version: v.version };
        },
      ],
    },
    'DELETE /api/working-visits/:id': { params: id },
    'POST /api/working-visits/:id/recommendations': { bodies: [async (f) => ({ _id: (await visit(f)).id, recommendations: [recommendation(f)] })] },
  };
}
