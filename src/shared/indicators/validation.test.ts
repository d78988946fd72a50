import { describe, expect, it } from 'vitest';
import { issuePath, issuesBlockingSubmit, parseIssuePath, upperBound, validateReport, type ValidationCell, type ValidationIndicator } from './validation.js';

const indicator = (over: Partial<ValidationIndicator> & { code: string }): ValidationIndicator => ({
  nameVi: `Chỉ tiêu ${over.code}`,
  valueType: 'count',
  decimals: 0,
  maxValue: null,
  ratioScale: 100,
  disaggregations: [],
  required: false,
  ...over,
});
const cell = (over: Partial<ValidationCell> & { indicatorCode: string }): ValidationCell => ({
  part: '',
  value: null,
  numerator: null,
  denominator: null,
  target: null,
  comment: null,
  ...over,
});
const codesOf = (issues: ReturnType<typeof validateReport>) => issues.map((i) => `${i.severity}:${i.code}:${i.indicatorCode}:${i.part}:${i.field}`);

const jobs = indicator({ code: 'JOBS', nameVi: 'Số lao động được giải quyết việc làm' });
const insured = indicator({ code: 'SI', nameVi: 'Tỷ lệ tham gia bảo hiểm xã hội', valueType: 'percent', decimals: 1 });
const ratio = indicator({ code: 'TRAIN', nameVi: 'Tỷ lệ đào tạo nghề so với kế hoạch', valueType: 'ratio', decimals: 2, maxValue: 1000 });
const money = indicator({ code: 'HOUSING', nameVi: 'Kinh phí hỗ trợ nhà ở', valueType: 'money' });

describe('type and range', () => {
  it('accepts a clean report', () => {
    expect(validateReport({ indicators: [jobs, insured, money], values: [cell({ indicatorCode: 'JOBS', value: 17670, target: 15000 }), cell({ indicatorCode: 'SI', value: 97 }), cell({ indicatorCode: 'HOUSING', value: 1_400_000_000 })] })).toEqual([]);
  });

  it('wants counts whole and not negative', () => {
    expect(codesOf(validateReport({ indicators: [jobs], values: [cell({ indicatorCode: 'JOBS', value: 12.5 })] }))).toEqual(['error:integer:JOBS::value']);
    const negative = validateReport({ indicators: [jobs], values: [cell({ indicatorCode: 'JOBS', value: -3, target: -1 })] });
    expect(codesOf(negative)).toEqual(['error:range:JOBS::value', 'error:range:JOBS::target']);
    expect(negative[0]!.message).toBe('Số lao động được giải quyết việc làm — giá trị: phải là số không âm, không phải -3.');
  });

  it('refuses negative money', () => {
    expect(codesOf(validateReport({ indicators: [money], values: [cell({ indicatorCode: 'HOUSING', value: -1 })] }))).toEqual(['error:range:HOUSING::value']);
  });

  it('keeps a percentage between 0 and 100 unless its maximum allows more', () => {
    const over = validateReport({ indicators: [insured], values: [cell({ indicatorCode: 'SI', value: 117.8 })] });
    expect(codesOf(over)).toEqual(['error:range:SI::value']);
    expect(over[0]!.message).toContain('117,8');
    const plan = { ...insured, maxValue: 500 };
    expect(validateReport({ indicators: [plan], values: [cell({ indicatorCode: 'SI', value: 117.8 })] })).toEqual([]);
    expect(upperBound(plan)).toBe(500);
    expect(upperBound({ valueType: 'count', maxValue: null, ratioScale: 100 })).toBeNull();
  });

  it('treats more decimals than the indicator has as an error, never rounding silently', () => {
    const issues = validateReport({ indicators: [insured], values: [cell({ indicatorCode: 'SI', value: 97.25 })] });
    expect(codesOf(issues)).toEqual(['error:decimals:SI::value']);
    expect(issues[0]!.message).toContain('tối đa 1 chữ số thập phân (97,25)');
    // Binary noise of a value that has the right decimals is no error.
    expect(validateReport({ indicators: [insured], values: [cell({ indicatorCode: 'SI', value: 0.1 + 0.2 })] })).toEqual([]);
  });
});

describe('required values', () => {
  it('flags a required indicator without a total, and accepts a ratio given by its parts', () => {
    const req = { ...jobs, required: true };
    const reqRatio = { ...ratio, required: true };
    expect(codesOf(validateReport({ indicators: [req, reqRatio], values: [] }))).toEqual(['error:required:JOBS::value', 'error:required:TRAIN::value']);
    expect(validateReport({ indicators: [reqRatio], values: [cell({ indicatorCode: 'TRAIN', numerator: 10, denominator: 20 })] })).toEqual([]);
    // A part alone does not make the total.
    const bySex = { ...req, disaggregations: ['sex' as const] };
    expect(codesOf(validateReport({ indicators: [bySex], values: [cell({ indicatorCode: 'JOBS', part: 'sex:female', value: 5 })] }))).toEqual(['error:required:JOBS::value']);
  });
});

