/**
 * Valid requests for this feature's routes, in the shape of the bases of
 * src/server/http/hostile-text.db.test.ts (which puts a NUL into every string of every route):
 * spread `...transparencyHostileBases()` into its `bases`. The walk takes the routes in the order
 * they were registered: the PUT publishes province 04 before the public page of 04 is read.
 */
type Base = { params?: () => Promise<Record<string, string>>; query?: Record<string, string>; bodies?: Array<() => Promise<{ published: boolean }>> };

const province = async () => ({ provinceCode: '04' });

export function transparencyHostileBases(): Record<string, Base> {
  return {
    'GET /api/transparency/settings': {},
    'GET /api/transparency/settings/:provinceCode': { params: province },
    'PUT /api/transparency/settings/:provinceCode': { params: province, bodies: [async () => ({ published: true })] },
    'GET /api/public/provinces': {},
    'GET /api/public/provinces/:provinceCode': { params: province },
  };
}
