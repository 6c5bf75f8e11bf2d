/**
 * Sentence and list splitting for short metadata statements. A period ends a sentence only before
 * a capital letter, and not after an initial ("V. P. Moskovskyi") or a common abbreviation.
 */
// With the archival ones: "sygn. V/170" (Polish signature), "op. 5", "sv. 73", "inv. 2".
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'nr', 'nos', 'vol', 'inc', 'co', 'cf', 'ed', 'eds', 'trans', 'c', 'ca', 'cde',
  'sygn', 'sign', 'op', 'sv', 'kart', 'inv', 'pp', 'ff', 'fol', 'fols', 'll']);

export function splitSentences(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  // A sentence begins with a capital, in any script: not "41. ő.e." (a Hungarian storage unit).
  const re = /\.\s+(?=\p{Lu})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const word = /([\p{L}]+)$/u.exec(s.slice(from, m.index))?.[1] ?? '';
    if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) continue;
    out.push(s.slice(from, m.index + 1).trim());
    from = m.index + m[0].length;
  }
  const last = s.slice(from).trim();
  if (last) out.push(last);
  return out;
}

/** Splits on `sep` outside parentheses and brackets. */
export function splitTopLevel(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}