describe('numerator and denominator', () => {
  const coverage = indicator({ code: 'HI', nameVi: 'Tỷ lệ bao phủ bảo hiểm y tế', valueType: 'ratio', decimals: 2 });

  it('refuses a numerator above the denominator unless the maximum allows more than 100 %', () => {
    expect(codesOf(validateReport({ indicators: [coverage], values: [cell({ indicatorCode: 'HI', numerator: 120, denominator: 100 })] }))).toEqual(['error:numerator_gt_denominator:HI::numerator']);
    expect(validateReport({ indicators: [ratio], values: [cell({ indicatorCode: 'TRAIN', numerator: 8469, denominator: 6500, value: 130.29 })] })).toEqual([]);
  });

  it('refuses a zero denominator under a positive numerator', () => {
    expect(codesOf(validateReport({ indicators: [coverage], values: [cell({ indicatorCode: 'HI', numerator: 3, denominator: 0 })] }))).toEqual(['error:denominator_zero:HI::denominator']);
  });

  it('flags the seed inconsistency: 651/547 reported as 119,02 % while it is 119,01 %', () => {
    const issues = validateReport({ indicators: [ratio], values: [cell({ indicatorCode: 'TRAIN', numerator: 651, denominator: 547, value: 119.02 })] });
    expect(codesOf(issues)).toEqual(['warning:recomputed:TRAIN::value']);
    expect(issues[0]!.message).toBe('Tỷ lệ đào tạo nghề so với kế hoạch — giá trị: ghi 119,02 nhưng 651/547 = 119,01; kiểm tra lại số liệu hoặc ghi chú giải thích.');
    // The correctly rounded figure passes.
    expect(validateReport({ indicators: [ratio], values: [cell({ indicatorCode: 'TRAIN', numerator: 651, denominator: 547, value: 119.01 })] })).toEqual([]);
  });

  it('recomputes at the indicator’s decimals: one decimal compares 119,0 with 119,0', () => {
    const oneDecimal = { ...ratio, decimals: 1 };
    expect(validateReport({ indicators: [oneDecimal], values: [cell({ indicatorCode: 'TRAIN', numerator: 651, denominator: 547, value: 119 })] })).toEqual([]);
    expect(codesOf(validateReport({ indicators: [oneDecimal], values: [cell({ indicatorCode: 'TRAIN', numerator: 651, denominator: 547, value: 119.1 })] }))).toEqual(['warning:recomputed:TRAIN::value']);
  });
});

describe('disaggregated parts', () => {
  const bySex = { ...jobs, disaggregations: ['sex' as const, 'ethnicity' as const] };

  it('wants the parts of a count to add up to the total exactly', () => {
    const values = [cell({ indicatorCode: 'JOBS', value: 100 }), cell({ indicatorCode: 'JOBS', part: 'sex:female', value: 45 }), cell({ indicatorCode: 'JOBS', part: 'sex:male', value: 56 })];
    const issues = validateReport({ indicators: [bySex], values });
    expect(codesOf(issues)).toEqual(['error:parts_sum:JOBS::value']);
    expect(issues[0]!.message).toContain('nữ + nam = 101, khác tổng số 100');
    values[2]!.value = 55;
    expect(validateReport({ indicators: [bySex], values })).toEqual([]);
  });

  it('refuses parts given so far that already exceed the total', () => {
    const values = [cell({ indicatorCode: 'JOBS', value: 100 }), cell({ indicatorCode: 'JOBS', part: 'ethnicity:minority', value: 130 })];
    expect(codesOf(validateReport({ indicators: [bySex], values }))).toEqual(['error:parts_sum:JOBS::value']);
    values[1]!.value = 30;
    expect(validateReport({ indicators: [bySex], values })).toEqual([]);
  });

  it('adds a ratio’s numerators and denominators, not its percentages; leaves percentages by part alone', () => {
    const r = { ...ratio, disaggregations: ['sex' as const] };
    const values = [
      cell({ indicatorCode: 'TRAIN', numerator: 100, denominator: 200 }),
      cell({ indicatorCode: 'TRAIN', part: 'sex:female', numerator: 40, denominator: 90 }),
      cell({ indicatorCode: 'TRAIN', part: 'sex:male', numerator: 60, denominator: 100 }),
    ];
    expect(codesOf(validateReport({ indicators: [r], values }))).toEqual(['error:parts_sum:TRAIN::denominator']);
    const pct = { ...insured, disaggregations: ['sex' as const] };
    const rates = [cell({ indicatorCode: 'SI', value: 90 }), cell({ indicatorCode: 'SI', part: 'sex:female', value: 92 }), cell({ indicatorCode: 'SI', part: 'sex:male', value: 88 })];
    expect(validateReport({ indicators: [pct], values: rates })).toEqual([]);
  });

  it('allows money parts to differ from the total by less than half the last decimal', () => {
    const m = { ...money, decimals: 1, disaggregations: ['sex' as const] };
    const values = [cell({ indicatorCode: 'HOUSING', value: 10.1 }), cell({ indicatorCode: 'HOUSING', part: 'sex:female', value: 5.1 }), cell({ indicatorCode: 'HOUSING', part: 'sex:male', value: 5 })];
    expect(validateReport({ indicators: [m], values })).toEqual([]);
    values[2]!.value = 5.1;
    expect(codesOf(validateReport({ indicators: [m], values }))).toEqual(['error:parts_sum:HOUSING::value']);
  });
});

