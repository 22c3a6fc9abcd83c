// A small model of Erlang terms, for what the preprocessor computes: the value of an
// `-if` condition (erl_eval on a guard expression) and the term of `-error(Term)` /
// `-warning(Term)` (erl_parse:parse_term), and `~tp`, which epp uses to print the latter.
//
// Representation: integers are bigints, floats JS numbers, atoms `Atom` objects, lists
// `List` (items plus tail; [] is a List with no items and tail null), tuples `Tuple`,
// maps `ErlMap`, binaries `Bin` (whole bytes), external funs `ExtFun`.
import { formatFloat, writeAtom, writeString } from './erl-text.js';

export class Atom {
  constructor(readonly name: string) {}
}
export class List {
  /** `tail` null: a proper list. */
  constructor(readonly items: Term[], readonly tail: Term | null = null) {}
}
export class Tuple {
  constructor(readonly items: Term[]) {}
}
export class ErlMap {
  constructor(readonly entries: [Term, Term][]) {}
}
export class Bin {
  constructor(readonly bytes: number[]) {}
}
export class ExtFun {
  constructor(readonly m: string, readonly f: string, readonly a: bigint) {}
}
export type Term = bigint | number | Atom | List | Tuple | ErlMap | Bin | ExtFun;

export const TRUE = new Atom('true');
export const FALSE = new Atom('false');
export const NIL = new List([]);

export const atom = (name: string): Atom => new Atom(name);
export const bool = (b: boolean): Atom => (b ? TRUE : FALSE);

export function isAtom(t: Term, name?: string): t is Atom {
  return t instanceof Atom && (name === undefined || t.name === name);
}

/** A string as a list of character codes. */
export function charList(s: string): List {
  return new List(Array.from(s, (c) => BigInt(c.codePointAt(0)!)));
}

// ------------------------------------------------------------------ term order

/** Rank of a term's type in Erlang's term order (number < atom < fun < tuple < map <
 * nil < list < bitstring; references, ports and pids cannot occur here). */
function rank(t: Term): number {
  if (typeof t === 'bigint' || typeof t === 'number') return 0;
  if (t instanceof Atom) return 1;
  if (t instanceof ExtFun) return 3;
  if (t instanceof Tuple) return 6;
  if (t instanceof ErlMap) return 7;
  if (t instanceof List) return t.items.length === 0 && t.tail === null ? 8 : 9;
  return 10;
}

function cmpNum(a: bigint | number, b: bigint | number): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function cmpStr(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** Compare in term order; `exact`: 1 and 1.0 differ (=:=) rather than being equal (==). */
export function compare(a: Term, b: Term, exact = false): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) {
    const c = cmpNum(a as bigint | number, b as bigint | number);
    if (c !== 0 || !exact || typeof a === typeof b) return c;
    return typeof a === 'bigint' ? -1 : 1;
  }
  if (a instanceof Atom) return cmpStr(a.name, (b as Atom).name);
  if (a instanceof Tuple) {
    const y = b as Tuple;
    if (a.items.length !== y.items.length) return a.items.length - y.items.length;
    return cmpSeq(a.items, y.items, exact);
  }
  if (a instanceof List) return cmpList(a, b as List, exact);
  if (a instanceof ErlMap) {
    const y = b as ErlMap;
    if (a.entries.length !== y.entries.length) return a.entries.length - y.entries.length;
    const ka = sortedEntries(a);
    const kb = sortedEntries(y);
    const c = cmpSeq(ka.map((e) => e[0]), kb.map((e) => e[0]), true);
    return c !== 0 ? c : cmpSeq(ka.map((e) => e[1]), kb.map((e) => e[1]), exact);
  }
  if (a instanceof Bin) {
    const y = b as Bin;
    for (let i = 0; i < Math.min(a.bytes.length, y.bytes.length); i++) if (a.bytes[i] !== y.bytes[i]) return a.bytes[i]! - y.bytes[i]!;
    return a.bytes.length - y.bytes.length;
  }
  const fa = a as ExtFun;
  const fb = b as ExtFun;
  return cmpStr(fa.m, fb.m) || cmpStr(fa.f, fb.f) || cmpNum(fa.a, fb.a);
}

