// Float speculation: a clause body doing arithmetic on values it did not compute
// itself (tuple elements, parameters) gets a second copy that assumes they are floats.
//
// Floats are boxed (runtime/term/types.ts `Float`: an object and, inside V8, a heap
// number for its field), and every `+ - * /` on unknown operands checks for small
// integers first, then for two floats, and boxes its result; the box of a temporary
// flows into a variable that also takes the integer and BIF results, so V8 cannot
// drop it. nbody's pull/4 makes ~25 such boxes per pair of bodies. Here, when a clause
// body is a straight line of arithmetic, tuple and list building ending in a call, a
// tuple or list, or a value, and its operands come from outside it, the body is
// emitted twice:
//
//     if (X instanceof Float && X2 instanceof Float && ...) {
//       const X$d = X.value, ...;          // raw doubles
//       let DX$d = X$d - X2$d; ...         // no boxes, no type tests
//       const B1 = [X, ..., new Float(VX1$d), ...];   // a box only where a value escapes
//     } else { ...the code as always... }
//
// A raw result that is not finite takes the general code, which raises what it always
// raised (badarith with the same stack entry), so errors do not depend on which copy
// ran. Floats have no identity in Erlang, so boxing a value again where it escapes is
// invisible.
import type { Atomic, Call, Expr } from '../core/ir.js';

export interface FloatSpec {
  /** Variables bound outside the body and assumed to be floats (tested at entry). */
  candidates: string[];
  /** Variables whose value the speculative copy computes as a raw double. */
  raw: Set<string>;
  /** Raw variables also needed as terms (boxed once, where computed). */
  boxed: Set<string>;
}

const ARITH = new Set(['+', '-', '*', '/']);
/** Bodies with fewer raw operations are not worth a second copy. */
const MIN_RAW_OPS = 6;

/** `erlang:+ - * /` with two arguments, or `math:sqrt/1`: what the copy computes raw. */
export function rawOp(e: Expr): { op: string; args: Atomic[] } | null {
  if (e.k !== 'call' || e.target.k !== 'remote') return null;
  const { mod, fn } = e.target;
  if (mod.k !== 'const' || mod.c.k !== 'atom' || fn.k !== 'const' || fn.c.k !== 'atom') return null;
  if (mod.c.v === 'erlang' && ARITH.has(fn.c.v) && e.args.length === 2) return { op: fn.c.v, args: e.args };
  if (mod.c.v === 'math' && fn.c.v === 'sqrt' && e.args.length === 1) return { op: 'sqrt', args: e.args };
  return null;
}

const smallInt = (a: Atomic): boolean =>
  a.k === 'const' && a.c.k === 'int' && a.c.v >= -9007199254740991n && a.c.v <= 9007199254740991n;

/** The speculation for a clause body, or null when it does not qualify. `isPlain`
 * says whether a call neither suspends nor calls Erlang code (codegen's !isSiteCall). */
export function floatSpec(body: Expr, isPlain: (c: Call) => boolean): FloatSpec | null {
  const lets: { v: string | null; e: Expr }[] = [];
  let e = body;
  while (e.k === 'let') {
    if (!((e.e.k === 'call' && isPlain(e.e)) || e.e.k === 'prim')) return null;
    lets.push({ v: e.v, e: e.e });
    e = e.body;
  }
  if (e.k !== 'call' && e.k !== 'ret' && e.k !== 'prim') return null;
  const defined = new Set(lets.flatMap((l) => (l.v === null ? [] : [l.v])));
  // Candidates: free variables used with another variable or a float (`N - 1` alone
  // suggests an integer counter, which would make the test fail every time).
  const candidates = new Set<string>();
  for (const l of lets) {
    const r = rawOp(l.e);
    if (!r) continue;
    const vars = r.args.filter((a): a is { k: 'var'; name: string } => a.k === 'var');
    const floatConst = r.args.some((a) => a.k === 'const' && a.c.k === 'float');
    if (r.op !== 'sqrt' && vars.length < 2 && !floatConst) continue;
    for (const a of vars) if (!defined.has(a.name)) candidates.add(a.name);
  }
  if (candidates.size === 0) return null;
  const raw = new Set<string>();
  const floaty = (a: Atomic) => (a.k === 'var' ? candidates.has(a.name) || raw.has(a.name) : a.c.k === 'float');
  const rawAble = (a: Atomic) => floaty(a) || smallInt(a);
  const rawLets = new Set<Expr>();
  for (const l of lets) {
    const r = rawOp(l.e);
    if (!r || l.v === null || !r.args.every(rawAble) || !r.args.some(floaty)) continue;
    raw.add(l.v);
    rawLets.add(l.e);
  }
  if (rawLets.size < MIN_RAW_OPS) return null;
  // Where a raw variable is needed as a term, and which candidates raw code reads.
  const boxed = new Set<string>();
  const used = new Set<string>();
  const use = (a: Atomic, inRaw: boolean) => {
    if (a.k !== 'var') return;
    if (inRaw) used.add(a.name);
    else if (raw.has(a.name)) boxed.add(a.name);
  };
  for (const l of lets) {
    const inRaw = rawLets.has(l.e);
    for (const a of (l.e as { args: Atomic[] }).args) use(a, inRaw);
    if (l.e.k === 'call' && l.e.target.k === 'remote') {
      use(l.e.target.mod, false);
      use(l.e.target.fn, false);
    }
  }
  if (e.k === 'ret') use(e.a, false);
  else if (e.k === 'prim') for (const a of e.args) use(a, false);
  else {
    for (const a of e.args) use(a, false);
    const t = e.target;
    if (t.k === 'remote') {
      use(t.mod, false);
      use(t.fn, false);
    } else if (t.k === 'apply') use(t.f, false);
  }
  const cands = [...candidates].filter((c) => used.has(c));
  if (cands.length === 0) return null;
  return { candidates: cands, raw, boxed };
}
