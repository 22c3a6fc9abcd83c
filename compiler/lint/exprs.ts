// Function bodies (erl_lint's expr/3 and what combines variable tables).
//
// This is the heart of erl_lint and follows it function for function, because the
// exact set of warnings depends on how variable tables are combined at each construct:
//   * `expr(e, vt)` returns the table of variables the expression binds or uses
//     (its "update"); the caller folds it into its own table with vtupdate/vtmerge;
//   * patterns (patterns.ts) return [matched, new] tables;
//   * case/if/receive/try clauses are combined by `icrtExport`: a variable bound in
//     every clause is "exported" (usable after, with a warning if matched again), one
//     bound in only some clauses is "unsafe" (an error to use);
//   * funs and comprehensions export nothing and warn about shadowing;
//   * unused-variable warnings are issued when a clause ends (checkUnusedVars).
// Calls are checked here too: local calls (undefined, ambiguous with a BIF, record_info),
// remote calls (deprecated functions, io:format strings, qlc, load_nif).
import type { BinElement, Clause, Expr, Loc, MapField, Qualifier, RecordField } from '../ast/ast.js';
import { firstLoc } from '../ast/anno.js';
import { isAutoBif, isOldBif } from './bifs.js';
import { bitType, bitSizeCheck, type BitSize } from './bits.js';
import { faKey, type Lint, type RecordInfo } from './context.js';
import { partialEval } from './eval.js';
import { checkFormatCall } from './format.js';
import { atom, fa, int, tuple, type Term } from './terms.js';
import { BOUND, EMPTY, bound, mergeAnnos, vtmerge, vtmergeAll, vtnew, vtNoUnsafe, vtNoUnused, vtold, vtsubtract, vtunsafe, vtupdate, type VarInfo, type VarTable, type Where } from './vars.js';
import { vtmergePat, checkUnusedVars, checkOldUnusedVars, shadowVars, exprVar } from './scope.js';
import { hasWildcardField, initFieldDefaults, fieldExists, checkRecord, existRecord, checkFieldsExpr } from './records.js';
import { head, pattern, rejectInvalidAliasExpr } from './patterns.js';
import { guard, guardTest, isGuardTest2, isGexpr } from './guards.js';

const where = (tag: string, loc: Loc): Where => ({ tag, line: loc.line, col: loc.col });
const varTerm = (v: string) => atom(v);

/** A function clause: head, guard, body, then the unused-variable check. */
export function functionClause(st: Lint, c: Clause): void {
  const [hvt, hnew] = head(st, c.patterns, EMPTY, EMPTY);
  const vt1 = vtupdate(hvt, vtupdate(hnew, EMPTY));
  const gvt = guard(st, c.guards, vt1);
  const vt2 = vtupdate(gvt, vt1);
  const bvt = exprs(st, c.body, vt2);
  checkUnusedVars(st, vtupdate(bvt, vt2), EMPTY);
}

export function exprs(st: Lint, es: Expr[], vt: VarTable): VarTable {
  const evts: VarTable[] = [];
  let cur = vt;
  for (const e of es) {
    const evt = expr(st, e, cur);
    evts.push(evt);
    cur = vtupdate(evt, cur);
  }
  let acc: VarTable = EMPTY;
  for (let i = evts.length - 1; i >= 0; i--) acc = vtupdate(evts[i]!, acc);
  return acc;
}

function exprList(st: Lint, es: Expr[], vt: VarTable): VarTable {
  let acc: VarTable = EMPTY;
  for (const e of es) acc = vtmergePat(st, expr(st, e, vt), acc);
  return acc;
}

