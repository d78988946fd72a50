import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IntakeExtraction } from '../extraction.js';
import { loadLabelledSet } from './corpus.js';
import { evaluateSet } from './run.js';
import { compatibleUnits, overall, precisionByConfidence, prf, scoreExtraction, scoreWithConfidence } from './score.js';

const root = path.resolve(import.meta.dirname, '../../../..');

describe('intake evaluation', () => {
  // Floors a little under what the extractor reaches today (seeds 1,00; labelled 0,99): a drop
  // below them is a regression to look at, not noise.
  it('scores the seed articles at overall F1 ≥ 0,95', () => {
    const result = evaluateSet(loadLabelledSet(path.join(root, 'fixtures/corpus/seeds'), path.join(root, 'fixtures/corpus/seeds.gold.json')));
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('scores the project labelled set at overall F1 ≥ 0,93', () => {
    const dir = path.join(root, 'fixtures/corpus/labelled');
    const result = evaluateSet(loadLabelledSet(dir, path.join(dir, 'labelled.gold.json')));
    expect(result.perArticle.length).toBeGreaterThanOrEqual(10);
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.93);
  });

  // The held-out set (fixtures/corpus/holdout): 20 articles in styles the extractor was not written
  // against. h01–h10 (dev) were used to improve it and now score 1,00, so they prove little; h11–h20
  // (test) were scored at 0,92 after the first round (from 0,80), then 0,99 after the second, which
  // fixed the weaknesses listed from that split — so it is no longer blind. The floor guards 0,92.
  it('scores the held-out test split at overall F1 ≥ 0,90', () => {
    const dir = path.join(root, 'fixtures/corpus/holdout');
    const result = evaluateSet(loadLabelledSet(dir, path.join(dir, 'holdout-test.gold.json')));
    expect(result.perArticle.length).toBe(10);
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('scores the whole held-out set at overall F1 ≥ 0,94', () => {
    const dir = path.join(root, 'fixtures/corpus/holdout');
    const result = evaluateSet(loadLabelledSet(dir, path.join(dir, 'holdout.gold.json')));
    expect(result.perArticle.length).toBe(20);
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.94);
  });

  // The second held-out set (fixtures/corpus/holdout2, h21–h30): other styles, written and labelled
  // before the second round of fixes, scored 0,83 then and 0,95 after (see its README).
  it('scores the second held-out set at overall F1 ≥ 0,92', () => {
    const dir = path.join(root, 'fixtures/corpus/holdout2');
    const result = evaluateSet(loadLabelledSet(dir, path.join(dir, 'holdout2.gold.json')));
    expect(result.perArticle.length).toBe(10);
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.92);
  });

  // The third held-out set (fixtures/corpus/holdout3), written for issue 12. The dev half (h31–h38)
  // was fixed against: 0,79 before, 0,99 after, with the figures at 0,59 before. The floors guard the
  // causes fixed there: figures, context figures kept apart, day ranges.
  it('scores the third set\'s dev half at overall F1 ≥ 0,95, figures and context figures ≥ 0,9', () => {
    const dir = path.join(root, 'fixtures/corpus/holdout3');
    const result = evaluateSet(loadLabelledSet(dir, path.join(dir, 'holdout3-dev.gold.json')));
    expect(result.perArticle.length).toBe(8);
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.95);
    for (const field of ['indicators.value', 'context_figures', 'event_end_date', 'level']) {
      expect([field, prf(result.fields[field]!).f1]).toEqual([field, expect.any(Number)]);
      expect(prf(result.fields[field]!).f1!).toBeGreaterThanOrEqual(0.9);
    }
  });

  // The test half (h39–h46) was labelled before any change and scored once at the end: 0,80 → 1,00.
  // Its README says why that figure is optimistic; the floor guards the rules, not a blind score.
  it('scores the third set\'s test half at overall F1 ≥ 0,95', () => {
    const dir = path.join(root, 'fixtures/corpus/holdout3');
    const result = evaluateSet(loadLabelledSet(dir, path.join(dir, 'holdout3-test.gold.json')));
    expect(result.perArticle.length).toBe(8);
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every proposed field of every labelled article a confidence', () => {
    const sets = [['seeds', 'seeds.gold.json'], ['labelled', 'labelled/labelled.gold.json'], ['holdout', 'holdout/holdout.gold.json'], ['holdout3', 'holdout3/holdout3-dev.gold.json']];
    for (const [dir, gold] of sets) {
      const result = evaluateSet(loadLabelledSet(path.join(root, 'fixtures/corpus', dir!), path.join(root, 'fixtures/corpus', gold!)));
      expect(result.values.length).toBeGreaterThan(50);
      const table = precisionByConfidence(result.values);
      const all = table.find((r) => r.field === 'overall')!;
      expect(all.levels.high.n + all.levels.medium.n + all.levels.low.n).toBe(result.values.length);
    }
  });
});

