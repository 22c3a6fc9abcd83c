// Guards (erl_lint's guard/3 and gexpr/3): only guard BIFs, operators that are
// not list or send operators, record accesses and constants; a call to a local or
// imported function is reported as such. Also the "is this a guard test?" predicates
// used for comprehension filters and binary segment sizes.
import type { Expr, Loc, RecordField } from '../ast/ast.js';
import { isGuardBif, isGuardOp, isOldTypeTest, isTypeTest } from './bifs.js';
import type { Lint, RecordInfo } from './context.js';
import { atom, fa, tuple } from './terms.js';
import { EMPTY, vtmerge, vtupdate, type VarTable } from './vars.js';
import { exprVar } from './scope.js';
import { initFieldDefaults, fieldExists, checkRecord, existRecord, checkFieldsExpr } from './records.js';
import { checkAssocFields, mapFields, exprBin } from './exprs.js';

export function guard(st: Lint, gs: Expr[][], vt: VarTable): VarTable {
  // Each ;-alternative sees the variables of the previous ones (all are bound before).
  const gvts: VarTable[] = [];
  let cur = vt;
  for (const g of gs) {
    const gvt = guardTests(st, g, cur);
    gvts.push(gvt);
    cur = vtupdate(gvt, cur);
  }
  let acc: VarTable = EMPTY;
  for (let i = gvts.length - 1; i >= 0; i--) acc = vtupdate(gvts[i]!, acc);
  return acc;
}

function guardTests(st: Lint, gs: Expr[], vt: VarTable): VarTable {
  const gvts: VarTable[] = [];
  let cur = vt;
  for (const g of gs) {
    const gvt = guardTest(st, g, cur);
    gvts.push(gvt);
    cur = vtupdate(gvt, cur);
  }
  let acc: VarTable = EMPTY;
  for (let i = gvts.length - 1; i >= 0; i--) acc = vtupdate(gvts[i]!, acc);
  return acc;
}

export function guardTest(st: Lint, g: Expr, vt: VarTable): VarTable {
  obsoleteGuard(st, g);
  return guardTest2(st, g, vt);
}

function obsoleteGuard(st: Lint, g: Expr): void {
  if (g.kind !== 'call' || g.callee.kind !== 'atom') return;
  const f = g.callee.value;
  const n = g.args.length;
  if (isOldTypeTest(f, n)) {
    if (st.warnEnabled('obsolete_guard')) st.warning(g.callee.loc, tuple(atom('obsolete_guard'), fa(f, n)));
    if (st.isLocal(`is_${f}`, n)) st.error(g.callee.loc, tuple(atom('obsolete_guard_overridden'), atom(f)));
  } else {
    st.deprecatedFunction(g.loc, 'erlang', f, n);
  }
}

function guardTest2(st: Lint, g: Expr, vt: VarTable): VarTable {
  if (g.kind === 'call' && g.callee.kind === 'atom') {
    const f = g.callee.value;
    const n = g.args.length;
    if (f === 'record' && n === 2) {
      return gexpr(st, { ...g, callee: { ...g.callee, value: 'is_record' } }, vt);
    }
    if (isTypeTest(f, n) && f !== 'is_record' && n !== 2) {
      const asvt = gexprList(st, g.args, vt);
      if (!st.noGuardBifClash(f, n)) st.error(g.loc, tuple(atom('illegal_guard_local_call'), fa(f, n)));
      return asvt;
    }
  }
  return gexpr(st, g, vt);
}

function gexprList(st: Lint, es: Expr[], vt: VarTable): VarTable {
  let acc: VarTable = EMPTY;
  for (const e of es) acc = vtmerge(gexpr(st, e, vt), acc);
  return acc;
}

