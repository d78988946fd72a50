import { isNationalRole, type Role } from './permissions.js';

/*
 * Who may read, change and see the people of a conference. The server enforces these rules
 * (src/server/features/conferences/access.ts); the web app asks the same functions only to hide
 * what the server would refuse anyway.
 */

/** What the rules need to know of the person asking. */
export type ConferenceAccessUser = { role: Role; provinceCode: string | null; organisationId: string | null };

/** What the rules need to know of a conference. */
export type ConferenceAccessTarget = {
  level: string;
  provinceCode: string | null;
  /** The organisers (host and co-organisers), with the province each body belongs to. */
  organisers: ReadonlyArray<{ id: string; provinceCode: string | null }>;
};

/**
 * National roles see everything; others see their province, national records and what their
 * body co-organises. The body counts only while it belongs to the reader's province, so an
 * organisation that was moved (or wrongly attached) never opens another province's records.
 */
export function canSeeConference(user: ConferenceAccessUser, target: ConferenceAccessTarget): boolean {
  if (isNationalRole(user.role) || target.provinceCode === null || target.provinceCode === user.provinceCode) return true;
  return user.organisationId !== null && target.organisers.some((o) => o.id === user.organisationId && o.provinceCode === user.provinceCode);
}

/**
 * Why the person may not change the conference, or null when they may. A national administrator
 * manages every conference; a province's secretariat the provincial and commune-level ones it
 * hosts; an agency reporter only those its own agency organises or co-organises there.
 */
export function conferenceManageRefusal(user: ConferenceAccessUser, target: ConferenceAccessTarget): string | null {
  if (user.role === 'national_admin') return null;
  if (user.role !== 'provincial_secretariat' && user.role !== 'agency_reporter') return 'Tài khoản của bạn chỉ được xem hội nghị.';
  if (target.level === 'national' || target.level === 'regional' || target.provinceCode !== user.provinceCode) {
    return 'Bạn chỉ quản lý được hội nghị cấp tỉnh, cấp xã của tỉnh mình.';
  }
  if (user.role === 'agency_reporter') {
    if (!user.organisationId) {
      return 'Tài khoản của bạn chưa gắn với cơ quan nào nên chưa nhập, sửa được hội nghị. Hãy đề nghị Thường trực Ban Chỉ đạo tỉnh gắn cơ quan cho tài khoản.';
    }
    if (!target.organisers.some((o) => o.id === user.organisationId)) {
      return 'Bạn chỉ quản lý được hội nghị do cơ quan mình tổ chức hoặc phối hợp tổ chức. Hãy ghi cơ quan mình trong phần Đơn vị tổ chức.';
    }
  }
  return null;
}

export function canManageConference(user: ConferenceAccessUser, target: ConferenceAccessTarget): boolean {
  return conferenceManageRefusal(user, target) === null;
}

/**
 * The list of participants holds people's data: it is for those who manage the conference, the
 * Standing Office, and the accounts of the province that hosts it. A national or regional
 * conference's roster is the Standing Office's, not every province's viewers'.
 */
export function canReadRoster(user: ConferenceAccessUser, target: ConferenceAccessTarget): boolean {
  if (isNationalRole(user.role) || canManageConference(user, target)) return true;
  return target.provinceCode !== null && target.provinceCode === user.provinceCode && target.level !== 'national' && target.level !== 'regional';
}

/** Contact details (phone, e-mail) only for those who manage the conference. */
export function canSeeContacts(user: ConferenceAccessUser, target: ConferenceAccessTarget): boolean {
  return canManageConference(user, target);
}

/** The access target of a conference as the API returns it. */
export const accessTargetOfConference = (c: {
  level: string;
  province: { code: string } | null;
  organisers: ReadonlyArray<{ id: string; provinceCode: string | null }>;
}): ConferenceAccessTarget => ({ level: c.level, provinceCode: c.province?.code ?? null, organisers: c.organisers });
