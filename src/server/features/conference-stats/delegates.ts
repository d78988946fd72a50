/**
 * Unknown is not zero. A conference that recorded no delegates (no total, no attendance at its
 * points) has `null`; a group of conferences adds up the figures that are known and is `null`
 * only when none is known, and the screen and the workbook say how many were left out.
 */
export type GroupDelegates = { conferences: number; delegates: number | null; delegatesUnrecorded: number };

/** Sums groups' delegates: known figures add up, unknown ones are skipped, all unknown stays unknown; no conference at all is 0. */
export function sumDelegates(groups: Iterable<GroupDelegates>): { delegates: number | null; delegatesUnrecorded: number } {
  let conferences = 0;
  let delegates: number | null = null;
  let delegatesUnrecorded = 0;
  for (const g of groups) {
    conferences += g.conferences;
    delegatesUnrecorded += g.delegatesUnrecorded;
    if (g.delegates !== null) delegates = (delegates ?? 0) + g.delegates;
  }
  return { delegates: conferences === 0 ? 0 : delegates, delegatesUnrecorded };
}

/** A group without any conference: nobody, and that is known. */
export const NO_DELEGATES = { delegates: 0, delegatesUnrecorded: 0 } as const;

/** The delegates of a group the query returned, or of one it did not (no conference, so 0). */
export const delegatesOf = (group: GroupDelegates | undefined): { delegates: number | null; delegatesUnrecorded: number } =>
  group ? { delegates: group.delegates, delegatesUnrecorded: group.delegatesUnrecorded } : { ...NO_DELEGATES };
