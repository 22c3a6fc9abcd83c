// The printer on constructs where parentheses, spacing or quoting matter. Each source is
// parsed, printed, and the printed text must read back to the same AST; where the exact
// text matters (minimal parentheses, tokens that would glue together) it is checked too.
import { describe, expect, it } from 'vitest';
import { parseText, astDiff } from './helpers.js';
import { printForm } from '../../compiler/ast/print.js';

function roundTrip(src: string, maybe = false): string {
  const a = parseText(src, 'src.erl', maybe);
  expect(a.diagnostics).toEqual([]);
  expect(a.forms.length).toBe(1);
  const text = printForm(a.forms[0]!);
  const b = parseText(text, 'printed.erl', maybe);
  expect(b.diagnostics, text).toEqual([]);
  expect(astDiff(a.forms[0], b.forms[0]), text).toBeUndefined();
  return text;
}

/** The body of a one-clause function `f() -> Body.`, printed on one line. */
function body(expr: string): string {
  const text = roundTrip(`f() -> ${expr}.`);
  return text.replace(/^f\(\) ->\n\s*/, '').replace(/\.\n$/, '');
}

describe('printer', () => {
  it('adds only the parentheses precedence needs', () => {
    expect(body('a + b * c')).toBe('a + b * c');
    expect(body('(a + b) * c')).toBe('(a + b) * c');
    expect(body('a - (b - c)')).toBe('a - (b - c)');
    expect(body('(a - b) - c')).toBe('a - b - c');
    expect(body('a ++ (b ++ c)')).toBe('a ++ b ++ c');
    expect(body('(a ++ b) ++ c')).toBe('(a ++ b) ++ c');
    expect(body('(a == b) == c')).toBe('(a == b) == c');
    expect(body('X = Y = Z')).toBe('X = Y = Z');
    expect(body('(X = Y) = Z')).toBe('(X = Y) = Z');
    expect(body('A ! B ! C')).toBe('A ! B ! C');
    expect(body('a orelse b andalso c')).toBe('a orelse b andalso c');
    expect(body('(a orelse b) andalso c')).toBe('(a orelse b) andalso c');
    expect(body('-(a + b)')).toBe('-(a + b)');
    expect(body('(catch a) + 1')).toBe('(catch a) + 1');
    expect(body('catch a + 1')).toBe('catch a + 1');
    expect(body('not (a andalso b)')).toBe('not (a andalso b)');
  });

  it('keeps operators from gluing into other tokens', () => {
    expect(body('- -a')).toBe('- -a');
    expect(body('+ +a')).toBe('+ +a');
    expect(body('a - -b')).toBe('a - -b');
    expect(body('<< <<1>>/binary >>')).toBe('<< <<1>>/binary>>');
    expect(body('<< <<X>> || X <- L >>')).toBe('<< <<X>> || X <- L>>');
    expect(body('bnot bnot a')).toBe('bnot bnot a');
  });

  it('writes postfix chains with the parentheses the grammar needs', () => {
    expect(body('(f())#r.a')).toBe('(f())#r.a');
    expect(body('X#r.a#r.b')).toBe('X#r.a#r.b');
    expect(body('(X#{})#r.a')).toBe('(X#{})#r.a');
    expect(body('(X#r.a)#{}')).toBe('(X#r.a)#{}');
    expect(body('(f(1))(2)')).toBe('(f(1))(2)');
    expect(body('(a:b):c()')).toBe('(a:b):c()');
    expect(body('<<(X + 1):8, -1:8, (-X):8>>')).toBe('<<(X + 1):8, -1:8, -X:8>>');
  });

  it('quotes atoms that need it, including the feature keywords', () => {
    expect(body("['end', 'maybe', 'else', 'A', 'a b', 'é', λ]".replace('λ', "'λ'"))).toBe("['end', 'maybe', 'else', 'A', 'a b', é, 'λ']");
    expect(roundTrip("'fun'() -> 'receive'.")).toBe("'fun'() ->\n    'receive'.\n");
  });

  it('writes literals so that they read back the same', () => {
    expect(body('[1.0e10, 0.1, 100.0, 1.0e-5, 9007199254740992.0]')).toBe('[1.0e10, 0.1, 100.0, 1.0e-5, 9.007199254740992e15]');
    expect(body('[$\\s, $\\n, $a, $\\x{263A}]')).toBe('[$\\s, $\\n, $a, $☺]');
    expect(body('"a\\"b\\\\c\\n\\x{1F600}"')).toBe('"a\\"b\\\\c\\n😀"');
    expect(body('16#FF')).toBe('255');
  });

  it('writes catch clauses in their short forms', () => {
    const text = roundTrip('f() -> try a catch X -> X; error:E -> E; C:R:S -> S; throw:T:_ -> T end.');
    expect(text).toContain('\n        X ->');
    expect(text).toContain('\n        error:E ->');
    expect(text).toContain('\n        C:R:S ->');
    expect(text).toContain('\n        T ->');
  });

  it('writes types with the parentheses unions and annotations need', () => {
    const t = (src: string) => roundTrip(`-type t() :: ${src}.`).replace(/^-type t\(\) :: /, '').replace(/\.\n$/, '');
    expect(t('a | b | c')).toBe('a | b | c');
    expect(t('(a | b) | c')).toBe('(a | b) | c');
    expect(t('a | (b | c)')).toBe('a | b | c');
    expect(t('(X :: a) | b')).toBe('(X :: a) | b');
    expect(t('X :: a | b')).toBe('X :: a | b');
    expect(t('1..(2 + 3)')).toBe('1..2 + 3');
    expect(t('(1..2) | 3')).toBe('1..2 | 3');
    expect(t('<<_:(X * 8)>>')).toBe('<<_:(X * 8)>>');
    expect(t('<<_:_*8>>')).toBe('<<_:_*8>>');
    expect(t('<<_:X>>')).toBe('<<_:X>>');
    expect(t('fun((...) -> ok)')).toBe('fun((...) -> ok)');
    expect(t('-1 .. - (1 + 2)')).toBe('-1..-(1 + 2)');
  });

  it('prints maybe expressions', () => {
    const text = roundTrip('f() -> maybe {ok, X} ?= g(), X else E -> E end.', true);
    expect(text).toContain('maybe\n');
    expect(text).toContain('{ok, X} ?= g()');
    expect(text).toContain('else\n');
  });

  it('prints every kind of attribute', () => {
    for (const src of [
      '-module(m).', '-module(m, [A, B]).', '-export([f/0, \'g h\'/1]).', '-import(lists, [map/2]).',
      '-export_type([t/0]).', '-optional_callbacks([f/1]).', '-compile([export_all, {inline, [f/1]}]).',
      '-file("a.erl", 10).', '-record(r, {a, b = 1, c :: t(), d = 2 :: t()}).', '-type t(A) :: [A].',
      '-opaque o() :: term().', '-spec f(X) -> X when X :: t(); (a) -> b.', '-spec m:f() -> ok.',
      '-callback c() -> ok.', '-behaviour(gen_server).', '-behavior(gen_server).', '-on_load(f/0).',
      '-foo({a, [f/1, "s", <<1>>], #{k => -1.5}}).', "-'bar baz'(x).",
    ]) {
      roundTrip(src);
    }
  });
});
