// Tail recursion modulo cons: body recursions that build a list run as loops.
//
// `map(F, [H|T]) -> [F(H) | map(F, T)]` keeps a frame per element until the end of the
// list: a million-element list means a million frames, which the execution model
// (docs/execution.md) moves to the heap in captures, and V8's young-generation
// collector copies them with the million list cells. Most of lists:map/2's time went
// there. Here such a function gets a *destination-passing* twin: it takes one more
// parameter, the last cell built so far, writes each new cell into that cell's tail
// and tail-calls itself with the new cell, so the recursion is a loop (codegen turns
// self tail calls into `for (;;)`) and no frame is kept at all.
//
// A *site* is a tail position of the form `let X = f(Args) in [A1, ..., Ak | X]` where
// f is the function itself (a cons chain whose innermost tail is X, the recursive call's
// value, used nowhere else). The original function keeps its code except at sites,
// which become
//
//     let C1 = [A1 | []] in ... let Ck = [Ak | Ck-1] in
//     let _ = f_dps(Args, C1) in Ck            -- one frame, not one per element
//
// and the twin f_dps(Params, Dst) has the same body with every tail position writing
// its value into Dst's tail: sites set Dst's tail to Ck and tail-call f_dps(Args, C1);
// a tail self call f(Args) becomes f_dps(Args, Dst); any other value V becomes
// `Dst.tl = V`. The cell written into is always one this code built and nothing else
// has seen yet (the list is returned only when complete), so the mutation cannot be
// observed. Erlang's evaluation order is kept: everything before the recursive call
// still runs before it.
//
// What BEAM shows is kept: the twin carries the original's name and arity
// (`trmcOf`) for stack traces and `function_clause` (its destination parameter is not
// an argument), and the original does the first element itself, so a failure at the
// first element shows one frame of f, as BEAM does; deeper ones show f's frame at the
// line of the recursive call once (BEAM merges those equal frames into one) and the
// twin's frame at the failing call. The twin is not listed in module_info(functions).
//
// Only let/case/receive paths are followed: a tail position inside a try or catch
// (not a tail position for BEAM either) is left alone. The twin's bodies are deep
// copies, so no IR node is shared between two generated functions (codegen memoises
// resume and join functions per node); variable names repeat across the two, which
// is fine for codegen since they are different JS functions (this runs after
// core/lint.ts, whose one-binding-per-function rule it would break).
import type { Atomic, Call, CallTarget, Decision, Expr, FunDef, LetRec, ModuleIR } from '../core/ir.js';

/** The module with destination-passing twins for every function (top level or letrec)
 * that has at least one site. Functions without sites are returned unchanged. */
export function withTrmc(mod: ModuleIR): ModuleIR {
  const t = new Trmc();
  const functions: FunDef[] = [];
  for (const f of mod.functions) {
    const body = t.inner(f.body);
    const self: Self = { target: { k: 'local', name: f.name, arity: f.arity }, key: `local:${f.name}/${f.arity}` };
    if (!t.hasSite(body, self)) {
      functions.push(body === f.body ? f : { ...f, body });
      continue;
    }
    const name = dpsName(f.name, f.arity);
    const twin: Self = { target: { k: 'local', name, arity: f.arity + 1 }, key: `local:${name}/${f.arity + 1}` };
    const dst = t.fresh('dst');
    functions.push({ ...f, body: t.orig(body, self, twin) });
    functions.push({ name, arity: f.arity + 1, params: [...f.params, dst], body: t.dps(structuredClone(body), self, twin, dst), loc: f.loc, trmcOf: f.name });
  }
  return t.changed ? { ...mod, functions } : mod;
}

/** A function's name for the twin: a quoted atom no erlc-style name takes. */
function dpsName(name: string, arity: number): string {
  return `-${name}/${arity}-trmc-`;
}

interface Self {
  target: CallTarget;
  /** `local:f/2` or `letrec:name`: what a call to it is (codegen's callKey). */
  key: string;
}

/** A site found at a tail position: the recursive call's arguments and location, and
 * the chain's heads, innermost first. */
interface Site {
  call: Call;
  heads: Atomic[];
}

class Trmc {
  changed = false;
  private n = 0;

  fresh(p: string): string {
    return `${p}@trmc${this.n++}`;
  }

