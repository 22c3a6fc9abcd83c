// The preprocessor: a file's bytes -> token forms, with epp's semantics (OTP 25).
//
// This module is epp's server loop (scan_toks / skip_toks / enter_file / leave_file)
// made synchronous. It reads one form at a time from the current file (form-source.ts,
// lexer.ts), looks at its first two tokens, and either handles a directive (-define,
// -undef, -include, -include_lib, -ifdef, -ifndef, -if, -elif, -else, -endif, -file,
// -error, -warning, -feature) or expands the form's macros (macros.ts) and passes it
// on. What epp replies for each request becomes one item, in order: a form (a token
// list ending in its dot, except a last form cut short by end of input), or a
// diagnostic (epp's `{error, ...}` or `{warning, ...}`). A form with an error is not
// passed on; processing goes on with the next form, so one run reports every error.
//
// Invariants and conventions, all epp's:
//  * Conditionals: `istk` is the stack of open conditionals of the current file; while
//    a branch is skipped, `skip` is the stack of conditionals being skipped (its last
//    element is the innermost). Forms in a skipped branch are only looked at for
//    conditional directives; their scan errors are ignored.
//  * Files: `frames` holds the including files (epp's sstk) and the current one. An
//    included file starts with its own conditional stack and an empty macro-uses graph
//    (epp's quirk) and sees, and changes, the including file's macros.
//  * `-file` attributes: epp emits `-file(Name, Line).` when it starts a file, enters an
//    included file and comes back from one, and turns a user's `-file` directive into a
//    `generated` one (changing the line numbers of what follows). Every token's `file`,
//    and every diagnostic's, is the file the last such attribute names.
//  * Locations: tokens keep the location erl_scan gives them; macro expansions get the
//    location epp gives them (see macros.ts).
import * as T from './tokens.js';
import type { Token } from './tokens.js';
import { error as mkError, warning as mkWarning, type Diagnostic, type Origin } from '../diagnostics.js';
import type { CompilerHost } from '../host.js';
import { Scanner, makeToken, relocate, reservedWords, type FormScan, type ReservedWords } from './lexer.js';
import { decodeSourceDetailed } from './source-encoding.js';
import { FormSource, runCache, type CachedFile, type RunCache } from './form-source.js';
import { EppError, ERL_FEATURES, FILE_IO_SERVER, eppError, msg, tokLoc, type Arity, type Loc } from './epp-error.js';
import {
  expandMacros, findMismatch, macroUses, parseDefine, type Define, type ExpandEnv, type MacroDef, type MacroEntry,
  type MacroRef, type Macros, type Uses,
} from './macros.js';
import { evalIf, parseTerm } from './epp-expr.js';
import { printPretty } from './erl-term.js';
import { erlDirname, expandVar, openLib, pathOpen, type Opened } from './epp-paths.js';

export interface PreprocessOptions {
  host: CompilerHost;
  /** Directories searched by -include after the including file's own directory. */
  includePaths?: string[];
  /** Directories holding OTP-style applications (`eunit/include/eunit.hrl`) for -include_lib. */
  libRoots?: string[];
  /** Predefined macros, as `erlc -D`: name -> replacement text (undefined: `true`). */
  defines?: Record<string, string | undefined>;
  /** The name -file attributes and ?FILE give the main file (epp's source_name). */
  sourceName?: string;
  /** Features enabled from the start (as compile's `{feature, F, enable}`). */
  features?: string[];
  /** Environment for `$VAR/...` include names (epp uses os:getenv); none by default. */
  env?: (name: string) => string | undefined;
}

export interface PreprocessResult {
  /** One token list per form, each ending with its Dot token. */
  forms: Token[][];
  diagnostics: Diagnostic[];
  /** Features enabled at the end of the file (epp's `{features, ...}`). */
  features?: string[];
  /** Where the main file ended (epp's `{eof, Location}`). */
  eof: { line: number; col: number };
}

/** What epp:scan_file/2 returns, item by item. */
export type PpItem = { kind: 'form'; tokens: Token[] } | { kind: 'diagnostic'; diagnostic: Diagnostic };

export function preprocess(file: string, opts: PreprocessOptions): PreprocessResult {
  const r = preprocessItems(file, opts);
  const forms: Token[][] = [];
  const diagnostics: Diagnostic[] = [];
  for (const it of r.items) {
    if (it.kind === 'form') forms.push(it.tokens);
    else diagnostics.push(it.diagnostic);
  }
  return { forms, diagnostics, features: r.features, eof: r.eof };
}

