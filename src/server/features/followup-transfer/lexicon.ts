import type { RightsTheme } from '../../../shared/api/conferences.js';
import type { PlanColumnField, UprColumnField } from '../../../shared/api/followup-transfer.js';
import { searchKey } from '../../../shared/text/index.js';

/*
 * Words the imported files use, folded (no diacritics, lower case): column headings in Vietnamese
 * and English, UPR positions, the themes of OHCHR's matrices mapped to rights-desk's themes, and
 * SDG references.
 */

export const uprHeaderPhrases: Record<UprColumnField, string[]> = {
  paragraph: ['paragraph', 'para', 'recommendation number', 'rec no', 'no', 'so hieu', 'so khuyen nghi', 'doan', 'ma khuyen nghi', 'stt khuyen nghi'],
  text: ['recommendation', 'recommendations', 'text', 'khuyen nghi', 'noi dung khuyen nghi', 'noi dung'],
  states: ['recommending state', 'recommending states', 'state', 'states', 'source of recommendation', 'quoc gia', 'quoc gia khuyen nghi', 'nuoc khuyen nghi'],
  position: ['position', 'response', 'status', 'support', 'lap truong', 'quan diem', 'tra loi', 'phan hoi'],
  themes: ['full list of themes', 'themes', 'theme', 'issues', 'chu de', 'linh vuc'],
  affectedPersons: ['affected persons', 'persons affected', 'groups', 'nhom chiu tac dong', 'doi tuong', 'nhom doi tuong'],
  sdgs: ['sdgs', 'sdg', 'sustainable development goals', 'muc tieu phat trien ben vung', 'muc tieu sdg'],
};

export const planHeaderPhrases: Record<PlanColumnField, string[]> = {
  order: ['stt', 'tt', 'so thu tu', 'no'],
  text: ['noi dung nhiem vu', 'nhiem vu', 'noi dung', 'noi dung cong viec', 'ten nhiem vu', 'task', 'tasks'],
  lead: ['co quan chu tri', 'chu tri', 'don vi chu tri', 'lead', 'lead agency'],
  cooperating: ['co quan phoi hop', 'phoi hop', 'don vi phoi hop', 'cooperating', 'co operating'],
  due: ['thoi gian hoan thanh', 'thoi han', 'thoi han hoan thanh', 'thoi gian', 'tien do', 'due', 'deadline'],
};

const containsWords = (key: string, phrase: string) => ` ${key} `.includes(` ${phrase} `);

/**
 * Proposes a column for each field from the heading texts: an exact heading beats one that only
 * contains the phrase, a longer phrase beats a shorter one; each field and column used once
 * (the participants import's rule, so "Cơ quan phối hợp" is not taken for the lead body).
 */