export function expr(st: Lint, e: Expr, vt: VarTable): VarTable {
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
      return exprList(st, [e.head, e.tail], vt);
    case 'lc':
    case 'bc':
      return comprehension(st, e.template, e.qualifiers, vt);
    case 'mc':
      return comprehension(st, { kind: 'tuple', loc: e.template.loc, elements: [e.template.key, e.template.value] }, e.qualifiers, vt);
    case 'tuple':
      return exprList(st, e.elements, vt);
    case 'map':
      if (e.base) {
        const svt = expr(st, e.base, vt);
        return vtupdate(svt, mapFields(st, e.fields, vt, exprList));
      }
      checkAssocFields(st, e.fields);
      return mapFields(st, e.fields, vt, exprList);
    case 'record_index':
      return checkRecord(st, e.loc, e.name, (def) => {
        fieldExists(st, e.field, e.name, def);
        return EMPTY;
      });
    case 'record': {
      if (!e.base) return checkRecord(st, e.loc, e.name, (def) => initFields(st, e.fields, e.loc, e.name, def, vt));
      const rvt = recordExpr(st, e.loc, e.base, vt);
      const usvt = checkRecord(st, e.loc, e.name, (def) => checkFieldsExpr(st, e.fields, e.name, def, vt, expr));
      const w = hasWildcardField(e.fields);
      if (w) {
        st.error(w, tuple(atom('wildcard_in_update'), atom(e.name)));
        return EMPTY;
      }
      return vtmerge(rvt, usvt);
    }
    case 'record_field_access': {
      const rvt = recordExpr(st, e.loc, e.expr, vt);
      const fvt = checkRecord(st, e.loc, e.name, (def) => {
        fieldExists(st, e.field, e.name, def);
        return EMPTY;
      });
      return vtmerge(rvt, fvt);
    }
    case 'bin':
      return exprBin(st, e.elements, vt, expr);
    case 'block':
      return exprs(st, e.body, vt);
    case 'if':
      return icrtClausesExport(st, e.clauses, where('if', e.loc), vt);
    case 'case': {
      const evt = expr(st, e.expr, vt);
      const cvt = icrtClausesExport(st, e.clauses, where('case', e.loc), vtupdate(evt, vt));
      return vtmerge(evt, cvt);
    }
    case 'receive': {
      if (!e.after) return icrtClausesExport(st, e.clauses, where('receive', e.loc), vt);
      // Variables of the timeout expression are not visible in the clauses.
      const tvt = expr(st, e.after.timeout, vt);
      const tevt = exprs(st, e.after.body, vt);
      const cvts = icrtClauses(st, e.clauses, vt);
      const rvt = icrtExport([tevt, ...cvts], vt, where('receive', e.loc));
      return vtmergeAll([tvt, tevt, rvt]);
    }
    case 'fun':
      if (e.name !== undefined) return namedFun(st, e.name, e.loc, e.clauses, vt);
      return funClauses(st, e.clauses, vt);
    case 'fun_ref': {
      if (e.name === 'record_info' && e.arity === 2) {
        st.error(e.loc, atom('illegal_record_info'));
        return EMPTY;
      }
      const isBif = !st.isLocal(e.name, e.arity) && isAutoBif(e.name, e.arity) && !st.autoImportSuppressed(e.name, e.arity);
      if (!isBif) st.callFunction(e.loc, e.name, e.arity);
      return EMPTY;
    }
    case 'fun_remote':
      return exprList(st, [e.module, e.name, e.arity], vt);
    case 'call':
      return exprCall(st, e, vt);
    case 'try':
      return tryExpr(st, e, vt);
    case 'catch': {
      // Variables bound inside a catch may not be bound when it returns.
      const evt = expr(st, e.expr, vt);
      return vtupdate(vtunsafe(where('catch', e.loc), evt, vt), evt);
    }
    case 'match':
    case 'maybe_match': {
      const evt = expr(st, e.expr, vt);
      const [pvt, pnew] = pattern(st, e.pattern, vtupdate(evt, vt), vtupdate(evt, vt));
      rejectInvalidAliasExpr(st, e.pattern, e.expr, vt);
      return vtupdate(pnew, vtmerge(evt, pvt));
    }
    case 'maybe': {
      const evt0 = exprs(st, e.body, vt);
      const evt1 = vtupdate(vtunsafe(where('maybe', e.loc), evt0, vt), vt);
      const evt2 = vtmerge(evt0, evt1);
      if (!e.elseClauses) return evt2;
      const elseLoc = e.elseLoc ?? e.elseClauses[0]?.loc ?? e.loc;
      const cvt0 = icrtClausesExport(st, e.elseClauses, where('else', elseLoc), evt1);
      const cvt1 = vtupdate(vtunsafe(where('else', elseLoc), cvt0, vt), vt);
      return vtmerge(evt2, vtmerge(cvt0, cvt1));
    }
    case 'unop':
      return expr(st, e.operand, vt);
    case 'op': {
      if (e.op === 'andalso' || e.op === 'orelse') {
        const evt1 = expr(st, e.left, vt);
        const vt1 = vtupdate(evt1, vt);
        const evt2 = expr(st, e.right, vt1);
        const evt3 = vtupdate(vtunsafe(where(e.op, e.loc), evt2, vt1), evt2);
        return vtmerge(evt1, evt3);
      }
      return exprList(st, [e.left, e.right], vt);
    }
    case 'remote':
      // A bare M:F outside a call.
      st.error(firstLoc(e.module), atom('illegal_expr'));
      return EMPTY;
    default: {
      const never: never = e;
      return never;
    }
  }
}

