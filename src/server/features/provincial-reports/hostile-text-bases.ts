/**
 * Valid requests for this feature's routes, in the shape of the bases of
 * src/server/http/hostile-text.db.test.ts (which puts a NUL into every string of every route):
 * spread `...provincialReportHostileBases()` into its `bases`. The reports only read.
 */
type Base = { params?: () => Promise<Record<string, string>>; query?: Record<string, string> };

const province = async () => ({ provinceCode: '04' });

export function provincialReportHostileBases(): Record<string, Base> {
  return {
    'GET /api/provincial-reports/:provinceCode.docx': { params: province, query: { period: '2024-YTD06' } },
    'GET /api/provincial-reports/:provinceCode/preview': { params: province, query: { year: '2024' } },
    'GET /api/provincial-reports/national.docx': { query: { period: '2024' } },
    'GET /api/provincial-reports/national/preview': { query: { year: '2024' } },
  };
}
