import type { CurrentUser } from '../../../../shared/api/auth';
import { can } from '../../../../shared/auth/permissions';

/**
 * Whether to offer edit and delete for a conference. The server decides; this mirrors its rule so
 * nobody is shown a button that will be refused: a national administrator manages any conference,
 * a province only the provincial and commune-level conferences it hosts.
 */
export function canManageConference(user: CurrentUser, target: { level: string; provinceCode: string | null }): boolean {
  if (!can(user.role, 'conferences.manage')) return false;
  if (user.role === 'national_admin') return true;
  return (target.level === 'provincial' || target.level === 'commune') && target.provinceCode !== null && target.provinceCode === user.provinceCode;
}
