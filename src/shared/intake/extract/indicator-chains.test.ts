import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';

const figures = (source: string) => extractFromSourceText(source).indicators.map((i) => [i.value, i.unit, i.label]);

describe('figures chained in one sentence', () => {
  it('starts a chained figure\'s label after the previous figure\'s trailing words', () => {
    expect(figures('Năm 2024, toàn huyện đã giải quyết việc làm mới cho 3.210 lao động địa phương, đào tạo nghề cho 1.480 người.')).toEqual([
      [3210, 'lao động', 'giải quyết việc làm mới … địa phương'],
      [1480, 'người', 'đào tạo nghề'],
    ]);
    expect(figures('Năm 2023, thành phố hỗ trợ 410 hộ nghèo vay vốn ưu đãi và khám bệnh miễn phí cho 2.300 lượt người.')).toEqual([
      [410, 'hộ nghèo', 'hỗ trợ … vay vốn ưu đãi'],
      [2300, 'lượt người', 'khám bệnh miễn phí'],
    ]);
  });

  it('keeps a verb list that is the figure\'s own, when a ";" already ends the previous figure', () => {
    expect(figures('Năm 2024, tỉnh cấp 5.600 thẻ bảo hiểm y tế; tổ chức thăm, tặng quà 740 người khuyết tật nhân ngày lễ.')[1])
      .toEqual([740, 'người khuyết tật', 'tổ chức thăm, tặng quà … nhân ngày lễ']);
  });

  it('reads a bare rate after a count as that count\'s rate, not as the denominator\'s words', () => {
    const [count, rate] = figures('Năm 2024, các tổ hòa giải đã hòa giải thành 812 vụ việc trên tổng số 905 vụ việc khiếu nại, tranh chấp, đạt 89,7%.');
    expect(count).toEqual([812, 'vụ việc', 'các tổ hòa giải đã hòa giải thành']);
    expect(rate).toEqual([89.7, '%', 'tỷ lệ – các tổ hòa giải đã hòa giải thành']);
  });

  it('gives an amount after "với tổng kinh phí" the previous figure\'s label and the words that still describe it', () => {
    expect(figures('Năm 2023, huyện hỗ trợ 96 hộ nghèo, hộ có hoàn cảnh khó khăn với tổng kinh phí 4,8 tỷ đồng.')[1])
      .toEqual([4.8, 'tỷ đồng', 'tổng kinh phí – hỗ trợ … hộ có hoàn cảnh khó khăn']);
    expect(figures('Năm 2023, xã trao 150 suất quà cho hộ nghèo, tổng trị giá 75 triệu đồng.')[1])
      .toEqual([75, 'triệu đồng', 'tổng trị giá – trao … cho hộ nghèo']);
  });

  it('reads "vượt 12 căn so với …" after "căn nhà" as that figure\'s change, not a figure of its own', () => {
    const r = extractFromSourceText('Năm 2024, huyện đã bàn giao 640 căn nhà cho hộ nghèo, vượt 12 căn so với số đăng ký.');
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({ value: 640, unit: 'căn nhà', comparison: { value: 12, unit: 'căn', direction: 'increase', basis: 'so với số đăng ký', kind: 'change' } });
  });

  it('gives "hoàn thành 100% chỉ tiêu với 9.436 căn" to the count after it, with the words before the %', () => {
    const r = extractFromSourceText('Năm 2024, chương trình xóa nhà tạm của tỉnh hoàn thành 104% kế hoạch với 2.610 căn.');
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({ value: 2610, unit: 'căn', percent_of_target: 104, label: 'chương trình xóa nhà tạm của tỉnh hoàn thành' });
    expect(r.evidence['indicators[0].percent_of_target']?.rule).toBe('indicator.percent-of-plan-with');
  });

  it('skips a ", mỗi … ," aside and keeps a list of quoted names in the label', () => {
    expect(figures('Dịp này, huyện đã trao 180 suất quà, mỗi suất trị giá 500 nghìn đồng, cho học sinh nghèo vượt khó.')[0])
      .toEqual([180, 'suất quà', 'trao … cho học sinh nghèo vượt khó']);
    expect(figures('Năm 2024, đơn vị đã bàn giao 14 căn "Mái ấm biên cương", "Nhà tình nghĩa" cho hộ khó khăn.')[0])
      .toEqual([14, 'căn', 'đơn vị đã bàn giao … "Mái ấm biên cương", "Nhà tình nghĩa" cho hộ khó khăn']);
  });

  it('labels a part of the previous figure ("trong đó 320 hộ là …") by what follows "là", or by the previous label', () => {
    expect(figures('Năm 2024, xã hỗ trợ 86 hộ nghèo làm nhà, trong đó 31 hộ là đồng bào dân tộc thiểu số.')[1])
      .toEqual([31, 'hộ', 'trong đó … đồng bào dân tộc thiểu số']);
    expect(figures('Năm 2024, xã hỗ trợ 86 hộ nghèo làm nhà, trong đó 31 hộ.')[1]).toEqual([31, 'hộ', 'trong đó – hỗ trợ … làm nhà']);
  });

  it('counts cards, leaflets and documents ("31.000 thẻ", "15.000 tờ rơi")', () => {
    expect(figures('Năm 2024, huyện cấp 9.000 thẻ cho người nghèo và phát 15.000 tờ rơi về quyền trẻ em.').map(([v, u]) => [v, u]))
      .toEqual([[9000, 'thẻ'], [15000, 'tờ rơi']]);
  });

  it('reads "giảm từ 5,2% (năm 2021) xuống còn 3,8%" as one figure, 3,8%, labelled by the words before "từ"', () => {
    for (const source of [
      'Năm 2024, tỷ lệ hộ nghèo của huyện giảm từ 7,4% xuống còn 5,1%.',
      'Năm 2024, tỷ lệ hộ nghèo của huyện giảm từ 7,4% (năm 2023) xuống còn 5,1%.',
      'Năm 2024, tỷ lệ hộ nghèo của huyện giảm từ 7,4% năm 2023 xuống 5,1%.',
    ]) expect([source, figures(source)]).toEqual([source, [[5.1, '%', 'tỷ lệ hộ nghèo của huyện giảm']]]);
  });

  it('lists administrative units and drops a head of linking words only ("Kết quả,")', () => {
    expect(figures('Kết quả, 100% xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật.')).toEqual([[100, '%', 'xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật']]);
  });

  it('reads "lượt" with what it counts as one unit, and a share of the population that did something as a result', () => {
    expect(figures('Năm 2024, huyện giải quyết việc làm cho 4.300 lượt lao động.')).toEqual([[4300, 'lượt lao động', 'giải quyết việc làm']]);
    const r = extractFromSourceText('Năm 2024, toàn tỉnh có 96,4% dân số tham gia bảo hiểm y tế.');
    expect([r.indicators.map((i) => i.value), r.context_figures]).toEqual([[96.4], []]);
  });

  it('reads "người dân tộc thiểu số" as people of minorities, not "người dân" plus "tộc"', () => {
    expect(figures('Năm 2024, hội tư vấn pháp luật cho 830 lượt người, trong đó có 310 lượt người dân tộc thiểu số; hỗ trợ 95 người dân tộc thiểu số học nghề.'))
      .toEqual([
        [830, 'lượt người', 'hội tư vấn pháp luật'],
        [310, 'lượt người', 'trong đó có … dân tộc thiểu số'],
        [95, 'người', 'hỗ trợ … dân tộc thiểu số học nghề'],
      ]);
  });

  it('reads "vượt 12% chỉ tiêu đề ra" as above the plan by 12%, not as 12% of it', () => {
    const r = extractFromSourceText('Năm 2024, các cấp Hội đã giúp 320 hội viên thoát nghèo, vượt 12% chỉ tiêu đề ra.');
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({ value: 320, percent_of_target: null, comparison: { value: 12, unit: '%', direction: 'increase', basis: 'chỉ tiêu đề ra', kind: 'change' } });
    expect(r.evidence['indicators[0].value']?.warnings ?? []).not.toContain('Câu có nhắc kế hoạch/chỉ tiêu nhưng chưa gắn được vào số liệu này.');
  });

  it('ends a tail before the next figure without its linking word, and keeps "thiểu số" whole', () => {
    expect(figures('Năm 2024, huyện tổ chức 18 lớp tập huấn cho 960 lượt người; cấp 4.100 thẻ bảo hiểm y tế cho người dân tộc thiểu số.').map(([, , l]) => l))
      .toEqual(['tổ chức … tập huấn', 'tập huấn', 'cấp … cho người dân tộc thiểu số']);
  });
});

