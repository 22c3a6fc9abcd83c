// `erlts_rand`: the native steps of rand's 58-bit generators (stdlib/src/rand.erl does
// everything else), and the ziggurat tables of rand:normal_s/1.
//
// OTP's 58-bit words are Erlang integers, and most of them are above 2^53, so each one
// is a bigint term here. Doing the xorshift/xoroshiro arithmetic on bigints costs an
// allocation per operation; instead a word is split into two 29-bit halves (hi, lo)
// held in plain numbers, every shift, xor, add and rotation is done on the halves with
// int32 operations, and only the words handed back are made into terms again.
//
// The functions (all internal to rand; their arguments are rand's state terms):
//   uniform(Alg, AlgState) -> {Float, AlgState'}   uniform_s/1 of exsss, exsp, exrop
//   uniform(Alg, N, AlgState) -> {X, AlgState'} | false   uniform_s/2 of those, N < 2^53
//   exsss_next([S1|S0])  -> {V, [S0|S1']}   xorshift116** (rand's default, exsss)
//   exsp_next([S1|S0])   -> {V, [S0|S1']}   xorshift116+ (exsp, exsplus)
//   exrop_next([S0|S1])  -> {V, [S0'|S1']}  xoroshiro116+ (exrop)
//   exrop_step(S0, S1)   -> [S0'|S1']       its state step alone (seeding, jump)
//   exro928_words(S15, S0) -> {S0', S15'}   xoroshiro928's two changed words
//   starstar(S)          -> V               the ** scrambler (exro928ss)
//   normal_kiwi(I), normal_fi(I)            the ziggurat tables, 1-based
import { badarith, error } from '../term/errors.js';
import { normBig } from '../term/int.js';
import { Cons, Float, type Term } from '../term/types.js';
import { registerNative } from './registry.js';
import { FI, KI, WI } from './rand-ziggurat.js';

const M29 = 0x1fffffff;
const TWO29 = 536870912;
const TWO24 = 16777216;
const M58N = 0x3ffffffffffffffn;

// Results of the half-word helpers: two module-level slots instead of a fresh pair.
let rh = 0;
let rl = 0;

/** Split a term into 58-bit halves (into rh/rl): its low 58 bits, as Erlang's band. */
function split(t: Term): void {
  if (typeof t === 'number') {
    if (Number.isInteger(t) && t >= 0) {
      const h = Math.floor(t / TWO29);
      rh = h & M29;
      rl = t - h * TWO29;
      return;
    }
    if (!Number.isInteger(t)) badarith();
    t = BigInt(t);
  }
  if (typeof t !== 'bigint') return badarith();
  if (t < 0n || t > M58N) t = BigInt.asUintN(58, t);
  // One bigint operation: the low half exactly, the high half from the rounded double
  // (off by less than 2^5, far less than half of 2^29).
  rl = Number(BigInt.asUintN(29, t));
  rh = Math.round((Number(t) - rl) / TWO29);
}

/** The term of the word hi*2^29 + lo (a number up to 2^53-1, a bigint above). */
function word(hi: number, lo: number): Term {
  if (hi < TWO24) return hi * TWO29 + lo;
  return BigInt(hi * TWO29) + BigInt(lo);
}

/** (h, l) << k, keeping 58 bits (0 < k < 58), into rh/rl. */
function shl(h: number, l: number, k: number): void {
  if (k < 29) {
    rh = ((h << k) | (l >>> (29 - k))) & M29;
    rl = (l << k) & M29;
  } else {
    rh = (l << (k - 29)) & M29;
    rl = 0;
  }
}

/** (h, l) >> k (0 < k < 58), into rh/rl. */
function shr(h: number, l: number, k: number): void {
  if (k < 29) {
    rl = ((l >>> k) | (h << (29 - k))) & M29;
    rh = h >>> k;
  } else {
    rl = h >>> (k - 29);
    rh = 0;
  }
}

/** (h1, l1) + (h2, l2) modulo 2^58, into rh/rl. */
function add(h1: number, l1: number, h2: number, l2: number): void {
  const l = l1 + l2;
  rl = l & M29;
  rh = (h1 + h2 + (l >>> 29)) & M29;
}

/** rotl(h, l, k) on 58 bits, into rh/rl. */
function rotl(h: number, l: number, k: number): void {
  shl(h, l, k);
  const ah = rh;
  const al = rl;
  shr(h, l, 58 - k);
  rh |= ah;
  rl |= al;
}

/**
 * The xorshift116 state step: from s0 (the word kept) and s1 (the word replaced),
 * s1' = t ^ s0 ^ (t >> 11) ^ (s0 >> 41) with t = s1 ^ (s1 << 24). Into rh/rl.
 */
