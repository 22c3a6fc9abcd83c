// io_lib:format/2 (io_lib_format:fwrite/2): the control sequences of io:format.
//
// A format is scanned into literal characters and directives `~F.P.PadModC` (field
// width, precision, padding character, modifiers `t`/`l`, control character), each
// taking its arguments. Then every directive is expanded as io_lib_format does, and the
// result keeps OTP's shape, because io_lib:format returns a deep list and programs can
// see its structure (`~w` of it, `length/1`): literal characters are elements of the
// top list; the "small" directives (~c ~e ~f ~g ~b ~B ~x ~X ~+ ~# ~n ~~ ~i and ~s of an
// atom) are flattened into it character by character; ~s, ~w, ~W, ~p, ~P each give one
// element, a sublist (padding and adjustment build the same nested lists as OTP, e.g.
// `chars($ , 5)` is `[$ ,[$ ,$ ]|[$ ,$ ]]`). One divergence: the text of ~w/~W/~p/~P is
// a deep list of another shape than io_lib:write/io_lib_pretty's (shared pieces, see
// textTerm); flattened, the characters are the same.
//
// ~p needs the column it starts at: it is counted over what precedes it (newline
// resets, tab goes to the next multiple of 8), as io_lib_format does.
//
// Anything io_lib_format would crash on (a wrong argument type, too few or too many
// arguments, an unknown control) throws FormatError; io_lib:format turns that into
// `error:badarg`.
import { Cons, Float, Fun, NIL, Pid, Port, Ref, type Term } from '../term/types.js';
import { Bitstring } from '../term/bitstring.js';
import { fromString } from '../term/list.js';
import { formatFloatExt } from '../term/etf.js';
import { formatFloat } from '../term/print.js';
import { sliceGraphemes } from '../../compiler/parse/erl-text.js';
import { writeDepth } from './write.js';
import { prettyPrint } from './pretty.js';

export class FormatError extends Error {}

function fail(what: string): never {
  throw new FormatError(what);
}

type Adjust = 'left' | 'right';
interface Spec {
  c: number;
  args: Term[];
  width: number | null;
  adjust: Adjust;
  precision: number | null;
  pad: Term;
  unicode: boolean;
  strings: boolean;
}

/** Format text as a list of code points (atom, binary (bytes) or flat char list). */
function formatChars(f: Term): number[] {
  if (typeof f === 'string') return Array.from(f, (ch) => ch.codePointAt(0)!);
  if (typeof f === 'boolean') return Array.from(f ? 'true' : 'false', (ch) => ch.codePointAt(0)!);
  if (f instanceof Bitstring) {
    if ((f.bitSize & 7) !== 0) fail('format');
    const out: number[] = [];
    for (let i = 0; i < f.bitSize >>> 3; i++) out.push(f.byteAt(i));
    return out;
  }
  const out: number[] = [];
  let l: Term = f;
  while (l instanceof Cons) {
    if (typeof l.hd === 'number') out.push(l.hd);
    else literalChars(l.hd, out);
    l = l.tl;
  }
  if (l !== NIL) fail('format');
  return out;
}

/** A list or binary nested in a format list is text that OTP's io_lib:format copies
 * as it is, control characters included (eunit prints its messages that way): its
 * `~` goes in as LITERAL_TILDE. */
const LITERAL_TILDE = -126;
function literalChars(t: Term, out: number[]): void {
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) fail('format');
    for (let i = 0; i < t.bitSize >>> 3; i++) {
      const b = t.byteAt(i);
      out.push(b === 126 ? LITERAL_TILDE : b);
    }
    return;
  }
  let l: Term = t;
  while (l instanceof Cons) {
    const c = l.hd;
    if (typeof c === 'number') out.push(c === 126 ? LITERAL_TILDE : c);
    else literalChars(c, out);
    l = l.tl;
  }
  if (l !== NIL) fail('format');
}

