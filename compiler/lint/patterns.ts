// Patterns (erl_lint's pattern/4 and friends). A pattern returns two tables:
// variables it uses that were bound before it ("old": matched), and variables it binds
// ("new"). What counts as old is the caller's choice: function and fun heads and
// generators pass none, so their variables shadow outer ones instead of matching them.
// Besides variables: only constant expressions, `"prefix" ++ T`, maps with `:=`,
// records and binaries with legal sizes are patterns; aliases of binaries are not.
import type { BinElement, Expr, Loc, MapField, RecordField } from '../ast/ast.js';
import { isArithOp } from './bifs.js';
import { bitType, bitSizeCheck, type BitSize } from './bits.js';
import type { Lint, RecordInfo } from './context.js';
import { partialEval } from './eval.js';
import { atom, tuple } from './terms.js';
import { EMPTY, isVarBound, vtmerge, type VarTable } from './vars.js';
import { vtmergePat, patVar, patBinsizeVar } from './scope.js';
import { checkMultiFieldInit, fieldExists, checkFields, checkRecord } from './records.js';
import { gexpr } from './guards.js';

const varTerm = (v: string) => atom(v);
type PatResult = [VarTable, VarTable];

/** The patterns of a head; `old` decides which variables are matched, not bound. */
export function head(st: Lint, ps: Expr[], vt: VarTable, old: VarTable): PatResult {
  const rs = ps.map((p) => pattern(st, p, vt, old));
  let accVt: VarTable = EMPTY;
  let accNew: VarTable = EMPTY;
  for (let i = rs.length - 1; i >= 0; i--) {
    accVt = vtmergePat(st, rs[i]![0], accVt);
    accNew = vtmergePat(st, rs[i]![1], accNew);
  }
  return [accVt, accNew];
}

export function pattern(st: Lint, p: Expr, vt: VarTable, old: VarTable): PatResult {
  switch (p.kind) {
    case 'var':
      if (p.name === '_') return [EMPTY, EMPTY];
      return patVar(st, p.name, p.loc, old, EMPTY);
    case 'char':
    case 'integer':
    case 'float':
    case 'atom':
    case 'string':
    case 'nil':
      return [EMPTY, EMPTY];
    case 'cons': {
      const [hvt, hnew] = pattern(st, p.head, vt, old);
      const [tvt, tnew] = pattern(st, p.tail, vt, old);
      return [vtmergePat(st, hvt, tvt), vtmergePat(st, hnew, tnew)];
    }
    case 'tuple':
      return patternList(st, p.elements, vt, old);
    case 'map':
      if (p.base) break;
      return patternMap(st, p.fields, vt, old);
    case 'record_index':
      checkRecord(st, p.loc, p.name, (def) => {
        fieldExists(st, p.field, p.name, def);
        return EMPTY;
      });
      return [EMPTY, EMPTY];
    case 'record': {
      if (p.base) break;
      const def = st.records.get(p.name);
      if (!def) {
        st.error(p.loc, tuple(atom('undefined_record'), atom(p.name)));
        return [EMPTY, EMPTY];
      }
      st.usedRecord(p.name);
      checkMultiFieldInit(st, p.fields, def);
      return patternFields(st, p.fields, p.name, def, vt, old);
    }
    case 'bin':
      return patternBin(st, p.elements, vt, old);
    case 'op':
      if (p.op === '++') {
        const l = p.left;
        if (l.kind === 'nil' || l.kind === 'string') return pattern(st, p.right, vt, old);
        if (l.kind === 'cons' && (l.head.kind === 'char' || l.head.kind === 'integer')) {
          return pattern(st, { kind: 'op', loc: l.loc, op: '++', left: l.tail, right: p.right }, vt, old);
        }
      }
      break;
    case 'match': {
      const [lvt, lnew] = pattern(st, p.pattern, vt, old);
      const [rvt, rnew] = pattern(st, p.expr, vt, old);
      rejectInvalidAlias(st, p.pattern, p.expr, vt);
      return [vtmergePat(st, lvt, rvt), vtmergePat(st, lnew, rnew)];
    }
    default:
      break;
  }
  if (!isPatternExpr(p)) st.error(p.loc, atom('illegal_pattern'));
  return [EMPTY, EMPTY];
}

function patternList(st: Lint, ps: Expr[], vt: VarTable, old: VarTable): PatResult {
  let accVt: VarTable = EMPTY;
  let accNew: VarTable = EMPTY;
  for (const p of ps) {
    const [pvt, pnew] = pattern(st, p, vt, old);
    accVt = vtmergePat(st, pvt, accVt);
    accNew = vtmergePat(st, accNew, pnew);
  }
  return [accVt, accNew];
}