describe('targets of disaggregated parts', () => {
  const bySex = { ...jobs, disaggregations: ['sex' as const] };
  const withTargets = (female: number | null, male: number | null, total: number | null = 1000) => [
    cell({ indicatorCode: 'JOBS', value: 1100, target: total }),
    cell({ indicatorCode: 'JOBS', part: 'sex:female', value: 500, target: female }),
    cell({ indicatorCode: 'JOBS', part: 'sex:male', value: 600, target: male }),
  ];

  it('are optional: parts with values and no targets, or one part’s target alone, pass', () => {
    expect(validateReport({ indicators: [bySex], values: withTargets(null, null) })).toEqual([]);
    expect(validateReport({ indicators: [bySex], values: withTargets(400, null) })).toEqual([]);
  });

  it('add up to the total’s target like the values do, the issue sitting on the total’s target', () => {
    const issues = validateReport({ indicators: [bySex], values: withTargets(450, 600) });
    expect(codesOf(issues)).toEqual(['error:parts_sum:JOBS::target']);
    expect(issues[0]!.message).toContain('nữ + nam = 1.050 (chỉ tiêu), khác chỉ tiêu của tổng số 1.000');
    expect(codesOf(validateReport({ indicators: [bySex], values: withTargets(1200, null) }))).toEqual(['error:parts_sum:JOBS::target']);
    expect(validateReport({ indicators: [bySex], values: withTargets(450, 550) })).toEqual([]);
  });

  it('are checked like values: a count’s target whole and not negative', () => {
    expect(codesOf(validateReport({ indicators: [bySex], values: withTargets(400.5, null) }))).toEqual(['error:integer:JOBS:sex:female:target']);
    expect(codesOf(validateReport({ indicators: [bySex], values: withTargets(-1, null) }))).toEqual(['error:range:JOBS:sex:female:target']);
  });

  it('of rates are not summed: a percentage’s or a ratio’s parts may all have 95 % as target', () => {
    const pct = { ...insured, disaggregations: ['sex' as const] };
    const rates = [cell({ indicatorCode: 'SI', value: 90, target: 95 }), cell({ indicatorCode: 'SI', part: 'sex:female', value: 92, target: 95 }), cell({ indicatorCode: 'SI', part: 'sex:male', value: 88, target: 95 })];
    expect(validateReport({ indicators: [pct], values: rates })).toEqual([]);
    rates[1]!.target = 120;
    expect(codesOf(validateReport({ indicators: [pct], values: rates }))).toEqual(['error:range:SI:sex:female:target']);
    const r = { ...ratio, disaggregations: ['sex' as const] };
    const ratios = [
      cell({ indicatorCode: 'TRAIN', numerator: 100, denominator: 200, target: 50 }),
      cell({ indicatorCode: 'TRAIN', part: 'sex:female', numerator: 40, denominator: 100, target: 50 }),
      cell({ indicatorCode: 'TRAIN', part: 'sex:male', numerator: 60, denominator: 100, target: 50 }),
    ];
    expect(validateReport({ indicators: [r], values: ratios })).toEqual([]);
  });
});

