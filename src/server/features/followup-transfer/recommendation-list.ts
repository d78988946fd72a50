import type { DraftRow } from '../../../shared/api/followup-transfer.js';
import type { treaties } from '../../../shared/api/followup.js';
import { blankItem, draftRow, textIssues } from './drafts.js';
import { romanCycle } from './lexicon.js';
import { takeTrailingStates } from './states.js';

/*
 * A Word/PDF/text list of numbered recommendations read into draft items. Each numbered paragraph
 * ("1.", "45.12", "23)") is an item; a numbered paragraph followed by a list ("a)", "(b)", "- ")
 * is a lead-in, and each entry of the list is an item of its own ("23(a)", "23-2"). Lines that
 * start no paragraph continue the one before (PDF lines are layout). The recommending State(s)
 * in parentheses at the end are read out; a treaty body's symbol ("CERD/C/VNM/CO/15-17") makes
 * the items that committee's concluding observations.
 */

export type DocumentOptions = { uprCycle: number | null; itemDate: string; provinceCode: string | null };

const NUMBERED = /^\s*(\d{1,3}(?:\.\d{1,3}){0,2})(?:[.)]\s*|\s+)(?=\S)/u;
const LETTERED = /^\s*\(?([a-z]|[ivx]{1,4})\)\s+(?=\S)/u;
const DASHED = /^\s*[-–•+]\s+(?=\S)/u;
const TREATY_SYMBOL = /\b(CERD|CCPR|CAT|CESCR|CEDAW|CRC|CRPD)\/C\/VNM\/CO\/[\w-]+/u;
const SESSION = /(?:at its|tại phiên họp thứ|phiên họp thứ)\s+(\w+)(?:\s+session)?/iu;

type Block = { paragraph: string; text: string; parent: string | null };

/** The treaty a document's symbol names, with the symbol; null for a UPR list. */
export function treatyOf(text: string): { treaty: (typeof treaties)[number]; symbol: string } | null {
  const m = TREATY_SYMBOL.exec(text);
  return m ? { treaty: m[1] as (typeof treaties)[number], symbol: m[0] } : null;
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let heading: string | null = null;
  const dashes = new Map<string, number>();
  for (const raw of text.split(/\r\n|\r|\n/u)) {
    const line = raw.replace(/\s+/gu, ' ').trim();
    if (!line) continue;
    const numbered = NUMBERED.exec(line);
    // A year or an amount at the start of a wrapped line is no paragraph number.
    if (numbered && !(current && /^\d{4}$/u.test(numbered[1]!)) && !/^\d+(?:[.,]\d+)*\s*(%|ha|người|đồng|tỷ)/iu.test(line)) {
      current = { paragraph: numbered[1]!, text: line.slice(numbered[0].length), parent: null };
      heading = current.paragraph;
      blocks.push(current);
      continue;
    }
    const lettered = heading ? LETTERED.exec(line) : null;
    if (lettered && heading) {
      current = { paragraph: `${heading}(${lettered[1]})`, text: line.slice(lettered[0].length), parent: heading };
      blocks.push(current);
      continue;
    }
    const dashed = heading ? DASHED.exec(line) : null;
    if (dashed && heading) {
      const n = (dashes.get(heading) ?? 0) + 1;
      dashes.set(heading, n);
      current = { paragraph: `${heading}-${n}`, text: line.slice(dashed[0].length), parent: heading };
      blocks.push(current);
      continue;
    }
    // A short line without final punctuation after a finished sentence is a heading ("C. Concerns
    // and recommendations", "Legislative framework"), not the paragraph's wrapped continuation.
    if (current && /[.;]$/u.test(current.text) && line.length < 80 && !/[.;,:]$/u.test(line)) {
      current = null;
      heading = null;
      continue;
    }
    if (current) current.text = `${current.text} ${line}`.trim();
    // Text before the first numbered paragraph (title, introduction) is not an item.
  }
  // A paragraph with a list under it is the list's lead-in, not an item of its own.
  const parents = new Set(blocks.flatMap((b) => (b.parent ? [b.parent] : [])));
  return blocks.filter((b) => b.parent !== null || !parents.has(b.paragraph));
}

export function parseRecommendationText(text: string, options: DocumentOptions): DraftRow[] {
  const treaty = treatyOf(text);
  const session = treaty ? (SESSION.exec(text)?.[1] ?? null) : null;
  return blocksOf(text).map((block, index) => {
    const trailing = takeTrailingStates(block.text);
    const warnings = trailing.unknown.length ? [`Không có trong danh mục quốc gia: ${trailing.unknown.join(', ')} (giữ nguyên như trong văn bản).`] : [];
    const body = trailing.text.replace(/;$/u, '.');
    const errors = textIssues(body, 'khuyến nghị');
    if (block.paragraph.length > 50) errors.push({ field: 'paragraph', message: 'Số hiệu dài quá 50 ký tự.' });
    const item = treaty
      ? blankItem({
          kind: 'treaty',
          text: body,
          itemDate: options.itemDate,
          provinceCode: options.provinceCode,
          treaty: treaty.treaty,
          session: session ? session.slice(0, 100) : null,
          paragraph: block.paragraph,
          reference: `${treaty.symbol} §${block.paragraph}`.slice(0, 200),
        })
      : blankItem({
          kind: 'upr',
          text: body,
          itemDate: options.itemDate,
          provinceCode: options.provinceCode,
          uprCycle: options.uprCycle,
          paragraph: block.paragraph,
          reference: options.uprCycle ? `UPR ${romanCycle(options.uprCycle)} ${block.paragraph}` : null,
          recommendingStates: trailing.states.map((s) => s.slice(0, 100)),
        });
    if (!treaty && options.uprCycle === null) errors.push({ field: 'uprCycle', message: 'Nhập chu kỳ UPR của các khuyến nghị (ví dụ 4).' });
    return draftRow(index + 1, item, errors, warnings);
  });
}
