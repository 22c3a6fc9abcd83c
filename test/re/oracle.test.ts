// The regex engine against JS RegExp on the subset where PCRE and ECMAScript agree:
// literals, classes, dot, alternation, greedy/lazy quantifiers, groups and anchors, over
// subjects without newlines and without unicode. Captures are compared only for groups that
// are not inside a quantifier (JS resets those on each iteration, PCRE keeps them).
// Plus direct checks of what the oracle cannot cover: deep backtracking on long subjects
// (the explicit stack must not overflow the JS stack) and the match limit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { registerAllNatives } from '../../runtime/bifs/index.js';
import { nativeFunction } from '../../runtime/bifs/registry.js';
import { fromArray, fromString, toArray } from '../../runtime/term/list.js';
import { NIL, type Term } from '../../runtime/term/types.js';

registerAllNatives();
const run = nativeFunction('re', 'run', 3)!;

type Gen = { src: string; capturesOk: boolean };

const atom: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a', 'b', 'c', '.', '[ab]', '[^a]', '[a-c]', '\\w', '\\d', 'x'),
);

function quant(inner: string, nonEmpty = false): fc.Arbitrary<string> {
  const qs = nonEmpty ? ['', '+', '+?', '{2}', '{1,3}', '{1,2}?'] : ['', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{0,2}?', '{2,}'];
  return fc.constantFrom(...qs).map((q) => inner + q);
}

// A group under a quantifier never matches the empty string here: ECMAScript rejects an
// empty iteration where PCRE accepts it and leaves the loop (both are checked elsewhere).
const pattern: fc.Arbitrary<Gen> = fc.letrec<{ seq: string; alt: string; seq1: string; alt1: string; top: Gen }>((tie) => ({
  seq: fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: atom.chain((a) => quant(a)) },
        { weight: 1, arbitrary: (tie('alt1') as fc.Arbitrary<string>).chain((a) => quant(`(?:${a})`)) },
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((xs) => xs.join('')),
  seq1: fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: atom.chain((a) => quant(a, true)) },
        { weight: 1, arbitrary: (tie('alt1') as fc.Arbitrary<string>).chain((a) => quant(`(?:${a})`, true)) },
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((xs) => xs.join('')),
  alt: fc
    .array(tie('seq') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 })
    .map((xs) => xs.join('|')),
  alt1: fc
    .array(tie('seq1') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 })
    .map((xs) => xs.join('|')),
  top: fc
    .tuple(
      fc.constantFrom('', '^'),
      fc.array(
        fc.oneof(
          (tie('seq') as fc.Arbitrary<string>).map((s) => ({ s, cap: false })),
          (tie('alt') as fc.Arbitrary<string>).map((s) => ({ s: `(${s})`, cap: true })),
        ),
        { minLength: 1, maxLength: 3 },
      ),
      fc.constantFrom('', '$'),
    )
    .map(([a, parts, z]) => ({ src: a + parts.map((p) => p.s).join('') + z, capturesOk: true })),
})).top;

const subject = fc.array(fc.constantFrom('a', 'b', 'c', '1', 'x', ' '), { maxLength: 12 }).map((xs) => xs.join(''));

function ours(subj: string, pat: string, opts: Term[] = []): Array<[number, number]> | null {
  const r = run(fromString(subj), fromString(pat), fromArray(opts));
  if (r === 'nomatch') return null;
  const caps = toArray((r as Term[])[1]!) as unknown as Array<[number, number]>;
  return caps.map(([s, l]) => [s, l]);
}

function theirs(subj: string, pat: string): Array<[number, number]> | null {
  const m = new RegExp(pat, 'd').exec(subj);
  if (!m) return null;
  const idx = m.indices!;
  const out: Array<[number, number]> = [];
  for (let g = 0; g < idx.length; g++) {
    const x = idx[g];
    out.push(x ? [x[0], x[1] - x[0]] : [-1, 0]);
  }
  // PCRE reports up to the highest set group
  while (out.length > 1 && out[out.length - 1]![0] === -1) out.pop();
  return out;
}

describe('re engine vs JS RegExp', () => {
  it('agrees on the common subset', () => {
    fc.assert(
      fc.property(pattern, subject, (p, s) => {
        expect(ours(s, p.src)).toEqual(theirs(s, p.src));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('re engine limits', () => {
  it('backtracks deeply without overflowing the JS stack', () => {
    const s = 'ab'.repeat(50000) + 'c';
    expect(ours(s, '(?:ab)*c')).toEqual([[0, 100001]]);
    expect(ours(s, '(a|b)*c')).toEqual([[0, 100001], [99999, 1]]);
    expect(ours('a'.repeat(100000), '(?:a|b)*$')).toEqual([[0, 100000]]);
  });

  it('reports the match limit on catastrophic patterns', () => {
    const s = 'a'.repeat(40) + '!';
    const r = run(fromString(s), fromString('(a+)+$'), fromArray(['report_errors']));
    expect(r).toEqual(['error', 'match_limit']);
    expect(run(fromString(s), fromString('(a+)+$'), NIL)).toBe('nomatch');
  });

  it('is linear for a literal search in a long subject', () => {
    const s = 'x'.repeat(300_000) + 'needle';
    const t = Date.now();
    expect(ours(s, 'needle')).toEqual([[300_000, 6]]);
    expect(ours(s, 'ne+dle')).toEqual([[300_000, 6]]);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
