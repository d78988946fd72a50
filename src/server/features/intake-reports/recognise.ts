import { makePeriod, periodLabel, type Period } from '../../../shared/indicators/periods.js';
import { findProvince, reformDate, resolveProvince } from '../../../shared/intake/extract/province.js';
import { searchKey } from '../../../shared/text/index.js';
import type { IntakeReportKind } from '../../../shared/api/intake-reports.js';
import { treatyOf } from '../followup-transfer/recommendation-list.js';

/*
 * What an uploaded document is, by the clues its layout gives (the administrative format of
 * Decree 30/2020: "BÁO CÁO", "Số: …/BC-…", a period in the title, sections of limitations and
 * directions) rather than by its words alone: a training article also speaks of human rights and
 * of "năm 2024". Each clue found is kept, in Vietnamese, so the reviewer sees why.
 */

const HEAD_CHARS = 2500;
const REPORT_HEADING = /^[ \t]*B[ÁA]O C[ÁA]O\b/mu;
const REPORT_NUMBER = /Số\s*:?\s*([\d.…_ ]*\/\s*BC-[\p{L}\p{N}-]+)/u;
const REPORT_SUBJECT = /(?:sơ kết|tổng kết|kết quả)[^\n]{0,160}(?:quyền con người|nhân quyền)/iu;
const ARTICLE_LEAD = /(?:^|\n)[^\n]{0,80}(?:sáng|chiều|ngày)\s+(?:ngày\s+)?\d{1,2}[/-]\d{1,2}[^\n]{0,200}(?:tổ chức|khai mạc|diễn ra)|hội nghị tập huấn/iu;
const LIST_TITLE = /khuyến nghị|recommendations|kết luận của đoàn|concluding observations|kết luận (?:kiểm tra|làm việc)/iu;

export type Recognition = { kind: IntakeReportKind; clues: string[] };

/**
 * A provincial report, a list of recommendations, a training article, or none of these. The
 * recommendation count comes from followup-transfer's parser (`numbered`: paragraphs read,
 * `withStates`: those ending with recommending States in parentheses).
 */
export function recogniseDocument(text: string, numbered: { paragraphs: number; withStates: number }): Recognition {
  const head = text.slice(0, HEAD_CHARS);
  const report: string[] = [];
  if (REPORT_HEADING.test(head)) report.push('tiêu đề “BÁO CÁO”');
  const number = REPORT_NUMBER.exec(head);
  if (number) report.push(`số hiệu báo cáo “${number[1]!.replace(/\s+/gu, '')}”`);
  if (REPORT_SUBJECT.test(head)) report.push('trích yếu về kết quả công tác bảo đảm quyền con người');
  const period = findReportPeriod(text);
  if (period) report.push(`kỳ báo cáo “${period.written}”`);
  const sections = sectionHeadingsIn(text);
  if (sections.limitation) report.push('mục hạn chế, khó khăn');
  if (sections.direction) report.push('mục phương hướng, nhiệm vụ, kiến nghị');
  const reportScore = report.length + (number ? 1 : 0) + (REPORT_HEADING.test(head) ? 1 : 0);

  const list: string[] = [];
  const treaty = treatyOf(text);
  if (treaty) list.push(`ký hiệu văn kiện của ủy ban công ước “${treaty.symbol}”`);
  if (numbered.withStates >= 2 && numbered.withStates >= numbered.paragraphs * 0.3) {
    list.push(`${numbered.withStates}/${numbered.paragraphs} đoạn đánh số nêu quốc gia khuyến nghị trong ngoặc`);
  }
  if (numbered.paragraphs >= 3 && LIST_TITLE.test(head.slice(0, 600))) list.push('tiêu đề là danh sách khuyến nghị, kết luận');
  const listScore = list.length * 2 + (numbered.paragraphs >= 3 ? 1 : 0);

  if (list.length && listScore >= 3 && listScore > reportScore) return { kind: 'recommendation_list', clues: list };
  if (reportScore >= 4 && (REPORT_HEADING.test(head) || number)) return { kind: 'provincial_report', clues: report };
  if (ARTICLE_LEAD.test(head)) return { kind: 'article', clues: ['văn bản có dạng bài viết về hội nghị, sự kiện'] };
  return { kind: 'unknown', clues: [...report, ...list] };
}

