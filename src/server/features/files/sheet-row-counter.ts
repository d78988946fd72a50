/**
 * Counts, while a worksheet's XML is being inflated, the rows that hold a value (`<row>` with a
 * `<v>` or an inline `<is>` string), so that a sheet of a million rows is refused after reading
 * the first fifty thousand rather than after parsing all of them. Chunks may cut a tag anywhere:
 * the tail after the last recognised tag is carried to the next chunk. Formatted but empty rows
 * (`<row r="9"/>`, or rows whose cells carry only a style) are not counted, as the import skips them.
 */
export class SheetRowCounter {
  private carry = '';
  private inRow = false;
  private rowCounted = false;
  count = 0;

  /** Adds a chunk of the sheet's XML; returns the number of filled rows seen so far. */
  push(chunk: Uint8Array): number {
    // latin1 maps each byte to one char: the tags are ASCII, and it costs no UTF-8 decoding.
    const text = this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    // Some writers prefix the namespace (`<x:row>`, Open XML SDK); the prefix is skipped.
    const tags = /<(\/?)(?:[A-Za-z_][\w.-]{0,31}:)?(row|v|is)[\s>/]/gu;
    let end = 0;
    for (let m = tags.exec(text); m; m = tags.exec(text)) {
      end = tags.lastIndex;
      if (m[2] === 'row') {
        this.inRow = m[1] === '';
        this.rowCounted = false;
      } else if (m[1] === '' && this.inRow && !this.rowCounted) {
        this.rowCounted = true;
        this.count += 1;
      }
    }
    // The longest tag looked for is "</" + a 32-char prefix + "row" + one char: keep enough to finish it.
    this.carry = text.slice(Math.max(end, text.length - 40));
    return this.count;
  }
}