describe('outliers against the unit’s own history', () => {
  it('warns above 3× or below a third of the median of the last four values', () => {
    const history = { JOBS: [100, 120, 80, 110, 5000] };
    expect(codesOf(validateReport({ indicators: [jobs], values: [cell({ indicatorCode: 'JOBS', value: 400 })], history }))).toEqual(['warning:outlier:JOBS::value']);
    expect(codesOf(validateReport({ indicators: [jobs], values: [cell({ indicatorCode: 'JOBS', value: 30 })], history }))).toEqual(['warning:outlier:JOBS::value']);
    // Median of 100, 120, 80, 110 is 105: 300 is within 3×, and the fifth value (5000) is too old to count.
    expect(validateReport({ indicators: [jobs], values: [cell({ indicatorCode: 'JOBS', value: 300 })], history })).toEqual([]);
  });

  it('needs at least two earlier values and a positive median', () => {
    expect(validateReport({ indicators: [jobs], values: [cell({ indicatorCode: 'JOBS', value: 1000 })], history: { JOBS: [10] } })).toEqual([]);
    expect(validateReport({ indicators: [jobs], values: [cell({ indicatorCode: 'JOBS', value: 1000 })], history: { JOBS: [0, 0] } })).toEqual([]);
  });
});

describe('targets and rules between indicators', () => {
  it('warns of a target without a value', () => {
    const issues = validateReport({ indicators: [jobs], values: [cell({ indicatorCode: 'JOBS', target: 15000 })] });
    expect(codesOf(issues)).toEqual(['warning:target_without_value:JOBS::value']);
    expect(issues[0]!.message).toContain('15.000');
  });

  it('applies admins’ rules: left op right × factor, with their severity', () => {
    const trained = indicator({ code: 'TRAINED', nameVi: 'Số người được đào tạo nghề' });
    const rule = { leftCode: 'TRAINED', operator: '<=' as const, rightCode: 'JOBS', factor: 2, severity: 'error' as const, message: 'Số người học nghề không vượt quá hai lần số việc làm' };
    const values = [cell({ indicatorCode: 'JOBS', value: 1000 }), cell({ indicatorCode: 'TRAINED', value: 2500 })];
    const issues = validateReport({ indicators: [jobs, trained], values, rules: [rule] });
    expect(codesOf(issues)).toEqual(['error:rule:TRAINED::value']);
    expect(issues[0]!.message).toBe('Số người học nghề không vượt quá hai lần số việc làm (Số người được đào tạo nghề: 2.500; cần <= Số lao động được giải quyết việc làm × 2 = 2.000).');
    values[1]!.value = 2000;
    expect(validateReport({ indicators: [jobs, trained], values, rules: [rule] })).toEqual([]);
    // Missing a side: nothing to compare. A warning rule stays a warning.
    expect(validateReport({ indicators: [jobs, trained], values: [values[0]!], rules: [rule] })).toEqual([]);
    values[1]!.value = 900;
    expect(codesOf(validateReport({ indicators: [jobs, trained], values, rules: [{ ...rule, operator: '>', factor: 1, severity: 'warning' }] }))).toEqual(['warning:rule:TRAINED::value']);
  });
});

describe('what blocks a submission', () => {
  it('keeps errors, asks a comment for each warning, and lets commented warnings through', () => {
    const values = [cell({ indicatorCode: 'TRAIN', numerator: 651, denominator: 547, value: 119.02 }), cell({ indicatorCode: 'JOBS', value: 1.5 })];
    const issues = validateReport({ indicators: [ratio, jobs], values });
    const blocking = issuesBlockingSubmit(issues, values);
    expect(blocking.map((i) => `${i.severity}:${i.code}:${issuePath(i)}`)).toEqual(['error:comment_required:values.TRAIN..comment', 'error:integer:values.JOBS..value']);
    values[0]!.comment = 'Theo báo cáo của Sở Lao động';
    expect(issuesBlockingSubmit(issues, values).map((i) => i.code)).toEqual(['integer']);
  });
});

describe('issue paths', () => {
  it('name a cell and read back into it, a code with dots included', () => {
    const cells = [
      { indicatorCode: 'T.JOBS', part: '', field: 'value' as const },
      { indicatorCode: 'JOBS', part: 'sex:female', field: 'target' as const },
      { indicatorCode: 'A.B.C', part: 'ethnicity:kinh', field: 'comment' as const },
    ];
    for (const c of cells) expect(parseIssuePath(issuePath(c))).toEqual(c);
    expect(issuePath(cells[0]!)).toBe('values.T.JOBS..value');
  });

  it('refuse what is not a cell', () => {
    for (const path of ['', 'version', 'values.JOBS.value', 'values.JOBS..colour', 'values.JOBS.sex:other.value', 'mappings.0.figureId']) expect(parseIssuePath(path)).toBeNull();
  });
});
