// Integer arithmetic with the number/bigint switch made invisible.
//
// An Erlang integer is a JS number while |n| <= 2^53-1 and a bigint beyond; every result
// is normalised back to a number when it fits. Each operation first tries the number
// path, which allocates nothing:
//
//   * add/sub/mul: do the float operation; if the result is within the safe range it is
//     exact (IEEE rounding is monotonic, so an exact result beyond 2^53-1 can never round
//     back inside the range), otherwise redo it with bigints.
//   * div/rem: `a % b` is exact for doubles (fmod), and `(a - r) / b` is an exact
//     division of integers below 2^53, so both truncate exactly as Erlang's do.
//   * band/bor/bxor on safe numbers: split each into a signed high part and an unsigned
//     low 32-bit part (two's complement of infinite width agrees with that split) and
//     combine the halves with int32 operations.
//   * bsl/bsr: multiply/divide by a power of two when that is exact, else bigints.
//
// Errors are OTP's: `badarith` for a non-integer operand or a zero divisor, and
// `system_limit` when a result would need more bits than BEAM allows for a bignum
// (2^25-64 = 33554368 bits, measured on OTP 25: `1 bsl 33554367` works, one more fails).
// JS results of -0 are normalised to 0 (an integer has no sign of zero).
import { badarith, systemLimit } from './errors.js';
import type { Int } from './types.js';

export const MAX_SAFE = Number.MAX_SAFE_INTEGER; // 2^53-1
const MAX_SAFE_N = BigInt(MAX_SAFE);
const TWO32 = 4294967296;

/** Largest number of bits in an OTP 25 bignum (64 * (2^19 - 1)). */
export const MAX_INT_BITS = 33554368;
// Cheap pre-check bound; the exact bound is built only if a result is that large.
const BIG_CHECK = 1n << 4096n;
// Both signs, built once: negating the 4 MB bound at each check made every operation
// on a number above 2^4096 allocate 4 MB (a loop doubling a number 8000 times: 18 s).
let bigLimit: bigint | undefined;
let negBigLimit: bigint | undefined;

/** A bigint result as an Erlang integer: a number when it fits, else the bigint. */
export function normBig(b: bigint): Int {
  return b >= -MAX_SAFE_N && b <= MAX_SAFE_N ? Number(b) : b;
}

/** normBig, and system_limit if the result is larger than a BEAM bignum may be. */
function checked(b: bigint): Int {
  if (b >= -MAX_SAFE_N && b <= MAX_SAFE_N) return Number(b);
  if (b > BIG_CHECK || b < -BIG_CHECK) {
    if (bigLimit === undefined) {
      bigLimit = 1n << BigInt(MAX_INT_BITS);
      negBigLimit = -bigLimit;
    }
    if (b >= bigLimit || b <= negBigLimit!) systemLimit();
  }
  return b;
}

const WORDS_BY_SHIFT_LIMIT = 1n << 4096n;

/**
 * The 32-bit words of |n|, least significant first (at least one). Shifting 32 bits at
 * a time is fastest for ordinary sizes but quadratic, so huge numbers go through hex.
 */
export function magnitudeWords(n: bigint): number[] {
  let m = n < 0n ? -n : n;
  const out: number[] = [];
  if (m < WORDS_BY_SHIFT_LIMIT) {
    do {
      out.push(Number(m & 0xffffffffn));
      m >>= 32n;
    } while (m > 0n);
    return out;
  }
  const h = m.toString(16);
  for (let end = h.length; end > 0; end -= 8) out.push(parseInt(h.slice(Math.max(0, end - 8), end), 16));
  return out;
}

export function toBig(a: Int): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

/** Is `x` an Erlang integer (a number here is always an integer by construction)? */
export function isInt(x: unknown): x is Int {
  return typeof x === 'number' || typeof x === 'bigint';
}

/** The bit length of |n| (0 for 0). */
export function bitLength(n: Int): number {
  if (typeof n === 'number') {
    const a = Math.abs(n);
    if (a < TWO32) return 32 - Math.clz32(a);
    return 64 - Math.clz32(Math.floor(a / TWO32));
  }
  const h = (n < 0n ? -n : n).toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0]!, 16)));
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return checked(toBig(a) + toBig(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return checked(toBig(a) - toBig(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0; // + 0 turns -0 into 0
  }
  return checked(toBig(a) * toBig(b));
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return 0 - a;
  return normBig(-a);
}

/** `div`: truncating division; badarith on a zero divisor. */
export function intDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) badarith();
    const r = a % b;
    return (a - r) / b + 0;
  }
  const bb = toBig(b);
  if (bb === 0n) badarith();
  return normBig(toBig(a) / bb);
}