function patternMap(st: Lint, fields: MapField[], vt: VarTable, old: VarTable): PatResult {
  let accVt: VarTable = EMPTY;
  let accNew: VarTable = EMPTY;
  for (const f of fields) {
    if (f.kind === 'map_field_assoc') {
      st.error(f.loc, atom('illegal_pattern'));
      continue;
    }
    // Keys are guard expressions over the variables bound before the pattern.
    st.gexprContext = 'map_key';
    const kvt = gexpr(st, f.key, vt);
    const [vvt, vnew] = pattern(st, f.value, vt, old);
    const vt1 = vtmergePat(st, kvt, vvt);
    accVt = vtmergePat(st, vt1, accVt);
    accNew = vtmergePat(st, accNew, vnew);
  }
  return [accVt, accNew];
}

/** erl_lint:is_pattern_expr/1: a constant arithmetic expression that folds. */
export function isPatternExpr(e: Expr): boolean {
  if (!isPatternExpr1(e)) return false;
  const v = partialEval(e);
  return v !== undefined;
}

function isPatternExpr1(e: Expr): boolean {
  switch (e.kind) {
    case 'char':
    case 'integer':
    case 'float':
    case 'atom':
    case 'nil':
      return true;
    case 'tuple':
      return e.elements.every(isPatternExpr);
    case 'cons':
      return isPatternExpr1(e.head) && isPatternExpr1(e.tail);
    case 'unop':
      return isArithOp(e.op, 1) && isPatternExpr1(e.operand);
    case 'op':
      return isArithOp(e.op, 2) && isPatternExpr(e.left) && isPatternExpr(e.right);
    default:
      return false;
  }
}

/** Aliases of binary patterns (`<<A:8>> = <<B:8>>`) are not allowed; map aliases need
 * their keys bound. The two patterns are walked in parallel. */
function rejectInvalidAlias(st: Lint, p1: Expr, p2: Expr, vt: VarTable): void {
  if (p1.kind === 'bin' && p2.kind === 'bin') {
    st.error(p1.loc, atom('illegal_bin_pattern'));
  } else if (p1.kind === 'map' && !p1.base && p2.kind === 'map' && !p2.base) {
    const check = (fs: MapField[]) => {
      for (const f of fs) {
        if (f.kind === 'map_field_exact' && f.key.kind === 'var' && !isVarBound(f.key.name, vt)) {
          st.error(f.key.loc, tuple(atom('unbound_var'), varTerm(f.key.name)));
        }
      }
    };
    check(p1.fields);
    check(p2.fields);
  } else if (p1.kind === 'cons' && p2.kind === 'cons') {
    rejectInvalidAlias(st, p1.head, p2.head, vt);
    rejectInvalidAlias(st, p1.tail, p2.tail, vt);
  } else if (p1.kind === 'tuple' && p2.kind === 'tuple') {
    const n = Math.min(p1.elements.length, p2.elements.length);
    for (let i = 0; i < n; i++) rejectInvalidAlias(st, p1.elements[i]!, p2.elements[i]!, vt);
  } else if (p1.kind === 'record' && !p1.base && p2.kind === 'record' && !p2.base) {
    const d1 = st.records.get(p1.name);
    const d2 = st.records.get(p2.name);
    if (!d1 || !d2) return;
    // Treat both as tuples: pair the patterns of the fields at the same position.
    const byPos = (fs: RecordField[], def: RecordInfo) => {
      const m = new Map<number, Expr>();
      for (const f of fs) {
        if (f.name.kind !== 'atom') continue;
        const name = f.name.value;
        const i = def.fields.findIndex((d) => d.name === name);
        if (i >= 0) m.set(i, f.value);
      }
      return m;
    };
    const a = byPos(p1.fields, d1);
    const b = byPos(p2.fields, d2);
    for (const i of [...a.keys()].sort((x, y) => x - y)) {
      const y = b.get(i);
      if (y) rejectInvalidAlias(st, a.get(i)!, y, vt);
    }
  } else if (p1.kind === 'match') {
    rejectInvalidAlias(st, p1.pattern, p2, vt);
    rejectInvalidAlias(st, p1.expr, p2, vt);
  } else if (p2.kind === 'match') {
    rejectInvalidAlias(st, p2, p1, vt);
  }
}

export function rejectInvalidAliasExpr(st: Lint, p: Expr, e: Expr, vt: VarTable): void {
  while ((p.kind === 'bin' || p.kind === 'map' || p.kind === 'match') && e.kind === 'match') {
    rejectInvalidAlias(st, p, e.pattern, vt);
    e = e.expr;
  }
}

