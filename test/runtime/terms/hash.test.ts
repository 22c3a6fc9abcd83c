// erlang:phash2/1,2 of every fixture term against OTP.
import { describe, expect, it } from 'vitest';
import { phash2, phash2Range } from '../../../runtime/term/hash.js';
import { ErlangError } from '../../../runtime/term/errors.js';
import { decodeHex, fixture, type TermRecord } from './fixtures.js';

const terms = fixture<TermRecord[]>('terms.json');

describe('phash2 against OTP', () => {
  it('phash2/1 and phash2/2 agree with OTP for every deterministic term', () => {
    const bad: string[] = [];
    let n = 0;
    for (const r of terms) {
      if (r.det === false) continue;
      n++;
      const t = decodeHex(r.etf);
      const h = phash2(t);
      const [r1, h1, r2, h2] = r.hr;
      const g1 = phash2Range(t, r1);
      const g2 = phash2Range(t, r2);
      if (h !== r.h || g1 !== h1 || g2 !== h2) {
        bad.push(`${(r.w ?? '').slice(0, 200)}: otp ${r.h} ${h1} ${h2}, our ${h} ${g1} ${g2}`);
      }
    }
    expect(n).toBeGreaterThan(1500);
    expect(bad.slice(0, 10).join('\n')).toBe('');
  });

  it('phash2/2 rejects ranges outside 1..2^32', () => {
    for (const bad of [0, -1, 2 ** 32 + 1, 'a'] as const) {
      expect(() => phash2Range(1, bad)).toThrow(ErlangError);
    }
    expect(phash2Range(1, 2n ** 32n)).toBe(phash2Range(1, 2 ** 32));
  });
});
