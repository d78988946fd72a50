import { describe, expect, it } from 'vitest';
import { approveRefusal, approvingLevel, canReadUnit, reportRefusal, type IndicatorAccessUser, type IndicatorUnit } from './indicator-access.js';

const user = (role: IndicatorAccessUser['role'], provinceCode: string | null = null, organisationId: string | null = null): IndicatorAccessUser => ({ id: `u-${role}`, role, provinceCode, organisationId });
const national: IndicatorUnit = { unitKind: 'national', unitCode: 'VN', provinceCode: null };
const hanoi: IndicatorUnit = { unitKind: 'province', unitCode: '01', provinceCode: '01' };
const oldHaTay: IndicatorUnit = { unitKind: 'legacy_province', unitCode: '28', provinceCode: '01' };
const saigon: IndicatorUnit = { unitKind: 'province', unitCode: '79', provinceCode: '79' };
const agency: IndicatorUnit = { unitKind: 'agency', unitCode: 'org-1', provinceCode: '01' };
const commune: IndicatorUnit = { unitKind: 'commune', unitCode: '00004', provinceCode: '01' };

describe('reading a unit', () => {
  it('lets national roles read everything and provincial ones their province and the national figures', () => {
    for (const role of ['national_admin', 'national_officer'] as const) expect(canReadUnit(user(role), saigon)).toBe(true);
    for (const role of ['provincial_secretariat', 'agency_reporter', 'viewer'] as const) {
      const u = user(role, '01');
      expect([canReadUnit(u, hanoi), canReadUnit(u, oldHaTay), canReadUnit(u, agency), canReadUnit(u, national), canReadUnit(u, saigon)]).toEqual([true, true, true, true, false]);
    }
  });
});

describe('reporting for a unit', () => {
  it('lets the national administrator report anything and nobody without the permission', () => {
    expect(reportRefusal(user('national_admin'), saigon)).toBeNull();
    expect(reportRefusal(user('national_officer'), hanoi)).toContain('chỉ được xem');
    expect(reportRefusal(user('viewer', '01'), hanoi)).toContain('chỉ được xem');
  });

  it('keeps the secretariat within its province and away from the national report', () => {
    const s = user('provincial_secretariat', '01');
    expect([reportRefusal(s, hanoi), reportRefusal(s, oldHaTay), reportRefusal(s, commune), reportRefusal(s, agency)]).toEqual([null, null, null, null]);
    expect(reportRefusal(s, saigon)).toContain('tỉnh mình');
    expect(reportRefusal(s, national)).toContain('tỉnh mình');
  });

  it('lets an agency reporter report only for its own agency', () => {
    expect(reportRefusal(user('agency_reporter', '01', 'org-1'), agency)).toBeNull();
    expect(reportRefusal(user('agency_reporter', '01', 'org-2'), agency)).toContain('cơ quan mình');
    expect(reportRefusal(user('agency_reporter', '01', 'org-1'), hanoi)).toContain('cơ quan mình');
    expect(reportRefusal(user('agency_reporter', '01', null), agency)).toContain('chưa gắn với cơ quan');
  });
});

describe('approving a unit’s report', () => {
  it('sends each kind to the level above', () => {
    expect([approvingLevel('agency'), approvingLevel('commune'), approvingLevel('province'), approvingLevel('legacy_province'), approvingLevel('national')]).toEqual([
      'province',
      'province',
      'national',
      'national',
      'national_admin',
    ]);
  });

  it('has the Standing Office approve provinces, the province approve its agencies and communes', () => {
    expect(approveRefusal(user('national_officer'), hanoi, 'someone')).toBeNull();
    expect(approveRefusal(user('national_officer'), oldHaTay, 'someone')).toBeNull();
    expect(approveRefusal(user('national_officer'), agency, 'someone')).toContain('của tỉnh phê duyệt');
    expect(approveRefusal(user('provincial_secretariat', '01'), agency, 'someone')).toBeNull();
    expect(approveRefusal(user('provincial_secretariat', '01'), commune, 'someone')).toBeNull();
    // A province does not approve its own province report, nor another province's agencies.
    expect(approveRefusal(user('provincial_secretariat', '01'), hanoi, 'someone')).toContain('Văn phòng Thường trực');
    expect(approveRefusal(user('provincial_secretariat', '79'), agency, 'someone')).toContain('của tỉnh phê duyệt');
    expect(approveRefusal(user('national_officer'), national, 'someone')).toContain('Văn phòng Thường trực');
    expect(approveRefusal(user('national_admin'), national, 'someone')).toBeNull();
    expect(approveRefusal(user('agency_reporter', '01', 'org-1'), agency, 'someone')).toContain('không có quyền phê duyệt');
  });

  it('never lets anyone approve what they submitted', () => {
    const admin = user('national_admin');
    expect(approveRefusal(admin, agency, admin.id)).toContain('chính mình nộp');
    expect(approveRefusal(user('provincial_secretariat', '01'), commune, 'u-provincial_secretariat')).toContain('chính mình nộp');
  });
});
