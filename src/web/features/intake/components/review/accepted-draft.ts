import type { ConferenceInput } from '../../../../../shared/api/conferences';
import type { IntakeDocument } from '../../../../../shared/api/intake';

type Suggestion = IntakeDocument['organiserSuggestions'][number];
export type UnmatchedOrganiser = { name: string; role: Suggestion['role'] };

/** Fields the review does not list on their own: they stand or fall with the field they qualify. */
const followerOf: Record<string, string> = { legacyProvinceCode: 'provinceCode', status: 'startDate', participantsQualifier: 'participantsActual' };
const rowLists = ['connectionPoints', 'officials', 'agenda', 'materials', 'outcomes'] as const;
const otherLists = new Set(['organisers', 'sources', 'audiences']);

/** Review path of the i-th organiser named in the document. */
export const organiserPath = (i: number) => `organisers.${i}`;

/**
 * What the person kept of a draft, as conference fields for the form (or for filling an existing
 * conference): every proposed field and list row unless dropped in review. Organisers come from
 * the document's names: those matched in the registry become organiser rows, the others are
 * returned to be offered for adding to the registry. Sources stay empty: the server adds the
 * document itself as the source when the draft is confirmed.
 */
export function acceptedDraft(doc: Pick<IntakeDocument, 'proposal' | 'organiserSuggestions'>, dropped: ReadonlySet<string>) {
  const proposal = doc.proposal ?? {};
  const draft: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(proposal)) {
    if (otherLists.has(key) || (rowLists as readonly string[]).includes(key)) continue;
    if (!dropped.has(followerOf[key] ?? key)) draft[key] = value;
  }
  for (const list of rowLists) {
    const rows = proposal[list];
    if (rows) draft[list] = rows.filter((_, i) => !dropped.has(`${list}.${i}`));
  }
  const kept = doc.organiserSuggestions.filter((_, i) => !dropped.has(organiserPath(i)));
  const seen = new Set<string>();
  draft.organisers = kept.flatMap((s) => {
    if (!s.organisationId || seen.has(s.organisationId)) return [];
    seen.add(s.organisationId);
    return [{ organisationId: s.organisationId, role: s.role }];
  });
  const unmatched: UnmatchedOrganiser[] = kept.filter((s) => !s.organisationId).map((s) => ({ name: s.name, role: s.role }));
  return { draft: draft as Partial<ConferenceInput>, unmatched };
}
