/**
 * Valid requests for this feature's routes, in the shape of the bases of
 * src/server/http/hostile-text.db.test.ts (which puts a NUL into every string of every route):
 * spread `...indicatorDashboardHostileBases()` into its `bases`. The dashboards only read; the
 * walk's queries are fixed and its database has no catalogue, so the overview and the pivot ask
 * for every indicator (an empty answer), and the trend names an indicator that does not exist
 * (its valid answer is that refusal, reached after every text check).
 */
type Base = { query?: Record<string, string>; status?: number };

const overview = { period: '2024', stage: 'approved' };
const trend = { indicator: 'LD.VIECLAM', frequency: 'year', fromYear: '2020', toYear: '2024', province: '04', stage: 'submitted' };
const pivot = { rows: 'province', columns: 'indicator', year: '2024', frequency: 'quarter', period: '2024-Q2', provinces: '04,79', stage: 'approved' };

export function indicatorDashboardHostileBases(): Record<string, Base> {
  return {
    'GET /api/indicator-dashboards/overview': { query: overview },
    'GET /api/indicator-dashboards/overview/export': { query: { ...overview, format: 'csv' } },
    'GET /api/indicator-dashboards/trend': { query: trend, status: 400 },
    'GET /api/indicator-dashboards/trend/export': { query: { ...trend, format: 'xlsx' }, status: 400 },
    'GET /api/indicator-dashboards/pivot': { query: pivot },
    'GET /api/indicator-dashboards/pivot/export': { query: { ...pivot, format: 'csv' } },
  };
}
