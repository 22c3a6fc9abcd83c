// Equality and the standard order of terms.
//
//   exactEq(a, b)   =:=   same term; 1 =/= 1.0 (but 0.0 =:= -0.0 in OTP 25)
//   eq(a, b)        ==    numbers compare by value, 1 == 1.0; map keys still exact
//   compare(a, b)         the standard order, -1/0/1, where 1 and 1.0 compare equal
//   compareExact(a, b)    map-key order: as `compare`, but every integer is below every
//                         float (recursively), so it is total on =:= classes
//
// Order of types: number < atom < reference < fun < port < pid < tuple < map < [] <
// list < bitstring. Within a type:
//   numbers   by value, an integer against a float compared exactly (no rounding, also
//             for bignums beyond 2^53), equal values compare equal;
//   atoms     by name, code point by code point (= OTP's UTF-8 byte order);
//   tuples    by size, then element by element;
//   maps      by size, then the keys in map-key order (compared exactly), then the
//             values in key order;
//   lists     element by element, a shorter proper list first; an improper tail is
//             compared as a term;
//   bitstrings bit by bit, then the shorter first;
//   funs      local funs before export funs; local by module, index, uniq, free
//             variables; export by module, function, arity;
//   pids      by serial, then number, then node (name, creation);
//   ports     by node, then number;  refs by node, then the numbers, most significant first.
// These are OTP's rules (verified against OTP 25 by the fixtures in test/runtime/terms).
//
// Fast paths first: identical values (`===` covers small integers, atoms, bigints by
// value), two numbers, two atom strings. Nothing recurses: pending sub-terms go on an
// explicit stack, so neither long lists nor deep nesting can overflow the JS stack.
import {
  Cons,
  Float,
  Fun,
  Pid,
  Port,
  Ref,
  TAG_BITS,
  TAG_CONS,
  TAG_FLOAT,
  TAG_FUN,
  TAG_MAP,
  TAG_NIL,
  TAG_PID,
  TAG_PORT,
  TAG_REF,
  type Int,
  type Term,
  type Tuple,
  LOCAL_NODE,
  thisNodeName,
  thisCreation,
} from './types.js';
import type { ErlMap } from './map.js';
import { bitsEqual, compareBits, type Bitstring } from './bitstring.js';

// Order classes.
const C_NUMBER = 0;
const C_ATOM = 1;
const C_REF = 2;
const C_FUN = 3;
const C_PORT = 4;
const C_PID = 5;
const C_TUPLE = 6;
const C_MAP = 7;
const C_NIL = 8;
const C_LIST = 9;
const C_BITS = 10;

const CLASS_BY_TAG: readonly number[] = (() => {
  const c: number[] = [];
  c[TAG_FLOAT] = C_NUMBER;
  c[TAG_NIL] = C_NIL;
  c[TAG_CONS] = C_LIST;
  c[TAG_MAP] = C_MAP;
  c[TAG_BITS] = C_BITS;
  c[TAG_FUN] = C_FUN;
  c[TAG_PID] = C_PID;
  c[TAG_PORT] = C_PORT;
  c[TAG_REF] = C_REF;
  return c;
})();

/** The standard-order class of a term (0 numbers .. 10 bitstrings). */
export function orderClass(t: Term): number {
  switch (typeof t) {
    case 'number':
    case 'bigint':
      return C_NUMBER;
    case 'string':
    case 'boolean':
      return C_ATOM;
    default:
      return Array.isArray(t) ? C_TUPLE : CLASS_BY_TAG[(t as { tag: number }).tag]!;
  }
}

function atomStr(a: string | boolean): string {
  return typeof a === 'string' ? a : a ? 'true' : 'false';
}

