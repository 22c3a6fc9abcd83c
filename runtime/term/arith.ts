// Erlang's arithmetic operators over terms: + - * / div rem band bor bxor bsl bsr bnot
// and unary -/+, raising `badarith` exactly where OTP does.
//
// The compiler calls these with arbitrary terms. Each starts with the case that matters,
// two safe-integer numbers, inlined here so V8 can inline the whole operator at the call
// site; everything else (bigints, floats, type errors) goes through one out-of-line slow
// path per operator, which keeps the fast path small.
//
// Floats: any float operand makes the operation a float operation; an integer operand is
// converted as BEAM converts it (int.ts intToDouble). A result that is not finite raises
// badarith (BEAM checks every float result), `/` always returns a float and raises
// badarith on a zero divisor (0.0 and -0.0 included).
import { badarith } from './errors.js';
import { Float, type Int, type Term } from './types.js';
import {
  MAX_SAFE,
  intAdd,
  intBand,
  intBnot,
  intBor,
  intBsl,
  intBsr,
  intBxor,
  intDiv,
  intMul,
  intNeg,
  intRem,
  intSub,
  intToDouble,
} from './int.js';

function isInt(x: Term): x is Int {
  return typeof x === 'number' || typeof x === 'bigint';
}

/** A number operand as a double for a float operation; badarith if not a number. */
function dbl(x: Term): number {
  if (x instanceof Float) return x.value;
  if (typeof x === 'number') return x;
  if (typeof x === 'bigint') {
    const d = intToDouble(x);
    if (d - d !== 0) badarith(); // too large for a double
    return d;
  }
  return badarith();
}

function fl(r: number): Float {
  if (r - r !== 0) badarith(); // NaN or infinite
  return new Float(r);
}

export function add(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return addSlow(a, b);
}
function addSlow(a: Term, b: Term): Term {
  if (isInt(a) && isInt(b)) return intAdd(a, b);
  return fl(dbl(a) + dbl(b));
}

export function sub(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return subSlow(a, b);
}
function subSlow(a: Term, b: Term): Term {
  if (isInt(a) && isInt(b)) return intSub(a, b);
  return fl(dbl(a) - dbl(b));
}

export function mul(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  return mulSlow(a, b);
}
function mulSlow(a: Term, b: Term): Term {
  if (isInt(a) && isInt(b)) return intMul(a, b);
  return fl(dbl(a) * dbl(b));
}

/** `/`: always a float. */
export function fdiv(a: Term, b: Term): Float {
  const x = dbl(a);
  const y = dbl(b);
  if (y === 0) badarith();
  return fl(x / y);
}

/** `div`. */
export function div(a: Term, b: Term): Int {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a % b;
    return (a - r) / b + 0;
  }
  if (isInt(a) && isInt(b)) return intDiv(a, b);
  return badarith();
}

/** `rem`. */
export function rem(a: Term, b: Term): Int {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return (a % b) + 0;
  if (isInt(a) && isInt(b)) return intRem(a, b);
  return badarith();
}

export function band(a: Term, b: Term): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  if (isInt(a) && isInt(b)) return intBand(a, b);
  return badarith();
}

export function bor(a: Term, b: Term): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  if (isInt(a) && isInt(b)) return intBor(a, b);
  return badarith();
}

export function bxor(a: Term, b: Term): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  if (isInt(a) && isInt(b)) return intBxor(a, b);
  return badarith();
}

export function bsl(a: Term, b: Term): Int {
  if (isInt(a) && isInt(b)) return intBsl(a, b);
  return badarith();
}

export function bsr(a: Term, b: Term): Int {
  if (isInt(a) && isInt(b)) return intBsr(a, b);
  return badarith();
}

export function bnot(a: Term): Int {
  if (typeof a === 'number' || typeof a === 'bigint') return intBnot(a);
  return badarith();
}

/** Unary minus. */
export function neg(a: Term): Term {
  if (typeof a === 'number') return 0 - a;
  if (typeof a === 'bigint') return intNeg(a);
  if (a instanceof Float) return new Float(-a.value);
  return badarith();
}

/** Unary plus: the number itself; badarith for anything else. */
export function pos(a: Term): Term {
  if (typeof a === 'number' || typeof a === 'bigint' || a instanceof Float) return a;
  return badarith();
}
