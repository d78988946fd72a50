/**
 * What document intake proposes for one document: the contract between the extractor
 * (`src/shared/intake/extract/`), the readers (`src/server/features/intake/read/`), the
 * command line (`npx rights-desk extract`), the evaluation (`npm run eval:intake`) and the
 * review screen.
 *
 * Field names and value conventions follow the hand-labelled `fixtures/corpus/seeds.gold.json`
 * (snake_case, `null` when the document does not say), so any labelled set is scored the same way.
 */

/** A character span, UTF-16 offsets into the document's SOURCE text (what the review screen shows). */
export interface Span {
  start: number;
  end: number;
}

/**
 * How far a proposed field can be trusted, from the rule that proposed it and from competing readings:
 * `high` (a strong, unambiguous pattern), `medium` (a weaker rule, or a reading a reviewer should glance
 * at), `low` (a guess, or two readings compete). `npm run eval:intake` prints precision at each level,
 * so the level at which a field may be pre-ticked is chosen from data.
 */
export type Confidence = 'high' | 'medium' | 'low';
export const confidenceLevels: readonly Confidence[] = ['high', 'medium', 'low'];

/** Why a field was proposed: where it came from and which rule found it. */
export interface Evidence {
  spans: Span[];
  /** Stable rule name, e.g. `date.lead-phrase`, `official.rank-name-title`; the UI explains it. */
  rule: string;
  /** Set by the extractor on every field it proposes (optional only for older stored drafts). */
  confidence?: Confidence;
  /** Plain Vietnamese doubts the reviewer sees beside the field ("hai ngày khác nhau trong bài"). */
  warnings?: string[];
}

/** How the press qualifies a count: "khoảng 120" → about, "hơn/trên 3.000" → more_than, "ít nhất" → at_least. */
export type CountQualifier = 'exact' | 'about' | 'more_than' | 'at_least';

/** Roles as labelled in the gold file and used by conference officials. */
export type OfficialRole = 'chair' | 'opening_speech' | 'closing_speech' | 'presenter' | 'speaker' | 'guest';

export interface ExtractedOfficial {
  name: string;
  title: string | null;
  /** Military/police rank or academic title as written: "Thiếu tướng", "Đại tá", "T.S", "PGS.TS". */
  rank: string | null;
  role: OfficialRole;
}

export interface ExtractedTopic {
  title: string;
  /** Speaker's name when the document pairs one with the topic. */
  speaker: string | null;
  /** Rights themes (see `rightsThemes` in `src/shared/api/conferences.ts`). */
  themes: string[];
}

export interface ExtractedIndicator {
  label: string;
  value: number;
  unit: string | null;
  qualifier?: CountQualifier | null;
  /** Amount in đồng when the unit is a money unit ("1,4 tỷ đồng" → 1_400_000_000). */
  value_vnd?: number | null;
  target: number | null;
  /** As reported ("119,02%" → 119.02). */
  percent_of_target: number | null;
  /** value / target × 100 rounded to 2 decimals, when both are known. */
  computed_percent?: number | null;
  /** Set when the reported % and the recomputed one differ by more than rounding. */
  inconsistency?: string | null;
  /**
   * A year-on-year or same-period clause: "tăng 2,4% so với năm trước" (kind `change`), "bằng 103,2%
   * so với cùng kỳ" (kind `ratio`: the figure is that share of the basis; direction says above or below 100).
   */
  comparison?: { value: number; unit: string; direction: 'increase' | 'decrease'; basis: string | null; kind?: 'change' | 'ratio' } | null;
  period: string | null;
}

/**
 * A figure that describes the setting, not a result: population, ethnic-minority people, communes,
 * households, religious followers, length of border or coast. Kept apart and never proposed as an
 * indicator value.
 */
export interface ContextFigure {
  label: string;
  value: number;
  unit: string | null;
  qualifier: CountQualifier | null;
}

export interface IntakeExtraction {
  title: string | null;
  event_name: string | null;
  /** ISO yyyy-mm-dd. */
  event_date: string | null;
  /** ISO yyyy-mm-dd of the last day when the text gives a range ("Trong 3 ngày (14 - 16/11)"); else the event date. */
  event_end_date?: string | null;
  date_year_inferred: boolean | null;
  /** Where the year came from: the date phrase itself, the event's name, the date line or the publication date. */
  year_source: 'date_phrase' | 'event_name' | 'date_line' | 'published' | null;
  /** ISO date (or yyyy-mm) the article was published, when a date line says so. */
  published: string | null;
  /** Province as named in the administrative-units registry (an old name for an old province). */
  province: string | null;
  /** The registry code of that province: current (2 digits) or legacy. */
  province_code: string | null;
  /**
   * Which code space `province_code` is in (old and new codes differ: old 15 is Yên Bái, new 15 is
   * Lào Cai). Added by the extractor (optional) so a reader never has to guess from the date.
   */
  province_era?: 'current' | 'legacy' | null;
  /** Gold convention: 'national' | 'regional' | 'province' | 'commune'. */
  level: string | null;
  organizers: string[] | null;
  co_organizers: string[] | null;
  format: 'in_person' | 'online' | 'hybrid' | null;
  venue: string | null;
  participants_count: number | null;
  participants_qualifier: CountQualifier | null;
  connection_points_count: number | null;
  /** Per level when the text breaks them down ("10 điểm cầu cấp huyện và 161 điểm cầu xã"). */
  connection_points: { level: string; count: number }[];
  officials: ExtractedOfficial[];
  /** Topic titles, as in the gold file. */
  topics: string[];
  /** The same topics, index for index, with their speaker and rights themes. */
  topic_details: ExtractedTopic[];
  materials: { type: string; title: string }[];
  limitations: string[];
  directions: string[];
  indicators: ExtractedIndicator[];
  /** The setting's figures (population, communes, followers…): shown for context, never indicator values. */
  context_figures?: ContextFigure[];
  /** Field path (`event_date`, `officials[1].name`, `indicators[0].value`) → its evidence. */
  evidence: Record<string, Evidence>;
  /**
   * Something a person should know before trusting the draft (text not Vietnamese, nothing found, …),
   * and one line per field whose reading is in doubt (the same doubts sit on that field's evidence).
   */
  warnings: string[];
}

/** What the reader knows about the document besides its text (HTML metadata, the upload form). */
export interface ExtractContext {
  /** ISO date (or yyyy-mm) of publication, from HTML metadata or the user. */
  published?: string | null;
  title?: string | null;
  sourceUrl?: string | null;
}
