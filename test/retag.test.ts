import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProposalBook, RegisterIndex } from '../src/find-entities/index.ts';
import { loadRegister } from '../src/find-entities/register/index.ts';
import { convertFiles } from '../src/convert-files.ts';
import { retagFiles, retagXml } from '../src/retag/index.ts';
import { buildEdition } from '../src/build-edition.ts';
import { main } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/command.ts';

/**
 * retag: edits of generated TEI in many ways, then retag, then a diff. The output must be the
 * edited input with start/end tags of new persName/placeName/orgName/date inserted and NOTHING
 * else changed (checked by an independent matcher, not by retag's own bookkeeping).
 */

const FIX = 'test/fixtures/retag';
const tmp = () => mkdtempSync(join(tmpdir(), 'tei-retag-'));
const REG = join(FIX, 'register.xml');
const { register } = loadRegister([REG]);

function ctx(file = 'memo.xml') {
  return { index: new RegisterIndex(register), proposals: new ProposalBook((id) => register.byId.has(id)), file };
}

const INSERTABLE = /<\/?(?:[\w.-]+:)?(?:persName|placeName|orgName|date)(?:\s+[\w:.-]+="[^"<>]*")*\s*>/y;

/**
 * Whether `output` is `input` with only insertable tags inserted: a backtracking matcher, since an
 * inserted tag may sit right before an identical-looking existing one. Returns the inserted tags.
 */
function insertedTags(input: string, output: string): string[] | null {
  const W = input.length + 1;
  const seen = new Set<number>();
  const stack: { i: number; j: number; tags: string[] }[] = [{ i: 0, j: 0, tags: [] }];
  while (stack.length) {
    const s = stack.pop()!;
    let { i, j } = s;
    // Walk equal characters; at each "<" of the output, an inserted tag is an alternative to try.
    for (;;) {
      const key = j * W + i;
      if (seen.has(key)) break;
      seen.add(key);
      if (i === input.length && j === output.length) return s.tags;
      if (output[j] === '<') {
        INSERTABLE.lastIndex = j;
        const m = INSERTABLE.exec(output);
        if (m) stack.push({ i, j: j + m[0].length, tags: [...s.tags, m[0]] });
      }
      if (i < input.length && input[i] === output[j]) {
        i++;
        j++;
        continue;
      }
      break;
    }
  }
  return null;
}

function tagsOf(xml: string, name: string): number {
  return (xml.match(new RegExp(`<(?:[\\w.-]+:)?${name}\\b`, 'g')) ?? []).length;
}

let tei000: string;
let tei002: string;

beforeAll(async () => {
  const out = tmp();
  const r = await convertFiles({ files: ['test/fixtures/retag/000_e5fc993b11dadff5.txt', 'test/fixtures/retag/002_8b7530e566ca3308.txt'], out, register: [REG], env: { SOURCE_DATE_EPOCH: '1700000000' } });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  tei000 = readFileSync(join(out, '000_e5fc993b11dadff5.xml'), 'utf8');
  tei002 = readFileSync(join(out, '002_8b7530e566ca3308.xml'), 'utf8');
});

/** Applies an edit (asserting it changed something), retags, and checks pure insertion. */
function editAndRetag(base: string, edit: (s: string) => string) {
  const edited = edit(base);
  expect(edited, 'the edit must change the file').not.toBe(base);
  const r = retagXml(edited, ctx());
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(XMLValidator.validate(r.xml)).toBe(true);
  const tags = insertedTags(edited, r.xml);
  expect(tags, 'output = input + inserted name/date tags only').not.toBeNull();
  // Every added element is one start and one end tag.
  expect(tagsOf(r.xml, 'persName') + tagsOf(r.xml, 'placeName') + tagsOf(r.xml, 'orgName') + tagsOf(r.xml, 'date')).toBe(
    tagsOf(edited, 'persName') + tagsOf(edited, 'placeName') + tagsOf(edited, 'orgName') + tagsOf(edited, 'date') + r.added.length,
  );
  // retag's own record of insertions, removed again, gives back the input exactly.
  // (Removing them in order, each lands at its input offset.)
  let back = r.xml;
  for (const ins of r.insertions) {
    const at = ins.offset;
    expect(back.slice(at, at + ins.text.length)).toBe(ins.text);
    back = back.slice(0, at) + back.slice(at + ins.text.length);
  }
  expect(back).toBe(edited);
  expect(tags!.length).toBe(2 * r.added.length);
  return { edited, r };
}

