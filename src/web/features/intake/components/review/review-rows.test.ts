import { describe, expect, it } from 'vitest';
import { messagesFor, type MessageId } from '../../../../lib/messages';
import { reviewRows } from './review-rows';

const vi = messagesFor('vi');
const t = (id: MessageId, values: Record<string, string | number> = {}) => vi[id].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

describe('organiser rows of the review', () => {
  it('show a registry match in green and a name the registry lacks as not there yet, to be added', () => {
    const rows = reviewRows(
      {
        proposal: { organisers: [] },
        proposalEvidence: {},
        organiserSuggestions: [
          { name: 'Văn phòng Thường trực về Nhân quyền Chính phủ', role: 'organizer', organisationId: '7c0e9f5e-2a41-4b5e-9a57-3f7f3c1d2e10', organisationName: 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ', evidenceKey: 'organizers[0]' },
          // The server found no body of this kind in Quảng Ngãi: no other province's stands in.
          { name: 'Ban Chỉ đạo về Nhân quyền tỉnh Quảng Ngãi', role: 'co_organizer', organisationId: null, organisationName: null, evidenceKey: 'organizers[1]' },
        ],
      },
      null,
      t,
      (code) => code,
    );
    expect(rows.map((r) => [r.value, r.note, r.noteColor])).toEqual([
      ['Văn phòng Thường trực về Nhân quyền Chính phủ', 'Khớp danh bạ: Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ', 'teal.8'],
      ['Ban Chỉ đạo về Nhân quyền tỉnh Quảng Ngãi', 'Chưa có trong danh bạ: có thể thêm ở bước sau', 'yellow.9'],
    ]);
  });
});
