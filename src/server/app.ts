import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { AppError } from './errors.js';
import { clientErrorHandler } from './http/client-error.js';
import { checkOrigin } from './http/origin-check.js';
import { registerProblemHandlers } from './http/problem.js';
import { finishOpenApiDocument } from './openapi-document.js';
import { registerTextGuard } from './http/text-guard.js';
import type { App, RouteAccess } from './http/route-types.js';
import { guardRequest } from './features/auth/guard.js';
import { DatabaseThrottleStore } from './features/auth/database-throttle-store.js';
import { LoginThrottle } from './features/auth/login-throttle.js';
import type { ThrottleStore } from './features/auth/throttle.js';
import { apiRoutes } from './routes.js';

// Zod's own messages in Vietnamese, so field errors read naturally in the forms.
z.config(z.locales.vi());

export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export type RouteEntry = { method: string; url: string; access: RouteAccess };

export type AppDeps = {
  config: Config;
  database: Database;
  logger?: FastifyServerOptions['logger'];
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: { db: Database['db']; databaseKind: Database['kind']; config: Config; throttleStore: ThrottleStore; loginThrottle: LoginThrottle };
    /** Every /api route with its declared access; the permission-matrix test walks it. */
    routeTable: RouteEntry[];
  }
}

export async function buildApp({ config, database, logger }: AppDeps): Promise<App> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    // Oversized headers and malformed HTTP are refused by Node's parser; answer them as problems too.
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Every throttle keeps its attempts in the database: processes sharing it share the limits.
  const throttleStore = new DatabaseThrottleStore(database.db);
  app.decorate('deps', { db: database.db, databaseKind: database.kind, config, throttleStore, loginThrottle: new LoginThrottle({ store: throttleStore }) });
  app.decorate('routeTable', [] as RouteEntry[]);
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access; every API route must.`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, access });
    }
  });

  registerProblemHandlers(app);
  // Before any route: control characters are refused and invisible formatting removed, for all of them.
  registerTextGuard(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine writes component styles at run time into <style> tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.trustProxy ? undefined : false,
  });
  await app.register(cookie);

  // Routes answered without a session, as the OpenAPI document names them (`GET /api/x/{id}`).
  const publicRoutes = new Set<string>();
  app.addHook('onRoute', (route) => {
    if ((route.config as { access?: string } | undefined)?.access !== 'public') return;
    for (const method of [route.method].flat()) publicRoutes.add(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'rights-desk API',
        description:
          'API của rights-desk. Lỗi trả về theo RFC 9457 (application/problem+json). Xác thực bằng cookie phiên `rd_session` sau khi gọi POST /api/auth/login.',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'rd_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => finishOpenApiDocument(jsonSchemaTransformObject(input), publicRoutes),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    checkOrigin(request, config.publicOrigin);
  });
  app.addHook('preHandler', async (request) => {
    // Unmatched paths (routeOptions.url unset) fall through to the 404 problem document.
    if (!request.routeOptions.url?.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    await guardRequest(request, database.db);
  });

  await app.register(apiRoutes, { prefix: '/api' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await registerWebApp(app);
  return app;
}

/** Serves the built web app, with every non-API GET falling back to index.html for client routing. */
async function registerWebApp(app: App) {
  const indexFile = path.join(webDistDir, 'index.html');
  if (!fs.existsSync(indexFile)) return;
  await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: false });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) throw new AppError('NOT_FOUND', `Không có địa chỉ ${request.url.split('?')[0]}.`);
    const assetPath = path.join(webDistDir, path.normalize(decodeURIComponent(request.url.split('?')[0]!)));
    if (assetPath.startsWith(webDistDir + path.sep) && fs.existsSync(assetPath) && fs.statSync(assetPath).isFile()) {
      return reply.sendFile(path.relative(webDistDir, assetPath));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
