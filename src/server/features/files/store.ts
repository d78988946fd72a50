import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { storedFiles } from './tables.js';

export type NewStoredFile = {
  /** 'intake_report': the original of a provincial report or recommendation list (features/intake-reports). */
  purpose: 'material' | 'intake' | 'intake_report';
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  provinceCode: string | null;
  uploadedBy: string | null;
};

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Keeps a file's bytes in the database; returns its id. */
export async function saveStoredFile(db: Db, file: NewStoredFile): Promise<string> {
  const [row] = await db
    .insert(storedFiles)
    .values({
      purpose: file.purpose,
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.bytes.byteLength,
      sha256: sha256Hex(file.bytes),
      content: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
      provinceCode: file.provinceCode,
      uploadedBy: file.uploadedBy,
    })
    .returning({ id: storedFiles.id });
  return row!.id;
}

export async function findStoredFile(db: Db, id: string) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  return row ?? null;
}