function recordExpr(st: Lint, loc: Loc, rec: Expr, vt: VarTable): VarTable {
  const invalid = ['char', 'integer', 'float', 'atom', 'string', 'cons', 'nil', 'lc', 'record_index', 'fun'];
  if (invalid.includes(rec.kind)) st.warning(loc, atom('invalid_record'));
  return expr(st, rec, vt);
}

export function checkAssocFields(st: Lint, fs: MapField[]): void {
  for (const f of fs) if (f.kind === 'map_field_exact') st.error(f.loc, atom('illegal_map_construction'));
}

export function mapFields(
  st: Lint, fs: MapField[], vt: VarTable, check: (st: Lint, es: Expr[], vt: VarTable) => VarTable,
): VarTable {
  const pvts = fs.map((f) => check(st, [f.key, f.value], vt));
  let acc: VarTable = EMPTY;
  for (let i = pvts.length - 1; i >= 0; i--) acc = vtupdate(pvts[i]!, acc);
  return acc;
}

/** `#r{...}`: the explicit fields, then (silently, keeping only what they use) the
 * defaults of the other fields, which were checked where the record was defined. */
function initFields(st: Lint, fs: RecordField[], loc: Loc, rec: string, def: RecordInfo, vt: VarTable): VarTable {
  const vt1 = checkFieldsExpr(st, fs, rec, def, vt, expr);
  st.speculate(() => {
    const saved = st.locOverride;
    st.locOverride = loc;
    try {
      for (const d of initFieldDefaults(fs, def)) if (d.default) expr(st, d.default, vt1);
    } finally {
      st.locOverride = saved;
    }
  }, {});
  return vt1;
}

export function exprBin(
  st: Lint, es: BinElement[], vt: VarTable, check: (st: Lint, e: Expr, vt: VarTable) => VarTable,
): VarTable {
  let esvt: VarTable = EMPTY;
  for (const be of es) {
    const vt1 = check(st, be.value, vt);
    let sz1: BitSize;
    let vt2: VarTable = EMPTY;
    if (be.size === 'default') sz1 = 'default';
    else if (be.size.kind === 'atom' && be.size.value === 'all') sz1 = 'all';
    else {
      const folded = isGexpr(st, be.size) ? partialEval(be.size) : undefined;
      if (folded?.k === 'int') sz1 = Number(folded.v);
      else {
        vt2 = check(st, be.size, vt);
        sz1 = 'unknown';
      }
    }
    const { size: sz2, type } = bitType(st, be.loc, sz1, be.types);
    bitSizeCheck(st, be.loc, sz2, type);
    esvt = vtmergeAll([vt2, vt1, esvt]);
  }
  return esvt;
}

function exprCall(st: Lint, e: Extract<Expr, { kind: 'call' }>, vt: VarTable): VarTable {
  const c = e.callee;
  const args = e.args;
  if (c.kind === 'atom' && c.value === 'is_record' && args.length === 2 && args[1]!.kind === 'atom') {
    const rvt = expr(st, args[0]!, vt);
    existRecord(st, args[1]!.loc, args[1]!.value);
    return rvt;
  }
  if (c.kind === 'remote') {
    if (c.module.kind === 'atom' && c.module.value === 'erlang' && c.name.kind === 'atom' && c.name.value === 'is_record' &&
        args.length === 2) {
      return expr(st, { kind: 'call', loc: e.loc, callee: { kind: 'atom', loc: c.name.loc, value: 'is_record' }, args }, vt);
    }
    if (c.module.kind === 'atom' && c.name.kind === 'atom') {
      checkRemoteFunction(st, e.loc, c.module.value, c.name.value, args);
      st.checkModuleName(c.module.value, e.loc);
      return exprList(st, args, vt);
    }
    if (c.module.kind === 'atom') st.checkModuleName(c.module.value, c.module.loc);
    return exprList(st, [c.module, c.name, ...args], vt);
  }
  if (c.kind === 'atom') return localCall(st, e, c.value, c.loc, vt);
  const invalid = ['char', 'integer', 'float', 'string', 'cons', 'nil', 'lc', 'record_index'];
  if (invalid.includes(c.kind) || (c.kind === 'tuple' && c.elements.length !== 2)) st.warning(e.loc, atom('invalid_call'));
  return exprList(st, [c, ...args], vt);
}

