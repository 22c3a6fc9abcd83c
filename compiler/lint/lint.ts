// PLACEHOLDER: erl_lint-level checks are being written; this file only fixes its API.
import type { Module } from '../ast/ast.js';
import type { Diagnostic } from '../diagnostics.js';

export interface LintOptions {
  /** erlc's warning switches that change what is reported (nowarn_unused_vars, ...). */
  compileOptions?: string[];
}

export function lint(module: Module, opts: LintOptions = {}): Diagnostic[] {
  void module;
  void opts;
  throw new Error('lint: not written yet');
}
