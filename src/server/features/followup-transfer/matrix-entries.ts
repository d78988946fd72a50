import { CSV_CONTENT_TYPE } from '../../../shared/api/participants.js';
import { only, provinceOf, type MatrixEntries } from '../../test-support/permission-matrix-kit.js';

/*
 * This feature's rows of the permission matrix: importing follow-up items is managing them
 * (followup.manage) in the province the import is for; another province's secretariat is refused
 * (403: the scope is the request's, no record's existence is revealed).
 */

const managers = only(['national_admin', 'national_officer', 'provincial_secretariat'], 'denied');
const matrixCsv = Buffer.from('Recommendation,Position\n"Continue to promote the rights of ethnic minorities (Lào)",Supported\n');
const planCsv = Buffer.from('STT,Nội dung nhiệm vụ,Thời hạn\n1,Tuyên truyền khuyến nghị UPR,Quý II/2025\n');
const csvHeaders = { 'content-type': CSV_CONTENT_TYPE, 'x-file-name': 'ma-tran.csv' };

export const matrixEntries: MatrixEntries = {
  'POST /api/followup-imports/upr/preview': {
    request: async (f, s) => ({ method: 'POST', url: `/api/followup-imports/upr/preview?uprCycle=4&itemDate=2024-09-26&provinceCode=${provinceOf(f, s)}`, headers: csvHeaders, payload: matrixCsv }),
    expect: managers,
  },
  'POST /api/followup-imports/plan/preview': {
    request: async (f, s) => ({
      method: 'POST',
      url: `/api/followup-imports/plan/preview?planNumber=12%2FKH-UBND&planDate=2025-01-02&provinceCode=${provinceOf(f, s)}`,
      headers: csvHeaders,
      payload: planCsv,
    }),
    expect: managers,
  },
  'POST /api/followup-imports/document/preview': {
    request: async (f, s) => ({
      method: 'POST',
      url: `/api/followup-imports/document/preview?uprCycle=4&itemDate=2024-09-26&provinceCode=${provinceOf(f, s)}`,
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'khuyen-nghi.txt' },
      payload: Buffer.from('1. Tăng cường giáo dục nhân quyền trong trường học (Lào).\n'),
    }),
    expect: managers,
  },
  'POST /api/followup-imports/commit': {
    request: async (f, s) => ({
      method: 'POST',
      url: '/api/followup-imports/commit',
      payload: {
        source: 'upr',
        fileName: 'ma-tran.csv',
        items: [{ rowNumber: 2, kind: 'upr', text: `Khuyến nghị thử ${Math.random()}`, itemDate: '2024-09-26', uprCycle: 4, uprPosition: 'accepted', provinceCode: provinceOf(f, s) }],
      },
    }),
    expect: managers,
  },
};
