// Persistent maps, shaped as BEAM shapes them, so that iteration order (and with it
// maps:to_list/1, maps:keys/1, io_lib's printing and term_to_binary/1) comes out as OTP's.
//
// Small maps (up to 32 keys) are "flat": a sorted array of keys and a parallel array of
// values. Keys are sorted in map-key order, the standard term order except that every
// integer sorts before every float (so 1 and 1.0 are different keys and sort apart).
// Lookup of an atom or small-integer key is a linear `===` scan; other keys use binary
// search with the exact order. Updating a value shares the key array.
//
// Larger maps are a HAMT like BEAM's: 16-way nodes indexed by successive 4-bit slices of
// a 32-bit hash of the key, starting with the lowest bits; after 8 levels the key is
// hashed again with a salt. The hash is OTP 25's internal term hash (hash.ts
// `internalHash`), so keys land where BEAM puts them. A node exists exactly where two or
// more keys share a hash prefix (inserting splits, removing collapses), which makes the
// tree canonical: the same keys give the same shape however the map was built.
//
// Orders, as measured on OTP 25 (test fixtures check them):
//   * maps:iterator/next (and io_lib:write): depth-first, children by ascending slot;
//   * maps:to_list/keys/values, term_to_binary: the reverse of that;
//   * flat maps: key order for both.
// A HAMT that shrinks to 32 keys becomes flat again, as in BEAM.
//
// Lookups in large maps. A HAMT lookup walks 3-5 nodes for 10^5 keys, and in V8 each
// node is two objects (the array and its element store) scattered over the heap: in a
// map that no longer fits the CPU's caches a lookup costs several cache misses (about
// ten times a JS Map's lookup, measured). Maps are immutable, so a HAMT map that is read
// more times than it has keys gets a JS Map of its pairs with primitive keys (built in
// about the time of a tenth of those lookups); later lookups of such keys use it.
// Other keys (tuples, floats, binaries, ...) always walk the HAMT. A map built by puts
// is a new object each time and is never indexed unless it is itself read that often.
//
// Atoms hash by their index in the atom table, in BEAM as here (hash.ts), and BEAM's
// indices depend on the order atoms were created in that VM: so large maps with atom
// keys iterate in an order that matches OTP only up to that (documented divergence).
import { TAG_MAP, _setTag, type Term } from './types.js';
import { compareExact } from './compare.js';
import { exactEq } from './compare.js';
import { internalHash32 as internalHash } from './hash.js';
import { badarg, error } from './errors.js';

export const MAP_SMALL_LIMIT = 32;

/**
 * An inner HAMT node, one flat array (CHAMP's layout): `[datamap, nodemap, k0, v0, k1,
 * v1, ..., child_m, ..., child_0]`. `datamap` has a bit per slot holding a key/value pair
 * (stored inline, in slot order, from index 2), `nodemap` a bit per slot holding a
 * subnode (stored from the end backwards, in slot order). One object per level and no
 * leaf objects keeps lookups to two memory loads per level. At depth MAX_DEPTH a node is
 * a collision list: both maps 0 and the pairs inline, in insertion order.
 */
export type HNode = unknown[];

const MAX_DEPTH = 64; // after this many levels (8 salts) keys go to a collision node

export class ErlMap {
  declare readonly tag: number;
  /** HAMT maps: primitive-key lookups so far (until `index` is built). */
  reads: number;
  /** HAMT maps: a hash index of the pairs with primitive keys, built once `reads`
   * passes the size (see "Lookups in large maps" above). */
  index: Map<Term, Term> | null;
  constructor(
    readonly size: number,
    /** Flat map: the keys in map-key order (empty for a HAMT). */
    readonly keys: readonly Term[],
    /** Flat map: the values, parallel to `keys`. */
    readonly vals: readonly Term[],
    /** HAMT root, or null for a flat map. */
    readonly root: HNode | null,
  ) {
    this.reads = 0;
    this.index = null;
  }

  get isFlat(): boolean {
    return this.root === null;
  }

  /** The value for `key` (exact match), or undefined. */
  get(key: Term): Term | undefined {
    if (this.root === null) {
      const ks = this.keys;
      if (typeof key !== 'object') {
        for (let i = 0; i < ks.length; i++) if (ks[i] === key) return this.vals[i];
        return undefined;
      }
      const i = flatFind(ks, key);
      return i >= 0 ? this.vals[i] : undefined;
    }
    if (typeof key !== 'object') {
      const ix = this.index;
      if (ix !== null) return ix.get(key);
      if (++this.reads > this.size) return this.buildIndex().get(key);
    }
    return hamtGet(this.root, key);
  }

