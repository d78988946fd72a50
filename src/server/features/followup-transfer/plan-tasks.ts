import type { DraftRow, PlanMapping } from '../../../shared/api/followup-transfer.js';
import { searchKey } from '../../../shared/text/index.js';
import type { TableRow } from '../participants/import/read-table.js';
import { blankItem, cellOf, draftRow, locateHeader, recognisedFields, textIssues } from './drafts.js';
import { planHeaderPhrases, suggestColumns } from './lexicon.js';

/*
 * An implementation plan's task sheet (kế hoạch thực hiện): STT, Nội dung nhiệm vụ, Cơ quan chủ
 * trì, Cơ quan phối hợp, Thời gian hoàn thành. Bodies are read here as names; the service matches
 * them to the organisations registry.
 */

export type PlanOptions = { planNumber: string; planDate: string; planTitle: string | null; provinceCode: string | null };

export const suggestPlanMapping = (headers: string[]): PlanMapping => suggestColumns(headers, planHeaderPhrases);

export function locatePlanHeader(rows: TableRow[]) {
  return locateHeader(rows, (cells) => recognisedFields(suggestPlanMapping(cells)));
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const romanQuarter: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A plan's deadline as written: "31/12/2025", "2025-12-31" (an Excel date), "Tháng 6/2025",
 * "Quý II/2025", "Quý 2 năm 2025", "6 tháng đầu năm 2025", "Năm 2025", "2025". "Thường xuyên",
 * "Hằng năm", "Liên tục" and an empty cell have no due date. `undefined` when it cannot be read.
 */
export function readDue(cell: string): string | null | undefined {
  const key = searchKey(cell);
  if (!key) return null;
  if (/^(thuong xuyen|hang nam|hang nam|lien tuc|hang quy|hang thang|ngay khi|khi co yeu cau)/u.test(key)) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(cell.trim());
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined;
  m = /^(?:truoc |trong |den )?(?:ngay )?(\d{1,2}) (\d{1,2}) (\d{4})$/u.exec(key);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1])) ?? undefined;
  m = /^(?:truoc |trong |den )?quy (i{1,3}|iv|[1-4])(?: nam)? (\d{4})$/u.exec(key);
  if (m) {
    const q = romanQuarter[m[1]!]!;
    const y = Number(m[2]);
    return validDate(y, q * 3, lastDay(y, q * 3)) ?? undefined;
  }
  m = /^6 thang (dau|cuoi) nam (\d{4})$/u.exec(key);
  if (m) return m[1] === 'dau' ? validDate(Number(m[2]), 6, 30) ?? undefined : validDate(Number(m[2]), 12, 31) ?? undefined;
  m = /^(?:truoc |trong |den )?(?:thang )?(\d{1,2})(?: nam)? (\d{4})$/u.exec(key);
  if (m && (key.startsWith('thang') || /^\d{1,2}\/\d{4}$/u.test(cell.trim()))) {
    const y = Number(m[2]);
    const mo = Number(m[1]);
    return mo >= 1 && mo <= 12 ? (validDate(y, mo, lastDay(y, mo)) ?? undefined) : undefined;
  }
  m = /^(?:truoc |trong |den )?(?:nam )?(\d{4})$/u.exec(key);
  if (m) return validDate(Number(m[1]), 12, 31) ?? undefined;
  m = /^(?:nam )?(\d{4}) (\d{4})$/u.exec(key);
  if (m && Number(m[2]) >= Number(m[1])) return validDate(Number(m[2]), 12, 31) ?? undefined;
  return undefined;
}

/** Words that name no body in particular ("các sở, ngành liên quan", "UBND các huyện"): not matched, not errors. */
export function isGenericBody(name: string): boolean {
  const key = searchKey(name);
  return /(^| )cac( |$)/u.test(key) || key.includes('lien quan') || key.includes('dia phuong') || key.length < 3;
}

/** The bodies of a "Cơ quan phối hợp" cell: split at commas, semicolons, line breaks and "và". */
export function splitBodies(cell: string): string[] {
  return [...new Set(cell.split(/[;,\n\r]+|\s+và\s+|\s+-\s+/u).map((s) => s.replace(/^[-–+•]\s*/u, '').trim()).filter(Boolean))];
}

export function parsePlanRow(row: TableRow, mapping: PlanMapping, options: PlanOptions): DraftRow {
  const errors: DraftRow['errors'] = [];
  const warnings: string[] = [];
  const text = cellOf(row, mapping.text);
  const order = cellOf(row, mapping.order).replace(/\.$/u, '');
  errors.push(...textIssues(text, 'nhiệm vụ'));
  const dueText = cellOf(row, mapping.due);
  const due = readDue(dueText);
  if (due === undefined) errors.push({ field: 'dueDate', message: `Không đọc được thời hạn “${dueText.slice(0, 60)}” (dạng 31/12/2025, Quý II/2025, Năm 2025 hoặc Thường xuyên).` });
  else if (due !== null && due < options.planDate) errors.push({ field: 'dueDate', message: 'Thời hạn trước ngày ban hành kế hoạch.' });
  const leadName = cellOf(row, mapping.lead);
  const lead = leadName && !isGenericBody(leadName) ? { name: leadName, organisationId: null, organisationName: null } : null;
  if (leadName && !lead) warnings.push(`Cơ quan chủ trì “${leadName}” không chỉ một cơ quan cụ thể; hãy chọn nếu cần.`);
  const named = splitBodies(cellOf(row, mapping.cooperating));
  const generic = named.filter(isGenericBody);
  if (generic.length) warnings.push(`Bỏ qua: ${generic.join(', ')} (không chỉ một cơ quan cụ thể).`);
  const cooperating = named.filter((n) => !isGenericBody(n)).map((name) => ({ name, organisationId: null, organisationName: null }));
  const item = blankItem({
    kind: 'plan',
    text,
    itemDate: options.planDate,
    provinceCode: options.provinceCode,
    dueDate: due ?? null,
    planNumber: options.planNumber,
    planDate: options.planDate,
    planTitle: options.planTitle,
    paragraph: order ? order.slice(0, 50) : null,
    reference: `KH ${options.planNumber}${order ? ` nhiệm vụ ${order}` : ''}`.slice(0, 200),
  });
  return { ...draftRow(row.number, item, errors, warnings), lead, cooperating, dueText: dueText || null };
}

/** Rows that are section headings ("I. NHIỆM VỤ CHUNG" with no body and no deadline) are left out. */
export function parsePlanRows(rows: TableRow[], mapping: PlanMapping, options: PlanOptions): DraftRow[] {
  return rows
    .filter((row) => {
      const order = cellOf(row, mapping.order);
      const rest = [mapping.lead, mapping.cooperating, mapping.due].every((c) => !cellOf(row, c));
      return !(rest && (/^[IVX]+\.?$/u.test(order) || /^[A-Z]\.?$/u.test(order) || (!order && /^[IVX]+\.\s/u.test(cellOf(row, mapping.text)))));
    })
    .map((row) => parsePlanRow(row, mapping, options));
}
