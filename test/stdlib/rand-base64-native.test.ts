// The native halves of rand (erlts_rand) and base64 (erlts_base64) against models:
// the 58-bit generator steps against OTP's formulas on bigints (for words given as
// small numbers, bigints and states the natives made themselves), the uniform fast
// paths against OTP's rejection rule, and base64's fast paths against node's Buffer
// (and declining what is not well formed).
import { describe, expect, it } from 'vitest';
import { registerAllNatives } from '../../runtime/bifs/index.js';
import { nativeFunction } from '../../runtime/bifs/registry.js';
import { Bitstring, binary } from '../../runtime/term/bitstring.js';
import { normBig } from '../../runtime/term/int.js';
import { fromArray } from '../../runtime/term/list.js';
import { Cons, Float, type Term } from '../../runtime/term/types.js';

registerAllNatives();
const fn = (m: string, f: string, a: number) => nativeFunction(m, f, a)!;

const M58 = (1n << 58n) - 1n;
const big = (t: Term): bigint => BigInt(t as number | bigint);
const mask = (x: bigint) => x & M58;
const bsl = (x: bigint, n: bigint) => (x & ((1n << (58n - n)) - 1n)) << n;
const rotl = (x: bigint, n: bigint) => bsl(x, n) | (x >> (58n - n));
const starstar = (s: bigint) => {
  const a = s + bsl(s, 2n);
  const b = bsl(a, 7n) | ((a >> 51n) & 127n);
  return mask(b + bsl(b, 3n));
};
/** OTP's exsss_next on [S1|S0]: {V, [S0|S1']}. */
function exsssModel(s1: bigint, s0: bigint, plus: boolean): [bigint, bigint, bigint] {
  const t = mask(s1) ^ bsl(s1, 24n);
  const n = t ^ s0 ^ (t >> 11n) ^ (s0 >> 41n);
  return [plus ? mask(s0 + n) : starstar(s0), s0, n];
}
function exropModel(s0: bigint, s1: bigint): [bigint, bigint, bigint] {
  const a = s1 ^ s0;
  return [mask(s0 + s1), rotl(s0, 24n) ^ a ^ bsl(a, 2n), rotl(a, 35n)];
}

let seed = 12345n;
function rnd58(): bigint {
  seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
  const v = seed >> 6n;
  // Some small words (numbers), most wide (bigints), some at the edges.
  const k = Number(seed & 15n);
  return k === 0 ? v & 0xffffn : k === 1 ? M58 : k === 2 ? 0n : v;
}

