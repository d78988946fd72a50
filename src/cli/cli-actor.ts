import type { Actor } from '../server/features/auth/actor.js';

/**
 * Commands act as the installation itself: a national administrator with no account of its own.
 * The nil UUID and this address mark its changes in the audit log.
 */
export const cliActor: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  email: 'cli@rights-desk.local',
  fullName: 'rights-desk CLI',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};
