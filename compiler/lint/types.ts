// Types and specs: -type/-opaque definitions, -spec/-callback declarations, typed
// record fields, -export_type.
//
// For each definition or spec clause `checkType` walks the type once:
//   * user types (local names that are not built-in) are recorded as used, with
//     what uses them (a spec, a record, an export, another type): after all forms,
//     a type never reached from a spec, record or export is unused, a used type
//     never defined is undefined;
//   * type variables are counted; one that occurs once (not `_`-prefixed) is an error;
//   * ranges, binary types and integer expressions must fold to integers;
//   * records must exist and have the fields named.
import type { FunType, Loc, TypeExpr, Var } from '../ast/ast.js';
import { isBuiltinType, obsoleteType } from './bifs.js';
import { faKey, type Lint } from './context.js';
import { partialEvalInt } from './eval.js';
import { atom, fa, int, str, tuple } from './terms.js';

type Seen = Map<string, { once: boolean; loc: Loc }>;

/** Check a group of types that share their variables (erl_lint:check_type/2). */
export function checkTypes(st: Lint, types: (TypeExpr | Var)[]): void {
  const seen: Seen = new Map();
  for (const t of types) checkType(st, t, seen);
  for (const [v, s] of seen) {
    if (s.once && !v.startsWith('_')) st.error(s.loc, tuple(atom('singleton_typevar'), atom(v)));
  }
}

function checkType(st: Lint, t: TypeExpr, seen: Seen): void {
  switch (t.kind) {
    case 'ann_type':
      checkType(st, t.type, seen);
      return;
    case 'type_remote': {
      st.checkModuleName(t.module, t.loc);
      deprecatedType(st, t.loc, t.module, t.name, t.args.length);
      if (t.module === st.module) userType(st, t.loc, t.name, t.args, seen);
      else for (const a of t.args) checkType(st, a, seen);
      return;
    }
    case 'integer':
    case 'atom':
    case 'char':
      return;
    case 'var': {
      if (t.name === '_') return;
      const s = seen.get(t.name);
      if (!s) seen.set(t.name, { once: true, loc: t.loc });
      else s.once = false;
      return;
    }
    case 'type_fun':
      if (t.sig) {
        if (t.sig.params !== 'any') for (const p of t.sig.params) checkType(st, p, seen);
        checkType(st, t.sig.result, seen);
      }
      return;
    case 'type_range': {
      const lo = partialEvalInt(t.low);
      const hi = partialEvalInt(t.high);
      if (lo === undefined || hi === undefined || !(lo < hi)) st.error(t.loc, tuple(atom('type_syntax'), atom('range')));
      return;
    }
    case 'type_map':
      for (const f of t.fields) {
        checkType(st, f.key, seen);
        checkType(st, f.value, seen);
      }
      return;
    case 'type_bin': {
      const m = t.m ? partialEvalInt(t.m) : 0n;
      const n = t.n ? partialEvalInt(t.n) : 0n;
      if (m === undefined || n === undefined || m < 0n || n < 0n) st.error(t.loc, tuple(atom('type_syntax'), atom('binary')));
      return;
    }
    case 'type_record':
      st.usedRecord(t.name);
      checkRecordTypes(st, t, seen);
      return;
    case 'type_union':
      for (const x of t.types) checkType(st, x, seen);
      return;
    case 'type_tuple':
      for (const x of t.elements) checkType(st, x, seen);
      return;
    case 'type_list':
      if (t.element) checkType(st, t.element, seen);
      return;
    case 'type_call': {
      if (!isBuiltinType(t.name, t.args.length)) {
        userType(st, t.loc, t.name, t.args, seen);
        return;
      }
      if (t.name === 'bool' && t.args.length === 0) st.warning(t.loc, tuple(atom('renamed_type'), atom('bool'), atom('boolean')));
      for (const a of t.args) checkType(st, a, seen);
      return;
    }
    case 'type_op':
    case 'type_unop':
      if (partialEvalInt(t) === undefined) st.error(t.loc, tuple(atom('type_syntax'), atom('integer')));
      return;
  }
}

function userType(st: Lint, loc: Loc, name: string, args: TypeExpr[], seen: Seen): void {
  st.usedType(name, args.length, loc);
  for (const a of args) checkType(st, a, seen);
}

function checkRecordTypes(st: Lint, t: Extract<TypeExpr, { kind: 'type_record' }>, seen: Seen): void {
  const def = st.records.get(t.name);
  if (!def) {
    st.error(t.loc, tuple(atom('undefined_record'), atom(t.name)));
    return;
  }
  const seenFields = new Set<string>();
  for (const f of t.fields) {
    if (!def.fields.some((d) => d.name === f.name)) st.error(f.loc, tuple(atom('undefined_field'), atom(t.name), atom(f.name)));
    if (seenFields.has(f.name)) st.error(f.loc, tuple(atom('redefine_field'), atom(t.name), atom(f.name)));
    checkType(st, f.type, seen);
    seenFields.add(f.name);
  }
}

function deprecatedType(st: Lint, loc: Loc, m: string, n: string, arity: number): void {
  const info = obsoleteType(m, n, arity);
  if (!info) return;
  const mna = tuple(atom(m), atom(n), int(arity));
  if (info.kind === 'deprecated') {
    if (st.warnEnabled('deprecated_type')) st.warning(loc, tuple(atom('deprecated_type'), mna, str(info.text)));
  } else {
    st.warning(loc, tuple(atom('removed_type'), mna, str(info.text)));
  }
}

// ------------------------------------------------------------------ declarations

