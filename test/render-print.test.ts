import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEdition } from '../src/build-edition.ts';
import type { StageContext, StageResult, TeiDoc } from '../src/edition.ts';
import {
  PrintBrowser,
  fontSetup,
  hasOutline,
  markdownToHtml,
  readPrintInputs,
  renderBookHtml,
  renderPrint,
  type PrintedPdf,
} from '../src/render-print/index.ts';

/*
 * The print edition, with real Chromium + Paged.js and poppler-utils: the sample edition is built
 * from the two seed memos of corpus/ (real converter output), plus the contract sample memo (every
 * editorial intervention) and a memo of diacritics and Cyrillic (test/fixtures/render-print/).
 */
const ROOT = new URL('..', import.meta.url).pathname;
const FIX = join(ROOT, 'test', 'fixtures', 'render-print');
const CONTRACT = join(ROOT, 'test', 'fixtures', 'contract');
const DIACRITICS_ID = 'memo-1964-03-02-diacritics-sample';
const CONTRACT_ID = 'memo-1964-02-26-memorandum-of-a-conversation';

const tmp = mkdtempSync(join(tmpdir(), 'render-print-'));
let browser: PrintBrowser;
let ctx: StageContext;
let result: StageResult;
const printed = new Map<string, PrintedPdf>();
const pdf = () => join(ctx.outDir, 'print', 'edition.pdf');

function teiDoc(path: string): TeiDoc {
  const xml = readFileSync(path, 'utf8');
  const id = /<TEI\b[^>]*xml:id="([^"]+)"/.exec(xml)![1]!;
  return { id, path, stem: id, xml };
}
const memoDate = (m: TeiDoc) => /<creation>\s*<date\b[^>]*when="([^"]+)"/.exec(m.xml)?.[1] ?? '';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/** One page's text: -layout keeps columns side by side, -raw keeps the content-stream (reading) order. */
const pageText = (file: string, n: number, mode: 'layout' | 'raw' = 'layout') =>
  run('pdftotext', [`-${mode}`, '-f', String(n), '-l', String(n), file, '-']);
/** Page text for searching names: no hyphenation breaks, no brackets, no whitespace, lower case. */
const squash = (s: string) => s.replace(/-\n\s*/g, '').replace(/[[\]\s]/g, '').toLowerCase();

function pdfinfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!] = m[2]!;
  }
  return info;
}

/** pdffonts rows: name, type and the emb column. */
function pdffonts(file: string): { name: string; type: string; emb: string }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(l)!;
      return { name: m[1]!, type: m[2]!, emb: m[4]! };
    });
}

function findPage(file: string, pages: number, test: (text: string) => boolean): number {
  for (let n = 1; n <= pages; n++) if (test(pageText(file, n))) return n;
  return -1;
}