  /** Transforms the letrecs (comprehensions) and funs inside `e`; returns `e` itself
   * when nothing inside changed. */
  inner(e: Expr): Expr {
    switch (e.k) {
      case 'let': {
        const a = this.inner(e.e);
        const b = this.inner(e.body);
        return a === e.e && b === e.body ? e : { ...e, e: a, body: b };
      }
      case 'fun': {
        const b = this.inner(e.body);
        return b === e.body ? e : { ...e, body: b };
      }
      case 'case': {
        const tr = this.innerTree(e.tree);
        return tr === e.tree ? e : { ...e, tree: tr };
      }
      case 'receive': {
        const tr = this.innerTree(e.tree);
        const after = e.after ? this.inner(e.after.body) : undefined;
        return tr === e.tree && after === e.after?.body ? e : { ...e, tree: tr, after: e.after && { ...e.after, body: after! } };
      }
      case 'try': {
        const b = this.inner(e.body);
        const o = this.inner(e.ofBody);
        const h = this.inner(e.handler);
        return b === e.body && o === e.ofBody && h === e.handler ? e : { ...e, body: b, ofBody: o, handler: h };
      }
      case 'catch': {
        const b = this.inner(e.body);
        return b === e.body ? e : { ...e, body: b };
      }
      case 'letrec':
        return this.letrec(e);
      default:
        return e;
    }
  }

  private innerTree(d: Decision): Decision {
    switch (d.k) {
      case 'leaf': {
        const b = this.inner(d.body);
        return b === d.body ? d : { ...d, body: b };
      }
      case 'alt': {
        const f = this.innerTree(d.first);
        const r = this.innerTree(d.rest);
        return f === d.first && r === d.rest ? d : { ...d, first: f, rest: r };
      }
      case 'test': {
        const t = this.innerTree(d.then);
        const o = this.innerTree(d.else);
        return t === d.then && o === d.else ? d : { ...d, then: t, else: o };
      }
      case 'switch': {
        const cases = d.cases.map((c) => {
          const t = this.innerTree(c.then);
          return t === c.then ? c : { ...c, then: t };
        });
        const def = this.innerTree(d.default);
        return cases.every((c, i) => c === d.cases[i]) && def === d.default ? d : { ...d, cases, default: def };
      }
      case 'bind': {
        const n = this.innerTree(d.next);
        return n === d.next ? d : { ...d, next: n };
      }
      case 'guard': {
        const b = this.inner(d.body);
        const t = this.innerTree(d.then);
        const o = this.innerTree(d.else);
        return b === d.body && t === d.then && o === d.else ? d : { ...d, body: b, then: t, else: o };
      }
      case 'eval': {
        const x = this.inner(d.e);
        const t = this.innerTree(d.then);
        const o = this.innerTree(d.else);
        return x === d.e && t === d.then && o === d.else ? d : { ...d, e: x, then: t, else: o };
      }
      default:
        return d;
    }
  }

  private letrec(e: LetRec): Expr {
    const defs: LetRec['defs'] = [];
    let any = false;
    for (const d of e.defs) {
      const body = this.inner(d.body);
      const self: Self = { target: { k: 'letrec', name: d.name, arity: d.params.length }, key: `letrec:${d.name}` };
      if (!this.hasSite(body, self)) {
        if (body !== d.body) any = true;
        defs.push(body === d.body ? d : { ...d, body });
        continue;
      }
      any = true;
      const name = dpsName(d.name, d.params.length);
      const twin: Self = { target: { k: 'letrec', name, arity: d.params.length + 1 }, key: `letrec:${name}` };
      const dst = this.fresh('dst');
      defs.push({ ...d, body: this.orig(body, self, twin) });
      defs.push({ name, params: [...d.params, dst], body: this.dps(structuredClone(body), self, twin, dst), loc: d.loc, trmcOf: d.name });
    }
    const body = this.inner(e.body);
    if (!any && body === e.body) return e;
    return { ...e, defs, body };
  }

  // ------------------------------------------------------------ finding sites

  /** Whether a tail position of `e` is a site of `self`. */
  hasSite(e: Expr, self: Self): boolean {
    let found = false;
    this.tails(e, (x) => {
      if (this.site(x, self)) found = true;
      return x;
    });
    return found;
  }

  /** The site `e` is, if it is one. */
  private site(e: Expr, self: Self): Site | null {
    if (e.k !== 'let' || e.v === null || e.e.k !== 'call' || callKey(e.e) !== self.key) return null;
    const x = e.v;
    const heads: Atomic[] = [];
    const chainVars = new Set([x]);
    let prev = x;
    let b: Expr = e.body;
    // let T1 = [A1 | X] in let T2 = [A2 | T1] in ... [Ak | Tk-1]   (or `... in Tk`)
    for (;;) {
      if (b.k === 'prim' && b.op === 'cons' && isVar(b.args[1]!, prev) && !usesAny(b.args[0]!, chainVars)) {
        heads.push(b.args[0]!);
        return { call: e.e, heads };
      }
      if (b.k === 'ret' && prev !== x && isVar(b.a, prev)) return { call: e.e, heads };
      if (b.k !== 'let' || b.v === null || b.e.k !== 'prim' || b.e.op !== 'cons') return null;
      const [hd, tl] = b.e.args;
      if (!isVar(tl!, prev) || usesAny(hd!, chainVars)) return null;
      heads.push(hd!);
      chainVars.add(b.v);
      prev = b.v;
      b = b.body;
    }
  }

