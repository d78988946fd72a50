import type { CurrentUser } from '../../../../shared/api/auth';
import { can } from '../../../../shared/auth/permissions';

/**
 * Whether to offer changes to a conference's awareness plan; the server decides. The
 * conference's own rule: a national administrator manages any, a province the provincial and
 * commune-level conferences it hosts.
 */
export function canManageAwareness(user: CurrentUser, conference: { level: string; provinceCode: string | null }): boolean {
  if (!can(user.role, 'conferences.manage')) return false;
  if (user.role === 'national_admin') return true;
  return (conference.level === 'provincial' || conference.level === 'commune') && conference.provinceCode !== null && conference.provinceCode === user.provinceCode;
}
