import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { IntakeDocumentSummary, IntakeListQuery } from '../../../shared/api/intake.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import type { IntakeExtraction } from '../../../shared/intake/extraction.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { provinces } from '../admin-units/tables.js';
import type { Actor } from '../auth/actor.js';
import { visibilityFor } from '../conferences/access.js';
import { visibilityCondition } from '../conferences/queries.js';
import { conferences } from '../conferences/tables.js';
import { intakeDocuments } from './tables.js';

export type IntakeDocumentRow = typeof intakeDocuments.$inferSelect;

/**
 * Whose drafts a person sees: national staff see every document; others see what people of
 * their province brought in and drafts about their province.
 */
export function visibleDocuments(actor: Actor, table: { provinceCode: AnyPgColumn; createdBy: AnyPgColumn } = intakeDocuments): SQL | undefined {
  if (isNationalRole(actor.role)) return undefined;
  return sql`(${table.provinceCode} = ${actor.provinceCode} or ${table.createdBy} in (select id from users where province_code = ${actor.provinceCode}))`;
}

export async function loadVisibleDocument(db: Db, actor: Actor, id: string): Promise<IntakeDocumentRow> {
  const [row] = await db
    .select()
    .from(intakeDocuments)
    .where(and(eq(intakeDocuments.id, id), visibleDocuments(actor)));
  if (!row) throw notFound('Tài liệu');
  return row;
}

/** Fields the extractor filled: one per evidence key, an official's name, rank and title counting once. */
const fieldCountOf = (x: IntakeExtraction | null) => (x ? new Set(Object.keys(x.evidence ?? {}).map((k) => k.split('.')[0])).size : 0);

type SummaryJoin = { provinceName: string | null; matchedTitle: string | null; matchedDate: string | null; duplicateVisible: boolean };

export function toSummary(row: IntakeDocumentRow, join: SummaryJoin): IntakeDocumentSummary {
  const x = row.extraction;
  return {
    id: row.id,
    batchId: row.batchId,
    fileName: row.fileName,
    kind: row.kind as IntakeDocumentSummary['kind'],
    status: row.status as IntakeDocumentSummary['status'],
    errorMessage: row.errorMessage,
    title: x?.event_name ?? x?.title ?? null,
    eventDate: row.eventDate,
    provinceName: join.provinceName,
    duplicateOfDocumentId: join.duplicateVisible ? row.duplicateOfDocumentId : null,
    matchedConference:
      row.matchedConferenceId && join.matchedTitle ? { id: row.matchedConferenceId, title: join.matchedTitle, date: join.matchedDate ?? '' } : null,
    conferenceId: row.conferenceId,
    fieldCount: fieldCountOf(x),
    warnings: x?.warnings ?? [],
    createdAt: row.createdAt.toISOString(),
  };
}

const twin = alias(intakeDocuments, 'twin');

/**
 * The queue's rows with the names they show. The hints (the matched conference, the document
 * it repeats) are joined only when the reader may see them: a hint never names another
 * province's record.
 */
function summaryQuery(db: Db, actor: Actor) {
  return db
    .select({
      doc: intakeDocuments,
      provinceName: provinces.name,
      matchedTitle: conferences.title,
      matchedDate: conferences.startDate,
      duplicateVisible: sql<boolean>`${twin.id} is not null`,
    })
    .from(intakeDocuments)
    .leftJoin(provinces, eq(provinces.code, intakeDocuments.provinceCode))
    .leftJoin(conferences, and(eq(conferences.id, intakeDocuments.matchedConferenceId), visibilityCondition(visibilityFor(actor))))
    .leftJoin(twin, and(eq(twin.id, intakeDocuments.duplicateOfDocumentId), visibleDocuments(actor, twin)));
}

export async function documentSummary(db: Db, actor: Actor, id: string): Promise<IntakeDocumentSummary> {
  const [r] = await summaryQuery(db, actor).where(eq(intakeDocuments.id, id));
  return toSummary(r!.doc, r!);
}

/** The review queue: newest first, by status and batch. */
export async function listDocuments(db: Db, actor: Actor, query: IntakeListQuery) {
  const where = and(
    visibleDocuments(actor),
    query.status ? eq(intakeDocuments.status, query.status) : sql`${intakeDocuments.status} <> 'dropped'`,
    query.batchId ? eq(intakeDocuments.batchId, query.batchId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    summaryQuery(db, actor)
      .where(where)
      .orderBy(desc(intakeDocuments.createdAt), intakeDocuments.fileName)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(intakeDocuments).where(where),
  ]);
  return { items: rows.map((r) => toSummary(r.doc, r)), total: total?.n ?? 0 };
}
