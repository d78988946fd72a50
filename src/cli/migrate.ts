import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

export async function run(): Promise<void> {
  const started = Date.now();
  const { config, database } = await openConfiguredDatabase();
  await database.close();
  console.log(`Đã cập nhật CSDL / database up to date: ${describeDatabase(config)} (${Date.now() - started} ms)`);
}
