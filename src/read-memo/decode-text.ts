/**
 * Byte → text decoding for memo files. Saved archive pages arrive in whatever encoding the saving
 * browser or editor chose, so the reader accepts UTF-8 (with or without BOM), UTF-16 with a BOM
 * (or an unmistakable NUL pattern), and falls back to Windows-1252 (the WHATWG "latin1") for bytes
 * that are not valid UTF-8. Line ends are kept exactly as in the file.
 */

export interface DecodeProblem {
  /** TE117: decoded by a fallback encoding; TE118: binary content. */
  code: 'TE117' | 'TE118';
  /** Offset in the decoded text (UTF-16 code units) of the first offending character. */
  offset?: number;
  message: string;
}

export interface DecodedText {
  text: string;
  encoding: string;
  problems: DecodeProblem[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  const problems: DecodeProblem[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', problems);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', problems);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const sniffed = bom ? undefined : sniffUtf16(body);
  if (sniffed) return utf16(body, sniffed, problems);

  let text: string;
  let encoding = 'utf-8';
  try {
    text = utf8Strict.decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    text = decodeWindows1252(body);
    encoding = 'windows-1252';
    problems.push({
      code: 'TE117',
      offset: bad,
      message: `File is not valid UTF-8 (first bad byte at ${bad}); decoded as Windows-1252`,
    });
  }
  checkBinary(text, problems);
  return { text, encoding, problems };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', problems: DecodeProblem[]): DecodedText {
  if (bytes.length % 2 === 1) {
    problems.push({ code: 'TE117', offset: undefined, message: `${encoding.toUpperCase()} file has an odd number of bytes; the last byte was dropped` });
  }
  // Non-fatal: lone surrogates become U+FFFD rather than stopping the read.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  checkBinary(text, problems);
  return { text, encoding, problems };
}

/** UTF-16 without BOM: most ASCII text then has NUL in every other byte, on one side only. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul === 0) return 'utf-16be';
  return undefined;
}

/** NUL (and a high share of other C0 controls) means this is not a text file. */
function checkBinary(text: string, problems: DecodeProblem[]): void {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    problems.push({ code: 'TE118', offset: nul, message: `File holds NUL bytes (first at character ${nul}); it looks binary, not text` });
    return;
  }
  const sample = text.slice(0, 8192);
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001a\u001c-\u001f]/g)?.length ?? 0;
  if (sample.length > 0 && controls > 8 && controls / sample.length > 0.05) {
    problems.push({ code: 'TE118', offset: 0, message: 'File is mostly control characters; it looks binary, not text' });
  }
}

/** Byte offset of the first byte that breaks UTF-8 (for the warning's position). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

/**
 * Windows-1252 by hand: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as ISO-8859-1 C1
 * controls, which would turn the curly quotes and dashes of Word-saved memos into invisible
 * characters. Bytes that 1252 leaves undefined keep their C1 code point, as in WHATWG.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b)));
  }
  return out;
}
