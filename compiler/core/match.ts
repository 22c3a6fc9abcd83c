// Pattern-match compilation: clauses -> decision trees.
//
// Each pattern becomes a chain of tests and binds in continuation-passing style:
// `mp(P, a, env, succ)` tests the value `a` against P and, where it matches, continues
// with `succ(env')` (env' has P's variables); where it does not, the tree says `next`.
// A clause is its patterns in order, then its guard, then a leaf with its body, so a
// body is lowered (and evaluated) only once the whole clause matched. Clauses are
// joined by `alt` (try this one; on `next` go on with the rest) ending in the failure
// node (`function_clause`, `{case_clause,V}`, ...). Where adjacent clauses all start
// with an atom or integer literal in the first position they are grouped into one
// `switch`; clause order is kept inside each constant's alternatives.
//
// Guards: a `,`-sequence is one expression that is `true` only when every test is
// `true` (tests are evaluated left to right and stop at the first non-true). In a `;`
// sequence an exception in one guard makes only that guard false, so each guard but
// the last is wrapped in a `try` that turns an exception into `false`.
import type { Bin, Clause, Expr as AExpr } from '../ast/ast.js';
import type { Access, Atomic, Const, Decision, Expr, Test } from './ir.js';
import { TAIL, atom, c, cloc, extend, v, type Env, type K } from './build.js';
import type { FnCtx } from './context.js';
import { constOf, patVars } from './syntax.js';
import { expandStringElements, segShape } from './bits.js';
import { lx, lowerBody } from './expr.js';

type Succ = (env: Env) => Decision;
const NEXT: Decision = { k: 'next' };

export interface MatchOpts {
  /** Bit-syntax generator "skip" pattern: bind everything, test no literal. */
  skipLiterals?: boolean;
  /** Bind the rest of a binary pattern to this variable instead of testing its end. */
  binRest?: string;
}

const test = (t: Test, then: Decision): Decision => ({ k: 'test', test: t, then, else: NEXT });

/** Match the value `a` against pattern `p`. */
export function mp(p: AExpr, a: Atomic, env: Env, f: FnCtx, succ: Succ, opts: MatchOpts = {}): Decision {
  switch (p.kind) {
    case 'var': {
      if (p.name === '_') return succ(env);
      const bound = env.get(p.name);
      if (bound) return test({ k: 'eq', v: a, w: bound }, succ(env));
      return succ(extend(env, p.name, a));
    }
    case 'match':
      return mp(p.pattern, a, env, f, (env1) => mp(p.expr, a, env1, f, succ, opts), opts);
    case 'nil':
      return test({ k: 'is_nil', v: a }, succ(env));
    case 'record_index':
      return test({ k: 'eq', v: a, w: c({ k: 'int', v: BigInt(f.mod.fieldIndex(p.name, p.field.value)) }) }, succ(env));
    case 'record': {
      const def = f.mod.record(p.name);
      const wild = p.fields.find((x) => x.name.kind === 'var');
      const elements: AExpr[] = [{ kind: 'atom', loc: p.loc, value: p.name }];
      for (const fd of def.fields) {
        const given = p.fields.find((x) => x.name.kind === 'atom' && x.name.value === fd.name);
        elements.push(given ? given.value : wild ? wild.value : { kind: 'var', loc: p.loc, name: '_' });
      }
      return mp({ kind: 'tuple', loc: p.loc, elements }, a, env, f, succ, opts);
    }
    case 'bin':
      return matchBin(p, a, env, f, succ, opts);
    case 'map':
      return test({ k: 'is_map', v: a }, matchMapFields(p.fields, 0, a, env, f, succ));
    default:
      break;
  }
  const k = constOf(p);
  if (k) {
    if (k.k === 'nil') return test({ k: 'is_nil', v: a }, succ(env));
    return test({ k: 'eq', v: a, w: c(k) }, succ(env));
  }
  switch (p.kind) {
    case 'string':
      throw new Error('unreachable');
    case 'cons': {
      const [h, t] = [fresh(f, 'hd'), fresh(f, 'tl')];
      return test({ k: 'is_cons', v: a },
        bindPart(h, { k: 'hd', of: a }, p.head, bindPart(t, { k: 'tl', of: a }, p.tail,
          mp(p.head, v(h), env, f, (env1) => mp(p.tail, v(t), env1, f, succ, opts), opts))));
    }
    case 'tuple': {
      const names = p.elements.map((x) => (isWild(x) ? '' : fresh(f, 'e')));
      const go = (i: number, env1: Env): Decision =>
        i === p.elements.length ? succ(env1)
          : names[i] === '' ? go(i + 1, env1)
          : mp(p.elements[i]!, v(names[i]!), env1, f, (env2) => go(i + 1, env2), opts);
      let tree = go(0, env);
      for (let i = p.elements.length - 1; i >= 0; i--) {
        if (names[i] !== '') tree = { k: 'bind', v: names[i]!, access: { k: 'element', of: a, index: i + 1 }, next: tree };
      }
      return test({ k: 'is_tuple', v: a, arity: p.elements.length }, tree);
    }
    case 'op':
      if (p.op === '++' && (p.left.kind === 'string' || p.left.kind === 'nil' || p.left.kind === 'cons')) {
        // "ab" ++ T: the prefix's characters, then T.
        return mp(prefixPattern(p.left, p.right), a, env, f, succ, opts);
      }
      break;
    default:
      break;
  }
  throw new Error(`lowering: unsupported pattern ${p.kind} at ${p.loc.line}`);
}

