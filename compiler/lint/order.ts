// The order in which erlc prints diagnostics (compile.erl + sys_messages.erl, OTP 25).
//
//   1. errors from erl_scan, epp and erl_parse, file by file (files in code point
//      order), each file's sorted by location;
//   2. all other errors (erl_lint, ...), likewise file by file, sorted by location;
//   3. warnings (of any origin), those without a location first, then by file and
//      location.
// Ties at one location: errors by origin module name, then by descriptor in Erlang
// term order (compile:messages_per_file/1 sorts {Location, Module, Descriptor});
// warnings by their printed text. A diagnostic without a location (line 0) sorts
// before any located one of its file, as the atom `none` sorts before tuples.
//
// Diagnostics that carry an erl_lint descriptor (LintDiagnostic) are compared by it;
// others fall back to their message, which agrees with the descriptor order for the
// front end's own errors in all cases we know of.
import type { Diagnostic } from '../diagnostics.js';
import type { LintDiagnostic } from './context.js';
import { compareCodePoints, compareTerms } from './terms.js';

const PRIORITY_ORIGINS = new Set(['erl_scan', 'epp', 'erl_parse']);

/** Origin names as erlc knows them (our `erlts` origin stands for compile.erl). */
const moduleName = (d: Diagnostic) => (d.origin === 'erlts' ? 'compile' : d.origin);

function compareLoc(a: Diagnostic, b: Diagnostic): number {
  const la = a.line > 0 ? 1 : 0;
  const lb = b.line > 0 ? 1 : 0;
  if (la !== lb) return la - lb;
  return a.line - b.line || a.col - b.col;
}

function compareErrors(a: LintDiagnostic, b: LintDiagnostic): number {
  return compareCodePoints(a.file, b.file) ||
    compareLoc(a, b) ||
    compareCodePoints(moduleName(a), moduleName(b)) ||
    (a.descriptor && b.descriptor ? compareTerms(a.descriptor, b.descriptor) : compareCodePoints(a.message, b.message));
}

function compareWarnings(a: Diagnostic, b: Diagnostic): number {
  const na = a.line > 0 ? 1 : 0;
  const nb = b.line > 0 ? 1 : 0;
  if (na !== nb) return na - nb;
  return compareCodePoints(a.file, b.file) || a.line - b.line || a.col - b.col || compareCodePoints(a.message, b.message);
}

/** Diagnostics in the order erlc prints them. */
export function erlcOrder(ds: readonly Diagnostic[]): Diagnostic[] {
  const prio: Diagnostic[] = [];
  const rest: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const d of ds) {
    if (d.severity === 'warning') warnings.push(d);
    else if (PRIORITY_ORIGINS.has(d.origin)) prio.push(d);
    else rest.push(d);
  }
  // Array.prototype.sort is stable, which keeps discovery order for full ties.
  prio.sort(compareErrors);
  rest.sort(compareErrors);
  warnings.sort(compareWarnings);
  return [...prio, ...rest, ...warnings];
}
