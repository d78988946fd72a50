import type { ProposedFollowup } from '../../../shared/api/intake-reports.js';
import { headingKind } from './recognise.js';

/*
 * The limitations (hạn chế, khó khăn) and the directions (phương hướng, nhiệm vụ, kiến nghị, đề
 * xuất) of a report, each paragraph or bullet under their headings one proposed follow-up item.
 * A lead-in line ending with ":" introduces the bullets and is not an item; a "Nguyên nhân"
 * sub-heading ends the limitations.
 */

const BULLET = /^\s*(?:[-–•+*]|\d{1,2}[.)]|[a-zđ][.)])\s*/u;
const MIN_ITEM = 20;

export type Paragraph = { text: string; start: number; end: number };

/** The text's lines with their offsets (the prepared text: a PDF's wrapped lines are re-joined). */
export function linesOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (m[0].trim()) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Where the first limitation or direction heading starts (figures after it are plans, not results). */
export function resultsEnd(text: string): number {
  for (const line of linesOf(text)) {
    const k = headingKind(line.text);
    if (k === 'limitation' || k === 'direction') return line.start;
  }
  return text.length;
}

export function findReportFollowups(text: string): ProposedFollowup[] {
  const items: ProposedFollowup[] = [];
  let mode: 'limitation' | 'direction' | null = null;
  let section = '';
  for (const line of linesOf(text)) {
    const kind = headingKind(line.text);
    if (kind !== null) {
      // A sub-heading inside a section ("1. Hạn chế" under "III. ĐÁNH GIÁ CHUNG") switches mode too.
      mode = kind === 'limitation' || kind === 'direction' ? kind : null;
      section = line.text.trim();
      continue;
    }
    if (!mode) continue;
    const trimmed = line.text.trim();
    // Signature block and recipients: the report's end, not an item.
    if (/^(?:Nơi nhận|TM\.|KT\.|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CHỦ TỊCH)/u.test(trimmed)) {
      mode = null;
      continue;
    }
    if (/:$/u.test(trimmed)) continue;
    const body = trimmed.replace(BULLET, '').trim();
    if (body.length < MIN_ITEM) continue;
    const offset = line.text.indexOf(body);
    items.push({ key: `p${items.length + 1}`, nature: mode, text: body.slice(0, 8000), section, start: line.start + offset, end: line.start + offset + body.length });
  }
  return items;
}