function exsStep(s0h: number, s0l: number, s1h: number, s1l: number): void {
  shl(s1h, s1l, 24);
  const th = s1h ^ rh;
  const tl = s1l ^ rl;
  shr(th, tl, 11);
  let nh = th ^ s0h ^ rh;
  let nl = tl ^ s0l ^ rl;
  shr(s0h, s0l, 41);
  nh ^= rh;
  nl ^= rl;
  rh = nh;
  rl = nl;
}

/** The ** scrambler: rotl(s * 5, 7) * 9, on 58 bits. Into rh/rl. */
function starstar(h: number, l: number): void {
  shl(h, l, 2);
  add(h, l, rh, rl); // s * 5
  rotl(rh, rl, 7);
  const bh = rh;
  const bl = rl;
  shl(bh, bl, 3);
  add(bh, bl, rh, rl); // * 9
}

/** A state that is not [A|B] matches no clause of OTP's next functions. */
function pair(t: Term): Cons {
  if (!(t instanceof Cons)) return error('function_clause');
  return t;
}

/**
 * A two-word state [A|B] made here: an ordinary cons cell to every other part of the
 * runtime, which also remembers the halves of its words, so that the next step need not
 * take the (mostly bigint) words apart again.
 */
class WordPair extends Cons {
  constructor(
    readonly ah: number,
    readonly al: number,
    readonly bh: number,
    readonly bl: number,
    /** The term of the first word when the caller has it already. */
    a?: Term,
  ) {
    super(a ?? word(ah, al), word(bh, bl));
  }
}

// The halves of a state's two words, from pairHalves.
let ah = 0;
let al = 0;
let bh = 0;
let bl = 0;

function pairHalves(t: Term): void {
  if (t instanceof WordPair) {
    ah = t.ah;
    al = t.al;
    bh = t.bh;
    bl = t.bl;
    return;
  }
  const c = pair(t);
  split(c.hd);
  ah = rh;
  al = rl;
  split(c.tl);
  bh = rh;
  bl = rl;
}

/** exsss and exsp: state [S1|S0]; the next state is [S0|S1']. */
function exsNext(t: Term, scramble: boolean): Term {
  const st = exsDraw(t, scramble);
  return [word(vh, vl), st];
}

// The word drawn by exsDraw/exropDraw.
let vh = 0;
let vl = 0;

/** One step of exsss/exsp: the word into vh/vl, the next state returned. */
function exsDraw(t: Term, scramble: boolean): Term {
  pairHalves(t);
  const s1h = ah;
  const s1l = al;
  const s0h = bh;
  const s0l = bl;
  exsStep(s0h, s0l, s1h, s1l);
  const nh = rh;
  const nl = rl;
  if (scramble) starstar(s0h, s0l);
  else add(s0h, s0l, nh, nl);
  vh = rh;
  vl = rl;
  // The kept word is the old state's second one: reuse its term when it is known good.
  return new WordPair(s0h, s0l, nh, nl, t instanceof WordPair ? t.tl : undefined);
}

/** The xoroshiro116 step from (s0, s1): [rotl(s0,24) ^ t ^ (t << 2) | rotl(t, 35)], t = s0 ^ s1. */
function exropStep(s0h: number, s0l: number, s1h: number, s1l: number): Cons {
  const th = s0h ^ s1h;
  const tl = s0l ^ s1l;
  rotl(s0h, s0l, 24);
  let xh = rh ^ th;
  let xl = rl ^ tl;
  shl(th, tl, 2);
  xh ^= rh;
  xl ^= rl;
  rotl(th, tl, 35);
  return new WordPair(xh, xl, rh, rl);
}

function exropNext(t: Term): Term {
  const st = exropDraw(t);
  return [word(vh, vl), st];
}

function exropDraw(t: Term): Term {
  if (!(t instanceof WordPair) && !inRange58(pair(t))) return exropWide(t as Cons);
  pairHalves(t);
  const s0h = ah;
  const s0l = al;
  const s1h = bh;
  const s1l = bl;
  add(s0h, s0l, s1h, s1l);
  vh = rh;
  vl = rl;
  return exropStep(s0h, s0l, s1h, s1l);
}

function isWord58(x: Term): boolean {
  return (typeof x === 'number' && Number.isInteger(x) && x >= 0) || (typeof x === 'bigint' && x >= 0n && x <= M58N);
}

function inRange58(c: Cons): boolean {
  return isWord58(c.hd) && isWord58(c.tl);
}

/**
 * exrop's step on words that are not both 58-bit (a state a program made up): OTP's
 * formulas leave some of the extra bits in the next state, so this follows them on
 * bigints exactly.
 */
function exropWide(c: Cons): Term {
  const s0 = wideInt(c.hd);
  const s1 = wideInt(c.tl);
  const v = (s0 + s1) & ((1n << 58n) - 1n);
  vh = Number(v >> 29n);
  vl = Number(v & 0x1fffffffn);
  return exropStepWide(s0, s1);
}