function localCall(st: Lint, e: Extract<Expr, { kind: 'call' }>, f: string, fLoc: Loc, vt: VarTable): VarTable {
  const asvt = exprList(st, e.args, vt);
  const n = e.args.length;
  const isLocal = st.isLocal(f, n);
  const isBif = isAutoBif(f, n);
  const suppressed = st.autoImportSuppressed(f, n);
  const imported = st.importedFrom(f, n);
  if (!isLocal && imported === undefined && isBif && !suppressed) {
    st.deprecatedFunction(e.loc, 'erlang', f, n);
    return asvt;
  }
  if (imported !== undefined) {
    checkRemoteFunction(st, e.loc, imported, f, e.args);
    st.importedUsed.add(`${faKey(f, n)}:${imported}`);
    return asvt;
  }
  if (f === 'record_info' && n === 2) {
    checkRecordInfoCall(st, e.loc, fLoc, e.args);
    return asvt;
  }
  // A local function with the name of an auto-imported BIF: ambiguous unless
  // auto-import is switched off for it.
  if (!suppressed && isBif && st.warnEnabled('bif_clash')) {
    if (isOldBif(f, n)) st.error(e.loc, tuple(atom('call_to_redefined_old_bif'), fa(f, n)));
    else st.warning(e.loc, tuple(atom('call_to_redefined_bif'), fa(f, n)));
  }
  // Recursive calls do not make a function used.
  if (faKey(f, n) !== st.func) st.callFunction(e.loc, f, n);
  return asvt;
}

function checkRecordInfoCall(st: Lint, loc: Loc, fLoc: Loc, args: Expr[]): void {
  const [info, rec] = args as [Expr, Expr];
  if (info.kind === 'atom' && rec.kind === 'atom') {
    if (info.value === 'fields' || info.value === 'size') existRecord(st, fLoc, rec.value);
    else st.error(info.loc, atom('illegal_record_info'));
  } else {
    st.error(loc, atom('illegal_record_info'));
  }
}

/** Checks of calls M:F(...) with both names known. */
function checkRemoteFunction(st: Lint, loc: Loc, m: string, f: string, args: Expr[]): void {
  st.deprecatedFunction(loc, m, f, args.length);
  // qlc:q/1,2 on a comprehension needs the qlc parse transform from qlc.hrl.
  if (m === 'qlc' && f === 'q' && args.length < 3 && args[0]?.kind === 'lc' && !st.xqlc) {
    st.warning(loc, tuple(atom('missing_qlc_hrl'), int(args.length)));
  }
  if (m === 'erlang' && f === 'load_nif' && args.length === 2) {
    st.loadNif = true;
    if (st.warnEnabled('nif_inline') && st.compile.some(isInlineOpt)) st.warning(loc, atom('nif_inline'));
  }
  checkFormatCall(st, loc, m, f, args);
}

function isInlineOpt(t: Term): boolean {
  if (t.k === 'atom') return t.v === 'inline';
  return t.k === 'tuple' && t.v.length === 2 && t.v[0]!.k === 'atom' && t.v[0]!.v === 'inline' &&
    t.v[1]!.k === 'list' && t.v[1]!.v.length > 0;
}

function icrtClause(st: Lint, c: Clause, vt0: VarTable): VarTable {
  const [hvt, hnew] = head(st, c.patterns, vt0, vt0);
  const vt1 = vtupdate(hvt, hnew);
  const gvt = guard(st, c.guards, vtupdate(vt1, vt0));
  const vt2 = vtupdate(gvt, vt1);
  const bvt = exprs(st, c.body, vtupdate(vt2, vt0));
  return vtupdate(bvt, vt2);
}

function icrtClauses(st: Lint, cs: Clause[], vt: VarTable): VarTable[] {
  return cs.map((c) => icrtClause(st, c, vt));
}

function icrtClausesExport(st: Lint, cs: Clause[], w: Where, vt: VarTable): VarTable {
  return icrtExport(icrtClauses(st, cs, vt), vt, w);
}

