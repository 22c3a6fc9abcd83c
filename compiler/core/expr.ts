// Lowering Erlang expressions to Core IR.
//
// `lx(e, env, k, f)` lowers `e` and hands its value to the continuation `k` (see
// build.ts). Operands are lowered left to right, each named by a `let` unless it is
// already atomic, which gives the A-normal form the IR requires.
//
// Constructs with several arms (case, if, receive) can bind variables that are used
// after them when every arm binds them (Erlang's "exported" variables). When such a
// construct is not in tail position, each arm ends in a placeholder; once all arms are
// lowered we know which new variables every arm binds, and the placeholders become
// `{Value, X1, X2...}` tuples that are taken apart after the construct (OTP's v3_core
// does the same). Variables bound inside try, catch, funs, comprehensions and maybe
// stay local, as erl_lint says they are unsafe outside.
import type * as A from '../ast/ast.js';
import type { Atomic, BinSeg, CLoc, Const, Decision, Expr, LetRec } from './ir.js';
import {
  NIL, TAIL, atom, c, cloc, emit, extend, int, mkLet, retK, v, type Env, type K,
} from './build.js';
import type { FnCtx } from './context.js';
import { recordDefault } from './fun-names.js';
import { constOf } from './syntax.js';
import { clausesTree, mp } from './match.js';
import { expandStringElements, segShape } from './bits.js';
import { lowerComp } from './comp.js';
import { freeVars } from './vars.js';

const NEXT: Decision = { k: 'next' };

export function lx(e: A.Expr, env: Env, k: K, f: FnCtx): Expr {
  switch (e.kind) {
    case 'integer': case 'char': case 'float': case 'atom': case 'string': case 'nil':
      return retK(c(constOf(e)!), env, k);
    case 'var': {
      const a = env.get(e.name);
      if (!a) throw new Error(`lowering: unbound variable ${e.name} at ${e.loc.line}`);
      return retK(a, env, k);
    }
    case 'cons': case 'tuple': {
      const kc = constOf(e);
      if (kc) return retK(c(kc), env, k);
      const parts = e.kind === 'cons' ? [e.head, e.tail] : e.elements;
      return lxs(parts, env, f, (as, env1) =>
        emit(f.names, { k: 'prim', op: e.kind === 'cons' ? 'cons' : 'tuple', args: as, loc: cloc(e.loc) }, env1, k));
    }
    case 'unop': {
      const kc = constOf(e);
      if (kc) return retK(c(kc), env, k);
      return lx(e.operand, env, { fn: (a, env1) => emit(f.names, erlCall(e.op, [a], e.loc), env1, k) }, f);
    }
    case 'op':
      return lowerOp(e, env, k, f);
    case 'match':
      return lowerMatch(e, env, k, f);
    case 'call':
      return lowerCall(e, env, k, f);
    case 'block':
      return lowerBody(e.body, env, k, f);
    case 'case':
      return lx(e.expr, env, {
        fn: (a, env1) => arms(env1, k, f, e.loc, (armK) => ({
          k: 'case', args: [a], loc: cloc(e.loc),
          tree: clausesTree(e.clauses, [a], env1, f, armK, { k: 'fail', reason: 'case_clause', value: a, loc: cloc(e.loc) }),
        })),
      }, f);
    case 'if':
      return arms(env, k, f, e.loc, (armK) => ({
        k: 'case', args: [], loc: cloc(e.loc),
        tree: clausesTree(e.clauses, [], env, f, armK, { k: 'fail', reason: 'if_clause', loc: cloc(e.loc) }),
      }));
    case 'receive':
      return lowerReceive(e, env, k, f);
    case 'try':
      return lowerTry(e, env, k, f);
    case 'catch':
      return emit(f.names, { k: 'catch', body: lx(e.expr, env, TAIL, f), loc: cloc(e.loc) }, env, k);
    case 'maybe':
      return lowerMaybe(e, env, k, f);
    case 'fun':
      return lowerFun(e, env, k, f);
    case 'fun_ref':
      return lowerFunRef(e, env, k, f);
    case 'fun_remote':
      return lxs([e.module, e.name, e.arity], env, f, (as, env1) =>
        emit(f.names, { k: 'prim', op: 'make_export_fun', args: as, loc: cloc(e.loc) }, env1, k));
    case 'lc': case 'bc':
      return lowerComp(e, env, k, f);
    case 'map':
      return lowerMap(e, env, k, f);
    case 'record':
      return lowerRecord(e, env, k, f);
    case 'record_field_access':
      return lx(e.expr, env, {
        fn: (a, env1) => recordCheck(a, e.name, e.loc, f, env1, (r) =>
          emit(f.names, erlCall('element', [int(f.mod.fieldIndex(e.name, e.field.value)), r], e.loc), env1, k)),
      }, f);
    case 'record_index':
      return retK(int(f.mod.fieldIndex(e.name, e.field.value)), env, k);
    case 'bin':
      return lowerBin(e, env, k, f);
    case 'maybe_match':
      throw new Error(`lowering: ?= outside maybe at ${e.loc.line}`);
    case 'mc':
      throw new Error(`lowering: map comprehensions are not in OTP 25 (line ${e.loc.line})`);
    case 'remote':
      throw new Error(`lowering: bare M:F at ${e.loc.line}`);
  }
}

