import type { FastifyRequest } from 'fastify';
import { can } from '../../../shared/auth/permissions.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { resolveSession, sessionCookieName } from './session.js';

/**
 * Runs before every /api handler: resolves the session cookie into `request.actor`, then
 * enforces the route's declared `access`. Province scoping is the services' job, because
 * only they know which province a record belongs to.
 */
export async function guardRequest(request: FastifyRequest, db: Db): Promise<void> {
  const config = request.routeOptions.config;
  const access = config.access;
  request.actor = await resolveSession(db, request.cookies[sessionCookieName]);
  if (access === 'public') return;
  const actor = request.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Phiên đăng nhập đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập.');
  if (actor.mustChangePassword && !config.allowPendingPasswordChange) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Bạn cần đổi mật khẩu trước khi tiếp tục.');
  }
  if (access === 'authenticated' || access === undefined) return;
  if (!can(actor.role, access)) throw new AppError('FORBIDDEN', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
}