const compareWhere = (a: Where, b: Where) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : a.line - b.line || a.col - b.col);

/** Combine the tables of the clauses of one construct (erl_lint:icrt_export/5). */
function icrtExport(vts: VarTable[], vt: VarTable, w: Where): VarTable {
  const n = vts.length;
  const entries = new Map<string, VarInfo[]>();
  for (const t of vts) {
    for (const [v, x] of t) {
      let l = entries.get(v);
      if (!l) entries.set(v, (l = []));
      l.push(x);
    }
  }
  const out = new Map<string, VarInfo>();
  for (const [v, es] of entries) {
    const outer = vt.get(v);
    if (outer) {
      // Already bound before: it stays bound, unless it was exported from an earlier
      // construct and only used (never rebound) here.
      const allExportish = es.every((x) => x.state.k === 'export' || x.state.k === 'unsafe');
      if (outer.state.k === 'export' && allExportish && es.some((x) => x.state.k === 'export')) {
        let state = outer.state as VarInfo['state'];
        const unsafe = es.filter((x) => x.state.k === 'unsafe').map((x) => (x.state as { k: 'unsafe'; in: Where }).in);
        if (unsafe.length > 0) state = { k: 'unsafe', in: unsafe.sort(compareWhere)[0]! };
        out.set(v, { state, used: true, annos: outer.annos });
      } else {
        out.set(v, { state: BOUND, used: true, annos: outer.annos });
      }
      continue;
    }
    // New: exported if bound in every clause, unsafe otherwise (or if unsafe inside).
    const unsafe = es.filter((x) => x.state.k === 'unsafe');
    let state: VarInfo['state'] =
      unsafe.length === 0 ? { k: 'export', from: w } : unsafe.length === 1 ? unsafe[0]!.state : { k: 'unsafe', in: w };
    if (es.length !== n) state = { k: 'unsafe', in: w };
    let annos: Loc[] = [];
    for (const x of es) if (!x.used) annos = mergeAnnos(annos, x.annos);
    out.set(v, { state, used: annos.length === 0, annos });
  }
  return out;
}

function tryExpr(st: Lint, e: Extract<Expr, { kind: 'try' }>, vt: VarTable): VarTable {
  // Only the success clauses see what the body binds; nothing is exported.
  const w = where('try', e.loc);
  const evt0 = exprs(st, e.body, vt);
  const uvt = vtunsafe(w, evt0, vt);
  const inner = vtupdate(evt0, vt);
  const csvt0 = icrtClauses(st, e.clauses, inner);
  const csvt1 = e.catchClauses.map((c) => catchClause(st, c, vtupdate(uvt, inner)));
  const sccs = icrtExport([...csvt0, ...csvt1], inner, w);
  const evt1 = vtupdate(uvt, evt0);
  const rvt1 = vtupdate(vtunsafe(w, sccs, vt), sccs);
  const evt2 = vtmerge(evt1, rvt1);
  const avt0 = exprs(st, e.after, vtupdate(evt2, vt));
  const avt1 = vtupdate(vtunsafe(w, avt0, vt), avt0);
  return vtmerge(evt2, avt1);
}

function catchClause(st: Lint, c: Clause, vt0: VarTable): VarTable {
  const [hvt, hnew] = head(st, c.patterns, vt0, vt0);
  const vt1 = vtupdate(hvt, hnew);
  // The stack trace variable may not be used in the guard, nor be bound already.
  let guardVt = vtupdate(vt1, vt0);
  const p = c.patterns[0];
  const stack = p?.kind === 'tuple' ? p.elements[2] : undefined;
  if (stack?.kind === 'var' && stack.name !== '_') {
    if (guardVt.get(stack.name)?.used) st.error(stack.loc, tuple(atom('stacktrace_bound'), varTerm(stack.name)));
    guardVt = vtupdate(new Map([[stack.name, { state: { k: 'stacktrace' }, used: false, annos: [stack.loc] }]]), guardVt);
  }
  const gvt = guard(st, c.guards, guardVt);
  const vt2 = vtupdate(gvt, vt1);
  const bvt = exprs(st, c.body, vtupdate(vt2, vt0));
  return vtupdate(bvt, vt2);
}

