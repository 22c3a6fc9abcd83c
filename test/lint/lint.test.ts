// Unit tests of the lint passes and their helpers. The diagnostics corpus
// (test/diagnostics) compares whole programs with erlc; these tests pin down what the
// corpus does not reach: options, hooks, the helpers' edge cases, and lint on an AST
// built by hand. Expected values were checked against OTP 25 (erl_lint's functions
// called directly from `erl`).
import { describe, expect, test } from 'vitest';
import type { Loc, Module } from '../../compiler/ast/ast.js';
import type { Diagnostic } from '../../compiler/diagnostics.js';
import { lint, erlcOrder } from '../../compiler/lint/lint.js';
import { formatNeeds } from '../../compiler/lint/format.js';
import { partialEval } from '../../compiler/lint/eval.js';
import { atom, compareTerms, int, list, printTerm, str, tuple, writeAtom, writeTerm } from '../../compiler/lint/terms.js';
import { describe as describeError } from '../../compiler/lint/messages.js';
import { parseWithoutPreprocessor } from './no-pp.js';

function check(src: string, opts: Parameters<typeof lint>[1] = {}, file = 't.erl'): string[] {
  const p = parseWithoutPreprocessor(src, file);
  expect(p.diagnostics).toEqual([]);
  return erlcOrder(lint(p.module, opts)).map((d) => `${d.severity[0]} ${d.line}:${d.col} ${d.code}: ${d.message}`);
}

const L = (line: number, col: number): Loc => ({ file: 't.erl', line, col });

describe('lint on a hand-built AST', () => {
  test('unbound and unused variables, no parser involved', () => {
    // -module(t). -export([f/1]). f(X) -> Y.
    const m: Module = {
      file: 't.erl',
      forms: [
        { kind: 'attr_module', loc: L(1, 2), name: 't' },
        { kind: 'attr_export', loc: L(2, 2), functions: [{ name: 'f', arity: 1 }] },
        {
          kind: 'function', loc: L(3, 1), name: 'f', arity: 1,
          clauses: [{
            kind: 'clause', loc: L(3, 1),
            patterns: [{ kind: 'var', loc: L(3, 3), name: 'X' }],
            guards: [],
            body: [{ kind: 'var', loc: L(3, 9), name: 'Y' }],
          }],
        },
      ],
    };
    const ds = lint(m).map((d) => [d.severity, d.code, d.line, d.col, d.message]);
    expect(ds).toEqual([
      ['error', 'unbound_var', 3, 9, "variable 'Y' is unbound"],
      ['warning', 'unused_var', 3, 3, "variable 'X' is unused"],
    ]);
  });
});

describe('options', () => {
  const src = '-module(t).\n-export([f/1]).\nf(X) -> ok.\ng() -> ok.\n';
  test('defaults', () => {
    expect(check(src)).toEqual([
      "w 3:3 unused_var: variable 'X' is unused",
      'w 4:1 unused_function: function g/0 is unused',
    ]);
  });
  test('compile options switch warnings off', () => {
    expect(check(src, { compileOptions: ['nowarn_unused_vars', 'nowarn_unused_function'] })).toEqual([]);
  });
  test('-compile attributes too, the last switch winning', () => {
    const s = '-module(t).\n-compile([nowarn_unused_vars, warn_unused_vars, nowarn_unused_function]).\n-export([f/1]).\nf(X) -> ok.\ng() -> ok.\n';
    expect(check(s)).toEqual(["w 4:3 unused_var: variable 'X' is unused"]);
  });
  test('off-by-default warnings can be enabled', () => {
    const s = '-module(t).\n-import(lists, [map/2]).\n-export([f/1]).\n-record(r, {a}).\nf(#r{}) -> ok.\n';
    expect(check(s, { compileOptions: ['warn_unused_import', 'warn_untyped_record', 'warn_missing_spec'] })).toEqual([
      'w 2:2 unused_import: import lists:map/2 is unused',
      'w 4:2 untyped_record: record r has field(s) without type information',
      'w 5:1 missing_spec: missing specification for function f/1',
    ]);
  });
  test('warn_export_vars reports uses of exported variables', () => {
    const s = '-module(t).\n-export([f/1]).\nf(A) ->\n    case A of 1 -> X = 1; _ -> X = 2 end,\n    X.\n';
    expect(check(s)).toEqual([]);
    expect(check(s, { compileOptions: ['warn_export_vars'] })).toEqual([
      "w 5:5 exported_var: variable 'X' exported from 'case' (line 4, column 5)",
    ]);
  });
});

describe('behaviours', () => {
  const src = '-module(t).\n-behaviour(my_beh).\n-export([a/0]).\na() -> ok.\n';
  test('an unknown behaviour is a warning, as when erlc cannot load it', () => {
    expect(check(src)).toEqual(['w 2:2 undefined_behaviour: behaviour my_beh undefined']);
  });
  test('resolveBehaviour supplies the callbacks of a non-OTP behaviour', () => {
    const resolveBehaviour = (name: string) =>
      name === 'my_beh' ? { callbacks: [{ name: 'a', arity: 0 }, { name: 'b', arity: 1 }, { name: 'c', arity: 0 }], optional: [{ name: 'c', arity: 0 }] } : undefined;
    expect(check(src, { resolveBehaviour })).toEqual([
      "w 2:2 undefined_behaviour_func: undefined callback function b/1 (behaviour 'my_beh')",
    ]);
  });
});

