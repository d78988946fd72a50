import { z } from 'zod';

/**
 * The backup file: gzip of NDJSON (one JSON document per line, "\n" after each).
 *
 *   line 1      header   {"format":"rights-desk-backup","formatVersion":1,…,"tables":[{name,rows,columns}]}
 *   lines 2…n   rows     {"t":"<table>","r":<row_to_json of the row>}, tables in foreign-key order
 *   last line   trailer  {"end":true,"rows":<total>,"sha256":"<hex of every byte before this line>"}
 *
 * Rows are PostgreSQL's own `row_to_json` text, copied byte for byte: Node never re-serialises
 * a row, so numeric and bigint values keep every digit and timestamps keep their microseconds.
 */
export const backupFormat = 'rights-desk-backup';
export const backupFormatVersion = 1;

export const migrationMarkerSchema = z.object({
  count: z.number().int().min(0).describe('Rows in drizzle.__drizzle_migrations'),
  createdAt: z.number().int().min(0).describe('`when` (ms) of the latest applied migration; drizzle orders by it'),
  hash: z.string().describe('SHA-256 of the latest applied migration file, as drizzle records it'),
});
export type MigrationMarker = z.infer<typeof migrationMarkerSchema>;

export const backupHeaderSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  createdAt: z.string(),
  sourceEngine: z.enum(['pglite', 'postgres']),
  serverVersion: z.string(),
  migration: migrationMarkerSchema,
  tables: z.array(
    z.object({
      name: z.string().min(1),
      rows: z.number().int().min(0),
      columns: z.array(z.string().min(1)).min(1).describe('Keys of every row of this table'),
      cyclicRows: z
        .number()
        .int()
        .min(0)
        .describe(
          'Rows at the end of this table that sit in a parent cycle (A under B under A). A restore inserts them in ONE statement: foreign keys are checked at the end of each statement, so a cycle loads whole.',
        ),
    }),
  ),
  sequences: z
    .array(
      z.object({
        table: z.string(),
        column: z.string(),
        lastValue: z.string().regex(/^-?\d+$/),
        isCalled: z.boolean(),
      }),
    )
    .describe('State of each serial/identity sequence, so ids keep counting where the source stopped'),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupTrailerSchema = z.object({
  end: z.literal(true),
  rows: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupTrailer = z.infer<typeof backupTrailerSchema>;

/** Every row line of `table` starts with exactly these characters (the dump writes them so). */
export function rowLinePrefix(table: string): string {
  return `{"t":${JSON.stringify(table)},"r":`;
}

/**
 * An expected refusal (corrupt file, non-empty target, newer backup…). The message is one line,
 * Vietnamese then English, fit to print as is; the CLI prints it without a stack trace.
 */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** The message for a file that fails verification. */
export function corruptFile(vi: string, en: string): BackupError {
  return new BackupError(`tệp sao lưu hỏng hoặc không hợp lệ: ${vi} / corrupt or invalid backup file: ${en}`);
}
