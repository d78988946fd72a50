import type { Db } from '../../db/client.js';

/** Placeholder until the administrative-units loader lands. */
export async function loadAdminUnits(_db: Db): Promise<{ loaded: boolean }> {
  return { loaded: false };
}
