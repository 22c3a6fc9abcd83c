// The storage of ETS tables: a hash store for set/bag/duplicate_bag and a sorted block
// list for ordered_set (docs/ets.md).
//
// Hashed types key a JS Map by a cheap canonical key: atoms, integers (numbers and
// bigints) and booleans are their own Map key; any other key is its external term
// format (the same bytes for exactly the `=:=` terms), prefixed so that it cannot meet
// an atom. A set maps to the object, a bag to the array of its objects in insertion
// order. Iteration (first/next, select, tab2list) follows the Map's insertion order; OTP's
// order comes from its hash table and is not reproduced.
//
// ordered_set keeps its objects sorted by key in the standard term order, where 1 and
// 1.0 are the same key (as OTP). The objects live in blocks of at most BLOCK_MAX, found
// by binary search on each block's last key: inserts and deletes move at most one block.
// A table of 2-tuples keeps only their elements (pair mode, see OrderedStore).
import type { Term, Tuple } from '../term/types.js';
import { termToBinary } from '../term/etf.js';
import { compare, exactEq } from '../term/compare.js';

const latin1 = new TextDecoder('latin1');

/** The JS Map key of an ETS key (`=:=` terms, and only those, give the same key). */
export function hashKey(k: Term): unknown {
  const t = typeof k;
  if (t === 'number' || t === 'string' || t === 'boolean' || t === 'bigint') return k;
  return '\u0000\u0001' + latin1.decode(termToBinary(k));
}

/** Returned by next/prev when the key given is not in a hashed table. */
export const NO_KEY: unique symbol = Symbol('nokey');

export interface Store {
  readonly size: number;
  /** The objects with this key, in order. */
  lookup(key: Term): Tuple[];
  has(key: Term): boolean;
  /** Inserts (set: replaces; bag: adds unless an equal object is there). */
  insert(obj: Tuple): void;
  deleteKey(key: Term): Tuple[];
  /** Removes the objects `=:=` to obj; how many. */
  deleteObject(obj: Tuple): number;
  clear(): void;
  first(): Term | undefined;
  last(): Term | undefined;
  next(key: Term): Term | undefined | typeof NO_KEY;
  prev(key: Term): Term | undefined | typeof NO_KEY;
  /** Every object, in iteration order (reverse: backwards). */
  all(reverse: boolean): Tuple[];
  /** Objects after (before, when reverse) `key`, exclusive, in order; ordered_set only. */
  from?(key: Term, reverse: boolean, f: (o: Tuple) => boolean): void;
  /** The objects of the n-th slot (0-based). */
  slot(i: number): Tuple[] | undefined;
  /** The number of objects (bags count each). */
  count(): number;
}

// ------------------------------------------------------------------ set

/** first/next over a Map in its order. The iterator is kept at the last key returned,
 * so a first/next walk is linear. */
class MapWalk<V> {
  private iter: Iterator<[unknown, V]> | null = null;
  private at: unknown = undefined;
  constructor(private readonly map: Map<unknown, V>) {}

  first(): V | undefined {
    this.iter = this.map.entries();
    return this.step();
  }

  /** The entry after key `k`: NO_KEY when `k` is not in the map, undefined at the end. */
  next(k: unknown): V | undefined | typeof NO_KEY {
    if (!this.map.has(k)) return NO_KEY;
    if (this.iter === null || this.at !== k) {
      this.iter = this.map.entries();
      for (;;) {
        const r = this.iter.next();
        if (r.done) return NO_KEY;
        if (r.value[0] === k) break;
      }
    }
    return this.step();
  }

  private step(): V | undefined {
    const r = this.iter!.next();
    if (r.done) {
      this.iter = null;
      return undefined;
    }
    this.at = r.value[0];
    return r.value[1];
  }
}

