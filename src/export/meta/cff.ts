import type { StageContext } from '../../edition.ts';
import { baseUrl } from '../uris.ts';
import { agent, spdx } from './people.ts';

/** YAML scalars written as JSON strings: always quoted, so "2026-11-22" stays a string (CFF 1.2.0 asks for that). */
const q = (s: string) => JSON.stringify(s);

/** CITATION.cff (Citation File Format 1.2.0) for the edition as a dataset. */
export function citationCff(ctx: StageContext): string {
  const c = ctx.config;
  const lines = [
    'cff-version: 1.2.0',
    `message: ${q('If you use this edition, please cite it as below.')}`,
    `title: ${q(c.title)}`,
    'type: dataset',
    'authors:',
  ];
  for (const e of c.editors.map(agent)) {
    if (e.kind === 'person') lines.push(`  - family-names: ${q(e.family)}`, `    given-names: ${q(e.given)}`);
    else lines.push(`  - name: ${q(e.name)}`);
  }
  lines.push(`version: ${q(c.version)}`, `date-released: ${q(ctx.build.date)}`);
  const licence = spdx(c.licence);
  if (licence) lines.push(`license: ${licence}`);
  lines.push(`url: ${q(baseUrl(c) + '/')}`);
  if (c.subtitle) lines.push(`abstract: ${q(c.subtitle)}`);
  if (c.keywords?.length) lines.push('keywords:', ...c.keywords.map((k) => `  - ${q(k)}`));
  return lines.join('\n') + '\n';
}

/** codemeta.json (CodeMeta 3.0 / schema.org) describing the edition as a Dataset. */
export function codemeta(ctx: StageContext, memoCount: number): Record<string, unknown> {
  const c = ctx.config;
  const licence = spdx(c.licence);
  const o: Record<string, unknown> = {
    '@context': 'https://w3id.org/codemeta/3.0',
    '@type': 'Dataset',
    '@id': `${baseUrl(c)}/`,
    name: c.title,
    version: c.version,
    datePublished: ctx.build.date,
    dateModified: ctx.build.date,
    url: `${baseUrl(c)}/`,
    inLanguage: c.language,
    author: c.editors.map(agent).map((e) =>
      e.kind === 'person' ? { '@type': 'Person', givenName: e.given, familyName: e.family } : { '@type': 'Organization', name: e.name },
    ),
    publisher: { '@type': 'Organization', name: c.publisher },
    license: licence ? `https://spdx.org/licenses/${licence}` : (c.licence.url ?? c.licence.name),
    encodingFormat: ['application/tei+xml', 'text/html', 'application/pdf'],
    size: `${memoCount} memoranda`,
  };
  if (c.subtitle) o.description = c.subtitle;
  if (c.keywords?.length) o.keywords = c.keywords;
  return o;
}