function prefixPattern(prefix: AExpr, tail: AExpr): AExpr {
  if (prefix.kind === 'string') {
    return Array.from(prefix.value).reduceRight<AExpr>(
      (tl, ch) => ({ kind: 'cons', loc: prefix.loc, head: { kind: 'char', loc: prefix.loc, value: ch.codePointAt(0)! }, tail: tl }),
      tail);
  }
  if (prefix.kind === 'nil') return tail;
  if (prefix.kind === 'cons') return { ...prefix, tail: prefixPattern(prefix.tail, tail) };
  throw new Error('lowering: bad ++ pattern');
}

const isWild = (p: AExpr) => p.kind === 'var' && p.name === '_';
const fresh = (f: FnCtx, hint: string) => f.names.fresh(hint);

function bindPart(name: string, access: Access, pat: AExpr, next: Decision): Decision {
  if (isWild(pat)) return next;
  return { k: 'bind', v: name, access, next };
}

function matchMapFields(fields: Extract<AExpr, { kind: 'map' }>['fields'], i: number, a: Atomic, env: Env, f: FnCtx, succ: Succ): Decision {
  if (i === fields.length) return succ(env);
  const fld = fields[i]!;
  return keyAtomic(fld.key, env, f, (key) => {
    const val = fresh(f, 'mv');
    const rest = mp(fld.value, v(val), env, f, (env1) => matchMapFields(fields, i + 1, a, env1, f, succ));
    return test({ k: 'map_has', v: a, key }, { k: 'bind', v: val, access: { k: 'map_get', of: a, key }, next: rest });
  });
}

/** An atomic for a value used inside a pattern (map key, segment size): a constant, a
 * bound variable, or an expression evaluated with guard semantics. */
function keyAtomic(e: AExpr, env: Env, f: FnCtx, then: (a: Atomic) => Decision): Decision {
  const k = constOf(e);
  if (k) return then(c(k));
  if (e.kind === 'var') {
    const b = env.get(e.name);
    if (!b) throw new Error(`lowering: unbound ${e.name} in pattern`);
    return then(b);
  }
  const name = fresh(f, 'k');
  const saved = f.inGuard;
  f.inGuard = true;
  const body = lx(e, env, TAIL, f);
  f.inGuard = saved;
  return { k: 'eval', v: name, e: body, then: then(v(name)), else: NEXT };
}