export function preprocessItems(
  file: string,
  opts: PreprocessOptions,
): { items: PpItem[]; features: string[]; eof: { line: number; col: number } } {
  const epp = new Epp(file, opts);
  epp.run();
  return { items: epp.items, features: epp.features, eof: epp.eof };
}

// ------------------------------------------------------------------ state

/** A parsed -define with what defining it adds to the macro table and uses graph. */
interface DefineInfo extends Define {
  uses: MacroRef[];
  entry: MacroEntry;
  usesEntry: { arity: Arity; uses: MacroRef[] }[];
}

/** Conditional kinds, as epp names them in `unterminated '-...'` messages. */
type Cond = 'ifdef' | 'ifndef' | 'if' | 'else' | 'elif';

interface Frame {
  src: FormSource;
  /** The name the file was opened as (epp's name). */
  name: string;
  /** The name after -file directives (epp's name2). */
  name2: string;
  /** Line offset introduced by -file directives (epp's delta). */
  delta: number;
  istk: Cond[];
  /** First directory of the include path: the file's own. */
  dir: string;
}

const MINUS = T.Punct['-']!;
const LPAREN = T.Punct['(']!;
const RPAREN = T.Punct[')']!;
const COMMA = T.Punct[',']!;
const OTP_RELEASE = 25n;
const MAX_INCLUDE_DEPTH = 8;
/** The features OTP 25 knows (erl_features:all/0); all are configurable. */
const KNOWN_FEATURES = ['maybe_expr'];

const PREFIX_DIRECTIVES = new Set(['module', 'feature', 'if', 'else', 'elif', 'endif', 'ifdef', 'ifndef', 'define', 'undef', 'include', 'include_lib']);

class Epp {
  readonly items: PpItem[] = [];
  features: string[];
  /** Where the main file ended. */
  eof = { line: 1, col: 1 };
  private readonly host: CompilerHost;
  private readonly cache: RunCache;
  private readonly includePaths: string[];
  /** The include path as one string (part of the key of remembered resolutions). */
  private readonly includeKey: string;
  private readonly libRoots: string[];
  private readonly frames: Frame[] = [];
  private macros: Macros = new Map();
  private uses: Uses = new Map();
  private acyclic = new Set<string>();
  private reserved: ReservedWords;
  private inPrefix = true;
  /** Conditionals being skipped (null: not skipping). */
  private skip: Cond[] | null = null;
  /** The file named by the last -file attribute emitted. */
  private curFile: string;