function argArray(a: Term): Term[] {
  const out: Term[] = [];
  let l = a;
  while (l instanceof Cons) {
    out.push(l.hd);
    l = l.tl;
  }
  if (l !== NIL) fail('args');
  return out;
}

const isInt = (t: Term): t is number | bigint => typeof t === 'number' || typeof t === 'bigint';

/** io_lib_format:scan/2: literal chars and directives. */
function scan(fmt: number[], args: Term[]): (number | Spec)[] {
  const out: (number | Spec)[] = [];
  let i = 0;
  let a = 0;
  const nextArg = (): Term => {
    if (a >= args.length) fail('too few arguments');
    return args[a++]!;
  };
  const fieldValue = (): number | null => {
    if (fmt[i] === 42 /* * */ && a < args.length && isInt(args[a]!)) {
      i++;
      return Number(args[a++]);
    }
    if (fmt[i] !== undefined && fmt[i]! >= 48 && fmt[i]! <= 57) {
      let v = 0;
      while (fmt[i] !== undefined && fmt[i]! >= 48 && fmt[i]! <= 57) v = v * 10 + (fmt[i++]! - 48);
      return v;
    }
    return null;
  };
  while (i < fmt.length) {
    const c = fmt[i++]!;
    if (c !== 126) {
      out.push(c === LITERAL_TILDE ? 126 : c);
      continue;
    }
    let width: number | null;
    let adjust: Adjust = 'right';
    if (fmt[i] === 45) {
      i++;
      const f = fieldValue();
      if (f === null) fail('width'); // -none: arithmetic on none crashes
      width = -f;
    } else width = fieldValue();
    if (width !== null && width < 0) {
      width = -width;
      adjust = 'left';
    }
    let precision: number | null = null;
    if (fmt[i] === 46) {
      i++;
      precision = fieldValue();
    }
    let pad: Term = 32;
    if (fmt[i] === 46) {
      if (fmt[i + 1] === 42) {
        i += 2;
        pad = nextArg();
      } else if (i + 1 < fmt.length) {
        pad = fmt[i + 1]!;
        i += 2;
      }
    }
    let unicode = false;
    let strings = true;
    for (;;) {
      if (fmt[i] === 116) unicode = true;
      else if (fmt[i] === 108) strings = false;
      else break;
      i++;
    }
    if (i >= fmt.length) fail('no control');
    const cc = fmt[i++]!;
    const ch = String.fromCharCode(cc);
    let n: number;
    if ('wpsefgbBc+#i'.includes(ch)) n = 1;
    else if ('WPxX'.includes(ch)) n = 2;
    else if (ch === '~' || ch === 'n') n = 0;
    else fail('control');
    const as: Term[] = [];
    for (let k = 0; k < n; k++) as.push(nextArg());
    out.push({ c: cc, args: as, width, adjust, precision, pad, unicode, strings });
  }
  if (a !== args.length) fail('too many arguments');
  return out;
}

// ------------------------------------------------------------------ deep lists

function list(...items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i]!, l);
  return l;
}

/** io_lib_format:chars(C, N): N copies of C as a balanced nest of lists. */
function chars(c: Term, n: number): Term {
  if (n === 0) return NIL;
  if (n === 1) return list(c);
  if (n === 2) return list(c, c);
  if (n === 3) return list(c, c, c);
  const s = chars(c, n >> 1);
  if ((n & 1) === 0) return new Cons(s, s);
  return new Cons(c, new Cons(s, s));
}

function adjust(data: Term, pad: Term, adj: Adjust): Term {
  if (pad === NIL) return data;
  return adj === 'left' ? new Cons(data, pad) : new Cons(pad, data);
}

/** io_lib:chars_length/1 of a deep char list. */
export function charsLength(t: Term): number {
  let n = 0;
  const st: Term[] = [t];
  while (st.length > 0) {
    let x = st.pop()!;
    while (x instanceof Cons) {
      if (typeof x.hd === 'number') n++;
      else st.push(x.hd);
      x = x.tl;
    }
    if (x instanceof Bitstring) n += x.bitSize >>> 3;
  }
  return n;
}

