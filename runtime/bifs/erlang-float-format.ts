// Formatting doubles as OTP's float_to_list/2 and float_to_binary/2 do.
//
// Three formats:
//   * scientific (`{scientific, N}`, and the default with N = 20): C's printf("%.*e"):
//     N+1 significant digits of the exact binary value, ties to even, an exponent of at
//     least two digits. A negative N is printf's default precision, 6.
//   * fixed (`{decimals, N}`): BEAM's own routine (sys_double_to_chars_fast). For
//     |F| <= 2^53 and N < 19 it does not print the exact value: it splits F into
//     floor(|F|) and the fraction, multiplies the fraction by 10^N *in double
//     arithmetic* and rounds that half away from zero, so 0.045 gives "0.05" although
//     the double is 0.04499999.... Beyond those bounds it is printf("%.*f"), exact with
//     ties to even. `compact` strips trailing zeros (keeping one digit after the point);
//     on the printf path it strips them even without a decimal point, so
//     float_to_list(1.0e21, [{decimals, 0}, compact]) is "1", as in OTP. Results longer
//     than BEAM's 256-byte buffer allows are `badarg` (the caller raises it on null).
//   * short: the shortest text that reads back (print.ts formatFloat, also io_lib's ~w).
// Exact decimal expansions use BigInt: a double is m * 2^e, so its decimal expansion is
// finite and at most ~770 significant digits.
import { exactDecimal } from '../term/etf.js';

/** n / 10^p rounded to an integer, ties to even. */
function divRoundEven(n: bigint, p: number): bigint {
  if (p <= 0) return n * 10n ** BigInt(-p);
  const d = 10n ** BigInt(p);
  const q = n / d;
  const r2 = (n % d) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** printf("%.*f", decimals, x). */
export function printfFixed(x: number, decimals: number): string {
  const { digits, k } = exactDecimal(Math.abs(x));
  const q = divRoundEven(digits, k - decimals).toString().padStart(decimals + 1, '0');
  const int = q.slice(0, q.length - decimals);
  const frac = q.slice(q.length - decimals);
  return (isNegative(x) ? '-' : '') + int + (decimals > 0 ? '.' + frac : '');
}

/** printf("%.*e", precision, x); a negative precision is 6, as in C. */
export function printfScientific(x: number, precision: number): string {
  if (precision < 0) precision = 6;
  const sign = isNegative(x) ? '-' : '';
  const a = Math.abs(x);
  let sig: string;
  let exp10: number;
  if (a === 0) {
    sig = '0'.repeat(precision + 1);
    exp10 = 0;
  } else {
    const { digits, k } = exactDecimal(a);
    const ds = digits.toString();
    exp10 = ds.length - 1 - k;
    // keep precision+1 significant digits
    const drop = ds.length - (precision + 1);
    sig = divRoundEven(digits, drop).toString();
    if (sig.length > precision + 1) {
      // rounding carried into a new digit (9.99 -> 10.0)
      sig = sig.slice(0, precision + 1);
      exp10++;
    }
  }
  const es = Math.abs(exp10).toString().padStart(2, '0');
  return sign + sig[0] + (precision > 0 ? '.' + sig.slice(1) : '') + 'e' + (exp10 < 0 ? '-' : '+') + es;
}

const BUFFER_SIZE = 256;
const FAST_MAX = 9007199254740992; // 2^53
const FAST_DECIMALS = 19;

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  if (s[end - 1] === '.') end++;
  return s.slice(0, end);
}

/** C's round(): half away from zero (exact, unlike floor(x + 0.5)). */
function cRound(y: number): number {
  const t = Math.trunc(y);
  const f = y - t;
  return f >= 0.5 ? t + 1 : f <= -0.5 ? t - 1 : t;
}

/** float_to_list(X, [{decimals, D}] (+ compact)); null where OTP raises badarg. */
export function formatDecimals(x: number, decimals: number, compact: boolean): string | null {
  const neg = isNegative(x);
  const af = Math.abs(x);
  if (af > FAST_MAX || decimals >= FAST_DECIMALS) {
    let s = printfFixed(x, decimals);
    if (s.length >= BUFFER_SIZE) return null;
    if (compact) s = stripZeros(s);
    return s;
  }
  let intPart: number;
  let frac = '';
  if (decimals > 0) {
    const p = 10 ** decimals;
    const intF = Math.floor(af);
    const fracF = cRound((af - intF) * p);
    intPart = intF;
    let fracPart = fracF;
    if (fracF >= p) {
      intPart++;
      fracPart = 0;
    }
    frac = BigInt(fracPart).toString().padStart(decimals, '0'); // exact digits, as C's integer printing
  } else intPart = cRound(af);
  let s = (neg ? '-' : '') + BigInt(intPart).toString() + (decimals > 0 ? '.' + frac : '');
  if (compact && decimals > 0) s = stripZeros(s);
  return s;
}
