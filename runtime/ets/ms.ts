// Match specifications (the "table" dialect of ERTS's match engine): compiling a
// match spec term into clauses, checking it with OTP's error messages (ets:test_ms/2),
// and running it against an object.
//
// A match spec is a list of `{Head, Guards, Body}`. The head is a pattern over the whole
// object: `'$N'` variables (N = 0..100000000) bind on first sight and must be `=:=` on
// the next, `'_'` matches anything, everything else matches itself exactly. Guards and
// body are expressions: `'$N'`, `'$_'` (the object), `'$$'` (the head's bindings in
// variable order), `{const, X}`, `{{E1, ..., En}}` (a tuple), `[E1 | E2]` lists, maps,
// `{F, A1, ..., An}` calls of the guard functions below, `andalso`/`orelse`; any other
// term is itself. Semantics measured on OTP 25 (erlang:match_spec_test/3):
//   * a guard that fails or gives anything but `true` rejects the clause;
//   * the result is the value of the last body expression; if that one fails the result
//     is the atom 'EXIT' (earlier body expressions are evaluated, their failures ignored);
//   * compile errors are collected, all of them, in the order found.
import { Cons, Float, NIL, Pid, Port, Ref, Fun, type Term, LOCAL_NODE } from '../term/types.js';
import { ErlMap, mapFromPairs } from '../term/map.js';
import { Bitstring } from '../term/bitstring.js';
import { compare, eq, exactEq } from '../term/compare.js';
import { add, sub, mul, fdiv, div, rem, band, bor, bxor, bsl, bsr, bnot, neg, pos } from '../term/arith.js';
import { fromArray } from '../term/list.js';
import { writeTerm } from '../term/print.js';

/** Thrown (and caught here) when an expression fails. */
const FAIL = { fail: true };

export type MsClause = {
  head: Term;
  guards: Term[];
  body: Term[];
  /** The variable numbers of the head, ascending (for '$$'). */
  vars: number[];
  /** Highest variable number + 1. */
  nvars: number;
};

export type CompiledMs = { clauses: MsClause[]; source: Term };

/** The variable number of an atom `'$N'`, or -1. */
export function varNum(t: Term): number {
  if (typeof t !== 'string' || t.length < 2 || t.charCodeAt(0) !== 36) return -1;
  let n = 0;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  if (t.length > 2 && t.charCodeAt(1) === 48) return -1; // '$01' is not a variable
  return n <= 100000000 ? n : -1;
}

/** Does the pattern contain variables or '_'? */
export function isGround(p: Term): boolean {
  if (typeof p === 'string') return p !== '_' && varNum(p) < 0;
  if (Array.isArray(p)) {
    for (const x of p) if (!isGround(x)) return false;
    return true;
  }
  if (p instanceof Cons) {
    let l: Term = p;
    for (; l instanceof Cons; l = l.tl) if (!isGround(l.hd)) return false;
    return isGround(l);
  }
  if (p instanceof ErlMap) {
    let ok = true;
    p.forEach((k, v) => {
      if (!isGround(k) || !isGround(v)) ok = false;
    });
    return ok;
  }
  return true;
}

// ------------------------------------------------------------------ compiling

const GUARD_FNS: Record<string, number[]> = {
  is_atom: [1], is_float: [1], is_integer: [1], is_list: [1], is_number: [1], is_pid: [1], is_port: [1],
  is_reference: [1], is_tuple: [1], is_map: [1], is_map_key: [2], is_binary: [1], is_function: [1],
  is_record: [3], abs: [1], element: [2], hd: [1], length: [1], map_get: [2], map_size: [1], node: [0, 1],
  round: [1], size: [1], bit_size: [1], byte_size: [1], tl: [1], trunc: [1], float: [1], binary_part: [2, 3],
  self: [0], not: [1], and: [2], or: [2], xor: [2], andalso: [2], orelse: [2],
  '+': [1, 2], '-': [1, 2], '*': [2], '/': [2], div: [2], rem: [2], band: [2], bor: [2], bxor: [2], bnot: [1],
  bsl: [2], bsr: [2], '>': [2], '>=': [2], '<': [2], '=<': [2], '=:=': [2], '==': [2], '=/=': [2], '/=': [2],
};
/** Trace-only special forms: "used in wrong dialect" in a table match spec. */
const TRACE_FORMS = new Set([
  'message', 'return_trace', 'exception_trace', 'caller', 'is_seq_trace', 'set_seq_token', 'get_seq_token',
  'enable_trace', 'disable_trace', 'trace', 'display', 'process_dump', 'silent', 'caller_line', 'current_stacktrace',
]);
/** Trace-only functions: "cannot be called in this context". */
const TRACE_FNS = new Set(['get_tcw/0', 'set_tcw/1']);

