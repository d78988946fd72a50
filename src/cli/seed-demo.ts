import { seedDemo } from '../server/features/demo/seed-demo.js';
import { cliActor } from './cli-actor.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

export async function run(): Promise<void> {
  const { config, database } = await openConfiguredDatabase();
  try {
    const { created, skipped, indicatorReports } = await seedDemo(database.db, cliActor);
    console.log(
      `Dữ liệu mẫu / demo data (${describeDatabase(config)}): đã thêm ${created} hội nghị tập huấn${skipped ? `, bỏ qua ${skipped} đã có` : ''}; ${indicatorReports.created} báo cáo chỉ tiêu đã duyệt${indicatorReports.skipped ? `, bỏ qua ${indicatorReports.skipped} đã có` : ''}.`,
    );
  } finally {
    await database.close();
  }
}
