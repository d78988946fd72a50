import type { Found } from './found.js';
import { L } from './lexicon.js';
import { paragraphsOf, rangeAt, type Range } from './segments.js';

/**
 * Limitations the article admits ("còn một số tồn tại, như …", "còn có mặt hạn chế như:" followed by
 * paragraphs, "Tuy nhiên, … chưa …") and directions given ("đề nghị …", "yêu cầu …", "chỉ đạo …").
 * Items are split at semicolons; a list introduced by a colon at a paragraph's end continues in the
 * following paragraphs until one starts with a transition ("Vì vậy", "Do đó", "Để", …).
 */
const LIMIT_CUE = new RegExp(String.raw`(?<![${L}])còn\s+(?:có\s+)?(?:mặt\s+|những\s+|một số\s+|nhiều\s+)?(?:mặt\s+)?(?:hạn chế|tồn tại|khó khăn|bất cập|vướng mắc)(?![${L}])`, 'u');
const HOWEVER = /^(?:Tuy nhiên|Song|Mặt khác),[^.]*(?:chưa|còn hạn chế|còn bất cập)/u;
const AS_FOLLOWS = /(?:như|gồm|cụ thể)\s*:?\s*/u;
const TRANSITION = /^(?:Vì vậy|Do đó|Để|Trước|Bên cạnh|Thời gian tới|Trong thời gian tới|Phát biểu|Tại hội nghị|Tại Hội nghị|Báo cáo viên)/u;
const DIRECTION_CUE = new RegExp(String.raw`(?<![${L}])(?:đề nghị|yêu cầu|chỉ đạo|đề xuất)(?![${L}])`, 'gu');
const NOT_A_DIRECTION_BEFORE = /(?:Ban|ban|sự|lãnh đạo,|đáp ứng|được|công tác|của|theo|đã|trực tiếp|[Dd]ự và|quản lý)\s*$/u;

function items(text: string, from: number, to: number, rule: string): Found<string>[] {
  const out: Found<string>[] = [];
  let pos = from;
  for (const raw of text.slice(from, to).split(/;|\n/u)) {
    const lead = raw.length - raw.trimStart().length;
    const item = raw.trim().replace(/[.…]+$/u, '');
    if (item.split(/\s+/u).length >= 3) out.push({ value: item, spans: [{ start: pos + lead, end: pos + lead + item.length }], rule });
    pos += raw.length + 1;
  }
  return out;
}

export function findLimitations(text: string, sentences: Range[]): Found<string>[] {
  const out: Found<string>[] = [];
  const paragraphs = paragraphsOf(text);
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const cue = LIMIT_CUE.exec(sentence);
    if (cue) {
      const after = sentence.slice(cue.index + cue[0].length);
      const follows = AS_FOLLOWS.exec(after.slice(0, 12));
      const from = s.start + cue.index + cue[0].length + (follows ? follows.index + follows[0].length : 0);
      if (/:\s*$/u.test(sentence) && text.slice(from, s.end).trim().length < 3) {
        // The list is in the next paragraphs.
        let i = paragraphs.findIndex((p) => p.start <= s.start && s.start < p.end) + 1;
        while (i > 0 && i < paragraphs.length && !TRANSITION.test(text.slice(paragraphs[i]!.start, paragraphs[i]!.end)) && i < 20) {
          out.push(...items(text, paragraphs[i]!.start, paragraphs[i]!.end, 'limitation.listed-after-colon'));
          i++;
        }
      } else if (follows) out.push(...items(text, from, s.end, 'limitation.nhu-list'));
      else out.push({ value: sentence.trim(), spans: [s], rule: 'limitation.sentence' });
    } else if (HOWEVER.test(sentence)) {
      out.push({ value: sentence.replace(/^(?:Tuy nhiên|Song|Mặt khác),\s*/u, '').trim(), spans: [s], rule: 'limitation.however-sentence' });
    }
  }
  // A sentence inside a list already taken is not a second limitation.
  return out.filter((f, i) => !out.some((g, j) => j !== i && g.rule !== f.rule && f.rule !== 'limitation.listed-after-colon' && g.spans[0]!.start < f.spans[0]!.end && f.spans[0]!.start < g.spans[0]!.end));
}

export function findDirections(text: string, sentences: Range[]): Found<string>[] {
  const out: Found<string>[] = [];
  const seen = new Set<number>();
  DIRECTION_CUE.lastIndex = 0;
  for (let m = DIRECTION_CUE.exec(text); m; m = DIRECTION_CUE.exec(text)) {
    if (NOT_A_DIRECTION_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const s = rangeAt(sentences, m.index);
    if (!s || seen.has(s.start)) continue;
    seen.add(s.start);
    let from = m.index + m[0].length;
    while (/[\s:]/u.test(text[from] ?? '')) from++;
    let to = s.end;
    // "đề nghị:" then several sentences: the whole paragraph is the direction.
    if (text[m.index + m[0].length] === ':') {
      const p = paragraphsOf(text).find((r) => r.start <= m!.index && m!.index < r.end);
      if (p) to = p.end;
    }
    const value = text.slice(from, Math.min(to, from + 600)).trim().replace(/[.…]+$/u, '');
    if (value.split(/\s+/u).length >= 4) out.push({ value, spans: [{ start: m.index, end: from + value.length }], rule: 'direction.cue-verb' });
  }
  return out;
}