/** Lower expressions left to right. */
export function lxs(es: A.Expr[], env: Env, f: FnCtx, done: (as: Atomic[], env: Env) => Expr): Expr {
  const go = (i: number, env1: Env, acc: Atomic[]): Expr =>
    i === es.length ? done(acc, env1) : lx(es[i]!, env1, { fn: (a, env2) => go(i + 1, env2, [...acc, a]) }, f);
  return go(0, env, []);
}

/** A body: every expression but the last is evaluated for effect. */
export function lowerBody(es: A.Expr[], env: Env, k: K, f: FnCtx): Expr {
  const go = (i: number, env1: Env): Expr =>
    i === es.length - 1 ? lx(es[i]!, env1, k, f) : lx(es[i]!, env1, { discard: true, fn: (_a, env2) => go(i + 1, env2) }, f);
  return go(0, env);
}

export const erlCall = (name: string, args: Atomic[], loc: A.Loc): Expr => ({
  k: 'call', target: { k: 'remote', mod: atom('erlang'), fn: atom(name) }, args, loc: cloc(loc),
});

/** `error(Reason)` raised here. */
export function raiseError(reason: Atomic, loc: CLoc): Expr {
  return { k: 'raise', cls: atom('error'), reason, loc };
}

/** `{Tag, V}` then raise it as an error. */
export function raiseTagged(f: FnCtx, tag: string, val: Atomic, loc: CLoc): Expr {
  const t = f.names.fresh('err');
  return mkLet(t, { k: 'prim', op: 'tuple', args: [atom(tag), val], loc }, raiseError(v(t), loc));
}

// ------------------------------------------------------------------ arms & exports

export function arms(env: Env, k: K, f: FnCtx, loc: A.Loc, make: (armK: () => K) => Expr): Expr {
  if (k.tail) return make(() => TAIL);
  const holes: { h: Expr; a: Atomic; env: Env }[] = [];
  const armK = (): K => ({
    fn: (a, env2) => {
      const h: Expr = { k: 'ret', a };
      holes.push({ h, a, env: env2 });
      return h;
    },
  });
  const e = make(armK);
  const exports = holes.length === 0 ? []
    : [...holes[0]!.env.keys()].filter((n) => !env.has(n) && holes.every((h) => h.env.has(n)));
  if (exports.length === 0) return emit(f.names, e, env, k);
  for (const h of holes) {
    const t = f.names.fresh('ex');
    const replacement: Expr = mkLet(t, { k: 'prim', op: 'tuple', args: [h.a, ...exports.map((n) => h.env.get(n)!)], loc: cloc(loc) },
      { k: 'ret', a: v(t) });
    for (const key of Object.keys(h.h)) delete (h.h as unknown as Record<string, unknown>)[key];
    Object.assign(h.h, replacement);
  }
  const tup = f.names.fresh('ex');
  const val = f.names.fresh('val');
  const names = exports.map((n) => f.names.fresh(n));
  let env2 = new Map(env);
  exports.forEach((n, i) => env2.set(n, v(names[i]!)));
  let tree: Decision = { k: 'leaf', body: k.fn(v(val), env2) };
  for (let i = exports.length - 1; i >= 0; i--) {
    tree = { k: 'bind', v: names[i]!, access: { k: 'element', of: v(tup), index: i + 2 }, next: tree };
  }
  tree = { k: 'bind', v: val, access: { k: 'element', of: v(tup), index: 1 }, next: tree };
  return mkLet(tup, e, { k: 'case', args: [v(tup)], tree, loc: cloc(loc) });
}

