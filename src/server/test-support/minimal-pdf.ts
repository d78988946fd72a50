/**
 * A PDF written by hand for tests: one page per content stream, A4, with Helvetica as /F1 (the
 * standard font: no file to embed, ASCII text only). A page that only draws lines is what a
 * scanner's image page looks like to a text reader; `textPage` writes lines of text.
 */
export function minimalPdf(pageStreams: readonly string[]): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (const stream of pageStreams) {
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A content stream that writes `lines` top to bottom in 10-point Helvetica. */
export function textPage(lines: readonly string[]): string {
  const escape = (s: string) => s.replace(/[\\()]/gu, (c) => `\\${c}`);
  return `BT /F1 10 Tf 14 TL 60 800 Td ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET`;
}