/** The characters of a deep char list (binaries as their bytes), in order. */
export function flattenChars(t: Term): number[] {
  const out: number[] = [];
  const st: Term[] = [t];
  while (st.length > 0) {
    let x = st.pop()!;
    if (typeof x === 'number') {
      out.push(x);
      continue;
    }
    if (x instanceof Bitstring) {
      for (let i = 0; i < x.bitSize >>> 3; i++) out.push(x.byteAt(i));
      continue;
    }
    const pending: Term[] = [];
    while (x instanceof Cons) {
      pending.push(x.hd);
      x = x.tl;
    }
    if (x !== NIL) pending.push(x);
    for (let i = pending.length - 1; i >= 0; i--) st.push(pending[i]!);
  }
  return out;
}

export function charsToString(cs: number[]): string {
  let s = '';
  for (let i = 0; i < cs.length; i += 4096) s += String.fromCodePoint(...cs.slice(i, i + 4096));
  return s;
}

function str(s: string): Term {
  return fromString(s);
}

// The text of ~w/~W/~p/~P as a deep list that shares its common pieces. A formatted
// term is mostly short words (atoms, small integers, each usually followed by a comma),
// runs of indentation and of brackets and separators, and the same ones recur, so each
// such piece (up to PIECE_MAX_LEN characters) is built once
// and then shared by every text that contains it (lists are immutable, so sharing is
// invisible except in the deep list's shape, which OTP leaves unspecified too). It
// keeps the cons cells a text costs down to one per piece; a program that keeps many
// formatted texts (the io_lib_format benchmark) spends its time in the garbage
// collector otherwise. Other characters stay elements of the text's own list. A text
// of at most PIECE_MAX_LEN characters is one piece, flat, as OTP's text of an atom or an
// integer is.
//
// The caches of pieces are direct-mapped (a slot per hash value, a new piece replaces the
// one in its slot): bounded, and a lookup needs no Map and no substring when it hits.
const PIECE_SLOTS = 16384;
const pieceKeys: string[] = new Array<string>(PIECE_SLOTS).fill('');
const pieceVals: Term[] = new Array<Term>(PIECE_SLOTS).fill(NIL);
const PIECE_MAX_LEN = 12;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || c === 64;
}

// Pieces that are a number below 10000 (the elements of a string written by ~w), with
// or without their comma, by value: found without making a string to look up (at most
// 20,000 of them, a few megabytes if every one is made).
const numberPieces: Term[] = [];

/** Brackets, separators and ` => `: runs of these are pieces too (`],[`, `>>}`). */
function isPunct(c: number): boolean {
  return c === 91 || c === 93 || c === 123 || c === 125 || c === 60 || c === 62 || c === 44 || c === 124 || c === 61 || c === 35 || c === 32 || c === 58;
}