function wideInt(x: Term): bigint {
  if (typeof x === 'bigint') return x;
  if (typeof x === 'number' && Number.isInteger(x)) return BigInt(x);
  return badarith();
}

function exropStepWide(s0: bigint, s1: bigint): Cons {
  const bsl = (x: bigint, n: bigint) => (x & ((1n << (58n - n)) - 1n)) << n;
  const rotl = (x: bigint, n: bigint) => bsl(x, n) | (x >> (58n - n));
  const a = s1 ^ s0;
  return new Cons(normBig(rotl(s0, 24n) ^ a ^ bsl(a, 2n)), normBig(rotl(a, 35n)));
}

/** One step of the named 58-bit two-word algorithm (vh/vl, the next state). */
function draw(alg: Term, t: Term): Term {
  switch (alg) {
    case 'exsss':
      return exsDraw(t, true);
    case 'exsp':
      return exsDraw(t, false);
    case 'exrop':
      return exropDraw(t);
    default:
      return badarith();
  }
}

const F53 = 1.11022302462515657e-16;

/** uniform_s/1 of a 58-bit algorithm: {Float, NextAlgState}, the float from the top 53 bits. */
function uniformFloat(alg: Term, t: Term): Term {
  const st = draw(alg, t);
  return [new Float((vh * 16777216 + (vl >>> 5)) * F53), st];
}

/**
 * uniform_s/2 of a 58-bit algorithm for 1 =< N < 2^53: {X, NextAlgState}, or false for
 * an N this does not handle (rand.erl then takes the general path). A word V is kept
 * when it lies below the largest multiple of N that fits in 58 bits (else the next word
 * is drawn, as OTP does), and gives V rem N + 1.
 */
function uniformInt(alg: Term, n: Term, t: Term): Term {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return false;
  if (n < TWO24) {
    const h29 = TWO29 % n;
    const r = (h29 * h29) % n; // 2^58 rem N
    for (;;) {
      t = draw(alg, t);
      // Reject V >= 2^58 - r, i.e. 2^58-1-V < r: only possible when the top half is full.
      if (vh === M29 && M29 - vl < r) continue;
      return [(((vh % n) * TWO29 + vl) % n) + 1, t];
    }
  }
  const bn = BigInt(n);
  const limit = (1n << 58n) - ((1n << 58n) % bn);
  for (;;) {
    t = draw(alg, t);
    const v = (BigInt(vh) << 29n) | BigInt(vl);
    if (v >= limit) continue;
    return [Number(v % bn) + 1, t];
  }
}

/** xoroshiro928: q = s15 ^ s0; s15' = rotl(s0, 44) ^ q ^ (q << 9); s0' = rotl(q, 45). */
function exro928Words(s15: Term, s0: Term): Term {
  split(s15);
  const ah = rh;
  const al = rl;
  split(s0);
  const bh = rh;
  const bl = rl;
  const qh = ah ^ bh;
  const ql = al ^ bl;
  rotl(bh, bl, 44);
  let nh = rh ^ qh;
  let nl = rl ^ ql;
  shl(qh, ql, 9);
  nh ^= rh;
  nl ^= rl;
  rotl(qh, ql, 45);
  return [word(rh, rl), word(nh, nl)];
}

// The ziggurat of the standard normal distribution: 256 layers, 51-bit integers
// (rand-ziggurat.ts, generated in high precision: rand's normal sequences depend on
// every bit of these). As terms, built on first use.
let kiwi: Term[] | undefined;
let fi: Float[] | undefined;

function buildZiggurat(): void {
  kiwi = KI.map((k, i) => [k, new Float(WI[i]!)]);
  fi = FI.map((x) => new Float(x));
}

function tableIndex(t: Term, size: number): number {
  if (typeof t !== 'number' || !Number.isInteger(t) || t < 1 || t > size) return badarith();
  return t - 1;
}

export function registerRandBifs(): void {
  registerNative('erlts_rand', {
    'exsss_next/1': (s) => exsNext(s, true),
    'exsp_next/1': (s) => exsNext(s, false),
    'exrop_next/1': exropNext,
    'uniform/2': uniformFloat,
    'uniform/3': uniformInt,
    'exrop_step/2': (a, b) => {
      if (!isWord58(a) || !isWord58(b)) return exropStepWide(wideInt(a), wideInt(b));
      split(a);
      const h = rh;
      const l = rl;
      split(b);
      return exropStep(h, l, rh, rl);
    },
    'exro928_words/2': exro928Words,
    'starstar/1': (s) => {
      split(s);
      starstar(rh, rl);
      return word(rh, rl);
    },
    'normal_kiwi/1': (i) => {
      if (!kiwi) buildZiggurat();
      return kiwi![tableIndex(i, 256)]!;
    },
    'normal_fi/1': (i) => {
      if (!fi) buildZiggurat();
      return fi![tableIndex(i, 256)]!;
    },
  });
}
