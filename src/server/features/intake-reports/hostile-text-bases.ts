import type { Db } from '../../db/client.js';
import { installStarterCatalogue } from '../indicators/starter-catalogue.js';
import { insertReportDocument } from './testing.js';

/**
 * Valid requests for this feature's routes, in the shape of the bases of
 * src/server/http/hostile-text.db.test.ts: spread `...intakeReportHostileBases(() => t.database.db)`
 * into its `bases`. Each call gets a fresh document of Cao Bằng (04), named in the body's `_id`.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Base = {
  params?: () => Promise<Record<string, string>>;
  bodies?: Array<() => Promise<Json>>;
  raw?: { contentType: string; payload: string; fileName: string };
};

export function intakeReportHostileBases(db: () => Db): Record<string, Base> {
  // The report's figures go into the starter six-month form (installed once; it never overwrites).
  let installed = false;
  const fresh = async (kind?: 'recommendation_list') => {
    if (!installed) await installStarterCatalogue(db());
    installed = true;
    return (await insertReportDocument(db(), { provinceCode: '04', kind })).id;
  };
  return {
    'POST /api/intake-reports/documents': {
      raw: { contentType: 'application/octet-stream', payload: 'BÁO CÁO\nSơ kết công tác bảo đảm quyền con người 6 tháng đầu năm 2026\nSố: 12/BC-BCĐ\n', fileName: 'bao-cao.txt' },
    },
    'GET /api/intake-reports/documents': {},
    'GET /api/intake-reports/documents/:id': { params: async () => ({ id: await fresh() }) },
    'POST /api/intake-reports/documents/:id/save-report': {
      bodies: [
        async () => ({
          _id: await fresh(),
          version: 1,
          figures: [{ key: 't1', indicatorCode: 'VL_GQVL', value: 7215, target: 12000 }],
          followups: [{ key: 'p1', text: 'Công tác tuyên truyền ở một số xã còn hạn chế.', nature: 'limitation', kind: 'plan', dueDate: '2026-12-31' }],
        }),
      ],
    },
    'POST /api/intake-reports/documents/:id/save-recommendations': {
      bodies: [async () => ({ _id: await fresh('recommendation_list'), version: 1, uprCycle: 4, itemDate: '2024-09-26', rows: [1], details: [{ row: 1, kind: 'upr', dueDate: '2025-06-30' }] })],
    },
    'POST /api/intake-reports/documents/:id/drop': { bodies: [async () => ({ _id: await fresh(), version: 1 })] },
  };
}