function piece(s: string, from: number, to: number): Term {
  if (to - from <= 5) {
    let v = 0;
    let k = from;
    for (; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    const comma = k === to - 1 && s.charCodeAt(k) === 44;
    if ((k === to || comma) && k > from && k - from <= 4 && !(s.charCodeAt(from) === 48 && k - from > 1)) {
      const i = v * 2 + (comma ? 1 : 0);
      return (numberPieces[i] ??= fromString(s.slice(from, to)));
    }
  }
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  const slot = Math.imul(h, 0x9e3779b1) >>> 18; // 14 bits
  const key = pieceKeys[slot]!;
  if (key.length === to - from && s.startsWith(key, from)) return pieceVals[slot]!;
  const k = s.slice(from, to);
  const p = fromString(k);
  pieceKeys[slot] = k;
  pieceVals[slot] = p;
  return p;
}

// The characters left between pieces (a string's contents, the digits of a fraction or
// of a large integer) go in three at a time, as shared three-character pieces, when the
// text has pieces anyway (it is a deep list then): that divides the cells they cost by
// three. A text made of such characters only (a string, a long atom or integer written
// alone) stays a flat list, as OTP's is. Only characters below 256 are grouped, so that
// a group's key fits a small integer.
const TRIPLE_SLOTS = 32768;
const tripleKeys = new Int32Array(TRIPLE_SLOTS).fill(-1);
const tripleVals: Term[] = new Array<Term>(TRIPLE_SLOTS).fill(NIL);

function triple(a: number, b: number, c: number): Term {
  const key = (a << 16) | (b << 8) | c;
  const slot = Math.imul(key, 0x9e3779b1) >>> 17; // 15 bits
  if (tripleKeys[slot] === key) return tripleVals[slot]!;
  const p = new Cons(a, new Cons(b, new Cons(c, NIL)));
  tripleKeys[slot] = key;
  tripleVals[slot] = p;
  return p;
}

/** The list of `items`, runs of three characters below 256 as shared triples when `group`. */
function itemList(items: Term[], group: boolean): Term {
  let l: Term = NIL;
  let k = items.length - 1;
  while (k >= 0) {
    const c = items[k]!;
    if (group && k >= 2 && typeof c === 'number' && c < 256) {
      const b = items[k - 1]!;
      const a = items[k - 2]!;
      if (typeof b === 'number' && b < 256 && typeof a === 'number' && a < 256) {
        l = new Cons(triple(a, b, c), l);
        k -= 3;
        continue;
      }
    }
    l = new Cons(c, l);
    k--;
  }
  return l;
}

// Two integers 0..255 in a row, `97,107,` or `97,107` (the elements of a string or a
// binary written by ~w), are one shared piece, found by value: such texts are otherwise
// one cell per element.
let bytePairs: (Term | undefined)[] | null = null; // 2^17 slots (a flat array, not a dictionary)
let bytePairCount = 0;
const BYTE_PAIRS_MAX = 16384;
let byteEnd = 0;

/** The integer 0..255 written as a whole word from `i` (no sign, no leading zero), or
 * -1; sets byteEnd to its end. */
function byteWord(s: string, i: number, n: number): number {
  let v = 0;
  let k = i;
  for (; k < n && k - i < 4; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
  }
  if (k === i || k - i > 3 || v > 255 || (k - i > 1 && s.charCodeAt(i) === 48)) return -1;
  if (k < n && isWordChar(s.charCodeAt(k))) return -1;
  byteEnd = k;
  return v;
}

/** The shared piece for `B1,B2` or `B1,B2,` when the word `s[i..j)` is `B1,`, or null;
 * sets byteEnd to the end of what it covers. */
function bytePair(s: string, i: number, j: number, n: number): Term | null {
  const v1 = byteWord(s, i, n);
  if (v1 < 0 || byteEnd !== j - 1) return null;
  const v2 = byteWord(s, j, n);
  if (v2 < 0) return null;
  let e = byteEnd;
  const comma = e < n && s.charCodeAt(e) === 44 ? 1 : 0;
  e += comma;
  byteEnd = e;
  const key = (((v1 << 8) | v2) << 1) | comma;
  if (bytePairs === null || bytePairCount >= BYTE_PAIRS_MAX) {
    bytePairs = new Array<Term | undefined>(1 << 17).fill(undefined);
    bytePairCount = 0;
  }
  let p = bytePairs[key];
  if (p === undefined) {
    p = bytePairs[key] = fromString(s.slice(i, e));
    bytePairCount++;
  }
  return p;
}

const textItems: Term[] = [];

function textTerm(s: string): Term {
  const n = s.length;
  if (n <= PIECE_MAX_LEN) return n === 0 ? NIL : piece(s, 0, n);
  const items = textItems; // reused: textTerm does not re-enter
  items.length = 0;
  let shared = false;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let j = i + 1;
    if (c === 34 /* " */) {
      // A string's text rarely recurs: its characters go in as they are, up to the
      // closing quote (a quote inside is escaped, and so is a backslash).
      items.push(c);
      while (j < n) {
        const d = s.codePointAt(j)!;
        items.push(d);
        j += d > 0xffff ? 2 : 1;
        if (d === 92 /* \ */ && j < n) {
          const e = s.codePointAt(j)!;
          items.push(e);
          j += e > 0xffff ? 2 : 1;
        } else if (d === 34) break;
      }
      i = j;
      continue;
    }
    if (isWordChar(c)) {
      while (j < n && isWordChar(s.charCodeAt(j))) j++;
      if (j < n && s.charCodeAt(j) === 44 /* , */) {
        j++;
        const b = c <= 57 ? bytePair(s, i, j, n) : null;
        if (b !== null) {
          items.push(b);
          shared = true;
          i = byteEnd;
          continue;
        }
      }
    } else if (c === 10) {
      while (j < n && s.charCodeAt(j) === 32) j++;
    } else if (isPunct(c)) {
      while (j < n && isPunct(s.charCodeAt(j))) j++;
    } else {
      const d = s.codePointAt(i)!;
      items.push(d);
      i += d > 0xffff ? 2 : 1;
      continue;
    }
    // Pieces: words, indentation and punctuation of up to PIECE_MAX_LEN characters,
    // except the digits of a fraction, which are as good as unique.
    if (j - i > 1 && j - i <= PIECE_MAX_LEN && !(i > 0 && s.charCodeAt(i - 1) === 46)) {
      items.push(piece(s, i, j));
      shared = true;
    } else for (let k = i; k < j; k++) items.push(s.charCodeAt(k));
    i = j;
  }
  const l = itemList(items, shared);
  items.length = 0;
  return l;
}

