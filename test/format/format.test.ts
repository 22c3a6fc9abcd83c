// io_lib:format/2 against OTP: fixtures.json is what OTP 25 returned for every case of
// cases.terms (and the terms built in gen-fixtures.escript). The characters must be
// identical; where the format has no ~w/~W/~p/~P (whose text is a deep list of our own shape,
// see runtime/format/format.ts) the deep list must be the same term too.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binaryToTerm } from '../../runtime/term/etf.js';
import { exactEq } from '../../runtime/term/compare.js';
import { writeTerm } from '../../runtime/term/print.js';
import type { Term } from '../../runtime/term/types.js';
import { format, flattenChars, charsToString, FormatError } from '../../runtime/format/format.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const records = JSON.parse(readFileSync(join(dir, 'fixtures.json'), 'utf8')) as { case: string; ok?: string; error?: string }[];

function decodeHex(h: string): Term {
  const b = new Uint8Array(h.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(h.substr(i * 2, 2), 16);
  return binaryToTerm(b).term;
}

function text(t: Term): string {
  return charsToString(flattenChars(t));
}

describe('io_lib:format/2 as OTP', () => {
  const cases = records.map((r, i) => {
    const c = decodeHex(r.case) as readonly Term[];
    return { i, fmt: c[0]!, args: c[1]!, r };
  });
  it.each(cases)('case $i', ({ fmt, args, r }) => {
    const label = writeTerm(fmt, true) + ' ' + writeTerm(args, true).slice(0, 200);
    if (r.error !== undefined) {
      expect(() => format(fmt, args), label).toThrow(FormatError);
      return;
    }
    const want = decodeHex(r.ok!);
    let got: Term;
    try {
      got = format(fmt, args);
    } catch (e) {
      throw new Error(`${label}: threw ${String(e)}`);
    }
    expect(text(got), label).toBe(text(want));
    const f = typeof fmt === 'string' ? fmt : text(fmt);
    if (!/~[-0-9.*]*t?l?[wpWP]/.test(f)) expect(exactEq(got, want), `${label}: deep shape ${writeTerm(got)} vs ${writeTerm(want)}`).toBe(true);
  });
});