  constructor(private readonly file: string, private readonly opts: PreprocessOptions) {
    this.host = opts.host;
    this.cache = runCache(opts.host);
    this.includePaths = opts.includePaths ?? [];
    this.includeKey = this.includePaths.join('\n');
    this.libRoots = opts.libRoots ?? [];
    this.features = [...(opts.features ?? [])];
    this.reserved = reservedWords(this.features);
    this.curFile = opts.sourceName ?? file;
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private get env(): ExpandEnv {
    return { macros: this.macros, uses: this.uses, acyclic: this.acyclic };
  }

  // ---------------------------------------------------------------- output

  private emitForm(tokens: Token[]): void {
    this.items.push({ kind: 'form', tokens });
  }

  private emitError(loc: Loc, code: string, message: string, origin: Origin = 'epp'): void {
    this.items.push({ kind: 'diagnostic', diagnostic: mkError(origin, code, message, this.curFile, loc.line, loc.col) });
  }

  private emitEppError(e: EppError): void {
    this.emitError(e.loc, e.code, e.message, e.origin);
  }

  /** enter_file_reply: `-file("Name", Line).` at `at`, its `)` at `paren`. */
  private emitFileAttr(name: string, at: Loc, paren: Loc, line: number, generated: boolean): void {
    const mk = (tt: T.Token['tokenType'], v: string | bigint, image: string, loc: Loc, gen: boolean) =>
      makeToken(tt, v, image, name, loc.line, loc.col, 0, gen);
    this.curFile = name;
    this.emitForm([
      mk(MINUS, '-', '-', at, generated),
      mk(T.Atom, 'file', 'file', at, generated),
      mk(LPAREN, '(', '(', at, generated),
      mk(T.String, name, JSON.stringify(name), at, generated),
      mk(COMMA, ',', ',', at, generated),
      mk(T.Integer, BigInt(line), String(line), at, generated),
      mk(RPAREN, ')', ')', paren, false),
      mk(T.Dot, '.', '.', at, generated),
    ]);
  }

  private setFileMacro(name: string): void {
    this.macros.set('FILE', { kind: 'predef', def: { params: null, body: [this.lit(T.String, name)] } });
  }

  /** A token for a predefined macro's body (always relocated when expanded). */
  private lit(tt: T.Token['tokenType'], v: string | bigint): Token {
    return makeToken(tt, v, String(v), this.file, 1, 0, 0);
  }

  // ---------------------------------------------------------------- files

  private openText(opened: Opened): { cached: CachedFile | null; text: string; truncated: boolean } {
    const prev = this.cache.files.get(opened.name);
    if (prev && prev.bytes === opened.bytes) return { cached: prev, text: prev.decoded.text, truncated: prev.decoded.invalidUtf8 === true };
    const decoded = decodeSourceDetailed(opened.bytes);
    const cached: CachedFile = { bytes: opened.bytes, decoded, recordings: new Map() };
    this.cache.files.set(opened.name, cached);
    return { cached, text: decoded.text, truncated: decoded.invalidUtf8 === true };
  }

  /** Start reading a file: `name` is what epp calls it, `opened.name` where it is. */
  private pushFrame(name: string, opened: Opened, cache: boolean): void {
    const { cached, text, truncated } = this.openText(opened);
    const src = new FormSource(cache ? cached : null, text, name, this.reserved, truncated);
    this.frames.push({ src, name, name2: name, delta: 0, istk: [], dir: erlDirname(opened.name) });
  }

  /** The entries of a directory (host.listDir, once per run), if it can be listed. */
  private listing = (dir: string): Set<string> | undefined => {
    if (!this.host.listDir) return undefined;
    if (this.cache.listings.has(dir)) return this.cache.listings.get(dir);
    const l = this.host.listDir(dir);
    const set = l === undefined ? undefined : new Set(l);
    this.cache.listings.set(dir, set);
    return set;
  };

  /** False when listings show that a file does not exist (then it is not read). */
  private mayExist = (file: string): boolean => {
    const slash = file.lastIndexOf('/');
    if (slash < 0 || !this.host.listDir) return true;
    const dir = slash === 0 ? '/' : file.slice(0, slash);
    const entries = this.listing(dir);
    if (entries !== undefined) return entries.has(file.slice(slash + 1));
    return dir === '/' ? true : this.mayExist(dir);
  };

  /** path_open over [the current file's directory | include path], remembered per run. */
  private resolveInclude(name: string): Opened | undefined {
    const key = this.includeKey + '\n' + this.frame.dir + '\n' + name;
    const hit = this.cache.resolved.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const r = pathOpen(this.host, [this.frame.dir, ...this.includePaths], name, this.mayExist);
    this.cache.resolved.set(key, r ?? null);
    return r;
  }

  run(): void {
    const bytes = this.host.readFile(this.file);
    if (bytes === undefined) {
      this.emitError({ line: 0, col: 0 }, 'enoent', 'no such file or directory', 'erlts');
      return;
    }
    if (!this.initMacros()) return;
    const source = this.opts.sourceName ?? this.file;
    this.emitFileAttr(source, { line: 1, col: 1 }, { line: 1, col: 1 }, 1, false);
    this.pushFrame(source, { name: this.file, bytes }, false);
    while (this.frames.length > 0) this.step();
  }

  /** Handle one scan result of the current file. */
  private step(): void {
    const f = this.frame;
    const before = { line: f.src.line, col: f.src.col };
    const r = f.src.next();
    try {
      if (this.skip) this.skipStep(r, before);
      else this.scanStep(r, before);
    } catch (e) {
      // Bad input must give a diagnostic, never an exception: what is left is input
      // too deeply nested for our recursive helpers (JS stack overflow).
      if (!(e instanceof RangeError) || r.kind !== 'form') throw e;
      this.emitError(tokLoc(r.tokens[0]!), 'too_deep', 'form too deeply nested for erlts', 'erlts');
    }
  }

  /** scan_toks on one result. */
  private scanStep(r: FormScan, before: Loc): void {
    switch (r.kind) {
      case 'eof':
        this.leaveFile();
        return;
      case 'error':
        this.emitError(r.error, r.error.code, r.error.message, 'erl_scan');
        return;
      case 'invalid': {
        let at = before;
        if (!r.atStart) {
          this.emitError(r, 'invalid_unicode', msg.invalidUnicode, FILE_IO_SERVER);
          at = { line: r.line, col: r.col };
        }
        this.emitError(at, 'cannot_parse', msg.cannotParse);
        this.frame.src.stop(at.line, at.col);
        this.leaveFile();
        return;
      }
      case 'form':
        this.form(r.tokens, r.hasQuestion, this.frame.src.replaying);
    }
  }

  /** skip_toks on one result. */
  private skipStep(r: FormScan, before: Loc): void {
    const skip = this.skip!;
    switch (r.kind) {
      case 'eof':
        this.frame.istk = skip;
        this.skip = null;
        this.leaveFile();
        return;
      case 'error':
        return;
      case 'invalid':
        if (r.atStart) this.emitError(before, 'cannot_parse', msg.cannotParse);
        else this.emitError(r, 'invalid_unicode', msg.invalidUnicode, FILE_IO_SERVER);
        this.skip = null;
        this.frame.src.stop(before.line, before.col);
        this.leaveFile();
        return;
      case 'form': {
        const [t0, t1] = r.tokens;
        if (t0?.tokenType !== MINUS || t1 === undefined) return;
        const name = t1.tokenType === T.Atom ? (t1.value as string) : '';
        if (name === 'ifdef' || name === 'ifndef') skip.push(name);
        else if (t1.tokenType === T.Keywords.if) skip.push('if');
        else if (name === 'else' || (t1.tokenType === T.Keywords.else && this.elseReserved)) this.skipElse(t1);
        else if (name === 'elif') this.skipElif(r.tokens.slice(2), t1);
        else if (name === 'endif') {
          skip.pop();
          if (skip.length === 0) this.skip = null;
        }
      }
    }
  }

  private get elseReserved(): boolean {
    return this.reserved.has('else');
  }

  private skipElse(elseTok: Token): void {
    const skip = this.skip!;
    const top = skip[skip.length - 1]!;
    if (top === 'else') {
      this.emitError(tokLoc(elseTok), 'illegal', msg.illegal('repeated', 'else'));
    } else if (top === 'elif') {
      skip[skip.length - 1] = 'else';
    } else if (skip.length === 1) {
      this.skip = null;
      this.frame.istk.push('else');
    }
  }

  private skipElif(toks: Token[], elifTok: Token): void {
    const skip = this.skip!;
    const top = skip[skip.length - 1]!;
    if (top === 'else') {
      this.emitError(tokLoc(elifTok), 'elif_after_else', msg.elifAfterElse);
    } else if (skip.length === 1) {
      this.skip = null;
      this.scanIf(toks, elifTok);
    }
  }

  /** leave_file: report unterminated conditionals, then return to the including file. */
  private leaveFile(): void {
    const f = this.frame;
    const at = { line: f.src.line, col: f.src.col };
    while (f.istk.length > 0) {
      const i = f.istk.pop()!;
      this.emitError(at, 'illegal', msg.illegal('unterminated', i));
    }
    this.frames.pop();
    if (this.frames.length === 0) {
      this.eof = at;
      return;
    }
    const parent = this.frame;
    const oldLoc = { line: parent.src.line, col: parent.src.col };
    const cur = { line: oldLoc.line + parent.delta, col: oldLoc.col };
    this.setFileMacro(parent.name2);
    this.emitFileAttr(parent.name, cur, cur, cur.line, false);
    if (parent.name2 !== parent.name) this.emitFileAttr(parent.name2, cur, oldLoc, oldLoc.line, true);
    parent.src.setReserved(this.reserved);
  }

  // ---------------------------------------------------------------- forms

  /** One form (`shared`: its array belongs to a recording and must be copied if passed on). */
  private form(toks: Token[], hasQuestion: boolean, shared: boolean): void {
    const t1 = toks[1];
    if (toks[0]!.tokenType === MINUS && t1 !== undefined) {
      if (t1.tokenType === T.Atom && t1.value === 'define') return this.scanDefine(toks, t1);
      const rest = toks.slice(2);
      if (t1.tokenType === T.Atom) {
        switch (t1.value as string) {
          case 'feature': return this.scanFeature(rest, t1);
          case 'undef': this.inPrefix = false; return this.scanUndef(rest, t1);
          case 'error': case 'warning': this.inPrefix = false; return this.scanErrWarn(rest, t1);
          case 'include': return this.scanInclude(rest, t1, false);
          case 'include_lib': return this.scanInclude(rest, t1, true);
          case 'ifdef': return this.scanIfdef(rest, t1, true);
          case 'ifndef': return this.scanIfdef(rest, t1, false);
          case 'else': return this.scanElse(rest, t1);
          case 'elif': return this.scanElif(t1);
          case 'endif': return this.scanEndif(rest, t1);
          case 'file': return this.scanFile(rest, t1);
        }
      } else if (t1.tokenType === T.Keywords.if) {
        return this.scanIf(rest, t1);
      } else if (t1.tokenType === T.Keywords.else && this.elseReserved) {
        return this.scanElse(rest, t1);
      }
    }
    let out = shared ? toks.slice() : toks;
    if (hasQuestion) {
      try {
        out = expandMacros(toks, this.env, toks);
      } catch (e) {
        if (e instanceof EppError) return this.emitEppError(e);
        throw e;
      }
    }
    if (this.inPrefix) {
      const o1 = out[1];
      this.inPrefix = out.length === 0 || (out[0]!.tokenType === MINUS && o1 !== undefined && o1.tokenType === T.Atom && PREFIX_DIRECTIVES.has(o1.value as string));
    }
    this.emitForm(out);
    this.scanModule(out);
  }

  /** scan_module: -module(M) / -extends(M) set ?MODULE, ?MODULE_STRING, ?BASE_MODULE... */
  private scanModule(toks: Token[]): void {
    if (toks[0]?.tokenType !== MINUS || toks[1]?.tokenType !== T.Atom || toks[2]?.tokenType !== LPAREN) return;
    const attr = toks[1].value as string;
    if (attr !== 'module' && attr !== 'extends') return;
    const m = toks[3];
    const next = toks[4]?.tokenType;
    if (m?.tokenType !== T.Atom || (next !== RPAREN && !(attr === 'module' && next === COMMA))) return;
    const base = attr === 'module' ? 'MODULE' : 'BASE_MODULE';
    this.macros.set(base, { kind: 'predef', def: { params: null, body: [m] } });
    const str = makeToken(T.String, m.value as string, JSON.stringify(m.value), m.file, m.startLine!, m.startColumn!, m.startOffset);
    this.macros.set(base + '_STRING', { kind: 'predef', def: { params: null, body: [str] } });
  }

  // ---------------------------------------------------------------- directives

  /** -define (`form`: the whole form). */
  private scanDefine(form: Token[], defTok: Token): void {
    try {
      const d = this.parseDefineCached(form, defTok);
      const e = this.macros.get(d.name);
      // The definitions so far: none (undefined), or null for a predefined macro.
      const prev = e === undefined ? undefined : e.kind === 'user' ? e.defs : null;
      if (prev === null) throw eppError(d.nameTok, 'redefine_predef', msg.redefinePredef(d.name));
      if (prev?.some((x) => x.arity === d.arity)) throw eppError(d.nameTok, 'redefine', msg.redefine(d.name));
      // Entries are never changed once made, so a first definition can share the one
      // remembered with the form.
      this.macros.set(d.name, prev === undefined ? d.entry : { kind: 'user', defs: [{ arity: d.arity, def: d.def }, ...prev] });
      const used = this.uses.get(d.name);
      this.uses.set(d.name, used === undefined ? d.usesEntry : [{ arity: d.arity, uses: d.uses }, ...used]);
      this.forgetAcyclic();
    } catch (e) {
      if (e instanceof EppError) return this.emitEppError(e);
      throw e;
    }
  }

  /** parseDefine + macroUses, remembered with the form when its file is recorded (an
   * include file's definitions are read again for every module that includes it). */
  private parseDefineCached(form: Token[], defTok: Token): DefineInfo {
    const src = this.frame.src;
    const memo = src.memo as DefineInfo | undefined;
    if (memo !== undefined) return memo;
    const d = parseDefine(form.slice(2), defTok);
    const uses = macroUses(d.def.body);
    const info: DefineInfo = {
      ...d,
      uses,
      entry: { kind: 'user', defs: [{ arity: d.arity, def: d.def }] },
      usesEntry: [{ arity: d.arity, uses }],
    };
    src.memo = info;
    return info;
  }

  private scanUndef(toks: Token[], undefTok: Token): void {
    const m = toks[1];
    if (toks.length === 4 && toks[0]!.tokenType === LPAREN && (m!.tokenType === T.Atom || m!.tokenType === T.Var) && toks[2]!.tokenType === RPAREN && toks[3]!.tokenType === T.Dot) {
      this.macros.delete(m!.value as string);
      this.uses.delete(m!.value as string);
      this.forgetAcyclic();
      return;
    }
    const t = findMismatch(['(', 'var_or_atom', ')', 'dot'], toks, undefTok);
    this.emitError(tokLoc(t), 'bad', msg.bad('undef'));
  }

  private scanErrWarn(toks: Token[], tagTok: Token): void {
    const tag = tagTok.value as 'error' | 'warning';
    const bad = () => this.emitError(tokLoc(tagTok), 'bad', msg.bad(tag));
    if (toks[0]?.tokenType !== LPAREN) {
      this.emitError(tokLoc(toks[0] ?? tagTok), 'bad', msg.bad(tag));
      return;
    }
    let expanded: Token[];
    try {
      expanded = expandMacros(toks, this.env, []);
    } catch (e) {
      if (e instanceof EppError) return bad();
      throw e;
    }
    const term = parseTerm(expanded);
    if (term === undefined) return bad();
    const text = `-${tag}(` + printPretty(term, tag.length + 2) + ').';
    const loc = tokLoc(tagTok);
    const d = tag === 'error'
      ? mkError('epp', 'error', text, this.curFile, loc.line, loc.col)
      : mkWarning('epp', 'warning', text, this.curFile, loc.line, loc.col);
    this.items.push({ kind: 'diagnostic', diagnostic: d });
  }

  private scanFeature(toks: Token[], ftrTok: Token): void {
    const shape = toks.length >= 6 && toks[0]!.tokenType === LPAREN && toks[1]!.tokenType === T.Atom && toks[2]!.tokenType === COMMA &&
      toks[3]!.tokenType === T.Atom && toks[4]!.tokenType === RPAREN && toks[5]!.tokenType === T.Dot;
    const ind = shape ? (toks[3]!.value as string) : '';
    if (shape && toks.length === 6 && this.inPrefix && (ind === 'enable' || ind === 'disable')) {
      const ftr = toks[1]!.value as string;
      if (!KNOWN_FEATURES.includes(ftr)) {
        this.emitError(tokLoc(ftrTok), 'invalid_features', `the feature '${ftr}' does not exist.`, ERL_FEATURES);
        return;
      }
      if (ind === 'enable') {
        if (!this.features.includes(ftr)) this.features = [ftr, ...this.features];
      } else {
        this.features = this.features.filter((f) => f !== ftr);
      }
      this.macros.set('FEATURE_ENABLED', { kind: 'user', defs: [{ arity: 1, def: this.featureMacro(this.features) }] });
      this.reserved = reservedWords(this.features);
      this.frame.src.setReserved(this.reserved);
      return;
    }
    if (shape && !this.inPrefix) {
      this.emitError(tokLoc(ftrTok), 'ftr_after_prefix', msg.ftrAfterPrefix);
      return;
    }
    this.emitError(tokLoc(toks[0] ?? ftrTok), 'bad', msg.bad('feature'));
  }

  private includeName(toks: Token[]): Token | undefined {
    const c = coalesceStrings(toks);
    if (c.length === 4 && c[0]!.tokenType === LPAREN && c[1]!.tokenType === T.String && c[2]!.tokenType === RPAREN && c[3]!.tokenType === T.Dot) return c[1];
    return undefined;
  }

  private scanInclude(toks: Token[], incTok: Token, lib: boolean): void {
    const strTok = this.includeName(toks);
    const what = lib ? 'include_lib' : 'include';
    if (strTok === undefined) {
      const t = findMismatch(['(', 'string', ')', 'dot'], coalesceStrings(toks), incTok);
      this.emitError(tokLoc(t), 'bad', msg.bad(what));
      return;
    }
    if (this.frames.length - 1 >= MAX_INCLUDE_DEPTH) {
      this.emitError(tokLoc(lib ? incTok : strTok), 'depth', msg.depth(what));
      return;
    }
    const name = expandVar(strTok.value as string, this.opts.env);
    let opened = this.resolveInclude(name);
    if (opened === undefined && lib) opened = openLib(this.host, this.libRoots, name, this.listing);
    if (opened === undefined) {
      this.emitError(tokLoc(strTok), 'include', msg.include(lib ? 'lib' : 'file', name));
      return;
    }
    this.enterFile(opened);
  }

  /** enter_file2. */
  private enterFile(opened: Opened): void {
    this.emitFileAttr(opened.name, { line: 1, col: 1 }, { line: 1, col: 1 }, 1, false);
    this.pushFrame(opened.name, opened, true);
    this.setFileMacro(opened.name);
    this.uses = new Map();
    this.acyclic = new Set();
  }

  /** The uses graph changed: what was known to be acyclic may not be any more. */
  private forgetAcyclic(): void {
    if (this.acyclic.size > 0) this.acyclic = new Set();
  }

  private macroDefined(name: string): boolean {
    const e = this.macros.get(name);
    return e !== undefined && e.kind !== 'undefined';
  }

  private scanIfdef(toks: Token[], tok: Token, ifdef: boolean): void {
    const m = toks[1];
    const kind: Cond = ifdef ? 'ifdef' : 'ifndef';
    if (toks.length === 4 && toks[0]!.tokenType === LPAREN && (m!.tokenType === T.Atom || m!.tokenType === T.Var) && toks[2]!.tokenType === RPAREN && toks[3]!.tokenType === T.Dot) {
      if (this.macroDefined(m!.value as string) === ifdef) this.frame.istk.push(kind);
      else this.skip = [kind];
      return;
    }
    const t = findMismatch(['(', 'var_or_atom', ')', 'dot'], toks, tok);
    this.emitError(tokLoc(t), 'bad', msg.bad(kind));
    this.skip = [kind];
  }

  private scanElse(toks: Token[], elseTok: Token): void {
    if (toks.length !== 1 || toks[0]!.tokenType !== T.Dot) {
      this.emitError(tokLoc(toks[0] ?? elseTok), 'bad', msg.bad('else'));
      return;
    }
    const istk = this.frame.istk;
    const top = istk.pop();
    if (top === undefined) {
      this.emitError(tokLoc(elseTok), 'illegal', msg.illegal('unbalanced', 'else'));
      return;
    }
    if (top === 'else') this.emitError(tokLoc(elseTok), 'illegal', msg.illegal('repeated', 'else'));
    this.skip = ['else'];
  }

  private scanElif(elifTok: Token): void {
    const istk = this.frame.istk;
    const top = istk[istk.length - 1];
    if (top === undefined) {
      this.emitError(tokLoc(elifTok), 'illegal', msg.illegal('unbalanced', 'elif'));
      return;
    }
    istk.pop();
    if (top === 'else') {
      this.emitError(tokLoc(elifTok), 'illegal', msg.illegal('unbalanced', 'elif'));
      this.skip = ['else'];
    } else {
      this.skip = ['elif'];
    }
  }

  private scanEndif(toks: Token[], endifTok: Token): void {
    if (toks.length !== 1 || toks[0]!.tokenType !== T.Dot) {
      this.emitError(tokLoc(toks[0] ?? endifTok), 'bad', msg.bad('endif'));
      return;
    }
    if (this.frame.istk.pop() === undefined) this.emitError(tokLoc(endifTok), 'illegal', msg.illegal('unbalanced', 'endif'));
  }

  /** scan_if (also for an -elif that is reached while skipping). */
  private scanIf(toks: Token[], ifTok: Token): void {
    if (toks[0]?.tokenType !== LPAREN) {
      this.emitError(tokLoc(toks[0] ?? ifTok), 'bad', msg.bad('if'));
      this.skip = ['if'];
      return;
    }
    let expanded: Token[];
    try {
      expanded = expandMacros(toks, this.env, []);
    } catch (e) {
      if (!(e instanceof EppError)) throw e;
      this.emitEppError(e);
      this.skip = ['if'];
      return;
    }
    let r: ReturnType<typeof evalIf>;
    try {
      r = evalIf(expanded, (n) => this.macros.has(n));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      this.emitError(tokLoc(ifTok), 'too_deep', 'condition too deeply nested for erlts', 'erlts');
      this.skip = ['if'];
      return;
    }
    if (r.kind === 'syntax') {
      this.emitError(tokLoc(r.error.tok), 'syntax_error', r.error.message, 'erl_parse');
      this.skip = ['if'];
    } else if (r.kind === 'bad') {
      this.emitError(tokLoc(ifTok), 'bad', msg.bad('if'));
      this.skip = ['if'];
    } else if (r.holds) {
      this.frame.istk.push('if');
    } else {
      this.skip = ['if'];
    }
  }

  /** -file("Name", Line): what follows is line Line+1... of Name. */
  private scanFile(toks: Token[], fileTok: Token): void {
    let expanded: Token[];
    try {
      expanded = expandMacros(toks, this.env, []);
    } catch (e) {
      if (e instanceof EppError) return this.emitEppError(e);
      throw e;
    }
    const c = coalesceStrings(expanded);
    const ok = c.length === 6 && c[0]!.tokenType === LPAREN && c[1]!.tokenType === T.String && c[2]!.tokenType === COMMA &&
      c[3]!.tokenType === T.Integer && c[4]!.tokenType === RPAREN && c[5]!.tokenType === T.Dot;
    if (!ok) {
      const t = findMismatch(['(', 'string', ',', 'integer', ')', 'dot'], c, fileTok);
      this.emitError(tokLoc(t), 'bad', msg.bad('file'));
      return;
    }
    const name = c[1]!.value as string;
    const ln = Number(c[3]!.value as bigint);
    const f = this.frame;
    const lf = fileTok.startLine!;
    this.emitFileAttr(name, tokLoc(fileTok), { line: ln, col: 0 }, ln, true);
    this.setFileMacro(name);
    const newLine = ln + (f.src.line - lf);
    f.delta = lf - ln + f.delta;
    f.name2 = name;
    f.src.setFile(name);
    f.src.setLocation(newLine, 1);
  }

  // ---------------------------------------------------------------- macros

  /** predef_macros + user_predef. False when a user definition is rejected. */
  private initMacros(): boolean {
    const m = this.macros;
    const none = (body: Token[]): MacroEntry => ({ kind: 'predef', def: { params: null, body } });
    this.setFileMacro(this.opts.sourceName ?? this.file);
    for (const k of ['FUNCTION_NAME', 'FUNCTION_ARITY', 'MODULE', 'MODULE_STRING', 'BASE_MODULE', 'BASE_MODULE_STRING']) {
      m.set(k, { kind: 'undefined' });
    }
    m.set('LINE', none([this.lit(T.Integer, 1n)]));
    m.set('MACHINE', none([this.lit(T.Atom, 'BEAM')]));
    m.set('BEAM', none([this.lit(T.Atom, 'true')]));
    m.set('OTP_RELEASE', none([this.lit(T.Integer, OTP_RELEASE)]));
    m.set('FEATURE_AVAILABLE', { kind: 'user', defs: [{ arity: 1, def: this.featureMacro(KNOWN_FEATURES) }] });
    m.set('FEATURE_ENABLED', { kind: 'user', defs: [{ arity: 1, def: this.featureMacro(this.features) }] });
    for (const [name, text] of Object.entries(this.opts.defines ?? {})) {
      const e = m.get(name);
      if (e !== undefined) {
        const [code, message] = e.kind === 'user' ? ['redefine', msg.redefine(name)] : ['redefine_predef', msg.redefinePredef(name)];
        this.emitError({ line: 0, col: 0 }, code, message);
        return false;
      }
      const body = text === undefined ? [this.lit(T.Atom, 'true')] : this.defineValue(text);
      m.set(name, { kind: 'user', defs: [{ arity: null, def: { params: null, body } }] });
    }
    return true;
  }

  /** The tokens of a `-D Name=Value` value, as erl_parse:tokens(erl_parse:abstract(V))
   * gives them: a negative number is one token. */
  private defineValue(text: string): Token[] {
    const sc = new Scanner(text + ' ', this.file);
    const toks: Token[] = [];
    for (let r = sc.scanForm(); r.kind === 'form'; r = sc.scanForm()) toks.push(...r.tokens);
    const out: Token[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const n = toks[i + 1];
      const prev = out[out.length - 1];
      const termStart = prev === undefined || ['[', '{', ',', '|'].includes(T.erlCategory(prev));
      if (t.tokenType === MINUS && termStart && n && (n.tokenType === T.Integer || n.tokenType === T.Float)) {
        const v = n.tokenType === T.Integer ? -(n.value as bigint) : -(n.value as number);
        out.push(makeToken(n.tokenType, v, '-' + n.image, t.file, 1, 0, 0));
        i++;
      } else {
        out.push(t);
      }
    }
    return out;
  }

  /** ftr_macro: `((X) == f1 orelse ...)` over the given features, or `false`. */
  private featureMacro(features: readonly string[]): MacroDef {
    const p = (text: string) => this.lit(T.Punct[text]!, text);
    const x = () => this.lit(T.Var, 'X');
    const test = (f: string) => [p('('), x(), p(')'), p('=='), this.lit(T.Atom, f)];
    if (features.length === 0) return { params: ['X'], body: [this.lit(T.Atom, 'false')] };
    let acc = [...test(features[0]!), p(')')];
    for (const f of features.slice(1)) acc = [...test(f), this.lit(T.Keywords.orelse, 'orelse'), ...acc];
    return { params: ['X'], body: [p('('), ...acc] };
  }
}

/** coalesce_strings: adjacent strings become one, at the first one's location. */
function coalesceStrings(toks: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.tokenType !== T.String || toks[i + 1]?.tokenType !== T.String) {
      out.push(t);
      continue;
    }
    let s = t.value as string;
    while (toks[i + 1]?.tokenType === T.String) s += toks[++i]!.value as string;
    out.push(relocate(makeToken(T.String, s, JSON.stringify(s), t.file, 0, 0, 0), t));
  }
  return out;
}