// ------------------------------------------------------------------ operators

function lowerOp(e: A.BinaryOp, env: Env, k: K, f: FnCtx): Expr {
  if (e.op === 'andalso' || e.op === 'orelse') {
    // The left side must be a boolean ({badarg,V} otherwise); the right side is the
    // result as it is (tail position).
    const short = e.op === 'andalso' ? 'false' : 'true';
    const cont = e.op === 'andalso' ? 'true' : 'false';
    return lx(e.left, env, {
      fn: (a, env1) => emit(f.names, {
        k: 'case', args: [a], loc: cloc(e.loc),
        tree: {
          k: 'switch', on: a,
          cases: [
            { c: { k: 'atom', v: cont }, then: { k: 'leaf', body: lx(e.right, env1, TAIL, f) } },
            { c: { k: 'atom', v: short }, then: { k: 'leaf', body: { k: 'ret', a: atom(short) } } },
          ],
          default: { k: 'leaf', body: raiseTagged(f, 'badarg', a, cloc(e.loc)) },
        },
      }, env1, k),
    }, f);
  }
  const kc = constOf(e);
  if (kc && e.op === '++') return retK(c(kc), env, k);
  // `[... || ...] ++ More`: OTP evaluates More first (v3_core builds the comprehension
  // onto it).
  if (e.op === '++' && e.left.kind === 'lc') {
    return lxs([e.right, e.left], env, f, (as, env1) => emit(f.names, erlCall(e.op, [as[1]!, as[0]!], e.loc), env1, k));
  }
  return lxs([e.left, e.right], env, f, (as, env1) => emit(f.names, erlCall(e.op, as, e.loc), env1, k));
}

// ---------------------------------------------------------------------- match

function lowerMatch(e: A.Match, env: Env, k: K, f: FnCtx): Expr {
  return lx(e.expr, env, {
    fn: (a, env1) => {
      const p = e.pattern;
      if (p.kind === 'var' && (p.name === '_' || !env1.has(p.name))) {
        return retK(a, p.name === '_' ? env1 : extend(env1, p.name, a), k);
      }
      const tree: Decision = {
        k: 'alt',
        first: mp(p, a, env1, f, (env2) => ({ k: 'leaf', body: retK(a, env2, k) })),
        rest: { k: 'fail', reason: 'badmatch', value: a, loc: cloc(e.loc) },
      };
      return { k: 'case', args: [a], tree, loc: cloc(e.loc) };
    },
  }, f);
}

// ---------------------------------------------------------------------- calls

function lowerCall(e: A.Call, env: Env, k: K, f: FnCtx): Expr {
  const loc = cloc(e.loc);
  const callee = e.callee;
  if (
    callee.kind === 'fun' && !callee.name && e.args.length === 0 && callee.clauses.length === 1 &&
    callee.clauses[0]!.patterns.length === 0 && callee.clauses[0]!.guards.length === 0
  ) {
    // OTP's compiler inlines a nullary fun applied where it is written (the
    // assert macros' `((fun () -> ... end)())`), so no frame of its own shows in
    // stack traces. Its body is a block whose new variables stay inside it.
    const body = callee.clauses[0]!.body;
    if ('tail' in k && k.tail) return lowerBody(body, env, k, f);
    const outer = k as Extract<K, { fn: unknown }>;
    return lowerBody(body, env, { discard: outer.discard, fn: (a) => outer.fn(a, env) }, f);
  }
  if (callee.kind === 'remote') {
    return lxs([callee.module, callee.name, ...e.args], env, f, (as, env1) =>
      emit(f.names, { k: 'call', target: { k: 'remote', mod: as[0]!, fn: as[1]! }, args: as.slice(2), loc }, env1, k));
  }
  if (callee.kind === 'atom') {
    const name = callee.value;
    const n = e.args.length;
    if (name === 'record_info' && n === 2 && !f.mod.defined.has('record_info/2')) {
      const [what, rec] = e.args as [A.Expr, A.Expr];
      if (what.kind === 'atom' && rec.kind === 'atom') {
        const def = f.mod.record(rec.value);
        if (what.value === 'size') return retK(int(def.fields.length + 1), env, k);
        const fields = def.fields.reduceRight<Const>((tl, fd) => ({ k: 'cons', hd: { k: 'atom', v: fd.name }, tl }), { k: 'nil' });
        return retK(c(fields), env, k);
      }
    }
    if (name === 'is_record' && n === 2 && e.args[1]!.kind === 'atom' && f.mod.records.has((e.args[1] as A.AtomLit).value) &&
      !f.mod.defined.has('is_record/2')) {
      const rec = (e.args[1] as A.AtomLit).value;
      return lx(e.args[0]!, env, {
        fn: (a, env1) => emit(f.names, erlCall('is_record', [a, atom(rec), int(f.mod.record(rec).fields.length + 1)], e.loc), env1, k),
      }, f);
    }
    const r = f.mod.resolveLocal(name, n, f.inGuard);
    return lxs(e.args, env, f, (as, env1) =>
      emit(f.names, {
        k: 'call', loc, args: as,
        target: r.k === 'local' ? { k: 'local', name, arity: n } : { k: 'remote', mod: atom(r.mod), fn: atom(name) },
      }, env1, k));
  }
  return lxs([callee, ...e.args], env, f, (as, env1) =>
    emit(f.names, { k: 'call', target: { k: 'apply', f: as[0]! }, args: as.slice(1), loc }, env1, k));
}

