// The unrolled twin of a small body-recursive function (codegen unrollSelfRecursion):
// its self calls cross over to the original and back, its lines carry the original's
// function info and call sites (stack traces, frame merging), a large function gets
// none, and no self-call mark is left in the code. Behaviour against OTP:
// test/conformance/recursion/rec_unrolled_stacks.erl.
import { describe, expect, it } from 'vitest';
import { generate } from '../../compiler/js/codegen.js';
import { Engine } from '../../runtime/exec/engine.js';
import { bif, fn, ifTrue, int, let_, local, mod, ret, v } from '../js/core-builders.js';
import type { Expr } from '../../compiler/core/ir.js';

// fib(N) -> if N < 2 -> N; true -> fib(N-1) + fib(N-2) end.
const fib = fn('fib', ['N'], let_('C', bif('<', [v('N'), int(2)]), ifTrue(v('C'), ret(v('N')),
  let_('A', bif('-', [v('N'), int(1)]), let_('X', local('fib', [v('A')], 3),
    let_('B', bif('-', [v('N'), int(2)]), let_('Y', local('fib', [v('B')], 4),
      let_('S', bif('+', [v('X'), v('Y')]), ret(v('S'))))))))));

// big(N): the same recursion after a long chain of arithmetic (too large to inline).
let chain: Expr = let_('X', local('big', [v('A')], 3), ret(v('X')));
for (let i = 60; i > 0; i--) chain = let_(`T${i}`, bif('+', [v('N'), int(i)]), chain);
const big = fn('big', ['N'], let_('C', bif('<', [v('N'), int(1)]), ifTrue(v('C'), ret(v('N')),
  let_('A', bif('-', [v('N'), int(1)]), chain))));

describe('unrolled self recursion', () => {
  const out = generate(mod('t', [fib, big]));
  const text = out.lines.map((l) => l.text).join('\n');
  const body = (name: string) => {
    const from = out.lines.findIndex((l) => l.text.startsWith(`function ${name}(`));
    const to = out.lines.findIndex((l, i) => i > from && l.text === '}');
    return out.lines.slice(from, to + 1);
  };

  it('gives a small function a twin whose self calls cross over', () => {
    const orig = body('F_fib_1').map((l) => l.text).join('\n');
    const twin = body('F_fib_1$u').slice(1).map((l) => l.text).join('\n'); // without its header
    expect(orig.match(/F_fib_1\$u\(/g)?.length).toBe(2);
    expect(twin.match(/\bF_fib_1\(/g)?.length).toBe(2);
    expect(twin).not.toMatch(/F_fib_1\$u\(/);
  });

  it('keeps the original function info and call sites on the twin lines', () => {
    const orig = body('F_fib_1');
    const twin = body('F_fib_1$u');
    expect(twin.length).toBe(orig.length);
    twin.forEach((l, i) => {
      expect([l.info, l.line, l.tail, l.site]).toEqual([orig[i]!.info, orig[i]!.line, orig[i]!.tail, orig[i]!.site]);
    });
    expect(orig.some((l) => l.site > 0)).toBe(true);
  });

  it('leaves a large function alone, and no mark behind', () => {
    expect(text).not.toMatch(/F_big_1\$u/);
    expect(body('F_big_1').map((l) => l.text).join('\n')).toMatch(/\bF_big_1\(v_A\)/);
    expect(text).not.toContain('\u0001');
    expect(text).toMatch(/locals: \{ "fib\/1": F_fib_1, "big\/1": F_big_1 \}/);
  });

  it('runs: values and a body recursion a million deep through the pair', async () => {
    const e = new Engine();
    e.loadCore(mod('t', [fib, big]));
    expect(await e.run('t', 'fib', [25])).toEqual({ kind: 'return', value: 75025 });
    expect(await e.run('t', 'big', [1_000_000])).toEqual({ kind: 'return', value: 0 });
  });
});
