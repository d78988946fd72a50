import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import {
  attendanceSchema,
  checkInHistorySchema,
  checkInInputSchema,
  conferenceParticipantParamsSchema,
  participantExportSchema,
  participantInputSchema,
  participantListQuerySchema,
  participantListSchema,
  participantSchema,
  participantUpdateSchema,
} from '../../../shared/api/participants.js';
import type { App } from '../../http/route-types.js';
import { getAttendance } from './attendance.js';
import { getCheckInHistory, recordCheckIn } from './check-ins.js';
import { attachment } from '../../http/attachment.js';
import { participantImportRoutes } from './import/routes.js';
import { createParticipant, eraseParticipant, exportParticipant, listParticipants, updateParticipant } from './service.js';

const tags = ['participants'];

/**
 * Participants of a conference, their check-ins and the attendance roll-up. Reads need
 * `conferences.read`, changes `conferences.manage`; the services add the conference's own rules
 * (another province's conference is a 404, managing needs the hosting province).
 */
export async function participantRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/conferences/:id/participants',
    {
      config: { access: 'conferences.read' },
      schema: { tags, summary: 'Danh sách đại biểu của hội nghị (tìm không dấu, lọc theo điểm cầu, đã điểm danh)', params: idParamsSchema, querystring: participantListQuerySchema, response: { 200: participantListSchema } },
    },
    async (request) => listParticipants(db, request.actor!, request.params.id, request.query),
  );

  app.post(
    '/conferences/:id/participants',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Thêm một đại biểu', params: idParamsSchema, body: participantInputSchema, response: { 201: participantSchema } },
    },
    async (request, reply) => reply.code(201).send(await createParticipant(db, request.actor!, request.params.id, request.body)),
  );

  app.put(
    '/conferences/:id/participants/:participantId',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Sửa thông tin đại biểu (kiểm tra phiên bản, 409 nếu đã bị sửa)', params: conferenceParticipantParamsSchema, body: participantUpdateSchema, response: { 200: participantSchema } },
    },
    async (request) => updateParticipant(db, request.actor!, request.params.id, request.params.participantId, request.body),
  );

  app.delete(
    '/conferences/:id/participants/:participantId',
    {
      config: { access: 'conferences.manage' },
      schema: {
        tags,
        summary: 'Xóa toàn bộ dữ liệu của một đại biểu (cả lịch sử điểm danh)',
        description: 'Xóa hẳn, không lưu bản sao; nhật ký chỉ ghi mã đại biểu, mã hội nghị và việc đã xóa.',
        params: conferenceParticipantParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await eraseParticipant(db, request.actor!, request.params.id, request.params.participantId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/conferences/:id/participants/:participantId/export',
    {
      // Only those who manage the conference hand a person their data (it includes contact details).
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Xuất toàn bộ dữ liệu lưu về một đại biểu (JSON, tải về)', params: conferenceParticipantParamsSchema, response: { 200: participantExportSchema } },
    },
    async (request, reply) => {
      const data = await exportParticipant(db, request.actor!, request.params.id, request.params.participantId);
      return reply
        .header('content-disposition', attachment(`Dữ liệu cá nhân - ${data.participant.fullName}`, 'json'))
        .header('cache-control', 'no-store')
        .send(data);
    },
  );

  app.post(
    '/conferences/:id/participants/:participantId/check-ins',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Điểm danh hoặc hủy điểm danh (ghi thêm vào lịch sử)', params: conferenceParticipantParamsSchema, body: checkInInputSchema, response: { 201: participantSchema } },
    },
    async (request, reply) => reply.code(201).send(await recordCheckIn(db, request.actor!, request.params.id, request.params.participantId, request.body)),
  );

  app.get(
    '/conferences/:id/participants/:participantId/check-ins',
    {
      config: { access: 'conferences.read' },
      schema: { tags, summary: 'Lịch sử điểm danh của một đại biểu (ai ghi, lúc nào, ở đâu)', params: conferenceParticipantParamsSchema, response: { 200: checkInHistorySchema } },
    },
    async (request) => getCheckInHistory(db, request.actor!, request.params.id, request.params.participantId),
  );

  app.get(
    '/conferences/:id/attendance',
    {
      config: { access: 'conferences.read' },
      schema: { tags, summary: 'Số đại biểu theo điểm cầu và tổng cộng, không tính trùng một người', params: idParamsSchema, response: { 200: attendanceSchema } },
    },
    async (request) => getAttendance(db, request.actor!, request.params.id),
  );

  await app.register(participantImportRoutes);
}
