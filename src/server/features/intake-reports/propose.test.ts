import { describe, expect, it } from 'vitest';
import { proposeFromDocument, type ReadReport } from './propose.js';
import { bacNinhReport, binhDinhReport, planDocument, trainingArticle, treatyList, uprList, visitConclusions } from './sample-reports.js';

const read = (text: string, tables: ReadReport['tables'] = []): ReadReport => ({ fileKind: 'txt', text, rejoinLines: false, tables, pageCount: null, warnings: [] });
const today = '2026-12-01';

describe('recognising what an upload is', () => {
  it('takes a six-month provincial report for a report of its province and period, saying why', () => {
    const p = proposeFromDocument(read(bacNinhReport), today);
    expect(p.documentKind).toBe('provincial_report');
    expect(p.recognisedBy).toEqual(expect.arrayContaining(['tiêu đề “BÁO CÁO”', 'số hiệu báo cáo “47/BC-BCĐ”', 'kỳ báo cáo “6 tháng đầu năm 2026”']));
    expect(p).toMatchObject({ provinceName: 'Bắc Ninh', unitKind: 'province', period: '2026-YTD06', reportNumber: '47/BC-BCĐ', reportDate: '2026-06-12' });
    expect(p.title).toBe('Báo cáo Sơ kết công tác bảo đảm quyền con người 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026');
  });

  it('files a 2024 year-end report under the old province and its year, with the province it merged into', () => {
    const p = proposeFromDocument(read(binhDinhReport), today);
    expect(p).toMatchObject({ documentKind: 'provincial_report', provinceName: 'Bình Định', unitKind: 'legacy_province', period: '2024', periodLabel: 'Năm 2024' });
    // Old Bình Định (52) is part of today's Gia Lai (52): the same code, in the other era.
    expect(p).toMatchObject({ provinceCode: '52', currentProvinceCode: '52' });
  });

  it('does not take a training article, a plan or a recommendation list for a report', () => {
    expect(proposeFromDocument(read(trainingArticle), today)).toMatchObject({ documentKind: 'article', figures: [], followups: [] });
    expect(proposeFromDocument(read(planDocument), today).documentKind).toBe('unknown');
    const list = proposeFromDocument(read(uprList), today);
    expect(list.documentKind).toBe('recommendation_list');
    expect(list.uprCycle).toBe(4);
    expect(list.recommendations.map((r) => [r.item.paragraph, r.item.recommendingStates])).toEqual([
      ['45.1', ["Lao People's Democratic Republic"]],
      ['45.2', expect.arrayContaining([expect.stringMatching(/Cambodia/u), 'Indonesia'])],
      ['45.3', ['Cuba']],
      ['45.4', ['India']],
    ]);
  });
});

describe('lists of recommendations of other sources', () => {
  it('reads a working visit’s numbered conclusions as the visit’s recommendations, with no UPR cycle to ask for', () => {
    const p = proposeFromDocument(read(visitConclusions), today);
    expect(p.documentKind).toBe('recommendation_list');
    expect(p.recommendations.map((r) => [r.item.kind, r.item.nature, r.item.paragraph, r.errors])).toEqual([
      ['visit', 'recommendation', '1', []],
      ['visit', 'recommendation', '2', []],
      ['visit', 'recommendation', '3', []],
    ]);
  });

  it('reads a treaty body’s concluding observations as that committee’s, paragraph numbers kept', () => {
    const p = proposeFromDocument(read(treatyList), today);
    expect(p.documentKind).toBe('recommendation_list');
    expect(p.recognisedBy[0]).toBe('ký hiệu văn kiện của ủy ban công ước “CERD/C/VNM/CO/15-17”');
    expect(p.recommendations.map((r) => [r.item.kind, r.item.treaty, r.item.paragraph])).toEqual([
      ['treaty', 'CERD', '12'],
      ['treaty', 'CERD', '13'],
      ['treaty', 'CERD', '14'],
    ]);
  });

  it('reads the period of quarterly and nine-month reports, not the date line or the next period', () => {
    const quarter = bacNinhReport.replace('Sơ kết công tác bảo đảm quyền con người 6 tháng đầu năm 2026', 'Kết quả công tác bảo đảm quyền con người quý III năm 2026');
    expect(proposeFromDocument(read(quarter), today).period).toBe('2026-Q3');
    const nine = bacNinhReport.replace('Sơ kết công tác bảo đảm quyền con người 6 tháng đầu năm 2026', 'Kết quả công tác bảo đảm quyền con người 9 tháng năm 2026');
    expect(proposeFromDocument(read(nine), today).period).toBe('2026-YTD09');
  });
});

