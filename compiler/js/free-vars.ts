// Free variables of Core expressions and decision trees.
//
// The code generator needs them for every frame a capture may push: a resume function
// receives exactly the variables the rest of the computation reads (its *live*
// variables), and letrec-bound functions receive the variables of their enclosing
// function as extra parameters. Results are memoised per node (Core is immutable once
// built), so asking for the free variables of every `let` body stays linear overall.
import type { Atomic, Decision, Expr, Test, Access } from '../core/ir.js';

const memo = new WeakMap<object, ReadonlySet<string>>();

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
