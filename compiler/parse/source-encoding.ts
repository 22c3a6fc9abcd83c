// Source bytes -> text, as epp reads a file.
//
// epp looks for an encoding comment in the first two lines (epp:read_encoding_from_binary
// in comment-only mode): after a `%`, the word `coding`, optional spaces, `:` or `=`,
// optional spaces, then a name made of letters and digits in `-`-separated parts;
// `latin-1...` means Latin-1, `utf-8...` UTF-8, anything else is ignored. Only the first
// 512 bytes are examined. Without such a comment the file is UTF-8.
//
// A UTF-8 file that is not valid UTF-8 is decoded up to its first bad byte: that prefix
// is what OTP's file server hands the scanner before it gives up (the lexer then reports
// `cannot translate from UTF-8` where erl_scan would have asked for more). A byte-order
// mark is kept: erl_scan rejects it as an illegal character, and so do we.

export interface DecodedSource {
  text: string;
  /** The encoding epp would report: from the coding comment, or none. */
  encoding: 'latin1' | 'utf8' | 'none';
  /** Set when the bytes are not valid UTF-8: `text` is the decodable prefix. */
  invalidUtf8?: boolean;
}

const ENC_LIMIT = 512;

/** The encoding named by a coding comment in the first two lines, if any. */
export function readEncoding(bytes: Uint8Array): 'latin1' | 'utf8' | undefined {
  const n = Math.min(bytes.length, ENC_LIMIT);
  let line = 0;
  let i = 0;
  while (i < n && line < 2) {
    // Find a `%` on this line.
    while (i < n && bytes[i] !== 0x25 && bytes[i] !== 0x0a) i++;
    if (i >= n) return undefined;
    if (bytes[i] === 0x0a) {
      line++;
      i++;
      continue;
    }
    // In a comment: look for `coding` up to the end of the line.
    i++;
    for (;;) {
      while (i < n && bytes[i] !== 0x63 && bytes[i] !== 0x0a) i++;
      if (i >= n) return undefined;
      if (bytes[i] === 0x0a) break;
      i++;
      if (!matchAscii(bytes, i, n, 'oding')) continue;
      const r = afterCoding(bytes, i + 5, n);
      if (r === 'retry') continue;
      return r;
    }
  }
  return undefined;
}

function matchAscii(bytes: Uint8Array, i: number, n: number, word: string): boolean {
  if (i + word.length > n) return false;
  for (let k = 0; k < word.length; k++) if (bytes[i + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** After `coding`: separator, spaces, the name. 'retry' resumes the search for `c`. */
function afterCoding(bytes: Uint8Array, i: number, n: number): 'latin1' | 'utf8' | undefined | 'retry' {
  while (i < n && bytes[i] === 0x20) i++;
  if (i >= n) return undefined;
  if (bytes[i] !== 0x3a && bytes[i] !== 0x3d) return 'retry';
  i++;
  while (i < n && bytes[i] === 0x20) i++;
  const parts: string[] = [''];
  for (; i < n; i++) {
    const c = bytes[i]!;
    const alnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
    if (alnum) parts[parts.length - 1] += String.fromCharCode(c).toLowerCase();
    else if (c === 0x2d) parts.push('');
    else break;
  }
  if (parts[0] === 'latin' && parts[1] === '1') return 'latin1';
  if (parts[0] === 'utf' && parts[1] === '8') return 'utf8';
  return undefined;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode a source file's bytes the way epp reads them. */
export function decodeSourceDetailed(bytes: Uint8Array): DecodedSource {
  const enc = readEncoding(bytes);
  if (enc === 'latin1') return { text: latin1(bytes), encoding: 'latin1' };
  const encoding = enc ?? 'none';
  try {
    return { text: utf8Fatal.decode(bytes), encoding };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { text: utf8Fatal.decode(bytes.subarray(0, bad)), encoding, invalidUtf8: true };
  }
}

/** Decode a source file's bytes the way epp does (the text only). */
export function decodeSource(bytes: Uint8Array): string {
  return decodeSourceDetailed(bytes).text;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + CHUNK)));
  }
  return s;
}

/** Offset of the first byte that does not start a complete, valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= b.length) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}