// ------------------------------------------------------------------ directives

/** term/5: a text in a field, `*`s when it does not fit. */
function term(t: Term, f: number | null, adj: Adjust, p0: number | null, pad: Term): Term {
  if (f === null && p0 === null) return t;
  if (f === null) f = p0;
  const l = charsLength(t);
  const p = Math.min(l, p0 === null ? f! : Math.min(p0, f!));
  if (l > p) return adjust(chars(42, p), chars(pad, f! - p), adj);
  return adjust(t, chars(pad, f! - l), adj);
}

function flatTrunc(s: Term, n: number, unicode: boolean): Term {
  const cs = flattenChars(s);
  if (!unicode) return list(...cs.slice(0, n));
  return str(sliceGraphemes(charsToString(cs), n));
}

function stringField(s: Term, f: number, adj: Adjust, n: number, pad: Term, u: boolean): Term {
  if (n > f) return flatTrunc(s, f, u);
  if (n < f) return adjust(s, chars(pad, f - n), adj);
  return s;
}

function string(s: Term, f: number | null, adj: Adjust, p: number | null, pad: Term, u: boolean): Term {
  if (f === null && p === null) return s;
  if (p === null) return stringField(s, f!, adj, charsLength(s), pad, u);
  if (f === null) return stringField(s, p, 'left', charsLength(s), pad, u);
  if (f < p) fail('field');
  const n = charsLength(s);
  if (f > p) {
    if (n > p) return adjust(flatTrunc(s, p, u), chars(pad, f - p), adj);
    if (n < p) return adjust(new Cons(s, chars(pad, p - n)), chars(pad, f - p), adj);
    return adjust(s, chars(pad, f - p), adj);
  }
  return stringField(s, f, adj, n, pad, u);
}

