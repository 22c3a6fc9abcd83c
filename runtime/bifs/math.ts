// The `math` module: pi/0 and the C library's functions over floats.
//
// Arguments may be integers or floats: an integer converts as BEAM converts it
// (int.ts intToDouble), and one too large for a double raises `badarith`; a non-number
// raises `badarg`. Results are always floats, and a result that is not finite (a
// domain error such as log(0) or sqrt(-1), or an overflow such as exp(1000)) raises
// `badarith`, as BEAM checks every float result. JS's Math functions are fdlibm ports;
// BEAM calls glibc, whose results can differ in the last bit for a few arguments.
import { badarg, badarith } from '../term/errors.js';
import { intToDouble } from '../term/int.js';
import { Float, type Term } from '../term/types.js';
import { registerNative, type NativeModule } from './registry.js';

/** A number argument as a double. */
function arg(t: Term): number {
  if (t instanceof Float) return t.value;
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint') {
    const d = intToDouble(t);
    if (d - d !== 0) badarith();
    return d;
  }
  return badarg();
}

function result(r: number): Float {
  if (r - r !== 0) badarith();
  return new Float(r);
}

function unary(f: (x: number) => number): (t: Term) => Float {
  return (t) => result(f(arg(t)));
}

function binary(f: (x: number, y: number) => number): (a: Term, b: Term) => Float {
  return (a, b) => {
    const x = arg(a);
    const y = arg(b);
    return result(f(x, y));
  };
}

/** pow as glibc computes it where V8's differs: V8 builds a negative integer power by
 * repeated multiplication of the reciprocal (10 ** -5 = 9.999999999999999e-6), glibc
 * rounds correctly (1.0e-5). When x ** -y is exact, 1 / (x ** -y) is correctly rounded. */
function pow(x: number, y: number): number {
  if (Number.isInteger(y) && y < 0) {
    const d = x ** -y;
    if (Number.isSafeInteger(d)) return 1 / d;
  }
  return x ** y;
}

export const mathBifs: NativeModule = {
  'pi/0': () => new Float(Math.PI),
  'sin/1': unary(Math.sin),
  'cos/1': unary(Math.cos),
  'tan/1': unary(Math.tan),
  'asin/1': unary(Math.asin),
  'acos/1': unary(Math.acos),
  'atan/1': unary(Math.atan),
  'atan2/2': binary(Math.atan2),
  'sinh/1': unary(Math.sinh),
  'cosh/1': unary(Math.cosh),
  'tanh/1': unary(Math.tanh),
  'asinh/1': unary(Math.asinh),
  'acosh/1': unary(Math.acosh),
  'atanh/1': unary(Math.atanh),
  'exp/1': unary(Math.exp),
  'log/1': unary(Math.log),
  'log2/1': unary(Math.log2),
  'log10/1': unary(Math.log10),
  'pow/2': binary(pow),
  'sqrt/1': unary(Math.sqrt),
  'erf/1': unary(erf),
  'erfc/1': unary(erfc),
  'ceil/1': unary(Math.ceil),
  'floor/1': unary(Math.floor),
  'fmod/2': binary((x, y) => x % y),
};

export function registerMathBifs(): void {
  registerNative('math', mathBifs);
}

// ---------------------------------------------------------------- erf, erfc
// erf and erfc, which JavaScript's Math lacks, after fdlibm's s_erf.c (Sun
// Microsystems, 1993: "Permission to use, copy, modify, and distribute this software is
// freely granted, provided that this notice is preserved."). glibc's libm, which BEAM
// calls, uses the same algorithm and coefficients.
//
// Outline: |x| < 0.84375: a rational approximation of erf(x)/x; |x| < 1.25: erf around
// 1 as erx + P/Q; beyond, erfc(x) = exp(-x^2 - 0.5625 + R/S) / x, with x^2 split into an
// exactly representable head (low word cleared) and a tail for accuracy.

