import { describe, expect, it } from 'vitest';
import { mapFigures } from './map-figures.js';
import { proposeFromDocument } from './propose.js';
import { bacNinhReport, binhDinhReport } from './sample-reports.js';
import { starterFormIndicators } from './testing.js';

const formIndicators = starterFormIndicators;

const propose = (text: string, tables = [] as { rows: string[][] }[]) =>
  proposeFromDocument({ fileKind: 'txt', text, rejoinLines: false, tables, pageCount: null, warnings: [] }, '2026-12-01');

describe('figures of a report proposed as catalogue indicators', () => {
  it('maps each sentence figure of a six-month report to the form’s indicator it states, money in đồng', () => {
    const mapped = mapFigures(propose(bacNinhReport).figures, formIndicators('TINH_6T'));
    const by = (value: number) => mapped.find((f) => f.value === value)!;
    expect(by(7215).indicatorCode).toBe('VL_GQVL');
    expect(by(1.12).indicatorCode).toBe('GN_HO_NGHEO_TL');
    expect(by(93.8).indicatorCode).toBe('YT_BHYT_TL');
    expect(by(15420).indicatorCode).toBe('ASXH_QUA_TANG');
    expect(by(7_500_000_000)).toMatchObject({ indicatorCode: 'ASXH_QUA_TANG_TIEN', unit: 'đồng' });
  });

  it('maps a year report’s figures to the year form, including those only that form holds', () => {
    const mapped = mapFigures(propose(binhDinhReport).figures, formIndicators('TINH_NAM'));
    expect(mapped.map((f) => [f.value, f.indicatorCode])).toEqual(
      expect.arrayContaining([
        [21350, 'VL_DAO_TAO_NGHE'],
        [3.4, 'GN_HO_NGHEO_TL'],
        [12, 'TE_XAM_HAI_VU'],
        [1036, 'TP_TRO_GIUP_PHAP_LY'],
      ]),
    );
  });

  it('pre-ticks one figure per indicator, the table’s cell over the sentence repeating it, and says why the other is left', () => {
    const tables = [{ rows: [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ['Số lao động được giải quyết việc làm', 'người', '12.000', '7.215']] }];
    const jobs = mapFigures(propose(bacNinhReport, tables).figures, formIndicators('TINH_6T')).filter((f) => f.indicatorCode === 'VL_GQVL');
    expect(jobs.map((f) => [f.evidence.kind, f.repeats ?? false, f.warning])).toEqual([
      ['table', false, null],
      ['text', true, 'Chỉ tiêu này đã có số liệu ở bảng 1, dòng 2, cùng giá trị; mỗi chỉ tiêu chỉ lưu một giá trị.'],
    ]);
  });

  it('flags a value its indicator cannot take and a figure no indicator matches', () => {
    const report = bacNinhReport.replace('Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,8%.', 'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 193,8%. Toàn tỉnh có 45 câu lạc bộ dưỡng sinh.');
    const mapped = mapFigures(propose(report).figures, formIndicators('TINH_6T'));
    expect(mapped.find((f) => f.value === 193.8)!.warning).toBe('YT_BHYT_TL: Tỷ lệ phải từ 0 đến 100.');
  });
});
