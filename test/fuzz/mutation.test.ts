// Robustness of the whole front end on broken input: seeded random mutations of
// valid programs (deleted, inserted, duplicated and swapped fragments). For every
// mutant the front end must return (no JS exception, no hang: under 5 s) and every
// diagnostic must point at a real position of the file (line and column >= 1, the
// line within the file). The seed is fixed, so a failure reproduces.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from '../../compiler/pipeline.js';
import { memoryHost } from '../../compiler/host.js';

const seedDir = fileURLToPath(new URL('./seeds/', import.meta.url));
// Each mutant keeps its seed's file name, so that an unbroken mutant is a valid module.
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.erl'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(seedDir, f), 'utf8') }));

/** Fragments that stress each part of the front end when dropped into a program. */
const FRAGMENTS = [
  '(', ')', '[', ']', '{', '}', '<<', '>>', ',', ';', '.', '. ', '->', '=>', ':=', '||', '|', '<-', '<=',
  'end', 'of', 'case', 'if', 'fun', 'receive', 'after', 'try', 'catch', 'when', 'begin', 'maybe', 'else',
  '"', "'", '$', '$\\', '\\', '?', '??', '?FOO', '?MODULE', '?LINE(', '#', '#r', '#{', '#r.', ':', '::', '...',
  '%', '\n', '\t', ' ', '16#', '36#zz', '99#1', '1_', '1.0e', '1.5e308', '9999999999999999999999', 'X', '_', '_X',
  '-define(', '-define(FOO, 1).\n', '-define(F(A), A).\n', '-ifdef(X).\n', '-ifndef(X).\n', '-else.\n',
  '-endif.\n', '-if(1 > 2).\n', '-elif(true).\n', '-undef(FOO).\n', '-include("nope.hrl").\n',
  '-include_lib("nope/include/x.hrl").\n', '-error(oops).\n', '-warning(careful).\n', '-record(r, {a, b}).\n',
  '-type t() :: ', '-spec ', '-export([', '-module(', '-feature(maybe_expr, enable).\n', '\u00e9', '\u{1F600}',
  '\u0000', '\r\n',
];

type Mutation =
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate'; at: number; len: number; to: number }
  | { op: 'swap'; a: number; b: number; len: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: position, len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })) }),
  fc.record({ op: fc.constant('duplicate' as const), at: position, len: fc.integer({ min: 1, max: 80 }), to: position }),
  fc.record({ op: fc.constant('swap' as const), a: position, b: position, len: fc.integer({ min: 1, max: 30 }) }),
);

function apply(src: string, m: Mutation): string {
  const at = (p: number) => Math.floor(p * (src.length + 1));
  switch (m.op) {
    case 'delete': {
      const i = at(m.at);
      return src.slice(0, i) + src.slice(i + m.len);
    }
    case 'insert': {
      const i = at(m.at);
      return src.slice(0, i) + m.text + src.slice(i);
    }
    case 'duplicate': {
      const i = at(m.at);
      const piece = src.slice(i, i + m.len);
      const j = at(m.to);
      return src.slice(0, j) + piece + src.slice(j);
    }
    case 'swap': {
      let [i, j] = [at(m.a), at(m.b)].sort((x, y) => x - y) as [number, number];
      const len = Math.min(m.len, j - i);
      if (len <= 0) return src;
      const a = src.slice(i, i + len);
      const b = src.slice(j, j + len);
      return src.slice(0, i) + b + src.slice(i + len, j) + a + src.slice(j + len);
    }
  }
}

describe('mutation fuzz', () => {
  it('the seeds themselves are valid', () => {
    for (const s of seeds) {
      const { diagnostics } = checkFile(s.name, { host: memoryHost({ [s.name]: s.text }) });
      expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), s.name).toEqual([]);
    }
  });

  it('10,000 seeded mutants: no crash, no hang, every diagnostic located', () => {
    let withErrors = 0;
    let slowestMs = 0;
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 5 }), (seedIx, muts) => {
        const seed = seeds[seedIx]!;
        const text = muts.reduce(apply, seed.text);
        const host = memoryHost({ [seed.name]: text });
        const t0 = performance.now();
        const { diagnostics } = checkFile(seed.name, { host });
        const ms = performance.now() - t0;
        slowestMs = Math.max(slowestMs, ms);
        expect(ms).toBeLessThan(5000);
        const lines = text.split('\n').length;
        for (const d of diagnostics) {
          if (d.file !== seed.name) continue;
          expect(d.line, d.message).toBeGreaterThanOrEqual(1);
          expect(d.line, d.message).toBeLessThanOrEqual(lines);
          expect(d.col, d.message).toBeGreaterThanOrEqual(1);
        }
        if (diagnostics.some((d) => d.severity === 'error')) withErrors++;
      }),
      { seed: 20261124, numRuns: 10_000 },
    );
    console.log(`mutation fuzz: 10000 mutants, ${withErrors} with errors, slowest ${slowestMs.toFixed(0)} ms`);
    // The mutations must actually break programs, or the test proves nothing.
    expect(withErrors).toBeGreaterThan(5_000);
    expect(withErrors).toBeLessThan(10_000);
  }, 600_000);
});
