/** A text-layer item as pdf.js gives it (only what we read). */
export interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

/**
 * One page's text layer as lines, with a blank line where the vertical gap between two lines is
 * clearly larger than the page's usual line spacing: pdf.js gives no paragraph marks, but the
 * layout shows them. Lines stay as the PDF breaks them; re-joining happens through the offset map.
 */
export function pdfPageText(items: PdfTextItem[]): string {
  const lines: { text: string; y: number | null }[] = [];
  let text = '';
  let y: number | null = null;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    // The end-of-line marker may carry the next line's position: take y from the first real text.
    if (item.str.trim() && y === null) y = item.transform?.[5] ?? null;
    text += item.str;
    if (item.hasEOL) {
      lines.push({ text: text.trimEnd(), y });
      text = '';
      y = null;
    }
  }
  if (text.trim()) lines.push({ text: text.trimEnd(), y });

  const gaps: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const [a, b] = [lines[k - 1]!.y, lines[k]!.y];
    if (a !== null && b !== null && a > b) gaps.push(a - b);
  }
  const usual = median(gaps);
  let out = '';
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.text.trim()) continue;
    if (out) {
      const prevY = lines[k - 1]?.y ?? null;
      const paragraph = usual !== null && prevY !== null && line.y !== null && prevY - line.y > usual * 1.5;
      out += paragraph || !lines[k - 1]!.text.trim() ? '\n\n' : '\n';
    }
    out += line.text;
  }
  return out;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
