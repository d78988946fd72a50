import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { systemActor } from '../../test-support/test-app.js';
import { awarenessCodes, awarenessResponses } from '../awareness/tables.js';
import { createConference } from '../conferences/service.js';
import { followupItems, followupProgress } from '../followup/tables.js';
import { emptyFollowupFields, insertFollowupItems, type FollowupItemWrite } from '../followup/write-item.js';
import { addIndicators, addProvinceForm, addProvinceReport } from '../indicator-dashboards/testing.js';
import { insertOrganisation } from '../organisations/queries.js';
import { participants } from '../participants/tables.js';

/*
 * A province's year arranged through the services and tables the features themselves write:
 * a held training with its limitations and the awareness test, approved and unapproved indicator
 * figures, follow-up items in every status with progress notes, and a participant by name, so
 * tests can assert both what a report or the public page must show and what it must not.
 */

export const seeded = {
  conferenceTitle: 'Hội nghị tập huấn công tác nhân quyền năm 2024 tỉnh Gia Lai',
  limitation: 'Một số đơn vị chưa bố trí cán bộ chuyên trách theo dõi công tác nhân quyền',
  participantName: 'Trần Thị Bích Ngọc',
  progressNote: 'Sở Tư pháp đã tổ chức 12 lớp phổ biến pháp luật cho đồng bào dân tộc thiểu số',
  closingNote: 'Đã ban hành Kế hoạch số 45/KH-UBND và triển khai tới 135 xã',
  notDoneReason: 'Chưa bố trí được kinh phí trong năm 2024',
  draftIndicator: 'GL.DRAFT',
  approvedIndicator: 'GL.POOR',
  openText: 'Tăng cường tuyên truyền Công ước CERD tại các xã vùng đồng bào dân tộc thiểu số',
  doneText: 'Xây dựng kế hoạch thực hiện khuyến nghị UPR chu kỳ IV trên địa bàn tỉnh',
  notDoneText: 'Tổ chức đoàn khảo sát tại các huyện biên giới về quyền của người khuyết tật',
  sampleText: 'Việc mẫu của dữ liệu trình diễn không được vào báo cáo',
  otherProvinceText: 'Việc của tỉnh khác không được vào báo cáo',
} as const;

export const itemOf = (fields: Partial<FollowupItemWrite> & Pick<FollowupItemWrite, 'text' | 'itemDate'>): FollowupItemWrite => ({
  ...emptyFollowupFields(fields.kind ?? 'plan', fields.text, fields.itemDate),
  planNumber: '12/KH-BCĐ',
  ...fields,
});

/** Moves an item as changeFollowupStatus does: the row, and the timeline entry dated `day` that a report reads the status from. */
async function setStatus(db: Db, id: string, status: string, note: string | null, day: string) {
  const closing = status === 'done' || status === 'not_done';
  await db.update(followupItems).set({ status, closingNote: closing ? note : null, closedAt: closing ? new Date(`${day}T03:00:00Z`) : null }).where(eq(followupItems.id, id));
  await db.insert(followupProgress).values({ itemId: id, entryDate: day, eventKind: closing ? 'closed' : 'status', text: note ?? '', toStatus: status });
}