/** iolist_to_chars/1 (latin1 ~s): bytes and chars up to 255, binaries as lists. */
function iolistToChars(t: Term): Term {
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) fail('bitstring');
    const b: number[] = [];
    for (let i = 0; i < t.bitSize >>> 3; i++) b.push(t.byteAt(i));
    return list(...b);
  }
  const items: Term[] = [];
  let l = t;
  while (l instanceof Cons) {
    const h = l.hd;
    if (typeof h === 'number') {
      if (h < 0 || h > 255) fail('char');
      items.push(h);
    } else items.push(iolistToChars(h));
    l = l.tl;
  }
  if (l !== NIL) fail('iolist');
  return list(...items);
}

/** cdata_to_chars/1 (unicode ~ts): binaries decoded as UTF-8 (bytes if invalid). */
function cdataToChars(t: Term): Term {
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) fail('bitstring');
    const bytes = t.toBytes().slice(0, t.bitSize >>> 3);
    try {
      return str(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return list(...bytes);
    }
  }
  const items: Term[] = [];
  let l = t;
  while (l instanceof Cons) {
    const h = l.hd;
    if (typeof h === 'number') {
      if (h < 0) fail('char');
      items.push(h);
    } else items.push(cdataToChars(h));
    l = l.tl;
  }
  if (l !== NIL) fail('iolist');
  return list(...items);
}

function intToString(n: number | bigint, base: number, lower: boolean): string {
  if (!Number.isInteger(base) || base < 2 || base > 36) fail('base');
  const s = (typeof n === 'bigint' ? n : BigInt(n)).toString(base);
  return lower ? s : s.toUpperCase();
}

function integer(a: Term, s: Spec, prefix: string, lower: boolean): Term {
  if (!isInt(a)) fail('integer');
  const base = s.precision ?? 10;
  const neg = typeof a === 'bigint' ? a < 0n : a < 0;
  const mag = typeof a === 'bigint' ? (neg ? -a : a) : Math.abs(a);
  const digits = intToString(mag, base, lower);
  return term(str((neg ? '-' : '') + prefix + digits), s.width, s.adjust, null, s.pad);
}

/** Is t a deep list of characters (io_lib:deep_char_list)? Returns its text. */
function deepCharList(t: Term): string | undefined {
  let out = '';
  let l = t;
  while (l instanceof Cons) {
    const h = l.hd;
    if (typeof h === 'number' && h >= 0 && h <= 0x10ffff) out += String.fromCodePoint(h);
    else if (h instanceof Cons || h === NIL) {
      const sub = deepCharList(h);
      if (sub === undefined) return undefined;
      out += sub;
    } else return undefined;
    l = l.tl;
  }
  return l === NIL ? out : undefined;
}

// Floats: the digits of float_to_list/1 ("%.20e"), rounded to the precision wanted.

function floatData(x: number): { ds: number[]; e: number } {
  const s = formatFloatExt(Math.abs(x));
  const ei = s.indexOf('e');
  const ds: number[] = [];
  for (let i = 0; i < ei; i++) if (s[i] !== '.') ds.push(s.charCodeAt(i) - 48);
  return { ds, e: Number(s.slice(ei + 1)) + 1 };
}

/** Round digit string ds to keep `keep` digits; returns digits and whether it carried out. */
function roundDigits(ds: number[], keep: number): { out: number[]; carry: boolean } {
  const out: number[] = [];
  for (let i = 0; i < keep; i++) out.push(i < ds.length ? ds[i]! : 0);
  let carry = keep < ds.length && ds[keep]! >= 5;
  for (let i = out.length - 1; carry && i >= 0; i--) {
    if (out[i] === 9) out[i] = 0;
    else {
      out[i]!++;
      carry = false;
    }
  }
  return { out, carry };
}

