import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, errorCodes, type ErrorCode, type FieldIssue } from '../errors.js';

export const problemContentType = 'application/problem+json; charset=utf-8';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  errors?: FieldIssue[];
};

/** The problem document of one error; `instance` is the request target it answers. */
export function problemDocument(code: ErrorCode, detail: string, instance: string, errors?: FieldIssue[]): Problem {
  const { status, title } = errorCodes[code];
  return {
    type: `/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title,
    status,
    detail,
    instance,
    code,
    ...(errors?.length ? { errors } : {}),
  };
}

function problemFrom(code: ErrorCode, detail: string, request: FastifyRequest, errors?: FieldIssue[]): Problem {
  return problemDocument(code, detail, request.url, errors);
}

export function sendProblem(reply: FastifyReply, problem: Problem, retryAfterSeconds?: number) {
  if (retryAfterSeconds) reply.header('retry-after', String(retryAfterSeconds));
  return reply.code(problem.status).type(problemContentType).send(JSON.stringify(problem));
}

/** Maps Fastify's own error codes (body too big, bad JSON, wrong content type) onto ours. */
function classifyFastifyError(error: FastifyError): { code: ErrorCode; detail: string } | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE', detail: 'Nội dung gửi lên vượt quá giới hạn cho phép.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Định dạng nội dung không được hỗ trợ; hãy gửi JSON.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'BAD_REQUEST', detail: 'Nội dung JSON trống.' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { code: 'BAD_REQUEST', detail: 'Nội dung không phải JSON hợp lệ.' };
    default:
      break;
  }
  if (error instanceof SyntaxError) return { code: 'BAD_REQUEST', detail: 'Nội dung không phải JSON hợp lệ.' };
  if (error.statusCode === 429) return { code: 'RATE_LIMITED', detail: 'Bạn gửi quá nhiều yêu cầu; hãy thử lại sau ít phút.' };
  if (error.statusCode === 404) return { code: 'NOT_FOUND', detail: 'Không tìm thấy địa chỉ được yêu cầu.' };
  if (error.statusCode === 413) return { code: 'PAYLOAD_TOO_LARGE', detail: 'Nội dung gửi lên vượt quá giới hạn cho phép.' };
  if (error.statusCode === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Định dạng nội dung không được hỗ trợ.' };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { code: 'BAD_REQUEST', detail: 'Yêu cầu không hợp lệ.' };
  }
  return null;
}

const locationLabels: Record<string, string> = { body: 'nội dung', querystring: 'tham số', params: 'đường dẫn', headers: 'tiêu đề' };

/** One error handler for the whole API: every failure becomes a problem document, 5xx hides its detail. */
export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, problemFrom(error.code, error.message, request, error.extra.errors), error.extra.retryAfterSeconds);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = locationLabels[error.validationContext ?? 'body'] ?? 'dữ liệu';
      const errors: FieldIssue[] = error.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      const detail = `Có ${errors.length} lỗi trong ${where} gửi lên: ${errors
        .slice(0, 3)
        .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
        .join('; ')}.`;
      return sendProblem(reply, problemFrom('VALIDATION', detail, request, errors));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return sendProblem(reply, problemFrom('INTERNAL', 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.', request));
    }
    const known = classifyFastifyError(error);
    if (known) return sendProblem(reply, problemFrom(known.code, known.detail, request));
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problemFrom('INTERNAL', 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.', request));
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problemFrom('NOT_FOUND', `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.`, request)),
  );
}
