// Which local functions can never return normally.
//
// OTP's compiler infers the return type of every local function; a call to one whose
// type is `none()` (every path raises: `down(0) -> error(x); down(N) -> 1 +
// down(N - 1)`) is compiled without keeping the caller's frame, so such callers never
// show up in stack traces. BEAM then reports only the raising function over whatever
// called into the chain from outside. The code generator marks these call sites like
// tail calls in its line table (it still keeps them as ordinary calls for captures),
// except inside a try or catch of the same function, whose frame BEAM keeps.
//
// The analysis is the optimistic fixpoint OTP's is: every function starts as "never
// returns" and is cleared once some path of its body can end in a value. It is
// conservative where ours is simpler (fun and letrec calls count as returning, and
// operators that always fail are not recognised), so at worst a frame OTP drops is
// shown, never the other way round.
import type { Call, Decision, Expr, ModuleIR } from '../core/ir.js';

const NEVER_RETURN = new Set(['error/1', 'error/2', 'error/3', 'exit/1', 'throw/1', 'raise/3']);

/** `name/arity` of the module's functions that can never return normally. */
export function noReturnFunctions(mod: ModuleIR): Set<string> {
  const never = new Set(mod.functions.map((f) => `${f.name}/${f.arity}`));
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of mod.functions) {
      const key = `${f.name}/${f.arity}`;
      if (never.has(key) && canReturn(f.body, never)) {
        never.delete(key);
        changed = true;
      }
    }
  }
  return never;
}

/** The calls inside a try or catch body of their own function (not of a fun or letrec
 * defined there: those are functions of their own). Their caller's frame stays. */
export function callsInTry(mod: ModuleIR): Set<Call> {
  const out = new Set<Call>();
  const walk = (e: Expr, inTry: boolean): void => {
    switch (e.k) {
      case 'let':
        walk(e.e, inTry);
        walk(e.body, inTry);
        break;
      case 'call':
        if (inTry) out.add(e);
        break;
      case 'fun':
        walk(e.body, false);
        break;
      case 'case':
        walkTree(e.tree, inTry);
        break;
      case 'receive':
        walkTree(e.tree, inTry);
        if (e.after) walk(e.after.body, inTry);
        break;
      case 'try':
        walk(e.body, true);
        walk(e.ofBody, inTry);
        walk(e.handler, inTry);
        break;
      case 'catch':
        walk(e.body, true);
        break;
      case 'letrec':
        for (const d of e.defs) walk(d.body, false);
        walk(e.body, inTry);
        break;
      default:
        break;
    }
  };
  const walkTree = (d: Decision, inTry: boolean): void => {
    switch (d.k) {
      case 'leaf':
        walk(d.body, inTry);
        break;
      case 'alt':
        walkTree(d.first, inTry);
        walkTree(d.rest, inTry);
        break;
      case 'test':
        walkTree(d.then, inTry);
        walkTree(d.else, inTry);
        break;
      case 'guard':
        walk(d.body, inTry);
        walkTree(d.then, inTry);
        walkTree(d.else, inTry);
        break;
      case 'eval':
        walk(d.e, inTry);
        walkTree(d.then, inTry);
        walkTree(d.else, inTry);
        break;
      case 'switch':
        for (const c of d.cases) walkTree(c.then, inTry);
        walkTree(d.default, inTry);
        break;
      case 'bind':
        walkTree(d.next, inTry);
        break;
      default:
        break;
    }
  };
  for (const f of mod.functions) walk(f.body, false);
  return out;
}

function canReturn(e: Expr, never: ReadonlySet<string>): boolean {
  switch (e.k) {
    case 'let':
      return canReturn(e.e, never) && canReturn(e.body, never);
    case 'call': {
      const t = e.target;
      if (t.k === 'local') return !never.has(`${t.name}/${t.arity}`);
      if (t.k === 'remote' && t.mod.k === 'const' && t.fn.k === 'const' && t.mod.c.k === 'atom' && t.fn.c.k === 'atom') {
        return !(t.mod.c.v === 'erlang' && NEVER_RETURN.has(`${t.fn.c.v}/${e.args.length}`));
      }
      return true;
    }
    case 'case':
      return treeCanReturn(e.tree, never);
    case 'receive':
      return treeCanReturn(e.tree, never) || (e.after !== undefined && e.after !== null && canReturn(e.after.body, never));
    case 'try':
      return (canReturn(e.body, never) && canReturn(e.ofBody, never)) || canReturn(e.handler, never);
    case 'letrec':
      return canReturn(e.body, never);
    case 'raise':
    case 'fail':
      return false;
    default:
      return true;
  }
}

function treeCanReturn(d: Decision, never: ReadonlySet<string>): boolean {
  switch (d.k) {
    case 'leaf':
      return canReturn(d.body, never);
    case 'next':
      return false;
    case 'alt':
      return treeCanReturn(d.first, never) || treeCanReturn(d.rest, never);
    case 'test':
    case 'guard':
    case 'eval':
      return treeCanReturn(d.then, never) || treeCanReturn(d.else, never);
    case 'switch':
      return d.cases.some((c) => treeCanReturn(c.then, never)) || treeCanReturn(d.default, never);
    case 'bind':
      return treeCanReturn(d.next, never);
    case 'fail':
      return false;
  }
}
