// erlang BIFs on numbers: abs/1, trunc/1, round/1, ceil/1, floor/1, float/1, max/2, min/2.
//
// Float-to-integer conversions are exact: a double of magnitude 2^53 or more is already
// an integer, and BigInt(x) gives its exact value (trunc(1.0e300) has 301 digits).
// round/1 rounds half away from zero, computed from the exact fraction x - trunc(x) so
// that 0.49999999999999994 rounds to 0 (x + 0.5 would round up to 1.0 first).
// Non-numbers raise `badarg` (these are BIFs, not arithmetic). float/1 of an integer
// too large for a double is `badarg` too; BEAM's bignum-to-double conversion is
// intToDouble (int.ts). abs(-0.0) is -0.0 in OTP (it negates only when x < 0).
import { compare } from '../term/compare.js';
import { badarg } from '../term/errors.js';
import { intNeg, intToDouble } from '../term/int.js';
import { Float, type Int, type Term } from '../term/types.js';
import type { NativeModule } from './registry.js';

const TWO53 = 9007199254740992;

/** The integer value of a double that is already integral. */
export function integralToInt(x: number): Int {
  if (x < TWO53 && x > -TWO53) return x + 0;
  return BigInt(x);
}

function num(t: Term): number | undefined {
  return t instanceof Float ? t.value : undefined;
}

export function abs(t: Term): Term {
  if (typeof t === 'number') return t < 0 ? -t : t;
  if (typeof t === 'bigint') return t < 0n ? intNeg(t) : t;
  if (t instanceof Float) return t.value < 0 ? new Float(-t.value) : t;
  return badarg();
}

function roundWith(t: Term, f: (x: number) => number): Int {
  if (typeof t === 'number' || typeof t === 'bigint') return t;
  const x = num(t);
  if (x === undefined) return badarg();
  return integralToInt(f(x));
}

export function trunc(t: Term): Int {
  return roundWith(t, Math.trunc);
}

export function roundHalfAway(x: number): number {
  const t = Math.trunc(x);
  const frac = x - t; // exact
  if (frac >= 0.5) return t + 1;
  if (frac <= -0.5) return t - 1;
  return t;
}

export function round(t: Term): Int {
  return roundWith(t, roundHalfAway);
}

export function ceil(t: Term): Int {
  return roundWith(t, Math.ceil);
}

export function floor(t: Term): Int {
  return roundWith(t, Math.floor);
}

export function float(t: Term): Float {
  if (t instanceof Float) return t;
  if (typeof t === 'number') return new Float(t);
  if (typeof t === 'bigint') {
    const d = intToDouble(t);
    if (d - d !== 0) badarg();
    return new Float(d);
  }
  return badarg();
}

/** max/2: the first argument when they compare equal (max(1, 1.0) is 1). */
export function max(a: Term, b: Term): Term {
  return compare(a, b) < 0 ? b : a;
}

/** min/2: the first argument when they compare equal. */
export function min(a: Term, b: Term): Term {
  return compare(a, b) > 0 ? b : a;
}

export const numberBifs: NativeModule = {
  'abs/1': abs,
  'trunc/1': trunc,
  'round/1': round,
  'ceil/1': ceil,
  'floor/1': floor,
  'float/1': float,
  'max/2': max,
  'min/2': min,
};
