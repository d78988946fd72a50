import { describe, expect, it } from 'vitest';
import { inferYearFromText } from './index.js';

describe('inferYearFromText', () => {
  it.each([
    ['Hội nghị tập huấn công tác nhân quyền năm 2023.', 2023],
    ['trong 5 tháng đầu năm 2023, ...', 2023],
    ['NĂM 2024', 2024],
    ['năm\u00a02023', 2023],
    // most frequent wins
    ['so với năm 2022; kế hoạch năm 2023; Nghị quyết năm 2023; tăng so với năm 2022; năm 2023', 2023],
    // tie: first seen wins
    ['công tác nhân quyền cấp cơ sở năm 2024 ... xóa nhà tạm trong năm 2025', 2024],
    // a range is not one year; the later single year counts
    ['giai đoạn năm 2021-2025, hội nghị năm 2023', 2023],
    ['năm 1999', 1999],
    ['Nam 2023 và năm 2023', 2023], // `Nam` (south) is not `năm`
  ])('%j → %d', (text, expected) => {
    expect(inferYearFromText(text)).toBe(expected);
  });

  it.each([
    ['Sáng 23/9, tại hội nghị'],
    ['nhiệm kỳ 2023-2025'],
    ['Thứ năm - 04/05/2023'], // a year inside a date is not "năm yyyy"
    ['năm 20235'],
    ['năm 1850'],
    ['năm 2021 - 2025'],
    ['hằngnăm 2023'],
    [''],
  ])('%j → null', (text) => {
    expect(inferYearFromText(text)).toBeNull();
  });
});
