import type { Evidence } from '../../../../../shared/intake/extraction';
import type { Mark } from './segment-text';

export type EvidenceMarks = {
  /** Evidence keys in a fixed order; a key's position is the id its marks carry. */
  keys: string[];
  marks: Mark[];
};

/** Every evidence span of a draft as a numbered mark, for highlighting and for finding again. */
export function evidenceMarks(evidence: Record<string, Evidence>): EvidenceMarks {
  const keys = Object.keys(evidence).sort();
  const marks = keys.flatMap((key, id) => (evidence[key]?.spans ?? []).map((s) => ({ start: s.start, end: s.end, id })));
  return { keys, marks };
}

/** The entity a key belongs to: `officials[1].name` → `officials[1]`; `event_date` stays. */
const entityOf = (key: string) => key.replace(/\.[A-Za-z_]+$/, '');

/**
 * The ids to show for one field: its own evidence and that of the same entity's other parts (an
 * official's rank and title beside the name), so the whole mention lights up.
 */
export function idsForKey(keys: string[], key: string): number[] {
  const entity = entityOf(key);
  return keys.flatMap((k, id) => (k === key || (entity !== key ? entityOf(k) === entity : k.startsWith(`${key}.`)) ? [id] : []));
}
