import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { awarenessLimits, codeBatchInputSchema, type CodeBatchInput, type CodeList, type CodeListQuery } from '../../../shared/api/awareness.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { assertPointOfConference, loadConference } from '../participants/access.js';
import { countCodes, ensurePlan, insertCodesSkippingTaken, lastBatch, listCodeRows, lockPlanRow } from './plan-queries.js';
import { newCode, newPublicToken } from './tokens.js';

/**
 * One-time codes, printed on slips handed out at the seats. They carry no link to a participant:
 * whoever hands them out decides who gets which, and the database cannot say.
 */
export async function generateCodes(db: Db, actor: Actor, conferenceId: string, raw: CodeBatchInput) {
  const scope = await loadConference(db, actor, conferenceId, 'manage');
  const input = codeBatchInputSchema.parse(raw);
  assertPointOfConference(scope, input.connectionPointId);
  return db.transaction(async (tx) => {
    // Codes are useless without the link they are typed into: make sure the plan (and link) exists.
    await ensurePlan(tx, conferenceId, newPublicToken(), actor.id);
    // Batches of one conference are issued one at a time (the plan's row is held until commit):
    // two batches counted at once would each fit under the cap and together pass it, and would
    // take the same batch number.
    await lockPlanRow(tx, conferenceId);
    if ((await countCodes(tx, conferenceId)) + input.count > awarenessLimits.maxCodesPerConference) {
      throw new AppError('CONFLICT', `Mỗi hội nghị có tối đa ${awarenessLimits.maxCodesPerConference.toLocaleString('vi-VN')} mã phiếu.`, {
        errors: [{ path: 'count', message: 'Vượt quá số mã tối đa của hội nghị' }],
      });
    }
    const batch = (await lastBatch(tx, conferenceId)) + 1;
    let created = 0;
    // A collision (1 in ~10^8 per code at 20.000 codes) is skipped by the unique index and drawn again.
    for (let attempt = 0; created < input.count && attempt < 10; attempt++) {
      const codes = [...new Set(Array.from({ length: input.count - created }, newCode))];
      created += await insertCodesSkippingTaken(tx, conferenceId, input.connectionPointId, batch, codes);
    }
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'awareness_codes',
      entityId: conferenceId,
      provinceCode: scope.provinceCode,
      after: { batch, created, connectionPointId: input.connectionPointId },
    });
    return { batch, created };
  });
}

export async function listCodes(db: Db, actor: Actor, conferenceId: string, query: CodeListQuery): Promise<CodeList> {
  // Only organisers see codes: a reader holding them could answer in someone's place.
  await loadConference(db, actor, conferenceId, 'manage');
  const { items, total } = await listCodeRows(db, { conferenceId, batch: query.batch, connectionPoint: query.connectionPoint }, query.page, query.pageSize);
  return {
    total,
    items: items.map(({ code, pointName, used }) => ({
      code: code.code,
      connectionPointId: code.connectionPointId,
      connectionPointName: pointName,
      batch: code.batch,
      used: used as CodeList['items'][number]['used'],
    })),
  };
}
