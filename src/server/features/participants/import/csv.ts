/**
 * A small RFC 4180 reader for the invitation lists people save from Excel as CSV.
 *
 * Written here rather than taken from exceljs's CSV support because that one guesses types
 * (a phone number `0912…` becomes the number 912…, a date-looking cell a Date), and a list of
 * names must come back exactly as typed. Every value is a string.
 *
 * Accepted: quoted fields with doubled quotes and line breaks inside, CRLF / LF / CR line ends,
 * and `;` as the separator (what Excel writes where the decimal mark is a comma, as in
 * Vietnamese settings) when the first line holds more of them than commas.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text), maxFilledRows = Infinity): string[][] {
  const rows: string[][] = [];
  let filled = 0;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    // Stops reading as soon as the limit is passed; blank lines (",,,," after a list) do not count.
    if (row.some((f) => f.trim() !== '') && ++filled > maxFilledRows) throw new CsvRowLimitExceeded();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field.length === 0) {
      quoted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      // A stray quote inside an unquoted field is kept as written (lenient, like Excel).
      field += ch;
    }
    i += 1;
  }
  // The last line, unless the text ended with a line break.
  if (field.length > 0 || row.length > 0 || quoted) endRow();
  return rows;
}

/** Thrown by `parseCsv` at the first filled line past `maxFilledRows`. */
export class CsvRowLimitExceeded extends Error {}

/** `;` when the first line (outside quotes) has more semicolons than commas, else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}
