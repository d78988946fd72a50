import type { z } from 'zod';
import type { completenessSchema } from '../../../../../shared/api/indicator-reports';

export type Completeness = z.infer<typeof completenessSchema>;
export type CompletenessUnit = Completeness['units'][number];

/**
 * Where a unit stands for a form and period, worst first: no report at all; a report being
 * prepared but not submitted (a draft, or returned and being corrected); submitted late;
 * submitted on time; approved.
 */
export const completenessStates = ['missing', 'inProgress', 'late', 'onTime', 'approved'] as const;
export type CompletenessState = (typeof completenessStates)[number];

export function stateOf(u: Pick<CompletenessUnit, 'status' | 'onTime'>): CompletenessState {
  if (u.status === 'missing') return 'missing';
  if (u.status === 'draft' || u.status === 'returned') return 'inProgress';
  if (u.status === 'approved') return 'approved';
  return u.onTime === false ? 'late' : 'onTime';
}

/** How the table is ordered: as the units are listed (by name or code), worst state first, or latest submission first. */
export const completenessSorts = ['unit', 'state', 'submitted'] as const;
export type CompletenessSort = (typeof completenessSorts)[number];

/** The units in one state (or all), in the chosen order; the server's order breaks ties. */
export function arrangeUnits(units: readonly CompletenessUnit[], state: CompletenessState | null, sort: CompletenessSort): CompletenessUnit[] {
  const kept = units.map((u, i) => ({ u, i })).filter(({ u }) => state === null || stateOf(u) === state);
  const rank = (u: CompletenessUnit) => completenessStates.indexOf(stateOf(u));
  kept.sort((a, b) => {
    if (sort === 'state') return rank(a.u) - rank(b.u) || a.i - b.i;
    if (sort === 'submitted') return (b.u.submittedAt ?? '').localeCompare(a.u.submittedAt ?? '') || a.i - b.i;
    return a.i - b.i;
  });
  return kept.map(({ u }) => u);
}