/** Terms in the error strings print as ~w. */
function fmt(t: Term): string {
  return writeTerm(t);
}

class Compiler {
  errors: string[] = [];
  bound = new Set<number>();

  head(h: Term): void {
    if (typeof h === 'string') {
      const n = varNum(h);
      if (n >= 0) this.bound.add(n);
      return;
    }
    if (Array.isArray(h)) for (const x of h) this.head(x);
    else if (h instanceof Cons) {
      let l: Term = h;
      for (; l instanceof Cons; l = l.tl) this.head(l.hd);
      this.head(l);
    } else if (h instanceof ErlMap) h.forEach((_k, v) => this.head(v));
  }

  expr(e: Term): void {
    if (typeof e === 'string') {
      const n = varNum(e);
      if (n >= 0 && !this.bound.has(n)) this.errors.push(`Variable ${e} is unbound.`);
      return;
    }
    if (Array.isArray(e)) {
      if (e.length === 1 && Array.isArray(e[0])) {
        for (const x of e[0] as Term[]) this.expr(x);
        return;
      }
      const f = e[0];
      if (e.length === 0 || typeof f !== 'string' || f.charCodeAt(0) === 36) {
        this.errors.push(`${fmt(e)} is neither a function call, nor a tuple (tuples are written {{ ... }}).`);
        return;
      }
      if (f === 'const') {
        if (e.length !== 2) this.errors.push(`Special form 'const' called with more than one argument in ${fmt(e)}.`);
        return;
      }
      if (TRACE_FORMS.has(f)) {
        this.errors.push(`Special form '${f}' used in wrong dialect.`);
        return;
      }
      const arity = e.length - 1;
      if (TRACE_FNS.has(`${f}/${arity}`)) {
        this.errors.push(`Function ${f}/${arity} cannot be called in this context.`);
        return;
      }
      const ar = GUARD_FNS[f];
      if (ar === undefined || !ar.includes(arity)) {
        this.errors.push(`Function ${fmt(f)}/${arity} does_not_exist.`);
        return;
      }
      for (let i = 1; i < e.length; i++) this.expr(e[i]!);
      return;
    }
    if (e instanceof Cons) {
      let l: Term = e;
      for (; l instanceof Cons; l = l.tl) this.expr(l.hd);
      this.expr(l);
      return;
    }
    if (e instanceof ErlMap) e.forEach((k, v) => (this.expr(k), this.expr(v)));
  }
}

