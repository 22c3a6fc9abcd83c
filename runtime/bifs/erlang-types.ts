// The type-test BIFs: is_atom/1 ... is_tuple/1, is_function/2, is_record/2,3.
//
// They never fail on the term tested; is_function/2 raises `badarg` for an arity that
// is not a non-negative integer (a huge one is simply not the fun's arity), is_record
// raises `badarg` when the record name is not an atom or the size not an integer.
import { Bitstring } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { ErlMap } from '../term/map.js';
import { Cons, Float, Fun, NIL, Pid, Port, Ref, isAtom, type Term } from '../term/types.js';
import type { NativeModule } from './registry.js';

export function isFunction2(f: Term, arity: Term): boolean {
  if (typeof arity === 'bigint') {
    if (arity < 0n) badarg();
    return false;
  }
  if (typeof arity !== 'number' || arity < 0) badarg();
  return f instanceof Fun && f.arity === arity;
}

export function isRecord2(t: Term, name: Term): boolean {
  if (!isAtom(name)) badarg();
  return Array.isArray(t) && t.length > 0 && t[0] === name;
}

export function isRecord3(t: Term, name: Term, size: Term): boolean {
  if (!isAtom(name) || typeof size !== 'number') badarg(); // a bignum size is badarg too
  return Array.isArray(t) && t.length > 0 && t.length === size && t[0] === name;
}

export const typeBifs: NativeModule = {
  'is_atom/1': (t) => typeof t === 'string' || typeof t === 'boolean',
  'is_binary/1': (t) => t instanceof Bitstring && (t.bitSize & 7) === 0,
  'is_bitstring/1': (t) => t instanceof Bitstring,
  'is_boolean/1': (t) => typeof t === 'boolean',
  'is_float/1': (t) => t instanceof Float,
  'is_function/1': (t) => t instanceof Fun,
  'is_function/2': isFunction2,
  'is_integer/1': (t) => typeof t === 'number' || typeof t === 'bigint',
  'is_list/1': (t) => t === NIL || t instanceof Cons,
  'is_map/1': (t) => t instanceof ErlMap,
  'is_number/1': (t) => typeof t === 'number' || typeof t === 'bigint' || t instanceof Float,
  'is_pid/1': (t) => t instanceof Pid,
  'is_port/1': (t) => t instanceof Port,
  'is_reference/1': (t) => t instanceof Ref,
  'is_tuple/1': (t) => Array.isArray(t),
  'is_record/2': isRecord2,
  'is_record/3': isRecord3,
};