describe('scoring rules', () => {
  const blank: IntakeExtraction = {
    title: null, event_name: null, event_date: null, date_year_inferred: null, year_source: null, published: null,
    province: null, province_code: null, level: null, organizers: null, co_organizers: null, format: null, venue: null,
    participants_count: null, participants_qualifier: null, connection_points_count: null, connection_points: [],
    officials: [], topics: [], topic_details: [], materials: [], limitations: [], directions: [], indicators: [], evidence: {}, warnings: [],
  };

  it('counts nothing for null/null, FP for an extra value, FP and FN for a wrong one', () => {
    const s = scoreExtraction({ ...blank, event_date: '2023-06-14', format: 'online' }, { event_date: '2023-06-13', format: null, level: null });
    expect(s.event_date).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.format).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.level).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(prf(s.level!).f1).toBeNull();
  });

  it('matches officials by name and scores their sub-fields; an empty extraction scores 0', () => {
    const gold = { officials: [{ name: 'Nguyễn Văn Kỷ', title: 'Phó Chánh Văn phòng', rank: 'Thiếu tướng', role: 'speaker' }] };
    const s = scoreExtraction({ ...blank, officials: [{ name: 'Nguyễn Văn Kỷ', title: 'Phó Chánh Văn phòng', rank: null, role: 'chair' }] }, gold);
    expect(s['officials.name']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s['officials.rank']).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s['officials.role']).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(overall(scoreExtraction(blank, gold)).f1).toBe(0);
  });

  it('scores round-two labels only where the gold has them, and a context figure proposed as an indicator is a false indicator', () => {
    const population = { label: 'dân số', value: 82_000, unit: 'người', qualifier: 'more_than' as const };
    const asIndicator = { label: 'dân số', value: 82_000, unit: 'người', target: null, percent_of_target: null, period: null };
    const old = scoreExtraction({ ...blank, context_figures: [population], event_end_date: '2025-01-02' }, { event_date: null });
    expect([old.context_figures, old.event_end_date]).toEqual([{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }]);
    const labelled = { context_figures: [{ value: 82_000 }], indicators: [], event_end_date: '2025-01-03' };
    const right = scoreExtraction({ ...blank, context_figures: [population], event_end_date: '2025-01-03' }, labelled);
    expect([right.context_figures, right.event_end_date]).toEqual([{ tp: 1, fp: 0, fn: 0 }, { tp: 1, fp: 0, fn: 0 }]);
    const wrong = scoreExtraction({ ...blank, indicators: [asIndicator] }, labelled);
    expect([wrong.context_figures, wrong['indicators.value']]).toEqual([{ tp: 0, fp: 0, fn: 1 }, { tp: 0, fp: 1, fn: 0 }]);
  });

  it('takes a unit with words after it as the same unit, except money, which must match exactly', () => {
    expect(compatibleUnits('người', 'người cao tuổi')).toBe(true);
    expect(compatibleUnits('lượt người', 'lượt người lao động')).toBe(true);
    expect(compatibleUnits('người lao động', 'người')).toBe(true);
    expect(compatibleUnits('tỷ đồng', 'tỷ đồng hỗ trợ')).toBe(false);
    expect(compatibleUnits('đồng', 'triệu đồng')).toBe(false);
    expect(compatibleUnits('USD', 'triệu USD')).toBe(false);
    expect(compatibleUnits('tỷ đồng', 'tỷ đồng')).toBe(true);
  });

  it('tallies precision at each confidence level from the values it scored', () => {
    const gold = { event_date: '2025-01-02', level: 'province', format: null, organizers: ['Sở Tư pháp'] };
    const draft: IntakeExtraction = {
      ...blank, event_date: '2025-01-02', level: 'national', format: 'online', organizers: ['Sở Tư pháp'],
      evidence: {
        event_date: { spans: [], rule: 'r', confidence: 'high' },
        level: { spans: [], rule: 'r', confidence: 'low' },
        format: { spans: [], rule: 'r', confidence: 'low' },
        'organizers[0]': { spans: [], rule: 'r', confidence: 'medium' },
      },
    };
    const { values } = scoreWithConfidence(draft, gold);
    const table = Object.fromEntries(precisionByConfidence(values).map((r) => [r.field, r.levels]));
    expect(table.overall).toEqual({ high: { n: 1, correct: 1, precision: 1 }, medium: { n: 1, correct: 1, precision: 1 }, low: { n: 2, correct: 0, precision: 0 } });
    expect(table.level!.low).toEqual({ n: 1, correct: 0, precision: 0 });
  });

  it('pairs indicators by value and label words, and compares units by their head word', () => {
    const gold = { indicators: [{ label: 'người cao tuổi được tặng quà', value: 261, unit: 'người cao tuổi', target: null, percent_of_target: null }] };
    const hit = { label: 'tặng quà', value: 261, unit: 'người', target: null, percent_of_target: null, period: null };
    expect(scoreExtraction({ ...blank, indicators: [hit] }, gold)['indicators.unit']).toEqual({ tp: 1, fp: 0, fn: 0 });
    const unrelated = { ...hit, label: 'cai nghiện ma túy', unit: 'người' };
    expect(scoreExtraction({ ...blank, indicators: [unrelated] }, gold)['indicators.value']).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
