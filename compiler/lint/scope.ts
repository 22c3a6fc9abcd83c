// Variables one at a time: binding in a pattern, use in an expression, use in a
// binary segment size; and the warnings about them (unused, shadowed, a _-prefixed
// variable matched again). The tables themselves are vars.ts; how constructs combine
// them is exprs.ts.
import type { Loc } from '../ast/ast.js';
import type { Lint } from './context.js';
import { atom, int, tuple, type Term } from './terms.js';
import { EMPTY, bound, mergeAnnos, mergeState, vtmerge, vtNoUnsafe, vtold, type VarInfo, type VarTable, type Where } from './vars.js';

const whereTerm = (w: Where): Term => tuple(atom(w.tag), tuple(int(w.line), int(w.col)));
const varTerm = (v: string) => atom(v);
const isUnderscored = (v: string) => v.startsWith('_');
type PatResult = [VarTable, VarTable];

/** vtmerge for two parts of one pattern: a variable occurring in both is matched
 * against itself, which uses it (and is suspicious for _-prefixed names). */
export function vtmergePat(st: Lint, a: VarTable, b: VarTable): VarTable {
  if (a.size === 0) return b;
  if (b.size === 0) return a;
  const out = new Map(b);
  for (const [v, x] of a) {
    const y = b.get(v);
    if (!y) {
      out.set(v, x);
      continue;
    }
    const annos = mergeAnnos(x.annos, y.annos);
    let matched: Loc[] | undefined;
    if (!x.used && !y.used) matched = annos;
    else if (!x.used) matched = x.annos;
    else if (!y.used) matched = y.annos;
    if (matched) warnUnderscoreMatchPat(st, v, matched);
    out.set(v, { state: mergeState(x.state, y.state), used: true, annos });
  }
  return out;
}

function warnUnderscoreMatch(st: Lint, v: string, loc: Loc): void {
  if (st.warnEnabled('underscore_match') && isUnderscored(v)) st.warning(loc, tuple(atom('match_underscore_var'), varTerm(v)));
}

function warnUnderscoreMatchPat(st: Lint, v: string, annos: Loc[]): void {
  if (st.warnEnabled('underscore_match') && isUnderscored(v)) {
    for (const a of annos) st.warning(a, tuple(atom('match_underscore_var_pat'), varTerm(v)));
  }
}

function unusedVars(t: VarTable, t0: VarTable): [string, VarInfo][] {
  const out: [string, VarInfo][] = [];
  for (const [v, x] of t) if (!x.used && !isUnderscored(v) && !t0.has(v)) out.push([v, x]);
  return out;
}

function warnUnusedVars(st: Lint, u: [string, VarInfo][]): void {
  if (!st.warnEnabled('unused_vars')) return;
  for (const [v, x] of u) for (const a of x.annos) st.warning(a, tuple(atom('unused_var'), varTerm(v)));
}

/** Warn about the variables of `t` that are new (not in `t0`) and never used. */
export function checkUnusedVars(st: Lint, t: VarTable, t0: VarTable): void {
  warnUnusedVars(st, unusedVars(t, t0));
}

/** Warn about the variables of `t0` whose new binding in `t` is never used. */
export function checkOldUnusedVars(st: Lint, t: VarTable, t0: VarTable): void {
  warnUnusedVars(st, unusedVars(vtold(t, t0), EMPTY));
}

export function shadowVars(st: Lint, t: VarTable, t0: VarTable, inWhat: string): void {
  if (!st.warnEnabled('shadow_vars')) return;
  for (const [v, x] of vtold(t, vtNoUnsafe(t0))) {
    const a = x.annos[0];
    if (a) st.warning(a, tuple(atom('shadowed_var'), varTerm(v), atom(inWhat)));
  }
}

export function patVar(st: Lint, v: string, loc: Loc, vt: VarTable, nw: VarTable): PatResult {
  const inNew = nw.get(v);
  if (inNew && inNew.state.k === 'bound') {
    warnUnderscoreMatch(st, v, loc);
    return [EMPTY, new Map([[v, bound(true, inNew.annos)]])];
  }
  const x = vt.get(v);
  if (x) {
    switch (x.state.k) {
      case 'unsafe':
        st.error(loc, tuple(atom('unsafe_var'), varTerm(v), whereTerm(x.state.in)));
        break;
      case 'export':
        warnUnderscoreMatch(st, v, loc);
        st.warning(loc, tuple(atom('exported_var'), varTerm(v), whereTerm(x.state.from)));
        break;
      default:
        warnUnderscoreMatch(st, v, loc);
    }
    return [new Map([[v, bound(true, x.annos)]]), EMPTY];
  }
  if (st.recdefTop) st.error(loc, tuple(atom('variable_in_record_def'), varTerm(v)));
  return [EMPTY, new Map([[v, bound(false, [loc])]])];
}

export function patBinsizeVar(st: Lint, v: string, loc: Loc, vt: VarTable, nw: VarTable): PatResult {
  const inNew = nw.get(v);
  if (inNew && inNew.state.k === 'bound') return [EMPTY, new Map([[v, bound(true, inNew.annos)]])];
  const x = vt.get(v);
  if (x) {
    if (x.state.k === 'unsafe') st.error(loc, tuple(atom('unsafe_var'), varTerm(v), whereTerm(x.state.in)));
    else if (x.state.k === 'export' && st.warnEnabled('export_vars')) {
      st.warning(loc, tuple(atom('exported_var'), varTerm(v), whereTerm(x.state.from)));
    }
    return [new Map([[v, bound(true, x.annos)]]), EMPTY];
  }
  st.error(loc, tuple(atom('unbound_var'), varTerm(v)));
  return [new Map([[v, bound(true, [loc])]]), EMPTY];
}

export function exprVar(st: Lint, v: string, loc: Loc, vt: VarTable): VarTable {
  if (st.bvt !== undefined) {
    // A variable in a binary segment size, inside a pattern.
    const [v1, b1] = patBinsizeVar(st, v, loc, vt, st.bvt);
    st.bvt = vtmerge(st.bvt, b1);
    return v1;
  }
  const x = vt.get(v);
  if (!x) {
    st.error(loc, tuple(atom('unbound_var'), varTerm(v)));
    return new Map([[v, bound(true, [loc])]]);
  }
  switch (x.state.k) {
    case 'bound':
      return new Map([[v, bound(true, x.annos)]]);
    case 'unsafe':
      st.error(loc, tuple(atom('unsafe_var'), varTerm(v), whereTerm(x.state.in)));
      return new Map([[v, bound(true, x.annos)]]);
    case 'export':
      if (st.warnEnabled('export_vars')) {
        st.warning(loc, tuple(atom('exported_var'), varTerm(v), whereTerm(x.state.from)));
        return new Map([[v, bound(true, x.annos)]]);
      }
      return new Map([[v, { state: x.state, used: true, annos: x.annos }]]);
    case 'stacktrace':
      st.error(loc, tuple(atom('stacktrace_guard'), varTerm(v)));
      return new Map([[v, bound(true, x.annos)]]);
  }
}
