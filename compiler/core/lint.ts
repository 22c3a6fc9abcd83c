// Checks the invariants of Core IR (see ir.ts) and returns the problems found.
//
//   * every variable is bound once per top-level function (funs included);
//   * every variable is bound before it is used, in scope: a `let` binds in its body,
//     a decision `bind`/`eval`/bit-syntax test in what follows it on the path, a
//     fun's body sees only its params, its self name and its `free` list;
//   * a fun's `free` list is exactly the free variables of its body;
//   * a `let`'s bound expression is not a `let`;
//   * letrec calls name a letrec function in scope, with its arity; local calls name a
//     function of the module.
// Used by the tests after every lowering; cheap enough to run in a debug build.
import type { Atomic, Decision, Expr, ModuleIR, Test } from './ir.js';
import { freeVars } from './vars.js';

type Scope = { name: string; up: Scope } | null;
type FnScope = { name: string; arity: number; up: FnScope } | null;

const has = (s: Scope, n: string): boolean => {
  for (let x = s; x; x = x.up) if (x.name === n) return true;
  return false;
};

export function lintCore(ir: ModuleIR): string[] {
  const problems: string[] = [];
  const defined = new Set(ir.functions.map((f) => `${f.name}/${f.arity}`));
  const indices = new Set<number>();
  for (const fn of ir.functions) {
    const where = `${fn.name}/${fn.arity}`;
    const seen = new Set<string>();
    const say = (m: string) => problems.push(`${where}: ${m}`);
    const bind = (s: Scope, n: string | null | undefined): Scope => {
      if (!n) return s;
      if (seen.has(n)) say(`${n} bound twice`);
      seen.add(n);
      return { name: n, up: s };
    };
    const use = (s: Scope, a: Atomic | null | undefined) => {
      if (a && a.k === 'var' && !has(s, a.name)) say(`${a.name} used unbound`);
    };
    const useName = (s: Scope, n: string) => {
      if (!has(s, n)) say(`${n} used unbound`);
    };
    const test = (s: Scope, t: Test): Scope => {
      switch (t.k) {
        case 'is_tuple': case 'is_cons': case 'is_nil': case 'is_map': use(s, t.v); return s;
        case 'map_has': use(s, t.v); use(s, t.key); return s;
        case 'eq': use(s, t.v); use(s, t.w); return s;
        case 'bin_start': use(s, t.v); return bind(s, t.ctx);
        case 'bin_seg': useName(s, t.ctx); use(s, t.seg.size); return bind(s, t.bind);
        case 'bin_rest': useName(s, t.ctx); return bind(s, t.bind);
        case 'bin_end': useName(s, t.ctx); return s;
      }
    };
    const dec = (s: Scope, r: FnScope, d: Decision): void => {
      switch (d.k) {
        case 'leaf': ex(s, r, d.body); break;
        case 'next': break;
        case 'alt': dec(s, r, d.first); dec(s, r, d.rest); break;
        case 'test': {
          const s2 = test(s, d.test);
          dec(s2, r, d.then);
          dec(s, r, d.else);
          break;
        }
        case 'switch': use(s, d.on); d.cases.forEach((x) => dec(s, r, x.then)); dec(s, r, d.default); break;
        case 'bind': {
          const a = d.access;
          if (a.k === 'atomic') use(s, a.a);
          else use(s, a.of);
          if (a.k === 'map_get') use(s, a.key);
          if (a.k === 'element' && a.index < 1) say(`element index ${a.index}`);
          dec(bind(s, d.v), r, d.next);
          break;
        }
        case 'guard': ex(s, r, d.body); dec(s, r, d.then); dec(s, r, d.else); break;
        case 'eval': ex(s, r, d.e); dec(bind(s, d.v), r, d.then); dec(s, r, d.else); break;
        case 'fail': use(s, d.value); break;
      }
    };
    const ex = (s: Scope, r: FnScope, x: Expr): void => {
      switch (x.k) {
        case 'ret': use(s, x.a); break;
        case 'let':
          if (x.e.k === 'let') say('let bound to a let');
          ex(s, r, x.e);
          ex(bind(s, x.v), r, x.body);
          break;
        case 'call': {
          const t = x.target;
          if (t.k === 'remote') { use(s, t.mod); use(s, t.fn); }
          else if (t.k === 'apply') use(s, t.f);
          else if (t.k === 'local') {
            if (!defined.has(`${t.name}/${t.arity}`)) say(`call to undefined local ${t.name}/${t.arity}`);
          } else {
            let ok = false;
            for (let q = r; q; q = q.up) if (q.name === t.name && q.arity === t.arity) ok = true;
            if (!ok) say(`letrec ${t.name}/${t.arity} not in scope`);
          }
          if (t.k !== 'apply' && t.k !== 'remote' && x.args.length !== t.arity) say(`call arity mismatch ${t.name}`);
          x.args.forEach((a) => use(s, a));
          break;
        }
        case 'prim': x.args.forEach((a) => use(s, a)); break;
        case 'fun': {
          x.free.forEach((n) => useName(s, n));
          if (indices.has(x.index)) say(`fun index ${x.index} used twice`);
          indices.add(x.index);
          const want = new Set(freeVars(x.body).filter((n) => !x.params.includes(n) && n !== x.selfName));
          const got = new Set(x.free);
          if (want.size !== got.size || [...want].some((n) => !got.has(n))) {
            say(`fun ${x.name}: free [${x.free}] but body uses [${[...want]}]`);
          }
          let inner: Scope = null;
          for (const n of x.free) inner = { name: n, up: inner };
          for (const p of x.params) inner = bind(inner, p);
          inner = bind(inner, x.selfName);
          ex(inner, null, x.body);
          break;
        }
        case 'case': x.args.forEach((a) => use(s, a)); dec(s, r, x.tree); break;
        case 'receive':
          dec(bind(s, x.msgVar), r, x.tree);
          if (x.after) { use(s, x.after.timeout); ex(s, r, x.after.body); }
          break;
        case 'try':
          ex(s, r, x.body);
          ex(bind(s, x.ofVar), r, x.ofBody);
          ex(bind(bind(bind(s, x.classVar), x.reasonVar), x.stackVar), r, x.handler);
          break;
        case 'catch': ex(s, r, x.body); break;
        case 'letrec': {
          let r2 = r;
          for (const d of x.defs) r2 = { name: d.name, arity: d.params.length, up: r2 };
          for (const d of x.defs) {
            let s2 = s;
            for (const p of d.params) s2 = bind(s2, p);
            ex(s2, r2, d.body);
          }
          ex(s, r2, x.body);
          break;
        }
        case 'raise': use(s, x.cls); use(s, x.reason); use(s, x.stack); break;
        case 'bin': x.segs.forEach((g) => { use(s, g.value); use(s, g.seg.size); }); break;
        case 'fail': use(s, x.value); break;
      }
    };
    let s: Scope = null;
    for (const p of fn.params) s = bind(s, p);
    if (fn.params.length !== fn.arity) say('params do not match arity');
    ex(s, null, fn.body);
  }
  for (const e of ir.exports) {
    if (!defined.has(`${e.name}/${e.arity}`)) problems.push(`export of undefined ${e.name}/${e.arity}`);
  }
  if (indices.size !== ir.funCount) problems.push(`funCount ${ir.funCount} but ${indices.size} funs`);
  return problems;
}
