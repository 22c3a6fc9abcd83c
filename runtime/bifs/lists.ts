// The BIFs of module `lists`: the five functions OTP implements in C (reverse/2,
// member/2, keyfind/3, keymember/3, keysearch/3). Everything else in `lists` is Erlang,
// in stdlib/src/lists.erl, compiled by our own compiler on first use; the code server
// looks natives up first, so these win over anything of the same name there.
//
// Errors are BEAM's: `badarg` for an improper list, a bad position or a non-list where
// a list is needed. A list that turns out improper only after the element was found is
// fine, as in BEAM (the search stops at the first match).
import { Cons, NIL, type Term } from '../term/types.js';
import { badarg } from '../term/errors.js';
import { eq, exactEq } from '../term/compare.js';
import { registerNative } from './registry.js';
import { merge, sort } from './lists-sort.js';

/** lists:reverse(List, Tail). */
export function reverse2(list: Term, tail: Term): Term {
  // One pass: an improper list raises badarg as BEAM does, and the cells built before
  // that are garbage nobody saw.
  let acc = tail;
  let c = list;
  for (; c instanceof Cons; c = c.tl) acc = new Cons(c.hd, acc);
  if (c !== NIL) badarg();
  return acc;
}

/** lists:member(Elem, List): exact (=:=) comparison. */
export function member(elem: Term, list: Term): boolean {
  let l = list;
  if (typeof elem !== 'object' || elem === null) {
    // Atoms and small integers: `===` is exact equality.
    for (; l instanceof Cons; l = l.tl) if (l.hd === elem) return true;
  } else {
    for (; l instanceof Cons; l = l.tl) if (exactEq(l.hd, elem)) return true;
  }
  if (l !== NIL) badarg();
  return false;
}

function keyPos(n: Term): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) badarg();
  return n;
}

/** The first tuple in `list` whose element `pos` equals (==) `key`, or undefined. */
function keyFind(key: Term, pos: Term, list: Term): Term | undefined {
  const n = keyPos(pos) - 1;
  let l = list;
  for (; l instanceof Cons; l = l.tl) {
    const t = l.hd;
    if (Array.isArray(t) && t.length > n) {
      const e = t[n]!;
      // BEAM compares keys with ==, so 1 finds 1.0.
      if (e === key || eq(e, key)) return t;
    }
  }
  if (l !== NIL) badarg();
  return undefined;
}

export function keyfind(key: Term, pos: Term, list: Term): Term {
  return keyFind(key, pos, list) ?? false;
}

export function keymember(key: Term, pos: Term, list: Term): Term {
  return keyFind(key, pos, list) !== undefined;
}

export function keysearch(key: Term, pos: Term, list: Term): Term {
  const t = keyFind(key, pos, list);
  return t === undefined ? false : ['value', t];
}

export function registerListsBifs(): void {
  registerNative('lists', {
    'reverse/2': reverse2,
    'member/2': member,
    'keyfind/3': keyfind,
    'keymember/3': keymember,
    'keysearch/3': keysearch,
    // Not BIFs in OTP, but native here for speed and OTP's exact order of equal
    // elements (lists-sort.ts).
    'sort/1': sort,
    'merge/2': merge,
  });
}