/** -type / -opaque. */
export function typeDef(st: Lint, loc: Loc, opaque: boolean, name: string, params: Var[], type: TypeExpr): void {
  const arity = params.length;
  const key = faKey(name, arity);
  if (isBuiltinType(name, arity) && !st.hasOption('no_auto_import_types')) {
    st.error(loc, tuple(atom('builtin_type'), fa(name, arity)));
    return;
  }
  if (st.types.has(key)) {
    st.error(loc, tuple(atom('redefine_type'), fa(name, arity)));
    return;
  }
  if (opaque && arity === 0 && type.kind === 'type_call' && (type.name === 'term' || type.name === 'any') && type.args.length === 0) {
    st.warning(loc, tuple(atom('underspecified_opaque'), fa(name, arity)));
  }
  st.types.set(key, { attr: opaque ? 'opaque' : 'type', loc, name, arity });
  st.typeId = { k: 'type', key };
  checkTypes(st, [type, ...params]);
}

/** The field types of a record definition. */
export function recordTypes(st: Lint, name: string, types: TypeExpr[]): void {
  st.typeId = { k: 'record', name };
  checkTypes(st, types);
}

/** -spec. `module` is set for `-spec M:F(...)`. */
export function specDecl(st: Lint, loc: Loc, module: string | undefined, name: string, arity: number, clauses: FunType[]): void {
  const m = module ?? st.module;
  const key = `${m}:${faKey(name, arity)}`;
  st.checkModuleName(m, loc);
  const dup = st.specs.has(key);
  st.specs.set(key, { loc, m, f: name, a: arity });
  if (dup) {
    const mfa0 = module !== undefined ? tuple(atom(module), atom(name), int(arity)) : fa(name, arity);
    st.error(loc, tuple(atom('redefine_spec'), mfa0));
    return;
  }
  if (m !== st.module) st.error(loc, tuple(atom('bad_module'), tuple(atom(m), atom(name), int(arity))));
  st.typeId = { k: 'spec', key };
  checkSpecs(st, clauses, 'spec_wrong_arity', arity);
}

/** -callback. */
export function callbackDecl(st: Lint, loc: Loc, module: string | undefined, name: string, arity: number, clauses: FunType[]): void {
  if (module !== undefined) {
    st.checkModuleName(module, loc);
    st.error(loc, tuple(atom('bad_callback'), tuple(atom(module), atom(name), int(arity))));
    return;
  }
  const key = `${st.module}:${faKey(name, arity)}`;
  const dup = st.callbacks.has(key);
  st.callbacks.set(key, { loc, m: st.module, f: name, a: arity });
  if (dup) {
    st.error(loc, tuple(atom('redefine_callback'), fa(name, arity)));
    return;
  }
  st.typeId = { k: 'spec', key };
  checkSpecs(st, clauses, 'callback_wrong_arity', arity);
}

function checkSpecs(st: Lint, clauses: FunType[], wrongArity: string, arity: number): void {
  for (const c of clauses) {
    if (c.params.length !== arity) st.error(c.loc, atom(wrongArity));
    const group: (TypeExpr | Var)[] = [...c.params, c.result];
    for (const k of c.constraints) group.push(k.var, k.type);
    checkTypes(st, group);
  }
}

/** -export_type: each type is used from the export, and exported at most once. */
export function exportType(st: Lint, loc: Loc, types: { name: string; arity: number }[]): void {
  for (const t of types) {
    const key = faKey(t.name, t.arity);
    if (st.expTypes.has(key)) {
      st.warning(loc, tuple(atom('duplicated_export_type'), fa(t.name, t.arity)));
    } else {
      st.typeId = { k: 'export' };
      st.usedType(t.name, t.arity, loc);
    }
    st.expTypes.add(key);
  }
}

// ------------------------------------------------------------------ after all forms

const typeIdKey = (t: import('./context.js').TypeId) =>
  t.k === 'export' ? 'export' : t.k === 'record' ? `record:${t.name}` : t.k === 'spec' ? `spec:${t.key}` : `type:${t.key}`;

export function checkUndefinedTypes(st: Lint): void {
  for (const [key, uses] of st.usedTypes) {
    if (st.types.has(key)) continue;
    const i = key.lastIndexOf('/');
    const name = key.slice(0, i);
    const arity = Number(key.slice(i + 1));
    if (isBuiltinType(name, arity)) continue;
    // Uses were prepended in erl_lint; the order is irrelevant once sorted.
    for (const u of uses) st.error(u.loc, tuple(atom('undefined_type'), fa(name, arity)));
  }
}

/** Types defined in the main file and not reachable from a spec, record or export. */
export function checkUnusedTypes(st: Lint): void {
  if (!st.warnEnabled('unused_type')) return;
  const edges = new Map<string, string[]>();
  const roots = new Set<string>();
  for (const [to, uses] of st.usedTypes) {
    for (const u of uses) {
      const from = typeIdKey(u.at);
      let l = edges.get(from);
      if (!l) edges.set(from, (l = []));
      l.push(`type:${to}`);
      if (u.at.k !== 'type') roots.add(from);
    }
  }
  const reached = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (reached.has(n)) continue;
    reached.add(n);
    for (const m of edges.get(n) ?? []) stack.push(m);
  }
  for (const [key, t] of st.types) {
    if (t.loc.file !== st.file) continue; // no warnings for types of include files
    if (!reached.has(`type:${key}`)) st.warning(t.loc, tuple(atom('unused_type'), fa(t.name, t.arity)));
  }
}

export function checkLocalOpaqueTypes(st: Lint): void {
  for (const [key, t] of st.types) {
    if (t.attr === 'opaque' && !st.expTypes.has(key)) st.warning(t.loc, tuple(atom('not_exported_opaque'), fa(t.name, t.arity)));
  }
}
