// erl_lint for erlts: the checks erlc makes on a parsed module, with OTP 25's
// meanings, severities, descriptor tags, texts and locations.
//
// The work is split by subject:
//   forms.ts     the module level: form order, attributes, exports/imports, behaviours,
//                on_load, and the checks that need the whole module (undefined and
//                unused functions, unused records, -dialyzer, -deprecated, ...);
//   exprs.ts     function bodies: how constructs combine variable tables, calls;
//   patterns.ts  patterns;  guards.ts  guards;  records.ts  records;
//   scope.ts     single variables (unbound, unsafe, unused, shadowed);
//   types.ts     -type/-opaque/-spec/-callback/-export_type and typed record fields;
//   bits.ts      bit syntax type specifiers;  format.ts  io:format string checks;
//   eval.ts      constant folding (erl_eval:partial_eval);  vars.ts  variable tables;
//   context.ts   the state of a run;  messages.ts  format_error texts;
//   terms.ts     descriptors as Erlang terms;
//   bifs.ts      + otp-facts.ts (generated) what OTP says about BIFs, types, behaviours;
//   order.ts     the order erlc prints diagnostics in.
// See docs/lint.md for what is checked and what is not.
import type { Module } from '../ast/ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { basename } from '../host.js';
import { Lint, type LintDiagnostic } from './context.js';
import type { BehaviourInfo } from './bifs.js';
import { lintForms } from './forms.js';
import { atom, attributeTerm, flattenList, type Term } from './terms.js';

export { erlcOrder } from './order.js';
export type { LintDiagnostic, BehaviourInfo };

export interface LintOptions {
  /** erlc's warning switches that change what is reported (nowarn_unused_vars, ...). */
  compileOptions?: string[];
  /** Callbacks of behaviours that are not part of OTP (erlc loads the behaviour
   * module from its code path; we cannot). Return undefined for an unknown module,
   * which gives erlc's "behaviour X undefined" warning. */
  resolveBehaviour?: (name: string) => BehaviourInfo | undefined;
  /** Whether earlier passes (preprocessor, parser) reported errors. erlc compares the
   * module name with the file name only when writing the beam, i.e. when there are no
   * errors at all; without this flag lint assumes there were none. */
  frontEndErrors?: boolean;
}

export function lint(module: Module, opts: LintOptions = {}): Diagnostic[] {
  const compileAttrs = module.forms.flatMap((f) => {
    if (f.kind !== 'attr_compile') return [];
    const value = attributeTerm(f.options);
    return value ? [{ loc: f.loc, value }] : [];
  });
  const compile: Term[] = [
    ...compileAttrs.flatMap((c) => flattenList(c.value)),
    ...(opts.compileOptions ?? []).map((o) => atom(o)),
  ];
  const st = new Lint(module.file, compile);
  lintForms(st, module, compileAttrs, { resolveBehaviour: opts.resolveBehaviour });
  const out: LintDiagnostic[] = st.finish();
  const clean = !opts.frontEndErrors && !out.some((d) => d.severity === 'error') &&
    !module.forms.some((f) => f.kind === 'error_form');
  if (clean) {
    const mismatch = moduleNameMismatch(module.file, st.module);
    if (mismatch) out.push(mismatch);
  }
  return out;
}

/** compile.erl's last check: the module must be named after its file. Reported for
 * the beam file erlc would write (next to the source, as `erlc -o DIR` is not known
 * here), without a location. */
function moduleNameMismatch(file: string, mod: string): LintDiagnostic | undefined {
  const base = basename(file).replace(/\.erl$/, '');
  if (mod === '' || mod === base) return undefined;
  return {
    severity: 'error',
    origin: 'erlts',
    code: 'module_name',
    message: `Module name '${mod}' does not match file name '${base}'`,
    file: `${base}.beam`,
    line: 0,
    col: 0,
  };
}
