import type { FastifyInstance, FastifyRequest } from 'fastify';
import { FILE_NAME_HEADER } from '../../shared/api/participants.js';
import {
  codePointLabel,
  findForbiddenCharacter,
  hasInvisibleFormatting,
  removeInvisibleFormatting,
  replaceForbiddenCharacters,
  type ForbiddenCharacter,
} from '../../shared/text/index.js';
import { AppError, type FieldIssue } from '../errors.js';

/**
 * What text the API accepts, decided once for every route before validation:
 *
 * - A control character (NUL, ESC…), a non-character or half an emoji anywhere in a JSON string
 *   or key, a query or path parameter, or the decoded `X-File-Name` refuses the request with 400
 *   and the field that holds it. Nothing is silently dropped: such a character in a form means
 *   the text came from somewhere broken, and the person should see where.
 * - Invisible formatting (zero-width, bidirectional controls, BOM) is removed from JSON strings,
 *   query values and the file name, so it can neither make two equal names differ nor make a
 *   name display as something else. Passwords are left exactly as typed.
 *
 * Uploaded files travel as raw bytes and are not text here; their readers handle their content.
 */
export function registerTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const issues: Located[] = [];
    checkFlat(request.params, 'params', issues);
    const query = cleanFlat(request.query, 'querystring', issues);
    if (query) request.query = query;
    if (isJson(request) && request.body !== undefined) request.body = cleanJson(request.body, issues);
    const fileName = cleanFileName(request.headers[FILE_NAME_HEADER], issues);
    if (fileName !== undefined) request.headers[FILE_NAME_HEADER] = fileName;
    if (issues.length) throw refusal(issues);
  });
}

type Place = 'body' | 'querystring' | 'params' | 'headers';
type Located = { place: Place; path: string; found: ForbiddenCharacter };

/** Checked, not an answer: at most this many places are listed in one refusal. */
const MAX_ISSUES = 20;
const placeLabels: Record<Place, string> = { body: 'nội dung gửi lên', querystring: 'tham số', params: 'đường dẫn', headers: 'tiêu đề' };

function issueMessage({ codePoint, kind }: ForbiddenCharacter): string {
  const code = codePointLabel(codePoint);
  if (kind === 'surrogate') return `Có ký tự hỏng do lỗi mã hóa (mã ${code}). Hãy gõ lại đoạn văn bản đó và gửi lại.`;
  if (kind === 'noncharacter') return `Có ký tự không hợp lệ (mã ${code}). Hãy xóa ký tự đó và gửi lại.`;
  return `Có ký tự điều khiển không hợp lệ (mã ${code}). Hãy xóa ký tự đó và gửi lại.`;
}

function refusal(issues: Located[]): AppError {
  const first = issues[0]!;
  const kindText = first.found.kind === 'control' ? 'ký tự điều khiển không hợp lệ' : first.found.kind === 'surrogate' ? 'ký tự hỏng do lỗi mã hóa' : 'ký tự không hợp lệ';
  const where = first.path ? ` ở «${first.path}» trong ${placeLabels[first.place]}` : ` trong ${placeLabels[first.place]}`;
  const more = issues.length > 1 ? ` (và ${issues.length - 1} chỗ khác)` : '';
  const errors: FieldIssue[] = issues.map((i) => ({ path: i.path, message: issueMessage(i.found) }));
  return new AppError('VALIDATION', `Văn bản có ${kindText} (mã ${codePointLabel(first.found.codePoint)})${where}${more}. Hãy xóa ký tự đó và gửi lại.`, { errors });
}

function check(value: string, place: Place, path: string, issues: Located[]) {
  if (issues.length >= MAX_ISSUES) return;
  const found = findForbiddenCharacter(value);
  if (found) issues.push({ place, path: replaceForbiddenCharacters(path), found });
}

const isJson = (request: FastifyRequest) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers['content-type'] ?? '');
const isPassword = (key: string) => /password/i.test(key);

/** Params and query values: strings or arrays of strings, one level deep. */
function checkFlat(values: unknown, place: Place, issues: Located[]) {
  if (!values || typeof values !== 'object') return;
  for (const [key, value] of Object.entries(values)) {
    check(key, place, key, issues);
    for (const v of [value].flat()) if (typeof v === 'string') check(v, place, key, issues);
  }
}

/** The query checked, with invisible formatting removed from its values; undefined when unchanged. */
function cleanFlat(values: unknown, place: Place, issues: Located[]): Record<string, unknown> | undefined {
  checkFlat(values, place, issues);
  if (!values || typeof values !== 'object') return undefined;
  const entries = Object.entries(values);
  const dirty = entries.some(([, value]) => [value].flat().some((v) => typeof v === 'string' && hasInvisibleFormatting(v)));
  if (!dirty) return undefined;
  return Object.fromEntries(
    entries.map(([key, value]) => [key, Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? removeInvisibleFormatting(v) : v)) : typeof value === 'string' ? removeInvisibleFormatting(value) : value]),
  );
}

/**
 * Walks a parsed JSON body without recursion (a body of a million nested arrays must not
 * overflow the stack), checking every key and string and removing invisible formatting from
 * the strings in place. Paths read like the validation errors': `officials.0.name`.
 */
function cleanJson(body: unknown, issues: Located[]): unknown {
  if (typeof body === 'string') {
    check(body, 'body', '', issues);
    return removeInvisibleFormatting(body);
  }
  const stack: Array<{ node: Record<string, unknown> | unknown[]; path: string; keepAsTyped: boolean }> = [];
  if (body && typeof body === 'object') stack.push({ node: body as Record<string, unknown>, path: '', keepAsTyped: false });
  while (stack.length) {
    const { node, path, keepAsTyped } = stack.pop()!;
    const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      const childPath = path ? `${path}.${key}` : String(key);
      if (typeof key === 'string') check(key, 'body', childPath, issues);
      const asTyped = keepAsTyped || (typeof key === 'string' && isPassword(key));
      if (typeof value === 'string') {
        check(value, 'body', childPath, issues);
        if (!asTyped && hasInvisibleFormatting(value)) (node as Record<string | number, unknown>)[key] = removeInvisibleFormatting(value);
      } else if (value && typeof value === 'object') {
        stack.push({ node: value as Record<string, unknown> | unknown[], path: childPath, keepAsTyped: asTyped });
      }
    }
  }
  return body;
}

/**
 * `X-File-Name` carries the name percent-encoded (headers are ASCII); the name is what is
 * checked. Returns the header to use instead when invisible formatting was removed.
 */
function cleanFileName(header: unknown, issues: Located[]): string | undefined {
  if (typeof header !== 'string' || !header) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    decoded = header; // a badly encoded name is the routes' business (they fall back to a default)
  }
  check(decoded, 'headers', FILE_NAME_HEADER, issues);
  return hasInvisibleFormatting(decoded) ? encodeURIComponent(removeInvisibleFormatting(decoded)) : undefined;
}
