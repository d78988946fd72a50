import type { FieldIssue } from '../../../errors.js';
import { participantLimits, type ColumnMapping, type ImportField } from '../../../../shared/api/participants.js';
import { formatViNumber, searchKey } from '../../../../shared/text/index.js';
import { createParticipantTextMemo } from '../participant-text.js';
import type { TableRow } from './read-table.js';

/** A row that passed every check, ready to insert. */
export type ParticipantDraft = {
  rowNumber: number;
  fullName: string;
  agency: string | null;
  position: string | null;
  contact: string | null;
  connectionPointId: string | null;
  identityKey: string;
  searchKey: string;
};

export type ConnectionPointRef = { id: string; name: string };

const labels: Record<ImportField, string> = {
  name: 'Họ và tên',
  agency: 'Cơ quan, đơn vị',
  position: 'Chức vụ',
  connectionPoint: 'Điểm cầu',
  contact: 'Liên hệ',
};
const maxLength: Record<Exclude<ImportField, 'connectionPoint'>, number> = {
  name: participantLimits.fullName,
  agency: participantLimits.agency,
  position: participantLimits.position,
  contact: participantLimits.contact,
};

/** "Điểm cầu xã Hòa An", "xa hoa an" and "Xã Hoà An" name the same point. */
const pointKey = (name: string) => searchKey(name).replace(/^diem cau /, '');

/** Checks the mapping itself: columns that exist, none used twice. */
export function mappingIssues(mapping: ColumnMapping, columnCount: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Map<number, ImportField>();
  for (const [field, column] of Object.entries(mapping) as Array<[ImportField, number | null]>) {
    if (column === null) continue;
    if (column >= columnCount) issues.push({ path: `mapping.${field}`, message: `Cột ${column + 1} không có trong tệp.` });
    const other = seen.get(column);
    if (other) issues.push({ path: `mapping.${field}`, message: `Cột ${column + 1} đã được chọn cho “${labels[other]}”.` });
    seen.set(column, field);
  }
  return issues;
}

/**
 * Checks every row of an import before anything is written, so that a file is taken whole or
 * not at all, and collects every problem with the row number the person sees in Excel.
 * Rows are checked for: a name, lengths, a connection point the conference has, and the same
 * person twice in the file. People already in the list are not errors: the caller skips them.
 */
export function validateImportRows(rows: TableRow[], mapping: ColumnMapping, points: ConnectionPointRef[]) {
  const pointsByKey = new Map<string, ConnectionPointRef[]>();
  for (const p of points) pointsByKey.set(pointKey(p.name), [...(pointsByKey.get(pointKey(p.name)) ?? []), p]);
  // The same point is written the same way on most rows: look each spelling up once.
  const pointsBySpelling = new Map<string, ConnectionPointRef[]>();
  const text = createParticipantTextMemo();

  const drafts: ParticipantDraft[] = [];
  const errors: FieldIssue[] = [];
  const firstRowOf = new Map<string, number>();
  const { name: nameColumn, agency: agencyColumn, position: positionColumn, contact: contactColumn, connectionPoint: pointColumn } = mapping;

  // Declared once rather than per row: 50.000 rows would otherwise make 100.000 closures.
  let row: TableRow;
  const issue = (field: ImportField, message: string) => errors.push({ path: `rows.${row.number}.${field}`, message });
  const tooLong = (field: Exclude<ImportField, 'connectionPoint'>, value: string | null) => {
    if (value !== null && value.length > maxLength[field]) {
      issue(field, `${labels[field]} dài ${formatViNumber(value.length)} ký tự, tối đa ${formatViNumber(maxLength[field])}.`);
    }
  };

  for (row of rows) {
    const cells = row.cells;
    const errorCount = errors.length;

    // Names, agencies and positions repeat across a list; contacts mostly differ, so they are not remembered.
    const fullName = nameColumn === null ? null : text.cleanOptional(cells[nameColumn]);
    tooLong('name', fullName);
    if (fullName === null) issue('name', 'Họ và tên trống.');
    const agency = agencyColumn === null ? null : text.cleanOptional(cells[agencyColumn]);
    tooLong('agency', agency);
    const position = positionColumn === null ? null : text.cleanOptional(cells[positionColumn]);
    tooLong('position', position);
    const contact = contactColumn === null ? null : text.cleanOnce(cells[contactColumn]);
    tooLong('contact', contact);

    let connectionPointId: string | null = null;
    const pointName = pointColumn === null ? null : text.cleanOptional(cells[pointColumn]);
    if (pointName !== null) {
      let found = pointsBySpelling.get(pointName);
      if (found === undefined) pointsBySpelling.set(pointName, (found = pointsByKey.get(pointKey(pointName)) ?? []));
      if (found.length === 1) connectionPointId = found[0]!.id;
      else if (found.length === 0) {
        issue(
          'connectionPoint',
          points.length === 0
            ? `Hội nghị chưa có điểm cầu nào, nhưng dòng này ghi điểm cầu “${pointName}”.`
            : `Điểm cầu “${pointName}” không có trong hội nghị này.`,
        );
      } else issue('connectionPoint', `Hội nghị có ${found.length} điểm cầu cùng tên “${pointName}”; hãy đặt tên khác nhau cho các điểm cầu.`);
    }

    if (fullName !== null) {
      const identityKey = text.identityKeyOf(fullName, agency);
      const first = firstRowOf.get(identityKey);
      if (first !== undefined) issue('name', `Trùng với dòng ${first} (cùng họ tên và cơ quan).`);
      else firstRowOf.set(identityKey, row.number);
      if (errors.length === errorCount) {
        drafts.push({
          rowNumber: row.number,
          fullName,
          agency,
          position,
          contact,
          connectionPointId,
          identityKey,
          searchKey: text.participantSearchKey(fullName, agency, position),
        });
      }
    }
  }
  return { drafts, errors };
}