export class SetStore implements Store {
  readonly map = new Map<unknown, Tuple>();
  private readonly walk = new MapWalk(this.map);
  constructor(readonly kp: number) {}
  get size(): number {
    return this.map.size;
  }
  count(): number {
    return this.map.size;
  }
  lookup(key: Term): Tuple[] {
    const o = this.map.get(hashKey(key));
    return o === undefined ? [] : [o];
  }
  has(key: Term): boolean {
    return this.map.has(hashKey(key));
  }
  insert(obj: Tuple): void {
    this.map.set(hashKey(obj[this.kp]!), obj);
  }
  deleteKey(key: Term): Tuple[] {
    const k = hashKey(key);
    const o = this.map.get(k);
    if (o === undefined) return [];
    this.map.delete(k);
    return [o];
  }
  deleteObject(obj: Tuple): number {
    const k = hashKey(obj[this.kp]!);
    const o = this.map.get(k);
    if (o === undefined || !exactTuple(o, obj)) return 0;
    this.map.delete(k);
    return 1;
  }
  clear(): void {
    this.map.clear();
  }
  first(): Term | undefined {
    return this.walk.first()?.[this.kp];
  }
  last(): Term | undefined {
    return this.first();
  }
  next(key: Term): Term | undefined | typeof NO_KEY {
    const o = this.walk.next(hashKey(key));
    return o === NO_KEY || o === undefined ? o : o[this.kp];
  }
  prev(key: Term): Term | undefined | typeof NO_KEY {
    return this.next(key);
  }
  all(): Tuple[] {
    return [...this.map.values()];
  }
  slot(i: number): Tuple[] | undefined {
    if (i >= this.map.size) return undefined;
    let n = 0;
    for (const o of this.map.values()) if (n++ === i) return [o];
    return undefined;
  }
}

// ------------------------------------------------------------------ bag, duplicate_bag

export class BagStore implements Store {
  readonly map = new Map<unknown, Tuple[]>();
  private n = 0;
  private readonly walk = new MapWalk(this.map);
  constructor(
    readonly kp: number,
    readonly duplicates: boolean,
  ) {}
  get size(): number {
    return this.n;
  }
  count(): number {
    return this.n;
  }
  lookup(key: Term): Tuple[] {
    const os = this.map.get(hashKey(key));
    return os === undefined ? [] : os.slice();
  }
  has(key: Term): boolean {
    return this.map.has(hashKey(key));
  }
  insert(obj: Tuple): void {
    const k = hashKey(obj[this.kp]!);
    const os = this.map.get(k);
    if (os === undefined) {
      this.map.set(k, [obj]);
      this.n++;
      return;
    }
    if (!this.duplicates) for (const o of os) if (exactTuple(o, obj)) return;
    os.push(obj);
    this.n++;
  }
  deleteKey(key: Term): Tuple[] {
    const k = hashKey(key);
    const os = this.map.get(k);
    if (os === undefined) return [];
    this.map.delete(k);
    this.n -= os.length;
    return os;
  }
  deleteObject(obj: Tuple): number {
    const k = hashKey(obj[this.kp]!);
    const os = this.map.get(k);
    if (os === undefined) return 0;
    const keep = os.filter((o) => !exactTuple(o, obj));
    const removed = os.length - keep.length;
    if (removed === 0) return 0;
    this.n -= removed;
    if (keep.length === 0) this.map.delete(k);
    else this.map.set(k, keep);
    return removed;
  }
  /** Replaces the object at index i of key's objects (select_replace). */
  replaceAt(obj: Tuple, old: Tuple): void {
    const os = this.map.get(hashKey(obj[this.kp]!));
    if (os === undefined) return;
    const i = os.indexOf(old);
    if (i < 0) return;
    if (!this.duplicates && os.some((o, j) => j !== i && exactTuple(o, obj))) {
      os.splice(i, 1);
      this.n--;
      return;
    }
    os[i] = obj;
  }
  clear(): void {
    this.map.clear();
    this.n = 0;
  }
  first(): Term | undefined {
    return this.walk.first()?.[0]![this.kp];
  }
  last(): Term | undefined {
    return this.first();
  }
  next(key: Term): Term | undefined | typeof NO_KEY {
    const os = this.walk.next(hashKey(key));
    return os === NO_KEY || os === undefined ? os : os[0]![this.kp];
  }
  prev(key: Term): Term | undefined | typeof NO_KEY {
    return this.next(key);
  }
  all(): Tuple[] {
    const out: Tuple[] = [];
    for (const os of this.map.values()) for (const o of os) out.push(o);
    return out;
  }
  slot(i: number): Tuple[] | undefined {
    if (i >= this.map.size) return undefined;
    let n = 0;
    for (const os of this.map.values()) if (n++ === i) return os.slice();
    return undefined;
  }
}

// ------------------------------------------------------------------ ordered_set

const BLOCK_MAX = 256;

