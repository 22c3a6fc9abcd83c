// Small constructors for hand-built Core IR (tests of the code generator and the run
// loop, independent of the lowering).
import type { Atomic, CallTarget, Const, Decision, Expr, FunDef, ModuleIR } from '../../compiler/core/ir.js';

export const FILE = 't.erl';
export const loc = (line: number) => ({ file: FILE, line, col: 1 });
export const v = (name: string): Atomic => ({ k: 'var', name });
export const int = (n: number | bigint): Atomic => ({ k: 'const', c: { k: 'int', v: BigInt(n) } });
export const atom = (a: string): Atomic => ({ k: 'const', c: { k: 'atom', v: a } });
export const nil: Atomic = { k: 'const', c: { k: 'nil' } };
export const ret = (a: Atomic): Expr => ({ k: 'ret', a });
export const let_ = (name: string | null, e: Expr, body: Expr): Expr => ({ k: 'let', v: name, e, body });
export const call = (target: CallTarget, args: Atomic[], line = 1): Expr => ({ k: 'call', target, args, loc: loc(line) });
export const local = (name: string, args: Atomic[], line = 1): Expr => call({ k: 'local', name, arity: args.length }, args, line);
export const remote = (m: string, f: string, args: Atomic[], line = 1): Expr =>
  call({ k: 'remote', mod: atom(m), fn: atom(f) }, args, line);
export const bif = (f: string, args: Atomic[], line = 1): Expr => remote('erlang', f, args, line);
export const cons = (h: Atomic, t: Atomic, line = 1): Expr => ({ k: 'prim', op: 'cons', args: [h, t], loc: loc(line) });
export const tuple = (es: Atomic[], line = 1): Expr => ({ k: 'prim', op: 'tuple', args: es, loc: loc(line) });
export const leaf = (body: Expr): Decision => ({ k: 'leaf', body });
export const caseOf = (args: Atomic[], tree: Decision, line = 1): Expr => ({ k: 'case', args, tree, loc: loc(line) });
export const sw = (on: Atomic, cases: [Const, Decision][], dflt: Decision): Decision => ({
  k: 'switch',
  on,
  cases: cases.map(([c, then]) => ({ c, then })),
  default: dflt,
});
export const T: Const = { k: 'atom', v: 'true' };
export const cint = (n: number): Const => ({ k: 'int', v: BigInt(n) });
export const fn = (name: string, params: string[], body: Expr, line = 1): FunDef => ({ name, arity: params.length, params, body, loc: loc(line) });
export const mod = (name: string, functions: FunDef[]): ModuleIR => ({
  name,
  file: FILE,
  exports: functions.map((f) => ({ name: f.name, arity: f.arity })),
  functions,
  attributes: [],
  funCount: 0,
});
/** `if Cond(X) then A else B` over a boolean variable. */
export const ifTrue = (c: Atomic, then: Expr, els: Expr): Expr => caseOf([c], sw(c, [[T, leaf(then)]], leaf(els)));
