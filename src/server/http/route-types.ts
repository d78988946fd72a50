import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Permission } from '../../shared/auth/permissions.js';
import type { Actor } from '../features/auth/actor.js';

/** What a route declares about who may call it; the auth guard enforces it before the handler runs. */
export type RouteAccess = Permission | 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /api route: the guard refuses to start a server with a route that lacks it. */
    access?: RouteAccess;
    /** Routes a person must still reach while a password change is pending (me, logout, change). */
    allowPendingPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
