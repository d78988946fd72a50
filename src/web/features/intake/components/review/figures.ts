import type { AcceptedFigure } from '../../../../../shared/api/intake';
import type { Evidence, ExtractedIndicator } from '../../../../../shared/intake/extraction';

/** The percentage the figures give, when the document states both value and target. */
export function recomputedPercent(x: ExtractedIndicator): number | null {
  if (x.computed_percent !== undefined && x.computed_percent !== null) return x.computed_percent;
  return x.target ? Math.round((x.value / x.target) * 10_000) / 100 : null;
}

/**
 * Which figures start ticked: all but those whose reported percentage does not match the
 * recomputed one, and those the extractor is unsure of (`low` confidence: a possible context
 * figure, no clear subject…) — a person should look at those before they are saved as reported.
 * The cut at `low` follows the evaluation's precision-by-confidence table.
 */
export function initiallyAcceptedFigures(indicators: ExtractedIndicator[], evidence: Record<string, Evidence> = {}): Set<number> {
  return new Set(indicators.flatMap((x, i) => (x.inconsistency || evidence[`indicators[${i}].value`]?.confidence === 'low' ? [] : [i])));
}

/** The ticked figures as the confirm request carries them, each keeping its index for the evidence. */
export function acceptedFigures(indicators: ExtractedIndicator[], accepted: ReadonlySet<number>): AcceptedFigure[] {
  return indicators.flatMap((x, i) =>
    accepted.has(i)
      ? [
          {
            label: x.label,
            value: x.value,
            unit: x.unit,
            qualifier: x.qualifier ?? null,
            valueVnd: x.value_vnd ?? null,
            target: x.target,
            percentOfTarget: x.percent_of_target,
            period: x.period,
            indicatorIndex: i,
          },
        ]
      : [],
  );
}