export function gexpr(st: Lint, e: Expr, vt: VarTable): VarTable {
  switch (e.kind) {
    case 'var':
      return exprVar(st, e.name, e.loc, vt);
    case 'char':
    case 'integer':
    case 'float':
    case 'atom':
    case 'string':
    case 'nil':
      return EMPTY;
    case 'cons':
      return gexprList(st, [e.head, e.tail], vt);
    case 'tuple':
      return gexprList(st, e.elements, vt);
    case 'map':
      if (e.base) {
        const svt = gexpr(st, e.base, vt);
        return vtmerge(svt, mapFields(st, e.fields, vt, gexprList));
      }
      checkAssocFields(st, e.fields);
      return mapFields(st, e.fields, vt, gexprList);
    case 'record_index':
      return checkRecord(st, e.loc, e.name, (def) => {
        fieldExists(st, e.field, e.name, def);
        return EMPTY;
      });
    case 'record_field_access': {
      const rvt = gexpr(st, e.expr, vt);
      const fvt = checkRecord(st, e.loc, e.name, (def) => {
        fieldExists(st, e.field, e.name, def);
        return EMPTY;
      });
      return vtmerge(rvt, fvt);
    }
    case 'record':
      if (e.base) break;
      return checkRecord(st, e.loc, e.name, (def) => ginitFields(st, e.fields, e.loc, e.name, def, vt));
    case 'bin':
      return exprBin(st, e.elements, vt, gexpr);
    case 'call':
      return gexprCall(st, e, vt);
    case 'unop': {
      const avt = gexpr(st, e.operand, vt);
      if (!isGuardOp(e.op, 1)) st.error(e.loc, atom('illegal_guard_expr'));
      return avt;
    }
    case 'op': {
      if (e.op === 'andalso' || e.op === 'orelse') return gexprList(st, [e.left, e.right], vt);
      const avt = gexprList(st, [e.left, e.right], vt);
      if (!isGuardOp(e.op, 2)) st.error(e.loc, atom('illegal_guard_expr'));
      return avt;
    }
    default:
      break;
  }
  st.error(e.loc, atom('illegal_guard_expr'));
  return EMPTY;
}

function gexprCall(st: Lint, e: Extract<Expr, { kind: 'call' }>, vt: VarTable): VarTable {
  const c = e.callee;
  const args = e.args;
  // erlang:F(...) is treated as F(...) for is_record.
  if (c.kind === 'remote' && c.module.kind === 'atom' && c.module.value === 'erlang' && c.name.kind === 'atom' &&
      c.name.value === 'is_record' && (args.length === 2 || args.length === 3)) {
    const callee = args.length === 2 ? { kind: 'atom' as const, loc: c.name.loc, value: 'is_record' } : c.name;
    return gexpr(st, { kind: 'call', loc: e.loc, callee, args }, vt);
  }
  if (c.kind === 'atom' && c.value === 'is_record') {
    if (args.length === 2) {
      const [x, r] = args as [Expr, Expr];
      if (r.kind === 'atom') {
        const rvt = gexpr(st, x, vt);
        existRecord(st, r.loc, r.value);
        return rvt;
      }
      const asvt = gexprList(st, args, vt);
      st.error(e.loc, atom('illegal_guard_expr'));
      return asvt;
    }
    if (args.length === 3) {
      const [x, r, s] = args as [Expr, Expr, Expr];
      if (r.kind === 'atom' && s.kind === 'integer') {
        const clash = !st.noGuardBifClash('is_record', 3);
        const v = gexpr(st, x, vt);
        if (clash) st.error(e.loc, tuple(atom('illegal_guard_local_call'), fa('is_record', 3)));
        return v;
      }
      const asvt = gexprList(st, args, vt);
      st.error(e.loc, atom('illegal_guard_expr'));
      return asvt;
    }
  }
  if (c.kind === 'atom') {
    const asvt = gexprList(st, args, vt);
    const f = c.value;
    const n = args.length;
    if (isGuardBif(f, n) && st.noGuardBifClash(f, n)) return asvt;
    if (st.isLocal(f, n) || st.importedFrom(f, n) !== undefined) {
      st.error(e.loc, tuple(atom('illegal_guard_local_call'), fa(f, n)));
    } else {
      st.error(e.loc, atom('illegal_guard_expr'));
    }
    return asvt;
  }
  if (c.kind === 'remote' && c.module.kind === 'atom' && c.module.value === 'erlang' && c.name.kind === 'atom') {
    const asvt = gexprList(st, args, vt);
    const f = c.name.value;
    if (!(isGuardBif(f, args.length) || isGuardOp(f, args.length))) st.error(e.loc, atom('illegal_guard_expr'));
    return asvt;
  }
  st.error(e.loc, atom('illegal_guard_expr'));
  return EMPTY;
}

