import { isNationalRole } from '../../../shared/auth/permissions.js';
import { conferenceManageRefusal, type ConferenceAccessTarget } from '../../../shared/auth/conference-access.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import type { Visibility } from './queries.js';

/*
 * The conference access rules as the server enforces them. The rules themselves live in
 * src/shared/auth/conference-access.ts, so the web app hides exactly what is refused here; every
 * feature that hangs off a conference (participants, awareness tests, files, intake, exports)
 * asks through them, so they cannot drift apart between features.
 */
export {
  canManageConference,
  canReadRoster,
  canSeeConference,
  canSeeContacts,
  type ConferenceAccessTarget,
} from '../../../shared/auth/conference-access.js';

/** The list filter matching `canSeeConference`: null for national roles, who see everything. */
export function visibilityFor(actor: Actor): Visibility {
  return isNationalRole(actor.role) ? null : { provinceCode: actor.provinceCode, organisationId: actor.organisationId };
}

export function assertCanManageConference(actor: Actor, target: ConferenceAccessTarget): void {
  const refusal = conferenceManageRefusal(actor, target);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
}
