// The state of one lint run, and the few operations every pass shares.
//
// erl_lint threads a #lint{} record through every function; here it is one mutable
// object (`Lint`). Variable tables stay values (vars.ts), everything else is updated in
// place. Where erl_lint runs a check and then throws part of its effect away (record
// field defaults are checked once at the definition and again, silently, where a
// record is built), `speculate` snapshots the growing lists and truncates them.
//
// Diagnostics are collected as (severity, location, descriptor); `finish` turns them
// into Diagnostic objects with erl_lint's texts. Ordering is left to order.ts.
import type { Expr, Loc } from '../ast/ast.js';
import { error as mkError, warning as mkWarning, type Diagnostic } from '../diagnostics.js';
import { obsoleteFunction } from './bifs.js';
import { describe, descriptorTag } from './messages.js';
import { atom, compareTerms, int, tuple, str, flattenList, asFA, type Term } from './terms.js';
import type { VarTable } from './vars.js';

export interface FA { name: string; arity: number }
export const faKey = (name: string, arity: number) => `${name}/${arity}`;

/** A record definition as lint keeps it: field names in order, each with the
 * location of its name and its default (undefined: no default, or a default that
 * had errors, which erl_lint replaces by the atom `undefined`). */
export interface RecordInfo {
  loc: Loc;
  fields: { name: string; loc: Loc; default?: Expr }[];
}

/** What a type use is reached from (erl_lint's type_id): an export_type, a record,
 * a spec, or another type. */
export type TypeId = { k: 'export' } | { k: 'record'; name: string } | { k: 'spec'; key: string } | { k: 'type'; key: string };

export interface Report {
  severity: 'error' | 'warning';
  loc: Loc | undefined;
  desc: Term;
}

/** A diagnostic from lint, carrying erl_lint's descriptor so that order.ts can break
 * ties the way compile:messages_per_file/1 does (Erlang term order). */
export interface LintDiagnostic extends Diagnostic {
  descriptor?: Term;
}

/** Warning switches and their erlc defaults (erl_lint:start/2). */
const WARNING_DEFAULTS: Record<string, boolean> = {
  unused_vars: true,
  underscore_match: true,
  export_all: true,
  export_vars: false,
  shadow_vars: true,
  unused_import: false,
  unused_function: true,
  unused_type: true,
  bif_clash: true,
  unused_record: true,
  deprecated_function: true,
  deprecated_type: true,
  obsolete_guard: true,
  untyped_record: false,
  missing_spec: false,
  missing_spec_all: false,
  removed: true,
  nif_inline: true,
  keyword_warning: false,
};
// warn_keywords / nowarn_keywords control `keyword_warning`; the others are named
// after their category.
const SWITCH_NAME: Record<string, string> = { keyword_warning: 'keywords' };

export type GexprContext = 'guard' | 'bin_seg_size' | 'map_key';

export class Lint {
  readonly file: string;
  module = '';
  state: 'start' | 'attribute' | 'function' = 'start';
  /** The compile options: -compile attributes (flattened) then the caller's options. */
  readonly compile: Term[];
  private readonly enabled = new Set<string>();
  readonly warnFormat: number;

  behaviours: { loc: Loc; name: string }[] = [];
  /** Exported functions, in the order first exported (with module_info/0,1). */
  exports = new Set<string>([faKey('module_info', 0), faKey('module_info', 1)]);
  imports = new Map<string, string>();
  records = new Map<string, RecordInfo>();
  locals = new Set<string>();
  noAuto: 'all' | Set<string> = new Set();
  defined = new Set<string>([faKey('module_info', 0), faKey('module_info', 1), faKey('record_info', 2)]);
  onLoad: FA[] = [];
  onLoadLoc: Loc | undefined;
  notDeprecated: Term[] = [];
  notRemoved: Term[] = [];
  func: string | undefined;
  typeId: TypeId = { k: 'export' };
  recdefTop = false;
  xqlc = false;
  /** Every local call and fun reference: for "function F/A undefined". */
  called: { fa: string; loc: Loc }[] = [];
  // erl_lint's #usage{}: who calls whom (for unused functions), imports used,
  // records used, types used.
  calls: Map<string, string[]> | undefined;
  importedUsed = new Set<string>();
  usedRecords = new Set<string>();
  usedTypes = new Map<string, { loc: Loc; at: TypeId }[]>();
  specs = new Map<string, { loc: Loc; m: string; f: string; a: number }>();
  callbacks = new Map<string, { loc: Loc; m: string; f: string; a: number }>();
  optionalCallbacks = new Map<string, { loc: Loc; m: string; f: string; a: number }>();
  types = new Map<string, { attr: 'type' | 'opaque'; loc: Loc; name: string; arity: number }>();
  expTypes = new Set<string>();
  /** Variables bound so far in the binary pattern whose segment size is being checked. */
  bvt: VarTable | undefined;
  gexprContext: GexprContext = 'guard';
  loadNif = false;
  /** While set, every diagnostic is reported here (erl_lint copies default values
   * into a record expression with copy_expr/2, which relocates them). */
  locOverride: Loc | undefined;

