import { isNationalRole, type Role } from '../../../shared/auth/permissions.js';
import { notFound } from '../../errors.js';

/** The fields of an account that say who someone is and what they may do. */
type IdentityFields = {
  id: string;
  email: string;
  fullName: string;
  role: string;
  provinceCode: string | null;
  organisationId: string | null;
  mustChangePassword: boolean;
};

/** The actor an account row stands for (also the `CurrentUser` the API returns). */
export function actorFromUser(user: IdentityFields): Actor {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role as Role,
    provinceCode: user.provinceCode,
    organisationId: user.organisationId,
    mustChangePassword: user.mustChangePassword,
  };
}

/** The signed-in person on whose behalf a service acts. */
export type Actor = {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  provinceCode: string | null;
  organisationId: string | null;
  mustChangePassword: boolean;
};

/** The province an actor is confined to, or null for national roles that see every province. */
export function provinceScope(actor: Actor): string | null {
  return isNationalRole(actor.role) ? null : actor.provinceCode;
}

/**
 * Throws 404 (not 403) when the record belongs to another province, so that a province
 * cannot even learn which records exist elsewhere.
 */
export function assertProvinceAccess(actor: Actor, recordProvinceCode: string | null, what?: string): void {
  const scope = provinceScope(actor);
  if (scope !== null && recordProvinceCode !== scope) throw notFound(what);
}