function matchBin(p: Bin, a: Atomic, env: Env, f: FnCtx, succ: Succ, opts: MatchOpts): Decision {
  const ctx = fresh(f, 'ctx');
  const els = expandStringElements(p.elements);
  const go = (i: number, env1: Env): Decision => {
    if (i === els.length) {
      if (opts.binRest) return test({ k: 'bin_rest', ctx, type: 'bitstring', bind: opts.binRest }, succ(env1));
      return test({ k: 'bin_end', ctx }, succ(env1));
    }
    const el = els[i]!;
    const sh = segShape(el);
    const last = i === els.length - 1 && !opts.binRest;
    return segValue(el.value, env1, f, opts, (bind, check) => {
      const after = (env2: Env) => check(env2, (env3) => go(i + 1, env3));
      if (sh.size === null && last && (sh.type === 'binary' || sh.type === 'bitstring')) {
        // `/binary` is a whole number of bytes; `/binary-unit:1` is any bitstring.
        return test({ k: 'bin_rest', ctx, type: sh.unit % 8 === 0 ? 'binary' : 'bitstring', bind }, after(env1));
      }
      const withSize = (size: Atomic | null) =>
        test({ k: 'bin_seg', ctx, seg: { type: sh.type, size, unit: sh.unit, signed: sh.signed, endian: sh.endian }, bind }, after(env1));
      if (sh.size === null) return withSize(null);
      if (typeof sh.size === 'number') return withSize(c({ k: 'int', v: BigInt(sh.size) }));
      return keyAtomic(sh.size, env1, f, withSize);
    });
  };
  return test({ k: 'bin_start', ctx, v: a }, go(0, env));
}

/** How a segment's value pattern binds: the name the segment reads into (null for
 * `_`), and what to check/bind once read. */
function segValue(
  pat: AExpr,
  env: Env,
  f: FnCtx,
  opts: MatchOpts,
  k: (bind: string | null, check: (env: Env, then: Succ) => Decision) => Decision,
): Decision {
  if (pat.kind === 'var') {
    if (pat.name === '_') return k(null, (env1, then) => then(env1));
    const bound = env.get(pat.name);
    const name = fresh(f, pat.name);
    if (!bound) return k(name, (env1, then) => then(extend(env1, pat.name, v(name))));
    if (opts.skipLiterals) return k(name, (env1, then) => then(env1));
    return k(name, (env1, then) => test({ k: 'eq', v: v(name), w: bound }, then(env1)));
  }
  const lit: Const | undefined = constOf(pat);
  if (!lit) throw new Error(`lowering: unsupported segment pattern ${pat.kind}`);
  const name = fresh(f, 'seg');
  if (opts.skipLiterals) return k(name, (env1, then) => then(env1));
  return k(name, (env1, then) => test({ k: 'eq', v: v(name), w: c(lit) }, then(env1)));
}

/** Match a sequence of values against a sequence of patterns. */
export function matchSeq(ps: AExpr[], as: Atomic[], env: Env, f: FnCtx, succ: Succ, opts: MatchOpts = {}): Decision {
  const go = (i: number, env1: Env): Decision =>
    i === ps.length ? succ(env1) : mp(ps[i]!, as[i]!, env1, f, (env2) => go(i + 1, env2), opts);
  return go(0, env);
}

// --------------------------------------------------------------------- guards

/** The guard of a clause in front of `then`. */
export function guardThen(guards: AExpr[][], env: Env, f: FnCtx, then: () => Decision): Decision {
  if (guards.length === 0) return then();
  const body = guardExpr(guards, env, f);
  return { k: 'guard', body, then: then(), else: NEXT };
}

/** A guard sequence as one expression whose value is `true` when it succeeds. */
export function guardExpr(guards: AExpr[][], env: Env, f: FnCtx): Expr {
  const saved = f.inGuard;
  f.inGuard = true;
  try {
    const disj = (i: number): Expr => {
      if (i === guards.length - 1) return conj(guards[i]!, 0, env, f);
      const loc = cloc(guards[i]![0]!.loc);
      const [r, ofV, cl, rs, st] = ['g', 'gv', 'gc', 'gr', 'gs'].map((h) => fresh(f, h)) as [string, string, string, string, string];
      const tr: Expr = {
        k: 'try', body: conj(guards[i]!, 0, env, f), ofVar: ofV, ofBody: { k: 'ret', a: v(ofV) },
        classVar: cl, reasonVar: rs, stackVar: st, handler: { k: 'ret', a: atom('false') }, loc,
      };
      return {
        k: 'let', v: r, e: tr,
        body: {
          k: 'case', args: [v(r)], loc,
          tree: {
            k: 'switch', on: v(r), cases: [{ c: { k: 'atom', v: 'true' }, then: { k: 'leaf', body: { k: 'ret', a: atom('true') } } }],
            default: { k: 'leaf', body: disj(i + 1) },
          },
        },
      };
    };
    return disj(0);
  } finally {
    f.inGuard = saved;
  }
}

