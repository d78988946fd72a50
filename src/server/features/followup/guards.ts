import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { isClosedStatus } from '../../../shared/auth/followup-access.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import type { Actor } from '../auth/actor.js';
import { organisations } from '../organisations/tables.js';
import { workingVisits } from '../working-visits/tables.js';
import type { FollowupItemWrite } from './write-item.js';

/* The checks every write of an item shares: versions, closed items, and the bodies and visit it points at. */

export const invalid = (path: string, message: string) => new AppError('VALIDATION', message, { errors: [{ path, message }] });
export const forbidden = (refusal: string | null) => {
  if (refusal) throw new AppError('FORBIDDEN', refusal);
};

export function assertVersion(current: number, sent: number) {
  if (current !== sent) throw new AppError('CONFLICT', 'Việc theo dõi này vừa được người khác cập nhật. Hãy tải lại để xem thay đổi rồi làm tiếp.');
}

/** A closed item (done or not carried out) is changed only after reopening it, so its history stays true. */
export function assertOpen(status: string, doing: string) {
  if (isClosedStatus(status)) {
    throw new AppError('CONFLICT', `Việc đã đóng (${status === 'done' ? 'đã hoàn thành' : 'không thực hiện'}): hãy mở lại trước khi ${doing}.`);
  }
}

/**
 * A province's item points only at national bodies and that province's bodies, and at a working
 * visit of that province (or a national one): nobody reaches into another province's registry.
 */
export async function assertReachableReferences(db: Db, actor: Actor, item: FollowupItemWrite): Promise<void> {
  const ids = [...new Set([item.leadOrganisationId, ...item.cooperatingOrganisationIds].filter((x): x is string => Boolean(x)))];
  if (item.provinceCode && ids.length) {
    const rows = await db.select({ id: organisations.id, provinceCode: organisations.provinceCode }).from(organisations).where(inArray(organisations.id, ids));
    for (const r of rows) {
      if (r.provinceCode === null || r.provinceCode === item.provinceCode) continue;
      if (r.id === item.leadOrganisationId) throw invalid('leadOrganisationId', 'Cơ quan chủ trì phải là cơ quan trung ương hoặc cơ quan của tỉnh được giao.');
      throw invalid(`cooperatingOrganisationIds.${item.cooperatingOrganisationIds.indexOf(r.id)}`, 'Cơ quan phối hợp phải là cơ quan trung ương hoặc cơ quan của tỉnh được giao.');
    }
  }
  if (item.visitId && !isNationalRole(actor.role)) {
    const [visit] = await db.select({ provinceCode: workingVisits.provinceCode }).from(workingVisits).where(inArray(workingVisits.id, [item.visitId]));
    if (visit && visit.provinceCode !== null && visit.provinceCode !== actor.provinceCode) throw invalid('visitId', 'Đoàn công tác không tồn tại.');
  }
}
