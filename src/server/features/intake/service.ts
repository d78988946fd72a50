import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { IntakeDocument, IntakeDocumentSummary } from '../../../shared/api/intake.js';
import type { IntakeExtraction } from '../../../shared/intake/extraction.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { saveAuditedUpload } from '../audit/uploads.js';
import { documentSummary, loadVisibleDocument } from './documents.js';
import { findDuplicateDocuments, findMatchingConference, fingerprintOf } from './duplicates.js';
import type { IntakeLimits } from './read/limits.js';
import { readAndExtract, readAndExtractText, type IntakeReadResult } from './pipeline.js';
import { draftProvince, proposeConference } from './proposal.js';
import { intakeDocuments } from './tables.js';

const mediaTypeOfKind: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Reader failures as API errors: too large → 413, not a document we read → 415, the rest → 422. */
function readFailure(result: Extract<IntakeReadResult, { ok: false }>): AppError {
  const code = result.code === 'too_large' ? 'PAYLOAD_TOO_LARGE' : result.code === 'unsupported_type' ? 'UNSUPPORTED_MEDIA_TYPE' : 'UNREADABLE_DOCUMENT';
  return new AppError(code, result.message);
}

type Incoming = { fileName: string; bytes: Uint8Array | null; sourceUrl: string | null; batchId: string | null; kind: 'upload' | 'pasted' };

/**
 * Reads one document (out of the request's thread), proposes its draft and puts it in the
 * review queue, remembering which other queued document or existing conference it repeats.
 * The original file is kept with it. Nothing becomes a conference here.
 */
async function ingest(db: Db, actor: Actor, incoming: Incoming, result: IntakeReadResult): Promise<IntakeDocumentSummary> {
  if (!result.ok) throw readFailure(result);
  const extraction = result.extraction;
  const sourceUrl = incoming.sourceUrl ?? result.sourceUrl;
  // Only the province is needed here (queue visibility, duplicates); the full proposal is built on review.
  const provinceCode = (await draftProvince(db, extraction))?.provinceCode ?? null;
  const print = fingerprintOf(extraction, provinceCode);
  const [duplicates, matched] = await Promise.all([
    findDuplicateDocuments(db, actor, { id: null, textSha256: result.textSha256 }, print),
    findMatchingConference(db, actor, print),
  ]);
  const id = await db.transaction(async (tx) => {
    const fileId = incoming.bytes
      ? await saveAuditedUpload(tx, actor, {
          purpose: 'intake',
          fileName: incoming.fileName,
          mediaType: mediaTypeOfKind[result.kind] ?? 'application/octet-stream',
          bytes: incoming.bytes,
          provinceCode,
          uploadedBy: actor.id,
        })
      : null;
    const [row] = await tx
      .insert(intakeDocuments)
      .values({
        batchId: incoming.batchId ?? randomUUID(),
        fileId,
        fileName: incoming.fileName,
        kind: incoming.kind === 'pasted' ? 'pasted' : result.kind,
        sourceUrl,
        textSha256: result.textSha256,
        status: 'ready',
        sourceText: result.sourceText,
        extraction,
        provinceCode,
        eventDate: extraction.event_date,
        duplicateOfDocumentId: duplicates[0]?.id ?? null,
        matchedConferenceId: matched?.id ?? null,
        createdBy: actor.id,
      })
      .returning({ id: intakeDocuments.id });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'intake_document',
      entityId: row!.id,
      provinceCode,
      after: { fileName: incoming.fileName, kind: result.kind, fileId },
    });
    return row!.id;
  });
  return documentSummary(db, actor, id);
}

export async function ingestUpload(
  db: Db,
  actor: Actor,
  upload: { bytes: Uint8Array; fileName: string; declaredType: string | null; sourceUrl: string | null; batchId: string | null },
  limits: IntakeLimits,
) {
  const result = await readAndExtract({ bytes: upload.bytes, fileName: upload.fileName, declaredType: upload.declaredType }, limits);
  return ingest(db, actor, { ...upload, kind: 'upload' }, result);
}

export async function ingestPaste(
  db: Db,
  actor: Actor,
  paste: { text: string; format: 'text' | 'html'; sourceUrl: string | null; batchId?: string | undefined },
  limits: IntakeLimits,
) {
  const result = await readAndExtractText({ text: paste.text, format: paste.format }, limits);
  const fileName = paste.format === 'html' ? 'Trang web đã dán' : 'Văn bản đã dán';
  return ingest(db, actor, { fileName, bytes: null, sourceUrl: paste.sourceUrl, batchId: paste.batchId ?? null, kind: 'pasted' }, result);
}

/** One document with its draft, the conference fields proposed from it and what it may repeat. */
export async function getDocument(db: Db, actor: Actor, id: string): Promise<IntakeDocument> {
  const row = await loadVisibleDocument(db, actor, id);
  const summary = await documentSummary(db, actor, id);
  const x = row.extraction as IntakeExtraction | null;
  const base = { ...summary, sourceUrl: row.sourceUrl, hasOriginal: row.fileId !== null, fileId: row.fileId, sourceText: row.sourceText, extraction: x as unknown as Record<string, unknown> | null, version: row.version };
  if (!x) return { ...base, proposal: null, proposalEvidence: {}, organiserSuggestions: [], duplicates: [] };
  const proposed = await proposeConference(db, x, { fileName: row.fileName, sourceUrl: row.sourceUrl });
  const print = fingerprintOf(x, proposed.provinceCode);
  const [duplicates, matched] = await Promise.all([
    findDuplicateDocuments(db, actor, { id: row.id, textSha256: row.textSha256 }, print),
    row.status === 'ready' ? findMatchingConference(db, actor, print) : Promise.resolve(null),
  ]);
  // A conference confirmed from a twin document since this one arrived is found now.
  const matchedConference = row.status === 'ready' ? (matched ? { id: matched.id, title: matched.title, date: matched.date } : null) : summary.matchedConference;
  if (row.status === 'ready' && (matched?.id ?? null) !== row.matchedConferenceId) {
    await db.update(intakeDocuments).set({ matchedConferenceId: matched?.id ?? null }).where(eq(intakeDocuments.id, row.id));
  }
  return {
    ...base,
    matchedConference,
    // The proposal is built from schema values throughout; only its optional-vs-default typing differs.
    proposal: proposed.proposal as IntakeDocument['proposal'],
    proposalEvidence: proposed.proposalEvidence,
    organiserSuggestions: proposed.organiserSuggestions,
    duplicates,
  };
}

/** Sets a document aside; it stays in the database (and its original file) but leaves the queue. */
export async function dropDocument(db: Db, actor: Actor, id: string, version: number): Promise<IntakeDocumentSummary> {
  const row = await loadVisibleDocument(db, actor, id);
  if (row.status !== 'ready') throw new AppError('CONFLICT', 'Tài liệu này đã được xử lý trước đó.');
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(intakeDocuments)
      .set({ status: 'dropped', reviewedBy: actor.id, reviewedAt: new Date(), version: version + 1 })
      .where(and(eq(intakeDocuments.id, id), eq(intakeDocuments.version, version)))
      .returning({ id: intakeDocuments.id });
    if (!updated.length) throw new AppError('CONFLICT', 'Tài liệu này vừa được người khác xử lý. Hãy tải lại hàng đợi.');
    await recordAudit(tx, actor, { action: 'drop', entityType: 'intake_document', entityId: id, provinceCode: row.provinceCode });
  });
  return documentSummary(db, actor, id);
}
