/**
 * Valid requests for this feature's routes, in the shape of the bases of
 * src/server/http/hostile-text.db.test.ts (which puts a NUL into every string of every route):
 * spread `...followupTransferHostileBases()` into its `bases`.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Base = {
  query?: Record<string, string>;
  bodies?: Array<() => Promise<Json>>;
  raw?: { contentType: string; payload: string; fileName: string };
  status?: number;
};

export function followupTransferHostileBases(): Record<string, Base> {
  return {
    'POST /api/followup-imports/upr/preview': {
      query: { uprCycle: '4', itemDate: '2024-09-26', mapping: '{"text":0,"position":1}' },
      raw: { contentType: 'text/csv; charset=utf-8', payload: 'Khuyến nghị,Lập trường\n"Tăng cường bình đẳng giới (Lào)",Chấp thuận\n', fileName: 'ma-tran.csv' },
    },
    'POST /api/followup-imports/plan/preview': {
      query: { planNumber: '12/KH-UBND', planDate: '2025-01-02', planTitle: 'Kế hoạch thực hiện khuyến nghị' },
      raw: { contentType: 'text/csv; charset=utf-8', payload: 'STT,Nội dung nhiệm vụ,Thời hạn\n1,Tuyên truyền khuyến nghị,Quý II/2025\n', fileName: 'ke-hoach.csv' },
    },
    'POST /api/followup-imports/document/preview': {
      query: { uprCycle: '4', itemDate: '2024-09-26' },
      raw: { contentType: 'application/octet-stream', payload: '1. Tăng cường giáo dục nhân quyền (Lào).\n', fileName: 'khuyen-nghi.txt' },
    },
    'POST /api/followup-imports/commit': {
      bodies: [
        async () => ({
          source: 'upr',
          fileName: 'ma-tran.csv',
          items: [
            {
              rowNumber: 2,
              kind: 'upr',
              text: `Tăng cường bình đẳng giới ${Math.random()}`,
              reference: 'UPR IV 45.1',
              paragraph: '45.1',
              itemDate: '2024-09-26',
              uprCycle: 4,
              uprPosition: 'accepted',
              recommendingStates: ['Lào'],
              affectedPersons: ['phụ nữ'],
              sdgs: ['5'],
            },
          ],
        }),
      ],
    },
  };
}