/** Term order of two keys, with the common integer-key case inline. */
function cmpKey(a: Term, b: Term): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return compare(a, b);
}

/** A run of objects in key order, with their keys in a parallel array: the binary search
 * reads the keys array (contiguous, integers unboxed) instead of one tuple per step.
 * `vals` holds the objects, or in pair mode (below) only their non-key element. */
class Block {
  constructor(
    readonly keys: Term[],
    readonly vals: Term[],
  ) {}
  get lastKey(): Term {
    return this.keys[this.keys.length - 1]!;
  }
}

export class OrderedStore implements Store {
  /** Non-empty sorted blocks (none when the table is empty). */
  private blocks: Block[] = [];
  /** The last key of each block, parallel to `blocks`: the search over blocks reads
   * this one array (integers unboxed in it) instead of a block and its keys per step. */
  private lasts: Term[] = [];
  private n = 0;
  /** Pair mode: every object is a 2-tuple, stored as its key (in `keys`) and its other
   * element (in `vals`); an object is made again when read, as OTP copies it out of the
   * table. The inserted tuple then dies young instead of being copied by the scavenger
   * and kept, and a table of integer pairs holds no pointers at all. The first object of
   * another size turns the table into objects for good (until it is emptied). */
  private pairs = true;
  /** Every key is a JS number (an integer below 2^53): the searches compare with `<`. */
  private ints = true;
  /** Set by find(): the block and the index in it. */
  private fb = 0;
  private fi = 0;
  constructor(readonly kp: number) {}
  get size(): number {
    return this.n;
  }
  count(): number {
    return this.n;
  }
  /** The object at index i of block b. */
  private obj(b: Block, i: number): Tuple {
    if (!this.pairs) return b.vals[i] as Tuple;
    return this.kp === 0 ? [b.keys[i]!, b.vals[i]!] : [b.vals[i]!, b.keys[i]!];
  }
  /** The block holding `key`, or where it would go: the first block whose last key >= key. */
  private blockOf(key: Term): number {
    const ls = this.lasts;
    let lo = 0;
    let hi = ls.length - 1;
    if (hi < 0) return 0;
    if (typeof key === 'number') {
      if (this.ints) {
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((ls[mid] as number) < key) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      }
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const k = ls[mid]!;
        if (typeof k === 'number' ? k < key : compare(k, key) < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(ls[mid]!, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Where `key` is, or would be inserted: sets `fb` (block) and `fi` (index in it);
   * true if it is there. */
  private find(key: Term): boolean {
    const bi = this.blockOf(key);
    this.fb = bi;
    const b = this.blocks[bi];
    if (b === undefined) {
      this.fi = 0;
      return false;
    }
    const ks = b.keys;
    let lo = 0;
    let hi = ks.length;
    if (typeof key === 'number') {
      if (this.ints) {
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((ks[mid] as number) < key) lo = mid + 1;
          else hi = mid;
        }
        this.fi = lo;
        return lo < ks.length && ks[lo] === key;
      }
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const k = ks[mid]!;
        if (typeof k === 'number' ? k < key : compare(k, key) < 0) lo = mid + 1;
        else hi = mid;
      }
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(ks[mid]!, key) < 0) lo = mid + 1;
        else hi = mid;
      }
    }
    this.fi = lo;
    return lo < ks.length && cmpKey(ks[lo]!, key) === 0;
  }
  /** The object with this key, or undefined. */
  get(key: Term): Tuple | undefined {
    return this.find(key) ? this.obj(this.blocks[this.fb]!, this.fi) : undefined;
  }
  lookup(key: Term): Tuple[] {
    return this.find(key) ? [this.obj(this.blocks[this.fb]!, this.fi)] : [];
  }
  has(key: Term): boolean {
    return this.find(key);
  }
  /** Leaves pair mode: every block's vals become the objects. */
  private toObjects(): void {
    for (const b of this.blocks) for (let i = 0; i < b.vals.length; i++) b.vals[i] = this.obj(b, i);
    this.pairs = false;
  }
  insert(obj: Tuple): void {
    const key = obj[this.kp]!;
    if (this.pairs && obj.length !== 2) this.toObjects();
    if (typeof key !== 'number') this.ints = false;
    const v: Term = this.pairs ? obj[1 - this.kp]! : obj;
    if (this.blocks.length === 0) {
      this.blocks.push(new Block([key], [v]));
      this.lasts.push(key);
      this.n = 1;
      return;
    }
    const found = this.find(key);
    const bi = this.fb;
    const b = this.blocks[bi]!;
    const i = this.fi;
    if (found) {
      b.keys[i] = key; // 1.0 replacing 1: the new object's key is the key now
      b.vals[i] = v;
      if (i === b.keys.length - 1) this.lasts[bi] = key;
      return;
    }
    if (i === b.keys.length) {
      b.keys.push(key);
      b.vals.push(v);
      this.lasts[bi] = key;
    } else {
      b.keys.splice(i, 0, key);
      b.vals.splice(i, 0, v);
    }
    this.n++;
    if (b.keys.length > BLOCK_MAX) {
      const half = b.keys.length >> 1;
      const nb = new Block(b.keys.splice(half), b.vals.splice(half));
      this.blocks.splice(bi + 1, 0, nb);
      this.lasts[bi] = b.lastKey;
      this.lasts.splice(bi + 1, 0, nb.lastKey);
    }
  }
  deleteKey(key: Term): Tuple[] {
    if (!this.find(key)) return [];
    const bi = this.fb;
    const b = this.blocks[bi]!;
    const o = this.obj(b, this.fi);
    b.keys.splice(this.fi, 1);
    b.vals.splice(this.fi, 1);
    this.n--;
    if (b.keys.length === 0) {
      this.blocks.splice(bi, 1);
      this.lasts.splice(bi, 1);
    } else this.lasts[bi] = b.lastKey;
    if (this.n === 0) this.clear();
    return [o];
  }
  deleteObject(obj: Tuple): number {
    if (!this.find(obj[this.kp]!) || !exactTuple(this.obj(this.blocks[this.fb]!, this.fi), obj)) return 0;
    this.deleteKey(obj[this.kp]!);
    return 1;
  }
  clear(): void {
    this.blocks = [];
    this.lasts = [];
    this.n = 0;
    this.pairs = true;
    this.ints = true;
  }
  first(): Term | undefined {
    return this.blocks.length ? this.blocks[0]!.keys[0] : undefined;
  }
  last(): Term | undefined {
    const b = this.blocks[this.blocks.length - 1];
    return b ? b.lastKey : undefined;
  }
  /** The first key after `key` (which need not be in the table). */
  next(key: Term): Term | undefined {
    const found = this.find(key);
    const b = this.blocks[this.fb];
    if (b === undefined) return undefined;
    const i = found ? this.fi + 1 : this.fi;
    if (i < b.keys.length) return b.keys[i];
    const nb = this.blocks[this.fb + 1];
    return nb ? nb.keys[0] : undefined;
  }
  prev(key: Term): Term | undefined {
    this.find(key);
    const i = this.fi;
    if (i > 0) return this.blocks[this.fb]!.keys[i - 1];
    const pb = this.blocks[this.fb - 1];
    return pb ? pb.lastKey : undefined;
  }
  all(reverse: boolean): Tuple[] {
    const out: Tuple[] = [];
    for (const b of this.blocks) for (let i = 0; i < b.keys.length; i++) out.push(this.obj(b, i));
    return reverse ? out.reverse() : out;
  }
  /** Calls f on the objects strictly after (reverse: before) key, until f returns false. */
  from(key: Term, reverse: boolean, f: (o: Tuple) => boolean): void {
    const found = this.find(key);
    let bi = this.fb;
    let i = this.fi;
    if (!reverse) {
      if (found) i++;
      for (; bi < this.blocks.length; bi++, i = 0) {
        const b = this.blocks[bi]!;
        for (; i < b.keys.length; i++) if (!f(this.obj(b, i))) return;
      }
    } else {
      i--;
      for (; bi >= 0; bi--, i = bi >= 0 ? this.blocks[bi]!.keys.length - 1 : 0) {
        const b = this.blocks[bi]!;
        for (; i >= 0; i--) if (!f(this.obj(b, i))) return;
      }
    }
  }
  slot(i: number): Tuple[] | undefined {
    for (const b of this.blocks) {
      if (i < b.keys.length) return [this.obj(b, i)];
      i -= b.keys.length;
    }
    return undefined;
  }
}

function exactTuple(a: Tuple, b: Tuple): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return exactEq(a as Term, b as Term);
}
