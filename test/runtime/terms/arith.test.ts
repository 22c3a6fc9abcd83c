// Arithmetic against OTP: every operator over a pool of integers (small, around 2^27,
// 2^31, 2^53, 2^59, 2^64, big), floats and non-numbers, results and error reasons.
import { describe, expect, it } from 'vitest';
import * as A from '../../../runtime/term/arith.js';
import { ErlangError } from '../../../runtime/term/errors.js';
import { exactEq } from '../../../runtime/term/compare.js';
import { phash2 } from '../../../runtime/term/hash.js';
import { bitLength, intAdd, intMul, intSub, normBig } from '../../../runtime/term/int.js';
import { writeTerm } from '../../../runtime/term/print.js';
import type { Term } from '../../../runtime/term/types.js';
import { decodeHex, fixture, type ArithFixture } from './fixtures.js';

const binary: Record<string, (a: Term, b: Term) => Term> = {
  '+': A.add,
  '-': A.sub,
  '*': A.mul,
  '/': A.fdiv,
  div: A.div,
  rem: A.rem,
  band: A.band,
  bor: A.bor,
  bxor: A.bxor,
  bsl: A.bsl,
  bsr: A.bsr,
};
const unary: Record<string, (a: Term) => Term> = { bnot: A.bnot, '-': A.neg, '+': A.pos };

describe('arithmetic against OTP', () => {
  const fx = fixture<ArithFixture>('arith.json');
  const operands = fx.operands.map(decodeHex);
  it(`computes ${fx.ops.length} operations as OTP`, () => {
    const bad: string[] = [];
    for (const [op, ai, bi, want] of fx.ops) {
      const a = operands[ai]!;
      const b = bi === null ? undefined : operands[bi]!;
      let got: Term | { error: string };
      try {
        got = b === undefined ? unary[op]!(a) : binary[op]!(a, b);
      } catch (e) {
        if (!(e instanceof ErlangError)) throw e;
        got = { error: String(e.reason) };
      }
      const show = `${writeTerm(a).slice(0, 60)} ${op} ${b === undefined ? '' : writeTerm(b).slice(0, 60)}`;
      if (typeof want === 'string') {
        const w = decodeHex(want);
        if (typeof got === 'object' && got !== null && 'error' in got && !(got instanceof Array)) bad.push(`${show}: otp ${writeTerm(w)}, we ${(got as { error: string }).error}`);
        else if (!exactEq(got as Term, w)) bad.push(`${show}: otp ${writeTerm(w).slice(0, 80)}, we ${writeTerm(got as Term).slice(0, 80)}`);
      } else if ('error' in want) {
        if (!(typeof got === 'object' && got !== null && 'error' in got)) bad.push(`${show}: otp error ${want.error}, we ${writeTerm(got as Term).slice(0, 80)}`);
        else if ((got as { error: string }).error !== want.error) bad.push(`${show}: otp ${want.error}, we ${(got as { error: string }).error}`);
      } else {
        const g = got as Term;
        if (typeof g !== 'bigint' || bitLength(g) !== want.bits || phash2(g) !== want.h) bad.push(`${show}: otp ${want.bits} bits, hash ${want.h}`);
      }
    }
    expect(bad.slice(0, 15).join('\n')).toBe('');
  });
});

describe('integer helpers', () => {
  it('normalises bigint results that fit back to numbers', () => {
    expect(normBig(5n)).toBe(5);
    expect(normBig(2n ** 53n - 1n)).toBe(2 ** 53 - 1);
    expect(normBig(2n ** 53n)).toBe(2n ** 53n);
    expect(intAdd(2 ** 53 - 1, 1)).toBe(2n ** 53n);
    expect(intSub(2n ** 53n, 1)).toBe(2 ** 53 - 1);
    expect(intMul(-(2 ** 30), 2 ** 30)).toBe(-(2n ** 60n));
    expect(Object.is(A.mul(0, -5), 0)).toBe(true);
    expect(Object.is(A.rem(-5, 5), 0)).toBe(true);
    expect(Object.is(A.div(0, -5), 0)).toBe(true);
  });
  it('keeps bit lengths', () => {
    expect(bitLength(0)).toBe(0);
    expect(bitLength(1)).toBe(1);
    expect(bitLength(-255)).toBe(8);
    expect(bitLength(2 ** 32)).toBe(33);
    expect(bitLength(2 ** 53 - 1)).toBe(53);
    expect(bitLength(2n ** 100n)).toBe(101);
  });
});
