// The module level: forms in order, attributes, and the checks that need the whole
// module (undefined and unused functions, behaviours, on_load, unused records, ...).
//
// erl_lint reads forms with a small state machine: the first form must be -module
// (else "no module definition"); then attributes; after the first function only
// records, types, specs and -dialyzer may appear ("attribute X after function
// definitions"). -compile and -file may appear anywhere and are read up front.
// What cannot be decided form by form (a call to a function defined further down,
// an unused record) is collected while walking and checked at the end, in
// erl_lint's order (post_traversal_check/2).
import type { Attribute, Form, FunctionDef, Loc, Module, TypeExpr } from '../ast/ast.js';
import { isAutoBif, isOldBif, otpBehaviour, type BehaviourInfo } from './bifs.js';
import { faKey, type Lint, type FA } from './context.js';
import { functionClause } from './exprs.js';
import { existRecord, recordDefaults } from './records.js';
import { asFA, atom, attributeTerm, compareTerms, fa, flattenList, int, isAtom, tuple, type Term } from './terms.js';
import {
  callbackDecl, checkLocalOpaqueTypes, checkUndefinedTypes, checkUnusedTypes, exportType, recordTypes, specDecl, typeDef,
} from './types.js';

export interface FormsOptions {
  /** Callbacks of a behaviour that is not part of OTP (undefined: unknown module). */
  resolveBehaviour?: (name: string) => BehaviourInfo | undefined;
}

const PSEUDOLOCALS = new Set([faKey('module_info', 0), faKey('module_info', 1), faKey('record_info', 2)]);

/** A generic attribute's value (-deprecated, -dialyzer, -nifs, ...) as a term. */
function wildValue(a: Attribute): Term | undefined {
  return a.kind === 'attr_wild' ? attributeTerm(a.value) : undefined;
}

/** The name erl_lint sees for an attribute. */
function attrName(a: Attribute): string {
  switch (a.kind) {
    case 'attr_module': return 'module';
    case 'attr_export': return 'export';
    case 'attr_import': return 'import';
    case 'attr_export_type': return 'export_type';
    case 'attr_optional_callbacks': return 'optional_callbacks';
    case 'attr_compile': return 'compile';
    case 'attr_file': return 'file';
    case 'attr_record': return 'record';
    case 'attr_type': return a.opaque ? 'opaque' : 'type';
    case 'attr_spec': return a.callback ? 'callback' : 'spec';
    case 'attr_behaviour': return a.spelling;
    case 'attr_on_load': return 'on_load';
    case 'attr_wild': return a.name;
  }
}

interface CompileAttr { loc: Loc; value: Term }