describe('module name', () => {
  const src = '-module(other).\n-export([f/0]).\nf() -> ok.\n';
  test('checked against the file name when nothing else failed', () => {
    const p = parseWithoutPreprocessor(src, 'dir/t.erl');
    const [d] = lint(p.module);
    expect(d).toMatchObject({ origin: 'erlts', code: 'module_name', file: 't.beam', line: 0, message: "Module name 'other' does not match file name 't'" });
  });
  test('not when an earlier pass failed', () => {
    const p = parseWithoutPreprocessor(src, 't.erl');
    expect(lint(p.module, { frontEndErrors: true })).toEqual([]);
  });
});

describe('erlcOrder', () => {
  const d = (severity: 'error' | 'warning', origin: Diagnostic['origin'], file: string, line: number, col: number, message: string): Diagnostic =>
    ({ severity, origin, code: 'x', message, file, line, col });
  test('front-end errors, then other errors, then warnings; each by file and location', () => {
    const ds = [
      d('warning', 'erl_lint', 'a.erl', 1, 1, 'w1'),
      d('error', 'erl_lint', 'b.erl', 1, 1, 'lint b'),
      d('error', 'erl_lint', 'a.erl', 9, 1, 'lint a9'),
      d('error', 'epp', 'a.erl', 5, 1, 'epp a5'),
      d('error', 'erl_parse', 'a.erl', 2, 1, 'parse a2'),
      d('warning', 'epp', 'a.erl', 0, 0, 'located nowhere'),
      d('error', 'erl_lint', 'a.erl', 3, 1, 'lint a3'),
    ];
    expect(erlcOrder(ds).map((x) => x.message)).toEqual(['parse a2', 'epp a5', 'lint a3', 'lint a9', 'lint b', 'located nowhere', 'w1']);
  });
  test('lint errors at one place are ordered by descriptor (Erlang term order)', () => {
    const s = '-module(t).\n-export([f/0]).\n-dialyzer("ba").\nf() -> ok.\n';
    expect(check(s)).toEqual([
      'e 3:2 bad_dialyzer_attribute: badly formed dialyzer attribute: 97',
      'e 3:2 bad_dialyzer_attribute: badly formed dialyzer attribute: 98',
    ]);
  });
});

describe('format strings (erl_lint:check_format_string/1)', () => {
  test.each([
    ['~p', 1], ['~~', 0], ['~10.3f', 1], ['~-10.3.xf', 1], ['~*.*.*w', 4], ['~tl', 'invalid control ~lt'],
    ['~lt', 'invalid control ~lt'], ['~ltp', 1], ['~t', 'invalid control ~t'], ['~l', 'invalid control ~l'],
    ['~.', 'truncated'], ['~.*', 'truncated'], ['~W', 2], ['~tc~ts~tp~tP~tw~tW', 8], ['~lp~lP~ltP', 5], ['~x', 2],
    ['~#~+~i~n~b~B~e~g~c~s', 9], ['~-*c', 2], ['~3.', 'truncated'], ['~3.2', 'truncated'], ['~y', 'invalid control ~y'],
    ['abc~', 'truncated'],
  ] as const)('%s', (fmt, want) => {
    expect(formatNeeds(fmt)).toEqual(want);
  });
});

describe('terms', () => {
  test('atoms are written as io_lib:write_atom/1 does', () => {
    const w = (a: string) => writeAtom(a);
    expect(['a b', 'A', 'aB@1', 'é', 'Ész', '1a', '', 'a.b', 'hello_World', '\t', 'maybe', 'case'].map(w)).toEqual([
      "'a b'", "'A'", 'aB@1', 'é', "'Ész'", "'1a'", "''", "'a.b'", 'hello_World', "'\\t'", 'maybe', "'case'",
    ]);
    expect(writeAtom('\u0100x')).toBe("'\\x{100}x'");
    expect(writeAtom('\u0100x', true)).toBe("'\u0100x'");
  });
  test('~w and ~p of lists', () => {
    expect(writeTerm(str('ab'))).toBe('[97,98]');
    expect(printTerm(str('abc'))).toBe('"abc"');
    expect(printTerm(list([int(128), int(200), int(1000)]))).toBe('[128,200,1000]');
    expect(writeTerm(tuple(atom('f'), int(1)))).toBe('{f,1}');
  });
  test('term order: number < atom < tuple < nil < list; tuples by size first', () => {
    const sorted = [list([int(1)]), list([]), tuple(atom('a'), atom('b')), tuple(atom('z')), atom('a'), int(5)]
      .sort(compareTerms).map((t) => writeTerm(t));
    expect(sorted).toEqual(['5', 'a', '{z}', '{a,b}', '[]', '[1]']);
  });
  test('messages', () => {
    expect(describeError(tuple(atom('unsafe_var'), atom('X'), tuple(atom('case'), tuple(int(4), int(5))))))
      .toBe("variable 'X' unsafe in 'case' (line 4, column 5)");
    expect(describeError(tuple(atom('undefined_type'), tuple(atom('t'), int(2))))).toBe('type t(_,_) undefined');
  });
});

describe('constant folding (erl_eval:partial_eval/1)', () => {
  const e = (src: string) => {
    const p = parseWithoutPreprocessor(`-module(t).\nf() -> ${src}.\n`, 't.erl');
    const f = p.module.forms[1]!;
    if (f.kind !== 'function') throw new Error('no function');
    const v = partialEval(f.clauses[0]!.body[0]!);
    return v === undefined ? undefined : writeTerm(v);
  };
  test.each([
    ['1 + 2 * 3', '7'], ['-(4)', '-4'], ['1 bsl 8', '256'], ['7 div 2', '3'], ['-7 rem 2', '-1'], ['1 / 2', '0.5'],
    ['1 div 0', undefined], ['a + 1', undefined], ['1 < 2', 'true'], ['not true', 'false'], ['{1}', undefined],
    ['bnot 0', '-1'], ['2.0 * 2', '4.0'],
  ])('%s', (src, want) => {
    expect(e(src)).toBe(want);
  });
});
