// The `~p`/`~P` pretty printer: io_lib_pretty:print/2 without chars_limit (io:format
// and io_lib:format/2 never set one) and without records (record definitions are not
// known at run time; records print as the tuples they are).
//
// It works in two passes, as io_lib_pretty does. `measure` turns the term into an
// intermediate tree where every node knows the length of its one-line form; a node
// whose form is plain text ("atomic": atoms, numbers, strings, `[]`, ...) holds that
// text. Then, if the whole term does not fit in the line from the start column, `pp`
// lays it out: lists and plain tuples put elements one per line aligned after the
// opening bracket, except that runs of atomic elements that fit stay on one line;
// tagged tuples (`{atom, ...}`) continue after the tag unless the tag is long, in
// which case the rest goes on the next line indented by a fixed amount (`TInd`); map
// pairs that do not fit break after ` =>`. `TInd` is chosen by trying -1 (never break
// after the tag) and then 4 (`chooseIndent`); a layout fails when it would push
// elements past the right margin. `LD` ("last depth") counts the closing brackets that
// will follow the element being placed, so that they fit too.
//
// Lengths are in characters (code points), the text is a JS string.
import { Cons, NIL, TAG_BITS, TAG_CONS, TAG_FUN, TAG_MAP, TAG_NIL, type Term } from '../term/types.js';
import type { ErlMap } from '../term/map.js';
import type { Bitstring } from '../term/bitstring.js';
import { writeAtom } from '../term/print.js';
import { writeString } from '../../compiler/parse/erl-text.js';
import { binaryPieces, writeDepth } from './write.js';

interface Seq {
  items: Node[];
  /** `null`: a proper end; a node: an improper tail or the `...` of a depth cut. */
  tail: Node | null;
}
type What =
  | string
  | { k: 'list'; l: Seq }
  | { k: 'tuple'; tagged: boolean; l: Seq }
  | { k: 'map'; l: Seq }
  | { k: 'pair'; key: Node; val: Node }
  | { k: 'bin'; pieces: string[] }
  | { k: 'record'; name: string; nameLen: number; l: Seq }
  | { k: 'field'; name: string; nameLen: number; val: Node }
  | { k: 'dots' };
interface Node {
  w: What;
  len: number;
}

const DOTS: Node = { w: { k: 'dots' }, len: 3 };

function isDots(n: Node): boolean {
  return typeof n.w !== 'string' && n.w.k === 'dots';
}
function atomic(n: Node): boolean {
  return typeof n.w === 'string';
}
/** io_lib_pretty's ?ATM_FLD: a record field whose value is plain text. */
function atomicField(n: Node): boolean {
  return atomic((n.w as { k: 'field'; val: Node }).val);
}
function atomicPair(n: Node): boolean {
  const w = n.w as { k: 'pair'; key: Node; val: Node };
  return atomic(w.key) && atomic(w.val);
}

/** Length in characters (code points) of a JS string. */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

export interface PrettyOptions {
  column: number;
  lineLength: number;
  depth: number;
  unicode: boolean;
  strings: boolean;
  /** io_lib_pretty's line_max_chars (the shell uses 60); absent or negative: no maximum. */
  lineMaxChars?: number;
  /** io_lib_pretty's record_print_fun: the field names of record Name with Arity
   * fields, or undefined (a plain tuple). Records then print as `#name{f = V,...}`. */
  records?: (name: string, arity: number) => readonly string[] | undefined;
}

/** io_lib_pretty:print(Term, [{column,C},{line_length,L},{depth,D},{encoding,E},{strings,S}]). */
export function prettyPrint(t: Term, o: PrettyOptions): string {
  if (o.depth === 0) return '...';
  const col = o.column <= 0 ? 1 : o.column;
  if (typeof t === 'string' || typeof t === 'boolean') return writeAtom(atomStr(t), o.unicode);
  const structured =
    Array.isArray(t) || (typeof t === 'object' && [TAG_NIL, TAG_CONS, TAG_MAP, TAG_BITS].includes((t as { tag: number }).tag));
  if (!structured) return writeDepth(t, -1, false);
  const ctx = new Measure(o.unicode, o.strings, o.records);
  const n = ctx.measure(t, o.depth);
  const ll = o.lineLength;
  const m = o.lineMaxChars !== undefined && o.lineMaxChars >= 0 ? o.lineMaxChars : n.len;
  if (ll === 0) return write(n);
  if (n.len < ll - col && n.len <= m) return write(n);
  const pp = new Layout(ll, m);
  let tind = 1;
  for (const i of [-1, 4]) {
    try {
      pp.cind(n, col, i, 0, 0);
      tind = i;
      break;
    } catch (e) {
      if (e !== NO_GOOD) throw e;
    }
  }
  pp.tind = tind;
  return pp.pp(n, col, ' '.repeat(col - 1), 0, 0);
}

