// lists:sort/1 and lists:merge/2 natively, reproducing OTP's algorithm exactly.
//
// Which of two equal-comparing elements (1 and 1.0) comes first is observable, and
// OTP's sort/1 is not a plain stable sort: it cuts the input into runs (ascending runs,
// where an element that fits between the last two is slipped in, one element held
// aside; and descending runs, which are built reversed), then merges runs three at a
// time (two at the end), alternating between merging ascending lists into reversed
// results and reversed lists into ascending results, until one run is left. Ties in a
// merge go to the earlier run for ascending merges and the later run for reversed ones.
// We follow that shape step for step; every loop below is one of OTP's tail-recursive
// helper families written as a state machine (no JS recursion, so long lists cannot
// overflow the stack).
//
// Speed: the intermediate lists are not Cons cells but "stacks": JS arrays whose last
// element is the head of the list, so `[H|T]` is `push`, taking the head is `pop`, and
// OTP's list code translates line for line. Building millions of short-lived Cons cells
// per merge pass made the sort spend most of its time in the garbage collector; arrays
// of small integers are flat and are collected wholesale. Only the result is consed.
import { compare, eq } from '../term/compare.js';
import { badarg, ErlangError } from '../term/errors.js';
import { Cons, NIL, type Term } from '../term/types.js';

/** A list as a stack: the head is the last element. */
type Stk = Term[];

// Small integers (the common case) without the generic comparison's call.
const le = (a: Term, b: Term): boolean =>
  typeof a === 'number' && typeof b === 'number' ? a <= b : compare(a, b) <= 0;

/** OTP's lists:reverse(L, Acc) on stacks: moves L's elements onto `acc`. */
function rev(l: Stk, acc: Stk): Stk {
  for (let i = l.length - 1; i >= 0; i--) acc.push(l[i]!);
  l.length = 0;
  return acc;
}

/** [H|M]. */
function cons(h: Term, m: Stk): Stk {
  m.push(h);
  return m;
}

/** A proper list's elements as a stack (elements up to the first non-cons tail). */
function toStack(l: Term): Stk {
  const a: Term[] = [];
  for (let c = l; c instanceof Cons; c = c.tl) a.push(c.hd);
  return a.reverse();
}

/** A stack as a list. */
function toList(s: Stk): Term {
  let l: Term = NIL;
  for (let i = 0; i < s.length; i++) l = new Cons(s[i]!, l);
  return l;
}

/** Merge of ascending T1 with [H2|T2]: the result reversed (descending). */
function merge2(t1: Stk, h2: Term, t2: Stk, m: Stk): Stk {
  let h1: Term = NIL;
  let hdm: Term = NIL;
  let state: 1 | 2 = 1;
  for (;;) {
    if (state === 1) {
      if (t1.length > 0) {
        h1 = t1.pop()!;
        if (le(h1, h2)) m = cons(h1, m);
        else {
          hdm = h2;
          state = 2;
        }
      } else return rev(t2, cons(h2, m));
    } else {
      if (t2.length > 0) {
        const x = t2.pop()!;
        if (le(h1, x)) {
          m = cons(h1, cons(hdm, m));
          h2 = x;
          state = 1;
        } else {
          m = cons(hdm, m);
          hdm = x;
        }
      } else return rev(t1, cons(h1, cons(hdm, m)));
    }
  }
}

/** Merge of descending T1 with [H2|T2]: the result ascending (reversed lists in). */
function rmerge2(t1: Stk, h2: Term, t2: Stk, m: Stk): Stk {
  let h1: Term = NIL;
  let hdm: Term = NIL;
  let state: 1 | 2 = 1;
  for (;;) {
    if (state === 1) {
      if (t1.length > 0) {
        h1 = t1.pop()!;
        if (le(h1, h2)) {
          hdm = h2;
          state = 2;
        } else m = cons(h1, m);
      } else return rev(t2, cons(h2, m));
    } else {
      if (t2.length > 0) {
        const x = t2.pop()!;
        if (le(h1, x)) {
          m = cons(hdm, m);
          hdm = x;
        } else {
          m = cons(h1, cons(hdm, m));
          h2 = x;
          state = 1;
        }
      } else return rev(t1, cons(h1, cons(hdm, m)));
    }
  }
}

