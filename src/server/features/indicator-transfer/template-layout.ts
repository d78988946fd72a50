/**
 * Where things sit in the Excel template, shared by the writer (template.ts) and the reader
 * (template-import.ts). The identity of the file is a marker on a very hidden sheet: the form's
 * code and version, the unit and the period, so a template of another form, unit, period or of
 * an older version of the form is recognised on import whatever the visible cells say.
 */
export const TEMPLATE_SHEET = 'Báo cáo';
export const MARKER_SHEET = 'rights-desk';
export const HEADER_ROW = 7;
export const COLUMNS = {
  code: { n: 1, heading: 'Mã chỉ tiêu', width: 14 },
  name: { n: 2, heading: 'Chỉ tiêu', width: 56 },
  unit: { n: 3, heading: 'Đơn vị tính', width: 12 },
  target: { n: 4, heading: 'Chỉ tiêu/kế hoạch', width: 16 },
  value: { n: 5, heading: 'Giá trị thực hiện', width: 16 },
  numerator: { n: 6, heading: 'Tử số', width: 14 },
  denominator: { n: 7, heading: 'Mẫu số', width: 14 },
  comment: { n: 8, heading: 'Ghi chú', width: 40 },
  part: { n: 9, heading: 'Phân tổ (mã)', width: 4 },
} as const;
export type ColumnName = keyof typeof COLUMNS;

export type TemplateMarker = { app: 'rights-desk'; kind: 'indicator-template'; formCode: string; formVersion: number; unitKind: string; unitCode: string; period: string };

export function readMarker(text: unknown): TemplateMarker | null {
  if (typeof text !== 'string') return null;
  try {
    const m = JSON.parse(text) as Partial<TemplateMarker>;
    if (m.app !== 'rights-desk' || m.kind !== 'indicator-template') return null;
    if (typeof m.formCode !== 'string' || typeof m.formVersion !== 'number' || typeof m.unitKind !== 'string' || typeof m.unitCode !== 'string' || typeof m.period !== 'string') return null;
    return m as TemplateMarker;
  } catch {
    return null;
  }
}
