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
// helper families written as a state machine over Cons lists (no JS recursion, so long
// lists cannot overflow the stack).
import { compare, eq } from '../term/compare.js';
import { badarg, ErlangError } from '../term/errors.js';
import { Cons, NIL, type Term } from '../term/types.js';

const le = (a: Term, b: Term): boolean => compare(a, b) <= 0;

function rev(l: Term, tail: Term): Term {
  let acc = tail;
  for (let c = l; c instanceof Cons; c = c.tl) acc = new Cons(c.hd, acc);
  return acc;
}

const cons = (h: Term, t: Term): Cons => new Cons(h, t);

/** Merge of ascending T1 with [H2|T2]: the result reversed (descending). */
function merge2(t1: Term, h2: Term, t2: Term, m: Term): Term {
  let h1: Term = NIL;
  let hdm: Term = NIL;
  let state: 1 | 2 = 1;
  for (;;) {
    if (state === 1) {
      if (t1 instanceof Cons) {
        h1 = t1.hd;
        t1 = t1.tl;
        if (le(h1, h2)) m = cons(h1, m);
        else {
          hdm = h2;
          state = 2;
        }
      } else return rev(t2, cons(h2, m));
    } else {
      if (t2 instanceof Cons) {
        const x = t2.hd;
        t2 = t2.tl;
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
function rmerge2(t1: Term, h2: Term, t2: Term, m: Term): Term {
  let h1: Term = NIL;
  let hdm: Term = NIL;
  let state: 1 | 2 = 1;
  for (;;) {
    if (state === 1) {
      if (t1 instanceof Cons) {
        h1 = t1.hd;
        t1 = t1.tl;
        if (le(h1, h2)) {
          hdm = h2;
          state = 2;
        } else m = cons(h1, m);
      } else return rev(t2, cons(h2, m));
    } else {
      if (t2 instanceof Cons) {
        const x = t2.hd;
        t2 = t2.tl;
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
function merge3(t1: Term, h2: Term, t2: Term, h3: Term, t3: Term): Term {
  let m: Term = NIL;
  let h1: Term = NIL;
  // States: a = take T1 apart, b = take T2 apart, c = H1 =< H2 (compare with H3),
  // c3 = H1 =< H2 taking T3 apart, d = H1 > H2, d3 = H1 > H2 taking T3 apart.
  let st: 'a' | 'b' | 'c' | 'c3' | 'd' | 'd3' = 'a';
  for (;;) {
    switch (st) {
      case 'a':
        if (t1 instanceof Cons) {
          h1 = t1.hd;
          t1 = t1.tl;
          st = le(h1, h2) ? 'c' : 'd';
        } else {
          if (le(h2, h3)) return merge2(t2, h3, t3, cons(h2, m));
          return merge2from2(t2, h3, t3, m, h2);
        }
        break;
      case 'b':
        if (t2 instanceof Cons) {
          h2 = t2.hd;
          t2 = t2.tl;
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
        if (t3 instanceof Cons) {
          h3 = t3.hd;
          t3 = t3.tl;
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
        if (t3 instanceof Cons) {
          h3 = t3.hd;
          t3 = t3.tl;
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
function merge2from2(t1: Term, hdm: Term, t2: Term, m: Term, h1: Term): Term {
  for (;;) {
    if (t2 instanceof Cons) {
      const x = t2.hd;
      t2 = t2.tl;
      if (le(h1, x)) return merge2(t1, x, t2, cons(h1, cons(hdm, m)));
      m = cons(hdm, m);
      hdm = x;
    } else return rev(t1, cons(h1, cons(hdm, m)));
  }
}

/** rmerge2 entered in its second state. */
function rmerge2from2(t1: Term, hdm: Term, t2: Term, m: Term, h1: Term): Term {
  for (;;) {
    if (t2 instanceof Cons) {
      const x = t2.hd;
      t2 = t2.tl;
      if (le(h1, x)) {
        m = cons(hdm, m);
        hdm = x;
      } else return rmerge2(t1, x, t2, cons(h1, cons(hdm, m)));
    } else return rev(t1, cons(h1, cons(hdm, m)));
  }
}

/** Three-way merge of descending T1, [H2|T2], [H3|T3]; the result ascending. */
function rmerge3(t1: Term, h2: Term, t2: Term, h3: Term, t3: Term): Term {
  let m: Term = NIL;
  let h1: Term = NIL;
  let st: 'a' | 'b' | 'c' | 'c3' | 'd' | 'd3' = 'a';
  for (;;) {
    switch (st) {
      case 'a':
        if (t1 instanceof Cons) {
          h1 = t1.hd;
          t1 = t1.tl;
          st = le(h1, h2) ? 'c' : 'd';
        } else {
          if (le(h2, h3)) return rmerge2from2(t2, h3, t3, m, h2);
          return rmerge2(t2, h3, t3, cons(h2, m));
        }
        break;
      case 'b':
        if (t2 instanceof Cons) {
          h2 = t2.hd;
          t2 = t2.tl;
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
        if (t3 instanceof Cons) {
          h3 = t3.hd;
          t3 = t3.tl;
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
        if (t3 instanceof Cons) {
          h3 = t3.hd;
          t3 = t3.tl;
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
 */
function mergeRuns(runs: Term[], ascending: boolean): Term {
  let ls = runs;
  let asc = ascending;
  for (;;) {
    const acc: Term[] = [];
    let i = 0;
    let next: Term[] | null = null;
    while (next === null) {
      const rem = ls.length - i;
      if (asc) {
        if (rem > 0 && ls[i] === NIL) {
          i++;
        } else if (rem >= 3 && ls[i + 1] instanceof Cons && ls[i + 2] instanceof Cons) {
          const b = ls[i + 1] as Cons;
          const c = ls[i + 2] as Cons;
          acc.push(merge3(ls[i]!, b.hd, b.tl, c.hd, c.tl));
          i += 3;
        } else if (rem === 2 && ls[i + 1] instanceof Cons) {
          const b = ls[i + 1] as Cons;
          next = [merge2(ls[i]!, b.hd, b.tl, NIL), ...acc.reverse()];
        } else if (rem === 1) {
          if (acc.length === 0) return ls[i]!;
          next = [rev(ls[i]!, NIL), ...acc.reverse()];
        } else if (rem === 0) {
          if (acc.length === 0) return NIL;
          next = acc.reverse();
        } else if (ls[i + 1] === NIL) {
          ls[i + 1] = ls[i]!;
          i++;
        } else {
          // [A, B, [] | L]
          ls[i + 2] = ls[i + 1]!;
          ls[i + 1] = ls[i]!;
          i++;
        }
      } else {
        if (rem >= 3 && ls[i] instanceof Cons && ls[i + 1] instanceof Cons) {
          const c = ls[i] as Cons;
          const b = ls[i + 1] as Cons;
          acc.push(rmerge3(ls[i + 2]!, b.hd, b.tl, c.hd, c.tl));
          i += 3;
        } else if (rem === 2 && ls[i] instanceof Cons) {
          const b = ls[i] as Cons;
          next = [rmerge2(ls[i + 1]!, b.hd, b.tl, NIL), ...acc.reverse()];
        } else if (rem === 1) {
          next = [rev(ls[i]!, NIL), ...acc.reverse()];
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

/** Cuts into runs from [X, Y | L] (X =< Y, ascending) or descending, then merges. */
function splitAndMerge(x: Term, y: Term, l: Term, r: Term, ascending: boolean): Term {
  const rs: Term[] = []; // runs, newest last (OTP prepends them)
  let s: Term | undefined;
  for (;;) {
    if (!(l instanceof Cons)) {
      const run = cons(y, cons(x, r));
      const runs = s === undefined ? [run, ...rs.reverse()] : [cons(s, NIL), run, ...rs.reverse()];
      // Ascending cutting gives reversed runs: merge them with the reversed merges.
      return mergeRuns(runs, !ascending);
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
      if (r === NIL) r = cons(z, NIL);
      else s = z;
    } else {
      rs.push(cons(y, cons(x, r)));
      r = NIL;
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

function checkList(l: Term): void {
  let c = l;
  while (c instanceof Cons) c = c.tl;
  if (c !== NIL) functionClause();
}

/** lists:sort/1. */
export function sort(l0: Term): Term {
  if (!(l0 instanceof Cons)) {
    if (l0 === NIL) return l0;
    return functionClause();
  }
  checkList(l0);
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
      if (le(x, z)) return cons(x, cons(z, cons(y, NIL)));
      return cons(z, cons(x, cons(y, NIL)));
    }
    if (eq(x, y)) return sortEqualPrefix(y, l, cons(x, NIL));
    return splitAndMerge(x, y, l, NIL, true);
  }
  if (l === NIL) return cons(y, cons(x, NIL));
  const lc = l as Cons;
  if (lc.tl === NIL) {
    const z = lc.hd;
    if (le(x, z)) return cons(y, cons(x, l));
    if (le(y, z)) return cons(y, cons(z, cons(x, NIL)));
    return cons(z, cons(y, cons(x, NIL)));
  }
  return splitAndMerge(x, y, l, NIL, false);
}

/** After a run of equal elements at the start: gather them, then cut as usual. */
function sortEqualPrefix(x: Term, l: Term, r: Term): Term {
  for (;;) {
    if (!(l instanceof Cons)) return rev(r, cons(x, NIL));
    const y = l.hd;
    l = l.tl;
    if (eq(x, y)) {
      r = cons(x, r);
      x = y;
    } else if (compare(x, y) < 0) return splitAndMerge(x, y, l, r, true);
    else return splitAndMerge(x, y, l, r, false);
  }
}

/** lists:merge/2. */
export function merge(t1: Term, l2: Term): Term {
  if (!(l2 instanceof Cons)) {
    if (l2 === NIL) return t1;
    return badarg();
  }
  return rev(merge2(t1, l2.hd, l2.tl, NIL), NIL);
}
