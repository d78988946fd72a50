import { describe, expect, it } from 'vitest';
import { defaultIntakeLimits } from '../intake/read/limits.js';
import { readPdf } from '../intake/read/read-pdf.js';
import { minimalPdf, textPage } from '../../test-support/minimal-pdf.js';
import { parseRecommendationText } from './recommendation-list.js';

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
    const read = await readPdf(new Uint8Array(minimalPdf(pages.map(textPage))), defaultIntakeLimits);
    const rows = parseRecommendationText(read.text, { uprCycle: null, itemDate: '2025-07-30', provinceCode: null });
    expect(rows.map((r) => [r.item.paragraph, r.item.treaty, r.item.text])).toEqual([
      ['12', 'CCPR', 'The State party should strengthen the independence of the national human rights institution in line with the Paris Principles.'],
      ['13', 'CCPR', 'The State party should ensure that everyone deprived of their liberty has prompt access to a lawyer.'],
      ['14', 'CCPR', 'The State party should adopt a law on access to information.'],
    ]);
  });
});
