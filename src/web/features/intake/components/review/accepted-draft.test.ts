import { describe, expect, it } from 'vitest';
import { pointGroupRow } from '../../../../../shared/conferences/point-count';
import { acceptedDraft } from './accepted-draft';

const doc = {
  proposal: {
    title: 'Hội nghị tập huấn công tác nhân quyền năm 2023',
    provinceCode: '52',
    legacyProvinceCode: '52',
    startDate: '2023-04-20',
    status: 'held' as const,
    participantsActual: 120,
    participantsQualifier: 'about' as const,
    officials: [
      { name: 'Lâm Hải Giang', rank: null, title: 'Phó Chủ tịch UBND tỉnh', organisationId: null, role: 'chair' as const, connectionPointIndex: null },
      { name: 'Ngô Cự Vinh', rank: 'Đại tá', title: null, organisationId: null, role: 'speaker' as const, connectionPointIndex: null },
    ],
    connectionPoints: [
      pointGroupRow('Các điểm cầu cấp huyện', 'district', 10),
      pointGroupRow('Các điểm cầu cấp xã', 'commune', 161),
    ],
    outcomes: [{ kind: 'limitation' as const, text: 'Nhận thức còn hạn chế', responsibleOrganisationId: null, responsibleText: null, dueDate: null }],
    organisers: [],
    sources: [],
  },
  organiserSuggestions: [
    { name: 'Ban Chỉ đạo về Nhân quyền tỉnh Bình Định', role: 'organizer' as const, organisationId: '7c0e9f5e-2a41-4b5e-9a57-3f7f3c1d2e10', organisationName: 'BCĐ NQ tỉnh Bình Định', evidenceKey: 'organizers[0]' },
    { name: 'Văn phòng Thường trực BCĐNQ Chính phủ', role: 'co_organizer' as const, organisationId: null, organisationName: null, evidenceKey: 'co_organizers[0]' },
  ],
};

describe('acceptedDraft', () => {
  it('keeps everything when nothing is dropped', () => {
    const { draft, unmatched } = acceptedDraft(doc, new Set());
    expect(draft).toMatchObject({ title: doc.proposal.title, provinceCode: '52', status: 'held', participantsQualifier: 'about' });
    expect(draft.officials).toHaveLength(2);
    expect(draft.connectionPoints?.map((c) => c.pointCount)).toEqual([10, 161]);
    expect(draft.organisers).toEqual([{ organisationId: doc.organiserSuggestions[0]!.organisationId, role: 'organizer' }]);
    expect(unmatched).toEqual([{ name: 'Văn phòng Thường trực BCĐNQ Chính phủ', role: 'co_organizer' }]);
    expect(draft.sources).toBeUndefined();
  });

  it('drops a field with what qualifies it, and single rows of a list', () => {
    const { draft, unmatched } = acceptedDraft(doc, new Set(['provinceCode', 'participantsActual', 'officials.0', 'organisers.1', 'connectionPoints.0']));
    expect(draft.provinceCode).toBeUndefined();
    expect(draft.legacyProvinceCode).toBeUndefined();
    expect(draft.participantsQualifier).toBeUndefined();
    expect(draft.officials?.map((o) => o.name)).toEqual(['Ngô Cự Vinh']);
    expect(draft.connectionPoints?.map((c) => c.name)).toEqual(['Các điểm cầu cấp xã']);
    expect(unmatched).toEqual([]);
  });
});
