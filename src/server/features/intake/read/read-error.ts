import { formatViNumber } from '../../../../shared/text/format.js';

/**
 * Why a document could not be read. `code` is stable (stored with the queued document, tested);
 * `message` is one Vietnamese line a person can act on.
 */
export type IntakeErrorCode =
  | 'empty'
  | 'too_large'
  | 'unsupported_type'
  | 'corrupt'
  | 'archive_too_large'
  | 'encrypted'
  | 'no_text'
  | 'no_article'
  | 'too_long'
  | 'timeout'
  | 'out_of_memory'
  | 'internal';

export class IntakeReadError extends Error {
  constructor(
    public readonly code: IntakeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const MB = 1024 * 1024;

/** "50,0 MB": one decimal for what the file is, as few as needed for the limit ("20 MB"). */
export function formatMegabytes(bytes: number, exact = true): string {
  const value = bytes / MB;
  if (!exact) return `${formatViNumber(value, { maximumFractionDigits: 1 })} MB`;
  return `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} MB`;
}

export function fileTooLarge(bytes: number, maxBytes: number): IntakeReadError {
  return new IntakeReadError('too_large', `Tệp quá lớn: ${formatMegabytes(bytes)}, tối đa ${formatMegabytes(maxBytes, false)}.`);
}

export function emptyFile(): IntakeReadError {
  return new IntakeReadError('empty', 'Tệp trống: không có nội dung nào để đọc.');
}

export function textTooLong(chars: number, maxChars: number): IntakeReadError {
  return new IntakeReadError(
    'too_long',
    `Văn bản quá dài: ${formatViNumber(chars)} ký tự, tối đa ${formatViNumber(maxChars)}. Hãy tách tài liệu thành các phần nhỏ hơn.`,
  );
}
