// Bad input never makes the lexer or the preprocessor throw: random texts made of
// fragments that stress them (directives, macro calls, unbalanced brackets, broken
// literals, bad bytes) always give forms and diagnostics. Runaway macros are stopped.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { preprocessItems } from '../../compiler/parse/preprocess.js';
import { lex } from '../../compiler/parse/lexer.js';
import { memoryHost } from '../../compiler/host.js';

const FRAGMENTS = [
  '-define(', '-define(A, ', '-define(F(X), ', '-define(G(X, Y), ', ')', '(', '.', '. ', '.\n', ',', '?', '??',
  '?A', '?F(', '?G(', '?LINE', '?FILE', '?MODULE', '?FUNCTION_NAME', '?FUNCTION_ARITY', '?UNDEF', '-undef(A).',
  '-ifdef(A).', '-ifndef(A).', '-if(', '-elif(', '-else.', '-endif.', '-include("b.hrl").', '-include_lib("x/y.hrl").',
  '-file("f", 3).', '-error(', '-warning(', '-feature(maybe_expr, enable).', '-module(m).', 'f() -> ', 'X', 'foo',
  '1', '16#', '2#102', '1.5e', '$', '$\\', '"', '"abc"', "'", "'q'", '%', '\n', ' ', '\t', '[', ']', '{', '}',
  '<<', '>>', 'begin', 'end', 'case', 'of', 'fun', 'maybe', 'else', 'defined(', 'true', '==', '->', ';',
  '\u00e9', '\u2200', '\ud83d\ude00', '\u0000', '\\x{', 'ok', '-', '#', ':',
];

function host(main: string) {
  return memoryHost({ 'a.erl': main, 'b.hrl': '-define(B, b).\n?A.\n-ifdef(X).\n' });
}

describe('robustness', () => {
  it('never throws on random fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const r = preprocessItems('a.erl', { host: host(text) });
        expect(Array.isArray(r.items)).toBe(true);
        lex(text, 'a.erl');
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = preprocessItems('a.erl', { host: memoryHost({ 'a.erl': bytes }) });
        expect(Array.isArray(r.items)).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('stops runaway expansions with a diagnostic', () => {
    let src = '-define(L0, x).\n';
    for (let i = 1; i < 30; i++) src += `-define(L${i}, {?L${i - 1}, ?L${i - 1}}).\n`;
    src += 'f() -> ?L29.\n';
    // A cycle epp does not see: the uses graph is reset by an include.
    src += '-define(A, ?A).\n-include("b.hrl").\ng() -> ?A.\n';
    const r = preprocessItems('a.erl', { host: memoryHost({ 'a.erl': src, 'b.hrl': 'x() -> 1.\n' }) });
    const codes = r.items.flatMap((i) => (i.kind === 'diagnostic' ? [i.diagnostic.code] : []));
    expect(codes).toEqual(['expansion_limit', 'circular']);
  });

  it('reports input nested too deeply for it', () => {
    const src = '-if(' + '('.repeat(20000) + '1' + ')'.repeat(20000) + ').\n-endif.\n';
    const r = preprocessItems('a.erl', { host: memoryHost({ 'a.erl': src }) });
    const codes = r.items.flatMap((i) => (i.kind === 'diagnostic' ? [i.diagnostic.code] : []));
    expect(codes).toEqual(['too_deep']);
  });
});
