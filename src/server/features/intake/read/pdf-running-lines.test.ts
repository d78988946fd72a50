import { describe, expect, it } from 'vitest';
import { dropRunningLines } from './pdf-running-lines.js';

const page = (n: number, body: string[]) => [`CERD/C/VNM/CO/15-17`, ...body, `GE.23-${12000 + n}`, `${n}`].join('\n');

describe('running heads and feet of a PDF', () => {
  it('drops the symbol, the job number and the page number that every page repeats, and keeps the paragraphs whole', () => {
    const pages = [
      page(1, ['Concluding observations', '12. The Committee recommends that the State party strengthen']),
      page(2, ['the national human rights institution (Norway);', '13. The Committee recommends that']),
      page(3, ['the State party adopt a law on associations.']),
      page(4, ['14. Ensure access to legal aid.']),
    ];
    const kept = dropRunningLines(pages);
    // The first page keeps its heading (the symbol says whose observations these are); the rest go.
    expect(kept[0]!.startsWith('CERD/C/VNM/CO/15-17\nConcluding observations\n')).toBe(true);
    expect(kept.join('\n').slice(20)).not.toMatch(/CERD\/C|GE\.23|^\d$/mu);
    expect(kept[1]).toBe('the national human rights institution (Norway);\n13. The Committee recommends that');
    expect(kept[0]).toContain('12. The Committee recommends that the State party strengthen');
  });

  it('drops "Trang 3/10" and "- 4 -" at a page edge but keeps a number line in the middle and numbered paragraphs', () => {
    const pages = ['Trang 1/3\nBáo cáo kết quả\n5.\nNội dung', 'Đoạn tiếp theo\n6. Tăng cường\n- 2 -', 'Trang 3/3\n7. Bảo đảm nguồn lực.'];
    expect(dropRunningLines(pages)).toEqual(['Trang 1/3\nBáo cáo kết quả\n5.\nNội dung', 'Đoạn tiếp theo\n6. Tăng cường', '7. Bảo đảm nguồn lực.']);
  });

  it('keeps a line that only a few pages repeat, and leaves a short document alone', () => {
    const pages = ['Mục tiêu\nA', 'B\nMục tiêu', 'C\nD', 'E\nF', 'G\nH', 'I\nK'];
    expect(dropRunningLines(pages)).toEqual(pages);
    expect(dropRunningLines(['Tiêu đề\n1', 'Tiêu đề\n2'])).toEqual(['Tiêu đề\n1', 'Tiêu đề\n2']);
  });
});