function atomStr(a: string | boolean): string {
  return typeof a === 'string' ? a : a ? 'true' : 'false';
}

// ------------------------------------------------------------------ measuring

function isPrintableLatin1(c: number): boolean {
  return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || (c >= 8 && c <= 13) || c === 27;
}

/** io_lib:printable_latin1_list/1 (the default printable range is latin1, also for ~tp). */
function printableList(l: Term): string | undefined {
  let s = '';
  while (l instanceof Cons) {
    const c = l.hd;
    if (typeof c !== 'number' || !isPrintableLatin1(c)) return undefined;
    s += String.fromCharCode(c);
    l = l.tl;
  }
  return l === NIL ? s : undefined;
}

class Measure {
  constructor(
    readonly unicode: boolean,
    readonly strings: boolean,
    readonly records?: (name: string, arity: number) => readonly string[] | undefined,
  ) {}

  text(s: string): Node {
    return { w: s, len: cpLength(s) };
  }

  measure(t: Term, d: number): Node {
    if (Array.isArray(t)) {
      if (t.length === 0) return { w: '{}', len: 2 };
      if (d === 1) return { w: '{...}', len: 5 };
      if (this.records && (typeof t[0] === 'string' || typeof t[0] === 'boolean')) {
        const defs = this.records(atomStr(t[0]), t.length - 1);
        if (defs) return this.record(t, d, defs);
      }
      const items: Node[] = [];
      let tail: Node | null = null;
      let dd = d;
      for (let i = 0; i < t.length; i++) {
        if (dd === 1) {
          tail = DOTS;
          break;
        }
        items.push(this.measure(t[i]!, dd - 1));
        dd--;
      }
      const l = { items, tail };
      const tagged = (typeof t[0] === 'string' || typeof t[0] === 'boolean') && t.length > 1;
      return { w: { k: 'tuple', tagged, l }, len: seqLength(l, 2) };
    }
    switch (typeof t) {
      case 'string':
      case 'boolean':
        return this.text(writeAtom(atomStr(t), this.unicode));
      case 'object':
        break;
      default:
        return this.text(writeDepth(t, -1, false));
    }
    switch ((t as { tag: number }).tag) {
      case TAG_NIL:
        return { w: '[]', len: 2 };
      case TAG_CONS: {
        if (this.strings && d !== 1) {
          const s = printableList(t);
          if (s !== undefined) return this.text(writeString(s, '"', false));
        }
        const items: Node[] = [];
        let tail: Node | null = null;
        let c: Term = t;
        let dd = d;
        for (;;) {
          if (c === NIL) break;
          if (dd === 1) {
            tail = DOTS;
            break;
          }
          if (c instanceof Cons) {
            items.push(this.measure(c.hd, dd - 1));
            c = c.tl;
            dd--;
          } else {
            tail = this.measure(c, dd - 1);
            break;
          }
        }
        const l = { items, tail };
        return { w: { k: 'list', l }, len: seqLength(l, 2) };
      }
      case TAG_MAP: {
        const m = t as ErlMap;
        if (m.size === 0) return { w: '#{}', len: 3 };
        if (d === 1) return { w: '#{...}', len: 6 };
        const items: Node[] = [];
        let tail: Node | null = null;
        let dd = d;
        const d0 = d - 1;
        let done = false;
        m.forEach((k, v) => {
          if (done) return;
          if (dd === 1) {
            tail = DOTS;
            done = true;
            return;
          }
          const key = this.measure(k, d0);
          const val = this.measure(v, d0);
          items.push({ w: { k: 'pair', key, val }, len: key.len + 4 + val.len });
          dd--;
        });
        const l = { items, tail };
        return { w: { k: 'map', l }, len: seqLength(l, 3) };
      }
      case TAG_BITS:
        return this.binary(t as Bitstring, d);
      case TAG_FUN:
        return this.text(writeDepth(t, -1, false));
    }
    return this.text(writeDepth(t, -1, false));
  }

