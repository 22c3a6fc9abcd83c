// The front end as a list of passes. Each pass is one module with one entry point;
// diagnostics are data that flow to the caller, which decides how to render them.
//
//   source bytes --decodeSource--> text --preprocess (lex + epp)--> token forms
//     --parseForm (each form)--> Module (AST) --lint--> diagnostics
import { hasErrors, type Diagnostic } from './diagnostics.js';
import type { CompilerHost } from './host.js';
import type { Module, Form } from './ast/ast.js';
import { preprocess } from './parse/preprocess.js';
import { parseForm } from './parse/parser.js';
import { lint } from './lint/lint.js';
import { erlcOrder } from './lint/order.js';
import { msTransform } from './ms-transform.js';
import { eunitTransform } from './eunit-transform.js';

export interface FrontEndOptions {
  host: CompilerHost;
  includePaths?: string[];
  libRoots?: string[];
  defines?: Record<string, string | undefined>;
}

export interface FrontEndResult {
  module: Module;
  diagnostics: Diagnostic[];
}

/** The passes in order, as data (`erlts compile --dump STAGE` names these). */
export const frontEndPasses = ['preprocess', 'parse', 'lint'] as const;
export type FrontEndPass = (typeof frontEndPasses)[number];

/** Preprocess and parse a file: an AST with every form that could be read. */
export function parseFile(file: string, opts: FrontEndOptions): FrontEndResult {
  const pp = preprocess(file, opts);
  const diagnostics = [...pp.diagnostics];
  const forms: Form[] = [];
  for (const toks of pp.forms) {
    const r = parseForm(toks);
    diagnostics.push(...r.diagnostics);
    if (r.form) forms.push(r.form);
  }
  forms.push({ kind: 'eof', loc: { file, line: pp.eof.line, col: pp.eof.col } });
  const module: Module = { file, forms };
  // The parse transforms erlts knows: ets:fun2ms/1 (compiler/ms-transform.ts) and
  // EUnit's (compiler/eunit-transform.ts).
  diagnostics.push(...msTransform(module));
  eunitTransform(module);
  return { module, diagnostics };
}

/** The whole front end: parse, then erl_lint-level checks. Diagnostics come in the
 * order erlc prints them. */
export function checkFile(file: string, opts: FrontEndOptions & { stopAfter?: FrontEndPass }): FrontEndResult {
  const parsed = parseFile(file, opts);
  if (opts.stopAfter === 'parse' || opts.stopAfter === 'preprocess') return parsed;
  // erlc checks the module name against the file name only when nothing else failed.
  const linted = lint(parsed.module, { frontEndErrors: hasErrors(parsed.diagnostics) });
  return { module: parsed.module, diagnostics: erlcOrder([...parsed.diagnostics, ...linted]) };
}
