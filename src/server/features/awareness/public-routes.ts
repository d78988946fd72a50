import {
  publicAwarenessSchema,
  publicCheckInInputSchema,
  publicCheckInPointSchema,
  publicCheckInResultSchema,
  publicFormSchema,
  publicReceiptSchema,
  publicStartInputSchema,
  publicSubmissionSchema,
  publicTokenParamsSchema,
} from '../../../shared/api/awareness.js';
import type { App } from '../../http/route-types.js';
import { prefixedStore } from '../auth/database-throttle-store.js';
import { AttemptThrottle } from '../auth/throttle.js';
import { getPublicCheckInPoint, publicCheckIn } from './check-in-service.js';
import { getPublicAwareness, startWithCode, submitResponse } from './public-service.js';

const tags = ['public'];

/**
 * The phone pages' API: no account, no personal data. Wrong codes, and every check-in attempt,
 * count towards a throttle per (client address, link): ten a minute, then a pause until the
 * minute is over. Kept in the database like the sign-in throttle, so that every server process
 * on one database counts together and a restart forgives nothing.
 */
export async function publicAwarenessRoutes(app: App) {
  const { db, throttleStore } = app.deps;
  const codeThrottle = new AttemptThrottle({ max: 10, windowMs: 60_000 }, prefixedStore(throttleStore, 'awareness-code:'));
  const nameThrottle = new AttemptThrottle({ max: 10, windowMs: 60_000 }, prefixedStore(throttleStore, 'check-in-name:'));

  app.get(
    '/public/awareness/:token',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Trang kiểm tra công khai: tên hội nghị và giai đoạn đang mở', params: publicTokenParamsSchema, response: { 200: publicAwarenessSchema } },
    },
    async (request) => getPublicAwareness(db, request.params.token),
  );

  app.post(
    '/public/awareness/:token/start',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Nhập mã phiếu: nhận câu hỏi (không kèm đáp án) và giai đoạn đã nộp', params: publicTokenParamsSchema, body: publicStartInputSchema, response: { 200: publicFormSchema } },
    },
    async (request) => startWithCode(db, codeThrottle, request.ip, request.params.token, request.body),
  );

  app.post(
    '/public/awareness/:token/responses',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Nộp bài kiểm tra hoặc phiếu khảo sát (mỗi mã một lần mỗi giai đoạn; lần thứ hai trả về 409)',
        params: publicTokenParamsSchema,
        body: publicSubmissionSchema,
        response: { 201: publicReceiptSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await submitResponse(db, codeThrottle, request.ip, request.params.token, request.body)),
  );

  app.get(
    '/public/check-in/:token',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Trang điểm danh của một điểm cầu: tên hội nghị và điểm cầu', params: publicTokenParamsSchema, response: { 200: publicCheckInPointSchema } },
    },
    async (request) => getPublicCheckInPoint(db, request.params.token),
  );

  app.post(
    '/public/check-in/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Tự điểm danh bằng họ tên tại điểm cầu (không trả về danh sách; không có tên thì không ghi gì)',
        params: publicTokenParamsSchema,
        body: publicCheckInInputSchema,
        response: { 201: publicCheckInResultSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await publicCheckIn(db, nameThrottle, request.ip, request.params.token, request.body)),
  );
}