  /** Indexes the pairs whose keys are primitives (integers, atoms): for them `===`
   * (a JS Map's key equality) is Erlang's exact equality. */
  private buildIndex(): Map<Term, Term> {
    const ix = new Map<Term, Term>();
    indexPairs(this.root!, 0, ix);
    this.index = ix;
    return ix;
  }

  has(key: Term): boolean {
    return this.get(key) !== undefined;
  }

  /** maps:put/3. */
  put(key: Term, value: Term): ErlMap {
    if (this.root === null) return flatPut(this, key, value);
    grew = false;
    const root = hamtPut(this.root, key, value, internalHash(key, 0), 0);
    if (root === this.root) return this;
    return new ErlMap(grew ? this.size + 1 : this.size, EMPTY_ARR, EMPTY_ARR, root);
  }

  /** `M#{K := V}`: the key must exist, else error {badkey, K}. */
  update(key: Term, value: Term): ErlMap {
    if (this.get(key) === undefined) error(['badkey', key]);
    return this.put(key, value);
  }

  /** maps:remove/2. */
  remove(key: Term): ErlMap {
    if (this.root === null) {
      const i = typeof key !== 'object' ? this.keys.indexOf(key) : flatFind(this.keys, key);
      if (i < 0) return this;
      if (this.size === 1) return EMPTY_MAP;
      const ks = this.keys.slice();
      const vs = this.vals.slice();
      ks.splice(i, 1);
      vs.splice(i, 1);
      return new ErlMap(this.size - 1, ks, vs, null);
    }
    const root = hamtRemove(this.root, key, internalHash(key, 0), 0);
    if (root === this.root) return this;
    const size = this.size - 1;
    if (size <= MAP_SMALL_LIMIT) {
      const pairs: [Term, Term][] = [];
      collect(root, 0, pairs);
      return flatFromUnique(pairs);
    }
    return new ErlMap(size, EMPTY_ARR, EMPTY_ARR, root);
  }

  /** The pairs in maps:iterator/next order (io_lib prints in this order). */
  iterOrder(): [Term, Term][] {
    const out: [Term, Term][] = [];
    if (this.root === null) {
      for (let i = 0; i < this.size; i++) out.push([this.keys[i]!, this.vals[i]!]);
    } else collect(this.root, 0, out);
    return out;
  }

  /** The pairs in maps:to_list/1 order (also term_to_binary's). */
  toListOrder(): [Term, Term][] {
    const out = this.iterOrder();
    if (this.root !== null) out.reverse();
    return out;
  }

  /** The pairs in map-key order (for comparisons). */
  sortedPairs(): [Term, Term][] {
    if (this.root === null) return this.iterOrder();
    const out = this.iterOrder();
    out.sort((a, b) => compareExact(a[0], b[0]));
    return out;
  }

  /** Call `f` on every pair, in iterator order. */
  forEach(f: (key: Term, value: Term) => void): void {
    if (this.root === null) {
      for (let i = 0; i < this.size; i++) f(this.keys[i]!, this.vals[i]!);
    } else walk(this.root, 0, f);
  }
}
_setTag(ErlMap, TAG_MAP);

const EMPTY_ARR: readonly Term[] = [];
export const EMPTY_MAP = new ErlMap(0, EMPTY_ARR, EMPTY_ARR, null);

// ------------------------------------------------------------------ flat maps

/** Index of `key` in sorted `ks` (exact match), or -(insertion point) - 1. */
function flatSearch(ks: readonly Term[], key: Term): number {
  let lo = 0;
  let hi = ks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareExact(ks[mid]!, key);
    if (c < 0) lo = mid + 1;
    else if (c > 0) hi = mid - 1;
    else return mid;
  }
  return -lo - 1;
}

function flatFind(ks: readonly Term[], key: Term): number {
  const i = flatSearch(ks, key);
  return i >= 0 ? i : -1;
}