export function suggestColumns<F extends string>(headers: string[], phrases: Record<F, string[]>): Record<F, number | null> {
  const fields = Object.keys(phrases) as F[];
  const pairs: Array<{ field: F; column: number; score: number }> = [];
  headers.forEach((header, column) => {
    const key = searchKey(header);
    if (!key) return;
    for (const field of fields) {
      let best = 0;
      for (const phrase of phrases[field]) {
        const words = phrase.split(' ').length;
        if (key === phrase) best = Math.max(best, 100 + words);
        else if (containsWords(key, phrase)) best = Math.max(best, words);
      }
      if (best > 0) pairs.push({ field, column, score: best });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping = Object.fromEntries(fields.map((f) => [f, null])) as Record<F, number | null>;
  const used = new Set<number>();
  for (const { field, column } of pairs) {
    if (mapping[field] !== null || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}

/** 'accepted', 'noted', null for an empty cell, or 'unknown'. */
export function readPosition(cell: string): 'accepted' | 'noted' | 'unknown' | null {
  const key = searchKey(cell);
  if (!key) return null;
  if (/^(supported|support|accepted|accept|chap thuan|ung ho|dong y|da chap thuan)( .*)?$/u.test(key) && !key.includes('noted')) return 'accepted';
  if (/^(noted|note|take note|taken note|ghi nhan|da ghi nhan|not supported)( .*)?$/u.test(key)) return 'noted';
  return 'unknown';
}

/** Folded phrases → theme. Looked up as whole words in each theme the matrix gives. */
const themePhrases: Array<[string, RightsTheme]> = [
  ['rights of the child', 'children'],
  ['child', 'children'],
  ['children', 'children'],
  ['juvenile', 'children'],
  ['tre em', 'children'],
  ['women', 'gender_equality'],
  ['womens rights', 'gender_equality'],
  ['women s rights', 'gender_equality'],
  ['gender', 'gender_equality'],
  ['phu nu', 'gender_equality'],
  ['binh dang gioi', 'gender_equality'],
  ['persons with disabilities', 'persons_with_disabilities'],
  ['disabilities', 'persons_with_disabilities'],
  ['disability', 'persons_with_disabilities'],
  ['khuyet tat', 'persons_with_disabilities'],
  ['religion', 'belief_religion'],
  ['religious', 'belief_religion'],
  ['belief', 'belief_religion'],
  ['conscience', 'belief_religion'],
  ['ton giao', 'belief_religion'],
  ['tin nguong', 'belief_religion'],
  ['minorities', 'ethnic_minorities'],
  ['minority', 'ethnic_minorities'],
  ['indigenous', 'ethnic_minorities'],
  ['racial discrimination', 'ethnic_minorities'],
  ['dan toc thieu so', 'ethnic_minorities'],
  ['right to work', 'labour_rights'],
  ['labour', 'labour_rights'],
  ['labor', 'labour_rights'],
  ['workers', 'labour_rights'],
  ['lao dong', 'labour_rights'],
  ['viec lam', 'labour_rights'],
  ['older persons', 'elderly'],
  ['elderly', 'elderly'],
  ['nguoi cao tuoi', 'elderly'],
  ['internet', 'cyberspace'],
  ['online', 'cyberspace'],
  ['cyber', 'cyberspace'],
  ['cybersecurity', 'cyberspace'],
  ['khong gian mang', 'cyberspace'],
  ['freedom of opinion and expression', 'civil_political'],
  ['expression', 'civil_political'],
  ['assembly', 'civil_political'],
  ['association', 'civil_political'],
  ['death penalty', 'civil_political'],
  ['torture', 'civil_political'],
  ['detention', 'civil_political'],
  ['liberty', 'civil_political'],
  ['human rights defenders', 'civil_political'],
  ['civil and political', 'civil_political'],
  ['civil political', 'civil_political'],
  ['dan su chinh tri', 'civil_political'],
  ['tu hinh', 'civil_political'],
  ['economic social cultural', 'economic_social_cultural'],
  ['economic social and cultural', 'economic_social_cultural'],
  ['poverty', 'economic_social_cultural'],
  ['health', 'economic_social_cultural'],
  ['education', 'economic_social_cultural'],
  ['water', 'economic_social_cultural'],
  ['housing', 'economic_social_cultural'],
  ['food', 'economic_social_cultural'],
  ['social security', 'economic_social_cultural'],
  ['adequate standard of living', 'economic_social_cultural'],
  ['ngheo', 'economic_social_cultural'],
  ['y te', 'economic_social_cultural'],
  ['giao duc', 'economic_social_cultural'],
  ['kinh te xa hoi van hoa', 'economic_social_cultural'],
  ['international instruments', 'international_mechanisms'],
  ['international norms', 'international_mechanisms'],
  ['ratification', 'international_mechanisms'],
  ['treaty bodies', 'international_mechanisms'],
  ['special procedures', 'international_mechanisms'],
  ['cooperation with', 'international_mechanisms'],
  ['co che quoc te', 'international_mechanisms'],
  ['phe chuan', 'international_mechanisms'],
  ['justice', 'legal_aid_justice'],
  ['fair trial', 'legal_aid_justice'],
  ['effective remedy', 'legal_aid_justice'],
  ['legal aid', 'legal_aid_justice'],
  ['tro giup phap ly', 'legal_aid_justice'],
  ['tu phap', 'legal_aid_justice'],
  ['human rights education', 'communication'],
  ['awareness', 'communication'],
  ['training', 'communication'],
  ['tuyen truyen', 'communication'],
  ['national human rights institution', 'human_rights_general'],
  ['nhri', 'human_rights_general'],
  ['constitutional', 'human_rights_general'],
  ['legislative framework', 'human_rights_general'],
  ['national plans of action', 'human_rights_general'],
  ['nhan quyen chung', 'human_rights_general'],
];

/** Splits a cell of a matrix list (themes, affected persons) into its entries. */
export function splitList(cell: string): string[] {
  return [...new Set(cell.split(/[;\n\r•]+|,(?![^()]*\))/u).map((s) => s.replace(/\s+/gu, ' ').trim()).filter(Boolean))];
}

/** rights-desk themes of a matrix's themes cell, and the entries no theme was found for. */
export function readThemes(cell: string): { themes: RightsTheme[]; unmapped: string[] } {
  const themes = new Set<RightsTheme>();
  const unmapped: string[] = [];
  // OHCHR's matrices put one theme per line, and a theme may hold ";" ("F31 Children: definition; general principles").
  // On one line, OHCHR's codes ("D42 Freedom of thought, conscience and religion") mark where a theme starts.
  const entries = /[\n\r]/u.test(cell)
    ? cell.split(/[\n\r]+/u).map((s) => s.trim()).filter(Boolean)
    : /^[A-H]\d{1,3}\s/u.test(cell.trim())
      ? cell.split(/[;,\s]*(?=\b[A-H]\d{1,3}\s)/u).map((s) => s.trim()).filter(Boolean)
      : splitList(cell);
  for (const entry of entries) {
    // OHCHR's codes ("F31 Children: …", "A41 …") are dropped before reading the words.
    const key = searchKey(entry.replace(/^[A-H]\d{0,3}\s+/u, ''));
    const found = themePhrases.filter(([phrase]) => containsWords(key, phrase)).map(([, t]) => t);
    if (found.length) found.forEach((t) => themes.add(t));
    else unmapped.push(entry);
  }
  return { themes: [...themes], unmapped };
}

/**
 * SDGs of a cell: "SDG 1, SDG 5", "Goal 16", "1.2; 16.10", "Mục tiêu 5". Returns goals ('5')
 * and targets ('1.2'), and what could not be read.
 */
export function readSdgs(cell: string): { sdgs: string[]; bad: string[] } {
  const sdgs: string[] = [];
  const bad: string[] = [];
  for (const entry of cell.split(/[;,\n\r]+/u).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(?:sdgs?|goal|target|m[uụ]c ti[eê]u)?\s*(?:sdg)?\s*[-:#]?\s*(\d{1,2})(?:\.(\d{1,2}|[a-c]))?(?:\s*[-–:].*|\s+[^\d.].*)?$/iu.exec(entry);
    const goal = m ? Number(m[1]) : 0;
    if (!m || goal < 1 || goal > 17 || (m[2] !== undefined && /^\d+$/u.test(m[2]) && (Number(m[2]) < 1 || Number(m[2]) > 19))) {
      bad.push(entry);
      continue;
    }
    sdgs.push(m[2] === undefined ? String(goal) : `${goal}.${m[2].toLowerCase()}`);
  }
  return { sdgs: [...new Set(sdgs)], bad };
}

/** "IV" for 4: how UPR cycles are written in references. */
export function romanCycle(n: number): string {
  return ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n] ?? String(n);
}