/** The body paragraph holding a phrase (for targeted expectations). */
function paraWith(xml: string, phrase: string): string {
  const p = [...xml.matchAll(/<p\b[^>]*>[\s\S]*?<\/p>/g)].map((m) => m[0]).find((s) => s.includes(phrase));
  expect(p, `a paragraph containing "${phrase}"`).toBeDefined();
  return p!;
}

/** Inserts editor text at the start of body paragraph 1. */
const atPara1 = (s: string, text: string) => s.replace(/(<p xml:id="[^"]+" n="1">)/, `$1${text} `);

const unwrap = (s: string, name: string, text: string) => {
  const re = new RegExp(`<${name} [^>]*>${text}</${name}>`);
  return s.replace(re, text);
};

describe('retag: existing markup preserved byte for byte, new names tagged', () => {
  // Each case is one way an editor changes a generated file; the count is the report's figure.
  const cases: { name: string; base: () => string; edit: (s: string) => string; expect?: (out: string, edited: string, added: number) => void }[] = [
    { name: 'markup of a name removed → tagged again with the same ref', base: () => tei002, edit: (s) => unwrap(s, 'persName', 'Kennedy'), expect: (o, _e, n) => { expect(n).toBe(1); expect(o).toBe(tei002); } },
    { name: 'markup of a place removed → tagged again', base: () => tei000, edit: (s) => unwrap(s, 'placeName', 'Moscow'), expect: (_o, _e, n) => expect(n).toBeGreaterThanOrEqual(1) },
    { name: 'all markup of one paragraph removed → names and dates tagged', base: () => tei002, edit: (s) => s.replace(/(<p xml:id="[^"]+-p-03b52d" n="1">)([\s\S]*?)(<\/p>)/, (_m, a, b: string, c) => a + b.replace(/<persName[^>]*>|<\/persName>|<placeName[^>]*>|<\/placeName>|<date[^>]*>|<\/date>/g, '') + c), expect: (o) => { const p = paraWith(o, 'Hungarian titulary'); expect(p).toMatch(/<persName ref="per:kennedy-john-f">Kennedy<\/persName>/); expect(p).toMatch(/<date [^>]*>November 29<\/date>/); } },
    { name: 'entity ref renamed by the editor → kept, nothing nested', base: () => tei002, edit: (s) => s.replace(/ref="per:kennedy-john-f"/g, 'ref="per:kennedy-jfk"'), expect: (o, e, n) => { expect(n).toBe(0); expect(o).toBe(e); } },
    { name: 'ref and cert changed, resp added on a name', base: () => tei000, edit: (s) => s.replace(/<persName ref="([^"]+)">Khrushchev<\/persName>/, '<persName ref="$1" cert="low" resp="#ed">Khrushchev</persName>'), expect: (o, e) => expect(o).toBe(e) },
    { name: 'editor wrapped a name in rs → not tagged inside', base: () => tei002, edit: (s) => atPara1(s, '<rs type="person">Khrushchev</rs> said:'), expect: (o, e, n) => { expect(n).toBe(0); expect(o).toBe(e); } },
    { name: 'editor note with names → nothing tagged inside the note', base: () => tei002, edit: (s) => atPara1(s, 'Note.<note type="editorial" resp="#ed">Kennedy and Khrushchev met in Moscow on June 4, 1961.</note>'), expect: (o, e, n) => { expect(n).toBe(0); expect(o).toBe(e); } },
    { name: 'comment with names → untouched', base: () => tei002, edit: (s) => atPara1(s, '<!-- check: Kennedy, Moscow, March 3, 1964 -->'), expect: (o, e, n) => { expect(n).toBe(0); expect(o).toBe(e); } },
    { name: 'processing instruction with names → untouched', base: () => tei002, edit: (s) => atPara1(s, '<?editor ask about Kennedy in Moscow?>'), expect: (o, e, n) => { expect(n).toBe(0); expect(o).toBe(e); } },
    { name: 'CDATA section with names → untouched', base: () => tei002, edit: (s) => atPara1(s, '<![CDATA[Kennedy & Moscow <raw>]]>'), expect: (o, e, n) => { expect(n).toBe(0); expect(o).toBe(e); } },
    { name: 'header edited: title, respStmt, notes, change → header untouched', base: () => tei002, edit: (s) => s.replace('</titleStmt>', '  <respStmt><resp>edited by</resp><name>Kennedy Moscow</name></respStmt>\n      </titleStmt>').replace('<revisionDesc>', '<revisionDesc>\n      <change when="2024-05-01">Checked against the Prague original; Kennedy spelling kept.</change>').replace(/<title type="main">[^<]*<\/title>/, '<title type="main">Conversation with Ambassador Moskovskyi in Pyongyang</title>'), expect: (o, e) => expect(o.slice(0, o.indexOf('<abstract>'))).toBe(e.slice(0, e.indexOf('<abstract>'))) },
    { name: 'header prose outside the abstract → not tagged', base: () => tei000, edit: (s) => s.replace(/<editorialDecl>\s*<p>/, (m) => `${m}Names such as Kennedy and places such as Moscow are tagged. `), expect: (o) => expect(o).toContain('Names such as Kennedy and places such as Moscow are tagged. ') },
    { name: 'abstract edited with a new name → tagged in the abstract', base: () => tei002, edit: (s) => s.replace('talks with the Cuban Ambassador', 'talks with Khrushchev and the Cuban Ambassador'), expect: (o) => expect(o).toMatch(/<abstract>[\s\S]*<persName ref="per:khrushchev-nikita">Khrushchev<\/persName> and the Cuban[\s\S]*<\/abstract>/) },
    { name: 'new paragraph with register names, a new name and a date', base: () => tei002, edit: (s) => s.replace('</div>', '  <p n="16">Later, on March 3, 1964, Ambassador Moskovskyi met Ambassador Zhelyazko Bratanovski and Kim Il Sung in Pyongyang.</p>\n      </div>'), expect: (o) => { const p = paraWith(o, 'Later, on'); expect(p).toContain('<date when="1964-03-03">March 3, 1964</date>'); expect(p).toContain('<persName ref="per:kim-il-sung">Kim Il Sung</persName>'); expect(p).toContain('<placeName ref="pla:pyongyang">Pyongyang</placeName>'); expect(p).toMatch(/<persName ref="per:[a-z-]+">Moskovskyi<\/persName>/); expect(p).toMatch(/<persName ref="per:[a-z-]*bratanovski[a-z-]*">(Zhelyazko )?Bratanovski<\/persName>/); } },
    { name: 'entity and character references around and inside names kept', base: () => tei002, edit: (s) => s.replace('</div>', '  <p n="16">Khrushchev &amp; Kim Il Sung met in Mosc&#111;w &#x2014; so said &quot;Kennedy&quot;.</p>\n      </div>'), expect: (o) => { const p = paraWith(o, '&#x2014;'); expect(p).toContain('<placeName ref="pla:moscow">Mosc&#111;w</placeName>'); expect(p).toContain('&amp; <persName ref="per:kim-il-sung">Kim Il Sung</persName>'); expect(p).toContain('&quot;<persName ref="per:kennedy-john-f">Kennedy</persName>&quot;'); } },
    { name: 'name inside hi (editor formatting) → tagged inside hi', base: () => tei002, edit: (s) => s.replace('</div>', '  <p n="16">Signed: <hi rend="italic">Khrushchev</hi>.</p>\n      </div>'), expect: (o) => expect(o).toContain('<hi rend="italic"><persName ref="per:khrushchev-nikita">Khrushchev</persName></hi>') },
    { name: 'name split by a line-break element → not tagged across it', base: () => tei002, edit: (s) => s.replace('</div>', '  <p n="16">He met Kim Il<lb/>Sung there.</p>\n      </div>'), expect: (o) => expect(paraWith(o, 'Kim Il<lb/>Sung')).not.toMatch(/<persName[^>]*>Kim Il<lb\/>/) },
    { name: 'paragraph re-wrapped over lines with indentation → name across the line break tagged', base: () => tei002, edit: (s) => s.replace('</div>', '  <p n="16">A visit by Kim Il\n          Sung followed.</p>\n      </div>'), expect: (o) => expect(o).toContain('<persName ref="per:kim-il-sung">Kim Il\n          Sung</persName>') },
    { name: 'odd attribute quoting and spacing kept', base: () => tei002, edit: (s) => s.replace('</div>', `  <p  n = '16'  rend="x" >Khrushchev spoke.</p >\n      </div>`), expect: (o) => expect(o).toContain(`<p  n = '16'  rend="x" ><persName ref="per:khrushchev-nikita">Khrushchev</persName> spoke.</p >`) },
    { name: 'paragraphs deleted and reordered → nothing added', base: () => tei002, edit: (s) => { const ps = [...s.matchAll(/ *<p xml:id[^>]*>[\s\S]*?<\/p>\n/g)].map((m) => m[0]); return s.replace(ps[1]!, '').replace(ps[2]!, ps[3]!).replace(ps[3]!, ps[2]!); }, expect: (o, e, n) => { expect(n).toBe(0); expect(o).toBe(e); } },
    { name: 'editor gap, unclear, sic and choice → untouched inside', base: () => tei002, edit: (s) => s.replace('</div>', '  <p n="16"><unclear>Khrushchev</unclear> <gap reason="illegible"><desc>Moscow</desc></gap> <sic>Kenedy</sic> <choice><orig>Moskva</orig><reg>Moscow</reg></choice>.</p>\n      </div>'), expect: (o, e, n) => { expect(n).toBe(0); expect(o).toBe(e); } },
    { name: 'CRLF line ends throughout → kept', base: () => tei002, edit: (s) => unwrap(s, 'persName', 'Kennedy').replace(/\n/g, '\r\n'), expect: (o) => { expect(o.split('\r\n').length).toBe(o.split('\n').length); expect(o).toMatch(/<persName ref="per:kennedy-john-f">Kennedy<\/persName> did not/); } },
    { name: 'byte-order mark kept', base: () => tei002, edit: (s) => '\uFEFF' + unwrap(s, 'persName', 'Kennedy'), expect: (o) => expect(o.charCodeAt(0)).toBe(0xfeff) },
    { name: 'letter-spaced signature added → tagged with rend="letterspaced"', base: () => tei000, edit: (s) => s.replace('</div>', '  <closer>S H T Y K O V</closer>\n      </div>'), expect: (o) => expect(o).toMatch(/<persName ref="[^"]+" rend="letterspaced">S H T Y K O V<\/persName>/) },
    { name: 'new date with year from the memo date (cert medium)', base: () => tei002, edit: (s) => s.replace('</div>', '  <p n="16">They met again on December 12.</p>\n      </div>'), expect: (o) => expect(paraWith(o, 'met again')).toMatch(/<date when="1963-12-12" cert="medium">December 12<\/date>/) },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { edited, r } = editAndRetag(c.base(), c.edit);
      c.expect?.(r.xml, edited, r.added.length);
    });
  }
  it(`counts ${cases.length} preservation cases`, () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it('retagging a generated file adds nothing; retagging twice is idempotent', () => {
    for (const t of [tei000, tei002]) expect(retagXml(t, ctx()).changed).toBe(false);
    const once = retagXml(unwrap(tei002, 'persName', 'Kennedy'), ctx()).xml;
    expect(retagXml(once, ctx()).changed).toBe(false);
  });

  it('works on a TEI with a namespace prefix: new elements take the prefix', () => {
    const xml = readFileSync(join(FIX, 'prefixed.xml'), 'utf8');
    const r = retagXml(xml, ctx());
    expect(insertedTags(xml, r.xml)).not.toBeNull();
    expect(r.xml).toContain('<tei:persName ref="per:khrushchev-nikita">Khrushchev</tei:persName>');
    expect(XMLValidator.validate(r.xml)).toBe(true);
  });
});

describe('retag refuses what it cannot rewrite safely, changing nothing', () => {
  const refuse: [string, string, string][] = [
    ['not well-formed', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Khrushchev</body></text></TEI>', 'TE805'],
    ['a DOCTYPE with an external entity (XXE)', '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<TEI><text><body><p>&x; Khrushchev</p></body></text></TEI>', 'TE801'],
    ['XInclude', '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"><text><body><xi:include href="/etc/passwd" parse="text"/><p>Khrushchev</p></body></text></TEI>', 'TE802'],
    ['a register', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson><person xml:id="per-a"><persName>Khrushchev</persName><note>Khrushchev met Kennedy</note></person></listPerson></body></text></TEI>', 'TE805'],
    ['a teiCorpus', '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><TEI><text><body><p>Khrushchev</p></body></text></TEI></teiCorpus>', 'TE805'],
  ];
  for (const [what, xml, code] of refuse) {
    it(what, () => {
      const r = retagXml(xml, ctx());
      expect(r.changed).toBe(false);
      expect(r.xml).toBe(xml);
      expect(r.diagnostics.map((d) => d.code)).toContain(code);
      expect(r.diagnostics[0]!.line).toBeGreaterThan(0);
    });
  }

  it('on disk: UTF-16, Latin-1 declarations and invalid UTF-8 are refused and left untouched', async () => {
    const dir = tmp();
    const files = {
      'u16.xml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<TEI><text><body><p>Khrushchev</p></body></text></TEI>', 'utf16le')]),
      'latin1.xml': Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><TEI><text><body><p>Khrushchev</p></body></text></TEI>', 'latin1'),
      'bad-utf8.xml': Buffer.concat([Buffer.from('<TEI><text><body><p>Khrushchev '), Buffer.from([0xe9, 0xff]), Buffer.from('</p></body></text></TEI>')]),
    };
    for (const [n, b] of Object.entries(files)) writeFileSync(join(dir, n), b);
    const r = await retagFiles({ files: Object.keys(files).map((n) => join(dir, n)), register: [REG] });
    expect(r.diagnostics.filter((d) => d.code === 'TE805')).toHaveLength(3);
    for (const [n, b] of Object.entries(files)) expect(readFileSync(join(dir, n)).equals(b)).toBe(true);
  });
});

describe('retag command and the build', () => {
  function io(cwd: string) {
    const err: string[] = [];
    const out: string[] = [];
    const o: CliIO = { out: (s) => out.push(s), err: (s) => err.push(s), cwd, env: { ...process.env, NO_COLOR: '1' }, isTTY: false };
    return { o, err: () => err.join(''), out: () => out.join('') };
  }

  it('retags in place, adds proposed names to register.xml, and the next build keeps the file and its refs', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'edition.json'), JSON.stringify({ title: 'Retag test', memos: ['memos'], register: ['register.xml'], output: 'out', date: '2024-01-01' }));
    copyFileSync(REG, join(dir, 'register.xml'));
    for (const f of ['000_e5fc993b11dadff5.txt', '002_8b7530e566ca3308.txt']) {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(dir, 'memos'), { recursive: true });
      copyFileSync(join(FIX, f), join(dir, 'memos', f));
    }
    const first = await buildEdition({ config: join(dir, 'edition.json') });
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const teiPath = join(dir, 'out/tei/002_8b7530e566ca3308.xml');
    const edited = readFileSync(teiPath, 'utf8').replace('</div>', '  <p n="16">Ambassador Zhelyazko Bratanovski met Khrushchev.</p>\n      </div>');
    writeFileSync(teiPath, edited);

    const dry = io(dir);
    expect(await main(['retag', teiPath, '--dry-run', '--format', 'json'], dry.o)).toBe(0);
    expect(readFileSync(teiPath, 'utf8')).toBe(edited);
    expect(JSON.parse(dry.out()).map((d: { code: string }) => d.code)).toContain('TE806');

    const c = io(dir);
    expect(await main(['retag', teiPath], c.o)).toBe(0);
    const retagged = readFileSync(teiPath, 'utf8');
    // The added paragraph's two names; retag reads the rest of the file with the edition's register,
    // proposals included, so it may also tag what the build could not know ("the CC" once "KWP CC" is proposed).
    const added = /<p n="16">(.*?)<\/p>/.exec(retagged)?.[1] ?? '';
    expect(added).toMatch(/<persName ref="per:[^"]*bratanovski[^"]*">Zhelyazko Bratanovski<\/persName>/);
    expect(added).toMatch(/<persName ref="per:[^"]+">Khrushchev<\/persName>/);
    const count = Number(/TE806 Retag added (\d+) name\(s\)/.exec(c.err())?.[1]);
    expect(count).toBe((retagged.match(/<(?:persName|placeName|orgName)\b/g) ?? []).length - (edited.match(/<(?:persName|placeName|orgName)\b/g) ?? []).length);
    expect(insertedTags(edited, retagged)).not.toBeNull();
    const newRef = /<persName ref="per:([a-z-]*bratanovski[a-z-]*)">/.exec(retagged)?.[1];
    expect(newRef).toBeDefined();
    expect(readFileSync(join(dir, 'out/tei/register.xml'), 'utf8')).toContain(`xml:id="per-${newRef}"`);

    // The next build keeps the retagged file (TE302) and its proposed entry stays in the register.
    const next = await buildEdition({ config: join(dir, 'edition.json') });
    expect(next.diagnostics.filter((d) => d.code === 'TE302')).toHaveLength(1);
    expect(readFileSync(teiPath, 'utf8')).toBe(retagged);
    expect(readFileSync(join(dir, 'out/tei/register.xml'), 'utf8')).toContain(`xml:id="per-${newRef}"`);
  });

  it('exits 2 without files and 1 for a file it cannot read', async () => {
    const dir = tmp();
    expect(await main(['retag'], io(dir).o)).toBe(2);
    const c = io(dir);
    expect(await main(['retag', join(dir, 'missing.xml'), '--register', REG], c.o)).toBe(1);
    expect(c.err()).toMatch(/TE116/);
    expect(existsSync(join(dir, 'register.xml'))).toBe(false);
  });
});
