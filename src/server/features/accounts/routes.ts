import {
  accountCreateSchema,
  accountListQuerySchema,
  accountListSchema,
  accountSchema,
  accountUpdateSchema,
  accountWithPasswordSchema,
} from '../../../shared/api/accounts.js';
import { idParamsSchema } from '../../../shared/api/common.js';
import type { App } from '../../http/route-types.js';
import { createAccount, getAccount, listAccounts, resetAccountPassword, setAccountDisabled, updateAccount } from './service.js';

const tags = ['accounts'];

export async function accountRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/accounts',
    {
      config: { access: 'accounts.read' },
      schema: { tags, summary: 'Danh sách tài khoản', querystring: accountListQuerySchema, response: { 200: accountListSchema } },
    },
    async (request) => listAccounts(db, request.actor!, request.query),
  );

  app.post(
    '/accounts',
    {
      config: { access: 'accounts.manage' },
      schema: { tags, summary: 'Tạo tài khoản (trả về mật khẩu dùng một lần)', body: accountCreateSchema, response: { 201: accountWithPasswordSchema } },
    },
    async (request, reply) => reply.code(201).send(await createAccount(db, request.actor!, request.body)),
  );

  app.get(
    '/accounts/:id',
    {
      config: { access: 'accounts.read' },
      schema: { tags, summary: 'Một tài khoản', params: idParamsSchema, response: { 200: accountSchema } },
    },
    async (request) => getAccount(db, request.actor!, request.params.id),
  );

  app.put(
    '/accounts/:id',
    {
      config: { access: 'accounts.manage' },
      schema: { tags, summary: 'Sửa tài khoản', params: idParamsSchema, body: accountUpdateSchema, response: { 200: accountSchema } },
    },
    async (request) => updateAccount(db, request.actor!, request.params.id, request.body),
  );

  for (const [path, disabled, summary] of [
    ['/accounts/:id/disable', true, 'Khóa tài khoản'],
    ['/accounts/:id/enable', false, 'Mở khóa tài khoản'],
  ] as const) {
    app.post(
      path,
      { config: { access: 'accounts.manage' }, schema: { tags, summary, params: idParamsSchema, response: { 200: accountSchema } } },
      async (request) => setAccountDisabled(db, request.actor!, request.params.id, disabled),
    );
  }

  app.post(
    '/accounts/:id/reset-password',
    {
      config: { access: 'accounts.manage' },
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu (trả về mật khẩu dùng một lần)',
        params: idParamsSchema,
        response: { 200: accountWithPasswordSchema },
      },
    },
    async (request) => resetAccountPassword(db, request.actor!, request.params.id),
  );
}
