// Free variables of Core expressions and decision trees.
//
// The code generator needs them for every frame a capture may push: a resume function
// receives exactly the variables the rest of the computation reads (its *live*
// variables), and letrec-bound functions receive the variables of their enclosing
// function as extra parameters. Results are memoised per node (Core is immutable once
// built), so asking for the free variables of every `let` body stays linear overall.
//
// A call to a letrec-bound function passes that letrec's free variables as extra
// arguments, so the call reads them: they count as free variables of the call. A
// letrec's set depends on the letrecs it calls (an inner list-comprehension generator
// tail-calls the outer one when it runs out), so `prepareLetrecs` computes all of a
// module's sets to a fixpoint before code generation asks anything else. Names are
// module-unique (lowering makes them so), so one table per module needs no scoping.
import type { Atomic, Decision, Expr, Test, Access, ModuleIR, LetRec } from '../core/ir.js';

let memo = new WeakMap<object, ReadonlySet<string>>();
let letrecFree = new Map<string, ReadonlySet<string>>();

/** The extra (free) variables each letrec-bound function of the module receives. */
export function prepareLetrecs(mod: ModuleIR): void {
  const all: LetRec[] = [];
  for (const f of mod.functions) collectLetrecs(f.body, all);
  letrecFree = new Map();
  memo = new WeakMap();
  for (let changed = true; changed; ) {
    changed = false;
    // Each round reads the table as the previous round left it; the memo is only
    // valid for one table, so it starts afresh every round.
    memo = new WeakMap();
    const next = new Map<string, ReadonlySet<string>>();
    for (const lr of all) {
      const free = new Set<string>();
      for (const d of lr.defs) for (const v of freeVars(d.body)) if (!d.params.includes(v)) free.add(v);
      for (const d of lr.defs) next.set(d.name, free);
    }
    for (const [n, s] of next) {
      const old = letrecFree.get(n);
      if (!old || old.size !== s.size) changed = true;
    }
    letrecFree = next;
  }
}

/** The free variables a call to letrec function `name` passes (sorted). */
export function letrecFreeList(name: string): string[] {
  return [...(letrecFree.get(name) ?? [])].sort();
}

function collectLetrecs(e: Expr, out: LetRec[]): void {
  switch (e.k) {
    case 'let':
      collectLetrecs(e.e, out);
      collectLetrecs(e.body, out);
      break;
    case 'fun':
      collectLetrecs(e.body, out);
      break;
    case 'case':
      treeLetrecs(e.tree, out);
      break;
    case 'receive':
      treeLetrecs(e.tree, out);
      if (e.after) collectLetrecs(e.after.body, out);
      break;
    case 'try':
      collectLetrecs(e.body, out);
      collectLetrecs(e.ofBody, out);
      collectLetrecs(e.handler, out);
      break;
    case 'catch':
      collectLetrecs(e.body, out);
      break;
    case 'letrec':
      out.push(e);
      for (const d of e.defs) collectLetrecs(d.body, out);
      collectLetrecs(e.body, out);
      break;
    default:
      break;
  }
}

function treeLetrecs(d: Decision, out: LetRec[]): void {
  switch (d.k) {
    case 'leaf':
      collectLetrecs(d.body, out);
      break;
    case 'alt':
      treeLetrecs(d.first, out);
      treeLetrecs(d.rest, out);
      break;
    case 'test':
      treeLetrecs(d.then, out);
      treeLetrecs(d.else, out);
      break;
    case 'switch':
      for (const c of d.cases) treeLetrecs(c.then, out);
      treeLetrecs(d.default, out);
      break;
    case 'bind':
      treeLetrecs(d.next, out);
      break;
    case 'guard':
      collectLetrecs(d.body, out);
      treeLetrecs(d.then, out);
      treeLetrecs(d.else, out);
      break;
    case 'eval':
      collectLetrecs(d.e, out);
      treeLetrecs(d.then, out);
      treeLetrecs(d.else, out);
      break;
    default:
      break;
  }
}

function atomic(a: Atomic, out: Set<string>): void {
  if (a.k === 'var') out.add(a.name);
}

function addAll(src: ReadonlySet<string>, out: Set<string>, minus?: readonly (string | null | undefined)[]): void {
  for (const v of src) if (!minus || !minus.includes(v)) out.add(v);
}

