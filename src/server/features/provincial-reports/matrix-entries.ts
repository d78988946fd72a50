import { roles } from '../../../shared/auth/permissions.js';
import { only, provinceOf, type MatrixEntries } from '../../test-support/permission-matrix-kit.js';

/**
 * This feature's rows of the permission matrix. Every role reads follow-up (followup.read), so
 * every role gets its own province's report and a 404 for another's; national roles get any
 * province's and the national synthesis, which provincial accounts are refused.
 */
const national = only(['national_admin', 'national_officer'], 'denied');

export const matrixEntries: MatrixEntries = {
  'GET /api/provincial-reports/:provinceCode.docx': {
    request: async (f, s) => ({ method: 'GET', url: `/api/provincial-reports/${provinceOf(f, s)}.docx?year=2024` }),
    expect: only(roles),
  },
  'GET /api/provincial-reports/:provinceCode/preview': {
    request: async (f, s) => ({ method: 'GET', url: `/api/provincial-reports/${provinceOf(f, s)}/preview?period=2024-YTD06` }),
    expect: only(roles),
  },
  'GET /api/provincial-reports/national.docx': { request: async () => ({ method: 'GET', url: '/api/provincial-reports/national.docx?year=2024' }), expect: national },
  'GET /api/provincial-reports/national/preview': { request: async () => ({ method: 'GET', url: '/api/provincial-reports/national/preview?year=2024' }), expect: national },
};
