import { loadConfig, type Config } from '../server/config.js';
import { openDatabase, type Database } from '../server/db/client.js';
import { prepareDatabase } from '../server/db/prepare.js';

/** Opens the database the environment points at and brings it up to date. */
export async function openConfiguredDatabase(opts: { prepare?: boolean } = {}): Promise<{ config: Config; database: Database }> {
  const config = loadConfig();
  const database = await openDatabase(config);
  if (opts.prepare !== false) await prepareDatabase(database);
  return { config, database };
}

export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `PGlite (${config.dataDir})`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
