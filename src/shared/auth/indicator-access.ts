import type { ReportingUnitKind } from '../api/indicators.js';
import { can, isNationalRole, type Role } from './permissions.js';

/*
 * Who may read, report and approve an indicator report. The server enforces these rules (every
 * indicator route: reports, values, imports, dashboards, completeness); the web app asks the
 * same functions only to hide what the server would refuse anyway.
 *
 * The level above approves: an agency's or a commune's report is approved by its province's
 * secretariat; a province's (or, for earlier periods, an old province's) by the Standing
 * Office; the national report by a national administrator. Nobody approves a report they
 * submitted themselves.
 */

export type IndicatorAccessUser = { id: string; role: Role; provinceCode: string | null; organisationId: string | null };

/** A reporting unit as the rules see it: `provinceCode` is the current province it belongs to (null: national). */
export type IndicatorUnit = { unitKind: ReportingUnitKind; unitCode: string; provinceCode: string | null };

/** National figures are everyone's; a province's (and its communes' and agencies') are its own people's and the Standing Office's. */
export function canReadUnit(user: IndicatorAccessUser, unit: IndicatorUnit): boolean {
  if (!can(user.role, 'indicators.read')) return false;
  if (isNationalRole(user.role) || unit.unitKind === 'national') return true;
  return unit.provinceCode !== null && unit.provinceCode === user.provinceCode;
}

/** Why the person may not enter or submit this unit's figures, or null when they may. */
export function reportRefusal(user: IndicatorAccessUser, unit: IndicatorUnit): string | null {
  if (!can(user.role, 'indicators.report')) return 'Tài khoản của bạn chỉ được xem số liệu chỉ tiêu.';
  if (user.role === 'national_admin') return null;
  if (unit.unitKind === 'national' || unit.provinceCode === null || unit.provinceCode !== user.provinceCode) {
    return 'Bạn chỉ báo cáo được số liệu của các đơn vị thuộc tỉnh mình.';
  }
  if (user.role === 'agency_reporter') {
    if (!user.organisationId) return 'Tài khoản của bạn chưa gắn với cơ quan nào; đề nghị quản trị viên của tỉnh gắn cơ quan trước khi báo cáo.';
    if (unit.unitKind !== 'agency' || unit.unitCode !== user.organisationId) return 'Bạn chỉ báo cáo được số liệu của cơ quan mình.';
  }
  return null;
}

/** Which level approves a unit's reports. */
export function approvingLevel(unitKind: ReportingUnitKind): 'province' | 'national' | 'national_admin' {
  if (unitKind === 'agency' || unitKind === 'commune') return 'province';
  if (unitKind === 'national') return 'national_admin';
  return 'national';
}

/**
 * Why the person may not approve, return or reopen this unit's report, or null when they may.
 * `submittedBy` is who submitted it: nobody approves their own report.
 */
export function approveRefusal(user: IndicatorAccessUser, unit: IndicatorUnit, submittedBy: string | null): string | null {
  if (!can(user.role, 'indicators.approve')) return 'Tài khoản của bạn không có quyền phê duyệt báo cáo chỉ tiêu.';
  const level = approvingLevel(unit.unitKind);
  const allowed =
    user.role === 'national_admin' ||
    (level === 'national' && user.role === 'national_officer') ||
    (level === 'province' && user.role === 'provincial_secretariat' && unit.provinceCode === user.provinceCode);
  if (!allowed) {
    return level === 'province'
      ? 'Báo cáo của cơ quan, xã do Ban Chỉ đạo (Thường trực) của tỉnh phê duyệt.'
      : 'Báo cáo của tỉnh do Văn phòng Thường trực về nhân quyền phê duyệt.';
  }
  if (submittedBy !== null && submittedBy === user.id) return 'Bạn không thể tự phê duyệt báo cáo do chính mình nộp; cấp trên khác cần phê duyệt.';
  return null;
}
