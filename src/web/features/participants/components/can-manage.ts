import type { CurrentUser } from '../../../../shared/api/auth';
import { can } from '../../../../shared/auth/permissions';

/**
 * Whether to offer changes to a conference's participants; the server decides. Same rule as for
 * the conference itself: a national administrator manages any conference, a province only the
 * provincial and commune-level conferences it hosts.
 */
export function canManageParticipants(user: CurrentUser, conference: { level: string; provinceCode: string | null }): boolean {
  if (!can(user.role, 'conferences.manage')) return false;
  if (user.role === 'national_admin') return true;
  return (conference.level === 'provincial' || conference.level === 'commune') && conference.provinceCode !== null && conference.provinceCode === user.provinceCode;
}
