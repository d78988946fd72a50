import type { Db } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { awarenessLimits, type Code } from '../../../../shared/api/awareness.js';
import { formatViDate } from '../../../../shared/text/index.js';
import type { Actor } from '../../auth/actor.js';
import { attachmentDisposition } from '../../conferences/export/file-name.js';
import { getConference } from '../../conferences/service.js';
import { listCodes } from '../codes.js';
import { allSurveyComments } from '../comments.js';
import { findPlan } from '../plan-queries.js';
import { getResults } from '../results.js';
import { renderCodesWorkbook } from './codes-xlsx.js';
import { renderSurveyDocx } from './survey-docx.js';
import { renderSurveyWorkbook } from './survey-xlsx.js';

/**
 * The survey summary of one conference, under the results' own permissions. The results carry
 * only the newest comments; the summary lists every one, so it reads them itself.
 */
export async function exportSurvey(db: Db, actor: Actor, conferenceId: string, kind: 'docx' | 'xlsx', now = new Date()) {
  const results = await getResults(db, actor, conferenceId);
  const comments = await allSurveyComments(db, conferenceId);
  const name = `Kết quả khảo sát ${results.conference.title} ${formatViDate(results.conference.startDate).replaceAll('/', '-')}`;
  if (kind === 'xlsx') return { body: await renderSurveyWorkbook(results, comments, now), disposition: attachmentDisposition(name, 'xlsx') };
  const conference = await getConference(db, actor, conferenceId);
  return { body: await renderSurveyDocx(conference, results, comments, now), disposition: attachmentDisposition(name, 'docx') };
}

/** Every code of the conference (or of one batch or point) as a printable workbook. */
export async function exportCodeSheet(db: Db, actor: Actor, conferenceId: string, filter: { batch?: number; connectionPoint?: string }, origin: string) {
  const first = await listCodes(db, actor, conferenceId, { ...filter, page: 1, pageSize: 200 });
  const codes: Code[] = [...first.items];
  for (let page = 2; codes.length < first.total && page <= Math.ceil(awarenessLimits.maxCodesPerConference / 200); page++) {
    codes.push(...(await listCodes(db, actor, conferenceId, { ...filter, page, pageSize: 200 })).items);
  }
  const plan = await findPlan(db, conferenceId);
  if (!plan) throw new AppError('CONFLICT', 'Hội nghị chưa có kế hoạch kiểm tra, nên chưa có đường dẫn để in.');
  const conference = await getConference(db, actor, conferenceId);
  const link = (code: string) => `${origin}/k/${plan.publicToken}?c=${code}`;
  return {
    body: await renderCodesWorkbook(`Mã phiếu kiểm tra nhận thức — ${conference.title}`, codes, link),
    disposition: attachmentDisposition(`Mã phiếu ${conference.title}`, 'xlsx'),
  };
}

export { DOCX_CONTENT_TYPE } from '../../conferences/export/summary-docx.js';
export { XLSX_CONTENT_TYPE } from '../../conferences/export/list-xlsx.js';