  /** print_length_record: `#name{field = Value,...}`, cut by the depth as a tuple is. */
  record(t: Term[], d: number, defs: readonly string[]): Node {
    const name = '#' + writeAtom(atomStr(t[0] as string | boolean), this.unicode);
    const nameLen = cpLength(name);
    const items: Node[] = [];
    let tail: Node | null = null;
    let dd = d - 1;
    for (let i = 0; i < defs.length; i++) {
      if (dd === 1) {
        tail = DOTS;
        break;
      }
      const fname = writeAtom(defs[i]!, this.unicode);
      const fl = cpLength(fname) + 3;
      const val = this.measure(t[i + 1]!, dd - 1);
      items.push({ w: { k: 'field', name: fname, nameLen: fl, val }, len: fl + val.len });
      dd--;
    }
    const l = { items, tail };
    return { w: { k: 'record', name, nameLen, l }, len: seqLength(l, nameLen + 2) };
  }

  binary(b: Bitstring, d: number): Node {
    if (b.bitSize === 0) return { w: '<<>>', len: 4 };
    if (d === 1) return { w: '<<...>>', len: 7 };
    if (this.strings && (b.bitSize & 7) === 0) {
      const p = printableBin(b, d - 1, this.unicode);
      if (p !== false) {
        const s = writeString(p.text, '"', false);
        if (p.latin1 && !p.more) return this.text('<<' + s + '>>');
        if (!p.latin1 && !p.more) return this.text('<<' + s + '/utf8>>');
        if (p.latin1) return this.text('<<' + s + '...>>');
        return this.text('<<' + s + '/utf8...>>');
      }
    }
    const pieces = binaryPieces(b, d);
    let len = 4;
    for (const x of pieces) len += x.length;
    return { w: { k: 'bin', pieces }, len };
  }
}

interface Printable {
  text: string;
  /** Written as bytes (`<<"...">>`) rather than `/utf8`. */
  latin1: boolean;
  /** Cut by the depth: `...` follows. */
  more: boolean;
}

/** io_lib_pretty's printable_bin0/printable_bin with no chars limit. */
function printableBin(b: Bitstring, d: number, unicode: boolean): Printable | false {
  const size = b.bitSize >>> 3;
  const len = d >= 0 ? Math.min(4 * d, size) : size;
  if (len === 0) return false;
  if (unicode) {
    const u = decodeUtf8Prefix(b, len);
    if (u !== undefined) {
      // printable_unicode over at most `len` characters, with the latin1 printable range.
      let i = 0;
      let text = '';
      let bytes = 0;
      for (; i < u.chars.length && i < len; i++) {
        const c = u.chars[i]!;
        if (!isPrintableLatin1(c)) break;
        text += String.fromCodePoint(c);
        bytes += u.sizes[i]!;
      }
      const remaining = len - i;
      if (bytes === size) return { text, latin1: size === cpLength(text), more: false };
      if (d > 0 && len - remaining >= d) return { text, latin1: bytes === cpLength(text), more: true };
      return false;
    }
  }
  const bytes: number[] = [];
  for (let i = 0; i < len; i++) bytes.push(b.byteAt(i));
  let nc = 0;
  for (let i = 0; i < bytes.length; i++)
    if (!isPrintableLatin1(bytes[i]!)) {
      nc = bytes.length - i;
      break;
    }
  const str = (n: number) => String.fromCharCode(...bytes.slice(0, n));
  if (nc === 0) {
    if (len === size) return { text: str(len), latin1: true, more: false };
    if (d > 0 && len >= d) return { text: str(len), latin1: true, more: true };
    return false;
  }
  if (d > 0 && len - nc >= d) return { text: str(len - nc), latin1: true, more: true };
  return false;
}

