import { getDocumentProxy } from 'unpdf';
import { formatViNumber } from '../../../../shared/text/format.js';
import { toReadableUnicode } from './legacy-text.js';
import type { IntakeLimits } from './limits.js';
import { dropRunningLines } from './pdf-running-lines.js';
import { pdfPageText, type PdfTextItem } from './pdf-page-text.js';
import type { ReadDocument } from './read-document-types.js';
import { IntakeReadError } from './read-error.js';

/** A page with fewer letters than this has no usable text layer (a scan, a photo). */
const MIN_LETTERS = 20;

/**
 * A PDF's text layer, page by page (`pageStarts`), pages separated by a blank line. Only the
 * first `maxPages` pages are read. Lines stay as the PDF breaks them in the source text; the
 * extractor reads them re-joined (`rejoinLines`). A PDF printed from a TCVN3/VNI document
 * (its fonts carry no Unicode mapping) is converted to Unicode.
 */
export async function readPdf(bytes: Uint8Array, limits: IntakeLimits): Promise<Omit<ReadDocument, 'kind'>> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, disableFontFace: true, stopAtErrors: false });
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') {
      throw new IntakeReadError('encrypted', 'Tệp PDF có mật khẩu. Hãy gỡ mật khẩu hoặc gửi bản không khóa.');
    }
    throw new IntakeReadError('corrupt', 'Tệp PDF bị hỏng hoặc không đọc được. Hãy xuất lại PDF hoặc gửi bản .docx.');
  }
  try {
    const warnings: string[] = [];
    const pages = Math.min(pdf.numPages, limits.maxPages);
    if (pdf.numPages > pages) {
      warnings.push(`Tệp PDF có ${formatViNumber(pdf.numPages)} trang; chỉ đọc ${formatViNumber(pages)} trang đầu.`);
    }
    const blankPages: number[] = [];
    const pageTexts: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      page.cleanup();
      const pageText = pdfPageText(content.items as PdfTextItem[]);
      if ((pageText.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) blankPages.push(n);
      pageTexts.push(pageText);
    }
    const pageStarts: number[] = [];
    let text = '';
    for (const pageText of dropRunningLines(pageTexts)) {
      if (text) text += '\n\n';
      pageStarts.push(text.length);
      text += pageText;
    }
    // Judged page by page: a scan whose pages each carry a stamp or a page number has letters in
    // total, and read as a whole it would give an empty draft with no reason said.
    if (blankPages.length === pages) throw noTextLayer(pdf.numPages);
    if (blankPages.length > 0) warnings.push(scannedPagesWarning(blankPages, pages));
    const readable = toReadableUnicode(text);
    return {
      text: readable.text,
      title: null,
      sourceUrl: null,
      published: null,
      siteName: null,
      rejoinLines: true,
      warnings: [...warnings, ...readable.warnings],
      pageStarts: readable.text === text ? pageStarts : convertedOffsets(pageStarts, readable),
    };
  } finally {
    await pdf.destroy();
  }
}

/** A PDF none of whose pages has a text layer, named by its page count. */
export function noTextLayer(pageCount: number): IntakeReadError {
  const pages = pageCount === 1 ? 'Tệp PDF có 1 trang nhưng trang này không có lớp chữ' : `Tệp PDF có ${formatViNumber(pageCount)} trang nhưng không trang nào có lớp chữ`;
  return new IntakeReadError('no_text', `${pages} (bản scan hoặc ảnh chụp): hệ thống không đọc được chữ trong ảnh. Hãy gửi bản .docx hoặc PDF xuất từ Word.`);
}

/** "Trang 2, 5 (2/12 trang) không có lớp chữ": pages skipped because they are images. */
function scannedPagesWarning(blank: number[], pages: number): string {
  const list = blank.length > 8 ? `${blank.slice(0, 8).join(', ')}…` : blank.join(', ');
  return `Trang ${list} (${formatViNumber(blank.length)}/${formatViNumber(pages)} trang) không có lớp chữ (bản scan hoặc ảnh chụp): nội dung các trang này không được đọc, hãy kiểm tra với bản gốc.`;
}

/** Where each page starts after a conversion that may have shortened lines (VNI: two codes → one letter). */
function convertedOffsets(starts: number[], converted: { text: string; toOriginal(offset: number): number }): number[] {
  return starts.map((start) => {
    let [lo, hi] = [0, converted.text.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (converted.toOriginal(mid) < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
}
