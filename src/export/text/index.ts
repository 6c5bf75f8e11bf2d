import type { StageContext, StageResult } from '../../edition.ts';
import type { ExportOptions } from '../citations/index.ts';
import { exportData, isSafeId } from '../data.ts';
import type { MemoInfo } from '../tei/memo-info.ts';
import { escapeMarkdown, reading } from '../tei/reading.ts';
import { memoUri, teiUri } from '../uris.ts';
import { OutputWriter } from '../write.ts';
import { child, isElement, type XmlElement } from '../xml/tree.ts';

type Block = { kind: 'head' | 'para' | 'item' | 'cut'; el?: XmlElement };

const PARA = new Set(['p', 'ab', 'opener', 'closer', 'dateline', 'salute', 'signed', 'postscript', 'byline', 'trailer', 'quote', 'l']);

/** The memo body as blocks in reading order (TEI Guidelines §4 "Default Text Structure"). */
function blocks(el: XmlElement, out: Block[] = []): Block[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === 'head') out.push({ kind: 'head', el: c });
    else if (c.name === 'opener' || c.name === 'closer') {
      // An opener holds a dateline, salute…: each is its own line.
      const parts = c.children.filter(isElement);
      if (parts.length) for (const p of parts) out.push({ kind: 'para', el: p });
      else out.push({ kind: 'para', el: c });
    } else if (PARA.has(c.name)) out.push({ kind: 'para', el: c });
    else if (c.name === 'item') out.push({ kind: 'item', el: c });
    else if (c.name === 'gap' && c.attrs.reason === 'truncated') out.push({ kind: 'cut' });
    else if (c.name !== 'note' && c.name !== 'fw' && c.name !== 'pb') blocks(c, out);
  }
  return out;
}

function bodyBlocks(m: MemoInfo): Block[] {
  const body = child(m.root, 'text/body');
  return body ? blocks(body) : [];
}

/** Plain text for corpus tools (Voyant, AntConc): heading, dateline and paragraphs, no apparatus. */
export function memoText(m: MemoInfo): string {
  const out = bodyBlocks(m)
    .map((b) => (b.kind === 'cut' ? '[…]' : (b.kind === 'item' ? '- ' : '') + reading(b.el)))
    .filter(Boolean);
  return out.join('\n\n') + '\n';
}

/** Markdown: title, a short metadata list, the summary, then the text. */
export function memoMarkdown(m: MemoInfo, ctx: StageContext): string {
  const md = (el?: XmlElement) => startSafe(reading(el, { markdown: true }));
  const meta = [
    m.date && `- **Date:** ${escapeMarkdown(m.date.text || m.date.when || '')}`,
    m.translators.length && `- **Translated by:** ${escapeMarkdown(m.translators.map((t) => t.name).join(', '))}`,
    (m.archiveName || m.sourceStatement) &&
      `- **Source:** ${escapeMarkdown([m.archiveName, m.sourceStatement].filter(Boolean).join(', '))}`,
    m.recordId && `- **Record ID:** ${escapeMarkdown(m.recordId)}`,
    `- **Edition:** [${escapeMarkdown(ctx.config.title)}](${memoUri(ctx.config, m.id)}), version ${escapeMarkdown(ctx.config.version)}`,
    `- **TEI:** <${teiUri(ctx.config, m.doc.stem)}>`,
  ].filter(Boolean);
  const lines = [`# ${escapeMarkdown(m.title)}`, '', ...meta, ''];
  if (m.abstract) lines.push('## Summary', '', startSafe(escapeMarkdown(m.abstract)), '');
  lines.push('## Text', '');
  for (const b of bodyBlocks(m)) {
    if (b.kind === 'cut') lines.push('*\\[The text breaks off here.\\]*', '');
    else if (b.kind === 'head') lines.push(`### ${reading(b.el, { markdown: true })}`, '');
    else if (b.kind === 'item') lines.push(`- ${reading(b.el, { markdown: true })}`, '');
    else {
      const text = md(b.el);
      if (text) lines.push(text, '');
    }
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

/** A block must not start with what Markdown reads as a heading, quote, list or rule. */
function startSafe(s: string): string {
  return s.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])(\s)/, '$1\\$2$3');
}

/** export/text/<memoId>.txt and export/text/<memoId>.md, from the TEI. */
export async function exportText(ctx: StageContext, opts: ExportOptions = {}): Promise<StageResult> {
  const out = new OutputWriter(opts.outDir ?? ctx.outDir);
  for (const m of exportData(ctx).memos.filter((x) => isSafeId(x.id))) {
    out.write(`export/text/${m.id}.txt`, memoText(m));
    out.write(`export/text/${m.id}.md`, memoMarkdown(m, ctx));
  }
  out.removeUnclaimed('export/text');
  return out.result();
}
