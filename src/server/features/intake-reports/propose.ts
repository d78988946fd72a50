import type { IntakeReportProposal } from '../../../shared/api/intake-reports.js';
import { prepareSourceText } from '../../../shared/intake/source-text/index.js';
import { parseRecommendationText } from '../followup-transfer/recommendation-list.js';
import { findReportingProvince, findReportPeriod, periodOf, recogniseDocument, reportNumberAndDate } from './recognise.js';
import type { ReportTable } from './read-tables.js';
import { findReportFollowups, resultsEnd } from './report-sections.js';
import { tableFigures, textFigures } from './report-figures.js';
import { legacySuccessor } from './successor.js';

/** A document as read: its SOURCE text (what the reviewer sees), its tables, its pages. */
export type ReadReport = { fileKind: string; text: string; rejoinLines: boolean; tables: ReportTable[]; pageCount: number | null; warnings: string[] };

/** "chu kỳ IV", "fourth cycle", "UPR cycle 4": the cycle a list of UPR recommendations belongs to. */
function uprCycleOf(text: string): number | null {
  const head = text.slice(0, 3000);
  const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };
  const vi = /chu kỳ\s+(IV|V|I{1,3}|[1-5])\b/iu.exec(head);
  if (vi) return roman[vi[1]!.toUpperCase()] ?? Number(vi[1]);
  const en = /\b(first|second|third|fourth|fifth)\s+cycle|cycle\s+([1-5])\b/iu.exec(head);
  if (en) return en[2] ? Number(en[2]) : ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(en[1]!.toLowerCase()) + 1;
  return null;
}

/**
 * Everything intake proposes for one report or list, before the catalogue is consulted (that
 * happens on the server's thread, `mapFigures`): what the document is and why, the reporting
 * province and period, its figures with their evidence, its limitations and directions, or the
 * numbered recommendations of a list. Pure: runs in the reading worker and in tests.
 */
export function proposeFromDocument(read: ReadReport, today: string): IntakeReportProposal {
  const prepared = prepareSourceText(read.text, { rejoinLines: read.rejoinLines });
  const text = prepared.text;
  const { number, date } = reportNumberAndDate(text);
  const itemDate = date && date <= today ? date : today;
  const rows = parseRecommendationText(text, { uprCycle: uprCycleOf(text), itemDate, provinceCode: null });
  const recognition = recogniseDocument(text, { paragraphs: rows.length, withStates: rows.filter((r) => r.item.recommendingStates.length > 0).length });
  const base: IntakeReportProposal = {
    documentKind: recognition.kind,
    recognisedBy: recognition.clues,
    title: titleOf(text),
    reportNumber: number,
    reportDate: date,
    provinceCode: null,
    provinceName: null,
    unitKind: null,
    currentProvinceCode: null,
    period: null,
    periodLabel: null,
    figures: [],
    followups: [],
    recommendations: [],
    uprCycle: null,
    pageCount: read.pageCount,
    warnings: [...read.warnings],
  };
  if (recognition.kind === 'recommendation_list') {
    // A list naming no State and no treaty body is a working visit's conclusions: its paragraphs are
    // the visit's recommendations, not UPR ones (which would need a cycle).
    const states = rows.some((r) => r.item.recommendingStates.length > 0);
    const visit = !states && rows.every((r) => r.item.kind === 'upr');
    const recommendations = visit
      ? rows.map((r) => ({
          ...r,
          item: { ...r.item, kind: 'visit' as const, nature: 'recommendation' as const, uprCycle: null, reference: `Kết luận đoàn công tác, mục ${r.item.paragraph ?? r.rowNumber}`.slice(0, 200) },
          errors: r.errors.filter((e) => e.field !== 'uprCycle'),
        }))
      : rows;
    return { ...base, recommendations, uprCycle: visit ? null : uprCycleOf(text) };
  }
  if (recognition.kind !== 'provincial_report') {
    base.warnings.push(
      recognition.kind === 'article'
        ? 'Văn bản giống một bài viết về hội nghị, không phải báo cáo của tỉnh: hãy nhập ở mục “Nhập tài liệu” để lập hội nghị.'
        : 'Không nhận ra báo cáo kết quả công tác nhân quyền hay danh sách khuyến nghị (thiếu tiêu đề “BÁO CÁO”, số hiệu …/BC-, kỳ báo cáo). Hãy kiểm tra lại tệp.',
    );
    return base;
  }
  const found = findReportPeriod(text);
  const period = periodOf(found?.period ?? null);
  const province = findReportingProvince(text, found?.period.end ?? null);
  if (!period) base.warnings.push('Không tìm thấy kỳ báo cáo (6 tháng, năm… của năm nào) trong tiêu đề; hãy chọn kỳ trước khi lưu.');
  if (!province) base.warnings.push('Không tìm thấy tỉnh, thành phố báo cáo trong phần đầu văn bản.');
  const end = resultsEnd(text);
  const figures = [...tableFigures(read.tables), ...textFigures(prepared, read.text, end)].map((f) => ({
    ...f,
    indicatorCode: null,
    indicatorName: null,
    score: null,
    warning: f.warning ?? null,
  }));
  const followups = findReportFollowups(text).map((f) => ({ ...f, start: prepared.toSource(f.start), end: prepared.toSource(f.end) }));
  return {
    ...base,
    provinceCode: province?.code ?? null,
    provinceName: province?.name ?? null,
    unitKind: province ? (province.era === 'legacy' ? 'legacy_province' : 'province') : null,
    currentProvinceCode: province ? (province.era === 'legacy' ? legacySuccessor(province.code) : province.code) : null,
    period: period?.code ?? null,
    periodLabel: period?.label ?? null,
    figures,
    followups,
  };
}

/** The report's subject line: the line after "BÁO CÁO" (the trích yếu), up to its end. */
function titleOf(text: string): string | null {
  const m = /^[ \t]*B[ÁA]O C[ÁA]O[ \t]*\n+([^\n]{10,300})(?:\n([^\n]{5,200}))?/mu.exec(text.slice(0, 3000));
  if (!m) return text.split('\n').find((l) => l.trim().length > 10)?.trim().slice(0, 300) ?? null;
  const second = m[2] && !/^[-–—_*\s]+$/u.test(m[2]) && !/^(?:Thực hiện|Căn cứ|Kính gửi)/u.test(m[2].trim()) && m[1]!.trim().length > 40 ? ` ${m[2].trim()}` : '';
  return `Báo cáo ${(m[1]!.trim() + second).replace(/^[Vv]ề\s+/u, 'về ')}`.slice(0, 300);
}
