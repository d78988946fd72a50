import { seedDemo } from '../server/features/demo/seed-demo.js';
import { cliActor } from './cli-actor.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

export async function run(): Promise<void> {
  const { config, database } = await openConfiguredDatabase();
  try {
    const { created, skipped, indicatorReports, followup } = await seedDemo(database.db, cliActor);
    console.log(
      `Dữ liệu mẫu / demo data (${describeDatabase(config)}): đã thêm ${created} hội nghị tập huấn${skipped ? `, bỏ qua ${skipped} đã có` : ''}; ${indicatorReports.created} báo cáo chỉ tiêu đã duyệt${indicatorReports.skipped ? `, bỏ qua ${indicatorReports.skipped} đã có` : ''}; theo dõi thực hiện: ${followup.conferenceItems} việc từ kết luận hội nghị, ${followup.visits} đoàn công tác, ${followup.sampleItems} khuyến nghị mẫu.`,
    );
  } finally {
    await database.close();
  }
}
