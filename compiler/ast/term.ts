// Erlang terms, and the few ways OTP writes them that the front end needs.
//
// Attribute values are terms: erl_parse turns `-dialyzer({nowarn_function, f/1}).` into
// the term `{nowarn_function, {f, 1}}` (`normalise/1` after `attribute_farity/1`), so the
// parser checks that an attribute's expression *is* a term, and erl-parse-text prints it
// the way `io_lib:format("~w", ...)` does. The writers here follow io_lib:
//   * writeTermW     ~w of a term (atoms quoted and Latin-1-escaped as io_lib:write does);
//   * writeAtom      io_lib:write_atom/1 (Unicode kept), used in syntax error messages;
//   * writeString    io_lib:write_string/1, writeChar io_lib:write_char/1;
//   * formatFloat    float_to_list(F, [short]), which is what ~w and io_lib:write use.
// Atom quoting uses erl_scan's reserved words of OTP 25 (`maybe`/`else` only count when
// the maybe_expr feature is on, so io_lib does not quote them).

export type ErlTerm =
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'atom'; v: string }
  | { k: 'nil' }
  | { k: 'cons'; h: ErlTerm; t: ErlTerm }
  | { k: 'tuple'; items: ErlTerm[] }
  /** A bitstring: `bits` is the total bit length; bytes hold the bits MSB first. */
  | { k: 'bin'; bytes: Uint8Array; bits: number }
  | { k: 'map'; pairs: [ErlTerm, ErlTerm][] }
  | { k: 'fun'; m: string; f: string; a: bigint };

export const NIL: ErlTerm = { k: 'nil' };

export function atomT(v: string): ErlTerm {
  return { k: 'atom', v };
}

export function listT(items: ErlTerm[], tail: ErlTerm = NIL): ErlTerm {
  let t = tail;
  for (let i = items.length - 1; i >= 0; i--) t = { k: 'cons', h: items[i]!, t };
  return t;
}

export function stringT(s: string): ErlTerm {
  const cps: ErlTerm[] = [];
  for (const ch of s) cps.push({ k: 'int', v: BigInt(ch.codePointAt(0)!) });
  return listT(cps);
}

/** The elements of a proper list, or undefined. */
export function properList(t: ErlTerm): ErlTerm[] | undefined {
  const out: ErlTerm[] = [];
  let c = t;
  while (c.k === 'cons') {
    out.push(c.h);
    c = c.t;
  }
  return c.k === 'nil' ? out : undefined;
}

// ------------------------------------------------------------- atom quoting

/** erl_scan:reserved_word/1 in OTP 25 with the default features. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'after', 'begin', 'case', 'try', 'cond', 'catch', 'andalso', 'orelse', 'end', 'fun', 'if',
  'let', 'of', 'receive', 'when', 'bnot', 'not', 'div', 'rem', 'band', 'and', 'bor', 'bxor',
  'bsl', 'bsr', 'or', 'xor',
]);

function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 64 ||
    (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
  );
}

/** io_lib:quote_atom/2: does the atom need quotes to read back? `extra` adds reserved words. */
export function atomNeedsQuotes(name: string, extra?: ReadonlySet<string>): boolean {
  if (RESERVED_WORDS.has(name) || extra?.has(name)) return true;
  const first = name.codePointAt(0);
  if (first === undefined) return true;
  if (!((first >= 97 && first <= 122) || (first >= 0xdf && first <= 0xff && first !== 0xf7))) return true;
  for (let i = 1; i < name.length; i++) if (!isNameChar(name.charCodeAt(i))) return true;
  return false;
}

type StringEnc = 'unicode' | 'latin1';

/** io_lib:string_char/4 for one code point. */
function stringChar(enc: StringEnc, c: number, q: number): string {
  if (c === q) return '\\' + String.fromCodePoint(c);
  if (c === 92) return '\\\\';
  if (c >= 32 && c <= 126) return String.fromCharCode(c);
  if (c >= 160 && (enc === 'unicode' || c <= 255)) return String.fromCodePoint(c);
  if (c > 255) return '\\x{' + c.toString(16).toUpperCase() + '}';
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
  return '\\' + ((c >> 6) & 7).toString() + ((c >> 3) & 7).toString() + (c & 7).toString();
}

function writeQuoted(s: string, q: string, enc: StringEnc): string {
  const qc = q.charCodeAt(0);
  let out = q;
  for (const ch of s) out += stringChar(enc, ch.codePointAt(0)!, qc);
  return out + q;
}

/** io_lib:write_string/1 (Unicode characters kept). */
export function writeString(s: string): string {
  return writeQuoted(s, '"', 'unicode');
}

/** io_lib:write_atom/1 (Unicode characters kept). */
export function writeAtom(name: string): string {
  return atomNeedsQuotes(name) ? writeQuoted(name, "'", 'unicode') : name;
}

/** An atom in single quotes, escaped as io_lib does (Unicode kept). */
export function quotedAtom(name: string): string {
  return writeQuoted(name, "'", 'unicode');
}

/** How ~w writes an atom: characters above 255 become `\x{...}`. */
export function writeAtomW(name: string): string {
  return atomNeedsQuotes(name) ? writeQuoted(name, "'", 'latin1') : name;
}