/** `rem`: the remainder of truncating division (sign of the dividend). */
export function intRem(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) badarith();
    return (a % b) + 0;
  }
  const bb = toBig(b);
  if (bb === 0n) badarith();
  return normBig(toBig(a) % bb);
}

// Bitwise operations on safe integers give results in [-2^53, 2^53-1]: all safe but
// -2^53, which must become a bigint.
function edge(r: number): Int {
  return r === -9007199254740992 ? -9007199254740992n : r;
}

// Two's complement halves of a safe integer: a = hi * 2^32 + lo, 0 <= lo < 2^32.
function hiOf(a: number): number {
  return Math.floor(a / TWO32);
}

export function intBand(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a & b;
    return edge((hiOf(a) & hiOf(b)) * TWO32 + ((a & b) >>> 0));
  }
  return normBig(toBig(a) & toBig(b));
}

export function intBor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a | b;
    return edge((hiOf(a) | hiOf(b)) * TWO32 + ((a | b) >>> 0));
  }
  return normBig(toBig(a) | toBig(b));
}

export function intBxor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a ^ b;
    return edge((hiOf(a) ^ hiOf(b)) * TWO32 + ((a ^ b) >>> 0));
  }
  return normBig(toBig(a) ^ toBig(b));
}

export function intBnot(a: Int): Int {
  if (typeof a === 'number') return edge(-1 - a);
  return normBig(-1n - a);
}

/** `bsl`: a negative shift shifts right; system_limit when the result is too large. */
export function intBsl(a: Int, n: Int): Int {
  if (typeof n === 'bigint') {
    if (n < 0n) return shiftRightHuge(a);
    if (a === 0) return 0;
    systemLimit();
  }
  if (n < 0) return intBsr(a, -n);
  if (typeof a === 'number') {
    if (a === 0) return 0;
    if (n < 53) {
      const r = a * 2 ** n;
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    }
    if (n > MAX_INT_BITS) systemLimit();
  } else if (n > MAX_INT_BITS) systemLimit();
  return checked(toBig(a) << BigInt(n));
}

/** `bsr`: arithmetic shift right (floor division by 2^n); a negative shift shifts left. */
export function intBsr(a: Int, n: Int): Int {
  if (typeof n === 'bigint') {
    if (n > 0n) return shiftRightHuge(a);
    if (a === 0) return 0;
    systemLimit();
  }
  if (n < 0) return intBsl(a, -n);
  if (typeof a === 'number') {
    if (n >= 54) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n) + 0;
  }
  return normBig(n > MAX_INT_BITS + 64 ? (a < 0n ? -1n : 0n) : a >> BigInt(n));
}

function shiftRightHuge(a: Int): Int {
  return (typeof a === 'number' ? a < 0 : a < 0n) ? -1 : 0;
}

/** Compare two integers: negative, zero or positive. */
export function intCompare(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

const TWO64 = 18446744073709551616;

/**
 * The integer as a double, as BEAM converts it (float/1, mixed arithmetic): a bignum of
 * more than one 64-bit digit is accumulated digit by digit from the top, `d * 2^64 +
 * digit`, each step rounding, which can differ from correct rounding in the last bit.
 * Returns Infinity when the value is too large for a double (callers raise their error).
 */
export function intToDouble(a: Int): number {
  if (typeof a === 'number') return a;
  const neg = a < 0n;
  let m = neg ? -a : a;
  if (m < 18446744073709551616n) return Number(a);
  if (m >= 1n << 1088n) return neg ? -Infinity : Infinity; // beyond any double, even after rounding
  const digits: bigint[] = [];
  while (m > 0n) {
    digits.push(BigInt.asUintN(64, m));
    m >>= 64n;
  }
  let d = 0;
  for (let i = digits.length - 1; i >= 0; i--) d = d * TWO64 + Number(digits[i]!);
  return neg ? -d : d;
}
