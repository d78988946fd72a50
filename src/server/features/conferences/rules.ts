import type { ConferenceData } from '../../../shared/api/conferences.js';
import type { FieldIssue } from '../../errors.js';
import { exceedsTotal } from '../../../shared/conferences/attendance-ceiling.js';
import { provinceReformDay } from '../../../shared/admin-units/reform-day.js';

/** Longest a conference may run, end date included: longer records are surely mistyped dates. */
export const maxConferenceDays = 60;

/** The day local government changed to two levels: older records may name a pre-reform province. */
export const reformDate = provinceReformDay;

const sum = (values: Array<number | null>) => values.reduce<number>((acc, v) => acc + (v ?? 0), 0);
const fmt = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/**
 * Cross-field rules of a conference record that a schema alone cannot state. Pure: `today`
 * is passed in. Returns the problems as field issues, in Vietnamese, empty when all is well.
 */
export function conferenceRuleIssues(data: ConferenceData, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (data.endDate && data.endDate < data.startDate) add('endDate', 'Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.');
  if (data.endDate && Date.parse(data.endDate) - Date.parse(data.startDate) >= maxConferenceDays * 86_400_000) {
    add('endDate', `Một hội nghị kéo dài tối đa ${maxConferenceDays} ngày; hãy kiểm tra lại ngày kết thúc.`);
  }
  if (data.status === 'held' && data.startDate > today) {
    add('startDate', 'Hội nghị đã tổ chức không thể có ngày bắt đầu trong tương lai.');
  }
  if (data.legacyProvinceCode && data.startDate >= reformDate) {
    add('legacyProvinceCode', 'Chỉ ghi tỉnh cũ cho hội nghị trước ngày 01/07/2025.');
  }
  if ((data.level === 'provincial' || data.level === 'commune') && !data.provinceCode && !data.legacyProvinceCode) {
    add('provinceCode', 'Hội nghị cấp tỉnh, cấp xã phải có tỉnh chủ trì.');
  }
  if (data.level === 'commune' && !data.communeCode) add('communeCode', 'Hội nghị cấp xã phải chọn xã.');

  const totals = [
    ['participantsActual', data.participantsActual, sum(data.connectionPoints.map((p) => p.actualAttendance)), 'thực tế'],
    ['participantsPlanned', data.participantsPlanned, sum(data.connectionPoints.map((p) => p.plannedAttendance)), 'dự kiến'],
  ] as const;
  for (const [path, total, pointsSum, label] of totals) {
    if (total !== null && exceedsTotal(pointsSum, total, data.participantsQualifier)) {
      add(path, `Tổng số đại biểu ${label} tại các điểm cầu (${fmt(pointsSum)}) vượt tổng số đại biểu của hội nghị (${fmt(total)}).`);
    }
  }
  if (data.connectionPoints.filter((p) => p.isMain).length > 1) add('connectionPoints', 'Chỉ có một điểm cầu chính.');
  data.connectionPoints.forEach((p, i) => {
    // The main point is one place (its name heads the summary); a group row stands for many.
    if (p.isMain && p.pointCount > 1) add(`connectionPoints.${i}.pointCount`, 'Điểm cầu chính là một điểm cầu, không ghi gộp nhiều điểm.');
  });
  const pointIds = data.connectionPoints.flatMap((p) => (p.id ? [p.id] : []));
  if (new Set(pointIds).size !== pointIds.length) add('connectionPoints', 'Một điểm cầu bị gửi hai lần.');

  data.officials.forEach((o, i) => {
    if (o.connectionPointIndex !== null && o.connectionPointIndex >= data.connectionPoints.length) {
      add(`officials.${i}.connectionPointIndex`, 'Điểm cầu không tồn tại.');
    }
  });
  data.materials.forEach((m, i) => {
    if (m.agendaItemIndex !== null && m.agendaItemIndex >= data.agenda.length) add(`materials.${i}.agendaItemIndex`, 'Chuyên đề không tồn tại.');
    if (m.kind === 'link' && !m.url) add(`materials.${i}.url`, 'Nhập đường dẫn.');
  });
  const organiserIds = data.organisers.map((o) => o.organisationId);
  if (new Set(organiserIds).size !== organiserIds.length) add('organisers', 'Một cơ quan bị ghi hai lần trong danh sách tổ chức.');
  data.outcomes.forEach((o, i) => {
    if (o.dueDate && o.dueDate < data.startDate) add(`outcomes.${i}.dueDate`, 'Hạn thực hiện không thể trước ngày hội nghị.');
  });
  return issues;
}