/** Three-way merge of ascending T1, [H2|T2], [H3|T3]; the result reversed. */
function merge3(t1: Stk, h2: Term, t2: Stk, h3: Term, t3: Stk): Stk {
  let m: Stk = [];
  let h1: Term = NIL;
  // States: a = take T1 apart, b = take T2 apart, c = H1 =< H2 (compare with H3),
  // c3 = H1 =< H2 taking T3 apart, d = H1 > H2, d3 = H1 > H2 taking T3 apart.
  let st: 'a' | 'b' | 'c' | 'c3' | 'd' | 'd3' = 'a';
  for (;;) {
    switch (st) {
      case 'a':
        if (t1.length > 0) {
          h1 = t1.pop()!;
            st = le(h1, h2) ? 'c' : 'd';
        } else {
          if (le(h2, h3)) return merge2(t2, h3, t3, cons(h2, m));
          return merge2from2(t2, h3, t3, m, h2);
        }
        break;
      case 'b':
        if (t2.length > 0) {
          h2 = t2.pop()!;
            st = le(h1, h2) ? 'c' : 'd';
        } else {
          if (le(h1, h3)) return merge2(t1, h3, t3, cons(h1, m));
          return merge2from2(t1, h3, t3, m, h1);
        }
        break;
      case 'c':
        if (le(h1, h3)) {
          m = cons(h1, m);
          st = 'a';
        } else {
          m = cons(h3, m);
          st = 'c3';
        }
        break;
      case 'c3':
        if (t3.length > 0) {
          h3 = t3.pop()!;
            if (le(h1, h3)) {
            m = cons(h1, m);
            st = 'a';
          } else m = cons(h3, m);
        } else return merge2(t1, h2, t2, cons(h1, m));
        break;
      case 'd':
        if (le(h2, h3)) {
          m = cons(h2, m);
          st = 'b';
        } else {
          m = cons(h3, m);
          st = 'd3';
        }
        break;
      case 'd3':
        if (t3.length > 0) {
          h3 = t3.pop()!;
            if (le(h2, h3)) {
            m = cons(h2, m);
            st = 'b';
          } else m = cons(h3, m);
        } else return merge2from2(t1, h2, t2, m, h1);
        break;
    }
  }
}

/** merge2 entered in its second state: H1 taken from T1 and HdM pending. */
function merge2from2(t1: Stk, hdm: Term, t2: Stk, m: Stk, h1: Term): Stk {
  for (;;) {
    if (t2.length > 0) {
      const x = t2.pop()!;
      if (le(h1, x)) return merge2(t1, x, t2, cons(h1, cons(hdm, m)));
      m = cons(hdm, m);
      hdm = x;
    } else return rev(t1, cons(h1, cons(hdm, m)));
  }
}

/** rmerge2 entered in its second state. */
function rmerge2from2(t1: Stk, hdm: Term, t2: Stk, m: Stk, h1: Term): Stk {
  for (;;) {
    if (t2.length > 0) {
      const x = t2.pop()!;
      if (le(h1, x)) {
        m = cons(hdm, m);
        hdm = x;
      } else return rmerge2(t1, x, t2, cons(h1, cons(hdm, m)));
    } else return rev(t1, cons(h1, cons(hdm, m)));
  }
}

/** Three-way merge of descending T1, [H2|T2], [H3|T3]; the result ascending. */
function rmerge3(t1: Stk, h2: Term, t2: Stk, h3: Term, t3: Stk): Stk {
  let m: Stk = [];
  let h1: Term = NIL;
  let st: 'a' | 'b' | 'c' | 'c3' | 'd' | 'd3' = 'a';
  for (;;) {
    switch (st) {
      case 'a':
        if (t1.length > 0) {
          h1 = t1.pop()!;
            st = le(h1, h2) ? 'c' : 'd';
        } else {
          if (le(h2, h3)) return rmerge2from2(t2, h3, t3, m, h2);
          return rmerge2(t2, h3, t3, cons(h2, m));
        }
        break;
      case 'b':
        if (t2.length > 0) {
          h2 = t2.pop()!;
            st = le(h1, h2) ? 'c' : 'd';
        } else {
          if (le(h1, h3)) return rmerge2from2(t1, h3, t3, m, h1);
          return rmerge2(t1, h3, t3, cons(h1, m));
        }
        break;
      case 'c': // H1 =< H2
        if (le(h2, h3)) {
          m = cons(h3, m);
          st = 'c3';
        } else {
          m = cons(h2, m);
          st = 'b';
        }
        break;
      case 'c3':
        if (t3.length > 0) {
          h3 = t3.pop()!;
            if (le(h2, h3)) m = cons(h3, m);
          else {
            m = cons(h2, m);
            st = 'b';
          }
        } else return rmerge2from2(t1, h2, t2, m, h1);
        break;
      case 'd': // H1 > H2
        if (le(h1, h3)) {
          m = cons(h3, m);
          st = 'd3';
        } else {
          m = cons(h1, m);
          st = 'a';
        }
        break;
      case 'd3':
        if (t3.length > 0) {
          h3 = t3.pop()!;
            if (le(h1, h3)) m = cons(h3, m);
          else {
            m = cons(h1, m);
            st = 'a';
          }
        } else return rmerge2(t1, h2, t2, cons(h1, m));
        break;
    }
  }
}