// -------------------------------------------------------------------- receive

function lowerReceive(e: A.Receive, env: Env, k: K, f: FnCtx): Expr {
  const build = (timeout: Atomic | null, env1: Env) =>
    arms(env1, k, f, e.loc, (armK) => {
      const msg = f.names.fresh('msg');
      const tree = clausesTree(e.clauses, [v(msg)], env1, f, armK, NEXT);
      return {
        k: 'receive', msgVar: msg, tree, loc: cloc(e.loc),
        ...(e.after && timeout ? { after: { timeout, body: lowerBody(e.after.body, env1, armK(), f) } } : {}),
      };
    });
  if (!e.after) return build(null, env);
  return lx(e.after.timeout, env, { fn: (t, env1) => build(t, env1) }, f);
}

// ------------------------------------------------------------------------ try

function lowerTry(e: A.Try, env: Env, k: K, f: FnCtx): Expr {
  const loc = cloc(e.loc);
  const core = tryCore(e, env, f);
  if (e.after.length === 0) return emit(f.names, core, env, k);
  // try ... after A: run A on the way out, normal or not, keeping the original stack.
  const afterName = f.names.fresh('after');
  const callAfter: Expr = { k: 'call', target: { k: 'letrec', name: afterName, arity: 0 }, args: [], loc };
  const [ov, cl, rs, st] = ['v', 'c', 'r', 's'].map((h) => f.names.fresh(h)) as [string, string, string, string];
  const outer: Expr = {
    k: 'try', body: core, ofVar: ov, ofBody: mkLet(null, callAfter, { k: 'ret', a: v(ov) }),
    classVar: cl, reasonVar: rs, stackVar: st,
    handler: mkLet(null, { ...callAfter }, { k: 'raise', cls: v(cl), reason: v(rs), stack: v(st), loc }), loc,
  };
  const lr: LetRec = {
    k: 'letrec',
    defs: [{ name: afterName, params: [], body: lowerBody(e.after, env, TAIL, f), loc: cloc(e.after[0]!.loc) }],
    body: outer,
  };
  return emit(f.names, lr, env, k);
}

