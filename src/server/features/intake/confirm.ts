import { and, eq, sql } from 'drizzle-orm';
import type { ConferenceInput } from '../../../shared/api/conferences.js';
import { acceptedFigureSchema, intakeConfirmSchema, type IntakeConfirmRequest } from '../../../shared/api/intake.js';
import { conferenceToInput } from '../../../shared/conferences/conference-to-input.js';
import type { Evidence, IntakeExtraction } from '../../../shared/intake/extraction.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { createConference, getConference, updateConference } from '../conferences/service.js';
import { conferenceSources } from '../conferences/tables.js';
import { documentSummary, loadVisibleDocument, type IntakeDocumentRow } from './documents.js';
import { intakeDocuments, reportedFigures } from './tables.js';

type Figure = ReturnType<typeof acceptedFigureSchema.parse>;

const isoDay = (s: string | null | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);

/** The document becomes one more source of the conference, with its original file. */
async function addDocumentAsSource(tx: Db, conferenceId: string, doc: IntakeDocumentRow) {
  const x = doc.extraction as IntakeExtraction | null;
  const [last] = await tx
    .select({ n: sql<number>`coalesce(max(${conferenceSources.position}), -1)::int` })
    .from(conferenceSources)
    .where(eq(conferenceSources.conferenceId, conferenceId));
  await tx.insert(conferenceSources).values({
    conferenceId,
    position: (last?.n ?? -1) + 1,
    url: doc.sourceUrl,
    title: x?.title ?? doc.fileName,
    publisher: null,
    publishedDate: isoDay(x?.published),
    fileId: doc.fileId,
  });
}

/** The evidence of one indicator, its keys without the `indicators[i].` prefix. */
function evidenceOfIndicator(x: IntakeExtraction | null, index: number | null): Record<string, Evidence> {
  if (!x || index === null) return {};
  const prefix = `indicators[${index}]`;
  return Object.fromEntries(
    Object.entries(x.evidence ?? {})
      .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
      .map(([key, ev]) => [key.slice(prefix.length + 1) || 'value', ev]),
  );
}

const computedPercent = (f: Figure) => (f.target ? Math.round((f.value / f.target) * 10_000) / 100 : null);

async function saveFigures(tx: Db, doc: IntakeDocumentRow, conferenceId: string, provinceCode: string | null, figures: Figure[]) {
  if (!figures.length) return;
  const x = doc.extraction as IntakeExtraction | null;
  await tx.insert(reportedFigures).values(
    figures.map((f, position) => {
      const computed = computedPercent(f);
      const mismatch = computed !== null && f.percentOfTarget !== null && Math.abs(computed - f.percentOfTarget) > 0.005;
      return {
        documentId: doc.id,
        conferenceId,
        provinceCode,
        position,
        label: f.label,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        valueVnd: f.valueVnd,
        target: f.target,
        percentOfTarget: f.percentOfTarget,
        computedPercent: computed,
        inconsistency: mismatch ? `Tỷ lệ ghi trong tài liệu ${f.percentOfTarget}% khác tỷ lệ tính lại ${computed}%` : null,
        period: f.period,
        evidence: evidenceOfIndicator(x, f.indicatorIndex),
      };
    }),
  );
}

async function markConfirmed(tx: Db, actor: Actor, doc: IntakeDocumentRow, version: number, conferenceId: string, figureCount: number, mode: string) {
  const updated = await tx
    .update(intakeDocuments)
    .set({ status: 'confirmed', conferenceId, reviewedBy: actor.id, reviewedAt: new Date(), version: version + 1 })
    .where(and(eq(intakeDocuments.id, doc.id), eq(intakeDocuments.version, version), eq(intakeDocuments.status, 'ready')))
    .returning({ id: intakeDocuments.id });
  if (!updated.length) throw new AppError('CONFLICT', 'Tài liệu này vừa được người khác xử lý. Hãy tải lại hàng đợi.');
  await recordAudit(tx, actor, { action: 'confirm', entityType: 'intake_document', entityId: doc.id, provinceCode: doc.provinceCode, after: { mode, conferenceId, figures: figureCount } });
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Fills only what the conference lacks: a confirmed draft completes a record, it never overwrites one. */
export function fillEmptyFields(current: ConferenceInput, fill: Partial<ConferenceInput>): ConferenceInput {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(fill)) {
    if (isEmpty(value) || !isEmpty(merged[key])) continue;
    merged[key] = value;
    if (key === 'participantsActual' && fill.participantsQualifier) merged.participantsQualifier = fill.participantsQualifier;
  }
  return merged as ConferenceInput;
}

/**
 * The person's decision on a reviewed draft: create a conference from the corrected fields, or
 * add the document to an existing conference as a source and fill its empty fields. The
 * conference, the source with its original file, the accepted figures and the document's new
 * state are written in one transaction.
 */
export async function confirmDocument(db: Db, actor: Actor, id: string, raw: IntakeConfirmRequest) {
  const body = intakeConfirmSchema.parse(raw);
  const doc = await loadVisibleDocument(db, actor, id);
  if (doc.status !== 'ready') throw new AppError('CONFLICT', 'Tài liệu này đã được xử lý trước đó.');
  if (doc.version !== body.version) throw new AppError('CONFLICT', 'Tài liệu này vừa được người khác xử lý. Hãy tải lại hàng đợi.');

  let conferenceId: string;
  if (body.mode === 'create') {
    const created = await createConference(db, actor, body.conference, async (tx, newId) => {
      await addDocumentAsSource(tx, newId, doc);
      await saveFigures(tx, doc, newId, body.conference.provinceCode ?? null, body.figures);
      await markConfirmed(tx, actor, doc, body.version, newId, body.figures.length, 'create');
    });
    conferenceId = created.id;
  } else {
    const current = await getConference(db, actor, body.conferenceId);
    const merged = fillEmptyFields(conferenceToInput(current), body.fill as Partial<ConferenceInput>);
    await updateConference(db, actor, body.conferenceId, { ...merged, version: body.conferenceVersion }, async (tx) => {
      await addDocumentAsSource(tx, body.conferenceId, doc);
      await saveFigures(tx, doc, body.conferenceId, current.province?.code ?? null, body.figures);
      await markConfirmed(tx, actor, doc, body.version, body.conferenceId, body.figures.length, 'attach');
    });
    conferenceId = body.conferenceId;
  }
  return { conferenceId, figuresSaved: body.figures.length, document: await documentSummary(db, actor, id) };
}