/**
 * Merges a list of runs until one is left. `asc` runs are ascending and merging them
 * gives reversed runs (and the other way round); `acc` holds results, newest last.
 * Runs are stacks; taking a run's head pops it, as OTP's clauses match `[H|T]`.
 */
function mergeRuns(runs: Stk[], ascending: boolean): Stk {
  let ls = runs;
  let asc = ascending;
  for (;;) {
    const acc: Stk[] = [];
    let i = 0;
    let next: Stk[] | null = null;
    while (next === null) {
      const rem = ls.length - i;
      if (asc) {
        if (rem > 0 && ls[i]!.length === 0) {
          i++;
        } else if (rem >= 3 && ls[i + 1]!.length > 0 && ls[i + 2]!.length > 0) {
          const b = ls[i + 1]!;
          const c = ls[i + 2]!;
          const bh = b.pop()!;
          const ch = c.pop()!;
          acc.push(merge3(ls[i]!, bh, b, ch, c));
          i += 3;
        } else if (rem === 2 && ls[i + 1]!.length > 0) {
          const b = ls[i + 1]!;
          const bh = b.pop()!;
          next = [merge2(ls[i]!, bh, b, []), ...acc.reverse()];
        } else if (rem === 1) {
          if (acc.length === 0) return ls[i]!;
          next = [ls[i]!.reverse(), ...acc.reverse()];
        } else if (rem === 0) {
          if (acc.length === 0) return [];
          next = acc.reverse();
        } else if (ls[i + 1]!.length === 0) {
          ls[i + 1] = ls[i]!;
          i++;
        } else {
          // [A, B, [] | L]
          ls[i + 2] = ls[i + 1]!;
          ls[i + 1] = ls[i]!;
          i++;
        }
      } else {
        if (rem >= 3 && ls[i]!.length > 0 && ls[i + 1]!.length > 0) {
          const c = ls[i]!;
          const b = ls[i + 1]!;
          const ch = c.pop()!;
          const bh = b.pop()!;
          acc.push(rmerge3(ls[i + 2]!, bh, b, ch, c));
          i += 3;
        } else if (rem === 2 && ls[i]!.length > 0) {
          const b = ls[i]!;
          const bh = b.pop()!;
          next = [rmerge2(ls[i + 1]!, bh, b, []), ...acc.reverse()];
        } else if (rem === 1) {
          next = [ls[i]!.reverse(), ...acc.reverse()];
        } else if (rem === 0) {
          next = acc.reverse();
        } else {
          // Cannot happen: runs given to the reversed merge are never empty.
          return badarg();
        }
      }
    }
    ls = next;
    asc = !asc;
  }
}

/**
 * Cuts into runs from [X, Y | L] (X =< Y, ascending) or descending, then merges.
 * `l` is the input list; `r`, the run being built, is a stack.
 */
function splitAndMerge(x: Term, y: Term, l: Term, r: Stk, ascending: boolean): Term {
  const rs: Stk[] = []; // runs, newest last (OTP prepends them)
  let s: Term | undefined;
  for (;;) {
    if (!(l instanceof Cons)) {
      const run = cons(y, cons(x, r));
      const runs = s === undefined ? [run, ...rs.reverse()] : [[s], run, ...rs.reverse()];
      // Ascending cutting gives reversed runs: merge them with the reversed merges.
      return toList(mergeRuns(runs, !ascending));
    }
    const z = l.hd;
    l = l.tl;
    if (ascending ? le(y, z) : le(z, y)) {
      r = cons(x, r);
      x = y;
      y = z;
    } else if (ascending ? le(x, z) : le(z, x)) {
      r = cons(x, r);
      x = z;
    } else if (s === undefined) {
      if (r.length === 0) r = cons(z, r);
      else s = z;
    } else {
      rs.push(cons(y, cons(x, r)));
      r = [];
      const sFirst = ascending ? le(s, z) : !le(s, z);
      if (sFirst) {
        x = s;
        y = z;
      } else {
        x = z;
        y = s;
      }
      s = undefined;
    }
  }
}

