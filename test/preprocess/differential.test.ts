// Differential testing against epp: seeded random files, built from fragments that
// stress one part each (directives and macros; raw characters for the lexer; -if
// conditions; -error terms), are preprocessed by erlts and by epp:scan_file/2 (ONE erl
// run for all of them, otp-corpus-dump.escript `dir`), and must give the same
// canonical text (forms, locations, errors). Deterministic: the same files every run.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preprocessItems } from '../../compiler/parse/preprocess.js';
import { canonicalText } from './canonical.js';
import { dirHost } from './fixture.js';

const hasErl = spawnSync('erl', ['-version'], { stdio: 'ignore' }).status === 0;
if (!hasErl) console.warn('SKIPPED: differential test against epp (erl is not on the PATH)');
const script = fileURLToPath(new URL('./otp-corpus-dump.escript', import.meta.url));

const DIRECTIVES = [
  '-define(', '-define(A, ', '-define(F(X), ', '-define(G(X, Y), ', ')', '(', '.\n', ',', '?', '??',
  '?A', '?F(', '?G(', '?LINE', '?FILE', '?MODULE', '?FUNCTION_NAME', '?FUNCTION_ARITY', '?UNDEF', '-undef(A).\n',
  '-ifdef(A).\n', '-ifndef(A).\n', '-if(', '-elif(', '-else.\n', '-endif.\n', '-include("b.hrl").\n',
  '-file("f", 3).\n', '-error(', '-warning(', '-feature(maybe_expr, enable).\n', '-module(m).\n', 'f() -> ',
  'g(X, [Y]) -> ', 'X', 'foo', '1', '16#', '2#102', '1.5e', '$a', '$\\n', '"abc"', "'q'", '%c\n', '\n', ' ',
  '[', ']', '{', '}', '<<', '>>', 'begin', 'end', 'case', 'of', 'fun', 'maybe', 'else', 'defined(', 'true',
  '==', '->', ';', 'ok', '-', '#', ':', '.', ' ', '-define(S(X), ??X).\n', '?S(', '-define(D, ?).\n', '?D',
  '-define(C(X), ?X).\n', '?C(', 'é',
];
const CHARS = [
  ...'0123456789_#.eE+-xXaAzZ$\\"\' \t\n%()[]{}<>=:/|?!@^~&*,;',
  '\\x{', '}', 'é', '×', '∀', '😀', '\x7f', '\x85', '\xa0', '\r', '16#', '2#', '1.', 'e-', '$\\', '\\^', '...', '..',
  '=:=', '=/=', '?=', '. ', '.\n', '\ufffe',
];
const IF_EXPRS = [
  '1', '2', '2.5', '-', '+', '*', '/', 'div', 'rem', 'band', 'bor', 'bsl', 'bsr', 'bnot', 'not', 'and', 'or',
  'xor', 'andalso', 'orelse', '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=', '++', '--', '(', ')', '[', ']',
  '{', '}', ',', '|', 'true', 'false', 'foo', 'defined(V)', 'defined(NOPE)', 'defined(MODULE)', '?V',
  '?OTP_RELEASE', '?FEATURE_AVAILABLE(maybe_expr)', 'is_atom(', 'is_integer(', 'length(', 'element(', 'hd(',
  'tl(', 'abs(', 'trunc(', 'round(', 'float(', 'tuple_size(', 'is_list(', 'lists:member(', 'erlang:is_atom(',
  "erlang:'+'(", 'max(', 'atom_to_list(', 'foo(', 'X', '"ab"', '$a', '0.0', '-0.0', '16#10', '1.0e300', '<<',
  '>>', '#{', '=>', 'fun', 'end', 'case', 'of', '->', '_', '=', '!',
];
const TERMS = [
  '1', '-1', '2.5', '-2.5', '+3', '$a', '-$a', '"str"', '"a\\nb"', '"\\x{400}"', 'foo', "'Foo bar'",
  "'\\x{400}'", 'true', '[', ']', '{', '}', ',', '|', '<<', '>>', '#{', '=>', ':=', 'fun', 'lists:map/2',
  'fun m:f/1', 'X', '?LINE', '?FILE', '?MODULE', '?UNDEF', 'f(', '(', ')', '1.0e10', '[]', '{}', '""',
  '<<"x">>', '<<1,2>>', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', '{tag,',
  '[1,2,3]', '"a fairly long string that takes room"', '#{k => v}', '<<1:8>>', '<<"a"/utf8>>', '1 + 2', 'ok',
];

/** A small deterministic random generator (so that the files are the same every run). */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function pick(r: () => number, from: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(from[Math.floor(r() * from.length)]!);
  return out;
}

function makeFiles(dir: string, perMode: number): string[] {
  writeFileSync(join(dir, 'b.hrl'), '-define(B, b).\n?A.\n-ifdef(X).\n');
  const r = rng(2024);
  const files: string[] = [];
  const add = (name: string, text: string) => {
    const f = join(dir, name + '.erl');
    writeFileSync(f, text);
    files.push(f);
  };
  for (let i = 0; i < perMode; i++) {
    add(`d${i}`, pick(r, DIRECTIVES, 1 + Math.floor(r() * 60)).join(''));
    add(`l${i}`, pick(r, CHARS, 1 + Math.floor(r() * 60)).join(''));
    let ifs = '-module(m).\n-define(V, 3).\n';
    let errs = '-module(m).\n';
    for (let c = 0; c < 5; c++) {
      ifs += `-if(${pick(r, IF_EXPRS, 1 + Math.floor(r() * 8)).join(' ')}).\na${c}() -> yes.\n-else.\na${c}() -> no.\n-endif.\n`;
      errs += `-error(${pick(r, TERMS, 1 + Math.floor(r() * 8)).join(' ')}).\n`;
    }
    add(`i${i}`, ifs);
    add(`e${i}`, errs);
  }
  return files.sort();
}

describe.skipIf(!hasErl)('differential test against epp (generated files)', () => {
  it('preprocesses 1600 random files exactly as epp does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'erlts-pp-diff-'));
    try {
      const files = makeFiles(dir, 400);
      const out = join(dir, 'epp.txt');
      execFileSync('escript', [script, out, 'dir', dir], { stdio: 'inherit' });
      const theirs = readFileSync(out, 'utf8').split(/^=== .*\n/m).slice(1);
      const host = dirHost('/');
      const differ: string[] = [];
      files.forEach((f, k) => {
        const mine = canonicalText(preprocessItems(f, { host, includePaths: [dir] }).items);
        if (mine !== theirs[k]) {
          const a = mine.split('\n');
          const b = (theirs[k] ?? '').split('\n');
          let i = 0;
          while (i < a.length && a[i] === b[i]) i++;
          differ.push(`${readFileSync(f, 'utf8')}\n  epp:   ${b[i]}\n  erlts: ${a[i]}`);
        }
      });
      expect(theirs.length).toBe(files.length);
      expect(differ.slice(0, 3)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