  /** Rebuilds `e` with `f` applied to each tail position reached through let, case
   * and receive (not try/catch, whose bodies are not tail positions). */
  private tails(e: Expr, f: (x: Expr) => Expr): Expr {
    switch (e.k) {
      case 'let': {
        const r = f(e);
        if (r !== e) return r;
        return { ...e, body: this.tails(e.body, f) };
      }
      case 'case':
        return { ...e, tree: this.tailsTree(e.tree, f) };
      case 'receive':
        return { ...e, tree: this.tailsTree(e.tree, f), after: e.after && { ...e.after, body: this.tails(e.after.body, f) } };
      case 'letrec':
        return { ...e, body: this.tails(e.body, f) };
      default:
        return f(e);
    }
  }

  private tailsTree(d: Decision, f: (x: Expr) => Expr): Decision {
    switch (d.k) {
      case 'leaf':
        return { ...d, body: this.tails(d.body, f) };
      case 'alt':
        return { ...d, first: this.tailsTree(d.first, f), rest: this.tailsTree(d.rest, f) };
      case 'test':
        return { ...d, then: this.tailsTree(d.then, f), else: this.tailsTree(d.else, f) };
      case 'switch':
        return { ...d, cases: d.cases.map((c) => ({ ...c, then: this.tailsTree(c.then, f) })), default: this.tailsTree(d.default, f) };
      case 'bind':
        return { ...d, next: this.tailsTree(d.next, f) };
      case 'guard':
      case 'eval':
        return { ...d, then: this.tailsTree(d.then, f), else: this.tailsTree(d.else, f) };
      default:
        return d; // next, fail
    }
  }

  // ------------------------------------------------------------ rewriting

  /** The cells of a site, innermost first: `let C1 = [A1 | []] in ... in k(C1, Ck)`. */
  private cells(s: Site, k: (first: string, last: string) => Expr): Expr {
    const names = s.heads.map(() => this.fresh('cell'));
    let body = k(names[0]!, names[names.length - 1]!);
    for (let i = s.heads.length - 1; i >= 0; i--) {
      const tl: Atomic = i === 0 ? { k: 'const', c: { k: 'nil' } } : { k: 'var', name: names[i - 1]! };
      body = { k: 'let', v: names[i]!, e: { k: 'prim', op: 'cons', args: [s.heads[i]!, tl], loc: s.call.loc }, body };
    }
    return body;
  }

  /** The original function: sites call the twin once. */
  orig(body: Expr, self: Self, twin: Self): Expr {
    this.changed = true;
    return this.tails(body, (x) => {
      const s = this.site(x, self);
      if (!s) return x;
      return this.cells(s, (first, last) => ({
        k: 'let',
        v: null,
        e: { k: 'call', target: twin.target, args: [...s.call.args, v(first)], loc: s.call.loc },
        body: { k: 'ret', a: v(last) },
      }));
    });
  }

  /** The twin: every tail position writes into `dst`'s tail. */
  dps(body: Expr, self: Self, twin: Self, dst: string): Expr {
    const setTail = (a: Atomic, then: Expr): Expr => ({
      k: 'let',
      v: null,
      e: { k: 'prim', op: 'set_tail', args: [v(dst), a], loc: { file: '', line: 0, col: 0 } },
      body: then,
    });
    return this.tails(body, (x) => {
      const s = this.site(x, self);
      if (s) {
        return this.cells(s, (first, last) =>
          setTail(v(last), { k: 'call', target: twin.target, args: [...s.call.args, v(first)], loc: s.call.loc }));
      }
      switch (x.k) {
        case 'let':
          return x; // not a site: tails() goes on into its body
        case 'ret':
          return setTail(x.a, x);
        case 'fail':
        case 'raise':
          return x;
        case 'call':
          if (callKey(x) === self.key) return { ...x, target: twin.target, args: [...x.args, v(dst)] };
          break;
      }
      const r = this.fresh('val');
      return { k: 'let', v: r, e: x, body: setTail(v(r), { k: 'ret', a: v(r) }) };
    });
  }
}

function v(name: string): Atomic {
  return { k: 'var', name };
}

function isVar(a: Atomic, name: string): boolean {
  return a.k === 'var' && a.name === name;
}

function usesAny(a: Atomic, names: Set<string>): boolean {
  return a.k === 'var' && names.has(a.name);
}

/** What a call to a local or letrec function is, as a self-call key (`local:f/2`,
 * `letrec:name`); null for other calls. */
export function callKey(e: Call): string | null {
  if (e.target.k === 'local') return `local:${e.target.name}/${e.target.arity}`;
  if (e.target.k === 'letrec') return `letrec:${e.target.name}`;
  return null;
}
