// Variables whose value is a float whenever they are bound, as far as erlc's type
// analysis would know it locally: the value of `/`, of `float/1`, of a math function,
// and of `+ - *` with an operand already known to be a float (a literal or such a
// variable). erlc compiles arithmetic with a known float operand to its float
// instructions, whose badarith carries no {erlang, Op, Args} stack entry; codegen
// follows that (emitBifCall's `knownFloat`), so stack traces match OTP's. erlc also
// infers argument types across local calls; that is not followed here.
import type { Atomic, Decision, Expr, ModuleIR } from '../core/ir.js';

/** The `math` functions, BIFs in BEAM (runtime/bifs/math.ts); every one returns a float. */
export const MATH_BIFS: ReadonlySet<string> = new Set([
  'pi/0', 'sin/1', 'cos/1', 'tan/1', 'asin/1', 'acos/1', 'atan/1', 'atan2/2', 'sinh/1', 'cosh/1', 'tanh/1',
  'asinh/1', 'acosh/1', 'atanh/1', 'exp/1', 'log/1', 'log2/1', 'log10/1', 'pow/2', 'sqrt/1', 'erf/1', 'erfc/1',
  'ceil/1', 'floor/1', 'fmod/2',
]);

export function knownFloatVars(mod: ModuleIR): Set<string> {
  const out = new Set<string>();
  const isFloat = (a: Atomic) => (a.k === 'const' && a.c.k === 'float') || (a.k === 'var' && out.has(a.name));
  const floatValued = (e: Expr): boolean => {
    if (e.k !== 'call' || e.target.k !== 'remote') return false;
    const { mod: m, fn } = e.target;
    if (m.k !== 'const' || m.c.k !== 'atom' || fn.k !== 'const' || fn.c.k !== 'atom') return false;
    const name = fn.c.v;
    if (m.c.v === 'math') return MATH_BIFS.has(`${name}/${e.args.length}`);
    if (m.c.v !== 'erlang') return false;
    if (name === '/' && e.args.length === 2) return true;
    if (name === 'float' && e.args.length === 1) return true;
    return (name === '+' || name === '-' || name === '*') && e.args.length === 2 && e.args.some(isFloat);
  };
  const walk = (e: Expr): void => {
    switch (e.k) {
      case 'let':
        walk(e.e);
        if (e.v !== null && floatValued(e.e)) out.add(e.v);
        walk(e.body);
        return;
      case 'fun':
        walk(e.body);
        return;
      case 'case':
        tree(e.tree);
        return;
      case 'receive':
        tree(e.tree);
        if (e.after) walk(e.after.body);
        return;
      case 'try':
        walk(e.body);
        walk(e.ofBody);
        walk(e.handler);
        return;
      case 'catch':
        walk(e.body);
        return;
      case 'letrec':
        for (const d of e.defs) walk(d.body);
        walk(e.body);
        return;
      default:
        return;
    }
  };
  const tree = (d: Decision): void => {
    switch (d.k) {
      case 'leaf':
        walk(d.body);
        return;
      case 'alt':
        tree(d.first);
        tree(d.rest);
        return;
      case 'test':
        tree(d.then);
        tree(d.else);
        return;
      case 'switch':
        for (const c of d.cases) tree(c.then);
        tree(d.default);
        return;
      case 'bind':
        tree(d.next);
        return;
      case 'guard':
        walk(d.body);
        tree(d.then);
        tree(d.else);
        return;
      case 'eval':
        walk(d.e);
        tree(d.then);
        tree(d.else);
        return;
      default:
        return;
    }
  };
  for (const f of mod.functions) walk(f.body);
  return out;
}
