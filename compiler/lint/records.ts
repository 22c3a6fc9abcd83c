// Records inside functions and in definitions: the record must exist, each field
// named must exist and appear once, `_ = V` must initialise something. The defaults
// of a definition are checked where it is defined; where a record is built they are
// checked again silently (erl_lint does, to count what they use).
import type { Expr, Loc, RecordField } from '../ast/ast.js';
import type { Lint, RecordInfo } from './context.js';
import { atom, tuple } from './terms.js';
import { EMPTY, type VarTable } from './vars.js';
import { vtmergePat } from './scope.js';
import { expr } from './exprs.js';

const varTerm = (v: string) => atom(v);

export function hasWildcardField(fs: RecordField[]): Loc | undefined {
  for (const f of fs) if (f.name.kind === 'var' && f.name.name === '_') return f.name.loc;
  return undefined;
}

/** The defaults that apply: defined fields not initialised explicitly. */
export function initFieldDefaults(fs: RecordField[], def: RecordInfo) {
  const given = new Set<string>();
  for (const f of fs) if (f.name.kind === 'atom') given.add(f.name.value);
  return def.fields.filter((d) => !given.has(d.name));
}

export function checkMultiFieldInit(st: Lint, fs: RecordField[], def: RecordInfo): void {
  if (initFieldDefaults(fs, def).length === 0) {
    const w = hasWildcardField(fs);
    if (w) st.error(w, atom('bad_multi_field_init'));
  }
}

export function fieldExists(st: Lint, field: Expr, rec: string, def: RecordInfo): void {
  if (field.kind !== 'atom') return;
  if (!def.fields.some((f) => f.name === field.value)) {
    st.error(field.loc, tuple(atom('undefined_field'), atom(rec), atom(field.value)));
  }
}

/** Check a record's fields one by one. `check` gets each value; a field that cannot
 * be checked (duplicate, undefined) yields `undefined`. */
export function checkFields<R>(
  st: Lint, fs: RecordField[], rec: string, def: RecordInfo, vt: VarTable,
  check: (val: Expr, vt: VarTable) => R,
  onError: (vt: VarTable) => R,
  onVarName: (vt: VarTable) => R,
): R[] {
  const seen = new Set<string>();
  const out: R[] = [];
  for (const f of fs) {
    if (f.name.kind === 'atom') {
      const name = f.name.value;
      if (seen.has(name)) {
        st.error(f.loc, tuple(atom('redefine_field'), atom(rec), atom(name)));
        out.push(onError(vt));
        continue;
      }
      seen.add(name);
      if (def.fields.some((d) => d.name === name)) out.push(check(f.value, vt));
      else {
        st.error(f.name.loc, tuple(atom('undefined_field'), atom(rec), atom(name)));
        out.push(onError(vt));
      }
    } else if (f.name.name === '_') {
      if (seen.has('_')) {
        st.error(f.name.loc, atom('bad_multi_field_init'));
        out.push(onError(vt));
        continue;
      }
      seen.add('_');
      out.push(check(f.value, vt));
    } else {
      st.error(f.name.loc, tuple(atom('field_name_is_variable'), atom(rec), varTerm(f.name.name)));
      out.push(onVarName(vt));
    }
  }
  return out;
}

export function checkRecord(st: Lint, loc: Loc, name: string, f: (def: RecordInfo) => VarTable): VarTable {
  const def = st.records.get(name);
  if (!def) {
    st.error(loc, tuple(atom('undefined_record'), atom(name)));
    return EMPTY;
  }
  st.usedRecord(name);
  return f(def);
}

export function existRecord(st: Lint, loc: Loc, name: string): void {
  if (st.records.has(name)) st.usedRecord(name);
  else st.error(loc, tuple(atom('undefined_record'), atom(name)));
}

export function checkFieldsExpr(
  st: Lint, fs: RecordField[], rec: string, def: RecordInfo, vt: VarTable,
  check: (st: Lint, e: Expr, vt: VarTable) => VarTable,
): VarTable {
  const rs = checkFields<VarTable>(st, fs, rec, def, vt, (val, v) => check(st, val, v), () => EMPTY, (v) => v);
  let acc: VarTable = EMPTY;
  for (const r of rs) acc = vtmergePat(st, acc, r);
  return acc;
}

/** Check the defaults of a record definition (erl_lint:def_fields/3). Errors and
 * warnings count; what the defaults use does not (it is counted where the record is
 * built). A default with errors is forgotten, as erl_lint replaces it by `undefined`. */
export function recordDefaults(st: Lint, name: string, fields: { name: string; loc: Loc; default?: Expr }[]) {
  const out: RecordInfo['fields'] = [];
  for (const f of fields) {
    if (out.some((o) => o.name === f.name)) {
      st.error(f.loc, tuple(atom('redefine_field'), atom(name), atom(f.name)));
      continue;
    }
    let def = f.default;
    if (def) {
      const before = st.errorCount();
      const savedUsage = swapUsage(st);
      st.recdefTop = true;
      expr(st, def, EMPTY);
      st.recdefTop = false;
      restoreUsage(st, savedUsage);
      if (st.errorCount() !== before) def = undefined;
    }
    out.push({ name: f.name, loc: f.loc, default: def });
  }
  return out;
}

type Usage = Pick<Lint, 'calls' | 'importedUsed' | 'usedRecords' | 'usedTypes'>;

function swapUsage(st: Lint): Usage {
  const saved: Usage = { calls: st.calls, importedUsed: st.importedUsed, usedRecords: st.usedRecords, usedTypes: st.usedTypes };
  st.calls = st.calls ? new Map() : undefined;
  st.importedUsed = new Set();
  st.usedRecords = new Set();
  st.usedTypes = new Map();
  return saved;
}

function restoreUsage(st: Lint, u: Usage): void {
  st.calls = u.calls;
  st.importedUsed = u.importedUsed;
  st.usedRecords = u.usedRecords;
  st.usedTypes = u.usedTypes;
}
