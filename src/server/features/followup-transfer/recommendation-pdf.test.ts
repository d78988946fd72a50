import { describe, expect, it } from 'vitest';
import { defaultIntakeLimits } from '../intake/read/limits.js';
import { readPdf } from '../intake/read/read-pdf.js';
import { parseRecommendationText } from './recommendation-list.js';

/** A text PDF whose pages hold `lines` top to bottom in Helvetica (ASCII only: the standard font's encoding). */
function textPdf(pages: string[][]): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/gu, (c) => `\\${c}`);
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (const lines of pages) {
    const stream = `BT /F1 10 Tf 14 TL 60 800 Td ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

// A treaty body's concluding observations as the UN prints them: the symbol and the job number
// at every page's edges, a paragraph running over each page break.
const head = 'CCPR/C/VNM/CO/4';
const pages = [
  [head, 'Concluding observations on the fourth periodic report of Viet Nam', '12. The State party should strengthen the independence of', 'GE.25-10001', '1'],
  [head, 'the national human rights institution in line with the Paris Principles.', '13. The State party should ensure that everyone deprived of their liberty', 'GE.25-10001', '2'],
  [head, 'has prompt access to a lawyer.', '14. The State party should adopt a law on access to information.', 'GE.25-10001', '3'],
];

describe('a recommendation list read from a PDF', () => {
  it('keeps running heads and page numbers out of the paragraphs that cross a page break, and still knows the treaty', async () => {
    const read = await readPdf(textPdf(pages), defaultIntakeLimits);
    const rows = parseRecommendationText(read.text, { uprCycle: null, itemDate: '2025-07-30', provinceCode: null });
    expect(rows.map((r) => [r.item.paragraph, r.item.treaty, r.item.text])).toEqual([
      ['12', 'CCPR', 'The State party should strengthen the independence of the national human rights institution in line with the Paris Principles.'],
      ['13', 'CCPR', 'The State party should ensure that everyone deprived of their liberty has prompt access to a lawyer.'],
      ['14', 'CCPR', 'The State party should adopt a law on access to information.'],
    ]);
  });
});
