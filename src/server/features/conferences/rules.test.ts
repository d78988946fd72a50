import { describe, expect, it } from 'vitest';
import { conferenceInputSchema, type ConferenceInput } from '../../../shared/api/conferences.js';
import { conferenceRuleIssues } from './rules.js';

const base: ConferenceInput = { title: 'Hội nghị tập huấn công tác nhân quyền năm 2023', level: 'provincial', provinceCode: '19', startDate: '2023-06-13', status: 'held' };
const issuesOf = (overrides: Partial<ConferenceInput>, today = '2026-11-23') =>
  conferenceRuleIssues(conferenceInputSchema.parse({ ...base, ...overrides }), today).map((i) => i.path);

describe('conference rules', () => {
  it('accepts a well-formed held conference', () => {
    expect(issuesOf({})).toEqual([]);
  });

  it.each([
    ['an end before the start', { endDate: '2023-06-12' }, ['endDate']],
    ['a conference lasting months', { endDate: '2023-12-31' }, ['endDate']],
    ['a held conference dated in the future', { startDate: '2027-01-05' }, ['startDate']],
    ['an old province after the reform', { startDate: '2025-08-01', legacyProvinceCode: '06' }, ['legacyProvinceCode']],
    ['a provincial conference without a province', { provinceCode: null }, ['provinceCode']],
    ['a commune conference without a commune', { level: 'commune' }, ['communeCode']],
    [
      'connection points summing above an exact total',
      { participantsActual: 100, connectionPoints: [{ name: 'A', level: 'district', actualAttendance: 60 }, { name: 'B', level: 'district', actualAttendance: 50 }] },
      ['participantsActual'],
    ],
    [
      'two main connection points',
      { connectionPoints: [{ name: 'A', level: 'province', isMain: true }, { name: 'B', level: 'district', isMain: true }] },
      ['connectionPoints'],
    ],
    [
      'a main connection point recorded as a group of points',
      { connectionPoints: [{ name: 'Các điểm cầu cấp tỉnh', level: 'province', isMain: true, pointCount: 3 }] },
      ['connectionPoints.0.pointCount'],
    ],
    ['an official at a connection point that does not exist', { officials: [{ name: 'Nguyễn Văn A', role: 'guest', connectionPointIndex: 0 }] }, ['officials.0.connectionPointIndex']],
  ] as const)('refuses %s', (_label, overrides, paths) => {
    expect(issuesOf(overrides as Partial<ConferenceInput>)).toEqual(paths);
  });

  it('lets "hơn 3.000" be exceeded by the connection points, and "khoảng" by up to a tenth', () => {
    const points = [{ name: 'A', level: 'district' as const, actualAttendance: 1700 }, { name: 'B', level: 'commune' as const, actualAttendance: 1500 }];
    expect(issuesOf({ participantsActual: 3000, participantsQualifier: 'more_than', connectionPoints: points })).toEqual([]);
    expect(issuesOf({ participantsActual: 3000, participantsQualifier: 'about', connectionPoints: points })).toEqual([]);
    expect(issuesOf({ participantsActual: 2800, participantsQualifier: 'about', connectionPoints: points })).toEqual(['participantsActual']);
  });

  it('accepts group rows of points ("10 điểm cầu cấp huyện và 161 điểm cầu xã"), one point when not said', () => {
    const points = [
      { name: 'Điểm cầu chính', level: 'province' as const, isMain: true },
      { name: 'Các điểm cầu cấp huyện', level: 'district' as const, pointCount: 10 },
      { name: 'Các điểm cầu cấp xã', level: 'commune' as const, pointCount: 161 },
    ];
    expect(issuesOf({ connectionPoints: points })).toEqual([]);
    expect(conferenceInputSchema.parse({ ...base, connectionPoints: points }).connectionPoints.map((p) => p.pointCount)).toEqual([1, 10, 161]);
  });

  it.each([
    [0, 'Số điểm cầu ít nhất là 1'],
    [2.5, 'Số điểm cầu phải là số nguyên'],
    [20_000, 'Số điểm cầu tối đa 10.000'],
  ])('refuses %s points on one row with a Vietnamese message', (pointCount, message) => {
    const parsed = conferenceInputSchema.safeParse({ ...base, connectionPoints: [{ name: 'Các điểm cầu cấp xã', level: 'commune', pointCount }] });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['connectionPoints.0.pointCount', message]]);
  });

  it('a planned conference may be in the future', () => {
    expect(issuesOf({ status: 'planned', startDate: '2027-03-01' })).toEqual([]);
  });

  it('rejects negative counts in the schema with a Vietnamese message', () => {
    const parsed = conferenceInputSchema.safeParse({ ...base, participantsActual: -5 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Số đại biểu thực tế không được âm');
  });
});
