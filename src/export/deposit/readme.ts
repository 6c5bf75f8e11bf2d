import type { StageContext } from '../../edition.ts';
import type { DataCiteAttributes } from './datacite.ts';

/** data/README.md: what the bag holds and how to deposit and check it. */
export function depositReadme(ctx: StageContext, d: DataCiteAttributes, parts: string[], bagName: string): string {
  const c = ctx.config;
  return `# ${c.title}${c.subtitle ? `: ${c.subtitle}` : ''}

Version ${c.version}, bagged on ${ctx.build.date} by tei-edition ${ctx.build.toolVersion}.
Published at <${d.url}>. ${d.doi ? `DOI: [${d.doi}](https://doi.org/${d.doi}).` : 'No DOI yet: the DataCite files carry a placeholder (see below).'}

This is a BagIt 1.0 bag (RFC 8493). The payload (this \`data/\` folder) holds:

${parts.map((p) => `- ${p}`).join('\n')}

## Checking the bag

Every payload file is listed with its SHA-256 and SHA-512 checksum in \`manifest-sha256.txt\`
and \`manifest-sha512.txt\`; \`bag-info.txt\` records the payload size (Payload-Oxum).

    tei-edition deposit --verify ${bagName}        # or ${bagName}.zip
    bagit.py --validate ${bagName}                 # Library of Congress bagit-python

## Depositing

- **Zenodo**: upload \`${bagName}.zip\` (or the files under \`data/\`), and fill the form from
  \`data/metadata/datacite.json\` (title, creators, version, licence, keywords). Zenodo reserves
  a DOI on the draft: put it in the config or pass \`--doi\` and rebuild the bag to record it.
- **DSpace**: \`data/metadata/dspace-dublin_core.xml\` is the \`dublin_core.xml\` of the Simple
  Archive Format; add the zip (or the folders you want) as bitstreams.
- **Fedora / other repositories**: the bag imports as is (fcrepo-import-export and most
  preservation systems read BagIt); \`data/metadata/dc.xml\` is simple Dublin Core (oai_dc).
- **DataCite**: \`data/metadata/datacite.xml\` (kernel 4) and \`datacite.json\` (REST API body:
  add \`"doi"\` or \`"prefix"\`, and \`"event": "publish"\` to make the DOI findable).

## Citing

See \`data/CITATION.cff\` and \`data/codemeta.json\`; per-memo citations (CSL-JSON, BibTeX, RIS,
Chicago) are in \`data/export/citations/\`.

Licence: ${c.licence.name}${c.licence.url ? ` (<${c.licence.url}>)` : ''}.
`;
}