describe('figures and follow-up proposals of a report', () => {
  it('reads the figures of the results part with the sentence they are stated in, not the plans of the directions', () => {
    const p = proposeFromDocument(read(bacNinhReport), today);
    const jobs = p.figures.find((f) => f.evidence.kind === 'text' && f.value === 7215)!;
    expect(jobs).toMatchObject({ unit: 'lao động' });
    expect(jobs.evidence.quote).toBe('Trong 6 tháng đầu năm, toàn tỉnh giải quyết việc làm cho 7.215 lao động, đạt 60,1% kế hoạch năm.');
    expect(bacNinhReport.slice((jobs.evidence as { start: number }).start, (jobs.evidence as { end: number }).end)).toBe(jobs.evidence.quote);
    expect(p.figures.some((f) => f.value === 12000 && f.evidence.kind === 'text')).toBe(false);
    expect(p.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1.12, 93.8, 15420]));
  });

  it('labels a sentence figure with a phrase read on its own, without "…" or fragments', () => {
    const p = proposeFromDocument(read(bacNinhReport), today);
    const label = (value: number) => p.figures.find((f) => f.evidence.kind === 'text' && f.value === value)!.label;
    expect(label(15420)).toBe('tặng quà cho đối tượng bảo trợ xã hội, hộ nghèo');
    expect(label(7_500_000_000)).toBe('tổng kinh phí tặng quà cho đối tượng bảo trợ xã hội, hộ nghèo');
    expect(label(1.12)).toBe('Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều');
    const year = proposeFromDocument(read(binhDinhReport), today);
    expect(year.figures.filter((f) => f.evidence.kind === 'text').map((f) => f.label)).toEqual(expect.arrayContaining(['tỷ lệ hộ nghèo', 'thực hiện vụ việc trợ giúp pháp lý cho người dân']));
  });

  it('reads a results table by its headings: the plan column is the target, the result column the value, each with its cell', () => {
    const header = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2026', 'Thực hiện 6 tháng', 'So với cùng kỳ (%)'];
    const tables = [{ rows: [header, ['1', 'Số lao động được giải quyết việc làm', 'người', '12.000', '7.215', '103,2'], ['2', 'Tỷ lệ tham gia bảo hiểm xã hội bắt buộc', '%', '', '96,4', '101,0']] }];
    const p = proposeFromDocument(read(bacNinhReport, tables), today);
    const cells = p.figures.filter((f) => f.evidence.kind === 'table');
    expect(cells.map((f) => [f.label, f.value, f.unit, f.target])).toEqual([
      ['Số lao động được giải quyết việc làm', 7215, 'người', 12000],
      ['Tỷ lệ tham gia bảo hiểm xã hội bắt buộc', 96.4, '%', null],
    ]);
    expect(cells[0]!.evidence).toEqual({ kind: 'table', table: 1, row: 2, column: 5, quote: 'Số lao động được giải quyết việc làm (người) Thực hiện 6 tháng: 7.215' });
  });

  it('reads a table with no heading row as label and first number', () => {
    const p = proposeFromDocument(read(binhDinhReport, [{ rows: [['Số vụ việc trợ giúp pháp lý đã thực hiện', '1.036'], ['Ghi chú', '']] }]), today);
    expect(p.figures.filter((f) => f.evidence.kind === 'table').map((f) => [f.label, f.value])).toEqual([['Số vụ việc trợ giúp pháp lý đã thực hiện', 1036]]);
  });

  it('proposes each limitation and each direction as an item, leaving out lead-ins, causes and the signature block', () => {
    const p = proposeFromDocument(read(bacNinhReport), today);
    expect(p.followups.map((f) => [f.nature, f.text.slice(0, 40)])).toEqual([
      ['limitation', 'Công tác tuyên truyền về quyền con người'],
      ['limitation', 'Việc cập nhật số liệu chỉ tiêu của một s'],
      ['direction', 'Tiếp tục tuyên truyền, phổ biến pháp luậ'],
      ['direction', 'Phấn đấu giải quyết việc làm cho 12.000 '],
      ['direction', 'Tổ chức 02 lớp tập huấn về công tác nhân'],
      ['direction', 'Đề nghị Văn phòng Thường trực về nhân qu'],
    ]);
    const first = p.followups[0]!;
    expect(bacNinhReport.slice(first.start, first.end)).toBe(first.text);
    expect(first.section).toBe('II. HẠN CHẾ, KHÓ KHĂN');
  });
});
