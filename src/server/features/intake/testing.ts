import { randomUUID } from 'node:crypto';
import type { IntakeExtraction } from '../../../shared/intake/extraction.js';
import type { Db } from '../../db/client.js';
import { saveStoredFile } from '../files/store.js';
import { emptyExtraction } from './pipeline-result.js';
import { intakeDocuments } from './tables.js';

/** A draft with only the given fields; tests fill what they need. */
export const draftWith = (fields: Partial<IntakeExtraction> = {}): IntakeExtraction => ({ ...emptyExtraction([]), ...fields });

/** A document waiting in the queue, written directly (no reading), with its original file. */
export async function insertIntakeDocument(db: Db, options: { provinceCode: string | null; createdBy?: string | null; extraction?: IntakeExtraction; text?: string }) {
  const text = options.text ?? 'Hội nghị tập huấn công tác nhân quyền năm 2024.';
  const fileId = await saveStoredFile(db, {
    purpose: 'intake',
    fileName: 'bai-bao.txt',
    mediaType: 'text/plain; charset=utf-8',
    bytes: Buffer.from(text),
    provinceCode: options.provinceCode,
    uploadedBy: options.createdBy ?? null,
  });
  const extraction = options.extraction ?? draftWith({ event_name: 'Hội nghị tập huấn công tác nhân quyền năm 2024' });
  const [row] = await db
    .insert(intakeDocuments)
    .values({
      batchId: randomUUID(),
      fileId,
      fileName: 'bai-bao.txt',
      kind: 'txt',
      status: 'ready',
      sourceText: text,
      extraction,
      provinceCode: options.provinceCode,
      eventDate: extraction.event_date,
      createdBy: options.createdBy ?? null,
    })
    .returning();
  return row!;
}