/** Compiles a match spec: the clauses, or the error messages (erlang:match_spec_test). */
export function compileMs(ms: Term): CompiledMs | string[] {
  const clauses: MsClause[] = [];
  const errors: string[] = [];
  let l: Term = ms;
  if (!(l instanceof Cons) && l !== NIL) return ['Match programs are not in a list.'];
  for (; l instanceof Cons; l = l.tl) {
    const c = l.hd;
    if (!Array.isArray(c) || c.length !== 3) {
      errors.push(`Match program part ${fmt(c)} is not a three-tuple.`);
      continue;
    }
    const [head, guards, body] = c as Term[];
    const cm = new Compiler();
    cm.head(head!);
    const gs: Term[] = [];
    let g: Term = guards!;
    for (; g instanceof Cons; g = g.tl) {
      cm.expr(g.hd);
      gs.push(g.hd);
    }
    if (g !== NIL) cm.errors.push(`Match condition ${fmt(guards!)} is not a list.`);
    const bs: Term[] = [];
    let b: Term = body!;
    for (; b instanceof Cons; b = b.tl) {
      cm.expr(b.hd);
      bs.push(b.hd);
    }
    if (b !== NIL) cm.errors.push(`Match body ${fmt(body!)} is not a list.`);
    else if (bs.length === 0) cm.errors.push('Body clause does not return anything.');
    errors.push(...cm.errors);
    const vars = [...cm.bound].sort((x, y) => x - y);
    clauses.push({ head: head!, guards: gs, body: bs, vars, nvars: vars.length ? vars[vars.length - 1]! + 1 : 0 });
  }
  if (l !== NIL) return ['Match programs are not in a list.'];
  if (errors.length) return errors;
  return { clauses, source: ms };
}

// ------------------------------------------------------------------ running

/** Matches `t` against pattern `p`, binding into `b`. */
export function matchPattern(p: Term, t: Term, b: (Term | undefined)[]): boolean {
  if (typeof p === 'string') {
    if (p === '_') return true;
    const n = varNum(p);
    if (n >= 0) {
      const old = b[n];
      if (old === undefined) {
        b[n] = t;
        return true;
      }
      return exactEq(old, t);
    }
    return p === t;
  }
  if (Array.isArray(p)) {
    if (!Array.isArray(t) || t.length !== p.length) return false;
    for (let i = 0; i < p.length; i++) if (!matchPattern(p[i]!, t[i]!, b)) return false;
    return true;
  }
  if (p instanceof Cons) {
    let pl: Term = p;
    let tl: Term = t;
    for (; pl instanceof Cons; pl = pl.tl, tl = (tl as Cons).tl) {
      if (!(tl instanceof Cons)) return false;
      if (!matchPattern(pl.hd, tl.hd, b)) return false;
    }
    return matchPattern(pl, tl, b);
  }
  if (p instanceof ErlMap) {
    if (!(t instanceof ErlMap)) return false;
    let ok = true;
    p.forEach((k, v) => {
      if (!ok) return;
      const tv = t.get(k);
      if (tv === undefined || !matchPattern(v, tv, b)) ok = false;
    });
    return ok;
  }
  return p === t || exactEq(p, t);
}

/** `body`: a failing call is the atom 'EXIT' where it stands (measured on OTP 25:
 * `{{'$1', {'div', 1, 0}}}` gives `{X, 'EXIT'}`); in guards a failure rejects. */
export type MsEnv = { obj: Term; b: (Term | undefined)[]; clause: MsClause; self: Term; body: boolean };

function truthy(x: Term): boolean {
  if (typeof x !== 'boolean') throw FAIL;
  return x;
}

function num(x: Term): number | bigint | Float {
  if (typeof x === 'number' || typeof x === 'bigint' || x instanceof Float) return x;
  throw FAIL;
}

function evalExpr(e: Term, env: MsEnv): Term {
  if (typeof e === 'string') {
    if (e.charCodeAt(0) === 36) {
      if (e === '$_') return env.obj;
      if (e === '$$') return fromArray(env.clause.vars.map((n) => env.b[n]!));
      const n = varNum(e);
      if (n >= 0) {
        const v = env.b[n];
        if (v === undefined) throw FAIL;
        return v;
      }
    }
    return e;
  }
  if (Array.isArray(e)) {
    if (e.length === 1 && Array.isArray(e[0])) return (e[0] as Term[]).map((x) => evalExpr(x, env));
    if (!env.body) return call(e[0] as string, e, env);
    try {
      return call(e[0] as string, e, env);
    } catch (err) {
      if (err !== FAIL) throw err;
      return 'EXIT';
    }
  }
  if (e instanceof Cons) {
    const items: Term[] = [];
    let l: Term = e;
    for (; l instanceof Cons; l = l.tl) items.push(evalExpr(l.hd, env));
    return fromArray(items, evalExpr(l, env));
  }
  if (e instanceof ErlMap) {
    const pairs: [Term, Term][] = [];
    e.forEach((k, v) => pairs.push([evalExpr(k, env), evalExpr(v, env)]));
    return mapFromPairs(pairs);
  }
  return e;
}