/** try Body of Clauses catch CatchClauses (without after), in tail form. */
function tryCore(e: A.Try, env: Env, f: FnCtx): Expr {
  const loc = cloc(e.loc);
  if (e.clauses.length === 0 && e.catchClauses.length === 0) return lowerBody(e.body, env, TAIL, f);
  let hole: { h: Expr; a: Atomic; env: Env } | undefined;
  const body = lowerBody(e.body, env, {
    fn: (a, env2) => {
      const h: Expr = { k: 'ret', a };
      hole = { h, a, env: env2 };
      return h;
    },
  }, f);
  const ofVar = f.names.fresh('of');
  let ofBody: Expr = { k: 'ret', a: v(ofVar) };
  if (e.clauses.length > 0 && hole) {
    const hl = hole;
    // Variables bound in the body are visible in the of-clauses.
    const exports = [...hl.env.keys()].filter((n) => !env.has(n));
    let envOf: Env = env;
    let val: Atomic = v(ofVar);
    const binds: { name: string; index: number }[] = [];
    if (exports.length > 0) {
      const t = f.names.fresh('ex');
      const repl = mkLet(t, { k: 'prim', op: 'tuple', args: [hl.a, ...exports.map((n) => hl.env.get(n)!)], loc }, { k: 'ret', a: v(t) });
      Object.assign(hl.h, repl);
      delete (hl.h as unknown as Record<string, unknown>)['a'];
      const m = new Map(env);
      const valName = f.names.fresh('val');
      binds.push({ name: valName, index: 1 });
      exports.forEach((n, i) => {
        const nn = f.names.fresh(n);
        m.set(n, v(nn));
        binds.push({ name: nn, index: i + 2 });
      });
      envOf = m;
      val = v(valName);
    }
    let tree = clausesTree(e.clauses, [val], envOf, f, () => TAIL, { k: 'fail', reason: 'try_clause', value: val, loc });
    for (let i = binds.length - 1; i >= 0; i--) {
      tree = { k: 'bind', v: binds[i]!.name, access: { k: 'element', of: v(ofVar), index: binds[i]!.index }, next: tree };
    }
    ofBody = { k: 'case', args: [v(ofVar)], tree, loc };
  }
  const [cl, rs, st] = ['class', 'reason', 'stk'].map((h) => f.names.fresh(h)) as [string, string, string];
  const reraise: Expr = { k: 'raise', cls: v(cl), reason: v(rs), stack: v(st), loc };
  let handler: Expr = reraise;
  if (e.catchClauses.length > 0) {
    const needStack = e.catchClauses.some((cc) => {
      const p = cc.patterns[0]!;
      return p.kind === 'tuple' && !(p.elements[2]!.kind === 'var' && p.elements[2]!.name === '_');
    });
    const stName = f.names.fresh('trace');
    const stAtom: Atomic = needStack ? v(stName) : NIL;
    const clauses: A.Clause[] = e.catchClauses.map((cc) => {
      const p = cc.patterns[0]!;
      return { ...cc, patterns: p.kind === 'tuple' ? p.elements : [p] };
    });
    const tree = clausesTree(clauses, [v(cl), v(rs), stAtom], env, f, () => TAIL, { k: 'leaf', body: reraise });
    const cs: Expr = { k: 'case', args: [v(cl), v(rs)], tree, loc };
    handler = needStack ? mkLet(stName, { k: 'prim', op: 'build_stacktrace', args: [v(st)], loc }, cs) : cs;
  }
  return { k: 'try', body, ofVar, ofBody, classVar: cl, reasonVar: rs, stackVar: st, handler, loc };
}

// ---------------------------------------------------------------------- maybe

function lowerMaybe(e: A.Maybe, env: Env, k: K, f: FnCtx): Expr {
  const loc = cloc(e.loc);
  const elseLoc = cloc(e.elseLoc ?? e.loc);
  const elseCase = (a: Atomic): Expr => ({
    k: 'case', args: [a], loc: elseLoc,
    tree: clausesTree(e.elseClauses!, [a], env, f, () => TAIL, { k: 'fail', reason: 'else_clause', value: a, loc: elseLoc }),
  });
  // With one `?=` the else clauses are inlined where it fails (no extra stack frame,
  // as in OTP); with several they are one local function called from each.
  const exits = e.body.filter((x) => x.kind === 'maybe_match').length;
  const elseName = e.elseClauses && exits > 1 ? f.names.fresh('else') : undefined;
  const exit = (a: Atomic): Expr =>
    elseName ? { k: 'call', target: { k: 'letrec', name: elseName, arity: 1 }, args: [a], loc }
      : e.elseClauses ? elseCase(a) : { k: 'ret', a };
  const seq = (i: number, env1: Env): Expr => {
    const x = e.body[i]!;
    const last = i === e.body.length - 1;
    if (x.kind === 'maybe_match') {
      return lx(x.expr, env1, {
        fn: (a, env2) => ({
          k: 'case', args: [a], loc: cloc(x.loc),
          tree: {
            k: 'alt',
            first: mp(x.pattern, a, env2, f, (env3) => ({ k: 'leaf', body: last ? { k: 'ret', a } : seq(i + 1, env3) })),
            rest: { k: 'leaf', body: exit(a) },
          },
        }),
      }, f);
    }
    return last ? lx(x, env1, TAIL, f) : lx(x, env1, { discard: true, fn: (_a, env2) => seq(i + 1, env2) }, f);
  };
  const body = seq(0, env);
  if (!elseName) return emit(f.names, body, env, k);
  const p = f.names.fresh('v');
  const lr: LetRec = { k: 'letrec', defs: [{ name: elseName, params: [p], loc: elseLoc, body: elseCase(v(p)) }], body };
  return emit(f.names, lr, env, k);
}

