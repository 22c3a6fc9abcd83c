// erlang BIFs on lists: length/1, hd/1, tl/1 and the list operators `++` and `--`.
//
// `A ++ B` copies A (which must be a proper list) in front of B, which may be anything:
// `[] ++ a` is `a`, `[1] ++ a` is the improper `[1|a]`. `A -- B` removes, for each
// element of B, the first element of A that is exactly equal (=:=) to it. Counting the
// elements of B and then walking A once gives the same result; for long B the counts
// live in buckets keyed by phash2 (exactly equal terms hash alike), so the operator is
// linear rather than |A|*|B| as a naive scan would be.
import { exactEq } from '../term/compare.js';
import { badarg } from '../term/errors.js';
import { phash2 } from '../term/hash.js';
import { length as listLength, toArray } from '../term/list.js';
import { Cons, NIL, type Term } from '../term/types.js';
import type { NativeModule } from './registry.js';

export function hd(l: Term): Term {
  if (l instanceof Cons) return l.hd;
  return badarg();
}

export function tl(l: Term): Term {
  if (l instanceof Cons) return l.tl;
  return badarg();
}

export function length(l: Term): number {
  return listLength(l);
}

/** `++`. */
export function append(a: Term, b: Term): Term {
  if (a === NIL) return b;
  if (!(a instanceof Cons)) return badarg();
  // One pass, front to back: each new cell's tail is written once, before anyone can
  // see the list (an improper `a` raises and the copy is garbage).
  const head = new Cons(a.hd, NIL);
  let last = head as { tl: Term };
  let c = a.tl;
  for (; c instanceof Cons; c = c.tl) {
    const cell = new Cons(c.hd, NIL);
    last.tl = cell;
    last = cell as { tl: Term };
  }
  if (c !== NIL) return badarg();
  last.tl = b;
  return head;
}

/** `--`. */
export function subtract(a: Term, b: Term): Term {
  const xs = toArray(a);
  const ys = toArray(b);
  if (ys.length === 0 || xs.length === 0) return a;
  const keep: Term[] = [];
  if (ys.length <= 16) {
    const pending = ys.slice();
    for (const x of xs) {
      const j = pending.findIndex((y) => exactEq(x, y));
      if (j >= 0) pending.splice(j, 1);
      else keep.push(x);
    }
  } else {
    // bucket per hash: [term, count] entries
    const buckets = new Map<number, [Term, number][]>();
    for (const y of ys) {
      const h = phash2(y);
      let bucket = buckets.get(h);
      if (!bucket) buckets.set(h, (bucket = []));
      const e = bucket.find((p) => exactEq(p[0], y));
      if (e) e[1]++;
      else bucket.push([y, 1]);
    }
    for (const x of xs) {
      const bucket = buckets.get(phash2(x));
      const e = bucket?.find((p) => p[1] > 0 && exactEq(p[0], x));
      if (e) e[1]--;
      else keep.push(x);
    }
  }
  let r: Term = NIL;
  for (let i = keep.length - 1; i >= 0; i--) r = new Cons(keep[i]!, r);
  return r;
}

export const listBifs: NativeModule = {
  'length/1': length,
  'hd/1': hd,
  'tl/1': tl,
  '++/2': append,
  '--/2': subtract,
  'append/2': append,
  'subtract/2': subtract,
};
