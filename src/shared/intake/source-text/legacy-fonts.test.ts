import { describe, expect, it } from 'vitest';
import { convertLegacyLines, convertLegacyVietnamese, detectLegacyEncoding } from './legacy-fonts.js';

// Samples typed by hand as a .VnTime / VNI-Times document reads when opened as Unicode.
const TCVN3 = [
  ['Ban ChØ ®¹o vÒ Nh©n quyÒn tØnh B¾c K¹n', 'Ban Chỉ đạo về Nhân quyền tỉnh Bắc Kạn'],
  ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
  ['§¶ng bé tØnh Hoµ B×nh, n¨m 2024', 'Đảng bộ tỉnh Hoà Bình, năm 2024'],
  ['\u00adu tiªn quyÒn cña ng\u00adêi d©n téc thiÓu sè', 'ưu tiên quyền của người dân tộc thiểu số'],
] as const;

const VNI = [
  ['Ban Chæ ñaïo veà Nhaân quyeàn tænh Baéc Kaïn', 'Ban Chỉ đạo về Nhân quyền tỉnh Bắc Kạn'],
  ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
  ['ÑAÛNG BOÄ TÆNH; Ñaûng uûy; nöôùc; Thöïc hieän', 'ĐẢNG BỘ TỈNH; Đảng ủy; nước; Thực hiện'],
] as const;

describe('convertLegacyVietnamese', () => {
  it.each(TCVN3)('converts TCVN3 %j', (legacy, unicode) => {
    expect(convertLegacyVietnamese(legacy, 'tcvn3').text).toBe(unicode);
  });

  it.each(VNI)('converts VNI %j', (legacy, unicode) => {
    expect(convertLegacyVietnamese(legacy, 'vni').text).toBe(unicode);
  });

  it('maps every converted word back to its legacy spelling', () => {
    const [legacy] = VNI[0];
    const converted = convertLegacyVietnamese(legacy, 'vni');
    for (const m of converted.text.matchAll(/\p{L}+/gu)) {
      const slice = legacy.slice(converted.toOriginal(m.index), converted.toOriginal(m.index + m[0].length));
      expect(convertLegacyVietnamese(slice, 'vni').text).toBe(m[0]);
    }
    expect(converted.toOriginal(converted.text.length)).toBe(legacy.length);
  });
});

describe('detectLegacyEncoding', () => {
  it('recognises each encoding and leaves Unicode, English and French alone', () => {
    expect(detectLegacyEncoding(TCVN3.map(([l]) => l).join('\n'))).toBe('tcvn3');
    expect(detectLegacyEncoding(VNI.map(([l]) => l).join('\n'))).toBe('vni');
    expect(detectLegacyEncoding(TCVN3.map(([, u]) => u).join('\n'))).toBeNull();
    expect(detectLegacyEncoding('The committee met on 13 June 2023 to discuss training.')).toBeNull();
    expect(detectLegacyEncoding('Le comité s’est réuni où la formation a été présentée à Hà Nội.')).toBeNull();
    expect(detectLegacyEncoding("L'équipe a présenté le rapport à la préfecture, où les élus étaient réunis.")).toBeNull();
  });
});

describe('convertLegacyLines', () => {
  it('converts the legacy lines of a mixed document and keeps the Unicode ones', () => {
    const text = `${TCVN3[0][0]}\nBáo cáo kết quả năm 2023\n${TCVN3[1][0]}`;
    const out = convertLegacyLines(text);
    expect(out.encoding).toBe('tcvn3');
    expect(out.text).toBe(`${TCVN3[0][1]}\nBáo cáo kết quả năm 2023\n${TCVN3[1][1]}`);
  });

  it('leaves a Unicode document untouched', () => {
    const text = 'Ngày 13-6-2023, Ban Chỉ đạo tổ chức Hội nghị.';
    expect(convertLegacyLines(text)).toMatchObject({ text, encoding: null });
  });
});
