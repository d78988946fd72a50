import { importFields, type ImportField } from '../../../../shared/api/participants';
import type { MessageId } from '../../../lib/messages';

export const fieldLabelId: Record<ImportField, MessageId> = {
  name: 'participants.field.fullName',
  agency: 'participants.field.agency',
  position: 'participants.field.position',
  connectionPoint: 'participants.field.connectionPoint',
  contact: 'participants.field.contact',
};

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export type RowIssue = { row: number | null; field: ImportField | null; message: string };

/** `rows.5.name` → row 5, field name; `mapping.agency` → no row, field agency. */
export function parseIssuePath(path: string, message: string): RowIssue {
  const [scope, second, third] = path.split('.');
  const asField = (s: string | undefined) => ((importFields as readonly string[]).includes(s ?? '') ? (s as ImportField) : null);
  if (scope === 'rows') return { row: Number(second), field: asField(third), message };
  if (scope === 'mapping') return { row: null, field: asField(second), message };
  return { row: null, field: null, message };
}