/** Decode up to `n` UTF-8 characters from the start of b; undefined if invalid there. */
function decodeUtf8Prefix(b: Bitstring, n: number): { chars: number[]; sizes: number[] } | undefined {
  const size = b.bitSize >>> 3;
  const chars: number[] = [];
  const sizes: number[] = [];
  let i = 0;
  while (i < size && chars.length < n) {
    const c0 = b.byteAt(i);
    let need = 0;
    let cp = 0;
    if (c0 < 0x80) cp = c0;
    else if (c0 >= 0xc2 && c0 < 0xe0) (need = 1), (cp = c0 & 0x1f);
    else if (c0 >= 0xe0 && c0 < 0xf0) (need = 2), (cp = c0 & 0x0f);
    else if (c0 >= 0xf0 && c0 < 0xf5) (need = 3), (cp = c0 & 0x07);
    else return undefined;
    if (i + need >= size + (need === 0 ? 1 : 0) && need > 0 && i + need > size - 1 + 1) return undefined;
    for (let j = 1; j <= need; j++) {
      if (i + j >= size) return undefined;
      const cj = b.byteAt(i + j);
      if ((cj & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (cj & 0x3f);
    }
    if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff)))
      return undefined;
    chars.push(cp);
    sizes.push(need + 1);
    i += need + 1;
  }
  return { chars, sizes };
}

function seqLength(l: Seq, acc: number): number {
  let n = acc;
  l.items.forEach((e, i) => (n += (i > 0 ? 1 : 0) + e.len));
  if (l.tail) n += (l.items.length > 0 ? 1 : 0) + l.tail.len;
  return n;
}

// ------------------------------------------------------------------ one-line form

function write(n: Node): string {
  const w = n.w;
  if (typeof w === 'string') return w;
  switch (w.k) {
    case 'tuple':
      return '{' + writeSeq(w.l, ',') + '}';
    case 'list':
      return '[' + writeSeq(w.l, '|') + ']';
    case 'map':
      return '#{' + writeSeq(w.l, ',') + '}';
    case 'pair':
      return write(w.key) + ' => ' + write(w.val);
    case 'record':
      return w.name + '{' + writeSeq(w.l, ',') + '}';
    case 'field':
      return w.name + ' = ' + write(w.val);
    case 'bin':
      return '<<' + w.pieces.join('') + '>>';
    case 'dots':
      return '...';
  }
}

function writeSeq(l: Seq, sep: string): string {
  let s = l.items.map(write).join(',');
  if (l.tail) s += (l.items.length > 0 ? sep : '') + write(l.tail);
  return s;
}

// ------------------------------------------------------------------ layout

const NO_GOOD = Symbol('no_good');

/** last_depth: closing brackets after the element at `i` (0 if more elements follow). */
function lastDepth(l: Seq, i: number, ld: number): number {
  return i + 1 < l.items.length ? 0 : ld + 1;
}

class Layout {
  tind = -1;
  constructor(
    readonly ll: number,
    readonly m: number,
  ) {}

  fits(n: Node, col: number, ld: number, w: number): boolean {
    return n.len < this.ll - col - ld && n.len + w + ld <= this.m;
  }

  /** Does element e (length ELen = 1 + len) stay on the current line? */
  tailFits(elen: number, col: number, ld1: number, w: number): boolean {
    return ld1 === 0
      ? elen + 1 < this.ll - col && w + elen + 1 <= this.m
      : elen < this.ll - col - ld1 && w + elen + ld1 <= this.m;
  }

  pp(n: Node, col: number, ind: string, ld: number, w: number): string {
    if (this.fits(n, col, ld, w)) return write(n);
    const x = n.w;
    if (typeof x === 'string') return x;
    switch (x.k) {
      case 'list':
        return '[' + this.ppList(x.l, col + 1, ' ' + ind, ld, '|', w + 1) + ']';
      case 'tuple':
        if (x.tagged) return '{' + this.ppTagTuple(x.l, col, ind, ld, w + 1) + '}';
        return '{' + this.ppList(x.l, col + 1, ' ' + ind, ld, ',', w + 1) + '}';
      case 'map':
        return '#{' + this.ppMap(x.l, col + 2, '  ' + ind, ld, w + 1) + '}';
      case 'bin':
        return this.ppBinary(x.pieces, col + 2, '  ' + ind, ld, w);
      case 'record':
        return x.name + '{' + this.ppRecord(x.l, x.nameLen, col, ind, ld, w + x.nameLen + 1) + '}';
      default:
        return write(n);
    }
  }

  // Records: each field `name = Value`; the fields go after `#name{` unless the name
  // is longer than the tag indentation, then on the next line indented by it.
  recIndent(rind: number, col0: number, ind0: string, w0: number): { col: number; ind: string; s: string; w: number } {
    const nl = this.tind > 0 && rind > this.tind;
    const dcol = nl ? this.tind : rind;
    const ind = ' '.repeat(dcol) + ind0;
    return { col: col0 + dcol, ind, s: nl ? '\n' + ind : '', w: nl ? 0 : w0 };
  }