/** The free variables of an expression. */
export function freeVars(e: Expr): ReadonlySet<string> {
  const m = memo.get(e);
  if (m) return m;
  const out = new Set<string>();
  switch (e.k) {
    case 'ret':
      atomic(e.a, out);
      break;
    case 'let':
      addAll(freeVars(e.e), out);
      addAll(freeVars(e.body), out, [e.v]);
      break;
    case 'call': {
      const t = e.target;
      if (t.k === 'remote') {
        atomic(t.mod, out);
        atomic(t.fn, out);
      } else if (t.k === 'apply') atomic(t.f, out);
      else if (t.k === 'letrec') addAll(letrecFree.get(t.name) ?? new Set(), out);
      for (const a of e.args) atomic(a, out);
      break;
    }
    case 'prim':
      for (const a of e.args) atomic(a, out);
      break;
    case 'fun':
      for (const v of e.free) out.add(v);
      break;
    case 'case':
      for (const a of e.args) atomic(a, out);
      addAll(treeVars(e.tree), out);
      break;
    case 'receive': {
      addAll(treeVars(e.tree), out, [e.msgVar]);
      if (e.after) {
        atomic(e.after.timeout, out);
        addAll(freeVars(e.after.body), out);
      }
      break;
    }
    case 'try':
      addAll(freeVars(e.body), out);
      addAll(freeVars(e.ofBody), out, [e.ofVar]);
      addAll(freeVars(e.handler), out, [e.classVar, e.reasonVar, e.stackVar]);
      break;
    case 'catch':
      addAll(freeVars(e.body), out);
      break;
    case 'letrec': {
      for (const d of e.defs) addAll(freeVars(d.body), out, d.params);
      addAll(freeVars(e.body), out);
      break;
    }
    case 'raise':
      atomic(e.cls, out);
      atomic(e.reason, out);
      if (e.stack) atomic(e.stack, out);
      break;
    case 'bin':
      for (const s of e.segs) {
        atomic(s.value, out);
        if (s.seg.size) atomic(s.seg.size, out);
      }
      break;
    case 'fail':
      if (e.value) atomic(e.value, out);
      break;
  }
  memo.set(e, out);
  return out;
}

function testVars(t: Test, out: Set<string>): void {
  switch (t.k) {
    case 'is_tuple':
    case 'is_cons':
    case 'is_nil':
    case 'is_map':
      atomic(t.v, out);
      break;
    case 'map_has':
      atomic(t.v, out);
      atomic(t.key, out);
      break;
    case 'eq':
      atomic(t.v, out);
      atomic(t.w, out);
      break;
    case 'bin_start':
      atomic(t.v, out);
      break;
    case 'bin_seg':
      out.add(t.ctx);
      if (t.seg.size) atomic(t.seg.size, out);
      break;
    case 'bin_rest':
    case 'bin_end':
      out.add(t.ctx);
      break;
  }
}

function testBinds(t: Test): string[] {
  if (t.k === 'bin_start') return [t.ctx];
  if ((t.k === 'bin_seg' || t.k === 'bin_rest') && t.bind) return [t.bind];
  return [];
}

function accessVars(a: Access, out: Set<string>): void {
  if (a.k === 'atomic') atomic(a.a, out);
  else {
    atomic(a.of, out);
    if (a.k === 'map_get') atomic(a.key, out);
  }
}

/** Free variables of a decision tree (variables it binds are removed below the binding). */
export function treeVars(d: Decision): ReadonlySet<string> {
  const m = memo.get(d);
  if (m) return m;
  const out = new Set<string>();
  switch (d.k) {
    case 'leaf':
      addAll(freeVars(d.body), out);
      break;
    case 'next':
      break;
    case 'alt':
      addAll(treeVars(d.first), out);
      addAll(treeVars(d.rest), out);
      break;
    case 'test': {
      testVars(d.test, out);
      const b = testBinds(d.test);
      addAll(treeVars(d.then), out, b);
      addAll(treeVars(d.else), out);
      break;
    }
    case 'switch':
      atomic(d.on, out);
      for (const c of d.cases) addAll(treeVars(c.then), out);
      addAll(treeVars(d.default), out);
      break;
    case 'bind':
      accessVars(d.access, out);
      addAll(treeVars(d.next), out, [d.v]);
      break;
    case 'guard':
      addAll(freeVars(d.body), out);
      addAll(treeVars(d.then), out);
      addAll(treeVars(d.else), out);
      break;
    case 'eval':
      addAll(freeVars(d.e), out);
      addAll(treeVars(d.then), out, [d.v]);
      addAll(treeVars(d.else), out);
      break;
    case 'fail':
      if (d.value) atomic(d.value, out);
      break;
  }
  memo.set(d, out);
  return out;
}
