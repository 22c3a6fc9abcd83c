// The `binary` module, natively: searching (match/matches/split/replace with one or
// several patterns and the `scope` option), slicing (part, at, first, last,
// bin_to_list), building (copy, list_to_bin), number coding (encode/decode_unsigned),
// hex (encode_hex/decode_hex) and the prefix/suffix helpers.
//
// Every function wants binaries (a bitstring with trailing bits is `badarg`), and
// reports bad arguments with `badarg` as BEAM's binary module does. Searching follows
// the documented rules: scanning left to right, at a position where several patterns
// match the longest wins, and matches never overlap. A compiled pattern
// (compile_pattern/1) is the tuple {ac, Patterns} here (BEAM's holds a magic reference;
// programs only pass it back).
import { Bitstring, binary, EMPTY_BINARY } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { fromArray, fromBytes, toArrayOrUndefined } from '../term/list.js';
import { NIL, type Term } from '../term/types.js';
import { binaryPart, listToBinary } from './erlang-binary.js';
import { registerNative } from './registry.js';

function bin(t: Term): Bitstring {
  if (!(t instanceof Bitstring) || !t.isBinary) return badarg();
  return t;
}

function int(t: Term): number {
  if (typeof t !== 'number' || !Number.isInteger(t)) return badarg();
  return t;
}

function nonNeg(t: Term): number {
  const n = int(t);
  if (n < 0) badarg();
  return n;
}

function list(t: Term): Term[] {
  const a = toArrayOrUndefined(t);
  if (!a) return badarg();
  return a;
}

// ------------------------------------------------------------------------- slicing

export function at(b: Term, pos: Term): number {
  const x = bin(b);
  const p = nonNeg(pos);
  if (p >= x.byteSize) badarg();
  return x.byteAt(p);
}

function first(b: Term): number {
  const x = bin(b);
  if (x.byteSize === 0) badarg();
  return x.byteAt(0);
}

function last(b: Term): number {
  const x = bin(b);
  if (x.byteSize === 0) badarg();
  return x.byteAt(x.byteSize - 1);
}

function part3(b: Term, pos: Term, len: Term): Bitstring {
  return binaryPart(bin(b), int(pos), int(len));
}

function posLen(t: Term): [Term, Term] {
  if (!Array.isArray(t) || t.length !== 2) return badarg();
  return [t[0]!, t[1]!];
}

/** A {Start, Length} region of a binary of `size` bytes as [from, to); badarg if outside. */
function region(size: number, t: Term): [number, number] {
  const [p, l] = posLen(t);
  let s = int(p);
  let n = int(l);
  if (n < 0) {
    s += n;
    n = -n;
  }
  if (s < 0 || s + n > size) badarg();
  return [s, s + n];
}

function binToList(b: Term, pl?: Term): Term {
  const x = bin(b);
  if (pl === undefined) return fromBytes(x.toBytes());
  const [s, e] = region(x.byteSize, pl);
  return fromBytes(x.toBytes().subarray(s, e));
}

// ------------------------------------------------------------------------ building

function copy(b: Term, n: Term = 1): Bitstring {
  const bytes = bin(b).toBytes();
  const k = nonNeg(n);
  const out = new Uint8Array(bytes.length * k);
  for (let i = 0; i < k; i++) out.set(bytes, i * bytes.length);
  return binary(out);
}

function listToBin(l: Term): Bitstring {
  if (l instanceof Bitstring) return badarg();
  return listToBinary(l);
}

function endian(t: Term): boolean {
  if (t === 'big') return true;
  if (t === 'little') return false;
  return badarg();
}

function encodeUnsigned(n: Term, e: Term = 'big'): Bitstring {
  const big = endian(e);
  if (typeof n !== 'number' && typeof n !== 'bigint') return badarg();
  let v = BigInt(n);
  if (typeof n === 'number' && !Number.isInteger(n)) badarg();
  if (v < 0n) badarg();
  const bytes: number[] = [];
  do {
    bytes.push(Number(v & 0xffn));
    v >>= 8n;
  } while (v > 0n);
  if (big) bytes.reverse();
  return binary(Uint8Array.from(bytes));
}