describe('erlts_rand', () => {
  it('steps exsss, exsp and exrop as OTP formulas, chained through native states', () => {
    for (const [name, model] of [
      ['exsss_next', (a: bigint, b: bigint) => exsssModel(a, b, false)],
      ['exsp_next', (a: bigint, b: bigint) => exsssModel(a, b, true)],
      ['exrop_next', exropModel],
    ] as const) {
      const next = fn('erlts_rand', name, 1);
      for (let run = 0; run < 50; run++) {
        let a = rnd58();
        let b = rnd58();
        let st: Term = new Cons(normBig(a), normBig(b));
        for (let i = 0; i < 20; i++) {
          const [v, na, nb] = model(a, b);
          const r = next(st) as Term[];
          expect(big(r[0]!)).toBe(v);
          const c = r[1] as Cons;
          expect([big(c.hd), big(c.tl)]).toEqual([na, nb]);
          // Normalised terms: a number whenever the word fits one.
          expect(typeof c.hd === 'number').toBe(na <= BigInt(Number.MAX_SAFE_INTEGER));
          [a, b, st] = [na, nb, c];
        }
      }
    }
  });

  it('makes floats from the top 53 bits and integers in a range by OTP rejection', () => {
    const uniform2 = fn('erlts_rand', 'uniform', 2);
    const uniform3 = fn('erlts_rand', 'uniform', 3);
    for (const n of [1, 2, 3, 1000, (1 << 24) - 1, 1 << 24, 123456789, 2 ** 53 - 1]) {
      let a = rnd58();
      let b = rnd58();
      for (let i = 0; i < 30; i++) {
        const st = new Cons(normBig(a), normBig(b));
        const f = uniform2('exsss', st) as Term[];
        const [v] = exsssModel(a, b, false);
        expect((f[0] as Float).value).toBe(Number(v >> 5n) * 2 ** -53);
        // The model: draw until V < 2^58 - 2^58 rem N.
        const limit = (1n << 58n) - ((1n << 58n) % BigInt(n));
        let [x, s1, s0] = exsssModel(a, b, false);
        while (x >= limit) [x, s1, s0] = exsssModel(s1, s0, false);
        const r = uniform3('exsss', n, st) as Term[];
        expect(r[0]).toBe(Number(x % BigInt(n)) + 1);
        const c = r[1] as Cons;
        expect([big(c.hd), big(c.tl)]).toEqual([s1, s0]);
        [, a, b] = exsssModel(a, b, false);
      }
    }
    expect(uniform3('exsss', 2n ** 53n, new Cons(1, 2))).toBe(false);
  });

  it('rejects the top stretch of a word: a state whose next word is 2^58-1', () => {
    // Invert the scrambler: S0 = rotr(V * 9^-1, 7) * 5^-1 (mod 2^58).
    const inv = (x: bigint) => {
      let y = x;
      for (let i = 0; i < 6; i++) y = (y * (2n - x * y)) & M58;
      return y;
    };
    const a = (M58 * inv(9n)) & M58;
    const s0 = (((a >> 7n) | ((a & 127n) << 51n)) * inv(5n)) & M58;
    expect(starstar(s0)).toBe(M58);
    const st = new Cons(99, normBig(s0));
    const r = fn('erlts_rand', 'uniform', 3)('exsss', 3, st) as Term[];
    // 2^58-1 is beyond the last multiple of 3, so the second word decides.
    const [, n1, n2] = exsssModel(99n, s0, false);
    const [x2, m1, m2] = exsssModel(n1, n2, false);
    expect(r[0]).toBe(Number(x2 % 3n) + 1);
    expect([big((r[1] as Cons).hd), big((r[1] as Cons).tl)]).toEqual([m1, m2]);
  });
});

describe('erlts_base64', () => {
  const bytesOf = (t: Term) => Buffer.from((t as Bitstring).buf.subarray(0, (t as Bitstring).bitSize / 8));
  const enc = fn('erlts_base64', 'encode', 1);
  const dec = fn('erlts_base64', 'decode', 1);
  const mime = fn('erlts_base64', 'mime_decode', 1);

  it('encodes and decodes every length as Buffer does', () => {
    for (let n = 0; n < 100; n++) {
      const data = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + n) & 255));
      const e = enc(binary(new Uint8Array(data)));
      expect(bytesOf(e).toString('latin1')).toBe(data.toString('base64'));
      expect(bytesOf(enc(fromArray([...data]))).equals(bytesOf(e))).toBe(true);
      expect(bytesOf(dec(e)).equals(data)).toBe(true);
      expect(bytesOf(mime(e)).equals(data)).toBe(true);
      const spaced = data.toString('base64').replace(/(.{3})/g, '$1 \r\n\t');
      expect(bytesOf(dec(binary(new Uint8Array(Buffer.from(spaced, 'latin1'))))).equals(data)).toBe(true);
    }
  });

  it('declines what base64.erl must handle (errors, odd padding, non-bytes)', () => {
    const b = (s: string) => binary(new Uint8Array(Buffer.from(s, 'latin1')));
    for (const s of ['Zg', 'Zg=', 'Zm9v!', 'Zg==x', '=Zm9', 'Z===', 'Zm9v\0', 'Zm=v'])
      expect(dec(b(s))).toBe(false);
    expect(enc(fromArray([1, 256]))).toBe(false);
    expect(enc(new Cons(1, 2))).toBe(false);
    expect(mime(b('Zg'))).toBe(false);
    expect(bytesOf(mime(b('Zg=x==')))).toEqual(bytesOf(mime(b('Zgx='))));
  });
});
