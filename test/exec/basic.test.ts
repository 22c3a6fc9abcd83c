import { describe, expect, it } from 'vitest';
import { Engine } from '../../runtime/exec/engine.js';
import { writeTerm } from '../../runtime/term/print.js';
import { atom, bif, caseOf, cons, fn, ifTrue, int, let_, local, mod, nil, ret, v, leaf, sw, T, tuple } from '../js/core-builders.js';
import type { Expr } from '../../compiler/core/ir.js';

// fib(N) -> if N < 2 -> N; true -> fib(N-1) + fib(N-2) end.
const fib = fn(
  'fib',
  ['N'],
  let_('C', bif('<', [v('N'), int(2)]), ifTrue(v('C'), ret(v('N')),
    let_('A', bif('-', [v('N'), int(1)]), let_('X', local('fib', [v('A')], 3),
      let_('B', bif('-', [v('N'), int(2)]), let_('Y', local('fib', [v('B')], 3),
        let_('S', bif('+', [v('X'), v('Y')]), ret(v('S'))))))))),
);

// loop(0, Acc) -> Acc; loop(N, Acc) -> loop(N-1, Acc+1).
const loop = fn('loop', ['N', 'Acc'], let_('C', bif('=:=', [v('N'), int(0)]), ifTrue(v('C'), ret(v('Acc')),
  let_('N1', bif('-', [v('N'), int(1)]), let_('A1', bif('+', [v('Acc'), int(1)]), local('loop', [v('N1'), v('A1')]))))));

// ping(N) -> pong(N-1) (mutual tail recursion), stopping at 0.
const pingpong = (me: string, other: string) =>
  fn(me, ['N'], let_('C', bif('=:=', [v('N'), int(0)]), ifTrue(v('C'), ret(atom(me)),
    let_('N1', bif('-', [v('N'), int(1)]), local(other, [v('N1')])))));

// seq(N) -> [N | seq(N-1)], seq(0) -> []: body recursion.
const seq = fn('seq', ['N'], let_('C', bif('=:=', [v('N'), int(0)]), ifTrue(v('C'), ret(nil),
  let_('N1', bif('-', [v('N'), int(1)]), let_('T', local('seq', [v('N1')], 7), let_('L', cons(v('N'), v('T')), ret(v('L'))))))));

const len: ReturnType<typeof fn> = fn('len', ['L', 'Acc'], caseOf([v('L')], {
  k: 'test', test: { k: 'is_cons', v: v('L') },
  then: { k: 'bind', v: 'Tl', access: { k: 'tl', of: v('L') }, next: leaf(let_('A1', bif('+', [v('Acc'), int(1)]), local('len', [v('Tl'), v('A1')]))) },
  else: leaf(ret(v('Acc'))),
}));

const m = mod('t', [fib, loop, pingpong('ping', 'pong'), pingpong('pong', 'ping'), seq, len,
  fn('seqlen', ['N'], let_('L', local('seq', [v('N')], 9), local('len', [v('L'), int(0)]))),
]);

describe('run loop over hand-built Core', () => {
  const e = new Engine();
  e.loadCore(m);
  it('fib', async () => {
    expect(await e.run('t', 'fib', [20])).toEqual({ kind: 'return', value: 6765 });
  });
  it('tail loop of 10M iterations', async () => {
    expect(await e.run('t', 'loop', [10_000_000, 0])).toEqual({ kind: 'return', value: 10_000_000 });
  });
  it('mutual tail recursion 10M', async () => {
    expect(await e.run('t', 'ping', [10_000_000])).toEqual({ kind: 'return', value: 'ping' });
  });
  it('body recursion 1,000,000 deep', async () => {
    expect(await e.run('t', 'seqlen', [1_000_000])).toEqual({ kind: 'return', value: 1_000_000 });
  });
  it('undef', async () => {
    const o = await e.run('t', 'nope', [1]);
    expect(o.kind).toBe('exception');
    if (o.kind === 'exception') expect(writeTerm(o.reason) + ' ' + writeTerm(o.stack)).toBe('undef [{t,nope,[1],[]}]');
  });
});
void sw; void T; void ({} as Expr);

// Exceptions: deep inside a body recursion (across captures), caught by try and catch.
// boom(0) -> error(boom) at line 20; boom(N) -> [N | boom(N-1)] at line 21.
const boom = fn('boom', ['N'], let_('C', bif('=:=', [v('N'), int(0)]), ifTrue(v('C'), bif('error', [atom('boom')], 20),
  let_('N1', bif('-', [v('N'), int(1)]), let_('T', local('boom', [v('N1')], 21), let_('L', cons(v('N'), v('T')), ret(v('L'))))))));
const tryIt = (line: number): Expr => ({
  k: 'try', body: local('boom', [v('N')], line), ofVar: 'V', ofBody: ret(v('V')), classVar: 'C', reasonVar: 'R', stackVar: 'S',
  handler: let_('St', { k: 'prim', op: 'build_stacktrace', args: [v('S')], loc: { file: 't.erl', line, col: 1 } },
    let_('Tu', { k: 'prim', op: 'tuple', args: [v('C'), v('R'), v('St')], loc: { file: 't.erl', line, col: 1 } }, ret(v('Tu')))),
  loc: { file: 't.erl', line, col: 1 },
});
const m2 = mod('t2', [boom,
  fn('try_boom', ['N'], let_('X', tryIt(30), let_('Y', tuple([atom('caught'), v('X')]), ret(v('Y'))))),
  fn('catch_boom', ['N'], let_('X', { k: 'catch', body: local('boom', [v('N')], 40), loc: { file: 't.erl', line: 40, col: 1 } }, ret(v('X')))),
]);

describe('exceptions across captures', () => {
  const e = new Engine();
  e.loadCore(m2);
  const entry = (n: number) => `{t2,boom,1,[{file,[116,46,101,114,108]},{line,${n}}]}`;
  it('uncaught error from 5000 deep has BEAM-shaped stack', async () => {
    const o = await e.run('t2', 'boom', [5000]);
    expect(o.kind).toBe('exception');
    if (o.kind !== 'exception') return;
    expect(o.reason).toBe('boom');
    // boom can never return, so BEAM keeps no frame for its calls (the shape OTP gives
    // for never/1 in test/exec/erl/e2e.erl, recorded in expected.txt).
    expect(writeTerm(o.stack)).toBe(`[${entry(20)}]`);
  });
  it('try/catch across a capture', async () => {
    const o = await e.run('t2', 'try_boom', [5000]);
    expect(o.kind).toBe('return');
    if (o.kind === 'return') expect(writeTerm(o.value)).toBe(`{caught,{error,boom,[${entry(20)},{t2,try_boom,1,[{file,[116,46,101,114,108]},{line,30}]}]}}`);
  });
  it('catch across a capture', async () => {
    const o = await e.run('t2', 'catch_boom', [3]);
    expect(o.kind).toBe('return');
    if (o.kind === 'return')
      expect(writeTerm(o.value)).toBe(`{'EXIT',{boom,[${entry(20)},{t2,catch_boom,1,[{file,[116,46,101,114,108]},{line,40}]}]}}`);
  });
});
