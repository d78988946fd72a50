import fs from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { TCVN3_TO_UNICODE } from '../../../../shared/intake/source-text/legacy-tables.js';

/** Test and benchmark support: Word documents built on the fly with the `docx` package. */

const SEEDS = new URL('../../../../../fixtures/corpus/seeds/', import.meta.url);

/** The paragraphs of a seed article (`fixtures/corpus/seeds/<prefix>*.txt`). */
export function seedParagraphs(prefix: string): string[] {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return fs
    .readFileSync(new URL(name, SEEDS), 'utf8')
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A .docx with one paragraph per string, every run in `font` (default Times New Roman). */
export async function buildDocx(paragraphs: string[], font = 'Times New Roman'): Promise<Uint8Array> {
  const doc = new Document({
    styles: { default: { document: { run: { font } } } },
    sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun({ text, font })] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const UNICODE_TO_TCVN3 = new Map([...TCVN3_TO_UNICODE].map(([code, letter]) => [letter, code]));

/**
 * Unicode → how a `.VnTime` document stores it. `.VnTime` has no capitals with a tone mark (they
 * live in `.VnTimeH`), so those are typed in lowercase, as old reports did in body text.
 */
export function toTcvn3(unicode: string): string {
  return [...unicode.normalize('NFC')]
    .map((ch) => UNICODE_TO_TCVN3.get(ch) ?? (UNICODE_TO_TCVN3.has(ch.toLowerCase()) ? UNICODE_TO_TCVN3.get(ch.toLowerCase())! : ch))
    .join('');
}
