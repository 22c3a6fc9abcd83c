// erlang BIFs on tuples: element/2, setelement/3, make_tuple/2,3, append_element/2,
// tuple_size/1, size/1 (tuples and binaries), delete_element/2, insert_element/3,
// tuple_to_list/1, list_to_tuple/1.
//
// Tuples are JS arrays that nobody mutates (docs/terms.md), so every "update" copies.
// Indexes are 1-based and must be small integers in range; anything else is `badarg`
// (a bignum index included), as in OTP.
import { Bitstring } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { fromArray, toArray } from '../term/list.js';
import { Cons, NIL, type Term, type Tuple } from '../term/types.js';
import type { NativeModule } from './registry.js';

/** The largest tuple BEAM makes (arity is stored in 24 bits). */
const MAX_TUPLE_SIZE = (1 << 24) - 1;

function tupleArg(t: Term): Tuple {
  if (!Array.isArray(t)) badarg();
  return t as Tuple;
}

/** A 1-based index in 1..max, else badarg. */
function index(i: Term, max: number): number {
  if (typeof i !== 'number' || i < 1 || i > max) badarg();
  return i as number;
}

function arity(n: Term): number {
  if (typeof n !== 'number' || n < 0 || n > MAX_TUPLE_SIZE) badarg();
  return n as number;
}

export function element(i: Term, t: Term): Term {
  if (Array.isArray(t) && typeof i === 'number' && i >= 1 && i <= t.length) return (t as Tuple)[i - 1]!;
  return badarg();
}

export function setelement(i: Term, t: Term, v: Term): Tuple {
  const tup = tupleArg(t);
  const k = index(i, tup.length);
  const out = tup.slice();
  out[k - 1] = v;
  return out;
}

export function makeTuple(n: Term, v: Term): Tuple {
  return new Array<Term>(arity(n)).fill(v);
}

/** make_tuple(N, Default, [{Pos, Value}]): later pairs win; every pair is checked. */
export function makeTuple3(n: Term, v: Term, inits: Term): Tuple {
  const size = arity(n);
  const out = new Array<Term>(size).fill(v);
  let l = inits;
  while (l instanceof Cons) {
    const p = l.hd;
    if (!Array.isArray(p) || p.length !== 2) badarg();
    const pair = p as Tuple;
    out[index(pair[0]!, size) - 1] = pair[1]!;
    l = l.tl;
  }
  if (l !== NIL) badarg();
  return out;
}

export function appendElement(t: Term, v: Term): Tuple {
  const tup = tupleArg(t);
  if (tup.length >= MAX_TUPLE_SIZE) badarg();
  const out = tup.slice();
  out.push(v);
  return out;
}

export function tupleSize(t: Term): number {
  return tupleArg(t).length;
}

/** size/1: tuple size or byte size (of a bitstring: whole bytes only). */
export function size(t: Term): number {
  if (Array.isArray(t)) return t.length;
  if (t instanceof Bitstring) return Math.floor(t.bitSize / 8);
  return badarg();
}

export function deleteElement(i: Term, t: Term): Tuple {
  const tup = tupleArg(t);
  const k = index(i, tup.length);
  const out = tup.slice();
  out.splice(k - 1, 1);
  return out;
}

export function insertElement(i: Term, t: Term, v: Term): Tuple {
  const tup = tupleArg(t);
  const k = index(i, tup.length + 1);
  const out = tup.slice();
  out.splice(k - 1, 0, v);
  return out;
}

export function tupleToList(t: Term): Term {
  return fromArray(tupleArg(t));
}

export function listToTuple(l: Term): Tuple {
  const items = toArray(l);
  if (items.length > MAX_TUPLE_SIZE) badarg();
  return items;
}

export const tupleBifs: NativeModule = {
  'element/2': element,
  'setelement/3': setelement,
  'make_tuple/2': makeTuple,
  'make_tuple/3': makeTuple3,
  'append_element/2': appendElement,
  'tuple_size/1': tupleSize,
  'size/1': size,
  'delete_element/2': deleteElement,
  'insert_element/3': insertElement,
  'tuple_to_list/1': tupleToList,
  'list_to_tuple/1': listToTuple,
};
