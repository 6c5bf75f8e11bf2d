import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { StageContext, StageResult } from '../../edition.ts';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { exportData } from '../data.ts';
import { citationCff, codemeta } from '../meta/cff.ts';
import { OutputWriter } from '../write.ts';
import { ALGORITHMS, BAGIT_TXT, bagInfoText, digests, humanSize, manifestText } from './bagit.ts';
import { checkDataCite, dataciteAttributes, placeholderDoi } from './datacite.ts';
import { dataciteJson, dataciteXml, dspaceDc, oaiDc } from './metadata-xml.ts';
import { depositReadme } from './readme.ts';
import { dirSource } from './source.ts';
import { writeZip } from './zip.ts';

export { verifyBag, type VerifyResult } from './verify.ts';

export interface DepositOptions {
  /** Folder for the bag and its zip (default <outDir>/deposit). */
  out?: string;
  /** The edition's DOI (10.xxxx/yyyy), when the repository has reserved one. */
  doi?: string;
  /** Also write <bag>.zip (default true). */
  zip?: boolean;
}

/** What goes into data/, from the build output: [source under outDir, label for the README]. */
const PARTS: [string, string][] = [
  ['tei', '`tei/`: the TEI P5 memos, the register (`register.xml`) and the whole edition as a teiCorpus (`edition.xml`)'],
  ['html', '`html/`: the HTML edition (open `html/index.html`)'],
  ['print/edition.pdf', '`print/edition.pdf`: the print edition'],
  ['export', '`export/`: citations (CSL-JSON, BibTeX, RIS, Chicago), entities (CSV, JSON), network (CSV, GEXF), JSON-LD, plain text and Markdown'],
  ['dts', '`dts/`: the Distributed Text Services 1.0 API as static files'],
];

/**
 * Writes a BagIt bag of the edition (and a deterministic zip of it). Reads what the build and
 * exports wrote under ctx.outDir; missing parts are left out with TE608. Run exportAll first.
 */
export async function deposit(ctx: StageContext, opts: DepositOptions = {}): Promise<StageResult & { bag?: string; zip?: string }> {
  const ds: Diagnostic[] = [];
  if (!ctx.memos.length) return { diagnostics: [diagnostic('TE607', { file: join(ctx.outDir, 'tei') })], written: [] };
  const outRoot = resolve(opts.out ?? join(ctx.outDir, 'deposit'));
  const bagName = `${ctx.config.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '')}-${ctx.config.version}`.replace(/[^A-Za-z0-9._-]/g, '-');
  const bagDir = join(outRoot, bagName);
  const tmp = `${bagDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const bag = new OutputWriter(tmp);

  const included: string[] = [];
  for (const [src, label] of PARTS) {
    const from = join(ctx.outDir, src);
    if (!existsSync(from)) {
      const pdfOff = src.endsWith('.pdf') && ctx.config.pdf?.enabled === false;
      ds.push(diagnostic('TE608', { file: from, severity: pdfOff ? 'info' : 'warning', message: `Deposit part missing: ${src} (not in the bag)` }));
      continue;
    }
    included.push(label);
    const files = statSync(from).isDirectory() ? dirSource(from).files().map((f) => [join(from, f), `data/${src}/${f}`]) : [[from, `data/${src}`]];
    for (const [abs, rel] of files) {
      if (abs.startsWith(outRoot + sep)) continue; // earlier bags, when --out points inside a part
      if (/[%\r\n]/.test(rel)) {
        // RFC 8493 and bagit-python disagree on escaping "%": such names cannot be valid for both.
        ds.push(diagnostic('TE602', { file: abs, message: `File name with "%", CR or LF left out of the bag: ${rel}` }));
        continue;
      }
      bag.write(rel, readFileSync(abs));
    }
  }

  const data = exportData(ctx);
  const attrs = dataciteAttributes(ctx, data, opts.doi);
  const dcFile = join(bagDir, 'data/metadata/datacite.json');
  ds.push(...checkDataCite(attrs, dcFile));
  if (!opts.doi) ds.push(diagnostic('TE617', { file: dcFile }));
  bag.write('data/metadata/datacite.xml', dataciteXml(attrs, placeholderDoi(ctx)));
  bag.json('data/metadata/datacite.json', dataciteJson(attrs));
  bag.write('data/metadata/dc.xml', oaiDc(attrs, ctx));
  bag.write('data/metadata/dspace-dublin_core.xml', dspaceDc(attrs, ctx));
  bag.write('data/CITATION.cff', citationCff(ctx));
  bag.json('data/codemeta.json', codemeta(ctx, data.memos.length));
  bag.write('data/README.md', depositReadme(ctx, attrs, [...included, '`metadata/`: DataCite (XML, JSON), Dublin Core, DSpace'], bagName));

  // Manifests from one file list, then bagit.txt and bag-info.txt, tag manifests last (RFC 8493 §2).
  const payload = dirSource(tmp).files().filter((f) => f.startsWith('data/'));
  const sums = payload.map((p) => {
    const buf = readFileSync(join(tmp, p));
    return { path: p, size: buf.length, d: digests(buf) };
  });
  for (const alg of ALGORITHMS) bag.write(`manifest-${alg}.txt`, manifestText(sums.map((s) => ({ path: s.path, digest: s.d[alg] }))));
  const bytes = sums.reduce((n, s) => n + s.size, 0);
  bag.write('bagit.txt', BAGIT_TXT);
  bag.write(
    'bag-info.txt',
    bagInfoText([
      ['Source-Organization', ctx.config.publisher],
      ['External-Description', `${ctx.config.title}, version ${ctx.config.version}: TEI P5 edition of ${data.memos.length} memoranda with its renderings, citations, entity data and DTS API.`],
      ['External-Identifier', opts.doi ? `https://doi.org/${opts.doi}` : attrs.url],
      ['Bagging-Date', ctx.build.date],
      ['Bag-Size', humanSize(bytes)],
      ['Payload-Oxum', `${bytes}.${sums.length}`],
      ['Bag-Software-Agent', `tei-edition ${ctx.build.toolVersion}`],
    ]),
  );
  const tags = ['bagit.txt', 'bag-info.txt', ...ALGORITHMS.map((a) => `manifest-${a}.txt`)].map((p) => ({ path: p, d: digests(readFileSync(join(tmp, p))) }));
  for (const alg of ALGORITHMS) bag.write(`tagmanifest-${alg}.txt`, manifestText(tags.map((t) => ({ path: t.path, digest: t.d[alg] }))));

  if (bag.diagnostics.length) {
    rmSync(tmp, { recursive: true, force: true });
    return { diagnostics: [...ds, ...bag.diagnostics], written: [] };
  }
  rmSync(bagDir, { recursive: true, force: true });
  mkdirSync(outRoot, { recursive: true });
  renameSync(tmp, bagDir);
  const rel = (p: string) => relative(ctx.outDir, p).split('\\').join('/');
  const written = bag.written.map((w) => rel(join(bagDir, w)));
  let zipPath: string | undefined;
  if (opts.zip !== false) {
    zipPath = `${bagDir}.zip`;
    const err = await writeZip(bagDir, bagName, zipPath, ctx.build.timestamp || ctx.build.date);
    if (err) ds.push(diagnostic('TE605', { file: zipPath, message: `Bag zip could not be written: ${err}` }));
    else written.push(rel(zipPath));
  }
  return { diagnostics: ds, written: written.sort(), bag: bagDir, zip: zipPath };
}
