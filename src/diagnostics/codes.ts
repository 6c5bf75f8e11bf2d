/**
 * The one table of diagnostic codes. Codes are stable: never renumber or reuse one; retire a code
 * by leaving its row with `retired: true`. `docs/diagnostics.md` is generated from this table
 * (see scripts/gen-docs.ts), so the message templates here are the documentation.
 *
 * Ranges: TE1xx reading input, TE2xx recognizing entities, TE3xx building TEI, TE4xx validation,
 * TE5xx rendering (HTML/PDF), TE6xx exports and deposit, TE7xx build orchestration, cache and CLI,
 * TE8xx hostile or malformed input (encoding, XML attacks, paths).
 */
export type Severity = 'error' | 'warning' | 'info';

export interface CodeInfo {
  severity: Severity;
  title: string;
  hint: string;
  retired?: boolean;
}

export const CODES = {
  // ── TE1xx reading memos and front matter ────────────────────────────────────────────────
  TE101: { severity: 'error', title: 'File is empty', hint: 'Add the memo text, or remove the file from the corpus.' },
  TE102: { severity: 'error', title: 'No date line found', hint: 'The first line of the memo (after page furniture) should be a date such as "February 26, 1964", "February 1964" or "1964".' },
  TE103: { severity: 'error', title: 'No title line found', hint: 'The line after the date line should be the memo title.' },
  TE104: { severity: 'warning', title: 'No body paragraphs found', hint: 'The memo text between the title and the summary is empty.' },
  TE105: { severity: 'warning', title: 'Stray paragraph before the date line', hint: 'Text before the date line is not part of this memo (often another document\'s summary); it was left out of the body and summary.' },
  TE106: { severity: 'warning', title: 'Memo appears truncated', hint: 'The page text stops before the "Document Information" block; the TEI is marked incomplete with <gap reason="truncated"/>.' },
  TE107: { severity: 'warning', title: 'No source statement', hint: 'Provenance (archive, translator) could not be found; add it under "Document Information" or in the front matter.' },
  TE108: { severity: 'info', title: 'No summary paragraph', hint: 'The archive summary after the body was not found.' },
  TE109: { severity: 'warning', title: 'Date line could not be normalized', hint: 'Write the date line as "Month D, YYYY", "Month YYYY", "YYYY" or a range.' },
  TE110: { severity: 'error', title: 'Front matter is not valid YAML', hint: 'Fix the YAML between the two "---" lines.' },
  TE111: { severity: 'error', title: 'Front matter does not match the schema', hint: 'See schema/memo-front-matter.schema.json for the allowed keys and types.' },
  TE112: { severity: 'warning', title: 'Unknown front-matter key', hint: 'The key is ignored; check its spelling against the documented keys.' },
  TE113: { severity: 'error', title: 'Memo record does not match the schema', hint: 'This is a bug in the reader or a hand-made record; see schema/memo-record.schema.json.' },
  TE114: { severity: 'warning', title: 'Source statement only partly understood', hint: 'The full statement is kept verbatim; the parts that could not be split are not in msIdentifier.' },
  TE115: { severity: 'info', title: 'Empty metadata label ignored', hint: 'Saved archive pages often show labels without values.' },
  TE116: { severity: 'error', title: 'File could not be read', hint: 'Check that the path exists and is readable.' },
  // TE1xx: read-memo helpers add codes above this line

  // ── TE2xx recognizing entities and dates ───────────────────────────────────────────────
  TE201: { severity: 'info', title: 'Name not in the register (proposed entry)', hint: 'Review the proposed entry and add it to the register (see README "Extending the register").' },
  TE202: { severity: 'warning', title: 'Ambiguous numeric date', hint: 'Day and month order could not be decided; the date carries cert="low". Check it against the original.' },
  TE203: { severity: 'info', title: 'Year inferred from context', hint: 'A date without a year took its year from the memo date; it carries cert="medium".' },
  TE204: { severity: 'warning', title: 'Surname matches several register entries', hint: 'Add a fuller mention or a register variant so the name resolves to one person.' },
  TE205: { severity: 'error', title: 'Register file could not be loaded', hint: 'Fix the register XML; the build goes on without these entries.' },
  TE206: { severity: 'warning', title: 'Duplicate register id', hint: 'Two register entries share an xml:id; the later one is ignored.' },
  TE207: { severity: 'warning', title: 'Register import row rejected', hint: 'See schema/register-import.schema.json for the CSV columns.' },
  // TE2xx: find-entities helpers add codes above this line

  // ── TE3xx building TEI ─────────────────────────────────────────────────────────────────
  TE301: { severity: 'error', title: 'TEI output is not well-formed', hint: 'A bug in the TEI builder; please report it with the memo.' },
  TE302: { severity: 'warning', title: 'Generated TEI was edited by hand; not overwritten', hint: 'Run "tei-edition retag" on the file, or delete it to regenerate; use --force to overwrite.' },
  // TE3xx: build-tei helpers add codes above this line

  // ── TE4xx validation ───────────────────────────────────────────────────────────────────
  // TE4xx: validate-tei helpers add codes above this line

  // ── TE5xx rendering ────────────────────────────────────────────────────────────────────
  // TE5xx: render helpers add codes above this line

  // ── TE6xx exports and deposit ──────────────────────────────────────────────────────────
  // TE6xx: export helpers add codes above this line

  // ── TE7xx build, cache and CLI ─────────────────────────────────────────────────────────
  TE701: { severity: 'error', title: 'Edition config not found or unreadable', hint: 'Run "tei-edition init" or pass --config.' },
  TE702: { severity: 'error', title: 'Edition config does not match the schema', hint: 'See schema/edition-config.schema.json.' },
  TE703: { severity: 'error', title: 'Unexpected internal error while processing a file', hint: 'The other files were built; please report this with the input file.' },
  // TE7xx: build helpers add codes above this line

  // ── TE8xx malformed and hostile input ──────────────────────────────────────────────────
  // TE8xx: robustness helpers add codes above this line
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