/**
 * The period a report covers, from its title: "sơ kết 6 tháng đầu năm 2025" → 2025-YTD06,
 * "tổng kết năm 2024", "kết quả … năm 2024" → 2024, "quý III năm 2024" → 2024-Q3, "9 tháng năm
 * 2024" → 2024-YTD09. A date line ("ngày 10 tháng 12 năm 2024") and the next period's plans
 * ("6 tháng cuối năm") are not the period.
 */
export function findReportPeriod(text: string): { period: Period; written: string; at: number } | null {
  const titleStart = Math.max(0, text.search(REPORT_HEADING));
  const area = text.slice(titleStart, titleStart + 900);
  const PERIOD = /(?<!tháng\s+\d{1,2}\s+)(?:(?<months>[569]|chín|sáu|năm)\s*tháng\s*(?<first>đầu\s*)?(?<late>cuối\s*)?năm|quý\s+(?<q>IV|I{1,3}|[1-4])\s*(?:năm)?|(?<!\d\s*)năm)\s+(?<year>(?:19|20)\d{2})/giu;
  for (const m of area.matchAll(PERIOD)) {
    const g = m.groups!;
    const year = Number(g.year);
    const before = area.slice(Math.max(0, m.index - 12), m.index);
    if (/tháng\s+\d{1,2}\s*$/u.test(before) || /ngày\s+\d{1,2}\s*$/u.test(before)) continue;
    if (g.late) continue;
    let period: Period;
    if (g.q) period = makePeriod('quarter', year, { I: 1, II: 2, III: 3, IV: 4 }[g.q.toUpperCase()] ?? Number(g.q));
    else if (g.months) {
      const n = { chín: 9, sáu: 6, năm: 5 }[g.months.toLowerCase()] ?? Number(g.months);
      period = makePeriod(n === 6 ? 'ytd6' : n === 9 ? 'ytd9' : 'ytd5', year);
    } else period = makePeriod('year', year);
    return { period, written: m[0].replace(/\s+/gu, ' '), at: titleStart + m.index };
  }
  return null;
}

export { periodLabel };

/** The report's number ("125/BC-BCĐ") and date ("ngày 10 tháng 6 năm 2025" → 2025-06-10), from its head. */
export function reportNumberAndDate(text: string): { number: string | null; date: string | null } {
  const head = text.slice(0, HEAD_CHARS);
  const number = REPORT_NUMBER.exec(head)?.[1]?.replace(/\s+/gu, '') ?? null;
  const d = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(head);
  const date = d ? `${d[3]}-${d[2]!.padStart(2, '0')}-${d[1]!.padStart(2, '0')}` : null;
  return { number: number && /\d/u.test(number.split('/')[0]!) ? number : number ? number.replace(/^[.…_]+/u, '') : null, date: date && !Number.isNaN(Date.parse(date)) ? date : null };
}

