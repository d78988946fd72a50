import type { Database } from './client.js';
import { runMigrations } from './migrate.js';
import { loadAdminUnits } from '../features/admin-units/load-reference-data.js';

/** Brings a database to the current schema and loads the reference data it needs; safe to repeat. */
export async function prepareDatabase(database: Database): Promise<void> {
  await runMigrations(database);
  await loadAdminUnits(database.db);
}