/** The province's 2024 (province `code`, another province `other`); returns the ids a test may need. */
export async function seedProvinceYear(db: Db, code: string, other: string) {
  const lead = await insertOrganisation(db, { name: 'Sở Tư pháp tỉnh Gia Lai', kind: 'department', provinceCode: code, searchKey: 'so tu phap gia lai' });
  const conference = await createConference(db, systemActor, {
    title: seeded.conferenceTitle,
    level: 'provincial',
    provinceCode: code,
    startDate: '2024-05-14',
    status: 'held',
    format: 'hybrid',
    participantsActual: 1234,
    connectionPoints: [
      { name: 'Điểm cầu huyện Chư Sê', level: 'district', provinceCode: code, actualAttendance: 80 },
      { name: 'Điểm cầu huyện Ia Grai', level: 'district', provinceCode: code, actualAttendance: 70 },
    ],
    outcomes: [
      { kind: 'limitation', text: seeded.limitation },
      { kind: 'direction', text: 'Đề nghị các sở, ban, ngành tiếp tục quán triệt các văn bản chỉ đạo' },
    ],
  });
  // A conference of the year before and one of another province: neither belongs in the report.
  await createConference(db, systemActor, { title: 'Hội nghị tập huấn năm 2023', level: 'provincial', provinceCode: code, startDate: '2023-06-01', status: 'held', participantsActual: 99 });
  await createConference(db, systemActor, { title: 'Hội nghị tập huấn của tỉnh khác', level: 'provincial', provinceCode: other, startDate: '2024-06-01', status: 'held', participantsActual: 77 });
  await db.insert(participants).values({ conferenceId: conference.id, fullName: seeded.participantName, searchKey: 'tran thi bich ngoc', identityKey: 'tran thi bich ngoc' } as typeof participants.$inferInsert);

  // The awareness test: two people, 40% → 80% and 60% → 80%.
  const codes = await db
    .insert(awarenessCodes)
    .values([
      { conferenceId: conference.id, code: 'A1B2C3', batch: 1 },
      { conferenceId: conference.id, code: 'D4E5F6', batch: 1 },
    ])
    .returning({ id: awarenessCodes.id });
  await db.insert(awarenessResponses).values([
    { codeId: codes[0]!.id, conferenceId: conference.id, phase: 'pre', answers: {}, score: 4, maxScore: 10 },
    { codeId: codes[0]!.id, conferenceId: conference.id, phase: 'post', answers: {}, score: 8, maxScore: 10, comment: 'Bình luận riêng của học viên' },
    { codeId: codes[1]!.id, conferenceId: conference.id, phase: 'pre', answers: {}, score: 6, maxScore: 10 },
    { codeId: codes[1]!.id, conferenceId: conference.id, phase: 'post', answers: {}, score: 8, maxScore: 10 },
  ]);

  // Indicators: one approved with its target and last year's figure, one only submitted (a draft to the public).
  await addIndicators(db, [
    { code: seeded.approvedIndicator, nameVi: 'Số hộ nghèo được hỗ trợ nhà ở', unit: 'hộ' },
    { code: seeded.draftIndicator, nameVi: 'Số vụ việc chưa phê duyệt', unit: 'vụ' },
  ]);
  const form = await addProvinceForm(db, 'year');
  await addProvinceReport(db, { formId: form, provinceCode: code, period: '2024', status: 'approved', values: [{ code: seeded.approvedIndicator, value: 1250, target: 1000 }] });
  await addProvinceReport(db, { formId: form, provinceCode: code, period: '2023', status: 'approved', values: [{ code: seeded.approvedIndicator, value: 1000 }] });
  const draftForm = await addProvinceForm(db, 'year');
  await addProvinceReport(db, { formId: draftForm, provinceCode: code, period: '2024', status: 'submitted', values: [{ code: seeded.draftIndicator, value: 98765 }] });

  const [open, done, notDone, sample, elsewhere, national, copy] = await insertFollowupItems(
    db,
    [
      itemOf({ text: seeded.openText, itemDate: '2024-02-01', dueDate: '2024-06-30', provinceCode: code, leadOrganisationId: lead.id, reference: 'KH 12 nhiệm vụ 1' }),
      itemOf({ text: seeded.doneText, itemDate: '2024-02-01', dueDate: '2024-12-31', provinceCode: code }),
      itemOf({ text: seeded.notDoneText, itemDate: '2024-03-01', dueDate: '2024-10-31', provinceCode: code }),
      { ...itemOf({ text: seeded.sampleText, itemDate: '2024-03-01', provinceCode: code }), sample: true },
      itemOf({ text: seeded.otherProvinceText, itemDate: '2024-03-01', provinceCode: other }),
      itemOf({ text: 'Nâng cao nhận thức về quyền của trẻ em (việc cấp quốc gia)', itemDate: '2024-01-15', dueDate: '2024-11-30', reference: 'UPR IV 45.12', kind: 'upr', uprCycle: 4 }),
      itemOf({ text: 'Nâng cao nhận thức về quyền của trẻ em (việc cấp quốc gia)', itemDate: '2024-01-15', dueDate: '2024-11-30', reference: 'UPR IV 45.12', kind: 'upr', uprCycle: 4, provinceCode: code }),
    ],
    systemActor.id,
  );
  await db.update(followupItems).set({ parentId: national! }).where(eq(followupItems.id, copy!));
  await db.insert(followupProgress).values({ itemId: open!, entryDate: '2024-04-10', eventKind: 'progress', text: seeded.progressNote });
  await setStatus(db, open!, 'in_progress', null, '2024-03-15');
  await setStatus(db, done!, 'in_progress', null, '2024-05-02');
  await setStatus(db, done!, 'done', seeded.closingNote, '2024-09-20');
  await setStatus(db, notDone!, 'not_done', seeded.notDoneReason, '2024-08-01');
  await setStatus(db, copy!, 'in_progress', null, '2024-04-01');
  return { conferenceId: conference.id, items: { open: open!, done: done!, notDone: notDone!, sample: sample!, elsewhere: elsewhere!, national: national!, copy: copy! } };
}