beforeAll(async () => {
  browser = await PrintBrowser.launch();
  const built = await buildEdition({ config: join(ROOT, 'corpus', 'edition.json'), out: join(tmp, 'book'), stages: [], env: {}, now: () => new Date('2026-11-22T00:00:00Z') });
  expect(built.context, 'the seeds convert').toBeDefined();
  const memos = [...built.context!.memos, teiDoc(join(CONTRACT, 'sample-memo.xml')), teiDoc(join(FIX, 'diacritics-memo.xml'))];
  memos.sort((a, b) => memoDate(a).localeCompare(memoDate(b)) || a.id.localeCompare(b.id));
  ctx = { ...built.context!, memos };
  result = await renderPrint(ctx, { browser, memoIds: [DIACRITICS_ID], onPrinted: (f, p) => printed.set(f, p) });
});

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('renderPrint: the book', () => {
  it('writes the edition PDF and the requested offprint without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.written).toEqual(['print/edition.pdf', `print/${DIACRITICS_ID}.pdf`]);
    expect(existsSync(pdf())).toBe(true);
  });

  it('has a sensible page count, A4 pages and the edition metadata (pdfinfo)', () => {
    const info = pdfinfo(pdf());
    const pages = Number(info.Pages);
    // title, contents, introduction, encoding note, ≥ 4 memo pages, chronology, index, colophon
    expect(pages).toBeGreaterThanOrEqual(11);
    expect(pages).toBeLessThanOrEqual(40);
    expect(pages).toBe(printed.get(pdf())!.pages);
    expect(info['Page size']).toMatch(/^59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    expect(info.Title).toBe(ctx.config.title);
    expect(info.Author).toBe(ctx.config.editors.join('; '));
    expect(info.Subject).toBe(ctx.config.subtitle);
    expect(info.Keywords).toBe(ctx.config.keywords!.join(' '));
    expect(info.Creator).toBe(`tei-edition ${ctx.build.toolVersion}`);
    expect(info.CreationDate).toBe('2026-11-22T00:00:00Z');
    expect(info.Tagged).toBe('yes');
  });

  it('embeds every font, EB Garamond as TrueType (pdffonts)', () => {
    for (const file of [pdf(), join(ctx.outDir, 'print', `${DIACRITICS_ID}.pdf`)]) {
      const fonts = pdffonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.emb, f.name).toBe('yes');
        expect(f.type, f.name).not.toMatch(/Type 3/);
        expect(f.name, 'no fallback font needed').toMatch(/EBGaramond/);
      }
    }
  });

  it('lists every memo in the contents with the page on which it really starts', () => {
    const pages = Number(pdfinfo(pdf()).Pages);
    const contentsPage = findPage(pdf(), pages, (t) => /^\s*Contents\s*$/m.test(t));
    expect(contentsPage).toBe(2);
    const toc = pageText(pdf(), contentsPage);
    ctx.memos.forEach((memo, i) => {
      const line = toc.split('\n').find((l) => new RegExp(`^\\s*No\\. ${i + 1}\\s`).test(l));
      expect(line, `contents line of No. ${i + 1}`).toBeDefined();
      const start = Number(/(\d+)\s*$/.exec(line!)![1]);
      const page = pageText(pdf(), start);
      const title = /<title type="main">([^<]+)<\/title>/.exec(memo.xml)![1]!;
      expect(page, `No. ${i + 1} starts on page ${start}`).toMatch(new RegExp(`^\\s*No\\. ${i + 1}\\s*$`, 'm'));
      expect(squash(page)).toContain(squash(title.split(' ').slice(0, 6).join(' ')));
      expect(pageText(pdf(), start - 1)).not.toMatch(new RegExp(`^\\s*No\\. ${i + 1}\\s*$`, 'm'));
    });
    for (const part of ['Introduction', 'A note on the encoding', 'Chronology', 'Index of persons', 'Colophon']) {
      const m = new RegExp(`^${part}\\s+(\\d+)\\s*$`, 'm').exec(toc);
      expect(m, part).not.toBeNull();
      expect(pageText(pdf(), Number(m![1]))).toMatch(new RegExp(`^\\s*${part}\\s*$`, 'm'));
    }
  });

  it('prints index entries whose page numbers really contain the name', () => {
    const pages = Number(pdfinfo(pdf()).Pages);
    const first = findPage(pdf(), pages, (t) => /^\s*Index of persons\s*$/m.test(t));
    const colophon = findPage(pdf(), pages, (t) => /^\s*Colophon\s*$/m.test(t) && !/^\s*Contents\s*$/m.test(t));
    expect(first).toBeGreaterThan(0);
    // Entry lines in reading order: "Label 3, 7–9"; a long label or page list wraps onto the next line.
    const entryRe = /^(.+?)\s+(\d+(?:–\d+)?(?:,\s*\d+(?:–\d+)?)*)$/;
    const lines: string[] = [];
    let pending = '';
    for (let n = first; n < colophon; n++) {
      for (const l of pageText(pdf(), n, 'raw').split('\n').map((s) => s.trim()).filter(Boolean)) {
        if (/^Index of /.test(l) || l === ctx.config.title) continue;
        const last = lines[lines.length - 1];
        if (/^\d[\d,–\s]*$/.test(l)) {
          if (!pending && last && /[,–]$/.test(last)) lines[lines.length - 1] = `${last} ${l}`;
          continue; // else a folio
        }
        const line = pending ? `${pending} ${l}` : l;
        if (entryRe.test(line) && !/[,–]$/.test(line)) {
          lines.push(line);
          pending = '';
        } else if (/[,–]$/.test(line)) lines.push(line);
        else pending = line;
      }
    }
    expect(pending, 'no dangling label').toBe('');
    const entries = lines.map((l) => entryRe.exec(l)).filter((m): m is RegExpExecArray => !!m);
    expect(entries.length).toBe(lines.length);
    expect(entries.length).toBeGreaterThanOrEqual(15);
    // The forms each entry stands for: its label (from the register) may be spelled otherwise in
    // the text ("Moskovsky, Vasily Petrovich" for "Moskowskyi"), so take every form of its mentions.
    const html = readFileSync(join(ctx.outDir, '.build', 'print', 'edition.html'), 'utf8');
    const forms = new Map<string, string[]>();
    for (const [, key, label] of html.matchAll(/<li class="ix" data-key="([^"]+)"><span class="ix-name">([^<]+)<\/span>/g)) {
      const ref = key!.replace(/^(per|pla|org)-/, '$1:');
      const texts = ctx.memos.flatMap((m) =>
        [...m.xml.matchAll(/<(persName|placeName|orgName)\b[^>]*\bref="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)]
          .filter((x) => x[2] === ref)
          .map((x) => squash(x[3]!.replace(/<[^>]+>/g, ''))),
      );
      forms.set(label!, [...(forms.get(label!) ?? []), ...texts]);
    }
    let checked = 0;
    for (const [, label, refs] of entries) {
      const names = forms.get(label!) ?? [];
      expect(names.length, `mentions of "${label}"`).toBeGreaterThan(0);
      const nums = refs!.split(/,\s*/).flatMap((r) => {
        const [a, b] = r.split('–').map(Number);
        return Array.from({ length: (b ?? a!) - a! + 1 }, (_, k) => a! + k);
      });
      expect(new Set(nums).size, `${label}: no duplicate pages`).toBe(nums.length);
      for (const p of nums) {
        const page = squash(pageText(pdf(), p, 'raw'));
        expect(names.some((name) => page.includes(name)), `"${label}" on page ${p}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    // Labels from the register (forename-first names inverted, life years); names it lacks as in the text.
    expect(entries.map((e) => e[1])).toEqual(expect.arrayContaining([
      'Khrushchev, Nikita Sergeyevich (1894–1971)', 'Kim Il Sung (1912–1994)', 'Moskovsky, Vasily Petrovich', 'Shtykov', 'Łódź', 'José Peña',
    ]));
  });

  it('prints the editorial interventions conventionally, notes as page footnotes, paragraph numbers', () => {
    const pages = Number(pdfinfo(pdf()).Pages);
    const n = ctx.memos.findIndex((m) => m.id === CONTRACT_ID) + 1;
    const start = findPage(pdf(), pages, (t) => new RegExp(`^\\s*No\\. ${n}\\s*$`, 'm').test(t));
    const page = pageText(pdf(), start).replace(/\s+/g, ' ');
    expect(page).toContain('Ri Song-un [Ri Song Un]');
    expect(page).toContain('Filippov [Stalin]');
    expect(page).toContain('Chai [Junwu]');
    expect(page).toContain('November 8 [1950]');
    expect(page).toContain('Moment [sic] stays');
    expect(page).not.toMatch(/\[sic\]\s*\[sic\]/);
    expect(page).toContain('[…]');
    expect(page).toContain('[signature]');
    expect(page).toContain('Ambassador c. V.P. Moskowskyi');
    expect(page).toContain('[The text breaks off here in the source.]');
    // The note is a footnote: its call in the text, its body after the text on the same page.
    expect(page).toMatch(/\[…\] 1 S H T Y K O V/);
    expect(page).toMatch(/The text breaks off here in the source\.\].*1\. Translator's note: the original reads "tovarishch"\./);
    // Head note, paragraph numbers in the margin, running head.
    expect(page).toContain('Summary. Moskowskyi reviews');
    expect(page).toContain('Source. State Central Archive, Prague, fond 0102');
    expect(page).toContain('Translated by Adolf Kotlik');
    const layout = pageText(pdf(), start);
    expect(layout).toMatch(/^\s*1\s+On February 26, 1964/m);
    expect(layout).toMatch(/^\s*2\s+The Korean Ambassador/m);
    // Running heads: the edition title on left (even) pages, the memo on right (odd) pages.
    const head = (p: number) => pageText(pdf(), p).split('\n').find((l) => l.trim())!.trim();
    expect(head(start)).toBe(start % 2 ? `No. ${n} · Memorandum of a Conversation with the Soviet Ambassador to the DPRK… · February 26, 1964` : ctx.config.title);
    expect(head(start + 1)).toBe(start % 2 ? ctx.config.title : `No. ${n + 1} · Note on Names in Korean, Czech, Polish, German, Spanish and Russian… · March 2, 1964`);
  });

  it('has a chronology and a colophon with the tool version and build date', () => {
    const text = run('pdftotext', [pdf(), '-']).replace(/\s+/g, ' ');
    expect(text).toMatch(/Chronology Documents of the edition/);
    expect(text).toMatch(/13 October 1950 Mentioned in No\. 3 ¶ 2; No\. 4 ¶ 2 \(as “13\.10\.50”; date uncertain\), p\. \d+(–|, )\d+/);
    expect(text).toContain(`Built on 22 November 2026 with tei-edition ${ctx.build.toolVersion} from 4 TEI P5 documents`);
    expect(text).toMatch(/Introduction This sample edition presents two memoranda/);
  });

  it('adds bookmarks (outline) for the memos', async () => {
    expect(await hasOutline(readFileSync(pdf()))).toBe(true);
  });

  it('prints diacritics and Cyrillic in the offprint with EB Garamond', () => {
    const file = join(ctx.outDir, 'print', `${DIACRITICS_ID}.pdf`);
    const text = run('pdftotext', [file, '-']).replace(/\s+/g, ' ');
    for (const s of ['Pak Chŏng-ae', 'Yong-gŏn', 'ŏ ŭ', 'Čestmír Říha', 'Jiří Hájek', 'č ř ě', 'Müller', 'Göttingen', 'Łódź', 'José Peña', 'Москва, Пхеньян, товарищ Хрущёв']) {
      expect(text).toContain(s);
    }
    const info = pdfinfo(file);
    expect(info.Title).toBe(`Note on Names in Korean, Czech, Polish, German, Spanish and Russian Spelling. — ${ctx.config.title}`);
    expect(info.Subject).toBe(`Offprint from ${ctx.config.title}`);
    expect(text).toMatch(/No\. 4 Note on Names/);
  });

  it('gives the same bytes for the same input', async () => {
    const again = { ...ctx, outDir: join(tmp, 'again') };
    const r = await renderPrint(again, { browser });
    expect(r.written).toEqual(['print/edition.pdf']);
    expect(Buffer.compare(readFileSync(join(again.outDir, 'print', 'edition.pdf')), readFileSync(pdf()))).toBe(0);
  });
});

describe('renderPrint: paper and bad input', () => {
  it('prints US Letter, and reports bad memos, missing files and unknown ids without crashing', async () => {
    const good = teiDoc(join(CONTRACT, 'sample-memo.xml'));
    const bad: TeiDoc = { id: 'memo-broken', path: join(tmp, 'broken.xml'), stem: 'broken', xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>unclosed' };
    const small: StageContext = {
      ...ctx,
      config: { ...ctx.config, introduction: 'no-such-introduction.md' },
      outDir: join(tmp, 'letter'),
      memos: [bad, good],
      register: { path: join(tmp, 'register.xml'), xml: '<listPerson>' },
    };
    const r = await renderPrint(small, { browser, paper: 'Letter', memoIds: ['memo-broken', 'memo-unknown'] });
    const codes = r.diagnostics.map((d) => `${d.code} ${d.file}`);
    expect(codes).toEqual(expect.arrayContaining([
      `TE560 ${bad.path}`,
      `TE561 ${join(tmp, 'register.xml')}`,
      `TE562 ${join(ctx.root, 'no-such-introduction.md')}`,
    ]));
    expect(r.diagnostics.filter((d) => d.code === 'TE566').map((d) => d.message)).toEqual([
      'Unknown memo id for a single-memo PDF: "memo-broken"',
      'Unknown memo id for a single-memo PDF: "memo-unknown"',
    ]);
    expect(r.written).toEqual(['print/edition.pdf']);
    const file = join(small.outDir, 'print', 'edition.pdf');
    expect(pdfinfo(file)['Page size']).toMatch(/^612(\.\d+)? x 792(\.\d+)? pts \(letter\)/);
    const text = run('pdftotext', [file, '-']).replace(/\s+/g, ' ');
    expect(text).toContain('No. 1 Memorandum of a Conversation');
    expect(text).not.toContain('Introduction This sample');
  });

  it('reports a Chromium that cannot start as TE564 and writes nothing', async () => {
    const r = await renderPrint({ ...ctx, outDir: join(tmp, 'nochrome') }, { executablePath: join(tmp, 'no-such-chromium') });
    expect(r.written).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain('TE564');
  });
});

describe('print HTML (no browser)', () => {
  it('renders the contract sample as the golden print HTML', async () => {
    const small: StageContext = {
      ...ctx,
      config: { ...ctx.config, introduction: undefined },
      memos: [teiDoc(join(CONTRACT, 'sample-memo.xml'))],
      register: { path: join(CONTRACT, 'register.xml'), xml: readFileSync(join(CONTRACT, 'register.xml'), 'utf8') },
    };
    const html = await renderBookHtml(small, { ...readPrintInputs(small), fontsCss: '' }, { paper: 'A4', layout: 'book' });
    const body = html.slice(html.indexOf('<body')).replace(/></g, '>\n<');
    const golden = join(FIX, 'contract-book.golden.html');
    if (process.env.UPDATE_GOLDENS === '1') {
      mkdirSync(FIX, { recursive: true });
      writeFileSync(golden, body);
    }
    expect(body).toBe(readFileSync(golden, 'utf8'));
    expect(html).toContain('@page { size: A4; }');
  });

  it('renders the introduction Markdown without passing raw HTML through', () => {
    const html = markdownToHtml('# Aims\n\nA *short* intro <script>alert(1)</script>.\n\n![map](x.png)');
    expect(html).toContain('<h2>Aims</h2>');
    expect(html).toContain('<em>short</em>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
  });

  it('finds EB Garamond (npm) and the Noto Serif fallback (Debian)', () => {
    const f = fontSetup();
    expect(f.missing).toEqual([]);
    expect(f.css).toMatch(/font-family: 'EB Garamond';[\s\S]*eb-garamond-cyrillic-400-normal\.woff2/);
    expect(f.css).toMatch(/font-family: "Noto Serif"; font-style: normal; font-weight: 400;.*NotoSerif-Regular\.ttf/);
    expect(fontSetup({ notoDir: join(tmp, 'none') }).missing).toHaveLength(1);
  });
});
