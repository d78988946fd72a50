import { can, isNationalRole, type Role } from './permissions.js';

/*
 * Who may read and change a follow-up item. The server enforces these rules on every follow-up
 * route (items, progress, assignment, imports, working visits, provincial reports); the web app
 * asks the same functions only to hide what the server would refuse anyway.
 *
 * A national item (no province: a UPR recommendation, a treaty body's observation, a national
 * plan's task) is everyone's to read and the Standing Office's to change. A province's item is
 * its own people's and the Standing Office's. Status and progress belong to the lead body (its
 * agency reporters) or the level above it (the province's secretariat, then the Standing Office).
 */

export type FollowupAccessUser = { id: string; role: Role; provinceCode: string | null; organisationId: string | null };

/** An item as the rules see it. */
export type FollowupItemScope = {
  provinceCode: string | null;
  leadOrganisationId: string | null;
  /** Co-operating bodies: their reporters may record progress, not change the status. */
  cooperatingOrganisationIds?: readonly string[];
};

export const closedStatuses = ['done', 'not_done'] as const;
export const isClosedStatus = (status: string): boolean => (closedStatuses as readonly string[]).includes(status);

export function canReadFollowup(user: FollowupAccessUser, item: Pick<FollowupItemScope, 'provinceCode'>): boolean {
  if (!can(user.role, 'followup.read')) return false;
  if (isNationalRole(user.role) || item.provinceCode === null) return true;
  return item.provinceCode === user.provinceCode;
}

/** Why the person may not create or edit this item (its text, bodies, dates, assignment), or null when they may. */
export function editRefusal(user: FollowupAccessUser, item: Pick<FollowupItemScope, 'provinceCode'>): string | null {
  if (!can(user.role, 'followup.manage')) return 'Tài khoản của bạn không có quyền tạo hoặc sửa việc theo dõi.';
  if (isNationalRole(user.role)) return null;
  if (item.provinceCode === null) return 'Việc theo dõi cấp quốc gia do Văn phòng Thường trực về nhân quyền quản lý.';
  if (item.provinceCode !== user.provinceCode) return 'Bạn chỉ quản lý được việc theo dõi của tỉnh mình.';
  return null;
}

/** Why the person may not change the item's status (start, close, not carry out, reopen), or null when they may. */
export function statusRefusal(user: FollowupAccessUser, item: FollowupItemScope): string | null {
  if (!can(user.role, 'followup.progress')) return 'Tài khoản của bạn chỉ được xem việc theo dõi.';
  if (isNationalRole(user.role)) return null;
  if (item.provinceCode === null) return 'Trạng thái việc cấp quốc gia do Văn phòng Thường trực về nhân quyền cập nhật.';
  if (item.provinceCode !== user.provinceCode) return 'Bạn chỉ cập nhật được việc theo dõi của tỉnh mình.';
  if (user.role === 'provincial_secretariat') return null;
  if (!user.organisationId || user.organisationId !== item.leadOrganisationId) {
    return 'Chỉ cơ quan chủ trì (hoặc Ban Chỉ đạo của tỉnh) được cập nhật trạng thái việc này.';
  }
  return null;
}

/** Why the person may not record progress on the item, or null when they may: the lead body, the co-operating bodies, or the level above. */
export function progressRefusal(user: FollowupAccessUser, item: FollowupItemScope): string | null {
  const refusal = statusRefusal(user, item);
  if (refusal === null) return null;
  const cooperates = user.organisationId !== null && (item.cooperatingOrganisationIds ?? []).includes(user.organisationId);
  if (cooperates && can(user.role, 'followup.progress') && item.provinceCode !== null && item.provinceCode === user.provinceCode) return null;
  return refusal.replace('cập nhật trạng thái', 'ghi nhận tiến độ');
}