/** io_lib:write_char/1. */
export function writeChar(c: number): string {
  if (c === 32) return '$\\s';
  return '$' + stringChar('unicode', c, -1);
}

// ------------------------------------------------------------------- floats

/** float_to_list(F, [short]): the shortest digits that read back, in whichever of the
 * fixed and the scientific notation is shorter (fixed on a tie; scientific from 2^53
 * up), always with a `.`. Checked against OTP on thousands of random floats. */
export function formatFloat(x: number): string {
  if (Object.is(x, -0)) return '-0.0';
  if (x === 0) return '0.0';
  const neg = x < 0;
  const [mant, expS] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const exp = Number(expS);
  const n = digits.length;
  const sci = (n === 1 ? digits + '.0' : digits[0] + '.' + digits.slice(1)) + 'e' + exp;
  let fixed: string;
  if (exp >= n - 1) fixed = digits + '0'.repeat(exp - n + 1) + '.0';
  else if (exp < 0) fixed = '0.' + '0'.repeat(-exp - 1) + digits;
  else fixed = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  // Beyond 2^53 (where not every integer is a float) OTP always uses the exponent.
  const s = Math.abs(x) < 2 ** 53 && fixed.length <= sci.length ? fixed : sci;
  return neg ? '-' + s : s;
}

// ----------------------------------------------------------------- ~w terms

/** io_lib:format("~w", [T]). */
export function writeTermW(t: ErlTerm): string {
  switch (t.k) {
    case 'int':
      return t.v.toString();
    case 'float':
      return formatFloat(t.v);
    case 'atom':
      return writeAtomW(t.v);
    case 'nil':
      return '[]';
    case 'cons': {
      let s = '[' + writeTermW(t.h);
      let c = t.t;
      while (c.k === 'cons') {
        s += ',' + writeTermW(c.h);
        c = c.t;
      }
      return s + (c.k === 'nil' ? ']' : '|' + writeTermW(c) + ']');
    }
    case 'tuple':
      return '{' + t.items.map(writeTermW).join(',') + '}';
    case 'bin':
      return writeBitstring(t.bytes, t.bits);
    case 'map':
      return '#{' + sortMapPairs(t.pairs).map(([k, v]) => writeTermW(k) + ' => ' + writeTermW(v)).join(',') + '}';
    case 'fun':
      return `fun ${writeAtomW(t.m)}:${writeAtomW(t.f)}/${t.a}`;
  }
}

function writeBitstring(bytes: Uint8Array, bits: number): string {
  const whole = Math.floor(bits / 8);
  const parts: string[] = [];
  for (let i = 0; i < whole; i++) parts.push(String(bytes[i]));
  const rest = bits % 8;
  if (rest > 0) parts.push(`${bytes[whole]! >> (8 - rest)}:${rest}`);
  return '<<' + parts.join(',') + '>>';
}

/** Small maps print their keys in term order (maps of more than 32 keys use the hash
 * order of the runtime, which we do not reproduce). */
function sortMapPairs(pairs: [ErlTerm, ErlTerm][]): [ErlTerm, ErlTerm][] {
  return [...pairs].sort((a, b) => compareTerms(a[0], b[0]));
}

const TYPE_ORDER: Record<ErlTerm['k'], number> = {
  int: 0, float: 0, atom: 1, fun: 2, tuple: 3, map: 4, nil: 5, cons: 6, bin: 7,
};

/** Erlang's standard term order (numbers compared by value; maps approximated). */
export function compareTerms(a: ErlTerm, b: ErlTerm): number {
  const ta = TYPE_ORDER[a.k];
  const tb = TYPE_ORDER[b.k];
  if (ta !== tb) return ta - tb;
  switch (a.k) {
    case 'int':
    case 'float': {
      const x = a.k === 'int' ? Number(a.v) : a.v;
      const bb = b as typeof a;
      const y = bb.k === 'int' ? Number(bb.v) : bb.v;
      if (a.k === 'int' && bb.k === 'int') return a.v < bb.v ? -1 : a.v > bb.v ? 1 : 0;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'atom': {
      const y = (b as typeof a).v;
      return a.v < y ? -1 : a.v > y ? 1 : 0;
    }
    case 'tuple': {
      const y = (b as typeof a).items;
      if (a.items.length !== y.length) return a.items.length - y.length;
      for (let i = 0; i < y.length; i++) {
        const c = compareTerms(a.items[i]!, y[i]!);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'cons': {
      const bb = b as typeof a;
      return compareTerms(a.h, bb.h) || compareTerms(a.t, bb.t);
    }
    case 'bin': {
      const bb = b as typeof a;
      const n = Math.min(a.bits, bb.bits);
      for (let i = 0; i < Math.ceil(n / 8); i++) {
        if (a.bytes[i] !== bb.bytes[i]) return a.bytes[i]! - bb.bytes[i]!;
      }
      return a.bits - bb.bits;
    }
    case 'map': {
      const bb = b as typeof a;
      return a.pairs.length - bb.pairs.length;
    }
    default:
      return 0;
  }
}
