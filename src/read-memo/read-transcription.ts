import type { EditionFile } from '../edition-file.ts';
import type { Block, MemoRecord, SourceStatement } from './memo-record.ts';
import { block, blockLines, splitBlocks } from './blocks.ts';
import { memoDate } from './date-line.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';
import { languageCode } from './languages.ts';
import { emptyRecord } from './record.ts';
import { parseSourceStatement } from './source-statement.ts';

/**
 * A user's own transcription (INPUT-FORMAT §3): YAML front matter with the metadata, then the body
 * paragraphs (plain text or Markdown). Markdown `#` headings stay in the body as paragraphs marked
 * `heading`; the first one stands in for a missing `title`.
 */

export function readTranscription(file: EditionFile): MemoRecord & { explicitId?: string } {
  const memo: MemoRecord & { explicitId?: string } = emptyRecord('transcription');
  const fm = readFrontMatter(file);
  const d = fm.data;
  const str = (k: string): string | undefined => (d[k] === undefined || d[k] === null ? undefined : String(d[k]));

  memo.title = fm.block('title');
  memo.summary = fm.block('summary');
  memo.credit = fm.block('credit');
  memo.originalArchive = fm.block('originalArchive');
  memo.recordId = str('recordId') ?? null;
  memo.classification = str('classification') ?? null;
  memo.documentType = str('documentType') ?? null;
  if (typeof d.id === 'string') memo.explicitId = d.id;
  for (const key of ['rights', 'licence', 'license']) memo.rights.push(...blocks(fm, key));
  for (const key of ['language', 'originalLanguage'] as const) {
    const v = str(key);
    if (v === undefined) continue;
    const code = languageCode(v);
    if (code) memo[key] = code;
    else file.report('TE111', fm.keyOffset(key), { message: `Front matter "${key}": "${v}" is not a language code or a known language name` });
  }

  const dateBlock = fm.block('date');
  if (dateBlock) {
    const { date, ok } = memoDate(dateBlock);
    memo.date = date;
    if (!ok) file.report('TE109', dateBlock.start, { message: `Date "${dateBlock.text}" could not be normalized` });
  }
  memo.source = source(fm);
  if (Object.keys(fm.unknown).length) memo.extra = fm.unknown;

  memo.body = bodyBlocks(file.text, fm.bodyStart);
  if (!memo.title && memo.body[0]?.heading) memo.title = memo.body.shift()!;

  if (!memo.date) file.report('TE102', 0, { message: 'No date in the front matter (key "date")' });
  if (!memo.title) file.report('TE103', 0, { message: 'No title in the front matter (key "title") and no "#" heading' });
  if (memo.body.length === 0) file.report('TE104', fm.bodyStart);
  if (!memo.summary) file.report('TE108', 0, { message: 'No summary in the front matter (key "summary")' });
  if (!memo.source) file.report('TE107', 0);
  else if (memo.source.unparsed) {
    file.report('TE114', memo.source.start, { message: `Source statement only partly understood: "${memo.source.unparsed.join('"; "')}" not split` });
  }
  return memo;
}

function blocks(fm: FrontMatter, key: string): Block[] {
  const v = fm.data[key];
  if (typeof v === 'string') return [fm.block(key)].filter((b): b is Block => b !== null);
  if (Array.isArray(v)) return v.map((_, i) => fm.block(key, i)).filter((b): b is Block => b !== null);
  return [];
}

function names(v: unknown): string[] | undefined {
  const list = (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []).map((x) => String(x).trim()).filter(Boolean);
  return list.length ? list : undefined;
}

/** The source statement from `source` (string or parts) plus translator / obtainedBy / project. */
function source(fm: FrontMatter): SourceStatement | null {
  const d = fm.data;
  const raw = d.source;
  const at = fm.keyOffset('source') ?? 0;
  let st: SourceStatement | null = null;
  if (typeof raw === 'string') {
    const b = fm.block('source')!;
    st = { ...parseSourceStatement(b.text, b.start), end: b.end };
  } else if (raw && typeof raw === 'object') {
    const parts = raw as Record<string, string | undefined>;
    const collection = parts.citation?.includes(parts.collection ?? '') ? undefined : parts.collection;
    const statement = parts.statement ?? [parts.repository, parts.settlement, collection, parts.citation].filter(Boolean).join(', ') + '.';
    const [start, end] = fm.valueRange('source') ?? [at, at];
    st = { ...parseSourceStatement(statement, start), end };
    for (const k of ['repository', 'settlement', 'collection'] as const) if (parts[k]) st[k] = parts[k];
    if (parts.citation) {
      const cited = parseSourceStatement(parts.citation, at);
      st.citationText = parts.citation;
      st.citation = cited.citation ?? [{ unit: 'item', value: parts.citation }];
    }
    if (parts.repository || parts.citation) delete st.unparsed;
  }
  const translator = names(d.translator);
  const obtainedBy = names(d.obtainedBy);
  const project = typeof d.project === 'string' ? d.project : undefined;
  if (!st && (translator || obtainedBy)) {
    const off = fm.keyOffset(translator ? 'translator' : 'obtainedBy') ?? 0;
    const said = [obtainedBy && `Obtained by ${obtainedBy.join(' and ')}`, translator && `Translated by ${translator.join(' and ')}`].filter(Boolean);
    st = { text: said.join('. ') + '.', start: off, end: off };
  }
  if (!st) return null;
  if (translator) st.translator = translator;
  if (obtainedBy) st.obtainedBy = obtainedBy;
  if (project) st.project = project;
  return st;
}

const ATX = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^(?:[-*_][ \t]*){3,}$/;

/** Body paragraphs; ATX headings become their own blocks (the `#` markers left outside). */
function bodyBlocks(text: string, from: number): Block[] {
  const out: Block[] = [];
  for (const b of splitBlocks(text, from)) {
    let run: Block[] = [];
    const flush = () => {
      if (run.length) out.push(block(text, run[0]!.start, run[run.length - 1]!.end)!);
      run = [];
    };
    for (const line of blockLines(text, b)) {
      const h = ATX.exec(line.text);
      if (h) {
        flush();
        const start = line.start + line.text.indexOf(h[2]!, h[1]!.length);
        const hb = h[2] ? block(text, start, start + h[2].length) : null;
        if (hb) out.push({ ...hb, heading: true });
      } else if (RULE.test(line.text) && run.length === 0) {
        continue;
      } else {
        run.push(line);
      }
    }
    flush();
  }
  return out;
}
