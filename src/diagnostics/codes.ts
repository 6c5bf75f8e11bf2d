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
  TE112: { severity: 'warning', title: 'Unknown front-matter key', hint: 'The key is kept as JSON in the TEI header (xenoData), not used; check its spelling against the documented keys.' },
  TE113: { severity: 'error', title: 'Memo record does not match the schema', hint: 'This is a bug in the reader or a hand-made record; see schema/memo-record.schema.json.' },
  TE114: { severity: 'warning', title: 'Source statement only partly understood', hint: 'The full statement is kept verbatim; the parts that could not be split are not in msIdentifier.' },
  TE115: { severity: 'info', title: 'Empty metadata label ignored', hint: 'Saved archive pages often show labels without values.' },
  TE116: { severity: 'error', title: 'File could not be read', hint: 'Check that the path exists and is readable.' },
  TE117: { severity: 'warning', title: 'File is not valid UTF-8; decoded as Windows-1252', hint: 'Save the memo as UTF-8; check characters outside plain ASCII (quotes, dashes, accented names) against the original.' },
  TE118: { severity: 'error', title: 'File looks binary, not text', hint: 'The file holds NUL bytes or mostly control characters; export the memo as plain text (UTF-8).' },
  TE119: { severity: 'warning', title: 'Page cut off after the memo', hint: 'The page text stops mid-sentence in its metadata (the rights statement): the memo itself is complete; what the page said after the break is lost. Save the page again if you need it.' },
  // TE1xx: read-memo helpers add codes above this line

  // ── TE2xx recognizing entities and dates ───────────────────────────────────────────────
  TE201: { severity: 'info', title: 'Name not in the register (proposed entry)', hint: 'Review the proposed entry and add it to the register (see README "Extending the register").' },
  TE202: { severity: 'warning', title: 'Ambiguous numeric date', hint: 'Day and month order could not be decided; the date carries cert="low". Check it against the original.' },
  TE203: { severity: 'info', title: 'Year inferred from context', hint: 'A date without a year took its year from the memo date; it carries cert="medium".' },
  TE204: { severity: 'warning', title: 'Surname matches several register entries', hint: 'Add a fuller mention or a register variant so the name resolves to one person.' },
  TE205: { severity: 'error', title: 'Register file could not be loaded', hint: 'Fix the register XML; the build goes on without these entries.' },
  TE206: { severity: 'warning', title: 'Duplicate register id', hint: 'Two register entries share an xml:id; the later one is ignored.' },
  TE207: { severity: 'warning', title: 'Register import row rejected', hint: 'See schema/register-import.schema.json for the CSV columns.' },
  TE208: { severity: 'error', title: 'Register file declares a DOCTYPE or entities', hint: 'Register files may not contain <!DOCTYPE> or <!ENTITY> declarations (they are never expanded); remove them. The file was not loaded.' },
  TE209: { severity: 'warning', title: 'Register entry skipped', hint: 'Every <person>, <place> and <org> needs an xml:id with the per-/pla-/org- prefix and a main name; see docs/register.md.' },
  // TE2xx: find-entities helpers add codes above this line

  // ── TE3xx building TEI ─────────────────────────────────────────────────────────────────
  TE301: { severity: 'error', title: 'TEI output is not well-formed', hint: 'A bug in the TEI builder; please report it with the memo.' },
  TE302: { severity: 'warning', title: 'Generated TEI was edited by hand; not overwritten', hint: 'Run "tei-edition retag" on the file, or delete it to regenerate; use --force to overwrite.' },
  TE303: { severity: 'warning', title: 'TEI of a memo no longer in the edition was edited by hand; moved aside', hint: 'Its memo was removed or renamed. The file is kept under output/.build/orphaned/; copy what you need from it, then delete it.' },
  // TE3xx: build-tei helpers add codes above this line

  // ── TE4xx validation ───────────────────────────────────────────────────────────────────
  TE401: { severity: 'error', title: 'XML is not well-formed', hint: 'Fix the XML syntax at the given line and column: an end tag missing or misspelt, an unescaped "&" or "<" in text, mismatched quotes. Nothing else in the file was checked.' },
  TE402: { severity: 'error', title: 'Not a TEI document', hint: 'The root element must be <TEI> or <teiCorpus> in the TEI namespace: <TEI xmlns="http://www.tei-c.org/ns/1.0">.' },
  TE403: { severity: 'error', title: 'File could not be read', hint: 'Check that the path exists and is readable.' },
  TE404: { severity: 'info', title: 'File skipped: not TEI XML or an edition config', hint: 'validate reads .xml files (memo TEI, register, teiCorpus) and edition configs (.json, .yaml, .yml); other files in a folder are left alone.' },
  TE405: { severity: 'error', title: 'Element not allowed here', hint: 'Move the element to a place where it is allowed, or remove it. docs/encoding/ shows where each element goes; docs/encoding/reference.md lists what each element may contain.' },
  TE406: { severity: 'error', title: 'Required element missing', hint: 'Add the missing element in the place shown; docs/encoding/ has an example of each part of a memo and of the register.' },
  TE407: { severity: 'error', title: 'Attribute not allowed on this element', hint: 'Check the spelling of the attribute, or remove it; docs/encoding/reference.md lists the attributes of each element.' },
  TE408: { severity: 'error', title: 'Attribute value not allowed', hint: 'Use one of the values listed in the message. tei-edition closes value lists that TEI leaves open, so renderers and exports know every value (docs/encoding/reference.md).' },
  TE409: { severity: 'error', title: 'Required attribute missing', hint: 'Add the attribute named in the message (docs/encoding/reference.md).' },
  TE410: { severity: 'error', title: 'Text not allowed here', hint: 'Text belongs inside a paragraph (<p>), a heading or another phrase-level element: wrap it, or delete stray characters between elements.' },
  TE411: { severity: 'error', title: 'Element content not valid', hint: 'Compare the element with the allowed values or the examples in docs/encoding/.' },
  TE412: { severity: 'warning', title: 'Memo line numbers not available for this TEI file', hint: 'The source map in output/.build/sourcemap/ is missing, unreadable or older than the TEI file (it was edited by hand). TEI lines are still given; rebuild to map problems back to memo lines.' },
  TE413: { severity: 'info', title: 'No register given: @ref targets not checked', hint: 'Validate the register together with the memos (e.g. "tei-edition validate output/tei"), or pass --register output/tei/register.xml, so every per:/pla:/org: pointer is checked.' },
  TE414: { severity: 'error', title: 'Validation could not run', hint: 'An internal error in tei-edition (schema or Schematron could not be loaded or failed); other checks still ran. Please report it with the file.' },
  TE415: { severity: 'warning', title: 'Path in the edition config does not exist', hint: 'Fix the path (relative paths resolve against the folder of the config file), or create the file or folder.' },
  TE416: { severity: 'warning', title: 'Memo left out of the HTML, PDF and exports: its TEI has errors', hint: 'Fix the validation errors reported for this file (or rebuild it from the memo text); the other memos were rendered.' },
  TE420: { severity: 'error', title: 'Pointer prefix not declared', hint: 'A prefixed pointer such as per:x needs a <prefixDef ident="per"> in encodingDesc/listPrefixDef; add it, or correct the prefix (per: persons, pla: places, org: organisations).' },
  TE421: { severity: 'error', title: 'Pointer does not fit its prefix pattern', hint: 'The part after the prefix must match the prefixDef\'s matchPattern (register ids use lower-case letters, digits and hyphens).' },
  TE422: { severity: 'error', title: 'Pointer to a missing register entry', hint: 'Correct the id, or add the entry to the register (see README "Extending the register") and rebuild.' },
  TE423: { severity: 'error', title: 'Name points to the wrong kind of entity', hint: 'persName must point to a person (per:), placeName to a place (pla:), orgName to an organisation (org:); change the element or the pointer.' },
  TE424: { severity: 'error', title: 'Pointer to a missing element', hint: 'A "#id" pointer must name an xml:id in the same document; correct it or add the id.' },
  TE425: { severity: 'error', title: 'Duplicate xml:id', hint: 'xml:ids must be unique across the whole edition (paragraph ids start with the memo id); rename one of them.' },
  TE426: { severity: 'error', title: 'Not a real calendar date', hint: 'Write the normalized date as YYYY, YYYY-MM or YYYY-MM-DD and check the day exists in that month.' },
  TE427: { severity: 'warning', title: 'Date far from the memo\'s date', hint: 'The normalized year lies more than 30 years before or 10 years after the memo was written: often a misread two-digit year. Correct @when, or leave it if the text really refers to that year.' },
  TE428: { severity: 'error', title: 'Date range ends before it starts', hint: 'Swap @notBefore/@notAfter (or @from/@to), or correct one of them.' },
  TE429: { severity: 'error', title: 'Header date differs from the dateline', hint: 'profileDesc/creation/date must carry the same normalized date as the memo\'s dateline; correct one of them.' },
  TE430: { severity: 'error', title: 'Licence missing', hint: 'Add publicationStmt/availability/licence with the rights statement of the source (the archive page\'s rights text).' },
  TE431: { severity: 'error', title: 'Memo identifier missing', hint: 'Add <idno type="memo"> to publicationStmt with the memo id (the same as TEI/@xml:id).' },
  TE432: { severity: 'error', title: 'Memo identifier differs from the memo\'s xml:id', hint: 'The memo id appears twice (TEI/@xml:id and idno type="memo") and both must be equal; citations and URLs use it.' },
  TE433: { severity: 'error', title: 'Repository or source statement missing', hint: 'Provenance is required: add msDesc/msIdentifier/repository, or <bibl type="source-statement"> with the archive\'s source line.' },
  TE434: { severity: 'error', title: 'Empty name', hint: 'A persName, placeName or orgName must contain the name as written; remove the empty element or put the name in it.' },
  TE435: { severity: 'error', title: 'Memo has no xml:id', hint: 'Give the <TEI> element the memo id as xml:id (it is used in URLs, citations and paragraph ids).' },
  TE436: { severity: 'warning', title: 'Memo date missing from the header', hint: 'Add profileDesc/creation/date with @when (or @notBefore/@notAfter) so the memo can be ordered and cited by date.' },
  TE437: { severity: 'error', title: 'Register entry id missing or wrongly prefixed', hint: 'Register ids start with per- (persons), pla- (places) or org- (organisations), as the prefixDefs of the memos expect.' },
  TE438: { severity: 'error', title: 'Register entry without one main name', hint: 'Mark exactly one name of the entry with type="main" (the others type="variant").' },
  TE439: { severity: 'error', title: 'Coordinates out of range', hint: 'geo holds "latitude longitude" in decimal degrees: latitude within ±90, longitude within ±180 (check they are not swapped).' },
  TE440: { severity: 'warning', title: 'Holding archive not named', hint: 'The memo cites only the digital archive page; add the archive that holds the original (msIdentifier/repository) or its source line (bibl type="source-statement") when you find it.' },
  // TE4xx: validate-tei helpers add codes above this line

  // ── TE5xx rendering ────────────────────────────────────────────────────────────────────
  // TE56x: the print edition (render-print)
  TE560: { severity: 'error', title: 'Memo TEI could not be read for the print edition', hint: 'The file is not well-formed XML; rebuild it with "tei-edition build". The PDF was made without this memo.' },
  TE561: { severity: 'warning', title: 'Register could not be read for the print indexes', hint: 'Fix the register XML; the indexes use the names as they stand in the documents.' },
  TE562: { severity: 'warning', title: 'Introduction file not found or unreadable', hint: 'Check the "introduction" path in the edition config (relative to the config file); the book was made without an introduction.' },
  TE563: { severity: 'error', title: 'Print stylesheet failed', hint: 'A bug in xslt/print/ or an unexpected TEI shape; please report it with the TEI files. No PDF was written.' },
  TE564: { severity: 'error', title: 'PDF could not be laid out or printed', hint: 'Check that Chromium is installed at /usr/bin/chromium (Debian package chromium); the message gives the browser\'s or Paged.js\'s error.' },
  TE565: { severity: 'warning', title: 'Print font not found', hint: 'Install the missing font (npm install, or the Debian package named in the message); the PDF uses a fallback font.' },
  TE566: { severity: 'error', title: 'Unknown memo id for a single-memo PDF', hint: 'Use a TEI/@xml:id of a memo in the edition (see output/tei/*.xml).' },
  TE567: { severity: 'warning', title: 'PDF metadata could not be written', hint: 'The PDF from Chromium was kept as it is (no author, subject, keywords; creation date not normalized).' },
  TE568: { severity: 'error', title: 'PDF file could not be written', hint: 'Check that the output folder is writable and the disk is not full.' },
  TE569: { severity: 'error', title: 'No memo TEI found for the PDF', hint: 'Run "tei-edition build" first (the PDF is made from output/tei/*.xml), or pass --config.' },
  // TE50x: the HTML site (render-html)
  TE501: { severity: 'error', title: 'HTML stylesheet could not be compiled', hint: 'A bug in xslt/html/ or xslt/common/ (the message gives the XSLT error); no HTML was written.' },
  TE502: { severity: 'error', title: 'Memo TEI could not be read for the HTML site', hint: 'The file is not well-formed XML; rebuild it with "tei-edition build". The site was made without this memo.' },
  TE503: { severity: 'warning', title: 'Register could not be read for the HTML site', hint: 'Fix the register XML; popovers and indexes show the names as they stand in the memos.' },
  TE504: { severity: 'error', title: 'HTML stylesheet failed', hint: 'A bug in xslt/html/ or an unexpected TEI shape; please report it with the TEI file. The page was not written.' },
  TE505: { severity: 'warning', title: 'Introduction file not found or unreadable', hint: 'Check the "introduction" path in the edition config (relative to the config file); the home page has no introduction.' },
  TE506: { severity: 'info', title: 'Mention points to no register entry', hint: 'The popover and index show the name as written in the memo; add the entry to the register (see README "Extending the register").' },
  TE507: { severity: 'info', title: 'Place has no coordinates; left off the map', hint: 'Add <location><geo>LAT LON</geo></location> to the place in the register; it is listed under "Places without coordinates".' },
  TE508: { severity: 'error', title: 'HTML file could not be written', hint: 'Check that the output folder is writable and the disk is not full.' },
  // TE5xx: render helpers add codes above this line

  // ── TE6xx exports and deposit ──────────────────────────────────────────────────────────
  TE601: { severity: 'error', title: 'TEI document could not be read for export', hint: 'The file is not well-formed XML or has no TEI root; rebuild it with "tei-edition build". Exports skip this memo.' },
  TE602: { severity: 'warning', title: 'Identifier not usable in export paths', hint: 'DTS and export file names need ids made of A-Z, a-z, 0-9, ".", "_" and "-" (and not "children" or "parents"); the item was left out.' },
  TE603: { severity: 'warning', title: 'Entity reference not found in the register', hint: 'Add the entry to the register, or fix the @ref; the export uses the surface form as the entity label.' },
  TE604: { severity: 'warning', title: 'Entity reference could not be resolved', hint: 'The @ref matches no prefixDef in the TEI header (listPrefixDef) and is not a local pointer; the mention was left out of the entity exports.' },
  TE605: { severity: 'error', title: 'Export file could not be written', hint: 'Check that the output folder is writable and the disk is not full.' },
  TE606: { severity: 'info', title: 'Memo has no usable date', hint: 'Citations print "undated" and the memo sorts last; add a date line to the memo.' },
  TE607: { severity: 'error', title: 'No memo TEI found to export', hint: 'Run "tei-edition build" first; exports read output/tei/*.xml.' },
  TE608: { severity: 'warning', title: 'Deposit part missing', hint: 'The bag was made without it; run "tei-edition build" (and "tei-edition pdf") before "tei-edition deposit" to include it.' },
  TE609: { severity: 'error', title: 'DataCite metadata incomplete or uses a value outside its controlled list', hint: 'Fill the edition config (title, editors, publisher, date) so the six mandatory DataCite properties can be written.' },
  TE610: { severity: 'error', title: 'Bag not found or not a bag', hint: 'Pass the bag folder (holding bagit.txt) or its .zip to "tei-edition deposit --verify".' },
  TE611: { severity: 'error', title: 'Required bag tag file missing or malformed', hint: 'A bag needs bagit.txt (BagIt-Version and Tag-File-Character-Encoding, no BOM), a data/ folder and at least one manifest-<alg>.txt (RFC 8493 §2.1).' },
  TE612: { severity: 'error', title: 'File listed in a manifest is missing from the bag', hint: 'The bag is incomplete: restore the file from the original deposit, or rebuild the bag.' },
  TE613: { severity: 'error', title: 'Payload file not listed in the payload manifests', hint: 'Every file under data/ must be listed in every manifest-<alg>.txt; remove the stray file or rebuild the bag.' },
  TE614: { severity: 'error', title: 'Checksum mismatch', hint: 'The file changed after bagging (tampering or corruption); restore it from the original deposit or rebuild the bag.' },
  TE615: { severity: 'error', title: 'Payload-Oxum does not match the payload', hint: 'bag-info.txt records the payload\'s byte and file counts; files were added, removed or changed after bagging.' },
  TE616: { severity: 'error', title: 'Malformed or unsafe manifest line', hint: 'Each line is "<hex checksum> <path>"; paths stay inside the bag (no absolute paths, "..", "~"), and payload manifests list only data/ paths.' },
  TE617: { severity: 'info', title: 'No DOI given: the DataCite metadata carries a placeholder DOI', hint: 'Pass --doi 10.xxxx/yyyy once the repository has reserved one (Zenodo does on upload), or replace the placeholder in data/metadata/datacite.xml before registering.' },
  // TE6xx: export helpers add codes above this line

  // ── TE7xx build, cache and CLI ─────────────────────────────────────────────────────────
  TE701: { severity: 'error', title: 'Edition config not found or unreadable', hint: 'Run "tei-edition init" or pass --config.' },
  TE702: { severity: 'error', title: 'Edition config does not match the schema', hint: 'See schema/edition-config.schema.json.' },
  TE703: { severity: 'error', title: 'Unexpected internal error while processing a file', hint: 'The other files were built; please report this with the input file.' },
  TE704: { severity: 'error', title: 'Two memos have the same id', hint: 'Give one of them a distinct record id (or an explicit id in its front matter).' },
  TE705: { severity: 'error', title: 'Another build of this edition is running', hint: 'Wait for it to finish; remove output/.build/lock only if no build is running.' },
  TE706: { severity: 'error', title: 'An edition already exists here', hint: 'init never overwrites an edition; choose an empty folder.' },
  TE707: { severity: 'error', title: 'Not a shard output folder', hint: 'merge combines folders written by "tei-edition build --shard i/n --out DIR"; each holds .build/shard.json.' },
  TE708: { severity: 'error', title: 'Shard set incomplete or inconsistent', hint: 'Pass the output folders of every shard of one split (1/n … n/n, same n), each once; see docs/scaling.md.' },
  TE709: { severity: 'error', title: 'Shards do not hold the memos of this edition', hint: 'The shards were built from other memos (or another config) than the merge sees: rebuild the shards from the same checkout, or pass the same --config.' },
  // TE7xx: build helpers add codes above this line

  // ── TE8xx malformed and hostile input ──────────────────────────────────────────────────
  TE801: { severity: 'error', title: 'XML file declares a DOCTYPE or entities; not read', hint: 'Edition TEI never needs a DTD: entity declarations can read local files or the network (XXE) or expand without bound ("billion laughs"). Remove the <!DOCTYPE …> block and write characters as themselves or as &#…; references.' },
  TE802: { severity: 'error', title: 'XML file uses XInclude; not followed', hint: 'xi:include would pull other files or URLs into the edition; paste the included content into the file instead.' },
  TE803: { severity: 'error', title: 'Output path would leave the output folder', hint: 'File names and ids may not contain "../", path separators or absolute paths; rename the input file. Nothing was written outside the output folder.' },
  TE804: { severity: 'error', title: 'Memo file too large', hint: 'A memo is a few pages of text; this file is far larger (a whole book or a wrong file?). Split it into one file per document; it was not converted.' },
  TE805: { severity: 'error', title: 'TEI file could not be retagged', hint: 'retag reads well-formed UTF-8 TEI files with a <text><body> (as written by tei-edition); fix the XML error at the given line, or rebuild the file.' },
  TE806: { severity: 'info', title: 'Retag added markup', hint: 'Review the new persName/placeName/orgName/date elements; everything else in the file is unchanged byte for byte.' },
  TE807: { severity: 'error', title: 'Retag result was not well-formed; file left unchanged', hint: 'A bug in retag; please report it with the TEI file. The file on disk was not touched.' },
  TE808: { severity: 'info', title: 'Stale build lock removed', hint: 'A previous build stopped without finishing (killed or crashed); its lock and temporary files were removed and this build redoes its work.' },
  TE809: { severity: 'error', title: 'Two memos would be written to the same file', hint: 'Output files are named after the memo file: rename one of them so the names differ apart from extension and letter case ("register" and "edition" are taken by the edition).' },
  // TE8xx: robustness helpers add codes above this line
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
