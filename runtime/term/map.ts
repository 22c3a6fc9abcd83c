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
// Atoms hash by their index in the atom table, in BEAM as here (hash.ts), and BEAM's
// indices depend on the order atoms were created in that VM: so large maps with atom
// keys iterate in an order that matches OTP only up to that (documented divergence).
import { TAG_MAP, _setTag, type Term } from './types.js';
import { compareExact } from './compare.js';
import { exactEq } from './compare.js';
import { internalHash32 as internalHash } from './hash.js';
import { badarg, error } from './errors.js';

export const MAP_SMALL_LIMIT = 32;

/** A key/value pair at the bottom of the HAMT, with its level-0 hash. */
export class HLeaf {
  constructor(
    readonly key: Term,
    readonly value: Term,
    readonly hash: number,
  ) {}
}

/** An inner HAMT node: `bitmap` has a bit per occupied slot, `items` the occupants in slot order. */
export class HNode {
  constructor(
    readonly bitmap: number,
    readonly items: readonly (HLeaf | HNode | HCollision)[],
  ) {}
}

/** Keys whose hashes agree at every salt we try (never seen in practice): a plain list. */
export class HCollision {
  constructor(readonly leaves: readonly HLeaf[]) {}
}

type HItem = HLeaf | HNode | HCollision;

const MAX_DEPTH = 64; // after this many levels (8 salts) keys go to a collision node

export class ErlMap {
  declare readonly tag: number;
  constructor(
    readonly size: number,
    /** Flat map: the keys in map-key order (empty for a HAMT). */
    readonly keys: readonly Term[],
    /** Flat map: the values, parallel to `keys`. */
    readonly vals: readonly Term[],
    /** HAMT root, or null for a flat map. */
    readonly root: HNode | null,
  ) {}

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
    return hamtGet(this.root, key);
  }

  has(key: Term): boolean {
    return this.get(key) !== undefined;
  }

  /** maps:put/3. */
  put(key: Term, value: Term): ErlMap {
    if (this.root === null) return flatPut(this, key, value);
    const h = internalHash(key, 0);
    grew = false;
    const root = hamtPut(this.root, new HLeaf(key, value, h), 0, h) as HNode;
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
    const h = internalHash(key, 0);
    const r = hamtRemove(this.root, key, 0, h);
    if (r === this.root) return this;
    const size = this.size - 1;
    if (size <= MAP_SMALL_LIMIT) {
      const pairs: [Term, Term][] = [];
      collect(r as HItem, pairs);
      return flatFromUnique(pairs);
    }
    const root = r instanceof HNode ? r : new HNode(1 << (h & 15), [r as HItem]);
    return new ErlMap(size, EMPTY_ARR, EMPTY_ARR, root);
  }

  /** The pairs in maps:iterator/next order (io_lib prints in this order). */
  iterOrder(): [Term, Term][] {
    const out: [Term, Term][] = [];
    if (this.root === null) {
      for (let i = 0; i < this.size; i++) out.push([this.keys[i]!, this.vals[i]!]);
    } else collect(this.root, out);
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
    } else walk(this.root, f);
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
    let root: HNode = new HNode(0, []);
    for (let j = 0; j < m.size; j++) root = hamtInsertNew(root, ks[j]!, m.vals[j]!);
    root = hamtInsertNew(root, key, value);
    return new ErlMap(m.size + 1, EMPTY_ARR, EMPTY_ARR, root);
  }
  const nk = new Array<Term>(m.size + 1);
  const nv = new Array<Term>(m.size + 1);
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

let grew = false;

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return (x * 0x01010101) >>> 24;
}

/** The hash of `key` to use at `level` (the level-0 hash is `h0`). */
function hashAt(key: Term, level: number, h0: number): number {
  return level < 8 ? h0 : internalHash(key, level >>> 3);
}

function slot(h: number, level: number): number {
  return (h >>> ((level & 7) * 4)) & 15;
}

function hamtGet(root: HNode, key: Term): Term | undefined {
  const h0 = internalHash(key, 0);
  let h = h0;
  let shift = 0;
  let level = 0;
  let n: HItem = root;
  while (n instanceof HNode) {
    const bm: number = n.bitmap;
    const bit = 1 << ((h >>> shift) & 15);
    if ((bm & bit) === 0) return undefined;
    n = n.items[popcount(bm & (bit - 1))]!;
    shift += 4;
    if (shift === 32) {
      shift = 0;
      level += 8;
      h = internalHash(key, level >>> 3);
    }
  }
  if (n instanceof HLeaf) return n.hash === h0 && (n.key === key || exactEq(n.key, key)) ? n.value : undefined;
  for (const l of n.leaves) if (exactEq(l.key, key)) return l.value;
  return undefined;
}

