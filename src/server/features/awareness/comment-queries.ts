import { and, count, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { connectionPoints } from '../conferences/tables.js';
import { awarenessCodes, awarenessResponses } from './tables.js';

/**
 * The survey's free-text comments. They reach the point a code was printed for (through the
 * code) and nothing further: codes are not linked to participants, so neither are comments.
 */

export type CommentFilter = { conferenceId: string; connectionPoint?: string };

function commentConditions(f: CommentFilter) {
  return and(
    eq(awarenessResponses.conferenceId, f.conferenceId),
    eq(awarenessResponses.phase, 'survey'),
    isNotNull(awarenessResponses.comment),
    f.connectionPoint === 'none' ? isNull(awarenessCodes.connectionPointId) : f.connectionPoint ? eq(awarenessCodes.connectionPointId, f.connectionPoint) : undefined,
  );
}

const commentColumns = {
  text: awarenessResponses.comment,
  submittedAt: awarenessResponses.submittedAt,
  connectionPointId: awarenessCodes.connectionPointId,
  connectionPointName: connectionPoints.name,
};

function selectComments(db: Db, filter: CommentFilter) {
  return (
    db
      .select(commentColumns)
      .from(awarenessResponses)
      .innerJoin(awarenessCodes, eq(awarenessCodes.id, awarenessResponses.codeId))
      .leftJoin(connectionPoints, eq(connectionPoints.id, awarenessCodes.connectionPointId))
      .where(commentConditions(filter))
      // Newest first; the id breaks ties between submissions of the same instant, so pages never overlap.
      .orderBy(desc(awarenessResponses.submittedAt), desc(awarenessResponses.id))
      .$dynamic()
  );
}

/** A page of comments, newest first, and how many match. */
export async function surveyCommentRows(db: Db, filter: CommentFilter, page: number, pageSize: number) {
  const [items, totals] = await Promise.all([
    selectComments(db, filter)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(awarenessResponses)
      .innerJoin(awarenessCodes, eq(awarenessCodes.id, awarenessResponses.codeId))
      .where(commentConditions(filter)),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

/** Every comment of a conference, newest first: the Word and Excel summaries list them all. */
export async function allSurveyCommentRows(db: Db, conferenceId: string) {
  return selectComments(db, { conferenceId });
}

export type SurveyCommentRow = Awaited<ReturnType<typeof allSurveyCommentRows>>[number];
