import { randomUUID } from 'node:crypto';
import type { IntakeExtraction } from '../../../shared/intake/extraction.js';
import type { Db } from '../../db/client.js';
import { saveStoredFile } from '../files/store.js';
import { intakeDocuments } from './tables.js';

/** A draft that proposes nothing; tests fill the fields they need. */
export function emptyExtraction(fields: Partial<IntakeExtraction> = {}): IntakeExtraction {
  return {
    title: null,
    event_name: null,
    event_date: null,
    date_year_inferred: null,
    year_source: null,
    published: null,
    province: null,
    province_code: null,
    level: null,
    organizers: null,
    co_organizers: null,
    format: null,
    venue: null,
    participants_count: null,
    participants_qualifier: null,
    connection_points_count: null,
    connection_points: [],
    officials: [],
    topics: [],
    topic_details: [],
    materials: [],
    limitations: [],
    directions: [],
    indicators: [],
    evidence: {},
    warnings: [],
    ...fields,
  };
}

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
  const extraction = options.extraction ?? emptyExtraction({ event_name: 'Hội nghị tập huấn công tác nhân quyền năm 2024' });
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
