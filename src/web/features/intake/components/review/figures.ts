import type { AcceptedFigure } from '../../../../../shared/api/intake';
import type { ExtractedIndicator } from '../../../../../shared/intake/extraction';

/** The percentage the figures give, when the document states both value and target. */
export function recomputedPercent(x: ExtractedIndicator): number | null {
  if (x.computed_percent !== undefined && x.computed_percent !== null) return x.computed_percent;
  return x.target ? Math.round((x.value / x.target) * 10_000) / 100 : null;
}

/**
 * Which figures start ticked: all but those whose reported percentage does not match the
 * recomputed one — a person should look at those before they are saved as reported.
 */
export function initiallyAcceptedFigures(indicators: ExtractedIndicator[]): Set<number> {
  return new Set(indicators.flatMap((x, i) => (x.inconsistency ? [] : [i])));
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
