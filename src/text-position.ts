/** Maps code-unit offsets in a text to 1-based line and column (columns count code points). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = this.starts[lo]!;
    // Counting code points from the line start costs the line's length; callers ask in increasing
    // order, so counting on from the previous answer on the same line keeps a one-line 50 MB memo linear.
    let from = start;
    let column = 1;
    if (this.last && this.last.line === lo && this.last.offset <= offset) ({ offset: from, column } = this.last);
    for (let i = from; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      // A low surrogate after a high one is the second half of one code point.
      if (!(c >= 0xdc00 && c <= 0xdfff && i > start && isHigh(this.text.charCodeAt(i - 1)))) column++;
    }
    this.last = { line: lo, offset, column };
    return { line: lo + 1, column };
  }
  private last?: { line: number; offset: number; column: number };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