/**
 * OTP's sort/1 has no clause for a non-list, and its helpers none for an improper
 * tail: function_clause (BEAM names the helper for a long improper list; we name sort/1).
 */
function functionClause(): never {
  throw new ErlangError('error', 'function_clause');
}

// What checkList found: every element an integer held as a JS number; every element
// an integer, atom or boolean (no floats anywhere); or anything else.
const NUMBERS = 0;
const IMMEDIATES = 1;
const OTHER = 2;
let listLength = 0;

/** Checks `l` is proper (else function_clause); says what its elements are, and sets listLength. */
function checkList(l: Term): number {
  let c = l;
  let n = 0;
  let kind = NUMBERS;
  while (c instanceof Cons) {
    const t = typeof c.hd;
    if (t !== 'number' && kind !== OTHER) kind = t === 'string' || t === 'boolean' || t === 'bigint' ? IMMEDIATES : OTHER;
    n++;
    c = c.tl;
  }
  if (c !== NIL) functionClause();
  listLength = n;
  return kind;
}

/*
 * The order of equal elements only shows when they are equal without being exactly
 * equal (1 and 1.0). Integers and atoms that compare equal are identical (integers
 * that fit a JS number are never bigints), so a list of only those can take any sort:
 * a typed-array numeric sort for numbers, JS's sort with the term order otherwise.
 */
function sortNumbers(l: Term, n: number): Term {
  const a = new Float64Array(n);
  let i = 0;
  for (let c = l; c instanceof Cons; c = c.tl) a[i++] = c.hd as number;
  a.sort();
  let r: Term = NIL;
  for (let j = n - 1; j >= 0; j--) r = new Cons(a[j]!, r);
  return r;
}

function sortImmediates(l: Term, n: number): Term {
  const a = new Array<Term>(n);
  let i = 0;
  for (let c = l; c instanceof Cons; c = c.tl) a[i++] = c.hd;
  a.sort(compare);
  let r: Term = NIL;
  for (let j = n - 1; j >= 0; j--) r = new Cons(a[j]!, r);
  return r;
}

const list3 = (a: Term, b: Term, c: Term): Cons => new Cons(a, new Cons(b, new Cons(c, NIL)));

/** lists:sort/1. */
export function sort(l0: Term): Term {
  if (!(l0 instanceof Cons)) {
    if (l0 === NIL) return l0;
    return functionClause();
  }
  const kind = checkList(l0);
  if (listLength > 3 && kind !== OTHER) {
    return kind === NUMBERS ? sortNumbers(l0, listLength) : sortImmediates(l0, listLength);
  }
  const x = l0.hd;
  const t = l0.tl;
  if (!(t instanceof Cons)) return l0;
  const y = t.hd;
  const l = t.tl;
  if (le(x, y)) {
    if (l === NIL) return l0;
    const lc = l as Cons;
    if (lc.tl === NIL) {
      const z = lc.hd;
      if (le(y, z)) return l0;
      if (le(x, z)) return list3(x, z, y);
      return list3(z, x, y);
    }
    if (eq(x, y)) return sortEqualPrefix(y, l, [x]);
    return splitAndMerge(x, y, l, [], true);
  }
  if (l === NIL) return new Cons(y, new Cons(x, NIL));
  const lc = l as Cons;
  if (lc.tl === NIL) {
    const z = lc.hd;
    if (le(x, z)) return new Cons(y, new Cons(x, l));
    if (le(y, z)) return list3(y, z, x);
    return list3(z, y, x);
  }
  return splitAndMerge(x, y, l, [], false);
}

/** After a run of equal elements at the start: gather them, then cut as usual. */
function sortEqualPrefix(x: Term, l: Term, r: Stk): Term {
  for (;;) {
    if (!(l instanceof Cons)) return toList(rev(r, [x]));
    const y = l.hd;
    l = l.tl;
    if (eq(x, y)) {
      r = cons(x, r);
      x = y;
    } else if (compare(x, y) < 0) return splitAndMerge(x, y, l, r, true);
    else return splitAndMerge(x, y, l, r, false);
  }
}

/** lists:merge/2 (elements after an improper tail are ignored, as before). */
export function merge(t1: Term, l2: Term): Term {
  if (!(l2 instanceof Cons)) {
    if (l2 === NIL) return t1;
    return badarg();
  }
  return toList(merge2(toStack(t1), l2.hd, toStack(l2.tl), []).reverse());
}
