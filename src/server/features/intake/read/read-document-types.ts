import type { DocumentKind } from './sniff-type.js';

/** One document as a reader produced it, before extraction. */
export interface ReadDocument {
  kind: DocumentKind;
  /**
   * The SOURCE text: what the review screen shows and evidence spans index into. Readable
   * Unicode as the document has it — legacy TCVN3/VNI fonts already converted, but the
   * document's own line breaks, spellings and Unicode form kept (NFC, tone marks and PDF
   * line re-joining happen only in the text the extractor reads, through the offset map).
   */
  text: string;
  title: string | null;
  sourceUrl: string | null;
  /** ISO date (or yyyy-mm) of publication, from the page's metadata. */
  published: string | null;
  siteName: string | null;
  /** The text's line breaks are layout, not meaning (PDF): the extractor reads them re-joined. */
  rejoinLines: boolean;
  /** Things the reviewer should know (legacy font converted, pages skipped, read by its real type…). */
  warnings: string[];
  /** PDF: the offset in `text` where each page starts. */
  pageStarts?: number[];
}

/** A document that brings only its text: no page metadata, its line breaks meant as written. */
export function plainText(readable: { text: string; warnings: string[] }): Omit<ReadDocument, 'kind'> {
  return { text: readable.text, title: null, sourceUrl: null, published: null, siteName: null, rejoinLines: false, warnings: readable.warnings };
}
