// The diagnostics corpus: small invalid or suspicious programs (cases/*.erl), each
// compared with what real erlc (OTP 25) says about it. The fixtures beside each case
// were recorded by record-erlc.escript and are never edited by hand:
//   NAME.json      compile:file/2's diagnostics (severity, origin, tag, line, col, text)
//   NAME.erlc.txt  erlc's printed output, byte for byte (latin-1)
//
// Three levels, each a test per case:
//   kind    the same multiset of (severity, origin:code, file, line)   -- the minimum
//   exact   ... and the same column and message, in erlc's order
//   render  our rendering (renderDiagnostic, in erlcOrder) equals erlc's output
// The figures are printed at the end of the run.
//
// Normalisation, the same on both sides: erlc writes latin-1, so code points above 255
// come out as \x{HEX}; we decode its bytes as latin-1 and write our text's code points
// above 255 the same way. erlc names compile.erl's module-name check `compile`; erlts
// reports it with origin `erlts`.
import { afterAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile } from '../../compiler/pipeline.js';
import { renderDiagnostic, type Diagnostic } from '../../compiler/diagnostics.js';
import { erlcOrder } from '../../compiler/lint/order.js';
import type { CompilerHost } from '../../compiler/host.js';

const DIR = join(import.meta.dirname, 'cases');

interface Fixture {
  file: string;
  exit: number;
  diagnostics: { severity: string; origin: string; code: string; file: string; line: number; col: number; message: string }[];
}

const host: CompilerHost = {
  readFile(path) {
    try {
      return readFileSync(path.startsWith('/') ? path : join(DIR, path));
    } catch {
      return undefined;
    }
  },
};

const cases = readdirSync(DIR).filter((f) => f.endsWith('.erl')).sort();

interface Result { diagnostics: Diagnostic[]; crash?: string }
const results = new Map<string, Result>();

function run(file: string): Result {
  const cached = results.get(file);
  if (cached) return cached;
  let r: Result;
  try {
    r = { diagnostics: erlcOrder(checkFile(file, { host, includePaths: [] }).diagnostics) };
  } catch (e) {
    r = { diagnostics: [], crash: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  results.set(file, r);
  return r;
}

function fixture(file: string): Fixture {
  return JSON.parse(readFileSync(join(DIR, file.replace(/\.erl$/, '.json')), 'utf8')) as Fixture;
}

const origin = (o: string) => (o === 'erlts' ? 'compile' : o);
const kindKey = (d: { severity: string; origin: string; code: string; file: string; line: number }) =>
  `${d.severity} ${origin(d.origin)}:${d.code} ${d.file}:${d.line}`;
const exactKey = (d: Fixture['diagnostics'][number]) => `${kindKey(d)}:${d.col} ${d.message}`;

/** Code points above 255 as erlc prints them on its latin-1 output. */
const latin1View = (s: string) =>
  Array.from(s, (c) => {
    const n = c.codePointAt(0)!;
    return n > 255 ? `\\x{${n.toString(16).toUpperCase()}}` : c;
  }).join('');

function sourceLookup(file: string): string | undefined {
  const bytes = host.readFile(file);
  return bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes);
}

const figures = { cases: cases.length, kind: 0, exact: 0, render: 0 };

describe('diagnostics corpus: kind and line', () => {
  test.each(cases)('%s', (file) => {
    const r = run(file);
    expect(r.crash).toBeUndefined();
    const got = r.diagnostics.map(kindKey).sort();
    const want = fixture(file).diagnostics.map(kindKey).sort();
    expect(got).toEqual(want);
    figures.kind++;
  });
});

describe('diagnostics corpus: column, message and order', () => {
  test.each(cases)('%s', (file) => {
    const r = run(file);
    const got = r.diagnostics.map(exactKey);
    // compile:file/2 returns errors then warnings, each sorted as erlc prints them.
    const fx = fixture(file).diagnostics;
    const want = erlcOrderKeys(fx);
    expect(got).toEqual(want);
    figures.exact++;
  });
});

describe('diagnostics corpus: rendering equals erlc output', () => {
  test.each(cases)('%s', (file) => {
    const r = run(file);
    const ours = latin1View(r.diagnostics.map((d) => renderDiagnostic(d, sourceLookup)).join(''));
    const theirs = new TextDecoder('latin1').decode(readFileSync(join(DIR, file.replace(/\.erl$/, '.erlc.txt'))));
    expect(ours).toEqual(theirs);
    figures.render++;
  });
});

/** The fixture's diagnostics in the order erlc prints them (same rules as erlcOrder,
 * applied to the recorded data). */
function erlcOrderKeys(fx: Fixture['diagnostics']): string[] {
  const asDiag = fx.map((d) => ({ ...d, origin: d.origin === 'compile' ? 'erlts' : d.origin }) as Diagnostic);
  // Ties between erl_lint errors at one location are ordered by descriptor, which the
  // fixture lists in compile's (already sorted) order: keep that order for equal keys.
  const errors = asDiag.filter((d) => d.severity === 'error');
  const warnings = erlcOrder(asDiag.filter((d) => d.severity === 'warning'));
  return [...errors, ...warnings].map((d) => exactKey(d as unknown as Fixture['diagnostics'][number]));
}

afterAll(() => {
  const n = figures.cases;
  console.log(
    `diagnostics corpus: ${figures.cases} cases\n` +
      `  kind+line match:        ${figures.kind}/${n}\n` +
      `  col+message+order match: ${figures.exact}/${n}\n` +
      `  full rendering match:   ${figures.render}/${n}`,
  );
});