  ppRecord(l: Seq, nameLen: number, col0: number, ind0: string, ld: number, w0: number): string {
    if (l.items.length === 0) return l.tail ? '...' : '';
    const r = this.recIndent(nameLen + 1, col0, ind0, w0);
    const [fs, fw] = this.ppField(l.items[0]!, r.col, r.ind, lastDepth(l, 0, ld), r.w);
    return r.s + fs + this.ppFieldsTail(l, 1, r.col, r.col + fw, r.ind, ld, r.w + fw);
  }

  ppFieldsTail(l: Seq, i: number, col0: number, col: number, ind: string, ld: number, w: number): string {
    let out = '';
    for (; i < l.items.length; i++) {
      const f = l.items[i]!;
      const ld1 = lastDepth(l, i, ld);
      const elen = 1 + f.len;
      if (this.tailFits(elen, col, ld1, w) && atomicField(f)) {
        out += ',' + write(f);
        col += elen;
        w += elen;
      } else {
        const [fs, fw] = this.ppField(f, col0, ind, ld1, 0);
        out += ',\n' + ind + fs;
        col = col0 + fw;
        w = fw;
      }
    }
    if (l.tail) out += ',...';
    return out;
  }

  ppField(f: Node, col0: number, ind0: string, ld: number, w0: number): [string, number] {
    if (this.fits(f, col0, ld, w0)) return [write(f), atomicField(f) ? f.len : this.ll];
    const x = f.w as { k: 'field'; name: string; nameLen: number; val: Node };
    const r = this.recIndent(x.nameLen, col0, ind0, w0 + x.nameLen);
    const sep = r.s.startsWith('\n') ? ' =' : ' = ';
    return [x.name + sep + r.s + this.pp(x.val, r.col, r.ind, ld, r.w), this.ll];
  }

  ppTagTuple(l: Seq, col: number, ind: string, ld: number, w: number): string {
    if (l.items.length === 0) return '...';
    const tag = l.items[0]!;
    const tagInd = tag.len + 2;
    const tcol = col + tagInd;
    if (this.tind > 0 && tagInd > this.tind) {
      const col1 = col + this.tind;
      const indent = ' '.repeat(this.tind) + ind;
      return write(tag) + this.ppTail(l, 1, col1, tcol, indent, ld, ',', w + tag.len);
    }
    const indent = ' '.repeat(tagInd) + ind;
    return write(tag) + ',' + this.ppList(l, tcol, indent, ld, ',', w + tag.len + 1, 1);
  }

  ppMap(l: Seq, col: number, ind: string, ld: number, w: number): string {
    if (l.items.length === 0) return l.tail ? '...' : '';
    const [ps, pw] = this.ppPair(l.items[0]!, col, ind, lastDepth(l, 0, ld), w);
    return ps + this.ppPairsTail(l, 1, col, col + pw, ind, ld, pw);
  }

  ppPairsTail(l: Seq, i: number, col0: number, col: number, ind: string, ld: number, w: number): string {
    let out = '';
    for (; i < l.items.length; i++) {
      const p = l.items[i]!;
      const ld1 = lastDepth(l, i, ld);
      const elen = 1 + p.len;
      if (this.tailFits(elen, col, ld1, w) && atomicPair(p)) {
        out += ',' + write(p);
        col += elen;
        w += elen;
      } else {
        const [ps, pw] = this.ppPair(p, col0, ind, ld1, 0);
        out += ',\n' + ind + ps;
        col = col0 + pw;
        w = pw;
      }
    }
    if (l.tail) out += ',...';
    return out;
  }

  ppPair(p: Node, col: number, ind0: string, ld: number, w: number): [string, number] {
    if (this.fits(p, col, ld, w)) return [write(p), atomicPair(p) ? p.len : this.ll];
    const x = p.w as { k: 'pair'; key: Node; val: Node };
    const i = this.tind > 0 ? this.tind : 4;
    const ind = ' '.repeat(i) + ind0;
    return [this.pp(x.key, col, ind0, ld, w) + ' =>\n' + ind + this.pp(x.val, col + i, ind, ld, 0), this.ll];
  }

