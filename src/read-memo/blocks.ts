import type { Block } from './memo-record.ts';

/**
 * Blank-line splitting with exact offsets. A line of only whitespace (spaces, tabs, U+00A0 and the
 * other Unicode spaces saved pages are full of) is blank; LF, CRLF and lone CR all end a line.
 * Every block's `text` is exactly `source.slice(start, end)`: trimmed, but never rewritten.
 */

export interface Line {
  start: number;
  /** End of the line content, before the line break. */
  end: number;
}

const WS = /\s/;

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && WS.test(ch);
}

export function lines(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push({ start: s, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to) i++;
      s = i + 1;
    }
  }
  if (s < to || out.length === 0) out.push({ start: s, end: to });
  return out;
}

/** The trimmed block covering text[start, end), or null when that range is all whitespace. */
export function block(text: string, start: number, end: number): Block | null {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start >= end) return null;
  return { text: text.slice(start, end), start, end };
}

export function splitBlocks(text: string, from = 0, to = text.length): Block[] {
  const out: Block[] = [];
  let open = -1;
  let last = -1;
  for (const l of lines(text, from, to)) {
    if (block(text, l.start, l.end) === null) {
      if (open >= 0) out.push(block(text, open, last)!);
      open = -1;
    } else {
      if (open < 0) open = l.start;
      last = l.end;
    }
  }
  if (open >= 0) out.push(block(text, open, last)!);
  return out;
}

/** The block's lines as trimmed blocks (blank lines cannot occur inside a block). */
export function blockLines(text: string, b: Block): Block[] {
  return lines(text, b.start, b.end)
    .map((l) => block(text, l.start, l.end))
    .filter((x): x is Block => x !== null);
}

/** Splits off the first line: [first line, rest of the block or null]. */
export function splitFirstLine(text: string, b: Block): [Block, Block | null] {
  const [first] = lines(text, b.start, b.end);
  const head = block(text, first!.start, first!.end)!;
  return [head, block(text, first!.end, b.end)];
}

/** One block spanning several (blank lines between them included verbatim). */
export function span(text: string, bs: readonly Block[]): Block | null {
  if (bs.length === 0) return null;
  return block(text, bs[0]!.start, bs[bs.length - 1]!.end);
}
