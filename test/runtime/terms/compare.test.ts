// ==, =:=, < and map-key order for every pair of a pool of terms, and lists:sort/1,
// against OTP.
import { describe, expect, it } from 'vitest';
import { compare, compareExact, eq, exactEq } from '../../../runtime/term/compare.js';
import { writeTerm } from '../../../runtime/term/print.js';
import { fromArray, toArray } from '../../../runtime/term/list.js';
import { decodeHex, fixture, type PairFixture } from './fixtures.js';

const pf = fixture<PairFixture>('pairs.json');
const pool = pf.pool.map(decodeHex);

describe('equality and order against OTP', () => {
  it(`agrees on ${pf.pairs.length} pairs`, () => {
    const bad: string[] = [];
    for (const [i, j, isEq, isExact, isLt, keyOrd] of pf.pairs) {
      const a = pool[i]!;
      const b = pool[j]!;
      const c = compare(a, b);
      const ours = [eq(a, b) ? 1 : 0, exactEq(a, b) ? 1 : 0, c < 0 ? 1 : 0, Math.sign(compareExact(a, b))];
      const want = [isEq, isExact, isLt, keyOrd];
      if (ours.join() !== want.join() || (c === 0) !== (isEq === 1)) {
        bad.push(`${writeTerm(a)} vs ${writeTerm(b)}: otp ${want} our ${ours} (cmp ${c})`);
      }
    }
    expect(bad.slice(0, 12).join('\n')).toBe('');
  });
});

describe('lists:sort/1 against OTP', () => {
  const sorts = fixture<[string, string][]>('sorts.json');
  it(`orders ${sorts.length} mixed lists as OTP`, () => {
    // Which of two equal (==) terms comes first is up to lists:sort's merge strategy,
    // so check the order, not the placement of ties: OTP's output is sorted by our
    // compare, and our sort gives the same sequence up to ties.
    const bad: string[] = [];
    for (const [inHex, outHex] of sorts) {
      const items = toArray(decodeHex(inHex));
      const otp = toArray(decodeHex(outHex));
      const ours = items.slice().sort(compare);
      const ok =
        otp.length === ours.length &&
        otp.every((t, i) => compare(t, ours[i]!) === 0 && (i === 0 || compare(otp[i - 1]!, t) <= 0));
      if (!ok) bad.push(`in ${writeTerm(fromArray(items)).slice(0, 200)}\n otp ${writeTerm(fromArray(otp)).slice(0, 200)}\n our ${writeTerm(fromArray(ours)).slice(0, 200)}`);
    }
    expect(bad.slice(0, 5).join('\n')).toBe('');
  });
});