  /** pp_list over the elements from index `from` (the tag of a tagged tuple is skipped). */
  ppList(l: Seq, col0: number, ind: string, ld: number, sep: string, w: number, from = 0): string {
    if (from >= l.items.length) {
      if (l.tail && isDots(l.tail)) return '...';
      if (l.tail) return this.pp(l.tail, col0, ind, ld, w);
      return '';
    }
    const [es, we] = this.ppElement(l.items[from]!, col0, ind, lastDepth(l, from, ld), w);
    return es + this.ppTail(l, from + 1, col0, col0 + we, ind, ld, sep, w + we);
  }

  ppTail(l: Seq, i: number, col0: number, col: number, ind: string, ld: number, sep: string, w: number): string {
    let out = '';
    for (; i < l.items.length; i++) {
      const e = l.items[i]!;
      const ld1 = lastDepth(l, i, ld);
      const elen = 1 + e.len;
      if (this.tailFits(elen, col, ld1, w) && atomic(e)) {
        out += ',' + write(e);
        col += elen;
        w += elen;
      } else {
        const [es, we] = this.ppElement(e, col0, ind, ld1, 0);
        out += ',\n' + ind + es;
        col = col0 + we;
        w = we;
      }
    }
    const t = l.tail;
    if (!t) return out;
    if (isDots(t)) return out + sep + '...';
    if (t.len + 1 < this.ll - col - (ld + 1) && t.len + 1 + w + (ld + 1) <= this.m && atomic(t)) return out + sep + write(t);
    return out + sep + '\n' + ind + this.pp(t, col0, ind, ld + 1, 0);
  }

  ppElement(e: Node, col: number, ind: string, ld: number, w: number): [string, number] {
    if (this.fits(e, col, ld, w) && atomic(e)) return [write(e), e.len];
    return [this.pp(e, col, ind, ld, w), this.ll];
  }

  ppBinary(pieces: string[], col: number, ind: string, ld: number, w: number): string {
    const n0 = Math.max(8, Math.min(this.ll - col, this.m - 4 - w) - ld);
    let n = n0;
    let out = '';
    let i = 0;
    // Pieces come as number, ",", number, ",", ..., last (a number, V:N or ...).
    while (i + 1 < pieces.length && pieces[i + 1] === ',') {
      const bs = pieces[i]!;
      const len = bs.length + 1;
      if (n - len < 0) {
        out += '\n' + ind + bs + ',';
        n = n0 - len;
      } else {
        out += bs + ',';
        n -= len;
      }
      i += 2;
    }
    const last = pieces.slice(i).join('');
    out += last.length > n ? '\n' + ind + last : last;
    return '<<' + out + '>>';
  }

  // cind: a dry run of the layout that throws NO_GOOD when a tagged tuple or a record
  // would start too far right; it decides between the two tag indentations.
  cind(n: Node, col: number, ind: number, ld: number, w: number): number {
    if (this.fits(n, col, ld, w)) return ind;
    const x = n.w;
    if (typeof x === 'string') return ind;
    switch (x.k) {
      case 'list':
        return this.cindList(x.l, 0, col + 1, ind, ld, w + 1);
      case 'tuple':
        if (x.tagged) return this.cindTagTuple(x.l, col, ind, ld, w + 1);
        return this.cindList(x.l, 0, col + 1, ind, ld, w + 1);
      case 'map':
        return this.cindMap(x.l, col + 2, ind, ld, w + 2);
      case 'record':
        return this.cindRecord(x.l, x.nameLen, col, ind, ld, w + x.nameLen + 1);
      default:
        return ind;
    }
  }

  cindRec(rind: number, col0: number, ind: number, w0: number): [number, number] {
    const nl = ind > 0 && rind > ind;
    const col = col0 + (nl ? ind : rind);
    if (this.m + col <= this.ll || col <= Math.floor(this.ll / 2)) return [col, nl ? 0 : w0];
    throw NO_GOOD;
  }

  cindRecord(l: Seq, nameLen: number, col0: number, ind: number, ld: number, w0: number): number {
    if (l.items.length === 0) return ind;
    const [col, w] = this.cindRec(nameLen + 1, col0, ind, w0);
    const fw0 = this.cindField(l.items[0]!, col, ind, lastDepth(l, 0, ld), w);
    let c = col + fw0;
    let ww = w + fw0;
    for (let i = 1; i < l.items.length; i++) {
      const f = l.items[i]!;
      const ld1 = lastDepth(l, i, ld);
      const elen = 1 + f.len;
      if (this.tailFits(elen, c, ld1, ww) && atomicField(f)) {
        c += elen;
        ww += elen;
      } else {
        const fw = this.cindField(f, col, ind, ld1, 0);
        // As io_lib_pretty's cind_fields_tail: from the current column, not the first.
        c += fw;
        ww = fw;
      }
    }
    return ind;
  }