const erx = 8.45062911510467529297e-1;
const efx = 1.28379167095512586316e-1;
const efx8 = 1.02703333676410069053e0;
const pp0 = 1.28379167095512558561e-1, pp1 = -3.25042107247001499370e-1, pp2 = -2.84817495755985104766e-2,
  pp3 = -5.77027029648944159157e-3, pp4 = -2.37630166566501626084e-5;
const qq1 = 3.97917223959155352819e-1, qq2 = 6.50222499887672944485e-2, qq3 = 5.08130628187576562776e-3,
  qq4 = 1.32494738004321644526e-4, qq5 = -3.96022827877536812320e-6;
const pa0 = -2.36211856075265944077e-3, pa1 = 4.14856118683748331666e-1, pa2 = -3.72207876035701323847e-1,
  pa3 = 3.18346619901161753674e-1, pa4 = -1.10894694282396677476e-1, pa5 = 3.54783043256182359371e-2,
  pa6 = -2.16637559486879084300e-3;
const qa1 = 1.06420880400844228286e-1, qa2 = 5.40397917702171048937e-1, qa3 = 7.18286544141962662868e-2,
  qa4 = 1.26171219808761642112e-1, qa5 = 1.36370839120290507362e-2, qa6 = 1.19844998467991074170e-2;
const ra0 = -9.86494403484714822705e-3, ra1 = -6.93858572707181764372e-1, ra2 = -1.05586262253232909814e1,
  ra3 = -6.23753324503260060396e1, ra4 = -1.62396669462573470355e2, ra5 = -1.84605092906711035994e2,
  ra6 = -8.12874355063065934246e1, ra7 = -9.81432934416914548592e0;
const sa1 = 1.96512716674392571292e1, sa2 = 1.37657754143519042600e2, sa3 = 4.34565877475229228821e2,
  sa4 = 6.45387271733267880336e2, sa5 = 4.29008140027567833386e2, sa6 = 1.08635005541779435134e2,
  sa7 = 6.57024977031928170135e0, sa8 = -6.04244152148580987438e-2;
const rb0 = -9.86494292470009928597e-3, rb1 = -7.99283237680523006574e-1, rb2 = -1.77579549177547519889e1,
  rb3 = -1.60636384855821916062e2, rb4 = -6.37566443368389627722e2, rb5 = -1.02509513161107724954e3,
  rb6 = -4.83519191608651397019e2;
const sb1 = 3.03380607434824582924e1, sb2 = 3.25792512996573918826e2, sb3 = 1.53672958608443695994e3,
  sb4 = 3.19985821950859553908e3, sb5 = 2.55305040643316442583e3, sb6 = 4.74528541206955367215e2,
  sb7 = -2.24409524465858183362e1;
const tiny = 1e-300;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function highWord(x: number): number {
  f64[0] = x;
  return u32[1]! | 0;
}

function clearLowWord(x: number): number {
  f64[0] = x;
  u32[0] = 0;
  return f64[0]!;
}

/** exp(-x^2 - 0.5625 + R/S) / x for x >= 1.25 (the tail shared by erf and erfc). */
function tail(x: number, ix: number, splitAt: number): number {
  const s = 1 / (x * x);
  let R: number, S: number;
  if (ix < splitAt) {
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  const z = clearLowWord(x);
  return (Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + R / S)) / x;
}

function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.125 * (8.0 * x + efx8 * x);
      return x + efx * x;
    }
    const z = x * x;
    const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    const s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    return x + x * (r / s);
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    return hx >= 0 ? erx + P / Q : -erx - P / Q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - tiny : tiny - 1;
  const r = tail(Math.abs(x), ix, 0x4006db6e);
  return hx >= 0 ? 1 - r : r - 1;
}

function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const z = x * x;
    const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    const s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    const y = r / s;
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    return hx >= 0 ? 1 - erx - P / Q : 1 + (erx + P / Q);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - tiny;
    const r = tail(Math.abs(x), ix, 0x4006db6d);
    return hx > 0 ? r : 2 - r;
  }
  return hx > 0 ? tiny * tiny : 2 - tiny;
}
