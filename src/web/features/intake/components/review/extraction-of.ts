import type { IntakeDocument } from '../../../../../shared/api/intake';
import type { ContextFigure, Evidence, ExtractedIndicator, IntakeExtraction } from '../../../../../shared/intake/extraction';

/** The parts of a draft the review screen reads, with empty defaults for whatever a draft lacks. */
export type ReviewExtraction = {
  evidence: Record<string, Evidence>;
  indicators: ExtractedIndicator[];
  /** The setting's figures (population, communes…), shown apart and never offered as indicators. */
  contextFigures: ContextFigure[];
  warnings: string[];
  /** The province as the document names it (an old name for an event before 01/07/2025). */
  province: string | null;
};

/**
 * The document's draft as the extractor's type. The API passes it on loosely (it is the server's
 * own product), so missing lists are read as empty rather than trusted to be there.
 */
export function extractionOf(doc: Pick<IntakeDocument, 'extraction' | 'warnings'>): ReviewExtraction {
  const x = (doc.extraction ?? {}) as Partial<IntakeExtraction>;
  return { evidence: x.evidence ?? {}, indicators: x.indicators ?? [], contextFigures: x.context_figures ?? [], warnings: x.warnings ?? doc.warnings, province: x.province ?? null };
}
