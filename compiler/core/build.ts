// Small builders shared by the lowering passes.
//
// Lowering is written in continuation-passing style: to lower an expression we pass a
// continuation `K` that receives the atomic holding its value (and the Erlang variable
// environment after it, since `X = 1` binds X for what follows) and builds the rest
// of the body. A tail continuation instead says "the value is the result": then a call
// stays the whole body (a tail call) and nothing is let-bound. `emit` is the one place
// that turns a complex expression into a `let`, and `mkLet` keeps the invariant that a
// let's bound expression is never itself a let (it floats inner lets outwards, which is
// safe because every name is unique in a function).
import type { Loc } from '../ast/ast.js';
import type { Atomic, CLoc, Const, Expr } from './ir.js';

/** Erlang variable name -> the atomic holding its value. */
export type Env = ReadonlyMap<string, Atomic>;

export type K =
  | { tail: true }
  /** `discard`: the value is not used (a body expression that is not the last). */
  | { tail?: false; discard?: boolean; fn: (a: Atomic, env: Env) => Expr };

export const TAIL: K = { tail: true };

export const cloc = (l: Loc): CLoc => ({ file: l.file, line: l.line, col: l.col });

export const v = (name: string): Atomic => ({ k: 'var', name });
export const c = (k: Const): Atomic => ({ k: 'const', c: k });
export const atomC = (name: string): Const => ({ k: 'atom', v: name });
export const atom = (name: string): Atomic => c(atomC(name));
export const intC = (n: number | bigint): Const => ({ k: 'int', v: BigInt(n) });
export const int = (n: number | bigint): Atomic => c(intC(n));
export const NIL: Atomic = c({ k: 'nil' });

/** Fresh, module-unique variable names (`X@3`, `@7`): `@` cannot occur in an Erlang
 * variable, so a generated name never clashes with a user's. */
export class Names {
  private n = 0;
  fresh(hint = ''): string {
    return `${hint}@${this.n++}`;
  }
}

/** `let v = e in body`, floating a let in `e` outwards. */
export function mkLet(name: string | null, e: Expr, body: Expr): Expr {
  if (e.k === 'let') return { k: 'let', v: e.v, e: e.e, body: mkLet(name, e.body, body) };
  return { k: 'let', v: name, e, body };
}

/** Give the value of a complex expression to the continuation. */
export function emit(names: Names, e: Expr, env: Env, k: K, hint = ''): Expr {
  if (k.tail) return e;
  if (e.k === 'ret') return k.fn(e.a, env);
  if (k.discard) return mkLet(null, e, k.fn(atom('ok'), env));
  const name = names.fresh(hint);
  return mkLet(name, e, k.fn(v(name), env));
}

/** Give an atomic value to the continuation. */
export function retK(a: Atomic, env: Env, k: K): Expr {
  return k.tail ? { k: 'ret', a } : k.fn(a, env);
}

export function extend(env: Env, name: string, a: Atomic): Env {
  const m = new Map(env);
  m.set(name, a);
  return m;
}

/** The code points of a string literal. */
export const codePoints = (s: string): number[] => Array.from(s, (ch) => ch.codePointAt(0)!);
