/**
 * Scores TEI against gold annotations: `npx tsx scripts/score.ts GOLD_DIR TEI_DIR [--misses]`.
 * Pairs NAME.gold.json with NAME.xml, like the project's reference scorer.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type GoldDoc, score } from '../src/evaluate/score.ts';

const [goldDir, teiDir] = process.argv.slice(2);
if (!goldDir || !teiDir) {
  console.error('usage: score.ts GOLD_DIR TEI_DIR [--misses]');
  process.exit(2);
}
const pairs = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => {
    const name = f.slice(0, -'.gold.json'.length);
    const xmlPath = join(teiDir, `${name}.xml`);
    return { name, gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldDoc, xml: existsSync(xmlPath) ? readFileSync(xmlPath, 'utf8') : undefined };
  });
const r = score(pairs);
for (const [t, v] of Object.entries(r.types)) console.log(`${t.padEnd(7)} P=${v.P.toFixed(3)} R=${v.R.toFixed(3)} F1=${v.F1.toFixed(3)}  (tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`);
console.log(`micro   P=${r.micro.P.toFixed(3)} R=${r.micro.R.toFixed(3)} F1=${r.micro.F1.toFixed(3)}`);
console.log(`date @when accuracy ${r.dateWhenAccuracy}; link consistency ${r.linkConsistency}; over-merged refs ${r.linkOvermerge}`);
console.log('header fields', r.fields);
if (process.argv.includes('--misses')) for (const m of r.misses) console.log(`  ${m.kind} ${m.type.padEnd(6)} ${m.doc}: ${m.text}`);