function flatPut(m: ErlMap, key: Term, value: Term): ErlMap {
  const ks = m.keys;
  let i = -1;
  if (typeof key !== 'object') {
    for (let j = 0; j < ks.length; j++) {
      if (ks[j] === key) {
        i = j;
        break;
      }
    }
  }
  if (i < 0) i = flatSearch(ks, key);
  if (i >= 0) {
    if (m.vals[i] === value) return m;
    const vs = m.vals.slice();
    vs[i] = value;
    return new ErlMap(m.size, ks, vs, null);
  }
  const at = -i - 1;
  if (m.size + 1 > MAP_SMALL_LIMIT) {
    let root = emptyRoot();
    for (let j = 0; j < m.size; j++) root = hamtPut(root, ks[j]!, m.vals[j]!, internalHash(ks[j]!, 0), 0);
    root = hamtPut(root, key, value, internalHash(key, 0), 0);
    return new ErlMap(m.size + 1, EMPTY_ARR, EMPTY_ARR, root);
  }
  const nk = newNode(m.size + 1) as Term[];
  const nv = newNode(m.size + 1) as Term[];
  for (let j = 0; j < at; j++) {
    nk[j] = ks[j]!;
    nv[j] = m.vals[j]!;
  }
  nk[at] = key;
  nv[at] = value;
  for (let j = at; j < m.size; j++) {
    nk[j + 1] = ks[j]!;
    nv[j + 1] = m.vals[j]!;
  }
  return new ErlMap(m.size + 1, nk, nv, null);
}

/** A flat map from pairs with distinct keys (any order). */
function flatFromUnique(pairs: [Term, Term][]): ErlMap {
  if (pairs.length === 0) return EMPTY_MAP;
  pairs.sort((a, b) => compareExact(a[0], b[0]));
  return new ErlMap(
    pairs.length,
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
    null,
  );
}

// ----------------------------------------------------------------------- HAMT
//
// A node at `level` indexes by the 4-bit slice `(h >>> ((level & 7) * 4)) & 15` of
// `h = internalHash(key, level >>> 3)`. Functions below take the hash for their own
// level's salt and rehash when a descent crosses a multiple of 8 levels.

let grew = false;

/**
 * A node array of `len` slots, made to hold any value from the start (HOLEY_ELEMENTS in
 * V8: a first store of an object). Without this the first stores decide: a node whose
 * first entries are small integers and floats would start as an array of doubles and
 * change kind later, and lookups would meet arrays of several kinds (polymorphic loads).
 */
function newNode(len: number): unknown[] {
  const a = new Array<unknown>(len);
  a[0] = EMPTY_ARR;
  return a;
}

function emptyRoot(): HNode {
  const n = newNode(2);
  n[0] = 0;
  n[1] = 0;
  return n;
}

function node6(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown): HNode {
  const n = newNode(6);
  n[0] = a;
  n[1] = b;
  n[2] = c;
  n[3] = d;
  n[4] = e;
  n[5] = f;
  return n;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return (x * 0x01010101) >>> 24;
}

/** The hash for level `nl` given `h`, the hash for level `nl - 1`. */
function nextHash(key: Term, h: number, nl: number): number {
  return (nl & 7) === 0 && nl < MAX_DEPTH ? internalHash(key, nl >>> 3) : h;
}

/** Do two keys match exactly? `===` decides for everything but boxed terms. */
function sameKey(a: unknown, key: Term): boolean {
  return a === key || (typeof key === 'object' && exactEq(a as Term, key));
}

function hamtGet(root: HNode, key: Term): Term | undefined {
  let h = internalHash(key, 0);
  let n = root;
  let shift = 0;
  let level = 0;
  for (;;) {
    const bit = 1 << ((h >>> shift) & 15);
    const dm = n[0] as number;
    if ((dm & bit) !== 0) {
      const i = 2 + 2 * popcount(dm & (bit - 1));
      return sameKey(n[i], key) ? (n[i + 1] as Term) : undefined;
    }
    const nm = n[1] as number;
    if ((nm & bit) === 0) return undefined;
    n = n[n.length - 1 - popcount(nm & (bit - 1))] as HNode;
    shift += 4;
    if (shift === 32) {
      shift = 0;
      level += 8;
      if (level >= MAX_DEPTH) {
        for (let i = 2; i < n.length; i += 2) if (sameKey(n[i], key)) return n[i + 1] as Term;
        return undefined;
      }
      h = internalHash(key, level >>> 3);
    }
  }
}

/**
 * The smallest subtree at `level` holding two pairs whose keys differ: `h1`, `h2` are
 * their hashes for this level. `k1` (the pair already in the map) comes first in a
 * collision list.
 */
