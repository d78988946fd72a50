import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  sessionResponseSchema,
} from '../../../shared/api/auth.js';
import type { App } from '../../http/route-types.js';
import { AppError } from '../../errors.js';
import { changePassword, login, logout, toCurrentUser } from './service.js';
import { sessionCookieName, startSession } from './session.js';

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) {
  reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // Secure whenever the browser talks https to us (directly or through a trusted proxy).
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

const tags = ['auth'];

export async function authRoutes(app: App) {
  const { db, config, loginThrottle } = app.deps;

  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Đăng nhập', body: loginRequestSchema, response: { 200: sessionResponseSchema } },
    },
    async (request, reply) => {
      const result = await login({ db, throttle: loginThrottle, sessionTtlHours: config.sessionTtlHours }, request.body, request.ip);
      setSessionCookie(request, reply, result.token, result.expiresAt);
      return { user: result.user };
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'public' }, schema: { tags, summary: 'Đăng xuất', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[sessionCookieName];
      if (token) await logout(db, token, request.ip);
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'authenticated', allowPendingPasswordChange: true },
      schema: { tags, summary: 'Người dùng đang đăng nhập', response: { 200: sessionResponseSchema } },
    },
    async (request) => ({ user: toCurrentUser(request.actor!) }),
  );

  app.post(
    '/auth/change-password',
    {
      config: { access: 'authenticated', allowPendingPasswordChange: true },
      schema: { tags, summary: 'Đổi mật khẩu của mình', body: changePasswordRequestSchema, response: { 200: sessionResponseSchema } },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED');
      await changePassword(db, actor, request.body);
      // Every session of the account ended with the change; this browser gets a fresh one.
      const session = await startSession(db, actor.id, config.sessionTtlHours);
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return { user: { ...toCurrentUser(actor), mustChangePassword: false } };
    },
  );
}