  cindField(f: Node, col0: number, ind: number, ld: number, w0: number): number {
    if (this.fits(f, col0, ld, w0)) return atomicField(f) ? f.len : this.ll;
    const x = f.w as { k: 'field'; name: string; nameLen: number; val: Node };
    const [col, w] = this.cindRec(x.nameLen, col0, ind, w0 + x.nameLen);
    this.cind(x.val, col, ind, ld, w);
    return this.ll;
  }

  cindTagTuple(l: Seq, col: number, ind: number, ld: number, w: number): number {
    if (l.items.length === 0) return ind;
    const tlen = l.items[0]!.len;
    const tagInd = tlen + 2;
    const tcol = col + tagInd;
    const ll = this.ll;
    if (ind > 0 && tagInd > ind) {
      const col1 = col + ind;
      if (this.m + col1 <= ll || col1 <= Math.floor(ll / 2)) return this.cindTail(l, 1, col1, tcol, ind, ld, w + tlen);
      throw NO_GOOD;
    }
    if (this.m + tcol < ll || tcol < Math.floor(ll / 2)) return this.cindList(l, 1, tcol, ind, ld, w + tlen + 1);
    throw NO_GOOD;
  }

  cindMap(l: Seq, col: number, ind: number, ld: number, w: number): number {
    if (l.items.length === 0) return ind;
    const pw = this.cindPair(l.items[0]!, col, ind, lastDepth(l, 0, ld), w);
    let c = col + pw;
    let ww = w + pw;
    for (let i = 1; i < l.items.length; i++) {
      const p = l.items[i]!;
      const ld1 = lastDepth(l, i, ld);
      const elen = 1 + p.len;
      if (this.tailFits(elen, c, ld1, ww) && atomicPair(p)) {
        c += elen;
        ww += elen;
      } else {
        const pw2 = this.cindPair(p, col, ind, ld1, 0);
        c = col + pw2;
        ww = pw2;
      }
    }
    return ind;
  }

  cindPair(p: Node, col: number, ind: number, ld: number, w: number): number {
    if (this.fits(p, col, ld, w)) return atomicPair(p) ? p.len : this.ll;
    const x = p.w as { k: 'pair'; key: Node; val: Node };
    this.cind(x.key, col, ind, ld, w);
    const i = ind > 0 ? ind : 4;
    this.cind(x.val, col + i, ind, ld, 0);
    return this.ll;
  }

  cindList(l: Seq, from: number, col0: number, ind: number, ld: number, w: number): number {
    if (from >= l.items.length) {
      if (!l.tail || isDots(l.tail)) return ind;
      // An improper list cannot start with its tail; nothing else reaches here.
      return ind;
    }
    const we = this.cindElement(l.items[from]!, col0, ind, lastDepth(l, from, ld), w);
    return this.cindTail(l, from + 1, col0, col0 + we, ind, ld, w + we);
  }

  cindTail(l: Seq, i: number, col0: number, col: number, ind: number, ld: number, w: number): number {
    for (; i < l.items.length; i++) {
      const e = l.items[i]!;
      const ld1 = lastDepth(l, i, ld);
      const elen = 1 + e.len;
      if (this.tailFits(elen, col, ld1, w) && atomic(e)) {
        col += elen;
        w += elen;
      } else {
        const we = this.cindElement(e, col0, ind, ld1, 0);
        col = col0 + we;
        w = we;
      }
    }
    const t = l.tail;
    if (!t || isDots(t)) return ind;
    if (t.len + 1 < this.ll - col - (ld + 1) && t.len + 1 + w + (ld + 1) <= this.m && atomic(t)) return ind;
    return this.cind(t, col, ind, ld + 1, 0);
  }

  cindElement(e: Node, col: number, ind: number, ld: number, w: number): number {
    if (this.fits(e, col, ld, w) && atomic(e)) return e.len;
    this.cind(e, col, ind, ld, w);
    return this.ll;
  }
}