/** Two leaves that meet in one slot at `level`: the smallest subtree holding both. */
function split(a: HLeaf, b: HLeaf, level: number): HItem {
  if (level >= MAX_DEPTH) return new HCollision([a, b]);
  const ia = slot(hashAt(a.key, level, a.hash), level);
  const ib = slot(hashAt(b.key, level, b.hash), level);
  if (ia === ib) return new HNode(1 << ia, [split(a, b, level + 1)]);
  return ia < ib ? new HNode((1 << ia) | (1 << ib), [a, b]) : new HNode((1 << ia) | (1 << ib), [b, a]);
}

/** Insert or replace `leaf` (hash `h0`) under `n` at `level`; sets `grew` if it was new. */
function hamtPut(n: HItem, leaf: HLeaf, level: number, h0: number): HItem {
  if (n instanceof HNode) {
    const i = slot(hashAt(leaf.key, level, h0), level);
    const bit = 1 << i;
    const pos = popcount(n.bitmap & (bit - 1));
    const old = n.items;
    if ((n.bitmap & bit) === 0) {
      grew = true;
      // A copy with `leaf` slipped in at `pos` (faster than slice + splice).
      const len = old.length;
      const items = new Array<HItem>(len + 1);
      for (let j = 0; j < pos; j++) items[j] = old[j]!;
      items[pos] = leaf;
      for (let j = pos; j < len; j++) items[j + 1] = old[j]!;
      return new HNode(n.bitmap | bit, items);
    }
    const child = old[pos]!;
    const nc = hamtPut(child, leaf, level + 1, h0);
    if (nc === child) return n;
    const items = old.slice();
    items[pos] = nc;
    return new HNode(n.bitmap, items);
  }
  if (n instanceof HLeaf) {
    if (n.key === leaf.key || exactEq(n.key, leaf.key)) {
      return n.value === leaf.value ? n : new HLeaf(n.key, leaf.value, n.hash);
    }
    grew = true;
    return split(n, leaf, level);
  }
  const ls = n.leaves.slice();
  const j = ls.findIndex((l) => exactEq(l.key, leaf.key));
  if (j >= 0) ls[j] = new HLeaf(ls[j]!.key, leaf.value, ls[j]!.hash);
  else {
    grew = true;
    ls.push(leaf);
  }
  return new HCollision(ls);
}

function hamtInsertNew(root: HNode, key: Term, value: Term): HNode {
  const h = internalHash(key, 0);
  return hamtPut(root, new HLeaf(key, value, h), 0, h) as HNode;
}

/** Remove `key` under `n`; returns `n` itself when absent, null when emptied. */
function hamtRemove(n: HItem, key: Term, level: number, h0: number): HItem | null {
  if (n instanceof HNode) {
    const i = slot(hashAt(key, level, h0), level);
    const bit = 1 << i;
    if ((n.bitmap & bit) === 0) return n;
    const pos = popcount(n.bitmap & (bit - 1));
    const child = n.items[pos]!;
    const nc = hamtRemove(child, key, level + 1, h0);
    if (nc === child) return n;
    if (nc === null) {
      const bitmap = n.bitmap & ~bit;
      const items = n.items.slice();
      items.splice(pos, 1);
      // A non-root node left with one leaf collapses into it (the caller checks level).
      if (level > 0 && items.length === 1 && !(items[0] instanceof HNode)) return items[0]!;
      if (items.length === 0) return null;
      return new HNode(bitmap, items);
    }
    if (level > 0 && n.items.length === 1 && !(nc instanceof HNode)) return nc;
    const items = n.items.slice();
    items[pos] = nc;
    return new HNode(n.bitmap, items);
  }
  if (n instanceof HLeaf) return n.key === key || exactEq(n.key, key) ? null : n;
  const ls = n.leaves.filter((l) => !exactEq(l.key, key));
  if (ls.length === n.leaves.length) return n;
  return ls.length === 1 ? ls[0]! : new HCollision(ls);
}

function collect(n: HItem, out: [Term, Term][]): void {
  if (n instanceof HNode) {
    for (const c of n.items) collect(c, out);
  } else if (n instanceof HLeaf) out.push([n.key, n.value]);
  else for (const l of n.leaves) out.push([l.key, l.value]);
}

function walk(n: HItem, f: (key: Term, value: Term) => void): void {
  if (n instanceof HNode) {
    for (const c of n.items) walk(c, f);
  } else if (n instanceof HLeaf) f(n.key, n.value);
  else for (const l of n.leaves) f(l.key, l.value);
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
  let root = new HNode(0, []);
  for (let i = 0; i < n; i++) {
    const h = internalHash(keys[i]!, 0);
    grew = false;
    root = hamtPut(root, new HLeaf(keys[i]!, vals[i]!, h), 0, h) as HNode;
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
