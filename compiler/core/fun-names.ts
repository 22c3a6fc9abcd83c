// OTP's numbering of the funs and comprehensions of a function, for their names
// (`-main/0-fun-2-`, `-main/0-F/1-0-`, `-main/0-lc$^0/1-1-`), which fun_info/2 and
// stack traces show.
//
// Observed on OTP 25 (v3_core numbers them as it lowers): one counter per top-level
// function; a body is walked in order, but the parts of one expression (list and
// tuple elements, call arguments, ...) from last to first; a fun gets its number
// after the funs inside it, a comprehension before the funs inside it; `fun f/1`
// takes a number as well. A named fun
// also takes a number from that counter, but its name carries a second counter of
// named funs, counted in source order.
import type * as A from '../ast/ast.js';

export interface FunNumbers {
  /** Fun and comprehension nodes -> their number in the function's counter. */
  index: Map<A.Expr, number>;
  /** Named fun nodes -> their number among the function's named funs. */
  named: Map<A.Expr, number>;
}

export function numberFuns(fn: A.FunctionDef): FunNumbers {
  const index = new Map<A.Expr, number>();
  const named = new Map<A.Expr, number>();
  let n = 0;
  let m = 0;
  // Named funs: source order.
  const namedWalk = (e: A.Expr): void => {
    if (e.kind === 'fun' && e.name) named.set(e, m++);
    forChildren(e, namedWalk, false);
  };
  const walk = (e: A.Expr): void => {
    if (e.kind === 'lc' || e.kind === 'bc' || e.kind === 'mc') index.set(e, n++);
    forChildren(e, walk, true);
    // `fun f/1` takes a number too (OTP wraps it like a fun), though its name is f.
    if (e.kind === 'fun' || e.kind === 'fun_ref') index.set(e, n++);
  };
  for (const cl of fn.clauses) {
    for (const b of cl.body) namedWalk(b);
  }
  for (const cl of fn.clauses) for (const b of cl.body) walk(b);
  return { index, named };
}

function forChildren(e: A.Expr, f: (x: A.Expr) => void, reversed: boolean): void {
  const each = (xs: A.Expr[]) => {
    if (reversed) for (let i = xs.length - 1; i >= 0; i--) f(xs[i]!);
    else xs.forEach(f);
  };
  // Sequences (bodies) always run forwards.
  const body = (xs: A.Expr[]) => xs.forEach(f);
  const clauses = (cs: A.Clause[]) => {
    const go = (cl: A.Clause) => {
      each(cl.guards.flat());
      body(cl.body);
    };
    if (reversed) for (let i = cs.length - 1; i >= 0; i--) go(cs[i]!);
    else cs.forEach(go);
  };
  switch (e.kind) {
    case 'cons': each([e.head, e.tail]); break;
    case 'tuple': each(e.elements); break;
    case 'map': each([...(e.base ? [e.base] : []), ...e.fields.flatMap((x) => [x.key, x.value])]); break;
    case 'record': each([...(e.base ? [e.base] : []), ...e.fields.map((x) => x.value)]); break;
    case 'record_field_access': f(e.expr); break;
    case 'bin': each(e.elements.flatMap((x) => [x.value, ...(x.size === 'default' ? [] : [x.size])])); break;
    case 'op': each([e.left, e.right]); break;
    case 'unop': f(e.operand); break;
    case 'match': case 'maybe_match': f(e.expr); break;
    case 'call': {
      const c = e.callee;
      each([...(c.kind === 'remote' ? [c.module, c.name] : [c]), ...e.args]);
      break;
    }
    case 'block': body(e.body); break;
    case 'if': clauses(e.clauses); break;
    case 'case': f(e.expr); clauses(e.clauses); break;
    case 'receive':
      clauses(e.clauses);
      if (e.after) { f(e.after.timeout); body(e.after.body); }
      break;
    case 'try': body(e.body); clauses(e.clauses); clauses(e.catchClauses); body(e.after); break;
    case 'catch': f(e.expr); break;
    case 'maybe': body(e.body); if (e.elseClauses) clauses(e.elseClauses); break;
    case 'fun': clauses(e.clauses); break;
    case 'lc': case 'bc': {
      const qs: A.Expr[] = [];
      for (const q of e.qualifiers) {
        if (q.kind === 'generate' || q.kind === 'b_generate') qs.push(q.expr);
        else if (q.kind === 'm_generate') qs.push(q.expr);
        else qs.push(q as A.Expr);
      }
      each([e.template, ...qs]);
      break;
    }
    default: break;
  }
}

/** OTP's module-wide fun indices (fun_info(F, index)). Observed on OTP 25: the funs
 * directly in the module's functions are numbered first, in source order; then the
 * funs one level deeper, their parents taken in reverse order of the previous level
 * (lambda lifting collects them on a stack), and so on. A comprehension is a level
 * (it becomes a function) but takes no index; `fun f/1` of a local function does. */
export function numberFunIndices(fns: A.FunctionDef[], isLocalRef: (e: A.FunRef) => boolean): Map<A.Expr, number> {
  const out = new Map<A.Expr, number>();
  let n = 0;
  const isNode = (e: A.Expr) => e.kind === 'fun' || e.kind === 'lc' || e.kind === 'bc' || (e.kind === 'fun_ref' && isLocalRef(e));
  const childrenOf = (roots: A.Expr[]): A.Expr[] => {
    const found: A.Expr[] = [];
    const walk = (e: A.Expr): void => {
      if (isNode(e)) found.push(e);
      else forChildren(e, walk, false);
    };
    for (const r of roots) walk(r);
    return found;
  };
  const inside = (e: A.Expr): A.Expr[] => {
    const xs: A.Expr[] = [];
    forChildren(e, (x) => xs.push(x), false);
    return xs;
  };
  let level: A.Expr[] = fns.flatMap((fn) => childrenOf(fn.clauses.flatMap((cl) => [...cl.guards.flat(), ...cl.body])));
  while (level.length > 0) {
    for (const e of level) if (e.kind !== 'lc' && e.kind !== 'bc') out.set(e, n++);
    level = [...level].reverse().flatMap((p) => (p.kind === 'fun_ref' ? [] : childrenOf(inside(p))));
  }
  return out;
}
