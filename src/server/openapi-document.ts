import { z } from 'zod';
import { problemSchema } from '../shared/api/common.js';

/*
 * What the route schemas cannot say about the OpenAPI document, added once here so that every
 * route — those of features still to come included — gets it: a method name for generated clients
 * (`operationId`), the problem documents a client must expect (4xx), who may call without a
 * session, the server and the licence; components nothing refers to are dropped.
 * `redocly lint` with its recommended rules reports nothing (openapi-lint.db.test.ts).
 */

type Operation = {
  operationId?: string;
  security?: unknown[];
  parameters?: Array<{ in: string }>;
  requestBody?: unknown;
  responses?: Record<string, unknown>;
};
type Document = {
  info: Record<string, unknown>;
  servers?: unknown[];
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
};

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** `GET /api/conferences/{id}/summary.docx` → `getConferencesByIdSummaryDocx`: stable, unique, readable. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split('/')
    .flatMap((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      return param ? ['by', param[1]!] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

const problemResponses = {
  BadRequest: 'Dữ liệu gửi lên không hợp lệ; `errors` nêu từng trường và lý do',
  Unauthenticated: 'Chưa đăng nhập hoặc phiên đã hết hạn',
  Forbidden: 'Tài khoản không có quyền làm việc này',
  NotFound: 'Không có bản ghi này, hoặc bạn không được xem nó',
} as const;

/** Adds what every operation needs; `publicRoutes` are `METHOD /path` answered without a session. */
export function finishOpenApiDocument<D>(input: D, publicRoutes: ReadonlySet<string>): D {
  const doc = input as Document;
  doc.servers = [{ url: '/', description: 'Máy chủ rights-desk đang phục vụ tài liệu này' }];
  doc.info.license = { name: 'MIT', url: 'https://opensource.org/licenses/MIT' };
  const ref = (name: keyof typeof problemResponses) => ({ $ref: `#/components/responses/${name}` });
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!methods.includes(method)) continue;
      op.operationId ??= operationIdOf(method, path);
      const responses = (op.responses ??= {});
      const isPublic = publicRoutes.has(`${method.toUpperCase()} ${path}`);
      if (isPublic) op.security = [];
      responses['400'] ??= ref('BadRequest');
      if (!isPublic) {
        responses['401'] ??= ref('Unauthenticated');
        responses['403'] ??= ref('Forbidden');
      }
      if (path.includes('{')) responses['404'] ??= ref('NotFound');
    }
  }
  const components = (doc.components ??= {});
  const schemas = (components.schemas ??= {});
  if (!schemas.Problem) {
    const { $schema: _dialect, ...problem } = z.toJSONSchema(problemSchema) as Record<string, unknown>;
    schemas.Problem = problem;
  }
  components.responses = Object.fromEntries(
    Object.entries(problemResponses).map(([name, description]) => [
      name,
      { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    ]),
  );
  dropUnusedSchemas(doc);
  return input;
}

/** Removes schemas nothing refers to, directly or through another schema that is used. */
function dropUnusedSchemas(doc: Document): void {
  const schemas = doc.components?.schemas ?? {};
  const refsIn = (value: unknown, into: Set<string>) => {
    JSON.stringify(value, (key, v) => {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) into.add(v.slice('#/components/schemas/'.length));
      return v;
    });
    return into;
  };
  const used = refsIn({ paths: doc.paths, responses: doc.components?.responses }, new Set());
  for (let grew = true; grew; ) {
    const before = used.size;
    for (const name of [...used]) refsIn(schemas[name], used);
    grew = used.size > before;
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
