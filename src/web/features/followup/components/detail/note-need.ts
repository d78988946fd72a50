import type { FollowupStatus } from '../../../../../shared/api/followup';
import { isClosedStatus } from '../../../../../shared/auth/followup-access';

/**
 * Which note a change of status needs, so the dialog asks for it before the server refuses:
 * closing needs a closing note, 'not_done' its reason, reopening a closed item the reason; other
 * changes take an optional note.
 */
export function noteNeed(from: FollowupStatus, to: FollowupStatus): 'closing' | 'notDone' | 'reopen' | null {
  if (to === 'done') return 'closing';
  if (to === 'not_done') return 'notDone';
  if (isClosedStatus(from)) return 'reopen';
  return null;
}