function funClauses(st: Lint, cs: Clause[], vt: VarTable): VarTable {
  const saved = st.recdefTop;
  st.recdefTop = false;
  let bvt: VarTable = EMPTY;
  for (const c of cs) bvt = vtmerge(funClause(st, c, vt), bvt);
  st.recdefTop = saved;
  return vtNoUnsafe(vtNoUnused(vtold(bvt, vt)));
}

function funClause(st: Lint, c: Clause, vt0: VarTable): VarTable {
  const [hvt, hnew] = head(st, c.patterns, vt0, EMPTY);
  const vt1 = vtupdate(hvt, vt0);
  shadowVars(st, hnew, vt0, 'fun');
  const vt2 = vtupdate(vtsubtract(vt1, hnew), hnew);
  const gvt = guard(st, c.guards, vt2);
  const vt3 = vtupdate(gvt, vt2);
  const bvt = exprs(st, c.body, vt3);
  const cvt = vtupdate(bvt, vt3);
  checkUnusedVars(st, cvt, vt0);
  const svt = vtold(vt1, hnew);
  checkOldUnusedVars(st, cvt, svt);
  const vt4 = vtmerge(svt, vtsubtract(cvt, svt));
  return vtold(vt4, vt0);
}

function namedFun(st: Lint, name: string, loc: Loc, cs: Clause[], vt: VarTable): VarTable {
  const nvt0: VarTable = new Map([[name, bound(false, [loc])]]);
  shadowVars(st, nvt0, vt, 'named fun');
  const nvt1 = vtupdate(vtsubtract(vt, nvt0), nvt0);
  const csvt = funClauses(st, cs, nvt1);
  checkUnusedVars(st, vtupdate(csvt, nvt0), EMPTY);
  return vtold(csvt, vt);
}

export function comprehension(st: Lint, template: Expr, qs: Qualifier[], vt0: VarTable): VarTable {
  const saved = st.recdefTop;
  st.recdefTop = false;
  let vt = vt0;
  let uvt: VarTable = EMPTY;
  for (const q of qs) {
    if (q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate') {
      if (q.kind === 'b_generate') checkBitstringGenPattern(st, q.pattern);
      const pat: Expr = q.kind === 'm_generate'
        ? { kind: 'tuple', loc: q.pattern.loc, elements: [q.pattern.key, q.pattern.value] }
        : q.pattern;
      [vt, uvt] = generator(st, pat, q.expr, vt, uvt);
    } else {
      const fvt = isGuardTest2(st, q) ? guardTest(st, q, vt) : expr(st, q, vt);
      vt = vtupdate(fvt, vt);
    }
  }
  st.recdefTop = saved;
  const evt = expr(st, template, vt);
  const vt2 = vtupdate(evt, vt);
  checkOldUnusedVars(st, vt2, uvt); // shadowed outer variables
  checkUnusedVars(st, uvt, vt0); // shadowed variables local to the comprehension
  checkUnusedVars(st, vt2, vt0); // the rest
  const vt3 = vtmerge(vtsubtract(vt2, uvt), uvt);
  // Nothing bound inside escapes; outer variables unused here are forgotten.
  return vtNoUnsafe(vtNoUnused(vtold(vt3, vt0)));
}

function generator(st: Lint, p: Expr, e: Expr, vt: VarTable, uvt: VarTable): [VarTable, VarTable] {
  const evt = expr(st, e, vt);
  const vt1 = vtupdate(vtold(evt, vt), vt);
  checkUnusedVars(st, evt, vt);
  const [pvt, pnew] = pattern(st, p, vt1, EMPTY);
  const vt2 = vtupdate(pvt, vt1);
  shadowVars(st, pnew, vt1, 'generate');
  const svt = vtold(vt2, pnew);
  checkOldUnusedVars(st, svt, uvt);
  const nuvt = vtupdate(vtnew(svt, uvt), uvt);
  const vt3 = vtupdate(vtsubtract(vt2, pnew), pnew);
  return [vt3, nuvt];
}

function checkBitstringGenPattern(st: Lint, p: Expr): void {
  if (p.kind !== 'bin' || p.elements.length === 0) return;
  const last = p.elements[p.elements.length - 1]!;
  if (last.size !== 'default' || last.types === 'default') return;
  if (last.types.some((t) => t.value === undefined && ['binary', 'bytes', 'bits', 'bitstring'].includes(t.name))) {
    st.error(last.loc, atom('unsized_binary_in_bin_gen_pattern'));
  }
}
