import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStarterCatalogue } from '../indicators/starter-catalogue.js';
import { parsePeriod } from '../../../shared/indicators/periods.js';
import { demoIndicatorFigures } from './indicator-figures.js';

type GoldFigure = { label: string; value: number; value_vnd?: number; target: number | null };
const gold = JSON.parse(fs.readFileSync(new URL('../../../../fixtures/corpus/seeds.gold.json', import.meta.url), 'utf8')) as Array<{ seed_file: string; indicators: GoldFigure[] }>;

describe('the seed articles’ figures in the starter catalogue', () => {
  const { catalogue, forms } = readStarterCatalogue();
  const codes = new Map(catalogue.map((c) => [c.code, c.data]));

  it('maps every figure of seeds.gold.json to a catalogue indicator, with the value in the indicator’s unit', () => {
    const figures = gold.flatMap((g) => g.indicators.map((f) => ({ seedFile: g.seed_file, ...f })));
    expect(figures.length).toBeGreaterThan(15);
    for (const f of figures) {
      const report = demoIndicatorFigures.reports.find((r) => r.seedFile === f.seedFile);
      const mapped = report?.values.find((v) => v.gold === f.label);
      expect(mapped, `${f.seedFile}: ${f.label}`).toBeDefined();
      const indicator = codes.get(mapped!.indicator);
      expect(indicator, mapped!.indicator).toBeDefined();
      // Money is stored in đồng: "1,4 tỷ đồng" is 1.400.000.000.
      expect(mapped!.value).toBe(indicator!.valueType === 'money' ? f.value_vnd : f.value);
      if (f.target !== null) expect(mapped!.target).toBe(f.target);
    }
  });

  it('puts each article’s figures on a starter form of the right frequency that lists them', () => {
    for (const report of demoIndicatorFigures.reports) {
      const form = forms.find((f) => f.code === report.form)!;
      expect(parsePeriod(report.period)?.frequency).toBe(form.frequency);
      const listed = new Set(form.indicators.map((i) => i.indicatorCode));
      expect(report.values.filter((v) => !listed.has(v.indicator)).map((v) => v.indicator)).toEqual([]);
    }
  });
});