function call(f: string, e: readonly Term[], env: MsEnv): Term {
  const a = (i: number): Term => evalExpr(e[i]!, env);
  switch (f) {
    case 'const':
      return e[1]!;
    // As in Erlang, the second operand's value is the result, boolean or not (a guard
    // then rejects a non-true result).
    case 'andalso':
      return truthy(a(1)) ? a(2) : false;
    case 'orelse':
      return truthy(a(1)) ? true : a(2);
  }
  try {
    switch (f) {
      case 'is_atom': { const x = a(1); return typeof x === 'string' || typeof x === 'boolean'; }
      case 'is_float': return a(1) instanceof Float;
      case 'is_integer': { const x = a(1); return typeof x === 'number' || typeof x === 'bigint'; }
      case 'is_number': { const x = a(1); return typeof x === 'number' || typeof x === 'bigint' || x instanceof Float; }
      case 'is_list': { const x = a(1); return x === NIL || x instanceof Cons; }
      case 'is_pid': return a(1) instanceof Pid;
      case 'is_port': return a(1) instanceof Port;
      case 'is_reference': return a(1) instanceof Ref;
      case 'is_tuple': return Array.isArray(a(1));
      case 'is_map': return a(1) instanceof ErlMap;
      case 'is_binary': { const x = a(1); return x instanceof Bitstring && x.bitSize % 8 === 0; }
      case 'is_function': return a(1) instanceof Fun;
      case 'is_map_key': { const k = a(1); const m = a(2); if (!(m instanceof ErlMap)) throw FAIL; return m.get(k) !== undefined; }
      case 'is_record': {
        const t = a(1); const name = a(2); const size = a(3);
        return Array.isArray(t) && t.length === size && t[0] === name;
      }
      case 'abs': { const x = num(a(1)); return compare(x, 0) < 0 ? neg(x) : x; }
      case 'element': {
        const i = a(1); const t = a(2);
        if (typeof i !== 'number' || !Array.isArray(t) || i < 1 || i > t.length) throw FAIL;
        return t[i - 1]!;
      }
      case 'hd': { const x = a(1); if (!(x instanceof Cons)) throw FAIL; return x.hd; }
      case 'tl': { const x = a(1); if (!(x instanceof Cons)) throw FAIL; return x.tl; }
      case 'length': {
        let n = 0; let l = a(1);
        for (; l instanceof Cons; l = l.tl) n++;
        if (l !== NIL) throw FAIL;
        return n;
      }
      case 'map_get': { const k = a(1); const m = a(2); if (!(m instanceof ErlMap)) throw FAIL; const v = m.get(k); if (v === undefined) throw FAIL; return v; }
      case 'map_size': { const m = a(1); if (!(m instanceof ErlMap)) throw FAIL; return m.size; }
      case 'node': {
        if (e.length === 1) return LOCAL_NODE;
        const x = a(1);
        if (x instanceof Pid || x instanceof Port || x instanceof Ref) return x.node;
        throw FAIL;
      }
      case 'self': return env.self;
      case 'round': case 'trunc': case 'float': {
        const x = num(a(1));
        if (f === 'float') return x instanceof Float ? x : new Float(Number(x));
        if (!(x instanceof Float)) return x;
        const v = f === 'round' ? (x.value < 0 ? -Math.round(-x.value) : Math.round(x.value)) : Math.trunc(x.value);
        return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
      }
      case 'size': {
        const x = a(1);
        if (Array.isArray(x)) return x.length;
        if (x instanceof Bitstring) return Math.floor(x.bitSize / 8);
        throw FAIL;
      }
      case 'bit_size': { const x = a(1); if (!(x instanceof Bitstring)) throw FAIL; return x.bitSize; }
      case 'byte_size': { const x = a(1); if (!(x instanceof Bitstring)) throw FAIL; return Math.ceil(x.bitSize / 8); }
      case 'binary_part': {
        const bin = a(1);
        let p: Term, len: Term;
        if (e.length === 3) {
          const pl = a(2);
          if (!Array.isArray(pl) || pl.length !== 2) throw FAIL;
          p = pl[0]!; len = pl[1]!;
        } else { p = a(2); len = a(3); }
        if (!(bin instanceof Bitstring) || bin.bitSize % 8 !== 0 || typeof p !== 'number' || typeof len !== 'number') throw FAIL;
        const size = bin.bitSize / 8;
        let start = p; let n = len;
        if (n < 0) { start += n; n = -n; }
        if (start < 0 || start + n > size) throw FAIL;
        return bin.sub(start * 8, n * 8);
      }
      case 'not': return !truthy(a(1));
      case 'and': { const x = truthy(a(1)); const y = truthy(a(2)); return x && y; }
      case 'or': { const x = truthy(a(1)); const y = truthy(a(2)); return x || y; }
      case 'xor': { const x = truthy(a(1)); const y = truthy(a(2)); return x !== y; }
      case '+': return e.length === 2 ? pos(a(1)) : add(a(1), a(2));
      case '-': return e.length === 2 ? neg(a(1)) : sub(a(1), a(2));
      case '*': return mul(a(1), a(2));
      case '/': return fdiv(a(1), a(2));
      case 'div': return div(a(1), a(2));
      case 'rem': return rem(a(1), a(2));
      case 'band': return band(a(1), a(2));
      case 'bor': return bor(a(1), a(2));
      case 'bxor': return bxor(a(1), a(2));
      case 'bnot': return bnot(a(1));
      case 'bsl': return bsl(a(1), a(2));
      case 'bsr': return bsr(a(1), a(2));
      case '>': return compare(a(1), a(2)) > 0;
      case '>=': return compare(a(1), a(2)) >= 0;
      case '<': return compare(a(1), a(2)) < 0;
      case '=<': return compare(a(1), a(2)) <= 0;
      case '=:=': return exactEq(a(1), a(2));
      case '=/=': return !exactEq(a(1), a(2));
      case '==': return eq(a(1), a(2));
      case '/=': return !eq(a(1), a(2));
    }
  } catch (err) {
    throw FAIL;
  }
  throw FAIL;
}