function conj(tests: AExpr[], i: number, env: Env, f: FnCtx): Expr {
  if (i === tests.length - 1) return lx(tests[i]!, env, TAIL, f);
  const loc = cloc(tests[i]!.loc);
  const k: K = {
    fn: (a) => ({
      k: 'case', args: [a], loc,
      tree: {
        k: 'switch', on: a, cases: [{ c: { k: 'atom', v: 'true' }, then: { k: 'leaf', body: conj(tests, i + 1, env, f) } }],
        default: { k: 'leaf', body: { k: 'ret', a: atom('false') } },
      },
    }),
  };
  return lx(tests[i]!, env, k, f);
}

// -------------------------------------------------------------------- clauses

export interface ClauseOpts {
  /** Fun heads and generators: the patterns' variables are new even if bound outside. */
  shadow?: boolean;
}

/** A list of clauses over `args` as one decision tree, ending in `fail`. */
export function clausesTree(
  clauses: Clause[],
  args: Atomic[],
  env: Env,
  f: FnCtx,
  armK: () => K,
  fail: Decision,
  opts: ClauseOpts = {},
): Decision {
  const one = (cl: Clause, from: number): Decision => {
    let env0 = env;
    if (opts.shadow) {
      const m = new Map(env);
      for (const p of cl.patterns) for (const n of patVars(p)) m.delete(n);
      env0 = m;
    }
    return matchSeq(cl.patterns.slice(from), args.slice(from), env0, f, (env1) =>
      guardThen(cl.guards, env1, f, () => ({ k: 'leaf', body: lowerBody(cl.body, env1, armK(), f) })));
  };
  const switchKey = (cl: Clause): Const | undefined => {
    if (args.length === 0 || cl.patterns.length === 0) return undefined;
    const k = constOf(cl.patterns[0]!);
    return k && (k.k === 'atom' || k.k === 'int') ? k : undefined;
  };
  const keyStr = (k: Const) => (k.k === 'atom' ? `a:${k.v}` : `i:${(k as { v: bigint }).v}`);
  const parts: Decision[] = [];
  for (let i = 0; i < clauses.length;) {
    let j = i;
    while (j < clauses.length && switchKey(clauses[j]!)) j++;
    if (j - i >= 2) {
      // A run of clauses on literal first arguments: one switch.
      const groups = new Map<string, { c: Const; trees: Decision[] }>();
      for (const cl of clauses.slice(i, j)) {
        const k = switchKey(cl)!;
        const g = groups.get(keyStr(k)) ?? { c: k, trees: [] };
        g.trees.push(one(cl, 1));
        groups.set(keyStr(k), g);
      }
      parts.push({
        k: 'switch', on: args[0]!, default: NEXT,
        cases: [...groups.values()].map((g) => ({ c: g.c, then: chain(g.trees, NEXT) })),
      });
      i = j;
    } else {
      parts.push(one(clauses[i]!, 0));
      i++;
    }
  }
  return chain(parts, fail);
}

export function chain(trees: Decision[], last: Decision): Decision {
  return trees.reduceRight<Decision>(
    (rest, first) => (rest.k === 'next' || !mayFallThrough(first) ? first : { k: 'alt', first, rest }), last);
}

/** Whether a tree can reach `next` (if not, what follows it in an `alt` is dead). */
export function mayFallThrough(d: Decision): boolean {
  switch (d.k) {
    case 'next': return true;
    case 'leaf': case 'fail': return false;
    case 'alt': return mayFallThrough(d.first) && mayFallThrough(d.rest);
    case 'test': case 'guard': case 'eval': return mayFallThrough(d.then) || mayFallThrough(d.else);
    case 'switch': return d.cases.some((x) => mayFallThrough(x.then)) || mayFallThrough(d.default);
    case 'bind': return mayFallThrough(d.next);
  }
}
