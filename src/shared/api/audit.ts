import { z } from 'zod';
import { isoDateSchema, pageOf, pageQuerySchema, provinceCodeSchema } from './common.js';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    actorEmail: z.string().nullable().describe('Trống khi do hệ thống thực hiện (lần chạy đầu, khôi phục)'),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    provinceCode: z.string().nullable(),
    before: z.unknown().describe('Bản ghi trước khi đổi (null khi tạo mới)'),
    after: z.unknown().describe('Bản ghi sau khi đổi (null khi xóa)'),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListQuerySchema = pageQuerySchema.extend({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(50).optional(),
  actor: z.string().max(254).optional().describe('Email người thực hiện (khớp một phần)'),
  province: provinceCodeSchema.optional(),
  from: isoDateSchema.optional().describe('Từ ngày (yyyy-mm-dd)'),
  to: isoDateSchema.optional().describe('Đến ngày (yyyy-mm-dd), tính cả ngày này'),
});
export const auditListSchema = pageOf(auditEntrySchema).meta({ id: 'AuditList' });
