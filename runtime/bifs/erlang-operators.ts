// The operators as erlang BIFs, so that `erlang:'+'(1, 2)`, `apply(erlang, '==', ...)` and
// `fun erlang:'and'/2` work. The compiler emits these operations inline through the term
// layer (runtime/term/arith.ts, compare.ts); this table only names the same functions.
//
// The boolean operators raise `badarg` (not `badarith`) on a non-boolean, as in OTP.
// `++`/`--` are in erlang-lists.ts.
import * as A from '../term/arith.js';
import { compare, eq, exactEq } from '../term/compare.js';
import { badarg } from '../term/errors.js';
import type { Term } from '../term/types.js';
import type { NativeModule } from './registry.js';

function bool(t: Term): boolean {
  if (typeof t !== 'boolean') badarg();
  return t as boolean;
}

export const operatorBifs: NativeModule = {
  '+/2': A.add,
  '-/2': A.sub,
  '*/2': A.mul,
  '//2': A.fdiv,
  'div/2': A.div,
  'rem/2': A.rem,
  'band/2': A.band,
  'bor/2': A.bor,
  'bxor/2': A.bxor,
  'bsl/2': A.bsl,
  'bsr/2': A.bsr,
  'bnot/1': A.bnot,
  '-/1': A.neg,
  '+/1': A.pos,
  '==/2': (a, b) => eq(a, b),
  '/=/2': (a, b) => !eq(a, b),
  '=:=/2': (a, b) => exactEq(a, b),
  '=/=/2': (a, b) => !exactEq(a, b),
  '</2': (a, b) => compare(a, b) < 0,
  '>/2': (a, b) => compare(a, b) > 0,
  '=</2': (a, b) => compare(a, b) <= 0,
  '>=/2': (a, b) => compare(a, b) >= 0,
  'and/2': (a, b) => {
    const x = bool(a), y = bool(b); // both checked: `false and 1` is badarg
    return x && y;
  },
  'or/2': (a, b) => {
    const x = bool(a), y = bool(b);
    return x || y;
  },
  'xor/2': (a, b) => bool(a) !== bool(b),
  'not/1': (a) => !bool(a),
};
