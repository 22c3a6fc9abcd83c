// 10,000 random terms against real OTP 25: test/fixtures/terms/*.jsonl is what OTP
// returned for each term (scripts/gen-term-fixtures.escript, fixed seed; never edited by
// hand). Each term is decoded with erlts's own binary_to_term and must re-encode to the
// same bytes; then ~p, ~w, ~tp, term_to_binary (also compressed and minor versions 0
// and 2 for every 10th term, with ~P/~W at a depth), phash2/1 and phash2/2 with range
// 2^32 must equal OTP's, and lists:sort/1 of 1,000 groups of the terms must put them in
// OTP's order. Every check must match on every term; the summary line prints the
// per-check counts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binaryToTerm, termToBinary, type EncodeOptions } from '../../runtime/term/etf.js';
import { exactEq } from '../../runtime/term/compare.js';
import { phash2, phash2Range } from '../../runtime/term/hash.js';
import { writeTerm } from '../../runtime/term/print.js';
import { fromArray, toArray } from '../../runtime/term/list.js';
import { Cons, NIL, type Term } from '../../runtime/term/types.js';
import { format, flattenChars, charsToString } from '../../runtime/format/format.js';
import { sort } from '../../runtime/bifs/lists-sort.js';

// TERM_FIXTURES=dir: another set written by the generator (`Dir Seed Count`), to explore.
const otherSet = process.env['TERM_FIXTURES'];
const dir = otherSet ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', 'fixtures', 'terms');

interface Rec {
  t: string;
  p: string;
  w: string;
  tp: string;
  h: number;
  h32: number;
  c?: string;
  m0?: string;
  m2?: string;
  d?: number;
  P?: string;
  W?: string;
}

const lines = (f: string) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l !== '');
const recs = lines('terms.jsonl').map((l) => JSON.parse(l) as Rec);
const groups = lines('sorts.jsonl').map((l) => JSON.parse(l) as { g: number[]; s: number[] });

const b64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const list = (s: string): Term => {
  let l: Term = NIL;
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  for (let i = cps.length - 1; i >= 0; i--) l = new Cons(cps[i]!, l);
  return l;
};
const fmt = (f: string, args: Term[]): string => charsToString(flattenChars(format(list(f), fromArray(args))));

// Decoded once; a term that does not decode is a failure of the 'decode' check.
const terms: (Term | undefined)[] = recs.map((r) => {
  try {
    return binaryToTerm(b64(r.t)).term;
  } catch {
    return undefined;
  }
});

type Check = { name: string; applies: (r: Rec) => boolean; ok: (t: Term, r: Rec) => boolean | string };

const encodes = (key: 'c' | 'm0' | 'm2' | 't', o: EncodeOptions) => (t: Term, r: Rec) => sameBytes(termToBinary(t, o), b64(r[key]!));
// Returns the text when it differs, so the failure shows both.
const text = (got: () => string, want: string) => {
  const g = got();
  return g === want ? true : g;
};

const checks: Check[] = [
  { name: 'term_to_binary', applies: () => true, ok: encodes('t', {}) },
  { name: '~w', applies: () => true, ok: (t, r) => text(() => fmt('~w', [t]), r.w) },
  { name: '~p', applies: () => true, ok: (t, r) => text(() => fmt('~p', [t]), r.p) },
  { name: '~tp', applies: () => true, ok: (t, r) => text(() => fmt('~tp', [t]), r.tp) },
  { name: 'phash2/1', applies: () => true, ok: (t, r) => phash2(t) === r.h },
  { name: 'phash2/2 2^32', applies: () => true, ok: (t, r) => phash2Range(t, 2 ** 32) === r.h32 },
  { name: 'compressed', applies: (r) => r.c !== undefined, ok: encodes('c', { compressed: 6 }) },
  { name: 'minor_version 0', applies: (r) => r.m0 !== undefined, ok: encodes('m0', { minorVersion: 0 }) },
  { name: 'minor_version 2', applies: (r) => r.m2 !== undefined, ok: encodes('m2', { minorVersion: 2 }) },
  { name: '~P', applies: (r) => r.P !== undefined, ok: (t, r) => text(() => fmt('~P', [t, r.d!]), r.P!) },
  { name: '~W', applies: (r) => r.W !== undefined, ok: (t, r) => text(() => fmt('~W', [t, r.d!]), r.W!) },
];

const summary: string[] = [];

describe('random terms against OTP 25', () => {
  it('has the fixtures', () => {
    if (otherSet === undefined) expect(recs.length).toBe(10_000);
    expect(groups.length).toBe(1000);
  });

  it('decodes every term', () => {
    const bad = terms.flatMap((t, i) => (t === undefined ? [i] : []));
    summary.push(`decode ${recs.length - bad.length}/${recs.length}`);
    expect(bad).toEqual([]);
  });

  for (const c of checks) {
    it(c.name, () => {
      let n = 0;
      const bad: string[] = [];
      recs.forEach((r, i) => {
        const t = terms[i];
        if (!c.applies(r) || t === undefined) return;
        n++;
        let res: boolean | string;
        try {
          res = c.ok(t, r);
        } catch (e) {
          res = `threw ${String(e)}`;
        }
        if (res !== true && bad.push(`#${i} ${writeTerm(t, true).slice(0, 300)}${typeof res === 'string' ? `\n  got:  ${JSON.stringify(res).slice(0, 600)}\n  want: ${JSON.stringify(wanted(c.name, r)).slice(0, 600)}` : ''}`)) {
          // collected
        }
      });
      summary.push(`${c.name} ${n - bad.length}/${n}`);
      expect(bad.length, `${c.name}: ${bad.length} of ${n} differ, e.g.\n${bad.slice(0, 5).join('\n')}`).toBe(0);
    });
  }

  it('lists:sort/1', () => {
    const bad: string[] = [];
    for (const [gi, g] of groups.entries()) {
      const got = toArray(sort(fromArray(g.g.map((i) => terms[i]!))));
      const want = g.s.map((i) => terms[i]!);
      if (got.length !== want.length || !got.every((x, i) => exactEq(x, want[i]!)))
        bad.push(`group ${gi}: got ${got.map((x) => writeTerm(x)).join(' ').slice(0, 400)}\n  want ${want.map((x) => writeTerm(x)).join(' ').slice(0, 400)}`);
    }
    summary.push(`lists:sort ${groups.length - bad.length}/${groups.length}`);
    expect(bad.length, bad.slice(0, 5).join('\n')).toBe(0);
  });

  it('summary', () => {
    console.log(`term properties: ${summary.join(', ')}`);
  });
});

function wanted(check: string, r: Rec): string {
  return check === '~w' ? r.w : check === '~p' ? r.p : check === '~tp' ? r.tp : check === '~P' ? r.P! : check === '~W' ? r.W! : '';
}
