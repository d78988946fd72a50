import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultIntakeLimits } from '../intake/read/limits.js';
import { runJob } from './read-job.js';
import { scannedPdf } from './testing.js';

const read = async (bytes: Uint8Array, fileName: string) => {
  const r = await runJob({ bytes, fileName, limits: defaultIntakeLimits, today: '2026-12-01' });
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('reading a report from PDF and Excel', () => {
  it('reads a year report printed to PDF: its header, sections and the rows of its results table with plan and result', async () => {
    const pdf = new Uint8Array(fs.readFileSync(new URL('../../../../fixtures/intake-reports/binh-dinh-2024.pdf', import.meta.url)));
    const { fileKind, proposal: p } = await read(pdf, 'binh-dinh-2024.pdf');
    expect(fileKind).toBe('pdf');
    expect(p).toMatchObject({ documentKind: 'provincial_report', provinceName: 'Bình Định', period: '2024', reportNumber: '211/BC-UBND', pageCount: 1 });
    const cells = p.figures.filter((f) => f.evidence.kind === 'table');
    expect(cells.map((f) => [f.label, f.unit, f.target, f.value])).toEqual([
      ['Số người được tuyển sinh, đào tạo nghề', 'người', 20000, 21350],
      ['Số vụ việc trợ giúp pháp lý đã thực hiện', 'vụ việc', 1000, 1036],
    ]);
    expect(p.followups.map((f) => f.nature)).toEqual(['limitation', 'limitation', 'direction', 'direction']);
  });

  it('reads an Excel results sheet with a report heading as a report of its province and period', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    ws.addRow(['UBND TỈNH BẮC NINH']);
    ws.addRow(['BÁO CÁO']);
    ws.addRow(['Kết quả thực hiện các chỉ tiêu bảo đảm quyền con người 6 tháng đầu năm 2026']);
    ws.addRow(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm', 'Thực hiện 6 tháng']);
    ws.addRow([1, 'Số lao động được giải quyết việc làm', 'người', 12000, 7215]);
    ws.addRow([2, 'Tỷ lệ tham gia bảo hiểm xã hội bắt buộc', '%', null, 96.4]);
    const { fileKind, proposal: p } = await read(new Uint8Array(await wb.xlsx.writeBuffer()), 'bieu-01.xlsx');
    expect(fileKind).toBe('xlsx');
    expect(p).toMatchObject({ documentKind: 'provincial_report', provinceName: 'Bắc Ninh', period: '2026-YTD06' });
    expect(p.figures.map((f) => [f.value, f.target, f.evidence.kind === 'table' ? f.evidence.quote : null])).toEqual([
      [7215, 12000, 'Số lao động được giải quyết việc làm (người) Thực hiện 6 tháng: 7215'],
      [96.4, null, 'Tỷ lệ tham gia bảo hiểm xã hội bắt buộc (%) Thực hiện 6 tháng: 96,4'],
    ]);
  });

  it('refuses a scanned PDF naming its page count, one page or many', async () => {
    for (const [pages, start] of [[1, 'Tệp PDF có 1 trang nhưng trang này không có lớp chữ'], [12, 'Tệp PDF có 12 trang nhưng không trang nào có lớp chữ']] as const) {
      const r = await runJob({ bytes: new Uint8Array(scannedPdf(pages)), fileName: 'scan.pdf', limits: defaultIntakeLimits, today: '2026-12-01' });
      expect(r).toMatchObject({ ok: false, code: 'no_text' });
      expect((r as { message: string }).message.startsWith(start)).toBe(true);
    }
  });
});