function cmpSeq(a: Term[], b: Term[], exact: boolean): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compare(a[i]!, b[i]!, exact);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function cmpList(a: List, b: List, exact: boolean): number {
  const n = Math.min(a.items.length, b.items.length);
  for (let i = 0; i < n; i++) {
    const c = compare(a.items[i]!, b.items[i]!, exact);
    if (c !== 0) return c;
  }
  const restA: Term = a.items.length > n ? new List(a.items.slice(n), a.tail) : (a.tail ?? NIL);
  const restB: Term = b.items.length > n ? new List(b.items.slice(n), b.tail) : (b.tail ?? NIL);
  if (restA instanceof List && restB instanceof List && restA.items.length === 0 && restB.items.length === 0 && restA.tail === null && restB.tail === null) return 0;
  if (a.items.length === n && b.items.length === n && a.tail === null && b.tail === null) return 0;
  return compare(restA, restB, exact);
}

/** Map entries in key order (how maps compare and print). */
export function sortedEntries(m: ErlMap): [Term, Term][] {
  return [...m.entries].sort((x, y) => compare(x[0], y[0], true));
}

// ------------------------------------------------------------------ ~tp


const LINE_LENGTH = 80;

/** The characters of a list, if it is a printable string in the latin-1 range (what ~p
 * prints as a string by default). */
function printableString(l: List): string | undefined {
  if (l.tail !== null || l.items.length === 0) return undefined;
  let s = '';
  for (const x of l.items) {
    if (typeof x !== 'bigint') return undefined;
    const c = Number(x);
    if (!((c >= 32 && c <= 126) || (c >= 160 && c <= 255) || (c >= 8 && c <= 13) || c === 27)) return undefined;
    s += String.fromCharCode(c);
  }
  return s;
}

function printableBin(b: Bin): string | undefined {
  if (b.bytes.length === 0) return undefined;
  let s = '';
  for (const c of b.bytes) {
    if (!((c >= 32 && c <= 126) || (c >= 160 && c <= 255) || (c >= 8 && c <= 13) || c === 27)) return undefined;
    s += String.fromCharCode(c);
  }
  return s;
}

/** The one-line form of ~tp (what io_lib_pretty prints when the term fits). */
export function printFlat(t: Term): string {
  if (typeof t === 'bigint') return t.toString();
  if (typeof t === 'number') return formatFloat(t);
  if (t instanceof Atom) return writeAtom(t.name, false);
  if (t instanceof Tuple) return '{' + t.items.map(printFlat).join(',') + '}';
  if (t instanceof List) {
    const s = printableString(t);
    if (s !== undefined) return writeString(s);
    const body = t.items.map(printFlat).join(',');
    return '[' + body + (t.tail !== null ? '|' + printFlat(t.tail) : '') + ']';
  }
  if (t instanceof ErlMap) return '#{' + sortedEntries(t).map(([k, v]) => printFlat(k) + ' => ' + printFlat(v)).join(',') + '}';
  if (t instanceof Bin) {
    const s = printableBin(t);
    return s !== undefined ? '<<' + writeString(s) + '>>' : '<<' + t.bytes.join(',') + '>>';
  }
  return `fun ${writeAtom(t.m, false)}:${writeAtom(t.f, false)}/${t.a}`;
}

// io_lib_pretty's layout, for terms that do not fit on the line. Terms are first
// measured (`measure`, io_lib_pretty's print_length): atomic terms, strings and empty
// containers become flat text; lists, tuples and maps keep their elements. Then
// `layout` writes a node flat when it fits, else one element after the other, each on
// the same line while it fits and is flat, on a new line aligned under the first
// element otherwise. A tuple whose first element is an atom ("tagged") aligns its
// other elements after the tag, or `tagIndent` columns in when that is too far right
// (the indentation io_lib_pretty settles on by trying -1, then 4, else 1).

