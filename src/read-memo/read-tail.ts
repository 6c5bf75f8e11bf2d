import type { EditionFile } from '../edition-file.ts';
import type { Block, MemoRecord } from './memo-record.ts';
import { blockLines, span } from './blocks.ts';
import { isCreditSentence, isRightsText, looksLikeSourceLine, matchLabel, type LabelKind } from './labels.ts';
import { languageCode, languageCodes } from './languages.ts';
import { parseSourceStatement } from './source-statement.ts';

/**
 * The metadata area of an archive page: headings with their values, "Document Information", the
 * source statement, "Original Archive", rights paragraphs and the trailing fields. Each label owns
 * the unlabelled blocks after it; empty labels are common in saved pages and only noted (TE115).
 */

interface Group {
  kind: LabelKind | 'none';
  name: string;
  label?: Block;
  values: Block[];
}

export function readTail(file: EditionFile, blocks: readonly Block[], memo: MemoRecord): void {
  const text = file.text;
  const groups: Group[] = [{ kind: 'none', name: '', values: [] }];
  for (const b of blocks) {
    const hit = matchLabel(text, b);
    const open = groups[groups.length - 1]!;
    if (hit) groups.push({ kind: hit.kind, name: hit.name, label: hit.label, values: [...hit.values] });
    // The rights paragraph after an empty "Original Archive" or "Associated Places" is the rights
    // statement, not that label's value (the label stays empty: TE115).
    else if (isRightsText(b.text) && !['none', 'docinfo', 'source', 'rights'].includes(open.kind)) groups.push({ kind: 'rights', name: 'Rights', values: [b] });
    else open.values.push(b);
  }

  let source: Block[] = [];
  const metadata: { label: string; values: Block[] }[] = [];
  const one = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const g of groups) {
    if (g.label && g.values.length === 0 && g.kind !== 'docinfo') {
      file.report('TE115', g.label.start, { message: `Empty metadata label "${g.name}" ignored` });
      continue;
    }
    let rest = g.values;
    switch (g.kind) {
      case 'none':
      case 'docinfo':
      case 'source': {
        rest = [];
        for (const v of g.values) {
          if (isRightsText(v.text)) rest.push(v);
          else if (source.length === 0 && rest.length === 0) source = [v];
          // A credit sentence after it, or the rest of a hard-wrapped line ("… teczka 612. Obtained" /
          // "and translated for CWIHP by …"): the statement goes on.
          else if (source.length > 0 && rest.length === 0 && (isCreditSentence(v.text) || /^\p{Ll}/u.test(v.text) || !/[.!?]\s*$/.test(source[source.length - 1]!.text))) source.push(v);
          else rest.push(v);
        }
        memo.rights.push(...rest);
        continue;
      }
      case 'heading':
        // One value per line: "Associated Places" lists one place a line.
        metadata.push({ label: g.name, values: g.values.flatMap((v) => blockLines(text, v)) });
        continue;
      case 'rights':
        memo.rights.push(...g.values);
        continue;
      case 'originalArchive':
        memo.originalArchive = g.values[0]!;
        break;
      case 'uploaded':
        memo.uploadedDate = one(g.values[0]!.text);
        break;
      case 'type':
        memo.documentType = one(g.values[0]!.text);
        break;
      case 'recordId':
        memo.recordId = one(g.values[0]!.text);
        break;
      case 'classification':
        memo.classification = one(g.values[0]!.text);
        break;
      case 'language': {
        const other = languageCodes(g.values[0]!.text).find((c) => c !== 'en');
        if (other && !memo.originalLanguage) memo.originalLanguage = other;
        break;
      }
      case 'originalLanguage':
        memo.originalLanguage = languageCode(languageCodes(g.values[0]!.text)[0] ?? '') ?? memo.originalLanguage;
        break;
    }
    // Single-valued fields: further blocks are rights paragraphs or kept as metadata.
    const more = rest.slice(1);
    memo.rights.push(...more.filter((v) => isRightsText(v.text)));
    const other = more.filter((v) => !isRightsText(v.text));
    if (other.length) metadata.push({ label: g.name, values: other });
  }

  // No "Document Information": the source statement may sit under an empty-looking heading.
  if (source.length === 0) {
    for (const m of metadata) {
      const k = m.values.findIndex((v) => looksLikeSourceLine(v.text));
      if (k >= 0) {
        source = [m.values[k]!];
        m.values.splice(k, 1);
        break;
      }
    }
  }
  const kept = metadata.filter((m) => m.values.length > 0);
  if (kept.length) memo.metadata = kept;
  memo.rights.sort((a, b) => a.start - b.start);

  const s = span(text, source);
  if (!s) {
    file.report('TE107', blocks[0]?.start);
    return;
  }
  memo.source = parseSourceStatement(s.text, s.start);
  if (memo.source.unparsed) {
    file.report('TE114', s.start, { message: `Source statement only partly understood: "${memo.source.unparsed.join('"; "')}" not split` });
  }
}
