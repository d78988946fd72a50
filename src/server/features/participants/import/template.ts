import ExcelJS from 'exceljs';
import { participantLimits } from '../../../../shared/api/participants.js';
import { formatViNumber } from '../../../../shared/text/index.js';
import { identityKeyOf } from '../participant-text.js';

export const TEMPLATE_HEADERS = ['Họ và tên', 'Cơ quan, đơn vị', 'Chức vụ', 'Điểm cầu', 'Liên hệ (không bắt buộc)'] as const;
export const TEMPLATE_SHEET = 'Danh sách đại biểu';
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';

/** The example line of the template; an import that still holds it is refused (see `isTemplateExample`). */
export const TEMPLATE_EXAMPLE = ['Nguyễn Thị Hoà', 'Sở Tư pháp tỉnh Cao Bằng', 'Phó Giám đốc', 'Điểm cầu chính - Hội trường UBND tỉnh', '0912 345 678'] as const;

const exampleKey = identityKeyOf(TEMPLATE_EXAMPLE[0], TEMPLATE_EXAMPLE[1]);
export const isTemplateExample = (identityKey: string) => identityKey === exampleKey;

const instructions = [
  'Cách điền danh sách đại biểu',
  '',
  `1. Mỗi dòng của trang “${TEMPLATE_SHEET}” là một người. Dòng 1 là tiêu đề, giữ nguyên; xóa dòng ví dụ (dòng 2) trước khi nhập.`,
  '2. Họ và tên: bắt buộc, gõ đầy đủ dấu tiếng Việt (ví dụ “Nguyễn Thị Hoà”); hệ thống giữ nguyên từng dấu.',
  '3. Cơ quan, đơn vị và Chức vụ: ghi như trên giấy mời. Cùng họ tên và cùng cơ quan được coi là một người, nhập lại sẽ không bị trùng.',
  '4. Điểm cầu: ghi đúng tên điểm cầu đã khai trong hội nghị (không cần gõ dấu, không cần chữ “Điểm cầu”); để trống nếu chưa phân.',
  '5. Liên hệ (số điện thoại hoặc email): không bắt buộc; chỉ ghi khi cần liên lạc với đại biểu.',
  `6. Tối đa ${formatViNumber(participantLimits.importRows)} dòng, tệp không quá ${formatViNumber(participantLimits.importBytes / 1024 / 1024)} MB. Có thể lưu dạng .xlsx hoặc “CSV UTF-8”.`,
  '7. Tiêu đề cột khác mẫu cũng được: khi nhập, bạn chọn cột nào là họ tên, cơ quan, chức vụ…',
  '8. Nếu có dòng sai, hệ thống không nhập dòng nào và liệt kê từng dòng lỗi theo số dòng trong Excel; sửa xong gửi lại cả tệp.',
  '',
  'Dữ liệu cá nhân: hệ thống chỉ lưu họ tên, cơ quan, chức vụ, liên hệ và lịch sử điểm danh tại hội nghị; có thể xuất hoặc xóa toàn bộ dữ liệu của từng người theo yêu cầu.',
];

/** The import template: the list sheet with its headings and one example line, and the instructions. */
export async function renderParticipantTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rights-desk';
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 28 }, { width: 40 }, { width: 24 }, { width: 36 }, { width: 26 }];
  // Text, not numbers: a phone number keeps its leading zero.
  sheet.getColumn(5).numFmt = '@';
  const header = sheet.addRow([...TEMPLATE_HEADERS]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  const example = sheet.addRow([...TEMPLATE_EXAMPLE]);
  example.font = { italic: true, color: { argb: 'FF7F7F7F' } };

  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  help.getColumn(1).width = 120;
  instructions.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
