import { describe, expect, it } from 'vitest';
import { readPosition, readSdgs, readThemes, suggestColumns, uprHeaderPhrases } from './lexicon.js';
import { readDue, splitBodies, isGenericBody } from './plan-tasks.js';
import { parseRecommendationText } from './recommendation-list.js';
import { readStateList, takeTrailingStates } from './states.js';

describe('recommending States', () => {
  it('reads the States in parentheses at the end, in English and Vietnamese, and strips them', () => {
    expect(takeTrailingStates('Continue efforts to reduce poverty in rural areas (Indonesia);')).toEqual({ text: 'Continue efforts to reduce poverty in rural areas.', states: ['Indonesia'], unknown: [] });
    expect(takeTrailingStates('Tiếp tục hỗ trợ đồng bào dân tộc thiểu số (Lào; Campuchia).').states).toEqual(['Lao People\'s Democratic Republic', 'Cambodia']);
    expect(takeTrailingStates('Abolish the death penalty (Iran (Islamic Republic of))').states).toEqual(['Iran (Islamic Republic of)']);
    expect(takeTrailingStates('Ratify the Convention (Trinidad and Tobago)').states).toEqual(['Trinidad and Tobago']);
  });
  it('leaves a parenthesis that names no State in the text', () => {
    const r = takeTrailingStates('Strengthen the protection of workers (SDG 8)');
    expect(r.states).toEqual([]);
    expect(r.text).toBe('Strengthen the protection of workers (SDG 8)');
  });
  it('keeps an unknown name beside known ones and reports it', () => {
    expect(readStateList('France, Atlantis')).toEqual({ states: ['France', 'Atlantis'], unknown: ['Atlantis'] });
    expect(readStateList('Hoa Kỳ và Nhật Bản').states).toEqual(['United States of America', 'Japan']);
  });
});

