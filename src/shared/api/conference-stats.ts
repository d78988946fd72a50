import { z } from 'zod';
import { provinceCodeSchema, yearQuerySchema } from './common.js';
import { conferenceFormats, conferenceLevels, connectionPointLevels } from './conferences.js';

/**
 * Statistics of training conferences: only conferences with status `held` count, and only those
 * the caller may see (the same visibility as the conference list).
 *
 * Counting rules, so that every screen, export and report gives the same figures:
 * - **Delegates** of one conference = `participantsActual` when recorded (the whole conference,
 *   every connection point included), otherwise the sum of its connection points' actual
 *   attendance, otherwise unknown — never 0. The two are never added together, so a person
 *   counted in the conference total is not counted again at their connection point. Across
 *   conferences the figure is attendances (lượt đại biểu): someone at two conferences counts twice.
 * - **Delegates of a group** (province, month, level, format, year, total) = the sum of its
 *   conferences' known figures, `null` when none of them has one, with `delegatesUnrecorded`
 *   saying how many had none. A group without any conference has 0 (nobody, and known).
 * - **Communes reached** = distinct current communes where a held conference had a connection
 *   point, or where a commune-level conference itself took place. A commune counts towards the
 *   province it lies in, whoever organised the conference.
 * - **Province** = the current province (a record kept under an old province rolls up to it).
 *   Conferences with no province (national, regional) count in the totals, not in a province row.
 */
export const conferenceStatsQuerySchema = z.object({
  year: yearQuerySchema.optional().describe('Năm tổ chức; bỏ trống là mọi năm'),
  province: provinceCodeSchema.optional().describe('Mã tỉnh hiện hành; gồm cả hội nghị ghi theo các tỉnh cũ đã hợp nhất'),
});
export type ConferenceStatsQuery = z.infer<typeof conferenceStatsQuerySchema>;

const count = z.number().int().min(0);
/** Unknown is not zero: a group where no conference recorded its delegates says `null`, never 0. */
const delegates = count
  .nullable()
  .describe(
    'Lượt đại biểu: cộng số đã ghi của các hội nghị trong nhóm; null khi có hội nghị nhưng chưa hội nghị nào ghi số đại biểu (chưa ghi, không phải 0). Nhóm không có hội nghị nào là 0',
  );
const delegatesUnrecorded = count.describe(
  'Số hội nghị trong nhóm chưa ghi số đại biểu (không có tổng số, các điểm cầu cũng chưa ghi): không được cộng vào lượt đại biểu',
);
const share = z.number().min(0).max(1).describe('Tỷ lệ xã được phủ, từ 0 đến 1 (xã được phủ / tổng số xã)');

export const conferenceStatsTotalsSchema = z.object({
  conferences: count.describe('Số hội nghị đã tổ chức'),
  delegates,
  delegatesUnrecorded,
  connectionPoints: count.describe('Số điểm cầu của các hội nghị đó'),
  communesReached: count.describe('Số xã, phường, đặc khu có điểm cầu hoặc hội nghị cấp xã'),
  communeCount: count.describe('Tổng số xã của phạm vi thống kê (một tỉnh, hoặc cả nước)'),
  communesReachedShare: share,
});

export const provinceStatsSchema = z.object({
  code: z.string(),
  name: z.string(),
  conferences: count,
  delegates,
  delegatesUnrecorded,
  connectionPoints: count,
  communesReached: count,
  communeCount: count,
  share,
});
export type ProvinceStats = z.infer<typeof provinceStatsSchema>;

export const conferenceStatsSchema = z
  .object({
    year: z.number().int().nullable().describe('Năm đã lọc; null là mọi năm'),
    province: z.object({ code: z.string(), name: z.string() }).nullable().describe('Tỉnh đã lọc; null là mọi tỉnh được xem'),
    totals: conferenceStatsTotalsSchema,
    central: z
      .object({ conferences: count, delegates, delegatesUnrecorded, connectionPoints: count })
      .describe('Hội nghị không gắn với tỉnh nào (toàn quốc, khu vực): có trong tổng, không có trong dòng tỉnh nào'),
    byProvince: z.array(provinceStatsSchema).describe('Đủ 34 tỉnh, theo mã, kể cả tỉnh chưa có hội nghị'),
    byMonth: z.array(z.object({ month: z.number().int().min(1).max(12), conferences: count, delegates, delegatesUnrecorded })).describe('Đủ 12 tháng'),
    byTheme: z
      .array(z.object({ theme: z.string(), topics: count.describe('Số chuyên đề gắn chủ đề này'), conferences: count.describe('Số hội nghị có chuyên đề thuộc chủ đề này') }))
      .describe('Mọi chủ đề trong danh mục (kể cả số 0), nhiều chuyên đề trước'),
    byLevel: z.array(z.object({ level: z.enum(conferenceLevels), conferences: count, delegates, delegatesUnrecorded })).describe('Theo cấp hội nghị'),
    byPointLevel: z
      .array(z.object({ level: z.enum(connectionPointLevels), connectionPoints: count, attendance: count.describe('Tổng đại biểu thực tế ghi tại các điểm cầu cấp này') }))
      .describe('Điểm cầu theo cấp'),
    byFormat: z
      .array(z.object({ format: z.enum([...conferenceFormats, 'unknown']), conferences: count, delegates, delegatesUnrecorded }))
      .describe('Theo hình thức; `unknown` là hội nghị chưa ghi hình thức'),
    byYear: z
      .array(z.object({ year: z.number().int(), conferences: count, delegates, delegatesUnrecorded }))
      .describe('Mọi năm có hội nghị (không theo bộ lọc năm), liền mạch từ năm đầu đến năm cuối, để vẽ xu hướng'),
    testGains: z
      .array(
        z.object({
          label: z.string().describe('"Cao Bằng – 2024"; "Trung ương – 2024" cho hội nghị không gắn với tỉnh'),
          provinceCode: z.string().nullable(),
          year: z.number().int(),
          tests: count.describe('Số hội nghị có bài kiểm tra nhận thức'),
          responsesBefore: count.describe('Số bài kiểm tra đầu vào'),
          responsesAfter: count.describe('Số bài kiểm tra đầu ra'),
          averageBefore: z.number().nullable().describe('Điểm trung bình trước tập huấn, % số câu đúng'),
          averageAfter: z.number().nullable().describe('Điểm trung bình sau tập huấn, % số câu đúng'),
          pairs: count.describe('Số mã phiếu làm cả hai bài'),
          pairedGain: z.number().nullable().describe('Mức tăng bình quân (sau − trước, điểm %) trên các cặp'),
        }),
      )
      .describe('Kiểm tra nhận thức trước/sau tập huấn theo tỉnh và năm (chỉ những nhóm có bài làm), theo năm rồi theo mã tỉnh'),
  })
  .meta({ id: 'ConferenceStats' });
export type ConferenceStats = z.infer<typeof conferenceStatsSchema>;
