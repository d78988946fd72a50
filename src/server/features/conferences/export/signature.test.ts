import { describe, expect, it } from 'vitest';
import { signatureForBody, signatureOf } from './signature.js';

describe('who signs a report', () => {
  it('signs on behalf of a collective body, with its head below', () => {
    expect(signatureForBody('steering_committee', 'Ban Chỉ đạo về nhân quyền tỉnh Cao Bằng')).toEqual({ onBehalfOf: 'TM. BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN' });
    expect(signatureForBody('peoples_committee', 'Ủy ban nhân dân tỉnh Lào Cai')).toEqual({ onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' });
  });

  it('signs with the head’s title alone for a body run by one head', () => {
    expect(signatureForBody('standing_office', 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ')).toEqual({ onBehalfOf: null, title: 'CHÁNH VĂN PHÒNG' });
    expect(signatureForBody('department', 'Sở Tư pháp tỉnh Quảng Ngãi').title).toBe('GIÁM ĐỐC');
    expect(signatureForBody('department', 'Ban Dân tộc tỉnh Cao Bằng').title).toBe('TRƯỞNG BAN');
    expect(signatureForBody('police', 'Công an tỉnh Cao Bằng').title).toBe('GIÁM ĐỐC');
    expect(signatureForBody('institute', 'Trường Chính trị tỉnh Bắc Ninh').title).toBe('HIỆU TRƯỞNG');
    expect(signatureForBody('other', 'Cơ quan khác').title).toBe('THỦ TRƯỞNG CƠ QUAN');
  });

  it('takes the host organiser, and a Steering Committee when none is recorded', () => {
    const office = { id: '1', name: 'Văn phòng Thường trực', shortName: null, kind: 'standing_office', provinceCode: null };
    const committee = { id: '2', name: 'Ban Chỉ đạo tỉnh', shortName: null, kind: 'steering_committee', provinceCode: '04' };
    expect(signatureOf({ organisers: [{ ...committee, role: 'co_organizer' }, { ...office, role: 'organizer' }] }).title).toBe('CHÁNH VĂN PHÒNG');
    expect(signatureOf({ organisers: [] })).toEqual({ onBehalfOf: 'TM. BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN' });
  });
});
