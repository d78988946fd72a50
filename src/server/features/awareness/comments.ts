import type { Db } from '../../db/client.js';
import { awarenessLimits, commentListQuerySchema, type CommentList, type CommentListQuery, type SurveyComment } from '../../../shared/api/awareness.js';
import type { Actor } from '../auth/actor.js';
import { assertPointOfConference, loadConference } from '../participants/access.js';
import { allSurveyCommentRows, surveyCommentRows, type SurveyCommentRow } from './comment-queries.js';

/**
 * The survey's comments, read by whoever may read the conference (as its results). The results
 * carry only the newest few: a national conference can collect thousands.
 */

function toSurveyComment(row: SurveyCommentRow): SurveyComment {
  return {
    text: row.text!,
    at: row.submittedAt.toISOString(),
    connectionPointId: row.connectionPointId,
    connectionPointName: row.connectionPointName,
  };
}

export async function listSurveyComments(db: Db, actor: Actor, conferenceId: string, raw: CommentListQuery): Promise<CommentList> {
  const scope = await loadConference(db, actor, conferenceId, 'read');
  const query = commentListQuerySchema.parse(raw);
  assertPointOfConference(scope, query.connectionPoint === 'none' ? null : query.connectionPoint, 'connectionPoint');
  const { items, total } = await surveyCommentRows(db, { conferenceId, connectionPoint: query.connectionPoint }, query.page, query.pageSize);
  return { items: items.map(toSurveyComment), total };
}

/** How many comments there are and the newest few. The caller has checked that the actor may read the conference. */
export async function latestSurveyComments(db: Db, conferenceId: string): Promise<{ count: number; latest: SurveyComment[] }> {
  const { items, total } = await surveyCommentRows(db, { conferenceId }, 1, awarenessLimits.latestComments);
  return { count: total, latest: items.map(toSurveyComment) };
}

/** Every comment, newest first, for the exports. The caller has checked that the actor may read the conference. */
export async function allSurveyComments(db: Db, conferenceId: string): Promise<SurveyComment[]> {
  return (await allSurveyCommentRows(db, conferenceId)).map(toSurveyComment);
}
