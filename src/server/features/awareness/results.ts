import type { Db } from '../../db/client.js';
import { rightsThemes, type RightsTheme } from '../../../shared/api/conferences.js';
import type { AwarenessResults, SurveyItem } from '../../../shared/api/awareness.js';
import type { Actor } from '../auth/actor.js';
import { getConference } from '../conferences/service.js';
import { getAttendance } from '../participants/attendance.js';
import { latestSurveyComments } from './comments.js';
import { codeUseByPoint, findPlan, responsesOf } from './plan-queries.js';
import { correctShare, ratingDistributions, summarise, type ScoredResponse, type TestAnswers } from './scoring.js';

/**
 * Results of one conference: per conference, connection point (the point a code was printed
 * for), theme and question, plus the survey. Visible to whoever may read the conference.
 * Computed in memory from the responses: a conference has at most a few thousand. Of the
 * survey's comments only the count and the newest few come along (the rest: `listSurveyComments`).
 */
export async function getResults(db: Db, actor: Actor, conferenceId: string): Promise<AwarenessResults> {
  const conference = await getConference(db, actor, conferenceId);
  const [plan, responses, codeUse, attendance, comments] = await Promise.all([
    findPlan(db, conferenceId),
    responsesOf(db, conferenceId),
    codeUseByPoint(db, conferenceId),
    getAttendance(db, actor, conferenceId),
    latestSurveyComments(db, conferenceId),
  ]);
  const questions = plan?.questions ?? [];
  const tests: Array<ScoredResponse & { connectionPointId: string | null }> = responses.flatMap((r) =>
    r.phase === 'pre' || r.phase === 'post' ? [{ codeId: r.codeId, phase: r.phase, answers: r.answers as TestAnswers, connectionPointId: r.connectionPointId }] : [],
  );
  const surveys = responses.filter((r) => r.phase === 'survey');

  const issued = codeUse.reduce((a, p) => a + p.issued, 0);
  const used = codeUse.reduce((a, p) => a + p.used, 0);
  const attendanceTotal = conference.participantsActual ?? attendance.total;
  const counted = new Map(attendance.byPoint.map((p) => [p.connectionPointId, p.counted]));

  const pointIds = [...conference.connectionPoints.map((p) => p.id as string | null), null];
  const byPoint = pointIds
    .map((id) => {
      const use = codeUse.find((u) => u.connectionPointId === id);
      return {
        connectionPointId: id,
        name: id === null ? null : conference.connectionPoints.find((p) => p.id === id)!.name,
        codesIssued: use?.issued ?? 0,
        codesUsed: use?.used ?? 0,
        attendance: id === null ? null : (counted.get(id) ?? null),
        ...summarise(questions, tests.filter((t) => t.connectionPointId === id)),
      };
    })
    // Points without codes say nothing; keep them out of the table.
    .filter((p) => p.codesIssued > 0);

  const themes = rightsThemes.filter((theme) => questions.some((q) => q.theme === theme));
  return {
    conference: { id: conference.id, title: conference.title, startDate: conference.startDate, provinceName: conference.province?.name ?? null },
    questions: questions.length,
    codesIssued: issued,
    codesUsed: used,
    attendance: attendanceTotal,
    responseRate: issued > 0 ? used / issued : null,
    attendanceRate: attendanceTotal > 0 ? used / attendanceTotal : null,
    overall: summarise(questions, tests),
    byPoint,
    byTheme: themes.map((theme: RightsTheme) => {
      const subset = questions.filter((q) => q.theme === theme);
      return { theme, questions: subset.length, ...summarise(subset, tests) };
    }),
    byQuestion: questions.map((q) => ({
      id: q.id,
      theme: q.theme as RightsTheme,
      text: q.text,
      correctBefore: correctShare(q, tests, 'pre'),
      correctAfter: correctShare(q, tests, 'post'),
    })),
    survey: {
      responses: surveys.length,
      ratings: ratingDistributions(surveys.map((s) => s.answers as Partial<Record<SurveyItem, number>>)),
      commentCount: comments.count,
      latestComments: comments.latest,
    },
  };
}