type Node =
  | { kind: 'flat'; text: string; len: number }
  | { kind: 'list'; items: Node[]; tail: Node | null; len: number }
  | { kind: 'tuple'; tagged: boolean; items: Node[]; len: number }
  | { kind: 'map'; pairs: Pair[]; len: number };
interface Pair {
  k: Node;
  v: Node;
  len: number;
}

function flat(text: string): Node {
  return { kind: 'flat', text, len: Array.from(text).length };
}

/** The sum of the elements' lengths plus the separators between them. */
function seqLen(nodes: readonly { len: number }[], open: number): number {
  let n = open;
  nodes.forEach((x, i) => (n += x.len + (i > 0 ? 1 : 0)));
  return n;
}

function measure(t: Term): Node {
  if (t instanceof List) {
    if (t.items.length === 0 && t.tail === null) return flat('[]');
    if (printableString(t) !== undefined) return flat(printFlat(t));
    const items = t.items.map(measure);
    const tail = t.tail === null ? null : measure(t.tail);
    return { kind: 'list', items, tail, len: seqLen(tail ? [...items, tail] : items, 2) };
  }
  if (t instanceof Tuple) {
    if (t.items.length === 0) return flat('{}');
    const items = t.items.map(measure);
    return { kind: 'tuple', tagged: t.items[0] instanceof Atom && t.items.length > 1, items, len: seqLen(items, 2) };
  }
  if (t instanceof ErlMap) {
    if (t.entries.length === 0) return flat('#{}');
    const pairs = sortedEntries(t).map(([k, v]) => {
      const kn = measure(k);
      const vn = measure(v);
      return { k: kn, v: vn, len: kn.len + 4 + vn.len };
    });
    return { kind: 'map', pairs, len: seqLen(pairs, 3) };
  }
  return flat(printFlat(t));
}

function write(n: Node): string {
  switch (n.kind) {
    case 'flat': return n.text;
    case 'list': return '[' + n.items.map(write).join(',') + (n.tail ? '|' + write(n.tail) : '') + ']';
    case 'tuple': return '{' + n.items.map(write).join(',') + '}';
    case 'map': return '#{' + n.pairs.map(writePair).join(',') + '}';
  }
}

const writePair = (p: Pair): string => write(p.k) + ' => ' + write(p.v);
const isFlat = (n: Node): boolean => n.kind === 'flat';
const pairFlat = (p: Pair): boolean => isFlat(p.k) && isFlat(p.v);
const spaces = (n: number): string => ' '.repeat(Math.max(0, n));

class NoGood {}

/** One pretty-printing job: line length `ll`, `max` the whole term's length. */
class Layout {
  constructor(private readonly ll: number, private readonly max: number) {}

  /** Whether a node of length `len` fits after column `col` (with `ld` closing
   * brackets still to come and `w` characters already on this line). */
  private fits(len: number, col: number, ld: number, w: number): boolean {
    return len < this.ll - col - ld && len + w + ld <= this.max;
  }

  /** Whether the next element (with its comma) stays on the current line. */
  private fitsTail(elen: number, col: number, ld1: number, w: number): boolean {
    return ld1 === 0
      ? elen + 1 < this.ll - col && w + elen + 1 <= this.max
      : elen < this.ll - col - ld1 && w + elen + ld1 <= this.max;
  }

  pp(n: Node, col: number, tind: number, ind: string, ld: number, w: number): string {
    if (this.fits(n.len, col, ld, w)) return write(n);
    switch (n.kind) {
      case 'flat': return n.text;
      case 'list': return '[' + this.list(n.items, n.tail, col + 1, tind, ind + ' ', ld, '|', w + 1) + ']';
      case 'tuple':
        if (n.tagged) return '{' + this.tagTuple(n.items, col, tind, ind, ld, w + 1) + '}';
        return '{' + this.list(n.items, null, col + 1, tind, ind + ' ', ld, ',', w + 1) + '}';
      case 'map': return '#{' + this.map(n.pairs, col + 2, tind, ind + '  ', ld, w + 1) + '}';
    }
  }