function merge(k1: Term, v1: Term, h1: number, k2: Term, v2: Term, h2: number, level: number): HNode {
  if (level >= MAX_DEPTH) return node6(0, 0, k1, v1, k2, v2);
  const sh = (level & 7) << 2;
  const s1 = (h1 >>> sh) & 15;
  const s2 = (h2 >>> sh) & 15;
  if (s1 === s2) {
    const nl = level + 1;
    const n = newNode(3);
    n[0] = 0;
    n[1] = 1 << s1;
    n[2] = merge(k1, v1, nextHash(k1, h1, nl), k2, v2, nextHash(k2, h2, nl), nl);
    return n;
  }
  const bm = (1 << s1) | (1 << s2);
  return s1 < s2 ? node6(bm, 0, k1, v1, k2, v2) : node6(bm, 0, k2, v2, k1, v1);
}

/** Insert or replace `key` under `n` (hash `h` for this level); sets `grew` if it was new. */
function hamtPut(n: HNode, key: Term, value: Term, h: number, level: number): HNode {
  if (level >= MAX_DEPTH) return collisionPut(n, key, value);
  const bit = 1 << ((h >>> ((level & 7) << 2)) & 15);
  const dm = n[0] as number;
  const nm = n[1] as number;
  const len = n.length;
  if ((dm & bit) !== 0) {
    const i = 2 + 2 * popcount(dm & (bit - 1));
    const k = n[i] as Term;
    if (sameKey(k, key)) {
      if (n[i + 1] === value) return n;
      const c = n.slice();
      c[i + 1] = value;
      return c;
    }
    grew = true;
    // The pair at `i` and the new one go down into a new subnode.
    const nl = level + 1;
    const sub = merge(k, n[i + 1] as Term, internalHash(k, nl >>> 3), key, value, nextHash(key, h, nl), nl);
    const p = popcount(nm & (bit - 1));
    const c = newNode(len - 1);
    c[0] = dm ^ bit;
    c[1] = nm | bit;
    for (let j = 2; j < i; j++) c[j] = n[j];
    const end = len - 1 - p; // last old index that moves left by 2
    for (let j = i + 2; j <= end; j++) c[j - 2] = n[j];
    c[len - 2 - p] = sub;
    for (let j = end + 1; j < len; j++) c[j - 1] = n[j];
    return c;
  }
  if ((nm & bit) !== 0) {
    const ci = len - 1 - popcount(nm & (bit - 1));
    const child = n[ci] as HNode;
    const nc = hamtPut(child, key, value, nextHash(key, h, level + 1), level + 1);
    if (nc === child) return n;
    const c = n.slice();
    c[ci] = nc;
    return c;
  }
  grew = true;
  // A copy with the pair slipped in at data index `i`.
  const i = 2 + 2 * popcount(dm & (bit - 1));
  const c = newNode(len + 2);
  c[0] = dm | bit;
  c[1] = nm;
  for (let j = 2; j < i; j++) c[j] = n[j];
  c[i] = key;
  c[i + 1] = value;
  for (let j = i; j < len; j++) c[j + 2] = n[j];
  return c;
}

function collisionPut(n: HNode, key: Term, value: Term): HNode {
  for (let i = 2; i < n.length; i += 2) {
    if (sameKey(n[i], key)) {
      if (n[i + 1] === value) return n;
      const c = n.slice();
      c[i + 1] = value;
      return c;
    }
  }
  grew = true;
  const c = n.slice();
  c.push(key, value);
  return c;
}

/**
 * Remove `key` under `n` (hash `h` for this level); returns `n` itself when absent. A
 * non-root node left with a single pair and no subnode comes back as `[bit, 0, k, v]`
 * (length 4), which the parent folds into itself: so the tree stays canonical.
 */
function hamtRemove(n: HNode, key: Term, h: number, level: number): HNode {
  const len = n.length;
  if (level >= MAX_DEPTH) {
    for (let i = 2; i < len; i += 2) {
      if (sameKey(n[i], key)) {
        const c = n.slice();
        c.splice(i, 2);
        return c;
      }
    }
    return n;
  }
  const bit = 1 << ((h >>> ((level & 7) << 2)) & 15);
  const dm = n[0] as number;
  const nm = n[1] as number;
  if ((dm & bit) !== 0) {
    const i = 2 + 2 * popcount(dm & (bit - 1));
    if (!sameKey(n[i], key)) return n;
    const c = newNode(len - 2);
    c[0] = dm ^ bit;
    c[1] = nm;
    for (let j = 2; j < i; j++) c[j] = n[j];
    for (let j = i + 2; j < len; j++) c[j - 2] = n[j];
    return c;
  }
  if ((nm & bit) === 0) return n;
  const p = popcount(nm & (bit - 1));
  const ci = len - 1 - p;
  const child = n[ci] as HNode;
  const nc = hamtRemove(child, key, nextHash(key, h, level + 1), level + 1);
  if (nc === child) return n;
  if (nc.length === 4 && nc[1] === 0) {
    // The subnode shrank to one pair: it moves up into this node's data.
    const i = 2 + 2 * popcount(dm & (bit - 1));
    const c = newNode(len + 1);
    c[0] = dm | bit;
    c[1] = nm ^ bit;
    for (let j = 2; j < i; j++) c[j] = n[j];
    c[i] = nc[2];
    c[i + 1] = nc[3];
    for (let j = i; j < ci; j++) c[j + 2] = n[j];
    for (let j = ci + 1; j < len; j++) c[j + 1] = n[j];
    return c;
  }
  const c = n.slice();
  c[ci] = nc;
  return c;
}