describe('matrix cells', () => {
  it('reads positions in both languages, and flags anything else', () => {
    expect(['Supported', 'Chấp thuận', 'chap thuan', 'Accepted'].map(readPosition)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    expect(['Noted', 'Ghi nhận', 'Take note'].map(readPosition)).toEqual(['noted', 'noted', 'noted']);
    expect(readPosition('Maybe')).toBe('unknown');
    expect(readPosition('  ')).toBeNull();
  });
  it('maps OHCHR themes to rights themes and reports the rest', () => {
    const r = readThemes('F31 Children: definition; general principles; protection\nWomen\'s rights\nFreedom of religion or belief\nPersons with disabilities\nEthnic minorities\nSpace exploration');
    expect(r.themes).toEqual(expect.arrayContaining(['children', 'gender_equality', 'belief_religion', 'persons_with_disabilities', 'ethnic_minorities']));
    expect(r.unmapped).toEqual(['Space exploration']);
    expect(readThemes('D42 Freedom of thought, conscience and religion; D1 Civil & political rights - general measures')).toEqual({ themes: ['belief_religion', 'civil_political'], unmapped: [] });
    expect(readThemes('Rights of the Child; gender; Cyber security').themes).toEqual(['children', 'gender_equality', 'cyberspace']);
  });
  it('reads SDG goals and targets and refuses numbers outside 1–17', () => {
    expect(readSdgs('SDG 1, SDG 5')).toEqual({ sdgs: ['1', '5'], bad: [] });
    expect(readSdgs('1.2; 16.10; 16.b')).toEqual({ sdgs: ['1.2', '16.10', '16.b'], bad: [] });
    expect(readSdgs('SDG 18, abc').bad).toEqual(['SDG 18', 'abc']);
  });
  it('proposes columns from English and Vietnamese headings without diacritics mattering', () => {
    expect(suggestColumns(['STT', 'Recommendation', 'Position', 'Full list of themes', 'Affected persons', 'SDGs'], uprHeaderPhrases)).toMatchObject({ text: 1, position: 2, themes: 3, affectedPersons: 4, sdgs: 5 });
    expect(suggestColumns(['Khuyen nghi', 'Lập trường', 'Quốc gia khuyến nghị'], uprHeaderPhrases)).toMatchObject({ text: 0, position: 1, states: 2 });
  });
});

describe('plan deadlines and bodies', () => {
  it('reads Vietnamese deadlines to the last day they allow', () => {
    expect(readDue('31/12/2025')).toBe('2025-12-31');
    expect(readDue('2025-06-30')).toBe('2025-06-30');
    expect(readDue('Quý II/2025')).toBe('2025-06-30');
    expect(readDue('Quý 4 năm 2025')).toBe('2025-12-31');
    expect(readDue('Năm 2025')).toBe('2025-12-31');
    expect(readDue('Tháng 9/2025')).toBe('2025-09-30');
    expect(readDue('6 tháng đầu năm 2026')).toBe('2026-06-30');
    expect(readDue('Thường xuyên')).toBeNull();
    expect(readDue('Hằng năm')).toBeNull();
    expect(readDue('')).toBeNull();
    expect(readDue('31/02/2025')).toBeUndefined();
    expect(readDue('sớm nhất có thể')).toBeUndefined();
  });
  it('splits co-operating bodies and sets generic ones aside', () => {
    const parts = splitBodies('Sở Tư pháp, Sở Nội vụ; các sở, ngành liên quan');
    expect(parts.filter((p) => !isGenericBody(p))).toEqual(['Sở Tư pháp', 'Sở Nội vụ']);
  });
});

describe('numbered recommendation lists', () => {
  const options = { uprCycle: 4, itemDate: '2024-09-26', provinceCode: null };
  it('makes one item per numbered paragraph, with wrapped lines joined and States read out', () => {
    const rows = parseRecommendationText(
      'Report of the Working Group\nIntroduction text that is not an item.\n45.1 Continue to strengthen the legal\nframework on human rights (Indonesia);\n45.2 Tăng cường giáo dục nhân quyền (Lào; Campuchia)\n',
      options,
    );
    expect(rows.map((r) => [r.item.paragraph, r.item.text, r.item.recommendingStates])).toEqual([
      ['45.1', 'Continue to strengthen the legal framework on human rights.', ['Indonesia']],
      ['45.2', 'Tăng cường giáo dục nhân quyền.', ["Lao People's Democratic Republic", 'Cambodia']],
    ]);
    expect(rows[0]!.item.reference).toBe('UPR IV 45.1');
  });
  it('turns a numbered lead-in with a list into one item per entry, and reads a treaty symbol', () => {
    const rows = parseRecommendationText(
      'CERD/C/VNM/CO/15-17\nConcluding observations\n23. The Committee recommends that the State party:\n(a) Adopt a comprehensive law on discrimination;\n(b) Ensure access to education for minorities.\nC. Legal aid\n24. The Committee recommends legal aid be extended.',
      options,
    );
    expect(rows.map((r) => [r.item.kind, r.item.treaty, r.item.paragraph])).toEqual([
      ['treaty', 'CERD', '23(a)'],
      ['treaty', 'CERD', '23(b)'],
      ['treaty', 'CERD', '24'],
    ]);
    expect(rows[0]!.item.reference).toBe('CERD/C/VNM/CO/15-17 §23(a)');
    expect(rows[1]!.item.text).toBe('Ensure access to education for minorities.');
  });
});

describe('the sample matrix for seed-demo', () => {
  it('parses every row of reference-data/followup/upr-sample.csv without errors', async () => {
    const { parseUprMatrix } = await import('./upr-matrix.js');
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(new URL('../../../../reference-data/followup/upr-sample.csv', import.meta.url));
    const { rows, items } = await parseUprMatrix(bytes, 'upr-sample.csv', { uprCycle: 4, itemDate: '2024-09-26', provinceCode: null });
    expect(rows.flatMap((r) => r.errors)).toEqual([]);
    expect(rows.flatMap((r) => r.warnings)).toEqual([]);
    expect(items).toHaveLength(12);
    expect(items.filter((i) => i.uprPosition === 'noted')).toHaveLength(2);
    expect(items[1]).toMatchObject({ paragraph: '45.2', recommendingStates: ["Lao People's Democratic Republic", 'Cambodia'], themes: expect.arrayContaining(['children', 'economic_social_cultural']) });
  });
});
