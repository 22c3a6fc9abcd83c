// Variable tables: what lint knows about each variable at a point of a clause.
//
// This is erl_lint's "vt" (an orddict there, a Map here, treated as a value: every
// operation returns a new table). Each variable has
//   state  bound | unsafe (bound in only some branches of In, or inside a catch ...)
//          | export (bound in every branch of a case/if/receive and used after it)
//          | stacktrace (the stack variable of a catch clause, while in its guard);
//   used   whether it has been read (for "variable 'X' is unused");
//   annos  the places it was bound (every one gets the unused warning).
// The operations below keep erl_lint's names, because the expression pass combines
// them exactly as erl_lint does and that is the easiest way to check it:
//   vtupdate(U, V)  V updated with U (U's state wins)
//   vtmerge(A, B)   both, merging states (unsafe beats export beats bound)
//   vtnew(N, O)     the variables of N that are not in O    (= vtsubtract)
//   vtold(N, O)     the variables of N that are also in O
//   vtunsafe(In, U, V)  U's new variables, marked unsafe in In
import type { Loc } from '../ast/ast.js';

/** Where a variable became unsafe or exported: `case` at line/column. */
export interface Where { tag: string; line: number; col: number }

export type VarState =
  | { k: 'bound' }
  | { k: 'unsafe'; in: Where }
  | { k: 'export'; from: Where }
  | { k: 'stacktrace' };

export interface VarInfo {
  state: VarState;
  used: boolean;
  annos: Loc[];
}

export type VarTable = ReadonlyMap<string, VarInfo>;

export const BOUND: VarState = { k: 'bound' };
export const EMPTY: VarTable = new Map();

export const vt = (entries: [string, VarInfo][]): VarTable => new Map(entries);
export const bound = (used: boolean, annos: Loc[]): VarInfo => ({ state: BOUND, used, annos });

const locKey = (l: Loc) => `${l.file}\u0000${l.line}\u0000${l.col}`;

/** ordsets:union of annotation lists: no duplicates, in source order. */
export function mergeAnnos(a: Loc[], b: Loc[]): Loc[] {
  if (a.length === 0) return b;
  if (b.length === 0 || a === b) return a;
  const seen = new Set(a.map(locKey));
  const out = [...a];
  for (const l of b) if (!seen.has(locKey(l))) out.push(l);
  out.sort((x, y) => x.line - y.line || x.col - y.col);
  return out;
}

/** erl_lint's merge_state/2: the error case wins, then the warning. */
export function mergeState(s1: VarState, s2: VarState): VarState {
  if (s1.k === 'unsafe') return s1;
  if (s2.k === 'unsafe') return s2;
  if (s1.k === 'bound') return s2;
  if (s2.k === 'bound') return s1;
  return s1;
}

export function vtupdate(uvt: VarTable, vt0: VarTable): VarTable {
  if (uvt.size === 0) return vt0;
  if (vt0.size === 0) return uvt;
  const out = new Map(vt0);
  for (const [v, u] of uvt) {
    const o = vt0.get(v);
    out.set(v, o ? { state: u.state, used: u.used || o.used, annos: mergeAnnos(u.annos, o.annos) } : u);
  }
  return out;
}

export function vtmerge(a: VarTable, b: VarTable): VarTable {
  if (a.size === 0) return b;
  if (b.size === 0) return a;
  const out = new Map(b);
  for (const [v, x] of a) {
    const y = b.get(v);
    out.set(v, y ? { state: mergeState(x.state, y.state), used: x.used || y.used, annos: mergeAnnos(x.annos, y.annos) } : x);
  }
  return out;
}

export function vtmergeAll(vts: VarTable[]): VarTable {
  let acc: VarTable = EMPTY;
  for (const t of vts) acc = vtmerge(t, acc);
  return acc;
}

export function vtnew(n: VarTable, o: VarTable): VarTable {
  if (o.size === 0 || n.size === 0) return n;
  const out = new Map<string, VarInfo>();
  for (const [v, x] of n) if (!o.has(v)) out.set(v, x);
  return out;
}

export const vtsubtract = vtnew;

export function vtold(n: VarTable, o: VarTable): VarTable {
  if (n.size === 0) return n;
  const out = new Map<string, VarInfo>();
  if (o.size === 0) return out;
  for (const [v, x] of n) if (o.has(v)) out.set(v, x);
  return out;
}

export function vtunsafe(where: Where, uvt: VarTable, vt0: VarTable): VarTable {
  const out = new Map<string, VarInfo>();
  for (const [v, x] of vtnew(uvt, vt0)) out.set(v, { state: { k: 'unsafe', in: where }, used: x.used, annos: x.annos });
  return out;
}

export function vtNoUnsafe(t: VarTable): VarTable {
  const out = new Map<string, VarInfo>();
  for (const [v, x] of t) if (x.state.k !== 'unsafe') out.set(v, x);
  return out;
}

export function vtNoUnused(t: VarTable): VarTable {
  const out = new Map<string, VarInfo>();
  for (const [v, x] of t) if (x.used) out.set(v, x);
  return out;
}

export function isVarBound(v: string, t: VarTable): boolean {
  return t.get(v)?.state.k === 'bound';
}