/** The pairs under `n` in iterator order: depth-first, slots ascending. */
function collect(n: HNode, level: number, out: [Term, Term][]): void {
  walk(n, level, (k, v) => out.push([k, v]));
}

function walk(n: HNode, level: number, f: (key: Term, value: Term) => void): void {
  if (level >= MAX_DEPTH) {
    for (let i = 2; i < n.length; i += 2) f(n[i] as Term, n[i + 1] as Term);
    return;
  }
  const dm = n[0] as number;
  let all = dm | (n[1] as number);
  let di = 2;
  let ci = n.length - 1;
  while (all !== 0) {
    const b = all & -all;
    all ^= b;
    if ((dm & b) !== 0) {
      f(n[di] as Term, n[di + 1] as Term);
      di += 2;
    } else walk(n[ci--] as HNode, level + 1, f);
  }
}

function indexPairs(n: HNode, level: number, ix: Map<Term, Term>): void {
  if (level >= MAX_DEPTH) {
    for (let i = 2; i < n.length; i += 2) if (typeof n[i] !== 'object') ix.set(n[i] as Term, n[i + 1] as Term);
    return;
  }
  const end = 2 + 2 * popcount(n[0] as number);
  for (let i = 2; i < end; i += 2) if (typeof n[i] !== 'object') ix.set(n[i] as Term, n[i + 1] as Term);
  for (let i = end; i < n.length; i++) indexPairs(n[i] as HNode, level + 1, ix);
}

// ----------------------------------------------------------------- builders

/** maps:from_list/1 semantics: later pairs win. */
export function mapFromPairs(pairs: Iterable<readonly [Term, Term]>): ErlMap {
  let m = EMPTY_MAP;
  for (const [k, v] of pairs) m = m.put(k, v);
  return m;
}

/**
 * A map from pairs that must have distinct keys (binary_to_term's MAP_EXT): badarg on
 * a duplicate key, as OTP rejects it.
 */
export function mapFromDistinctPairs(keys: Term[], vals: Term[]): ErlMap {
  const n = keys.length;
  if (n <= MAP_SMALL_LIMIT) {
    if (n === 0) return EMPTY_MAP;
    // insertion sort of the parallel arrays (they usually arrive sorted)
    const ks = keys.slice();
    const vs = vals.slice();
    for (let i = 1; i < n; i++) {
      const k = ks[i]!;
      const v = vs[i]!;
      let j = i - 1;
      let c = 0;
      while (j >= 0 && (c = compareExact(ks[j]!, k)) > 0) {
        ks[j + 1] = ks[j]!;
        vs[j + 1] = vs[j]!;
        j--;
      }
      if (j >= 0 && c === 0) badarg();
      ks[j + 1] = k;
      vs[j + 1] = v;
    }
    return new ErlMap(n, ks, vs, null);
  }
  let root = emptyRoot();
  for (let i = 0; i < n; i++) {
    grew = false;
    root = hamtPut(root, keys[i]!, vals[i]!, internalHash(keys[i]!, 0), 0);
    if (!grew) badarg();
  }
  return new ErlMap(n, EMPTY_ARR, EMPTY_ARR, root);
}

/** A map from a JS object's own string keys (atoms) — a convenience for tests and BIFs. */
export function mapFromObject(o: Record<string, Term>): ErlMap {
  return mapFromPairs(Object.entries(o).map(([k, v]) => [k === 'true' ? true : k === 'false' ? false : k, v] as [Term, Term]));
}

export function isMap(t: unknown): t is ErlMap {
  return t instanceof ErlMap;
}