/** The defaults of a record built in a guard are checked there too (errors count,
 * at the record's location); explicit fields are checked as guard expressions. */
function ginitFields(st: Lint, fs: RecordField[], loc: Loc, rec: string, def: RecordInfo, vt: VarTable): VarTable {
  const vt1 = checkFieldsExpr(st, fs, rec, def, vt, gexpr);
  st.speculate(() => {
    const saved = st.locOverride;
    st.locOverride = loc;
    try {
      for (const d of initFieldDefaults(fs, def)) if (d.default) gexpr(st, d.default, vt1);
    } finally {
      st.locOverride = saved;
    }
  }, { errors: true });
  return vt1;
}

/** erl_lint:is_guard_test2/2, used for comprehension filters: a filter that is a
 * guard test is checked as one (and so may use old type tests). */
export function isGuardTest2(st: Lint, e: Expr): boolean {
  if (e.kind === 'call' && e.callee.kind === 'atom') {
    const f = e.callee.value;
    const n = e.args.length;
    if (f === 'record' && n === 2) return isGexpr(st, { ...e, callee: { ...e.callee, value: 'is_record' } });
    if (overridden(st, f, n)) return false;
    if (isTypeTest(f, n)) return e.args.every((a) => isGexpr(st, a));
    return isGexpr(st, e);
  }
  return isGexpr(st, e);
}

function overridden(st: Lint, f: string, n: number): boolean {
  return st.isLocal(f, n) || st.importedFrom(f, n) !== undefined;
}

export function isGexpr(st: Lint, e: Expr): boolean {
  switch (e.kind) {
    case 'var':
    case 'char':
    case 'integer':
    case 'float':
    case 'atom':
    case 'string':
    case 'nil':
      return true;
    case 'cons':
      return isGexpr(st, e.head) && isGexpr(st, e.tail);
    case 'tuple':
      return e.elements.every((x) => isGexpr(st, x));
    case 'map':
      return (!e.base || isGexpr(st, e.base)) && e.fields.every((f) => isGexpr(st, f.key) && isGexpr(st, f.value));
    case 'record_index':
      return true;
    case 'record_field_access':
      return isGexpr(st, e.expr);
    case 'record': {
      if (e.base) return false;
      const def = st.records.get(e.name);
      const explicit = e.fields.every((f) => isGexpr(st, f.value));
      if (!def) return explicit;
      return explicit && initFieldDefaults(e.fields, def).every((d) => !d.default || isGexpr(st, d.default));
    }
    case 'bin':
      return e.elements.every((b) => isGexpr(st, b.value) && (b.size === 'default' || isGexpr(st, b.size)));
    case 'call': {
      const c = e.callee;
      const n = e.args.length;
      if (c.kind === 'atom') return !overridden(st, c.value, n) && isGuardBif(c.value, n) && e.args.every((a) => isGexpr(st, a));
      if (c.kind === 'remote' && c.module.kind === 'atom' && c.module.value === 'erlang' && c.name.kind === 'atom') {
        return (isGuardBif(c.name.value, n) || isGuardOp(c.name.value, n)) && e.args.every((a) => isGexpr(st, a));
      }
      return false;
    }
    case 'unop':
      return isGuardOp(e.op, 1) && isGexpr(st, e.operand);
    case 'op':
      if (e.op === 'andalso' || e.op === 'orelse') return isGexpr(st, e.left) && isGexpr(st, e.right);
      return isGuardOp(e.op, 2) && isGexpr(st, e.left) && isGexpr(st, e.right);
    default:
      return false;
  }
}
