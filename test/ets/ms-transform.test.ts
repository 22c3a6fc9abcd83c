// ets:fun2ms/1 at compile time (compiler/ms-transform.ts). Funs that cannot be
// translated are cases of the diagnostics corpus (test/diagnostics/cases/ms_*.erl,
// recorded from erlc); the translations that work are checked end to end by
// test/conformance/ets/ets_fun2ms*.erl. Here: what needs no recording.
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

describe('ms_transform', () => {
  it('leaves ets:fun2ms alone without the parse transform', () => {
    expect(diagnostics('ets:fun2ms(F)', false)).toEqual([]);
  });

  it('translates a valid fun (no diagnostics, the fun disappears)', () => {
    expect(diagnostics('ets:fun2ms(fun({A, B}) when A > 1 -> {B, A} end)')).toEqual([]);
  });
});