  reports: Report[] = [];

  constructor(file: string, compile: Term[]) {
    this.file = file;
    this.compile = compile;
    for (const [cat, def] of Object.entries(WARNING_DEFAULTS)) {
      const sw = SWITCH_NAME[cat] ?? cat;
      if (this.boolOption(`warn_${sw}`, `nowarn_${sw}`, def)) this.enabled.add(cat);
    }
    this.warnFormat = this.valueOption('warn_format', 1, 'warn_format', 1, 'nowarn_format', 0);
    if (this.enabled.has('unused_function')) {
      this.calls = new Map([[faKey('module_info', 1), [faKey('module_info', 0), faKey('module_info', 1), faKey('record_info', 2)]]]);
    }
  }

  /** erl_lint:bool_option/4: the last of On/Off in the options wins. */
  boolOption(on: string, off: string, def: boolean): boolean {
    let v = def;
    for (const o of this.compile) {
      if (o.k === 'atom' && o.v === on) v = true;
      else if (o.k === 'atom' && o.v === off) v = false;
    }
    return v;
  }

  /** erl_lint:value_option/7 for integer-valued options. */
  valueOption(flag: string, def: number, on: string, onVal: number, off: string, offVal: number): number {
    let v = def;
    for (const o of this.compile) {
      if (o.k === 'tuple' && o.v.length === 2 && o.v[0]!.k === 'atom' && o.v[0]!.v === flag && o.v[1]!.k === 'int') {
        v = Number(o.v[1]!.v);
      } else if (o.k === 'atom' && o.v === on) v = onVal;
      else if (o.k === 'atom' && o.v === off) v = offVal;
    }
    return v;
  }

  hasOption(name: string): boolean {
    return this.compile.some((o) => o.k === 'atom' && o.v === name);
  }

  /** All FA pairs of options {Tag, FAs} (erl_lint:nowarn_function/2). */
  optionFAs(tag: string): Set<string> {
    const out = new Set<string>();
    for (const o of this.compile) {
      if (o.k === 'tuple' && o.v.length === 2 && o.v[0]!.k === 'atom' && o.v[0]!.v === tag) {
        for (const t of flattenList(o.v[1]!)) {
          const fa = asFA(t);
          if (fa) out.add(faKey(fa.name, fa.arity));
        }
      }
    }
    return out;
  }

  warnEnabled(cat: string): boolean {
    return this.enabled.has(cat);
  }

  // ---------------------------------------------------------------- reporting

  error(loc: Loc | undefined, desc: Term): void {
    // In a binary segment size, guard errors are reported as size errors.
    if (this.gexprContext === 'bin_seg_size') {
      const tag = descriptorTag(desc);
      if (tag === 'illegal_guard_expr') desc = atom('illegal_bitsize');
      else if (tag === 'illegal_guard_local_call' && desc.k === 'tuple') desc = tuple(atom('illegal_bitsize_local_call'), desc.v[1]!);
    }
    this.reports.push({ severity: 'error', loc: this.locOverride ?? loc, desc });
  }

  warning(loc: Loc | undefined, desc: Term): void {
    this.reports.push({ severity: 'warning', loc: this.locOverride ?? loc, desc });
  }

  /** Run `f`, then keep only the effects `keep` names (the rest is rolled back). */
  speculate<T>(f: () => T, keep: { errors?: boolean; warnings?: boolean; called?: boolean }): T {
    const nReports = this.reports.length;
    const nCalled = this.called.length;
    const r = f();
    if (!keep.errors || !keep.warnings) {
      const added = this.reports.splice(nReports);
      for (const x of added) {
        if ((x.severity === 'error' && keep.errors) || (x.severity === 'warning' && keep.warnings)) this.reports.push(x);
      }
    }
    if (!keep.called) this.called.length = nCalled;
    return r;
  }

