// Variables of Core IR terms: what a piece of code binds and what it uses.
//
// Every name is bound once per function (lowering makes names module-unique), so the
// free variables of a subtree are simply the names it uses minus the names it binds;
// no scoping is needed. `freeVars` gives them in order of first use, which is the
// order a fun's `free` list records them in.
import type { Atomic, Decision, Expr, Test } from './ir.js';

export interface VarSets {
  uses: string[];
  binds: Set<string>;
}

export function freeVars(e: Expr): string[] {
  const s = collect(e);
  return [...new Set(s.uses)].filter((n) => !s.binds.has(n));
}

/** `onCall` may answer for a call the variables it uses (instead of its arguments). */
export function collect(e: Expr, onCall?: (x: Extract<Expr, { k: 'call' }>) => string[] | undefined): VarSets {
  const uses: string[] = [];
  const binds = new Set<string>();
  const use = (a: Atomic | undefined) => {
    if (a && a.k === 'var') uses.push(a.name);
  };
  const bind = (n: string | null | undefined) => {
    if (n) binds.add(n);
  };
  const test = (t: Test) => {
    switch (t.k) {
      case 'is_tuple': case 'is_cons': case 'is_nil': case 'is_map': use(t.v); break;
      case 'map_has': use(t.v); use(t.key); break;
      case 'eq': use(t.v); use(t.w); break;
      case 'bin_start': use(t.v); bind(t.ctx); break;
      case 'bin_seg': uses.push(t.ctx); use(t.seg.size ?? undefined); bind(t.bind); break;
      case 'bin_rest': uses.push(t.ctx); bind(t.bind); break;
      case 'bin_end': uses.push(t.ctx); break;
    }
  };
  const dec = (d: Decision): void => {
    switch (d.k) {
      case 'leaf': ex(d.body); break;
      case 'next': break;
      case 'alt': dec(d.first); dec(d.rest); break;
      case 'test': test(d.test); dec(d.then); dec(d.else); break;
      case 'switch': use(d.on); d.cases.forEach((x) => dec(x.then)); dec(d.default); break;
      case 'bind': {
        const a = d.access;
        if (a.k === 'atomic') use(a.a);
        else use(a.of);
        if (a.k === 'map_get') use(a.key);
        bind(d.v);
        dec(d.next);
        break;
      }
      case 'guard': ex(d.body); dec(d.then); dec(d.else); break;
      case 'eval': ex(d.e); bind(d.v); dec(d.then); dec(d.else); break;
      case 'fail': use(d.value); break;
    }
  };
  const ex = (x: Expr): void => {
    switch (x.k) {
      case 'ret': use(x.a); break;
      case 'let': ex(x.e); bind(x.v); ex(x.body); break;
      case 'call': {
        const own = onCall?.(x);
        if (own) { uses.push(...own); break; }
        const t = x.target;
        if (t.k === 'remote') { use(t.mod); use(t.fn); } else if (t.k === 'apply') use(t.f);
        x.args.forEach(use);
        break;
      }
      case 'prim': x.args.forEach(use); break;
      case 'fun':
        // A closure uses exactly its free list from the enclosing scope.
        x.free.forEach((n) => uses.push(n));
        break;
      case 'case': x.args.forEach(use); dec(x.tree); break;
      case 'receive':
        bind(x.msgVar); dec(x.tree);
        if (x.after) { use(x.after.timeout); ex(x.after.body); }
        break;
      case 'try':
        ex(x.body); bind(x.ofVar); ex(x.ofBody);
        bind(x.classVar); bind(x.reasonVar); bind(x.stackVar); ex(x.handler);
        break;
      case 'catch': ex(x.body); break;
      case 'letrec':
        for (const d of x.defs) { d.params.forEach(bind); ex(d.body); }
        ex(x.body);
        break;
      case 'raise': use(x.cls); use(x.reason); use(x.stack); break;
      case 'bin': x.segs.forEach((s) => { use(s.value); use(s.seg.size ?? undefined); }); break;
      case 'fail': use(x.value); break;
    }
  };
  ex(e);
  return { uses, binds };
}