function signbit(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

function floatE(x: number, p: number): string {
  const { ds, e } = floatData(x);
  const { out, carry } = roundDigits(ds, p);
  let mant: string;
  let exp: number;
  if (carry) {
    // 9.99 -> 10.0: one digit more, keep P digits: "1" followed by the zeros.
    const all = [1, ...out];
    mant = all[0] + '.' + all.slice(1, p).join('');
    exp = e;
  } else {
    mant = out[0] + '.' + out.slice(1).join('');
    exp = e - 1;
  }
  return signbit(x) + mant + 'e' + (exp >= 0 ? '+' : '') + exp;
}

function floatF(x: number, p: number): string {
  let { ds, e } = floatData(x);
  if (e <= 0) {
    ds = [...new Array(-e + 1).fill(0), ...ds];
    e = 1;
  }
  const { out, carry } = roundDigits(ds, e + p);
  const ip = out.slice(0, e).join('');
  const s = ip + '.' + out.slice(e).join('');
  return signbit(x) + (carry ? '1' + s : s);
}

function fwriteE(x: number, s: Spec, f: number | null, p: number | null): Term {
  const pp = p ?? 6;
  if (pp < 2) fail('precision');
  const t = str(floatE(x, pp));
  return f === null ? t : term(t, f, s.adjust, f, s.pad);
}

function fwriteF(x: number, s: Spec, f: number | null, p: number | null): Term {
  const pp = p ?? 6;
  if (pp < 1) fail('precision');
  const t = str(floatF(x, pp));
  return f === null ? t : term(t, f, s.adjust, f, s.pad);
}

function fwriteG(x: number, s: Spec): Term {
  const p = s.precision ?? 6;
  if (p < 1) fail('precision');
  const a = Math.abs(x);
  const e = a < 0.1 ? -2 : a < 1 ? -1 : a < 10 ? 0 : a < 100 ? 1 : a < 1000 ? 2 : a < 10000 ? 3 : null;
  if (e !== null && ((p <= 1 && e === -1) || (p - 1 > e && e >= -1))) return fwriteF(x, s, s.width, p - 1 - e);
  if (p <= 1) return fwriteE(x, s, s.width, 2);
  return fwriteE(x, s, s.width, p);
}

function charDirective(c: Term, s: Spec): Term {
  const f = s.width;
  const p = s.precision;
  if (f === null && p === null) return list(c);
  if (p === null) return chars(c, f!);
  if (f === null) return chars(c, p);
  if (f < p) fail('field');
  return adjust(chars(c, p), chars(s.pad, f - p), s.adjust);
}

/** control_small: the directives whose text io_lib_format flattens, or undefined. */
function controlSmall(s: Spec): Term | undefined {
  const a = s.args[0]!;
  switch (String.fromCharCode(s.c)) {
    case 's':
      if (typeof a === 'string' || typeof a === 'boolean') {
        const name = typeof a === 'string' ? a : a ? 'true' : 'false';
        const cs = str(name);
        if (!s.unicode) for (const ch of name) if (ch.codePointAt(0)! > 255) fail('atom');
        return string(cs, s.width, s.adjust, s.precision, s.pad, s.unicode);
      }
      return undefined;
    case 'e':
      if (!(a instanceof Float)) fail('float');
      return fwriteE(a.value, s, s.width, s.precision);
    case 'f':
      if (!(a instanceof Float)) fail('float');
      return fwriteF(a.value, s, s.width, s.precision);
    case 'g':
      if (!(a instanceof Float)) fail('float');
      return fwriteG(a.value, s);
    case 'b':
      return integer(a, s, '', true);
    case 'B':
      return integer(a, s, '', false);
    case 'x':
    case 'X': {
      const pre = s.args[1]!;
      let prefix: string;
      if (typeof pre === 'string' || typeof pre === 'boolean') prefix = typeof pre === 'string' ? pre : String(pre);
      else {
        if (!isInt(a)) fail('integer');
        const d = deepCharList(pre);
        if (d === undefined) fail('prefix');
        prefix = d;
      }
      return integer(a, s, prefix, s.c === 120);
    }
    case '+':
    case '#': {
      if (!isInt(a)) fail('integer');
      const base = s.precision ?? 10;
      return integer(a, s, base + '#', s.c === 43);
    }
    case 'c':
      if (typeof a !== 'number' || !Number.isInteger(a)) {
        if (typeof a === 'bigint' && !s.unicode) return charDirective(Number(a & 255n), s);
        fail('char');
      }
      return charDirective(s.unicode ? a : a & 255, s);
    case '~':
      return charDirective(126, s);
    case 'n':
      if (s.width === null) return list(10);
      if (s.adjust === 'left') fail('newline');
      return chars(10, s.width);
    case 'i':
      return NIL;
  }
  return undefined;
}

function indentation(cs: number[], i: number): number {
  for (const c of cs) {
    if (c === 10) i = 0;
    else if (c === 9) i = (Math.floor((i + 8) / 8)) * 8;
    else i++;
  }
  return i;
}

function controlLimited(s: Spec, col: number): Term {
  const a = s.args[0]!;
  switch (String.fromCharCode(s.c)) {
    case 's': {
      const l = s.unicode ? cdataToChars(a) : iolistToChars(a);
      return string(l, s.width, s.adjust, s.precision, s.pad, s.unicode);
    }
    case 'w':
      return term(leafOrText(a, writeDepth(a, -1, s.unicode)), s.width, s.adjust, s.precision, s.pad);
    case 'W': {
      const d = s.args[1]!;
      if (typeof d !== 'number') fail('depth');
      return term(leafOrText(a, writeDepth(a, d, s.unicode)), s.width, s.adjust, s.precision, s.pad);
    }
    case 'p':
    case 'P': {
      let depth = -1;
      if (s.c === 80) {
        const d = s.args[1]!;
        if (typeof d !== 'number') fail('depth');
        depth = d;
      }
      if (s.adjust === 'left') fail('adjust');
      const ll = s.width ?? 80;
      const column = s.precision ?? col + 1;
      return leafOrText(a, prettyPrint(a, { column, lineLength: ll, depth, unicode: s.unicode, strings: s.strings }));
    }
  }
  fail('control');
}

/** The text of an atom, a number, a fun, pid, port or reference is one flat list, as
 * OTP's; other terms' texts share pieces (textTerm). */
function leafOrText(a: Term, text: string): Term {
  const t = typeof a;
  return t === 'string' || t === 'boolean' || t === 'number' || t === 'bigint' || a instanceof Fun || a instanceof Pid || a instanceof Ref || a instanceof Port || a instanceof Float ? fromString(text) : textTerm(text);
}

/** io_lib:format(Format, Args) as OTP's deep list. Throws FormatError for badarg. */
export function format(fmt: Term, args: Term): Term {
  const parts = scan(formatChars(fmt), argArray(args));
  // build_small: expand the small directives, flattened into the list.
  const res: (number | Spec)[] = [];
  for (const p of parts) {
    if (typeof p === 'number') {
      res.push(p);
      continue;
    }
    const small = controlSmall(p);
    if (small === undefined) res.push(p);
    else for (const c of flattenChars(small)) res.push(c);
  }
  let numP = 0;
  let limited = 0;
  for (const p of res) if (typeof p !== 'number') (limited++, p.c === 112 || p.c === 80) && numP++;
  const out: Term[] = [];
  if (limited === 0) return list(...(res as number[]));
  // build_limited: the rest, counting the column for ~p.
  let col = 0;
  for (const p of res) {
    if (typeof p === 'number') {
      out.push(p);
      if (p === 10) col = 0;
      else if (p === 9) col = Math.floor((col + 8) / 8) * 8;
      else col++;
      continue;
    }
    const t = controlLimited(p, col);
    if (p.c === 112 || p.c === 80) numP--;
    if (numP > 0) col = indentation(flattenChars(t), col);
    out.push(t);
  }
  return list(...out);
}

/** io_lib:format as a JS string (what io:format writes). */
export function formatToString(fmt: Term, args: Term): string {
  return charsToString(flattenChars(format(fmt, args)));
}

export { formatFloat };
