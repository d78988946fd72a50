import { formatViNumber } from '../../../shared/text/index.js';
import { AppError } from '../../errors.js';
import { parseCsv } from '../participants/import/csv.js';

/**
 * The records of a comma-separated text, one array of fields each, read lazily. A line without a
 * quote is split on commas (what machine files are made of, and fast over a million lines);
 * a line with quotes goes through the full RFC 4180 reader, joined with the following lines
 * while a quoted field is still open. Past `rowLimit` data records (the header not counted) it
 * stops with 413, before reading the rest.
 */
export function* csvRecords(text: string, rowLimit: number): Generator<string[], void, undefined> {
  let start = 0;
  let records = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.includes('"')) {
      // An odd number of quotes leaves a field open: it continues on the next line.
      while (countQuotes(line) % 2 === 1 && start < text.length) {
        let next = text.indexOf('\n', start);
        if (next < 0) next = text.length;
        line += `\n${text.slice(start, next)}`;
        start = next + 1;
      }
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (records++ > rowLimit) throw tooMany(rowLimit);
      yield parseCsv(line, ',')[0] ?? [''];
      continue;
    }
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (records++ > rowLimit) throw tooMany(rowLimit);
    yield line.split(',');
  }
}

const countQuotes = (s: string) => s.split('"').length - 1;
const tooMany = (rowLimit: number) =>
  new AppError('PAYLOAD_TOO_LARGE', `Tệp có hơn ${formatViNumber(rowLimit)} dòng số liệu, vượt giới hạn mỗi lần nhập. Hãy chia thành nhiều tệp (ví dụ theo kỳ hoặc theo tỉnh).`);
