// ets:fun2ms/1 at compile time (compiler/ms-transform.ts): funs that cannot be
// translated give ms_transform's messages at OTP's positions. Expected texts and columns
// were taken from OTP 25 (escript on the same lines); the translations that work are
// checked end to end by test/conformance/ets/ets_fun2ms*.erl.
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../compiler/pipeline.js';
import type { CompilerHost } from '../../compiler/host.js';
import { nodeHost } from '../../bin/node-host.js';

function diagnostics(call: string, transform = true): string[] {
  const file = '/virtual/m.erl';
  const src = [
    '-module(m).',
    '-export([main/0]).',
    transform ? '-compile({parse_transform, ms_transform}).' : '',
    'f(X) -> X.',
    'main() ->',
    '    F = fun(X) -> X end,',
    `    io:format("~p~n", [${call}]),`,
    '    {F, f(1)}.',
  ].join('\n');
  const base = nodeHost('/');
  const host: CompilerHost = { ...base, readFile: (p) => (p === file ? new TextEncoder().encode(src) : base.readFile(p)) };
  return checkFile(file, { host }).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.col}: ${d.message}`);
}

describe('ms_transform errors', () => {
  const cases: [string, string][] = [
    ['ets:fun2ms(F)', '7:24: Parameter of ets/dbg:fun2ms/1 is not a literal fun'],
    ['ets:fun2ms(fun(A, B) -> {A, B} end)', '7:38: ets:fun2ms requires fun with single variable or tuple parameter'],
    ['ets:fun2ms(fun([A]) -> A end)', '7:38: ets:fun2ms requires fun with single variable or tuple parameter'],
    ["ets:fun2ms(fun({A, '$1'}) -> A end)", "7:43: fun head contains atom '$1', which conflics with reserved atoms in match_spec heads"],
    ['ets:fun2ms(fun({A}) when f(A) -> A end)', "7:49: fun containing the local function call 'f/1' (called in guard) cannot be translated into match_spec"],
    ['ets:fun2ms(fun({A}) -> lists:reverse(A) end)', "7:47: fun containing the remote function call 'lists:reverse/1' (called in body) cannot be translated into match_spec"],
    ['ets:fun2ms(fun({A}) -> B = A, B end)', "7:47: fun with body matching ('=' in body) is illegal as match_spec"],
    ['ets:fun2ms(fun({A}) -> case A of _ -> 1 end end)', '7:47: the language element case (in body) cannot be translated into match_spec'],
    ['ets:fun2ms(fun({A, {B} = C}) -> {A, B, C} end)', '7:43: in fun head, only matching (=) on toplevel can be translated into match_spec'],
  ];
  it.each(cases)('%s', (call, expected) => {
    expect(diagnostics(call)).toEqual([expected]);
  });

  it('leaves ets:fun2ms alone without the parse transform', () => {
    expect(diagnostics('ets:fun2ms(F)', false)).toEqual([]);
  });

  it('translates a valid fun (no diagnostics, the fun disappears)', () => {
    expect(diagnostics('ets:fun2ms(fun({A, B}) when A > 1 -> {B, A} end)')).toEqual([]);
  });
});
