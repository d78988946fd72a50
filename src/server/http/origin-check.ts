import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery guard for cookie-authenticated APIs: a state-changing request
 * must come from our own origin. Browsers always send `Origin` on such requests (and
 * `Sec-Fetch-Site`); a request with neither comes from a non-browser client (CLI, curl),
 * which carries no ambient cookie to abuse, so it is let through.
 */
export function checkOrigin(request: FastifyRequest, publicOrigin: string | undefined): void {
  if (!stateChanging.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin) {
    const own = `${request.protocol}://${request.host}`;
    if (origin !== own && origin !== publicOrigin) {
      throw new AppError('BAD_ORIGIN', 'Yêu cầu thay đổi dữ liệu phải được gửi từ chính trang rights-desk.');
    }
    return;
  }
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    throw new AppError('BAD_ORIGIN', 'Yêu cầu thay đổi dữ liệu phải được gửi từ chính trang rights-desk.');
  }
}
