import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';

const split = (source: string) => {
  const r = extractFromSourceText(source);
  return { context: r.context_figures?.map((c) => c.value), indicators: r.indicators.map((i) => i.value) };
};

describe('setting figures: religion, border, population in short, ethnic shares and boarding schools', () => {
  it('keeps a province\'s people, a named people\'s share, its pagodas and monks out of the indicators', () => {
    const r = split('Tỉnh Bạc Liêu có khoảng 900 nghìn dân, trong đó đồng bào Chăm chiếm gần 12,5%; toàn tỉnh có 45 chùa với hơn 1.100 vị sư sãi.\n\nNăm 2023, tỉnh đã hỗ trợ 320 căn nhà cho hộ nghèo.');
    expect(r.context).toEqual([900_000, 12.5, 45, 1100]);
    expect(r.indicators).toEqual([320]);
  });

  it('reads believers, dioceses, religions, border gates and border length as the setting', () => {
    const r = split('Huyện X có đông đồng bào Công giáo với hơn 40.000 giáo dân, 2 giáo phận; có 5 tôn giáo với trên 60.000 tín đồ; có 3 cửa khẩu quốc tế và tuyến biên giới dài trên 120 km.\n\nNăm 2024, huyện đã giải quyết việc làm cho 1.200 lao động.');
    expect(r.context).toEqual([40_000, 2, 5, 60_000, 3, 120]);
    expect(r.indicators).toEqual([1200]);
  });

  it('counts ethnic boarding schools as the setting but their pupils as a result', () => {
    const r = split('Năm 2024, ngành Giáo dục duy trì 4 trường phổ thông dân tộc nội trú với 1.250 học sinh.');
    expect(r.context).toEqual([4]);
    expect(r.indicators).toEqual([1250]);
  });

  it('does not read "dân tộc", "dân số" or a poor households\' share as the setting', () => {
    const r = split('Năm 2024, tỉnh đã hỗ trợ 12 dân tộc thiểu số; tỷ lệ hộ nghèo trong đồng bào Khmer còn 4,6%.');
    expect(r.context).toEqual([]);
    expect(r.indicators).toContain(4.6);
  });

  it('reads the setting a speaker gives, even when the speaker is introduced opening a course', () => {
    const r = split('Khai mạc lớp bồi dưỡng, ông A, Phó Chủ tịch UBND tỉnh cho biết, tỉnh có gần 2,1 triệu dân, trong đó đồng bào dân tộc thiểu số chiếm khoảng 25%.');
    expect(r.context).toEqual([2_100_000, 25]);
    expect(r.indicators).toEqual([]);
  });
});

describe('a border commune is no setting cue by itself', () => {
  it('keeps a result about border communes an indicator', () => {
    const r = split('Năm 2024, 2.400 người dân các xã biên giới có việc làm ổn định.');
    expect(r.context).toEqual([]);
  });
});
