import { isNationalRole } from '../../../shared/auth/permissions.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import type { Visibility } from './queries.js';

/*
 * Who may read, change and see the people of a conference. Every feature that hangs off a
 * conference (participants, awareness tests, files, intake, exports) asks here, so the rules
 * cannot drift apart between features.
 */

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
export function visibilityFor(actor: Actor): Visibility {
  return isNationalRole(actor.role) ? null : { provinceCode: actor.provinceCode, organisationId: actor.organisationId };
}

export function canSeeConference(actor: Actor, target: ConferenceAccessTarget): boolean {
  const v = visibilityFor(actor);
  if (v === null || target.provinceCode === null || target.provinceCode === v.provinceCode) return true;
  return v.organisationId !== null && target.organisers.some((o) => o.id === v.organisationId && o.provinceCode === v.provinceCode);
}

/**
 * Why the actor may not change the conference, or null when they may. A national administrator
 * manages every conference; a province's secretariat the provincial and commune-level ones it
 * hosts; an agency reporter only those its own agency organises or co-organises there.
 */
export function manageRefusal(actor: Actor, target: ConferenceAccessTarget): string | null {
  if (actor.role === 'national_admin') return null;
  if (actor.role !== 'provincial_secretariat' && actor.role !== 'agency_reporter') return 'Tài khoản của bạn chỉ được xem hội nghị.';
  if (target.level === 'national' || target.level === 'regional' || target.provinceCode !== actor.provinceCode) {
    return 'Bạn chỉ quản lý được hội nghị cấp tỉnh, cấp xã của tỉnh mình.';
  }
  if (actor.role === 'agency_reporter') {
    if (!actor.organisationId) {
      return 'Tài khoản của bạn chưa gắn với cơ quan nào nên chưa nhập, sửa được hội nghị. Hãy đề nghị Thường trực Ban Chỉ đạo tỉnh gắn cơ quan cho tài khoản.';
    }
    if (!target.organisers.some((o) => o.id === actor.organisationId)) {
      return 'Bạn chỉ quản lý được hội nghị do cơ quan mình tổ chức hoặc phối hợp tổ chức. Hãy ghi cơ quan mình trong phần Đơn vị tổ chức.';
    }
  }
  return null;
}

export function canManageConference(actor: Actor, target: ConferenceAccessTarget): boolean {
  return manageRefusal(actor, target) === null;
}

export function assertCanManageConference(actor: Actor, target: ConferenceAccessTarget): void {
  const refusal = manageRefusal(actor, target);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
}

/**
 * The list of participants holds people's data: it is for those who manage the conference, the
 * Standing Office, and the accounts of the province that hosts it. A national or regional
 * conference's roster is the Standing Office's, not every province's viewers'.
 */
export function canReadRoster(actor: Actor, target: ConferenceAccessTarget): boolean {
  if (isNationalRole(actor.role) || canManageConference(actor, target)) return true;
  return target.provinceCode !== null && target.provinceCode === actor.provinceCode && target.level !== 'national' && target.level !== 'regional';
}

/** Contact details (phone, e-mail) only for those who manage the conference. */
export function canSeeContacts(actor: Actor, target: ConferenceAccessTarget): boolean {
  return canManageConference(actor, target);
}
