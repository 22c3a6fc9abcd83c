// Lists: conversions between Erlang lists and JS arrays/strings.
//
// An Erlang string is a list of code points, so `"héllo"` is five cons cells holding
// integers. `fromString`/`toJsString` convert between that and a JS string (which holds
// UTF-16; we walk it by code point). Building a list goes back to front, one `Cons` per
// element, no intermediate arrays.
import { Cons, NIL, type Term } from './types.js';
import { badarg } from './errors.js';

/** A proper list of the array's elements (with `tail` as the last tail). */
export function fromArray(items: readonly Term[], tail: Term = NIL): Term {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i]!, l);
  return l;
}

/** The elements of a proper list; badarg if it is not one. */
export function toArray(l: Term): Term[] {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.hd);
    l = l.tl;
  }
  if (l !== NIL) badarg();
  return out;
}

/** The elements of a proper list, or undefined if it is not one. */
export function toArrayOrUndefined(l: Term): Term[] | undefined {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.hd);
    l = l.tl;
  }
  return l === NIL ? out : undefined;
}

/** The list of the code points of a JS string. */
export function fromString(s: string, tail: Term = NIL): Term {
  let l = tail;
  for (let i = s.length - 1; i >= 0; i--) {
    let c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) {
        c = ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
        i--;
      }
    }
    l = new Cons(c, l);
  }
  return l;
}

/** The list of the bytes (0..255). */
export function fromBytes(b: Uint8Array, tail: Term = NIL): Term {
  let l = tail;
  for (let i = b.length - 1; i >= 0; i--) l = new Cons(b[i]!, l);
  return l;
}

/** A JS string from a proper list of code points; undefined if the list is not one. */
export function toJsString(l: Term): string | undefined {
  let s = '';
  while (l instanceof Cons) {
    const c = l.hd;
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return undefined;
    s += String.fromCodePoint(c);
    l = l.tl;
  }
  return l === NIL ? s : undefined;
}

/** length/1: the length of a proper list; badarg otherwise. */
export function length(l: Term): number {
  let n = 0;
  while (l instanceof Cons) {
    n++;
    l = l.tl;
  }
  if (l !== NIL) badarg();
  return n;
}

export function isProperList(l: Term): boolean {
  while (l instanceof Cons) l = l.tl;
  return l === NIL;
}

/** lists:reverse(L, Tail). */
export function reverse(l: Term, tail: Term = NIL): Term {
  let r = tail;
  while (l instanceof Cons) {
    r = new Cons(l.hd, r);
    l = l.tl;
  }
  if (l !== NIL) badarg();
  return r;
}