  private tagTuple(items: Node[], col: number, tind: number, ind: string, ld: number, w: number): string {
    const tag = items[0]!;
    const tagInd = tag.len + 2;
    const tcol = col + tagInd;
    if (tind > 0 && tagInd > tind) {
      return write(tag) + this.tail(items, 1, null, col + tind, tcol, tind, ind + spaces(tind), ld, ',', w + tag.len);
    }
    return write(tag) + ',' + this.list(items.slice(1), null, tcol, tind, ind + spaces(tagInd), ld, ',', w + tag.len + 1);
  }

  private element(e: Node, col: number, tind: number, ind: string, ld: number, w: number): [string, number] {
    if (this.fits(e.len, col, ld, w) && isFlat(e)) return [write(e), e.len];
    return [this.pp(e, col, tind, ind, ld, w), this.ll];
  }

  private list(items: Node[], tail: Node | null, col0: number, tind: number, ind: string, ld: number, sep: string, w: number): string {
    const ld1 = items.length > 1 ? 0 : ld + 1;
    const [s, we] = this.element(items[0]!, col0, tind, ind, ld1, w);
    return s + this.tail(items, 1, tail, col0, col0 + we, tind, ind, ld, sep, w + we);
  }

  private tail(items: Node[], k: number, tail: Node | null, col0: number, col: number, tind: number, ind: string, ld: number, sep: string, w: number): string {
    let out = '';
    for (; k < items.length; k++) {
      const e = items[k]!;
      const ld1 = k + 1 < items.length ? 0 : ld + 1;
      const elen = 1 + e.len;
      if (this.fitsTail(elen, col, ld1, w) && isFlat(e)) {
        out += ',' + write(e);
        col += elen;
        w += elen;
      } else {
        const [s, we] = this.element(e, col0, tind, ind, ld1, 0);
        out += ',\n' + ind + s;
        col = col0 + we;
        w = we;
      }
    }
    if (tail === null) return out;
    if (tail.len + 1 < this.ll - col - (ld + 1) && tail.len + 1 + w + (ld + 1) <= this.max && isFlat(tail)) return out + sep + write(tail);
    return out + sep + '\n' + ind + this.pp(tail, col0, tind, ind, ld + 1, 0);
  }

  private map(pairs: Pair[], col: number, tind: number, ind: string, ld: number, w: number): string {
    const ld1 = pairs.length > 1 ? 0 : ld + 1;
    let [out, pw] = this.pair(pairs[0]!, col, tind, ind, ld1, w);
    let c = col + pw;
    let ww = pw;
    for (let k = 1; k < pairs.length; k++) {
      const p = pairs[k]!;
      const l1 = k + 1 < pairs.length ? 0 : ld + 1;
      const elen = 1 + p.len;
      if (this.fitsTail(elen, c, l1, ww) && pairFlat(p)) {
        out += ',' + writePair(p);
        c += elen;
        ww += elen;
      } else {
        const [s, w2] = this.pair(p, col, tind, ind, l1, 0);
        out += ',\n' + ind + s;
        c = col + w2;
        ww = w2;
      }
    }
    return out;
  }

  private pair(p: Pair, col: number, tind: number, ind: string, ld: number, w: number): [string, number] {
    if (this.fits(p.len, col, ld, w)) return [writePair(p), pairFlat(p) ? p.len : this.ll];
    const i = tind > 0 ? tind : 4;
    const ind2 = ind + spaces(i);
    return [this.pp(p.k, col, tind, ind, ld, w) + ' =>\n' + ind2 + this.pp(p.v, col + i, tind, ind2, ld, 0), this.ll];
  }

  // The same walk without output: throws NoGood where the layout for tag indentation
  // `ind` would run too far right (io_lib_pretty's cind).
  cind(n: Node, col: number, ind: number, ld: number, w: number): void {
    if (this.fits(n.len, col, ld, w)) return;
    if (n.kind === 'list') this.cindList(n.items, 0, n.tail, col + 1, ind, ld, w + 1);
    else if (n.kind === 'tuple' && n.tagged) this.cindTagTuple(n.items, col, ind, ld, w + 1);
    else if (n.kind === 'tuple') this.cindList(n.items, 0, null, col + 1, ind, ld, w + 1);
    else if (n.kind === 'map') this.cindMap(n.pairs, col + 2, ind, ld, w + 2);
  }

