import { roles } from '../../../shared/auth/permissions.js';
import { everyone, only, provinceOf, type Fixture, type MatrixEntries } from '../../test-support/permission-matrix-kit.js';
import { addIndicators } from './testing.js';

/** The dashboards' indicator; added by the first request that needs it. */
const code = 'MATRIX_DASH';
const withIndicator = async (f: Fixture) => addIndicators(f.t.database.db, [{ code }]);

/**
 * This feature's rows of the permission matrix. Every role reads the dashboards (national
 * figures are everyone's); a provincial account asking for another province's trend or pivot is
 * refused (403), while its overview simply leaves the other provinces out.
 */
export const matrixEntries: MatrixEntries = {
  'GET /api/indicator-dashboards/overview': {
    request: async () => ({ method: 'GET', url: '/api/indicator-dashboards/overview?period=2024' }),
    expect: everyone(),
  },
  'GET /api/indicator-dashboards/overview/export': {
    request: async () => ({ method: 'GET', url: '/api/indicator-dashboards/overview/export?period=2024&format=csv' }),
    expect: everyone(),
  },
  'GET /api/indicator-dashboards/trend': {
    request: async (f, s) => {
      await withIndicator(f);
      return { method: 'GET', url: `/api/indicator-dashboards/trend?indicator=${code}&frequency=year&fromYear=2023&toYear=2024&province=${provinceOf(f, s)}` };
    },
    expect: only(roles, 'denied'),
  },
  'GET /api/indicator-dashboards/trend/export': {
    request: async (f, s) => {
      await withIndicator(f);
      return { method: 'GET', url: `/api/indicator-dashboards/trend/export?indicator=${code}&frequency=year&fromYear=2023&toYear=2024&province=${provinceOf(f, s)}` };
    },
    expect: only(roles, 'denied'),
  },
  'GET /api/indicator-dashboards/pivot': {
    request: async (f, s) => ({ method: 'GET', url: `/api/indicator-dashboards/pivot?rows=period&columns=indicator&year=2024&frequency=quarter&provinces=${provinceOf(f, s)}` }),
    expect: only(roles, 'denied'),
  },
  'GET /api/indicator-dashboards/pivot/export': {
    request: async (f, s) => ({ method: 'GET', url: `/api/indicator-dashboards/pivot/export?rows=period&columns=indicator&year=2024&frequency=quarter&provinces=${provinceOf(f, s)}&format=xlsx` }),
    expect: only(roles, 'denied'),
  },
};