/** Atom names in code point order (JS compares UTF-16 units; fix up surrogates). */
export function compareAtomNames(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        // surrogates (code points above U+FFFF) sort after U+E000..U+FFFF
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

const TWO53 = 9007199254740992;

/** An integer against a double, exactly. */
export function compareIntFloat(i: Int, f: number): number {
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0;
  // |i| >= 2^53 here
  if (f > -TWO53 && f < TWO53) return i < 0n ? -1 : 1;
  const fb = BigInt(f); // f is integral at this magnitude
  return i < fb ? -1 : i > fb ? 1 : 0;
}

function cmpNumbers(a: Term, b: Term, exact: boolean): number {
  const af = a instanceof Float;
  const bf = b instanceof Float;
  if (af && bf) {
    const x = (a as Float).value;
    const y = (b as Float).value;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (!af && !bf) {
    const x = a as Int;
    const y = b as Int;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (exact) return af ? 1 : -1;
  return af ? -compareIntFloat(b as Int, (a as Float).value) : compareIntFloat(a as Int, (b as Float).value);
}

/** The standard order: -1, 0 or 1. */
export function compare(a: Term, b: Term): number {
  return cmp(a, b, false);
}

/** Map-key order (integers before floats): -1, 0 or 1; 0 exactly when a =:= b. */
export function compareExact(a: Term, b: Term): number {
  return cmp(a, b, true);
}

/**
 * Compare a and b. Sub-terms that must be compared later (all but the first element of
 * a tuple, the tail of a list, map values after keys, ...) go on an explicit stack of
 * (a, b, exact) triples, so nesting depth costs heap, not JS stack: a 100,000-deep
 * iolist compares like a flat one. The stack is made only when needed.
 */
function cmp(a0: Term, b0: Term, exact0: boolean): number {
  if (a0 === b0) return 0;
  if (typeof a0 === 'number' && typeof b0 === 'number') return a0 < b0 ? -1 : 1;
  if (typeof a0 === 'string' && typeof b0 === 'string') return compareAtomNames(a0, b0);
  if (Array.isArray(a0) && Array.isArray(b0)) {
    // Tuples (ordered_set keys like {Int, Atom}): decided here while the elements met are
    // identical, integers or atom strings; anything else goes to the loop below, which
    // finds the elements before it equal again.
    const n = a0.length;
    if (n !== b0.length) return n < b0.length ? -1 : 1;
    let i = 0;
    for (; i < n; i++) {
      const x = a0[i];
      const y = b0[i];
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1;
      if (typeof x === 'string' && typeof y === 'string') return compareAtomNames(x, y);
      break;
    }
    if (i === n) return 0;
  }
  const base = CMP_STACK.length;
  const r = cmpLoop(a0, b0, exact0, base);
  while (CMP_STACK.length > base) CMP_STACK.pop();
  return r;
}

// Shared like EQ_STACK: (a, b, exact) triples above each call's base.
const CMP_STACK: (Term | boolean)[] = [];

function cmpLoop(a: Term, b: Term, exact: boolean, base: number): number {
  const st = CMP_STACK;
  for (;;) {
    let r = 0;
    compare: if (a !== b) {
      const ta = typeof a;
      if (ta === typeof b) {
        if (ta === 'number') {
          r = (a as number) < (b as number) ? -1 : 1;
          break compare;
        }
        if (ta === 'string') {
          r = compareAtomNames(a as string, b as string);
          break compare;
        }
      }
      const ca = orderClass(a);
      const cb = orderClass(b);
      if (ca !== cb) return ca < cb ? -1 : 1;
      switch (ca) {
        case C_NUMBER:
          r = cmpNumbers(a, b, exact);
          break compare;
        case C_ATOM:
          r = compareAtomNames(atomStr(a as string | boolean), atomStr(b as string | boolean));
          break compare;
        case C_TUPLE: {
          const x = a as Tuple;
          const y = b as Tuple;
          if (x.length !== y.length) return x.length < y.length ? -1 : 1;
          const n = x.length;
          if (n === 0) break compare;
          for (let i = n - 1; i >= 1; i--) st.push(x[i]!, y[i]!, exact);
          a = x[0]!;
          b = y[0]!;
          continue;
        }
        case C_LIST: {
          const x = a as Cons;
          const y = b as Cons;
          if (x.tl !== y.tl) st.push(x.tl, y.tl, exact);
          a = x.hd;
          b = y.hd;
          continue;
        }
        case C_NIL:
          break compare;
        case C_BITS:
          r = compareBits(a as Bitstring, b as Bitstring);
          break compare;
        case C_MAP: {
          const x = a as ErlMap;
          const y = b as ErlMap;
          if (x.size !== y.size) return x.size < y.size ? -1 : 1;
          if (x.size === 0) break compare;
          // all keys (exactly, in key order) before any value
          if (x.root === null && y.root === null) {
            for (let i = x.size - 1; i >= 0; i--) st.push(x.vals[i]!, y.vals[i]!, exact);
            for (let i = x.size - 1; i >= 0; i--) st.push(x.keys[i]!, y.keys[i]!, true);
          } else {
            const px = x.sortedPairs();
            const py = y.sortedPairs();
            for (let i = px.length - 1; i >= 0; i--) st.push(px[i]![1], py[i]![1], exact);
            for (let i = px.length - 1; i >= 0; i--) st.push(px[i]![0], py[i]![0], true);
          }
          break compare;
        }
        case C_FUN: {
          const x = a as Fun;
          const y = b as Fun;
          r = cmpFunHeads(x, y);
          if (r !== 0 || x.isExport) break compare;
          for (let i = x.env.length - 1; i >= 0; i--) st.push(x.env[i]!, y.env[i]!, exact);
          break compare;
        }
        case C_PID: {
          const x = a as Pid;
          const y = b as Pid;
          if (x.serial !== y.serial) r = x.serial < y.serial ? -1 : 1;
          else if (x.id !== y.id) r = x.id < y.id ? -1 : 1;
          else r = cmpNodes(x.node, x.creation, y.node, y.creation);
          break compare;
        }
        case C_PORT: {
          const x = a as Port;
          const y = b as Port;
          r = cmpNodes(x.node, x.creation, y.node, y.creation);
          if (r === 0) r = x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
          break compare;
        }
        case C_REF:
          r = cmpRefs(a as Ref, b as Ref);
          break compare;
      }
    }
    if (r !== 0) return r;
    if (st.length === base) return 0;
    exact = st.pop() as boolean;
    b = st.pop() as Term;
    a = st.pop() as Term;
  }
}

function cmpNodes(an: string, ac: number, bn: string, bc: number): number {
  // This node's identifiers carry LOCAL_NODE and creation 0; they sort by the name the node has.
  if (an === LOCAL_NODE && ac === 0) (an = thisNodeName), (ac = thisCreation);
  if (bn === LOCAL_NODE && bc === 0) (bn = thisNodeName), (bc = thisCreation);
  if (an !== bn) return compareAtomNames(an, bn);
  return ac < bc ? -1 : ac > bc ? 1 : 0;
}

function cmpRefs(x: Ref, y: Ref): number {
  const c = cmpNodes(x.node, x.creation, y.node, y.creation);
  if (c !== 0) return c;
  let al = x.ids.length;
  let bl = y.ids.length;
  while (al > bl) {
    if (x.ids[al - 1] !== 0) return 1;
    al--;
  }
  while (bl > al) {
    if (y.ids[bl - 1] !== 0) return -1;
    bl--;
  }
  for (let i = al - 1; i >= 0; i--) {
    const p = x.ids[i]!;
    const q = y.ids[i]!;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/** Funs up to their free variables: local before export, then their identity. */
function cmpFunHeads(x: Fun, y: Fun): number {
  if (x.isExport !== y.isExport) return x.isExport ? 1 : -1;
  let c = compareAtomNames(x.module, y.module);
  if (c !== 0) return c;
  if (x.isExport) {
    c = compareAtomNames(x.name, y.name);
    if (c !== 0) return c;
    return x.arity < y.arity ? -1 : x.arity > y.arity ? 1 : 0;
  }
  if (x.oldIndex !== y.oldIndex) return x.oldIndex < y.oldIndex ? -1 : 1;
  if (x.uniq !== y.uniq) return x.uniq < y.uniq ? -1 : 1;
  if (x.env.length !== y.env.length) return x.env.length < y.env.length ? -1 : 1;
  return 0;
}

// ------------------------------------------------------------------- equality

/** `=:=`. */
export function exactEq(a: Term, b: Term): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && equalObjects(a, b, true));
}

/** `==`. */
export function eq(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (typeof a === 'object' && typeof b === 'object') return equalObjects(a, b, false);
  return numericEq(a, b);
}

type Obj = Exclude<Term, number | bigint | string | boolean>;

/**
 * Equality of two objects, with an explicit stack of pending (a, b) pairs (made only
 * when a term has more than one sub-term to compare), so depth costs no JS stack.
 */
function equalObjects(a0: Obj, b0: Obj, exact: boolean): boolean {
  // One stack shared by all calls: a call uses the part above where it found it
  // (calls nest: a HAMT lookup compares keys) and leaves it as it found it.
  const base = EQ_STACK.length;
  const r = equalLoop(a0, b0, exact, base);
  while (EQ_STACK.length > base) EQ_STACK.pop(); // (setting .length is a slow path in V8)
  return r;
}

const EQ_STACK: Term[] = [];

function equalLoop(a0: Obj, b0: Obj, exact: boolean, base: number): boolean {
  const st = EQ_STACK;
  let a: Term = a0;
  let b: Term = b0;
  for (;;) {
    same: if (a !== b) {
      if (typeof a !== 'object' || typeof b !== 'object') {
        if (exact || !numericEq(a, b)) return false;
        break same;
      }
      if (Array.isArray(a)) {
        if (!Array.isArray(b)) return false;
        const x = a as Tuple;
        const y = b as Tuple;
        const n = x.length;
        if (n !== y.length) return false;
        // primitives are settled here; only pairs of objects wait on the stack
        for (let i = 0; i < n; i++) {
          const p = x[i]!;
          const q = y[i]!;
          if (p === q) continue;
          if (typeof p !== 'object' || typeof q !== 'object') {
            if (exact || !numericEq(p, q)) return false;
          } else st.push(p, q);
        }
        break same;
      }
      if (Array.isArray(b)) return false;
      const tag = (a as { tag: number }).tag;
      if (tag !== (b as { tag: number }).tag) return false;
      switch (tag) {
        case TAG_CONS: {
          let x: Term = a;
          let y: Term = b;
          while (x instanceof Cons && y instanceof Cons && x !== y) {
            const p = x.hd;
            const q = y.hd;
            if (p !== q) {
              if (typeof p !== 'object' || typeof q !== 'object') {
                if (exact || !numericEq(p, q)) return false;
              } else st.push(p, q);
            }
            x = x.tl;
            y = y.tl;
          }
          if (x === y) break same;
          if (typeof x !== 'object' || typeof y !== 'object') {
            if (exact || !numericEq(x, y)) return false;
            break same;
          }
          a = x;
          b = y;
          continue;
        }
        case TAG_FLOAT:
          if ((a as Float).value !== (b as Float).value) return false;
          break same;
        case TAG_NIL:
          break same;
        case TAG_BITS:
          if (!bitsEqual(a as Bitstring, b as Bitstring)) return false;
          break same;
        case TAG_MAP: {
          const x = a as ErlMap;
          const y = b as ErlMap;
          if (x.size !== y.size) return false;
          if (x.root === null && y.root === null) {
            for (let i = 0; i < x.size; i++) if (!exactEq(x.keys[i]!, y.keys[i]!)) return false;
            for (let i = x.size - 1; i >= 0; i--) st.push(x.vals[i]!, y.vals[i]!);
            break same;
          }
          let missing = false;
          const vals: Term[] = [];
          x.forEach((k, v) => {
            if (missing) return;
            const w = y.get(k);
            if (w === undefined) missing = true;
            else vals.push(v, w);
          });
          if (missing) return false;
          for (let i = vals.length - 2; i >= 0; i -= 2) st.push(vals[i]!, vals[i + 1]!);
          break same;
        }
        case TAG_FUN: {
          const x = a as Fun;
          const y = b as Fun;
          if (x.isExport || y.isExport) {
            if (!(x.isExport === y.isExport && x.module === y.module && x.name === y.name && x.arity === y.arity)) return false;
            break same;
          }
          if (x.module !== y.module || x.oldIndex !== y.oldIndex || x.uniq !== y.uniq || x.env.length !== y.env.length) return false;
          for (let i = x.env.length - 1; i >= 0; i--) st.push(x.env[i]!, y.env[i]!);
          break same;
        }
        case TAG_PID: {
          const x = a as Pid;
          const y = b as Pid;
          if (!(x.id === y.id && x.serial === y.serial && x.node === y.node && x.creation === y.creation)) return false;
          break same;
        }
        case TAG_PORT: {
          const x = a as Port;
          const y = b as Port;
          if (!(x.id === y.id && x.node === y.node && x.creation === y.creation)) return false;
          break same;
        }
        case TAG_REF:
          if (cmpRefs(a as Ref, b as Ref) !== 0) return false;
          break same;
        default:
          return false;
      }
    }
    if (st.length === base) return true;
    b = st.pop()!;
    a = st.pop()!;
  }
}

/** An integer against a float (or two numbers) by value: the non-object case of `==`. */
function numericEq(a: Term, b: Term): boolean {
  if (typeof b === 'object' && b instanceof Float && (typeof a === 'number' || typeof a === 'bigint')) {
    return compareIntFloat(a, b.value) === 0;
  }
  if (typeof a === 'object' && a instanceof Float && (typeof b === 'number' || typeof b === 'bigint')) {
    return compareIntFloat(b, a.value) === 0;
  }
  return false;
}
