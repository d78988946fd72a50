import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { provinces } from '../admin-units/tables.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * An uploaded file kept inside the database (conference materials, original documents of
 * intake), so one backup holds everything and PGlite and PostgreSQL behave the same. Sizes are
 * capped at upload (see `config.ts`), which keeps bytea comfortable.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the file is for: 'material' or 'intake'. */
    purpose: text('purpose').notNull(),
    fileName: text('file_name').notNull(),
    /** Media type found by sniffing the bytes, not the one the browser declared. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    /** Province whose people may read it; null for national files. */
    provinceCode: text('province_code').references(() => provinces.code),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stored_files_sha256_idx').on(t.sha256)],
);