function patternBin(st: Lint, es: BinElement[], vt: VarTable, old: VarTable): PatResult {
  let prev: { size: BitSize; loc: Loc } = { size: 0, loc: es[0]?.loc ?? ({} as Loc) };
  let esvt: VarTable = EMPTY;
  let esnew: VarTable = EMPTY;
  for (const be of es) {
    if (be.value.kind === 'string' && !goodStringSizeType(be)) {
      st.error(be.loc, atom('typed_literal_string'));
      continue;
    }
    const [pevt, penew] = patBitExpr(st, be.value, old, esnew);
    const [sz1, szvt, sznew] = patBitSize(st, be.size, vt, esnew);
    const { size: sz2, type } = bitType(st, be.loc, sz1, be.types);
    let sz3 = bitSizeCheck(st, be.loc, sz2, type);
    if (be.value.kind === 'string' && sz3 === 'all') sz3 = 8 * Array.from(be.value.value).length;
    if (prev.size === 'all') st.error(prev.loc, atom('unsized_binary_not_at_end'));
    prev = { size: sz3, loc: be.loc };
    esvt = vtmerge(szvt, vtmerge(pevt, esvt));
    esnew = vtmerge(sznew, vtmerge(esnew, penew));
  }
  return [esvt, esnew];
}

function goodStringSizeType(be: BinElement): boolean {
  if (be.size !== 'default') return false;
  if (be.types === 'default') return true;
  return be.types.some((t) => t.value === undefined && (t.name === 'utf8' || t.name === 'utf16' || t.name === 'utf32'));
}

function patBitExpr(st: Lint, e: Expr, old: VarTable, nw: VarTable): PatResult {
  if (e.kind === 'var') {
    if (e.name === '_') return [EMPTY, EMPTY];
    return patVar(st, e.name, e.loc, old, nw);
  }
  if (e.kind === 'string') return [EMPTY, EMPTY];
  if (e.kind === 'bin') {
    st.error(e.loc, atom('illegal_pattern'));
    return [EMPTY, EMPTY];
  }
  if (!isPatternExpr(e)) st.error(e.loc, atom('illegal_pattern'));
  return [EMPTY, EMPTY];
}

/** The size of a segment in a pattern: a literal, a bound variable, or a guard
 * expression over bound variables (and variables bound earlier in the binary). */
function patBitSize(st: Lint, size: Expr | 'default', vt: VarTable, nw: VarTable): [BitSize, VarTable, VarTable] {
  if (size === 'default') return ['default', EMPTY, EMPTY];
  if (size.kind === 'var') {
    const [v1, n1] = patBinsizeVar(st, size.name, size.loc, vt, nw);
    return ['unknown', v1, n1];
  }
  const folded = partialEval(size);
  if (folded?.k === 'int') return [Number(folded.v), EMPTY, EMPTY];
  const savedCtx = st.gexprContext;
  st.bvt = nw;
  st.gexprContext = 'bin_seg_size';
  const v = gexpr(st, size, vt);
  const nw2 = st.bvt;
  st.bvt = undefined;
  st.gexprContext = savedCtx;
  if (isBitSizeIllegal(folded ? folded.k : size.kind)) st.warning(size.loc, atom('non_integer_bitsize'));
  return ['unknown', v, nw2];
}

/** A size that can never be an integer: the pattern cannot match (a warning). */
function isBitSizeIllegal(kind: string): boolean {
  return ['atom', 'bin', 'cons', 'float', 'map', 'nil', 'tuple'].includes(kind);
}

function patternFields(st: Lint, fs: RecordField[], rec: string, def: RecordInfo, vt: VarTable, old: VarTable): PatResult {
  // erl_lint folds the field results; a field that could not be checked resets the
  // new-variable accumulator (a quirk kept for fidelity).
  type R = { vt: VarTable; nw?: VarTable };
  const rs = checkFields<R>(st, fs, rec, def, vt,
    (val, v) => {
      const [a, b] = pattern(st, val, v, old);
      return { vt: a, nw: b };
    },
    () => ({ vt: EMPTY }),
    (v) => ({ vt: v }));
  let accVt: VarTable = EMPTY;
  let accNew: VarTable = EMPTY;
  for (const r of rs) {
    accVt = vtmergePat(st, accVt, r.vt);
    accNew = r.nw ? vtmergePat(st, accNew, r.nw) : EMPTY;
  }
  return [accVt, accNew];
}
