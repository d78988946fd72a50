import http from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyInstance } from 'fastify';
import { errorCodes } from '../errors.js';
import { problemContentType, problemDocument } from './problem.js';

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers over `maxHeaderSize`,
 * a request that takes too long to arrive, malformed HTTP) answered with a problem document
 * like every other error, instead of Fastify's own JSON. The usual cause of the 431 in a
 * browser is a pile of cookies, so that is what the message tells the person to clear.
 */
export function clientErrorHandler(this: FastifyInstance, error: ConnectionError, socket: Socket) {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { code, detail } = classify(error.code);
  this.log.debug({ err: error }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify(problemDocument(code, detail, requestTarget(error)));
    const { status } = errorCodes[code];
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n` +
        `Content-Type: ${problemContentType}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}

function classify(code: string | undefined): { code: 'HEADERS_TOO_LARGE' | 'REQUEST_TIMEOUT' | 'BAD_REQUEST'; detail: string } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    const limit = Math.round(http.maxHeaderSize / 1024);
    return {
      code: 'HEADERS_TOO_LARGE',
      detail: `Phần tiêu đề của yêu cầu vượt giới hạn ${limit} KB, thường do trình duyệt giữ quá nhiều cookie. Hãy xóa cookie của trang này trong trình duyệt rồi tải lại trang.`,
    };
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { code: 'REQUEST_TIMEOUT', detail: 'Yêu cầu gửi đến quá chậm nên máy chủ đã ngừng chờ. Hãy kiểm tra kết nối mạng rồi thử lại.' };
  }
  return { code: 'BAD_REQUEST', detail: 'Yêu cầu HTTP không đúng định dạng nên máy chủ không đọc được.' };
}

/** The path of the refused request when its first line could be read (`GET /api/x HTTP/1.1`), else ''. */
function requestTarget(error: ConnectionError): string {
  // Node attaches the bytes it had read (a Buffer, whatever Fastify's type says).
  const rawPacket: unknown = error.rawPacket;
  if (!Buffer.isBuffer(rawPacket)) return '';
  const firstLine = rawPacket.subarray(0, 2100).toString('latin1').split('\r\n', 1)[0] ?? '';
  const target = /^[A-Z]+ (\/[\x21-\x7e]{0,2000}) HTTP\/1\.[01]$/.exec(firstLine)?.[1];
  return target ?? '';
}