  private cindTagTuple(items: Node[], col: number, ind: number, ld: number, w: number): void {
    const tlen = items[0]!.len;
    const tagInd = tlen + 2;
    const tcol = col + tagInd;
    const half = Math.floor(this.ll / 2);
    if (ind > 0 && tagInd > ind) {
      const col1 = col + ind;
      if (!(this.max + col1 <= this.ll || col1 <= half)) throw new NoGood();
      this.cindTail(items, 1, null, col1, tcol, ind, ld, w + tlen);
    } else if (this.max + tcol < this.ll || tcol < half) {
      this.cindList(items, 1, null, tcol, ind, ld, w + tlen + 1);
    } else {
      throw new NoGood();
    }
  }

  private cindElement(e: Node, col: number, ind: number, ld: number, w: number): number {
    if (this.fits(e.len, col, ld, w) && isFlat(e)) return e.len;
    this.cind(e, col, ind, ld, w);
    return this.ll;
  }

  private cindList(items: Node[], k: number, tail: Node | null, col0: number, ind: number, ld: number, w: number): void {
    const ld1 = k + 1 < items.length ? 0 : ld + 1;
    const we = this.cindElement(items[k]!, col0, ind, ld1, w);
    this.cindTail(items, k + 1, tail, col0, col0 + we, ind, ld, w + we);
  }

  private cindTail(items: Node[], k: number, tail: Node | null, col0: number, col: number, ind: number, ld: number, w: number): void {
    for (; k < items.length; k++) {
      const e = items[k]!;
      const ld1 = k + 1 < items.length ? 0 : ld + 1;
      const elen = 1 + e.len;
      if (this.fitsTail(elen, col, ld1, w) && isFlat(e)) {
        col += elen;
        w += elen;
      } else {
        const we = this.cindElement(e, col0, ind, ld1, 0);
        col = col0 + we;
        w = we;
      }
    }
    if (tail === null) return;
    if (tail.len + 1 < this.ll - col - (ld + 1) && tail.len + 1 + w + (ld + 1) <= this.max && isFlat(tail)) return;
    this.cind(tail, col, ind, ld + 1, 0);
  }

  private cindMap(pairs: Pair[], col: number, ind: number, ld: number, w: number): void {
    let ww = w;
    let c = col;
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k]!;
      const l1 = k + 1 < pairs.length ? 0 : ld + 1;
      const elen = (k > 0 ? 1 : 0) + p.len;
      if (k > 0 && this.fitsTail(elen, c, l1, ww) && pairFlat(p)) {
        c += elen;
        ww += elen;
        continue;
      }
      const pw = this.cindPair(p, col, ind, l1, k > 0 ? 0 : ww);
      c = col + pw;
      ww = k > 0 ? pw : ww + pw;
    }
  }

  private cindPair(p: Pair, col: number, ind: number, ld: number, w: number): number {
    if (this.fits(p.len, col, ld, w)) return pairFlat(p) ? p.len : this.ll;
    this.cind(p.k, col, ind, ld, w);
    this.cind(p.v, col + (ind > 0 ? ind : 4), ind, ld, 0);
    return this.ll;
  }
}

/** io_lib:format("~tp", [T]) when the text before it on the line is `col` characters. */
export function printPretty(t: Term, col: number, lineLength = LINE_LENGTH): string {
  const n = measure(t);
  const c = col + 1;
  if (n.kind === 'flat' || n.len < lineLength - c) return write(n);
  const job = new Layout(lineLength, n.len);
  let tind = 1;
  for (const candidate of [-1, 4]) {
    try {
      job.cind(n, c, candidate, 0, 0);
      tind = candidate;
      break;
    } catch (e) {
      if (!(e instanceof NoGood)) throw e;
    }
  }
  return job.pp(n, c, tind, spaces(c - 1), 0, 0);
}