export function lintForms(st: Lint, mod: Module, compileAttrs: CompileAttr[], opts: FormsOptions): void {
  const forms = mod.forms;
  for (const f of forms) if (f.kind === 'function') st.locals.add(faKey(f.name, f.arity));
  st.noAuto = autoImportSuppressed(st);
  disallowedCompileFlags(st, compileAttrs);
  st.xqlc = forms.some((f) => basename(f.loc.file) === 'qlc.hrl');
  notDeprecated(st, compileAttrs);
  notRemoved(st, compileAttrs);
  // export_all warnings come first (erl_lint's pre_scan).
  if (st.warnEnabled('export_all')) {
    for (const c of compileAttrs) if (flattenList(c.value).some((t) => isAtom(t, 'export_all'))) st.warning(c.loc, atom('export_all'));
  }
  for (const f of forms) form(st, f);
  if (st.state === 'start' && !forms.some((f) => f.kind === 'eof')) {
    // Nothing but comments, -compile and -file: erl_lint meets the eof form first.
    // Without an eof form in the AST its place is unknown; the start of the file is
    // right for an empty file.
    st.error({ file: mod.file, line: 1, col: 1 }, atom('undefined_module'));
  }
  postTraversal(st, forms, compileAttrs, opts);
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function autoImportSuppressed(st: Lint): 'all' | Set<string> {
  if (st.hasOption('no_auto_import')) return 'all';
  return st.optionFAs('no_auto_import');
}

function disallowedCompileFlags(st: Lint, attrs: CompileAttr[]): void {
  const plain = attrs.filter((c) => isAtom(c.value, 'nowarn_bif_clash'));
  const withFA = attrs.filter((c) => c.value.k === 'tuple' && c.value.v.length === 2 && isAtom(c.value.v[0], 'nowarn_bif_clash') &&
    c.value.v[1]!.k === 'tuple' && c.value.v[1]!.v.length === 2);
  const disabled = !st.warnEnabled('bif_clash');
  if (disabled && plain.length === 0) st.error(undefined, atom('disallowed_nowarn_bif_clash'));
  else if (disabled) for (const c of plain) st.error(c.loc, atom('disallowed_nowarn_bif_clash'));
  for (const c of withFA) st.error(c.loc, atom('disallowed_nowarn_bif_clash'));
}

/** {Tag, Items} compile options inside -compile attributes, with the attribute's place. */
function taggedOptions(attrs: CompileAttr[], tag: string): { loc: Loc; item: Term }[] {
  const out: { loc: Loc; item: Term }[] = [];
  for (const c of attrs) {
    for (const o of flattenList(c.value)) {
      if (o.k === 'tuple' && o.v.length === 2 && isAtom(o.v[0], tag)) {
        for (const item of flattenList(o.v[1]!)) out.push({ loc: c.loc, item });
      }
    }
  }
  return out;
}

function optionItems(st: Lint, tag: string): Term[] {
  const out: Term[] = [];
  for (const o of st.compile) {
    if (o.k === 'tuple' && o.v.length === 2 && isAtom(o.v[0], tag)) out.push(...flattenList(o.v[1]!));
  }
  return out;
}

function notDeprecated(st: Lint, attrs: CompileAttr[]): void {
  for (const { loc, item } of taggedOptions(attrs, 'nowarn_deprecated_function')) {
    if (item.k === 'tuple' && item.v.length === 3 && item.v[0]!.k === 'atom') st.checkModuleName(item.v[0]!.v, loc);
  }
  st.notDeprecated = optionItems(st, 'nowarn_deprecated_function');
}

function notRemoved(st: Lint, attrs: CompileAttr[]): void {
  for (const { loc, item } of taggedOptions(attrs, 'nowarn_removed')) {
    if (item.k === 'tuple' && item.v.length === 3 && item.v[0]!.k === 'atom') st.checkModuleName(item.v[0]!.v, loc);
    else if (item.k === 'atom') st.checkModuleName(item.v, loc);
  }
  st.notRemoved = optionItems(st, 'nowarn_removed');
}

// ------------------------------------------------------------------ the form state machine

function form(st: Lint, f: Form): void {
  if (f.kind === 'error_form') return;
  if (f.kind === 'attr_compile' || f.kind === 'attr_file') return;
  switch (st.state) {
    case 'start':
      return startState(st, f);
    case 'attribute':
      return attributeState(st, f);
    case 'function':
      return functionState(st, f);
  }
}

function startState(st: Lint, f: Form): void {
  if (f.kind === 'attr_module') {
    if (f.params) {
      st.error(f.loc, atom('pmod_unsupported'));
      st.state = 'attribute';
      attributeState(st, f);
      return;
    }
    st.module = f.name;
    st.state = 'attribute';
    st.checkModuleName(f.name, f.loc);
    return;
  }
  st.error(f.loc, atom('undefined_module'));
  st.state = 'attribute';
  attributeState(st, f);
}

function attributeState(st: Lint, f: Form): void {
  switch (f.kind) {
    case 'attr_module':
      if (st.module !== '') st.error(f.loc, atom('redefine_module'));
      return;
    case 'attr_export':
      return exportAttr(st, f.loc, f.functions);
    case 'attr_export_type':
      return exportType(st, f.loc, f.types);
    case 'attr_import':
      return importAttr(st, f.loc, f.module, f.functions);
    case 'attr_record':
      return recordDef(st, f);
    case 'attr_behaviour':
      st.behaviours.push({ loc: f.loc, name: f.name });
      return;
    case 'attr_type':
      return typeDef(st, f.loc, f.opaque, f.name, f.params, f.type);
    case 'attr_spec':
      if (f.callback) return callbackDecl(st, f.loc, f.module, f.name, f.arity, f.types);
      return specDecl(st, f.loc, f.module, f.name, f.arity, f.types);
    case 'attr_optional_callbacks':
      return optionalCallbacks(st, f.loc, f.functions);
    case 'attr_on_load':
      return onLoad(st, f.loc, fa(f.function.name, f.function.arity));
    case 'attr_wild':
      if (f.name === 'on_load') return onLoad(st, f.loc, attributeTerm(f.value) ?? atom('undefined'));
      if (f.name === 'behaviour' || f.name === 'behavior') {
        const v = attributeTerm(f.value);
        if (v?.k === 'atom') st.behaviours.push({ loc: f.loc, name: v.v });
      }
      return;
    case 'attr_compile':
    case 'attr_file':
    case 'error_form':
      return;
    case 'eof':
      return;
    case 'function':
      st.state = 'function';
      return functionState(st, f);
  }
}

function functionState(st: Lint, f: Form): void {
  switch (f.kind) {
    case 'attr_record':
      return recordDef(st, f);
    case 'attr_type':
      return typeDef(st, f.loc, f.opaque, f.name, f.params, f.type);
    case 'attr_spec':
      if (!f.callback) return specDecl(st, f.loc, f.module, f.name, f.arity, f.types);
      break;
    case 'attr_wild':
      if (f.name === 'dialyzer') return;
      break;
    case 'function':
      return functionDef(st, f);
    case 'eof':
    case 'error_form':
    case 'attr_compile':
    case 'attr_file':
      return;
    default:
      break;
  }
  st.error(f.loc, tuple(atom('attribute'), atom(attrName(f as Attribute))));
}

// ------------------------------------------------------------------ attributes

function exportAttr(st: Lint, loc: Loc, fs: FA[]): void {
  for (const f of fs) {
    const key = faKey(f.name, f.arity);
    if (st.exports.has(key)) st.warning(loc, tuple(atom('duplicated_export'), fa(f.name, f.arity)));
    st.exports.add(key);
    st.called.push({ fa: key, loc });
  }
}

function importAttr(st: Lint, loc: Loc, mod: string, fs: FA[]): void {
  st.checkModuleName(mod, loc);
  // ordsets:from_list: each function once, in term order.
  const uniq = [...new Map(fs.map((f) => [faKey(f.name, f.arity), f])).values()]
    .sort((a, b) => compareTerms(fa(a.name, a.arity), fa(b.name, b.arity)));
  let err = false;
  for (const f of uniq) {
    const prev = st.importedFrom(f.name, f.arity);
    if (prev !== undefined) {
      err = true;
      st.error(loc, tuple(atom('redefine_import'), tuple(fa(f.name, f.arity), atom(prev))));
    } else if (isAutoBif(f.name, f.arity)) {
      const warn = st.warnEnabled('bif_clash');
      if (warn && !st.autoImportSuppressed(f.name, f.arity)) {
        if (isOldBif(f.name, f.arity)) st.error(loc, tuple(atom('redefine_old_bif_import'), fa(f.name, f.arity)));
        else st.warning(loc, tuple(atom('redefine_bif_import'), fa(f.name, f.arity)));
      }
    }
  }
  if (!err) for (const f of uniq) st.imports.set(faKey(f.name, f.arity), mod);
}

function recordDef(st: Lint, r: Extract<Attribute, { kind: 'attr_record' }>): void {
  if (st.records.has(r.name)) {
    st.error(r.loc, tuple(atom('redefine_record'), atom(r.name)));
    return;
  }
  const fields = recordDefaults(st, r.name, r.fields);
  st.records.set(r.name, { loc: r.loc, fields });
  const types: TypeExpr[] = [];
  for (const f of r.fields) if (f.type) types.push(f.type);
  recordTypes(st, r.name, types);
}

function optionalCallbacks(st: Lint, loc: Loc, fs: FA[]): void {
  for (const f of fs) {
    const key = `${st.module}:${faKey(f.name, f.arity)}`;
    const dup = st.optionalCallbacks.has(key);
    st.optionalCallbacks.set(key, { loc, m: st.module, f: f.name, a: f.arity });
    if (dup) st.error(loc, tuple(atom('redefine_optional_callback'), fa(f.name, f.arity)));
  }
}

function onLoad(st: Lint, loc: Loc, v: Term): void {
  const f = asFA(v);
  if (!f) {
    st.error(loc, tuple(atom('bad_on_load'), v));
    return;
  }
  st.onLoad.push(f);
  st.onLoadLoc = loc;
  if (st.onLoad.length === 1) {
    if (f.arity !== 0) st.error(loc, tuple(atom('bad_on_load_arity'), fa(f.name, f.arity)));
  } else {
    st.error(loc, atom('multiple_on_loads'));
  }
}

// ------------------------------------------------------------------ functions

function functionDef(st: Lint, f: FunctionDef): void {
  const key = faKey(f.name, f.arity);
  st.func = key;
  if (st.defined.has(key)) {
    st.error(f.loc, tuple(atom('redefine_function'), fa(f.name, f.arity)));
  } else {
    if (f.arity > 255) st.error(f.loc, tuple(atom('too_many_arguments'), int(f.arity)));
    st.defined.add(key);
    if (st.importedFrom(f.name, f.arity) !== undefined) st.error(f.loc, tuple(atom('define_import'), fa(f.name, f.arity)));
  }
  for (const c of f.clauses) functionClause(st, c);
}

// ------------------------------------------------------------------ after all forms

function exportsOf(st: Lint): Set<string> {
  return st.hasOption('export_all') ? st.defined : st.exports;
}

function postTraversal(st: Lint, forms: Form[], compileAttrs: CompileAttr[], opts: FormsOptions): void {
  checkBehaviours(st, opts);
  checkDeprecatedAttrs(st, forms);
  checkImports(st, forms);
  checkOptionFunctions(st, compileAttrs, 'inline', 'bad_inline');
  checkUndefinedFunctions(st);
  checkUnusedFunctions(st, forms, compileAttrs);
  checkOptionFunctions(st, compileAttrs, 'nowarn_bif_clash', 'bad_nowarn_bif_clash');
  checkSpecsWithoutFunction(st);
  checkFunctionsWithoutSpec(st, forms);
  checkUndefinedTypes(st);
  checkUnusedTypes(st);
  checkUntypedRecords(st, forms);
  checkOnLoad(st);
  checkUnusedRecords(st, compileAttrs);
  checkLocalOpaqueTypes(st);
  checkDialyzerAttributes(st, forms);
  checkCallbackInformation(st);
  checkNifs(st, forms);
  checkRemovedAttrs(st, forms);
}

function splitKey(key: string): FA {
  const i = key.lastIndexOf('/');
  return { name: key.slice(0, i), arity: Number(key.slice(i + 1)) };
}

function checkBehaviours(st: Lint, opts: FormsOptions): void {
  const exports = exportsOf(st);
  const all: { loc: Loc; name: string; cbs: string[]; opt: string[] }[] = [];
  for (const b of st.behaviours) {
    const info = otpBehaviour(b.name) ?? opts.resolveBehaviour?.(b.name);
    if (!info) {
      st.warning(b.loc, tuple(atom('undefined_behaviour'), atom(b.name)));
      st.checkModuleName(b.name, b.loc);
      all.push({ loc: b.loc, name: b.name, cbs: [], opt: [] });
      continue;
    }
    all.push({
      loc: b.loc, name: b.name,
      cbs: info.callbacks.map((c) => faKey(c.name, c.arity)),
      opt: info.optional.map((c) => faKey(c.name, c.arity)),
    });
  }
  for (const b of all) {
    const opt = new Set(b.opt);
    for (const cb of new Set(b.cbs)) {
      if (opt.has(cb) || exports.has(cb)) continue;
      const f = splitKey(cb);
      st.warning(b.loc, tuple(atom('undefined_behaviour_func'), fa(f.name, f.arity), atom(b.name)));
    }
  }
  // A callback required by two behaviours: warn at each but the first.
  const byCallback = new Map<string, { loc: Loc; name: string }[]>();
  for (const b of all) {
    const opt = new Set(b.opt);
    for (const cb of new Set(b.cbs)) {
      if (opt.has(cb) && !exports.has(cb)) continue;
      let l = byCallback.get(cb);
      if (!l) byCallback.set(cb, (l = []));
      l.push({ loc: b.loc, name: b.name });
    }
  }
  for (const [cb, items] of byCallback) {
    if (items.length < 2) continue;
    items.sort((x, y) => x.loc.line - y.loc.line || x.loc.col - y.loc.col || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    const first = items[0]!;
    const f = splitKey(cb);
    for (const it of items.slice(1)) {
      st.warning(it.loc, tuple(atom('conflicting_behaviours'), fa(f.name, f.arity), atom(it.name),
        tuple(int(first.loc.line), int(first.loc.col)), atom(first.name)));
    }
  }
}

/** Exported functions other than the predefined ones (module_info/0,1, behaviour_info/1). */
function userExports(st: Lint): FA[] {
  const skip = new Set([faKey('module_info', 0), faKey('module_info', 1), faKey('behaviour_info', 1)]);
  return [...exportsOf(st)].filter((k) => !skip.has(k)).map(splitKey);
}

function wildAttrs(forms: Form[], name: string): { loc: Loc; value: Term }[] {
  const out: { loc: Loc; value: Term }[] = [];
  for (const f of forms) {
    if (f.kind === 'attr_wild' && f.name === name) {
      const v = wildValue(f);
      if (v) out.push({ loc: f.loc, value: v });
    }
  }
  return out;
}

const isString = (t: Term) => t.k === 'list' && t.tail === undefined && t.v.every((c) => c.k === 'int');

function checkDeprecatedAttrs(st: Lint, forms: Form[]): void {
  const x = userExports(st);
  for (const { loc, value } of wildAttrs(forms, 'deprecated')) {
    for (const d of flattenList(value)) {
      const bad = deprecatedEntry(d, x);
      if (bad) st.error(loc, bad);
    }
  }
}

function deprecatedEntry(d: Term, x: FA[]): Term | undefined {
  if (d.k === 'tuple' && d.v.length === 3) {
    const flag = d.v[2]!;
    const ok = isAtom(flag, 'next_version') || isAtom(flag, 'next_major_release') || isAtom(flag, 'eventually') || isString(flag);
    if (!ok) return tuple(atom('invalid_deprecated'), d);
    return deprecatedFA(d.v[0]!, d.v[1]!, x);
  }
  if (d.k === 'tuple' && d.v.length === 2) return deprecatedFA(d.v[0]!, d.v[1]!, x);
  if (isAtom(d, 'module')) return undefined;
  return tuple(atom('invalid_deprecated'), d);
}

function deprecatedFA(f: Term, a: Term, x: FA[]): Term | undefined {
  if (isAtom(f, '_') && isAtom(a, '_')) return undefined;
  if (f.k === 'atom' && isAtom(a, '_')) {
    return x.some((e) => e.name === f.v) ? undefined : tuple(atom('bad_deprecated'), tuple(f, a));
  }
  if (f.k === 'atom' && a.k === 'int' && a.v >= 0n) {
    return x.some((e) => e.name === f.v && BigInt(e.arity) === a.v) ? undefined : tuple(atom('bad_deprecated'), tuple(f, a));
  }
  return tuple(atom('invalid_deprecated'), tuple(f, a));
}

function checkRemovedAttrs(st: Lint, forms: Form[]): void {
  const x = userExports(st);
  for (const { loc, value } of wildAttrs(forms, 'removed')) {
    for (const r of flattenList(value)) {
      for (const bad of removedEntry(r, x)) st.error(loc, bad);
    }
  }
}

function removedEntry(r: Term, x: FA[]): Term[] {
  if (r.k === 'tuple' && r.v.length === 3) {
    if (!isString(r.v[2]!)) return [tuple(atom('invalid_removed'), r)];
    return removedFA(r.v[0]!, r.v[1]!, x);
  }
  if (r.k === 'tuple' && r.v.length === 2) return removedFA(r.v[0]!, r.v[1]!, x);
  if (isAtom(r, 'module')) return removedFA(atom('_'), atom('_'), x);
  return [tuple(atom('invalid_removed'), r)];
}

function removedFA(f: Term, a: Term, x: FA[]): Term[] {
  if (isAtom(f, '_') && isAtom(a, '_')) return x.length > 0 ? [tuple(atom('bad_removed'), tuple(f, a))] : [];
  if (f.k === 'atom' && isAtom(a, '_')) return x.some((e) => e.name === f.v) ? [tuple(atom('bad_removed'), tuple(f, a))] : [];
  if (f.k === 'atom' && a.k === 'int' && a.v >= 0n) {
    return x.some((e) => e.name === f.v && BigInt(e.arity) === a.v) ? [tuple(atom('bad_removed'), tuple(f, a))] : [];
  }
  return [tuple(atom('invalid_removed'), tuple(f, a))];
}

function checkImports(st: Lint, forms: Form[]): void {
  if (!st.warnEnabled('unused_import')) return;
  for (const f of forms) {
    if (f.kind !== 'attr_import') continue;
    for (const fn of f.functions) {
      const key = faKey(fn.name, fn.arity);
      if (st.imports.get(key) === f.module && !st.importedUsed.has(`${key}:${f.module}`)) {
        st.warning(f.loc, tuple(atom('unused_import'), tuple(fa(fn.name, fn.arity), atom(f.module))));
      }
    }
  }
}

function checkOptionFunctions(st: Lint, attrs: CompileAttr[], tag: string, desc: string): void {
  const defs = new Set([...st.defined].filter((k) => !PSEUDOLOCALS.has(k)));
  for (const k of st.imports.keys()) defs.add(k);
  for (const { loc, item } of taggedOptions(attrs, tag)) {
    const f = asFA(item);
    if (f && defs.has(faKey(f.name, f.arity))) continue;
    if (item.k === 'tuple' && item.v.length === 2) st.error(loc, tuple(atom(desc), item));
  }
}

function checkUndefinedFunctions(st: Lint): void {
  const seen = new Set<string>();
  for (const c of st.called) {
    if (st.defined.has(c.fa)) continue;
    const k = `${c.fa}@${c.loc.file}:${c.loc.line}:${c.loc.col}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const f = splitKey(c.fa);
    st.error(c.loc, tuple(atom('undefined_function'), fa(f.name, f.arity)));
  }
}

function checkUnusedFunctions(st: Lint, forms: Form[], attrs: CompileAttr[]): void {
  checkOptionFunctions(st, attrs, 'nowarn_unused_function', 'bad_nowarn_unused_function');
  if (st.hasOption('export_all') || !st.warnEnabled('unused_function') || !st.calls) return;
  const nowarn = st.optionFAs('nowarn_unused_function');
  const reached = new Set<string>();
  const stack = [...st.onLoad.map((f) => faKey(f.name, f.arity)), ...st.exports];
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (reached.has(f)) continue;
    reached.add(f);
    for (const g of st.calls.get(f) ?? []) stack.push(g);
  }
  for (const f of forms) {
    if (f.kind !== 'function') continue;
    const key = faKey(f.name, f.arity);
    if (!st.defined.has(key) || reached.has(key) || nowarn.has(key)) continue;
    st.warning(f.loc, tuple(atom('unused_function'), fa(f.name, f.arity)));
  }
}

function checkSpecsWithoutFunction(st: Lint): void {
  for (const s of st.specs.values()) {
    if (s.m === st.module && !st.defined.has(faKey(s.f, s.a))) st.error(s.loc, tuple(atom('spec_fun_undefined'), fa(s.f, s.a)));
  }
}

function checkFunctionsWithoutSpec(st: Lint, forms: Form[]): void {
  const all = st.warnEnabled('missing_spec_all');
  if (!all && !st.warnEnabled('missing_spec')) return;
  const specced = new Set([...st.specs.values()].map((s) => faKey(s.f, s.a)));
  const exported = exportsOf(st);
  for (const f of forms) {
    if (f.kind !== 'function') continue;
    const key = faKey(f.name, f.arity);
    if (specced.has(key) || PSEUDOLOCALS.has(key)) continue;
    if (all || exported.has(key)) st.warning(f.loc, tuple(atom('missing_spec'), fa(f.name, f.arity)));
  }
}

function checkUntypedRecords(st: Lint, forms: Form[]): void {
  if (!st.warnEnabled('untyped_record')) return;
  for (const f of forms) {
    if (f.kind === 'attr_record' && f.fields.length > 0 && !f.fields.every((x) => x.type) && st.records.get(f.name)?.loc === f.loc) {
      st.warning(f.loc, tuple(atom('untyped_record'), atom(f.name)));
    }
  }
}

function checkOnLoad(st: Lint): void {
  if (st.onLoad.length !== 1) return;
  const f = st.onLoad[0]!;
  if (f.arity === 0 && !st.defined.has(faKey(f.name, 0))) st.error(st.onLoadLoc, tuple(atom('undefined_on_load'), fa(f.name, 0)));
}

function checkUnusedRecords(st: Lint, attrs: CompileAttr[]): void {
  if (!st.warnEnabled('unused_record')) return;
  for (const { loc, item } of taggedOptions(attrs, 'nowarn_unused_record')) {
    if (item.k === 'atom') existRecord(st, loc, item.v);
  }
  for (const [name, r] of st.records) {
    if (st.usedRecords.has(name) || r.loc.file !== st.file) continue;
    st.warning(r.loc, tuple(atom('unused_record'), atom(name)));
  }
}

const MODULE_DIALYZER_OPTIONS = new Set([
  'no_return', 'no_unused', 'no_improper_lists', 'no_fun_app', 'no_match', 'no_opaque', 'no_fail_call', 'no_contracts',
  'no_behaviours', 'no_undefined_callbacks', 'unmatched_returns', 'error_handling', 'race_conditions', 'no_missing_calls',
  'specdiffs', 'overspecs', 'underspecs', 'unknown', 'no_underspecs', 'extra_return', 'no_extra_return', 'missing_return',
  'no_missing_return',
]);

function checkDialyzerAttributes(st: Lint, forms: Form[]): void {
  const vals: { loc: Loc; v: Term }[] = [];
  for (const { loc, value } of wildAttrs(forms, 'dialyzer')) {
    for (const v0 of flattenList(value)) {
      if (v0.k === 'tuple' && v0.v.length === 2) {
        for (const a of flattenList(v0.v[0]!)) for (const b of flattenList(v0.v[1]!)) vals.push({ loc, v: tuple(a, b) });
      } else {
        vals.push({ loc, v: v0 });
      }
    }
  }
  const good: { loc: Loc; v: Term }[] = [];
  for (const x of vals) {
    const ok = x.v.k === 'atom' || (x.v.k === 'tuple' && x.v.v.length === 2 && x.v.v[0]!.k === 'atom' && asFA(x.v.v[1]!));
    if (ok) good.push(x);
    else st.error(x.loc, tuple(atom('bad_dialyzer_attribute'), x.v));
  }
  for (const { loc, v } of good) {
    if (v.k === 'atom') {
      if (!MODULE_DIALYZER_OPTIONS.has(v.v)) st.error(loc, tuple(atom('bad_dialyzer_option'), v));
      continue;
    }
    const [opt, faT] = (v as { k: 'tuple'; v: Term[] }).v as [Term & { k: 'atom' }, Term];
    if (opt.v === 'nowarn_function' || MODULE_DIALYZER_OPTIONS.has(opt.v)) {
      const f = asFA(faT)!;
      const key = faKey(f.name, f.arity);
      if (!st.defined.has(key) || PSEUDOLOCALS.has(key)) st.error(loc, tuple(atom('undefined_function'), faT));
    } else {
      st.error(loc, tuple(atom('bad_dialyzer_option'), opt));
    }
  }
}

function checkCallbackInformation(st: Lint): void {
  for (const o of st.optionalCallbacks.values()) {
    if (!st.callbacks.has(`${o.m}:${faKey(o.f, o.a)}`)) {
      st.error(o.loc, tuple(atom('undefined_callback'), tuple(atom(o.m), atom(o.f), int(o.a))));
    }
  }
  if (st.defined.has(faKey('behaviour_info', 1)) && st.callbacks.size > 0) {
    for (const c of st.callbacks.values()) st.error(c.loc, tuple(atom('behaviour_info'), tuple(atom(c.m), atom(c.f), int(c.a))));
  }
}

function checkNifs(st: Lint, forms: Form[]): void {
  const nifs: { loc: Loc; item: Term }[] = [];
  for (const { loc, value } of wildAttrs(forms, 'nifs')) {
    if (value.k === 'list') for (const item of value.v) nifs.push({ loc, item });
  }
  if (nifs.length > 0 && !st.loadNif) st.warning(nifs[0]!.loc, atom('no_load_nif'));
  for (const { loc, item } of nifs) {
    const f = asFA(item);
    const key = f ? faKey(f.name, f.arity) : '';
    if (f && st.defined.has(key) && !PSEUDOLOCALS.has(key)) continue;
    st.error(loc, tuple(atom('undefined_nif'), item));
  }
}


