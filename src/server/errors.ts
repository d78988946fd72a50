/**
 * The closed set of errors the API answers with. Services throw `AppError(code, …)`;
 * the single error handler in `http/problem.ts` renders them as RFC 9457 problem documents.
 * Titles are Vietnamese (the UI's first language); the web app maps `code` to its own translation.
 */
export const errorCodes = {
  VALIDATION: { status: 400, title: 'Dữ liệu không hợp lệ' },
  BAD_REQUEST: { status: 400, title: 'Yêu cầu không hợp lệ' },
  UNAUTHENTICATED: { status: 401, title: 'Chưa đăng nhập' },
  INVALID_CREDENTIALS: { status: 401, title: 'Sai email hoặc mật khẩu' },
  FORBIDDEN: { status: 403, title: 'Không có quyền' },
  BAD_ORIGIN: { status: 403, title: 'Nguồn yêu cầu không được phép' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, title: 'Cần đổi mật khẩu' },
  NOT_FOUND: { status: 404, title: 'Không tìm thấy' },
  CONFLICT: { status: 409, title: 'Xung đột dữ liệu' },
  REQUEST_TIMEOUT: { status: 408, title: 'Hết thời gian chờ yêu cầu' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Dữ liệu gửi lên quá lớn' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Định dạng không được hỗ trợ' },
  UNREADABLE_DOCUMENT: { status: 422, title: 'Không đọc được tài liệu' },
  /** A report whose figures are readable but not yet acceptable: `errors` names each blocking cell (`values.<code>.<part>.<field>`). */
  REPORT_HAS_ERRORS: { status: 422, title: 'Báo cáo còn lỗi, chưa nộp được' },
  RATE_LIMITED: { status: 429, title: 'Quá nhiều yêu cầu' },
  HEADERS_TOO_LARGE: { status: 431, title: 'Phần tiêu đề của yêu cầu quá lớn' },
  INTERNAL: { status: 500, title: 'Lỗi hệ thống' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export type FieldIssue = { path: string; message: string };

export class AppError extends Error {
  readonly status: number;
  readonly title: string;
  constructor(
    readonly code: ErrorCode,
    /** A Vietnamese sentence a civil servant can act on. */
    readonly detail?: string,
    readonly extra: { errors?: FieldIssue[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail ?? errorCodes[code].title);
    this.status = errorCodes[code].status;
    this.title = errorCodes[code].title;
  }
}

export const notFound = (what = 'Bản ghi') => new AppError('NOT_FOUND', `${what} không tồn tại hoặc bạn không có quyền xem.`);