// ----------------------------------------------------------------------- funs

function lowerFun(e: A.Fun, env: Env, k: K, f: FnCtx): Expr {
  const arity = e.clauses[0]!.patterns.length;
  const params = Array.from({ length: arity }, () => f.names.fresh('p'));
  const selfName = e.name ? f.names.fresh(e.name) : undefined;
  const env1 = selfName ? extend(env, e.name!, v(selfName)) : env;
  const loc = cloc(e.loc);
  const tree = clausesTree(e.clauses, params.map(v), env1, f, () => TAIL, { k: 'fail', reason: 'function_clause', loc }, { shadow: true });
  const body: Expr = tree.k === 'leaf' ? tree.body : { k: 'case', args: params.map(v), tree, loc };
  // OTP's names (fun-names.ts): `-f/1-fun-N-`, or for a named fun that calls itself
  // (a letrec in OTP) `-f/1-Name/A-M-`; funs it did not see count on.
  const n = f.numbers.index.get(e) ?? f.funCounter++;
  const name = f.numbers.recursive.has(e)
    ? `-${f.name}/${f.arity}-${e.name}/${arity}-${f.numbers.kernel.get(e) ?? f.kernelCounter++}-`
    : `-${f.name}/${f.arity}-fun-${n}-`;
  const bound = new Set([...params, ...(selfName ? [selfName] : [])]);
  const free = freeVars(body).filter((x) => !bound.has(x));
  f.lifted.set(e, { name, arity: arity + free.length });
  return emit(f.names, {
    k: 'fun', name, index: f.mod.nextFunIndex(e), params, free, ...(selfName ? { selfName } : {}), body, loc,
  }, env, k);
}

function lowerFunRef(e: A.FunRef, env: Env, k: K, f: FnCtx): Expr {
  const loc = cloc(e.loc);
  const r = f.mod.resolveLocal(e.name, e.arity);
  if (r.k === 'remote') {
    return emit(f.names, { k: 'prim', op: 'make_export_fun', args: [atom(r.mod), atom(e.name), int(e.arity)], loc }, env, k);
  }
  const params = Array.from({ length: e.arity }, () => f.names.fresh('p'));
  if (!f.numbers.index.has(e)) f.funCounter++; // v3_core names it too (lowerFun)
  return emit(f.names, {
    k: 'fun', name: e.name, index: f.mod.nextFunIndex(e), params, free: [],
    body: { k: 'call', target: { k: 'local', name: e.name, arity: e.arity }, args: params.map(v), loc }, loc,
  }, env, k);
}

// ----------------------------------------------------------------------- maps

function lowerMap(e: A.MapExpr, env: Env, k: K, f: FnCtx): Expr {
  const loc = cloc(e.loc);
  const kvs = e.fields.flatMap((fl) => [fl.key, fl.value]);
  if (!e.base) {
    return lxs(kvs, env, f, (as, env1) => emit(f.names, { k: 'prim', op: 'map_new', args: as, loc }, env1, k));
  }
  return lxs([e.base, ...kvs], env, f, (as, env1) => {
    const [m, ...rest] = as as [Atomic, ...Atomic[]];
    // Runs of `=>` become one map_put, runs of `:=` one map_update, in order.
    const steps: { op: 'map_put' | 'map_update'; args: Atomic[] }[] = [];
    e.fields.forEach((fl, i) => {
      const op = fl.kind === 'map_field_assoc' ? 'map_put' : 'map_update';
      const last = steps[steps.length - 1];
      if (last && last.op === op) last.args.push(rest[2 * i]!, rest[2 * i + 1]!);
      else steps.push({ op, args: [rest[2 * i]!, rest[2 * i + 1]!] });
    });
    if (steps.length === 0) steps.push({ op: 'map_put', args: [] });
    const go = (i: number, cur: Atomic, env2: Env): Expr => {
      const p: Expr = { k: 'prim', op: steps[i]!.op, args: [cur, ...steps[i]!.args], loc };
      if (i === steps.length - 1) return emit(f.names, p, env2, k);
      return emit(f.names, p, env2, { fn: (a, env3) => go(i + 1, a, env3) });
    };
    return go(0, m, env1);
  });
}