function decodeUnsigned(b: Term, e: Term = 'big'): Term {
  const bytes = bin(b).toBytes();
  const big = endian(e);
  let v = 0n;
  for (let i = 0; i < bytes.length; i++) v = (v << 8n) | BigInt(bytes[big ? i : bytes.length - 1 - i]!);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

const HEX = '0123456789ABCDEF';

function encodeHex(b: Term): Bitstring {
  const bytes = bin(b).toBytes();
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    out[2 * i] = HEX.charCodeAt(bytes[i]! >> 4);
    out[2 * i + 1] = HEX.charCodeAt(bytes[i]! & 15);
  }
  return binary(out);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return badarg();
}

function decodeHex(b: Term): Bitstring {
  const bytes = bin(b).toBytes();
  if (bytes.length % 2 !== 0) badarg();
  const out = new Uint8Array(bytes.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = (hexDigit(bytes[2 * i]!) << 4) | hexDigit(bytes[2 * i + 1]!);
  return binary(out);
}

function binList(t: Term): Uint8Array[] {
  const items = list(t);
  if (items.length === 0) badarg();
  return items.map((x) => bin(x).toBytes());
}

function longestCommonPrefix(t: Term): number {
  const bs = binList(t);
  let n = Math.min(...bs.map((b) => b.length));
  const b0 = bs[0]!;
  for (const b of bs) {
    let i = 0;
    while (i < n && b[i] === b0[i]) i++;
    n = i;
  }
  return n;
}

function longestCommonSuffix(t: Term): number {
  const bs = binList(t);
  let n = Math.min(...bs.map((b) => b.length));
  const b0 = bs[0]!;
  for (const b of bs) {
    let i = 0;
    while (i < n && b[b.length - 1 - i] === b0[b0.length - 1 - i]) i++;
    n = i;
  }
  return n;
}

function referencedByteSize(b: Term): number {
  const x = bin(b);
  return x.buf.length;
}

// ------------------------------------------------------------------------ searching

/** The patterns of a pattern argument: a non-empty binary, a non-empty list of them, or compiled. */
function patterns(p: Term): Uint8Array[] {
  if (Array.isArray(p) && p.length === 2 && p[0] === 'ac') return patterns(p[1]!);
  if (p instanceof Bitstring) {
    const b = bin(p).toBytes();
    if (b.length === 0) badarg();
    return [b];
  }
  const items = list(p);
  if (items.length === 0) badarg();
  return items.map((x) => {
    const b = bin(x).toBytes();
    if (b.length === 0) badarg();
    return b;
  });
}

/** Whether `p` is a pattern binary:match/2 accepts (erl_stdlib_errors' explanations). */
export function isBinaryPattern(p: Term): boolean {
  try {
    patterns(p);
    return true;
  } catch {
    return false;
  }
}

function compilePattern(p: Term): Term {
  const ps = patterns(p);
  return ['ac', fromArray(ps.map((b) => binary(b.slice())))];
}

/** The longest pattern matching at `i` (bytes before `end`), as its length, or 0. */
function matchAt(s: Uint8Array, i: number, end: number, ps: Uint8Array[]): number {
  let best = 0;
  for (const p of ps) {
    if (p.length <= best || i + p.length > end) continue;
    let k = 0;
    while (k < p.length && s[i + k] === p[k]) k++;
    if (k === p.length) best = p.length;
  }
  return best;
}

/** Non-overlapping matches in [from, to), leftmost-longest; at most one unless `all`. */
function findAll(s: Uint8Array, ps: Uint8Array[], from: number, to: number, all: boolean): [number, number][] {
  const out: [number, number][] = [];
  let i = from;
  while (i < to) {
    const n = matchAt(s, i, to, ps);
    if (n > 0) {
      out.push([i, n]);
      if (!all) break;
      i += n;
    } else i++;
  }
  return out;
}

interface SearchOpts {
  from: number;
  to: number;
  global: boolean;
  trim: boolean;
  trimAll: boolean;
  insert: number[] | null;
}

function searchOpts(size: number, opts: Term, allowed: Set<string>): SearchOpts {
  const o: SearchOpts = { from: 0, to: size, global: false, trim: false, trimAll: false, insert: null };
  for (const x of list(opts)) {
    if (Array.isArray(x) && x.length === 2 && x[0] === 'scope' && allowed.has('scope')) {
      [o.from, o.to] = region(size, x[1]!);
    } else if (x === 'global' && allowed.has('global')) o.global = true;
    else if (x === 'trim' && allowed.has('trim')) o.trim = true;
    else if (x === 'trim_all' && allowed.has('trim')) o.trimAll = true;
    else if (Array.isArray(x) && x.length === 2 && x[0] === 'insert_replaced' && allowed.has('insert')) {
      const v = x[1]!;
      o.insert = typeof v === 'number' ? [nonNeg(v)] : list(v).map(nonNeg);
    } else badarg();
  }
  return o;
}

const MATCH_OPTS = new Set(['scope']);
const SPLIT_OPTS = new Set(['scope', 'global', 'trim']);
const REPLACE_OPTS = new Set(['scope', 'global', 'insert']);

function match(b: Term, p: Term, opts: Term = NIL): Term {
  const s = bin(b).toBytes();
  const ps = patterns(p);
  const o = searchOpts(s.length, opts, MATCH_OPTS);
  const m = findAll(s, ps, o.from, o.to, false);
  return m.length === 0 ? 'nomatch' : m[0]!;
}

function matches(b: Term, p: Term, opts: Term = NIL): Term {
  const s = bin(b).toBytes();
  const ps = patterns(p);
  const o = searchOpts(s.length, opts, MATCH_OPTS);
  return fromArray(findAll(s, ps, o.from, o.to, true));
}

function split(b: Term, p: Term, opts: Term = NIL): Term {
  const x = bin(b);
  const s = x.toBytes();
  const ps = patterns(p);
  const o = searchOpts(s.length, opts, SPLIT_OPTS);
  const ms = findAll(s, ps, o.from, o.to, o.global);
  let parts: Bitstring[] = [];
  let at = 0;
  for (const [i, n] of ms) {
    parts.push(x.part(at, i - at));
    at = i + n;
  }
  parts.push(x.part(at, s.length - at));
  if (o.trimAll) parts = parts.filter((q) => q.bitSize > 0);
  else if (o.trim) while (parts.length > 0 && parts[parts.length - 1]!.bitSize === 0) parts.pop();
  return fromArray(parts);
}

function replace(b: Term, p: Term, r: Term, opts: Term = NIL): Bitstring {
  const x = bin(b);
  const s = x.toBytes();
  const ps = patterns(p);
  const rep = bin(r).toBytes();
  const o = searchOpts(s.length, opts, REPLACE_OPTS);
  if (o.insert) for (const k of o.insert) if (k > rep.length) badarg();
  const ms = findAll(s, ps, o.from, o.to, o.global);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const [i, n] of ms) {
    chunks.push(s.subarray(at, i));
    if (o.insert) {
      // The matched part goes in at each insertion point of the replacement.
      const matched = s.subarray(i, i + n);
      const points = [...o.insert].sort((a, c) => a - c);
      let q = 0;
      for (const k of points) {
        chunks.push(rep.subarray(q, k), matched);
        q = k;
      }
      chunks.push(rep.subarray(q));
    } else chunks.push(rep);
    at = i + n;
  }
  chunks.push(s.subarray(at));
  const total = chunks.reduce((a, c) => a + c.length, 0);
  if (total === 0) return EMPTY_BINARY;
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return binary(out);
}

