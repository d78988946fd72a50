import fs from 'node:fs';

export type DemoValue = { gold?: string; indicator: string; value: number; target?: number; numerator?: number; denominator?: number; comment?: string };
export type DemoReport = { seedFile: string; legacyProvinceCode: string; form: string; period: string; values: DemoValue[] };

/** The seed articles' figures, mapped to catalogue indicators (indicator-figures.json). */
export const demoIndicatorFigures = JSON.parse(fs.readFileSync(new URL('./indicator-figures.json', import.meta.url), 'utf8')) as { reports: DemoReport[] };

/**
 * Illustrative figures for a few provinces and periods, so the dashboards have trends, ranks and
 * a map to show. They are made up (a fixed formula per province, period and indicator, so every
 * run gives the same numbers) and every value says so in its comment.
 */
export const demoComment = 'Số liệu minh họa (dữ liệu mẫu), không phải số liệu thật.';

/** Current provinces the illustrative figures cover; before 1 July 2025 their old provinces report. */
export const demoProvinces = ['01', '04', '19', '25', '38', '40', '46', '52', '79', '92'];
/** Periods and the starter form each is reported on. */
export const demoPeriods = [
  { period: '2024', form: 'TINH_NAM' },
  { period: '2025-YTD06', form: 'TINH_6T' },
  { period: '2025', form: 'TINH_NAM' },
  { period: '2026-YTD06', form: 'TINH_6T' },
];

/** A stable pseudo-random number in [0, 1) from text (FNV-1a). */
function unit(seed: string): number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/**
 * Values of one unit for one period: `size` scales the counts (an old province is a part of the
 * new one), `year` moves the rates a little each year so trends are visible.
 */
export function illustrativeValues(unitCode: string, period: string, size: number, ytd: boolean): DemoValue[] {
  const r = (name: string) => unit(`${unitCode}/${period}/${name}`);
  const year = Number(period.slice(0, 4));
  const half = ytd ? 0.5 : 1;
  const count = (name: string, base: number) => Math.round(base * size * half * (0.8 + 0.4 * r(name)));
  const households = Math.round(250_000 * size);
  const population = Math.round(1_000_000 * size);
  const share = (name: string, low: number, high: number, of: number) => {
    const rate = low + (high - low) * r(name);
    return Math.round((of * rate) / 100);
  };
  const ratio = (indicator: string, numerator: number, denominator: number, decimals: number): DemoValue => ({
    indicator,
    numerator,
    denominator,
    value: Number(((numerator / denominator) * 100).toFixed(decimals)),
    comment: demoComment,
  });
  const trend = year - 2024;
  const jobs = count('jobs', 18_000);
  const training = count('training', 9_000);
  return [
    { indicator: 'VL_GQVL', value: jobs, target: Math.round((jobs / (1 + 0.3 * (r('jobs-t') - 0.4))) / 10) * 10, comment: demoComment },
    { indicator: 'VL_XKLD', value: count('export', 700), comment: demoComment },
    { indicator: 'VL_DAO_TAO_NGHE', value: training, target: Math.round((training / (0.9 + 0.3 * r('training-t'))) / 10) * 10, comment: demoComment },
    ratio('ASXH_BHXH_BB_TL', share('si', 88 + trend, 97 + trend / 2, 100_000 * size), Math.round(100_000 * size), 1),
    ratio('ASXH_BHTN_TL', share('ui', 85 + trend, 95 + trend / 2, 90_000 * size), Math.round(90_000 * size), 1),
    ratio('YT_BHYT_TL', share('hi', 91 + trend, 96, population), population, 1),
    ratio('GN_HO_NGHEO_TL', share('poor', 2 - trend / 2, 12 - trend, households), households, 2),
    ratio('GN_HO_CAN_NGHEO_TL', share('near-poor', 3 - trend / 2, 9 - trend, households), households, 2),
    { indicator: 'NO_HO_NGHEO_NHA', value: count('houses', 400), comment: demoComment },
    { indicator: 'NO_HO_NGHEO_TIEN', value: count('houses-money', 400) * 50_000_000, comment: demoComment },
    { indicator: 'NKT_TRO_CAP', value: count('pwd', 12_000) * (ytd ? 2 : 1), comment: demoComment },
    { indicator: 'NCT_MUNG_THO', value: count('older', 2_500), comment: demoComment },
    { indicator: 'TE_HCDB_TRO_GIUP', value: count('children', 1_200), comment: demoComment },
    { indicator: 'TP_TRO_GIUP_PHAP_LY', value: count('legal-aid', 900), comment: demoComment },
  ];
}
