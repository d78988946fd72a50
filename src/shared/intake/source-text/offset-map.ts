/**
 * Offset maps between a transformed text and the text it came from.
 *
 * Every step that prepares a document for the extractor (legacy fonts, NFC, re-joined lines)
 * produces a `MappedText`: its output plus, for each output position, the input position it came
 * from. Steps compose, so the extractor's offsets always lead back to the SOURCE text.
 */
export interface MappedText {
  text: string;
  /** Output offset → input offset. Monotonic; `toOriginal(text.length)` is the input's length. */
  toOriginal(offset: number): number;
}

/** The identity map: a step that changed nothing costs nothing. */
export function unchanged(text: string): MappedText {
  return { text, toOriginal: (i) => clamp(i, text.length) };
}

function clamp(i: number, max: number): number {
  return i < 0 ? 0 : i > max ? max : i;
}

/**
 * Builds a transformed text piece by piece, remembering where each output UTF-16 unit came from.
 * `keep` copies input; `replace` emits new text for an input range (all of it points at the range's
 * start, so a span ending inside a replacement widens to the whole replaced range); `drop` skips
 * input. A span's end offset maps to the origin of the NEXT output unit, so a slice of the input
 * always covers everything that produced the output slice, dropped characters in between included.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private origins: Int32Array;
  private length = 0;

  constructor(private readonly input: string) {
    this.origins = new Int32Array(Math.max(16, input.length + 1));
  }

  keep(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.input.slice(from, to));
    this.ensure(to - from);
    for (let i = from; i < to; i++) this.origins[this.length++] = i;
  }

  replace(from: number, _to: number, output: string): void {
    if (output.length === 0) return;
    this.parts.push(output);
    this.ensure(output.length);
    for (let k = 0; k < output.length; k++) this.origins[this.length++] = from;
  }

  build(): MappedText {
    const text = this.parts.join('');
    const origins = this.origins.subarray(0, this.length);
    const inputLength = this.input.length;
    if (text === this.input) return unchanged(text);
    return {
      text,
      toOriginal: (i) => (i >= origins.length ? inputLength : i <= 0 ? 0 : origins[i]!),
    };
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.origins.length) return;
    const grown = new Int32Array(Math.max(this.origins.length * 2, this.length + extra + 16));
    grown.set(this.origins.subarray(0, this.length));
    this.origins = grown;
  }
}

/** `outer` was computed from `inner.text`: offsets of `outer.text` lead back to `inner`'s input. */
export function composeMaps(inner: MappedText, outer: MappedText): MappedText {
  return { text: outer.text, toOriginal: (i) => inner.toOriginal(outer.toOriginal(i)) };
}