export function registerBinaryBifs(): void {
  registerNative('binary', {
    'at/2': at,
    'first/1': first,
    'last/1': last,
    'part/2': (b, pl) => {
      const [p, l] = posLen(pl);
      return part3(b, p, l);
    },
    'part/3': part3,
    'bin_to_list/1': (b) => binToList(b),
    'bin_to_list/2': (b, pl) => binToList(b, pl),
    'bin_to_list/3': (b, p, l) => binToList(b, [p, l]),
    'list_to_bin/1': listToBin,
    'copy/1': (b) => copy(b),
    'copy/2': copy,
    'encode_unsigned/1': (n) => encodeUnsigned(n),
    'encode_unsigned/2': encodeUnsigned,
    'decode_unsigned/1': (b) => decodeUnsigned(b),
    'decode_unsigned/2': decodeUnsigned,
    'encode_hex/1': encodeHex,
    'decode_hex/1': decodeHex,
    'longest_common_prefix/1': longestCommonPrefix,
    'longest_common_suffix/1': longestCommonSuffix,
    'referenced_byte_size/1': referencedByteSize,
    'compile_pattern/1': compilePattern,
    'match/2': (b, p) => match(b, p),
    'match/3': match,
    'matches/2': (b, p) => matches(b, p),
    'matches/3': matches,
    'split/2': (b, p) => split(b, p),
    'split/3': split,
    'replace/3': (b, p, r) => replace(b, p, r),
    'replace/4': replace,
  });
}

