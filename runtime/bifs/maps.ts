// The native half of module `maps`: the functions OTP implements as BIFs (get/2,
// find/2, put/3, update/3, remove/2, take/2, is_key/2, keys/1, values/1, merge/2,
// from_list/1, from_keys/2), the simple ones whose Erlang versions in OTP only wrap a
// BIF (to_list/1, size/1, new/0), and `erts_internal:map_next/3`, the iterator step
// behind maps:next/1 (stdlib/src/maps.erl has the rest of the module in Erlang).
//
// Errors are OTP 25's: `{badmap, M}` when a map argument is not a map, `{badkey, K}`
// for a missing key in get/2 and update/3, `badarg` for a bad list. The code server's
// native wrapper puts the `{maps, F, Args, _}` frame on top, as BEAM's BIF frames.
//
// Iterators. OTP 25's iterator is `[Path | Map]` (opaque); `map_next(Path, Map,
// iterator)` returns `{K, V, Next}` chains. Measured on OTP 25: a flat map (<= 32 keys)
// yields its whole chain ending in `none` at once; a larger map yields batches of 32
// pairs, each chain ending in a fresh `[Path | Map]`. Here Path is the index of the
// next pair in iterator order (OTP encodes a position in its HAMT; only the printed
// form of a mid-way HAMT iterator differs). The iterator order of a HAMT is cached per
// map so that walking it stays linear.
import { Cons, NIL, type Term } from '../term/types.js';
import { badarg, error } from '../term/errors.js';
import { EMPTY_MAP, ErlMap } from '../term/map.js';
import { registerNative } from './registry.js';

function asMap(m: Term): ErlMap {
  if (!(m instanceof ErlMap)) error(['badmap', m]);
  return m;
}

function listOfPairs(pairs: [Term, Term][]): Term {
  let l: Term = NIL;
  for (let i = pairs.length - 1; i >= 0; i--) l = new Cons([pairs[i]![0], pairs[i]![1]], l);
  return l;
}

export function get2(key: Term, map: Term): Term {
  const v = asMap(map).get(key);
  if (v === undefined) error(['badkey', key]);
  return v;
}

export function find(key: Term, map: Term): Term {
  const v = asMap(map).get(key);
  return v === undefined ? 'error' : ['ok', v];
}

export function put(key: Term, value: Term, map: Term): Term {
  return asMap(map).put(key, value);
}

export function update(key: Term, value: Term, map: Term): Term {
  const m = asMap(map);
  if (m.get(key) === undefined) error(['badkey', key]);
  return m.put(key, value);
}

export function remove(key: Term, map: Term): Term {
  return asMap(map).remove(key);
}

export function take(key: Term, map: Term): Term {
  const m = asMap(map);
  const v = m.get(key);
  return v === undefined ? 'error' : [v, m.remove(key)];
}

export function isKey(key: Term, map: Term): Term {
  return asMap(map).get(key) !== undefined;
}

export function keys(map: Term): Term {
  const ps = asMap(map).toListOrder();
  let l: Term = NIL;
  for (let i = ps.length - 1; i >= 0; i--) l = new Cons(ps[i]![0], l);
  return l;
}

export function values(map: Term): Term {
  const ps = asMap(map).toListOrder();
  let l: Term = NIL;
  for (let i = ps.length - 1; i >= 0; i--) l = new Cons(ps[i]![1], l);
  return l;
}

export function toList(map: Term): Term {
  return listOfPairs(asMap(map).toListOrder());
}

export function size(map: Term): Term {
  return asMap(map).size;
}

export function merge(a: Term, b: Term): Term {
  const m1 = asMap(a);
  const m2 = asMap(b);
  // Put the smaller map's pairs into the larger one; values of `b` win either way.
  if (m2.size >= m1.size) {
    let acc = m2;
    m1.forEach((k, v) => {
      if (acc.get(k) === undefined) acc = acc.put(k, v);
    });
    return acc;
  }
  let acc = m1;
  m2.forEach((k, v) => {
    acc = acc.put(k, v);
  });
  return acc;
}

export function fromList(list: Term): Term {
  let m = EMPTY_MAP;
  let l = list;
  for (; l instanceof Cons; l = l.tl) {
    const p = l.hd;
    if (!Array.isArray(p) || p.length !== 2) badarg();
    m = m.put(p[0]!, p[1]!);
  }
  if (l !== NIL) badarg();
  return m;
}

export function fromKeys(list: Term, value: Term): Term {
  let m = EMPTY_MAP;
  let l = list;
  for (; l instanceof Cons; l = l.tl) m = m.put(l.hd, value);
  if (l !== NIL) badarg();
  return m;
}

// ------------------------------------------------------------------ iterators

const BATCH = 32;
const orderCache = new WeakMap<ErlMap, [Term, Term][]>();

function iterPairs(m: ErlMap): [Term, Term][] {
  let ps = orderCache.get(m);
  if (!ps) {
    ps = m.iterOrder();
    orderCache.set(m, ps);
  }
  return ps;
}

/** erts_internal:map_next(Path, Map, iterator). */
export function mapNext(path: Term, map: Term, mode: Term): Term {
  if (!(map instanceof ErlMap) || typeof path !== 'number' || !Number.isInteger(path) || path < 0 || mode !== 'iterator') badarg();
  const m = map;
  const ps = m.isFlat ? null : iterPairs(m);
  const n = m.size;
  if (path >= n) {
    if (path === 0) return 'none';
    badarg();
  }
  const end = m.isFlat ? n : Math.min(n, path + BATCH);
  let next: Term = end >= n ? 'none' : new Cons(end, m);
  for (let i = end - 1; i >= path; i--) {
    const k = ps ? ps[i]![0] : m.keys[i]!;
    const v = ps ? ps[i]![1] : m.vals[i]!;
    next = [k, v, next];
  }
  return next;
}

export function registerMapsBifs(): void {
  registerNative('maps', {
    'get/2': get2,
    'find/2': find,
    'put/3': put,
    'update/3': update,
    'remove/2': remove,
    'take/2': take,
    'is_key/2': isKey,
    'keys/1': keys,
    'values/1': values,
    'to_list/1': toList,
    'size/1': size,
    'new/0': () => EMPTY_MAP,
    'merge/2': merge,
    'from_list/1': fromList,
    'from_keys/2': fromKeys,
  });
  registerNative('erts_internal', { 'map_next/3': mapNext });
}
