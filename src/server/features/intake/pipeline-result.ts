import type { IntakeExtraction } from '../../../shared/intake/extraction.js';
import type { IntakeErrorCode } from './read/read-error.js';
import type { DocumentKind } from './read/sniff-type.js';

/** What reading one document produced: a draft to review, or one Vietnamese line saying why not. */
export type IntakeReadResult =
  | {
      ok: true;
      kind: DocumentKind;
      /** The text the review screen shows; evidence spans are offsets into it (see `ReadDocument.text`). */
      sourceText: string;
      title: string | null;
      sourceUrl: string | null;
      published: string | null;
      extraction: IntakeExtraction;
      /** sha256 (hex) of the normalised text (NFC, one tone style, whitespace collapsed): finds re-uploads. */
      textSha256: string;
      /** The reader's warnings, then the extractor's. */
      warnings: string[];
    }
  | { ok: false; code: IntakeErrorCode; message: string };

/** A draft with nothing in it, for a document intake should not guess from (not Vietnamese…). */
export function emptyExtraction(warnings: string[], context: { title?: string | null; published?: string | null } = {}): IntakeExtraction {
  return {
    title: context.title ?? null,
    event_name: null,
    event_date: null,
    date_year_inferred: null,
    year_source: null,
    published: context.published ?? null,
    province: null,
    province_code: null,
    level: null,
    organizers: null,
    co_organizers: null,
    format: null,
    venue: null,
    participants_count: null,
    participants_qualifier: null,
    connection_points_count: null,
    connection_points: [],
    officials: [],
    topics: [],
    topic_details: [],
    materials: [],
    limitations: [],
    directions: [],
    indicators: [],
    evidence: {},
    warnings,
  };
}
