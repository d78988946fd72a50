import { formatViNumber } from '../../../../shared/text/index.js';

/** Sentences shared by the CSV reader (main thread) and the Excel reader (worker thread). */

/** What the first bytes say a file really is, for a message a person can act on. */
export function describeContent(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'một tệp nén ZIP (có thể là tệp Word hoặc tệp nén đổi đuôi)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'định dạng Excel 97–2003 (.xls) hoặc tệp Excel đã đặt mật khẩu';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'một ảnh PNG';
  if (starts(0xff, 0xd8, 0xff)) return 'một ảnh JPEG';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'một tệp PDF';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'một ảnh GIF';
  return null;
}

export const quoted = (fileName: string | null) => (fileName ? `Tệp “${fileName}”` : 'Tệp gửi lên');
export const saveAsHint = 'Hãy mở tệp trong Excel rồi chọn Lưu thành “Excel Workbook (.xlsx)” hoặc “CSV UTF-8”, hoặc dùng tệp mẫu.';

export const tooManyRowsMessage = (fileName: string | null, rowLimit: number) =>
  `${quoted(fileName)} có hơn ${formatViNumber(rowLimit)} dòng, vượt giới hạn ${formatViNumber(rowLimit)} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.`;