/** "BAN CHỈ ĐẠO VỀ NHÂN QUYỀN TỈNH BẮC NINH" → "Ban Chỉ Đạo Về Nhân Quyền Tỉnh Bắc Ninh": the registry's names are written in title case. */
const titleCase = (line: string) => line.toLocaleLowerCase('vi').replace(/(^|[\s(-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase('vi'));

/**
 * The province that reports: the issuing body in the header ("UBND TỈNH …", "BAN CHỈ ĐẠO …
 * TỈNH …", written in capitals), else the province the text names most. Resolved in the era of
 * the period's end: a 2024 report of Bình Định is filed under the old Bình Định.
 */
export function findReportingProvince(text: string, periodEnd: string | null): { name: string; code: string; era: 'current' | 'legacy' } | null {
  const headerLines = text.slice(0, 800).split('\n').slice(0, 12);
  for (const line of headerLines) {
    const m = /(?:TỈNH|THÀNH PHỐ|TP\.?)\s+([\p{Lu}\s.-]{3,40}?)\s*(?:$|\n|[–—-]{2,}|\s{2,})/u.exec(line.trim());
    if (!m) continue;
    const resolved = resolveProvince(registryName(titleCase(m[1]!.trim())), periodEnd);
    if (resolved) return resolved;
  }
  const found = findProvince(text, Math.min(text.length, 1500), periodEnd);
  return found ? found.value : null;
}

function registryName(name: string): string {
  const byKey: Record<string, string> = { 'ho chi minh': 'Hồ Chí Minh', 'ba ria - vung tau': 'Bà Rịa - Vũng Tàu', 'thua thien hue': 'Thừa Thiên Huế' };
  return byKey[searchKey(name)] ?? name.replace(/ Tỉnh$/u, '');
}

export const isBeforeReform = (date: string | null) => date !== null && date < reformDate;

type SectionKind = 'limitation' | 'direction' | 'results' | 'other';

/** A heading line: "III. HẠN CHẾ, KHÓ KHĂN", "2. Phương hướng, nhiệm vụ …", "KIẾN NGHỊ, ĐỀ XUẤT". */
export function headingKind(line: string): SectionKind | null {
  const t = line.trim();
  if (!t || t.length > 160) return null;
  const roman = /^(?:[IVX]{1,4})[.)]\s*\S/u.test(t);
  const numbered = /^(?:\d{1,2}(?:\.\d{1,2})?|[a-zđ])[.)]\s*\S/u.test(t);
  const letters = t.replace(/[^\p{L}]/gu, '');
  const capitals = letters.length > 3 && letters === letters.toLocaleUpperCase('vi');
  const body = t.replace(/^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})?|[a-zđ])[.)]\s*/u, '');
  const key = searchKey(body);
  const kind: SectionKind = /^(?:mot so )?(?:han che|ton tai|kho khan|vuong mac|nhung han che)/u.test(key)
    ? 'limitation'
    : /^(?:phuong huong|nhiem vu|kien nghi|de xuat|giai phap|ke hoach|muc tieu)/u.test(key) && !/ket qua/u.test(key)
      ? 'direction'
      : /^(?:ket qua|tinh hinh|danh gia|cong tac|so lieu|thuc hien)/u.test(key)
        ? 'results'
        : 'other';
  if (roman || capitals) return kind;
  // An arabic-numbered line is a heading only when short, unpunctuated and naming a section.
  if (numbered && kind !== 'other' && t.length < 110 && !/[.;]$/u.test(t)) return kind;
  if (/^(?:nguyen nhan|bai hoc)/u.test(key) && t.length < 110 && !/[.;]$/u.test(t)) return 'other';
  // An unnumbered short line naming a section ("Hạn chế, khó khăn") is a heading as well.
  // Only the words that name such a section alone: a table's column "Kế hoạch năm 2026" is no heading.
  if (/^(?:han che|ton tai|kho khan|phuong huong|kien nghi|de xuat)/u.test(key) && t.length < 70 && !/[.;:,]$/u.test(t) && body === t && /^\p{Lu}/u.test(t) && key.split(' ').length <= 10) return kind;
  return null;
}

function sectionHeadingsIn(text: string): { limitation: boolean; direction: boolean } {
  let limitation = false;
  let direction = false;
  for (const line of text.split('\n')) {
    const k = headingKind(line);
    if (k === 'limitation') limitation = true;
    if (k === 'direction') direction = true;
  }
  return { limitation, direction };
}

export const periodOf = (p: Period | null) => (p ? { code: p.code, label: periodLabel(p) } : null);
