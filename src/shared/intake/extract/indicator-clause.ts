/**
 * Where a figure's words begin inside its sentence: the clause (cut at ";", ":", brackets and line
 * breaks), the words before a "label:" colon, and the boundary between figures chained in one clause.
 */
const CLAUSE_START = /[;:\n()]/gu;

/** After the last ";", ":", bracket or line break between the sentence's start and `at`. */
export function clauseStartBefore(text: string, sentenceStart: number, at: number): number {
  let start = sentenceStart;
  CLAUSE_START.lastIndex = sentenceStart;
  for (let m = CLAUSE_START.exec(text); m && m.index < at; m = CLAUSE_START.exec(text)) start = m.index + 1;
  return start;
}

/**
 * "- Giải quyết việc làm: 12.450 lao động", "Tỷ lệ hộ nghèo: 3,2%": in a report's "label: value" line the
 * words before the colon name the figure; the clause then starts where those words do.
 */
export function labelBeforeColon(text: string, sentenceStart: number, clauseStart: number, figureStart: number): number {
  if (text[clauseStart - 1] !== ':' || text.slice(clauseStart, figureStart).trim() !== '') return clauseStart;
  const from = clauseStartBefore(text, sentenceStart, clauseStart - 1);
  const words = text.slice(from, clauseStart - 1).trim().split(/\s+/u).length;
  return words <= 14 ? from : clauseStart;
}

/**
 * Where a chained figure's own words begin: after the first ",", ";" or "và" that follows the previous
 * figure (its unit's trailing words end there). Only the first: later commas join this figure's own verbs
 * or objects ("xây dựng, sửa chữa 1.250 căn nhà", "hỗ trợ đất ở, nhà ở cho 4.215 hộ").
 */
const CHAIN_BREAK = /[,;]\s*|\s(?:và|rồi)\s+/gu;
export function chainStart(text: string, from: number, numberStart: number): number {
  CHAIN_BREAK.lastIndex = from;
  const m = CHAIN_BREAK.exec(text);
  return m && m.index < numberStart ? m.index + m[0].length : from;
}
/** After the last "," or ";" between the previous figure and this one (the previous one's denominator may list "khiếu nại, tố cáo"). */
export function lastBreakBefore(text: string, from: number, numberStart: number): number {
  let at = from;
  CHAIN_BREAK.lastIndex = from;
  for (let m = CHAIN_BREAK.exec(text); m && m.index < numberStart; m = CHAIN_BREAK.exec(text)) at = m.index + m[0].length;
  return at;
}
