// ~w and ~tw of every fixture term against OTP's io_lib:format output.
import { describe, expect, it } from 'vitest';
import { writeTerm } from '../../../runtime/term/print.js';
import { decodeHex, fixture, type TermRecord } from './fixtures.js';

const terms = fixture<TermRecord[]>('terms.json');

/** Identifiers of other nodes print the node's atom-table index, which is VM-specific. */
function normalise(s: string): string {
  return s.replace(/(<|#Port<|#Ref<)[1-9]\d*\./g, '$1N.');
}

describe('printing (io_lib:write) against OTP', () => {
  it('prints ~w as OTP for every deterministic fixture term', () => {
    const bad: string[] = [];
    let n = 0;
    for (const r of terms) {
      if (r.w === null || r.det === false) continue;
      n++;
      const ours = normalise(writeTerm(decodeHex(r.etf)));
      if (ours !== normalise(r.w)) bad.push(`otp ${r.w.slice(0, 300)}\nour ${ours.slice(0, 300)}`);
    }
    expect(n).toBeGreaterThan(1500);
    expect(bad.slice(0, 8).join('\n')).toBe('');
  });

  it('prints ~tw (unicode atoms kept) as OTP', () => {
    const bad: string[] = [];
    for (const r of terms) {
      if (r.w === null || r.det === false) continue;
      const want = normalise(r.tw ?? r.w);
      const ours = normalise(writeTerm(decodeHex(r.etf), true));
      if (ours !== want) bad.push(`otp ${want.slice(0, 300)}\nour ${ours.slice(0, 300)}`);
    }
    expect(bad.slice(0, 8).join('\n')).toBe('');
  });
});
