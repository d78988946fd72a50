export type FileKind = 'xlsx' | 'csv';

/** One line of the file as the person sees it: `number` is Excel's row number (header = 1). */
export type TableRow = { number: number; cells: string[] };
export type UploadedTable = { kind: FileKind; sheetName: string | null; rows: TableRow[] };
