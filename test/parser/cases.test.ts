// The parser on valid programs, term for term against OTP: test/parser/cases/*.erl, each
// with Name.forms recorded by gen-fixtures.escript from epp:parse_file/2 (one form per
// line, as ~w writes it). Our forms, written by erl-parse-text, must be the same text.
// Then every case is printed (ast/print.ts) and read back: the AST must not change.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, parseFile, parseText, astDiff, usesMaybe, erlFiles } from './helpers.js';
import { formToErlText } from '../../compiler/ast/erl-parse-text.js';
import { printForm, printModule } from '../../compiler/ast/print.js';
import { walkAnnos } from '../../compiler/ast/anno.js';
import type { Form, Loc } from '../../compiler/ast/ast.js';

const DIR = 'test/parser/cases';
const cases = erlFiles(join(ROOT, DIR));

function expected(name: string): string[] {
  return readFileSync(join(ROOT, DIR, name.replace(/\.erl$/, '.forms')), 'utf8').trimEnd().split('\n');
}

describe('parser: valid programs, against epp:parse_file/2', () => {
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });
  for (const name of cases) {
    it(name, () => {
      const r = parseFile(`${DIR}/${name}`);
      expect(r.ppDiagnostics).toEqual([]);
      expect(r.diagnostics).toEqual([]);
      expect(r.forms.map(formToErlText)).toEqual(expected(name));
    });
  }
});

describe('printer: every case reads back to the same AST', () => {
  for (const name of cases) {
    it(name, () => {
      const r = parseFile(`${DIR}/${name}`);
      const maybe = usesMaybe(r.tokens);
      for (const f of r.forms) {
        const text = printForm(f);
        const back = parseText(text, 'printed.erl', maybe);
        expect(back.diagnostics, text).toEqual([]);
        expect(back.forms.length, text).toBe(1);
        expect(astDiff(f, back.forms[0]), text).toBeUndefined();
      }
      const whole = parseText(printModule({ file: name, forms: r.forms }), 'printed.erl', maybe);
      expect(whole.diagnostics).toEqual([]);
      expect(astDiff(r.forms, whole.forms)).toBeUndefined();
    });
  }
});

/** The positions of a function form in erl-parse-text order. */
function functionAnnos(f: Form): Loc[] {
  const out: Loc[] = [f.loc];
  if (f.kind === 'function') for (const c of f.clauses) walkAnnos(c, (l) => (out.push(l), false));
  return out;
}

describe('anno order: walkAnnos visits positions in the order erl_parse nests them', () => {
  it('agrees with the {Line,Col} annos of erl-parse-text on every function of the cases', () => {
    let n = 0;
    for (const name of cases) {
      for (const f of parseFile(`${DIR}/${name}`).forms) {
        if (f.kind !== 'function') continue;
        const fromText = [...formToErlText(f).matchAll(/\{(\d+),(\d+)\}/g)].map((m) => `${m[1]}:${m[2]}`);
        const walked = functionAnnos(f).map((l) => `${l.line}:${l.col}`);
        expect(walked, `${name} ${f.name}/${f.arity}`).toEqual(fromText);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});
