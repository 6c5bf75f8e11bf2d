import type { EditionFile } from '../edition-file.ts';
import type { Block, MemoRecord } from './memo-record.ts';
import { block, splitBlocks, splitFirstLine, span } from './blocks.ts';
import { looksLikeDateLine, memoDate } from './date-line.ts';
import { isRightsText, looksLikeSourceLine, matchLabel } from './labels.ts';
import { readTail } from './read-tail.ts';
import { emptyRecord } from './record.ts';

/**
 * Reads the text of a saved archive page (INPUT-FORMAT §1): furniture, date line, title, credit,
 * body, summary, then the metadata area. The summary is the one paragraph right before the first
 * metadata label, "Document Information" or source line; a page whose text stops before any of
 * them is cut off, and then has no summary at all.
 */

/** The page's skip link, as text or as a Markdown link ("[Skip to content](#main-content)"). */
const FURNITURE = /^(?:skip to (main )?content|\[skip to (main )?content\]\([^)\s]*\))$/i;
const CREDIT = /^[*_]{0,2}This document was made possible with support from\b/i;
/** A page saved as Markdown marks its title as a heading ("# Record of Conversation …"). */
const MD_HEADING = /^#{1,6}[ \t]+/;
/** How many stray paragraphs may precede the date line before we stop looking for one. */
const MAX_PREAMBLE = 3;

export function readArchivePage(file: EditionFile): MemoRecord {
  const text = file.text;
  const memo = emptyRecord('archive-page');
  const bs = splitBlocks(text);

  // Page furniture, also when no blank line separates it from the date line.
  if (bs[0]) {
    const [first, rest] = splitFirstLine(text, bs[0]);
    if (FURNITURE.test(first.text)) {
      if (rest) bs[0] = rest;
      else bs.shift();
    }
  }

  let i = 0;
  const dateAt = findDateLine(text, bs);
  if (dateAt >= 0) {
    if (dateAt > 0) {
      memo.preamble = span(text, bs.slice(0, dateAt));
      file.report('TE105', memo.preamble!.start);
    }
    const [marked, rest] = splitFirstLine(text, bs[dateAt]!);
    const line = unemphasized(text, marked);
    const { date, ok } = memoDate(line);
    memo.date = date;
    if (!ok) file.report('TE109', line.start, { message: `Date line "${line.text}" could not be normalized` });
    if (rest) bs.splice(dateAt + 1, 0, rest);
    i = dateAt + 1;
  } else if (bs.length > 0) {
    file.report('TE102', bs[0]!.start);
  }

  memo.title = bs[i] ?? null;
  const mark = memo.title && MD_HEADING.exec(memo.title.text);
  if (mark) memo.title = block(text, memo.title!.start + mark[0].length, memo.title!.end);
  if (memo.title) i++;
  else file.report('TE103', memo.date?.end);
  if (bs[i] && CREDIT.test(bs[i]!.text)) {
    const c = bs[i++]!;
    // "*This document was made possible …*": the emphasis marks are not part of the credit.
    const em = /^([*_]{1,2})[^]*\1$/.exec(c.text)?.[1].length ?? 0;
    memo.credit = em ? block(text, c.start + em, c.end - em) : c;
  }

  const tailAt = findTail(text, bs, i);
  const region = bs.slice(i, tailAt < 0 ? bs.length : tailAt);
  if (tailAt < 0) {
    memo.complete = false;
    memo.body = region;
    file.report('TE106', bs.length > 0 ? bs[bs.length - 1]!.end : 0);
  } else {
    if (region.length >= 2) memo.summary = region.pop()!;
    else file.report('TE108', bs[tailAt]!.start);
    memo.body = region;
    readTail(file, bs.slice(tailAt), memo);
    // Rights statements end with a full stop: one that stops mid-word is where the saved page was cut.
    const last = bs[bs.length - 1]!;
    if (memo.rights.some((r) => r.end === last.end) && !/[.!?)"”'’\]]$/.test(last.text)) {
      memo.pageCut = true;
      file.report('TE119', last.end);
    }
  }
  if (memo.body.length === 0 && memo.title) file.report('TE104', memo.title.end);
  return memo;
}

/** Index of the date-line block: within the first few blocks, and never the last one. */
function findDateLine(text: string, bs: Block[]): number {
  for (let k = 0; k < Math.min(bs.length, MAX_PREAMBLE + 1); k++) {
    const [line, rest] = splitFirstLine(text, bs[k]!);
    if (looksLikeDateLine(unemphasized(text, line).text) && (rest || k + 1 < bs.length)) return k;
  }
  return -1;
}

/** A Markdown date line in bold or italics ("**May 16, 1989**") or as a heading ("## October 21, 1976"): the date inside the marks. */
function unemphasized(text: string, line: Block): Block {
  const heading = /^#{1,6}[ \t]+/.exec(line.text)?.[0].length ?? 0;
  const inner = heading ? block(text, line.start + heading, line.end) ?? line : line;
  const em = /^([*_]{1,2})[^*_][^]*\1$/.exec(inner.text)?.[1]!.length ?? 0;
  return (em && block(text, inner.start + em, inner.end - em)) || inner;
}

/**
 * Where the metadata area begins: the first label or rights paragraph after the body, moved back
 * over an unlabelled source statement; else a source statement closing the page. -1: cut off.
 */
function findTail(text: string, bs: Block[], from: number): number {
  for (let k = from; k < bs.length; k++) {
    const hit = matchLabel(text, bs[k]!);
    const rights = !hit && isRightsText(bs[k]!.text);
    if (!hit && !rights) continue;
    const unlabelled = rights || (hit && hit.kind !== 'heading' && hit.kind !== 'docinfo' && hit.kind !== 'source');
    if (unlabelled && k - 1 > from && looksLikeSourceLine(bs[k - 1]!.text)) return k - 1;
    return k;
  }
  const last = bs.length - 1;
  if (last > from && looksLikeSourceLine(bs[last]!.text)) return last;
  return -1;
}
