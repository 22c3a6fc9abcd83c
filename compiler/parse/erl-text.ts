// How OTP writes terms as text, for the messages and strings the scanner and the
// preprocessor must reproduce character for character:
//
//   writeString / writeChar    io_lib:write_string/2 and io_lib:write_char/1
//   writeAtom                  io_lib:write_atom/1 (`~w` of an atom, latin-1 mode:
//                              characters above 255 written as \x{...})
//   formatFloat                float_to_list(F, [short]), which is what `~w` prints
//   sliceGraphemes             string:slice(S, 0, N) for the head of an unterminated string
//
// Strings here are JS strings; "characters" are Unicode code points, as in Erlang lists.

const RESERVED = new Set([
  'after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr', 'bxor', 'case', 'catch',
  'cond', 'div', 'end', 'fun', 'if', 'let', 'not', 'of', 'or', 'orelse', 'receive', 'rem', 'try',
  'when', 'xor',
]);

/** erl_scan:f_reserved_word/1 (the words reserved whatever features are enabled). */
export function isReservedWord(name: string): boolean {
  return RESERVED.has(name);
}

/** How io_lib escapes one character of a quoted text; `latin1Only` escapes characters
 * above 255 as \x{H} (io_lib's `unicode_as_latin1`). */
function stringChar(c: number, q: number, latin1Only: boolean): string {
  if (c === q) return '\\' + String.fromCodePoint(c);
  if (c === 92) return '\\\\';
  if (c >= 32 && c <= 126) return String.fromCharCode(c);
  if (c >= 160) {
    if (latin1Only && c > 255) return '\\x{' + c.toString(16).toUpperCase() + '}';
    return String.fromCodePoint(c);
  }
  switch (c) {
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
    case 8: return '\\b';
    case 12: return '\\f';
    case 27: return '\\e';
    case 127: return '\\d';
  }
  return '\\' + (c >> 6) + ((c >> 3) & 7) + (c & 7);
}

/** io_lib:write_string(S, Q): S between quotes Q, escaped. */
export function writeString(s: string, q = '"', latin1Only = false): string {
  const qc = q.charCodeAt(0);
  let out = q;
  for (const ch of s) out += stringChar(ch.codePointAt(0)!, qc, latin1Only);
  return out + q;
}

/** io_lib:write_char(C): `$c`, `$\n`, `$\s`, ... */
export function writeChar(c: number): string {
  if (c === 32) return '$\\s';
  return '$' + stringChar(c, -1, false);
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Characters allowed after the first one of an unquoted atom or a variable. */
export function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 64 ||
    (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)
  );
}

/** Whether io_lib must quote an atom (reserved word, or not a plain name). */
export function atomNeedsQuotes(name: string): boolean {
  if (RESERVED.has(name)) return true;
  if (name.length === 0 || !isLower(name.charCodeAt(0))) return true;
  for (let i = 1; i < name.length; i++) if (!isNameChar(name.charCodeAt(i))) return true;
  return false;
}

/** io_lib:write_atom/1 (`latin1Only`: write_atom_as_latin1, which `~w` uses). */
export function writeAtom(name: string, latin1Only = true): string {
  return atomNeedsQuotes(name) ? writeString(name, "'", latin1Only) : name;
}

/** float_to_list(F, [short]): the shortest digits that read back as F, written in the
 * shorter of plain (`123.0`) and scientific (`1.0e5`) notation, plain on a tie, and
 * always scientific from 2^53 up (where not every integer is a float). Checked against
 * OTP on thousands of random floats (test/parser/term.test.ts). */
export function formatFloat(f: number): string {
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0';
  const sign = f < 0 ? '-' : '';
  // toExponential() without an argument gives the shortest round-trip digits.
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(Math.abs(f).toExponential())!;
  const digits = m[1]! + (m[2] ?? '');
  const exp = Number(m[3]);
  const sci = digits[0] + '.' + (digits.length > 1 ? digits.slice(1) : '0') + 'e' + exp;
  let plain: string;
  if (exp >= 0) {
    const intLen = exp + 1;
    plain = digits.length <= intLen
      ? digits + '0'.repeat(intLen - digits.length) + '.0'
      : digits.slice(0, intLen) + '.' + digits.slice(intLen);
  } else {
    plain = '0.' + '0'.repeat(-exp - 1) + digits;
  }
  return sign + (Math.abs(f) < 2 ** 53 && plain.length <= sci.length ? plain : sci);
}

type Segmenter = { segment(s: string): Iterable<{ segment: string }> };
let segmenter: Segmenter | null | undefined;

/** string:slice(S, 0, N): the first N grapheme clusters of S. */
export function sliceGraphemes(s: string, n: number): string {
  if (segmenter === undefined) {
    const Seg = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => Segmenter }).Segmenter;
    segmenter = Seg ? new Seg(undefined, { granularity: 'grapheme' }) : null;
  }
  if (segmenter) {
    let out = '';
    let k = 0;
    for (const g of segmenter.segment(s)) {
      if (k++ === n) break;
      out += g.segment;
    }
    return out;
  }
  // Without Intl.Segmenter: CR LF and combining marks stay with what precedes them.
  const clusters = s.match(/\r\n|[\s\S]\p{M}*/gu) ?? [];
  return clusters.slice(0, n).join('');
}
