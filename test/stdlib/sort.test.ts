// lists:sort/1 and lists:merge/2 (runtime/bifs/lists-sort.ts) against OTP 25 on random
// lists mixing integers with equal floats: the results must be identical element for
// element (=:=), which pins down where OTP's algorithm puts 1 relative to 1.0.
//
// Regenerate the fixture with `escript test/stdlib/sort.escript test/stdlib/fixtures/sort.json`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { merge, sort } from '../../runtime/bifs/lists-sort.js';
import { exactEq } from '../../runtime/term/compare.js';
import { binaryToTerm } from '../../runtime/term/etf.js';
import { toArray } from '../../runtime/term/list.js';
import { writeTerm } from '../../runtime/term/print.js';

const file = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'sort.json');

function fromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
  return out;
}

describe.skipIf(!existsSync(file))('lists:sort/1 and merge/2 against OTP 25', () => {
  const cases = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as [string, string, string][]) : [];
  it(`orders equal elements as OTP for ${cases.length} recorded calls`, () => {
    const bad: string[] = [];
    for (const [fn, a, r] of cases) {
      const args = toArray(binaryToTerm(fromHex(a)).term);
      const want = binaryToTerm(fromHex(r)).term;
      const got = fn === 'sort' ? sort(args[0]!) : merge(args[0]!, args[1]!);
      if (!exactEq(got, want)) bad.push(`${fn}(${writeTerm(args[0]!).slice(0, 120)}): otp ${writeTerm(want).slice(0, 120)}, we ${writeTerm(got).slice(0, 120)}`);
    }
    expect(`${bad.length} wrong\n` + bad.slice(0, 10).join('\n')).toBe('0 wrong\n');
  });
});