// -------------------------------------------------------------------- records

function recordCheck(a: Atomic, rec: string, loc: A.Loc, f: FnCtx, env: Env, then: (r: Atomic) => Expr): Expr {
  const size = f.mod.record(rec).fields.length + 1;
  return emit(f.names, { k: 'prim', op: 'record_check', args: [a, atom(rec), int(size)], loc: cloc(loc) }, env, {
    fn: (r) => then(r),
  });
}

function lowerRecord(e: A.RecordExpr, env: Env, k: K, f: FnCtx): Expr {
  const def = f.mod.record(e.name);
  const given = (name: string) => e.fields.find((x) => x.name.kind === 'atom' && x.name.value === name);
  const loc = cloc(e.loc);
  if (!e.base) {
    const wild = e.fields.find((x) => x.name.kind === 'var');
    const values = def.fields.map((fd) => given(fd.name)?.value ?? wild?.value ?? recordDefault(e, fd));
    return lxs(values, env, f, (as, env1) =>
      emit(f.names, { k: 'prim', op: 'tuple', args: [atom(e.name), ...as], loc }, env1, k));
  }
  // OTP evaluates the new values (in the order written) before the record itself.
  const updated = e.fields.map((g) => ({ i: def.fields.findIndex((fd) => g.name.kind === 'atom' && fd.name === g.name.value), g }));
  return lxs([...updated.map((x) => x.g.value), e.base], env, f, (as, env1) => {
    const base = as[as.length - 1]!;
    const vals = as.slice(0, -1);
    return recordCheck(base, e.name, e.loc, f, env1, (r) => {
      const elems: Atomic[] = [];
      const go = (i: number, env2: Env): Expr => {
        if (i === def.fields.length) return emit(f.names, { k: 'prim', op: 'tuple', args: [atom(e.name), ...elems], loc }, env2, k);
        const u = updated.findIndex((x) => x.i === i);
        if (u >= 0) {
          elems.push(vals[u]!);
          return go(i + 1, env2);
        }
        return emit(f.names, erlCall('element', [int(i + 2), r], e.loc), env2, {
          fn: (a, env3) => {
            elems.push(a);
            return go(i + 1, env3);
          },
        });
      };
      return go(0, env1);
    });
  });
}

// ------------------------------------------------------------------ binaries

/** `<<...>>`; `prefix`: segments that go before the expression's own (a binary
 * comprehension's accumulator, so that `<<Acc/bitstring, X:8>>` is built in one step,
 * as erlc does: a failing segment's number in the error then counts the accumulator). */
export function lowerBin(e: A.Bin, env: Env, k: K, f: FnCtx, prefix: { value: Atomic; seg: BinSeg }[] = []): Expr {
  const els = expandStringElements(e.elements);
  const segs: { value: Atomic; seg: BinSeg }[] = [...prefix];
  const go = (i: number, env1: Env): Expr => {
    // Literal segments with a literal or default size need no lowering continuation:
    // taken in a loop, so that a long string (`<<"...3000 chars...">>`) does not
    // recurse once per character.
    for (; i < els.length; i++) {
      const el = els[i]!;
      const sh = segShape(el);
      const kc = el.value.kind === 'integer' || el.value.kind === 'char' || el.value.kind === 'float' ? constOf(el.value) : null;
      if (!kc || (sh.size !== null && typeof sh.size !== 'number')) break;
      segs.push({ value: c(kc), seg: { type: sh.type, size: sh.size === null ? null : int(sh.size), unit: sh.unit, signed: sh.signed, endian: sh.endian } });
    }
    if (i === els.length) return emit(f.names, { k: 'bin', segs, loc: cloc(e.loc) }, env1, k);
    const el = els[i]!;
    const sh = segShape(el);
    return lx(el.value, env1, {
      fn: (val, env2) => {
        const push = (size: Atomic | null, env3: Env) => {
          segs.push({ value: val, seg: { type: sh.type, size, unit: sh.unit, signed: sh.signed, endian: sh.endian } });
          return go(i + 1, env3);
        };
        if (sh.size === null) return push(null, env2);
        if (typeof sh.size === 'number') return push(int(sh.size), env2);
        return lx(sh.size, env2, { fn: (s, env3) => push(s, env3) }, f);
      },
    }, f);
  };
  return go(0, env);
}