/** No match: runMs returns this. */
export const NO_MATCH: unique symbol = Symbol('nomatch');

/** Runs the match spec on `obj`: the body's result, or NO_MATCH. */
export function runMs(ms: CompiledMs, obj: Term, self: Term): Term | typeof NO_MATCH {
  for (const c of ms.clauses) {
    const b: (Term | undefined)[] = new Array(c.nvars);
    if (!matchPattern(c.head, obj, b)) continue;
    const env: MsEnv = { obj, b, clause: c, self, body: false };
    let ok = true;
    for (const g of c.guards) {
      try {
        if (evalExpr(g, env) !== true) {
          ok = false;
          break;
        }
      } catch (err) {
        if (err !== FAIL) throw err;
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    env.body = true;
    let result: Term = 'EXIT';
    for (let i = 0; i < c.body.length; i++) {
      try {
        result = evalExpr(c.body[i]!, env);
      } catch (err) {
        if (err !== FAIL) throw err;
        result = 'EXIT';
      }
    }
    return result;
  }
  return NO_MATCH;
}

/** The common special cases, recognised so that scans avoid the interpreter. */
export function msKind(ms: CompiledMs): 'object' | 'true' | null {
  if (ms.clauses.length !== 1) return null;
  const c = ms.clauses[0]!;
  if (c.guards.length !== 0 || c.body.length !== 1) return null;
  if (c.body[0] === '$_') return 'object';
  if (c.body[0] === true) return 'true';
  return null;
}
