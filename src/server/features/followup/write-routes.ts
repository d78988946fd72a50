import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import {
  assignResultSchema,
  assignSchema,
  followupItemInputSchema,
  followupItemSchema,
  followupItemUpdateSchema,
  fromConferenceResultSchema,
  fromConferenceSchema,
  progressInputSchema,
  statusChangeSchema,
} from '../../../shared/api/followup.js';
import type { App } from '../../http/route-types.js';
import { assignFollowupItem } from './assign.js';
import { createFromConference } from './from-conference.js';
import { addFollowupProgress } from './progress.js';
import { changeFollowupStatus } from './status.js';
import { createFollowupItem, deleteFollowupItem, updateFollowupItem } from './write-service.js';

const tags = ['followup'];

/** Creating, editing and deleting items; their status, progress, assignment to provinces; items from a conference. */
export async function followupWriteRoutes(app: App) {
  const { db } = app.deps;

  app.post(
    '/followup-items',
    {
      config: { access: 'followup.manage' },
      schema: { tags, summary: 'Tạo việc theo dõi thực hiện', body: followupItemInputSchema, response: { 201: followupItemSchema } },
    },
    async (request, reply) => reply.code(201).send(await createFollowupItem(db, request.actor!, request.body)),
  );

  app.put(
    '/followup-items/:id',
    {
      config: { access: 'followup.manage' },
      schema: {
        tags,
        summary: 'Sửa việc theo dõi đang mở (việc đã đóng phải mở lại trước; 409 nếu người khác đã lưu trước)',
        params: idParamsSchema,
        body: followupItemUpdateSchema,
        response: { 200: followupItemSchema },
      },
    },
    async (request) => updateFollowupItem(db, request.actor!, request.params.id, request.body),
  );

  app.delete(
    '/followup-items/:id',
    {
      config: { access: 'followup.manage' },
      schema: { tags, summary: 'Xóa việc theo dõi nhập nhầm (chỉ khi chưa có tiến độ, thay đổi trạng thái hay giao tỉnh)', params: idParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteFollowupItem(db, request.actor!, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/followup-items/:id/status',
    {
      config: { access: 'followup.progress' },
      schema: {
        tags,
        summary: 'Đổi trạng thái việc theo dõi (hoàn thành cần ghi chú kết quả, không thực hiện cần lý do, mở lại cần lý do)',
        params: idParamsSchema,
        body: statusChangeSchema,
        response: { 200: followupItemSchema },
      },
    },
    async (request) => changeFollowupStatus(db, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/followup-items/:id/progress',
    {
      config: { access: 'followup.progress' },
      schema: {
        tags,
        summary: 'Ghi nhận tiến độ: nội dung, tệp đính kèm, chỉ tiêu liên quan (số liệu đã phê duyệt hiện kèm)',
        params: idParamsSchema,
        body: progressInputSchema,
        response: { 201: followupItemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await addFollowupProgress(db, request.actor!, request.params.id, request.body)),
  );

  app.post(
    '/followup-items/:id/assign',
    {
      config: { access: 'followup.manage' },
      schema: {
        tags,
        summary: 'Giao việc cấp quốc gia cho các tỉnh: mỗi tỉnh một bản theo dõi riêng (tỉnh đã có bản thì bỏ qua)',
        params: idParamsSchema,
        body: assignSchema,
        response: { 200: assignResultSchema },
      },
    },
    async (request) => assignFollowupItem(db, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/followup-items/from-conference',
    {
      config: { access: 'followup.manage' },
      schema: {
        tags,
        summary: 'Tạo việc theo dõi từ các chỉ đạo, hạn chế của một hội nghị (nội dung đã theo dõi thì bỏ qua)',
        body: fromConferenceSchema,
        response: { 201: fromConferenceResultSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createFromConference(db, request.actor!, request.body)),
  );
}