  errorCount(): number {
    let n = 0;
    for (const r of this.reports) if (r.severity === 'error') n++;
    return n;
  }

  finish(): LintDiagnostic[] {
    return this.reports.map((r) => {
      const message = describe(r.desc);
      const code = descriptorTag(r.desc);
      const file = r.loc?.file ?? this.file;
      const line = r.loc?.line ?? 0;
      const col = r.loc?.col ?? 0;
      const d: LintDiagnostic =
        r.severity === 'error' ? mkError('erl_lint', code, message, file, line, col) : mkWarning('erl_lint', code, message, file, line, col);
      d.descriptor = r.desc;
      return d;
    });
  }

  // ---------------------------------------------------------------- shared checks

  isLocal(name: string, arity: number): boolean {
    return this.locals.has(faKey(name, arity));
  }

  importedFrom(name: string, arity: number): string | undefined {
    return this.imports.get(faKey(name, arity));
  }

  autoImportSuppressed(name: string, arity: number): boolean {
    return this.noAuto === 'all' || this.noAuto.has(faKey(name, arity));
  }

  /** erl_lint's no_guard_bif_clash/2: an auto-imported guard BIF really means the BIF. */
  noGuardBifClash(name: string, arity: number): boolean {
    const imp = this.importedFrom(name, arity);
    return !this.isLocal(name, arity) &&
      (imp === undefined || imp === 'erlang') &&
      (!this.autoImportSuppressed(name, arity) || imp === 'erlang');
  }

  usedRecord(name: string): void {
    this.usedRecords.add(name);
  }

  /** A local call or fun reference: record it for the undefined/unused checks. */
  callFunction(loc: Loc, name: string, arity: number): void {
    const key = faKey(name, arity);
    if (this.calls) {
      const from = this.func ?? '';
      let l = this.calls.get(from);
      if (!l) this.calls.set(from, (l = []));
      l.push(key);
    }
    this.called.push({ fa: key, loc: this.locOverride ?? loc });
  }

  usedType(name: string, arity: number, loc: Loc): void {
    const key = faKey(name, arity);
    let l = this.usedTypes.get(key);
    if (!l) this.usedTypes.set(key, (l = []));
    l.push({ loc: this.locOverride ?? loc, at: this.typeId });
  }

  /** erl_lint:check_module_name/3. */
  checkModuleName(m: string, loc: Loc | undefined): void {
    const cs = Array.from(m, (c) => c.codePointAt(0)!);
    const visible = cs.filter((c) => c !== 0x20 && c !== 0xa0 && c !== 0xad);
    if (cs.length === 0) {
      this.error(loc, atom('empty_module_name'));
      return;
    }
    if (visible.length === 0) {
      this.error(loc, atom('blank_module_name'));
      return;
    }
    if (cs.some((c) => c > 0xff)) this.error(loc, atom('non_latin1_module_unsupported'));
    if (cs.some((c) => c < 0x20 || (c >= 0x7f && c < 0xa0))) this.error(loc, atom('ctrl_chars_in_module_name'));
  }

  /** erl_lint:deprecated_function/5: warn about calls to deprecated/removed functions. */
  deprecatedFunction(loc: Loc, m: string, f: string, arity: number): void {
    const info = obsoleteFunction(m, f, arity);
    if (!info) return;
    const mfa = tuple(atom(m), atom(f), int(arity));
    if (info.kind === 'deprecated') {
      if (!this.warnEnabled('deprecated_function') || this.notDeprecated.some((t) => compareTerms(t, mfa) === 0)) return;
      this.warning(loc, info.rel !== undefined
        ? tuple(atom('deprecated'), mfa, str(info.text), str(info.rel))
        : tuple(atom('deprecated'), mfa, str(info.text)));
    } else {
      if (!this.warnEnabled('removed')) return;
      if (this.notRemoved.some((t) => compareTerms(t, atom(m)) === 0 || compareTerms(t, mfa) === 0)) return;
      this.warning(loc, info.rel !== undefined
        ? tuple(atom('removed'), mfa, str(info.text), str(info.rel))
        : tuple(atom('removed'), mfa, str(info.text)));
    }
  }
}
