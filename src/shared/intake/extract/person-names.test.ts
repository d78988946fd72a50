import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { evidenceText } from './test-helpers.js';

const namesIn = (source: string) => extractFromSourceText(source).officials.map((o) => o.name);

describe('person names of Central Highlands and other ethnic-minority forms', () => {
  it('reads a one-syllable name joined by an apostrophe, with or without a space after it', () => {
    for (const name of ["K' Brăng", 'K’Brăng', 'K’ Brăng', "K'Lông"]) {
      expect(namesIn(`Tham dự có ${name}, Phó Chủ tịch UBND huyện.`)).toEqual([name]);
      expect(namesIn(`Bà ${name}, Chủ tịch Hội Liên hiệp Phụ nữ xã phát biểu.`)).toEqual([name]);
      expect(namesIn(`Phó Chủ tịch UBND tỉnh Lâm Đồng ${name} chủ trì hội nghị.`)).toEqual([name]);
    }
    const source = 'Đồng chí K’ Brăng, Trưởng phòng Dân tộc huyện trình bày chuyên đề.';
    const r = extractFromSourceText(source);
    expect(r.officials[0]).toMatchObject({ name: 'K’ Brăng', title: 'Trưởng phòng Dân tộc huyện', role: 'speaker' });
    expect(evidenceText(source, r, 'officials[0].name')).toBe('K’ Brăng');
  });

  it('reads Cơ Ho, Ê Đê, Jrai, Thái and Tày names with a title beside them and no honorific', () => {
    for (const name of ['Ka Sô Liễng', 'Y Thanh Hà Niê Kđăm', "Rơ Châm H'Lơn", 'Rơ Châm H’Lơn', 'Đinh Thị Hoa', 'Lò Văn Pâng', "Siu H'Mai", 'Siu H’ Mai', "Puih H'Mai"]) {
      expect([name, namesIn(`Dự hội nghị có ${name}, Phó Trưởng ban Dân tộc tỉnh.`)]).toEqual([name, [name]]);
      expect([name, namesIn(`Phó Chủ tịch UBND tỉnh Gia Lai ${name} phát biểu khai mạc.`)]).toEqual([name, [name]]);
    }
  });

  it('keeps a given name with an apostrophe inside the whole name, not alone', () => {
    expect(namesIn("Tham dự có Puih H'Mai, Chủ tịch Hội Nông dân huyện.")).toEqual(["Puih H'Mai"]);
  });

  it('does not take peoples, ordinary capitalised words or a lone letter for a person', () => {
    expect(namesIn("Đồng bào H'Mông, Phó Chủ tịch UBND huyện cho biết, đã tham gia đông đủ.")).toEqual([]);
    expect(namesIn('Người K’Ho và M’Nông, Chủ tịch UBND xã cho biết, sống ở 12 thôn.')).toEqual([]);
    expect(namesIn('Ma túy là hiểm họa, Phó Chủ tịch UBND tỉnh nhấn mạnh.')).toEqual([]);
    expect(namesIn('Hội nghị Phòng Chống Ma Túy, Phó Chủ tịch UBND tỉnh dự.')).toEqual([]);
    expect(namesIn('Dự hội nghị có Ma Thị Thúy, Phó Chủ tịch UBND huyện.')).toEqual(['Ma Thị Thúy']);
    expect(namesIn('Tại mục A, Phó Chủ tịch UBND tỉnh nêu rõ trách nhiệm.')).toEqual([]);
  });

  it('never takes a two-syllable place after "thành phố", "huyện", "xã" for a person', () => {
    expect(namesIn('Tại thành phố Sầm Sơn, Hội Nhà báo tỉnh phối hợp tổ chức lớp bồi dưỡng.')).toEqual([]);
    expect(namesIn('Ngày 3/5, tại huyện Lạc Sơn, Sở Tư pháp tỉnh tổ chức hội nghị.')).toEqual([]);
    expect(namesIn('Dự có Chủ tịch UBND xã Lò Văn Mười.')).toEqual(['Lò Văn Mười']);
  });
});
