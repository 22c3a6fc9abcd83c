// `erlts run FILE ARGS...`: run an Erlang source file as escript (OTP 25) does.
//
// The header: line 1 is always skipped (a `#!` shebang, or anything: escript skips the
// first line of a source script either way); after a shebang, line 2 is skipped when
// it is a `%%!` line (emulator arguments, ignored here) or a `%` comment, in which case
// line 3 is skipped too if it is a `%%!` line. Skipped lines are blanked, not removed,
// so line numbers stay those of the file, except without a shebang: escript then
// numbers the file's line 2 as line 1, and so do we (the first line is removed).
//
// The module: if the first form is `-module(M).` that is the module; otherwise escript
// makes one up from the file name (`.` becomes `_`) plus `__escript__` and a
// timestamp and unique number, which differ on every run; we use zeros there, so the
// name is stable (`hello_escript__escript__0__0__0__0`). `-export([main/1])` is added
// when main/1 is not exported. Both go at the start of line 1 (a blank header line
// after a shebang).
// Without main/1 the added export makes the linter report `function main/1 undefined`
// at line 0, as escript does.
//
// Running: main(Args) with the arguments as strings. Returning exits 0, halt(N) exits
// N, an uncaught exception prints `escript: exception ...` (erl-error.ts) to stderr
// and exits 127, compile errors print the diagnostics then `escript: There were
// compilation errors.` and exit 127. The stack of an uncaught exception ends, as
// under escript, with escript's and init's own frames (at most 8 frames in all).
// `-mode(compile)` and `-mode(interpret)` are accepted; both are compiled here, so in
// interpret mode the stack shows the script's frames where escript would show
// erl_eval's. In interpret mode escript reports diagnostics without the source quote.
import type { CompilerHost } from '../compiler/host.js';
import { basename, dirname } from '../compiler/host.js';
import { hasErrors, renderDiagnostic, type Diagnostic } from '../compiler/diagnostics.js';
import { checkFile } from '../compiler/pipeline.js';
import { compileForLoad } from '../compiler/compile.js';
import type { CompiledJs } from '../compiler/js/module.js';
import { Cons, NIL, type Term } from './term/types.js';
import { fromString } from './term/list.js';
import { formatException } from './format/erl-error.js';
import { bundledLibRoots, ErlangRuntime } from './exec/index.js';
import type { InputSource } from './proc/input.js';
import type { CompileCache } from './exec/compile-cache.js';
import { presetNodeStore } from './bifs/node-store.js';

export type { CompileCache } from './exec/compile-cache.js';

export interface EscriptOptions {
  host: CompilerHost;
  /** Standard output: one character per byte written. */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** More directories to find modules in (`-pa`), after the script's own directory. */
  searchPath?: string[];
  /** Standard input (default: none, as with `< /dev/null`). */
  stdin?: InputSource;
  /** A sys.config file (`-config FILE`, ".config" added when missing): the
   * application environment the node starts with. Without it, a `-config FILE` on
   * the script's `%%!` line is used, as escript passes that line to the emulator. */
  config?: string;
  /** Where compiled scripts are kept between runs (bin/compile-cache.ts); none: compile
   * every time. */
  cache?: CompileCache | null;
}

export interface PreparedScript {
  /** The source the compiler sees: header blanked, `-module`/`-export` added on line 1. */
  source: string;
  module: string;
  mode: 'compile' | 'interpret';
  /** Whether we added `-export([main/1])`. */
  addedExport: boolean;
}

/** The lines escript skips before the body (1 to 3). */
function headerLines(lines: string[]): number {
  if (!lines[0]?.startsWith('#!')) return 1;
  const l2 = lines[1] ?? '';
  if (l2.startsWith('%%!')) return 2;
  if (l2.startsWith('%')) return (lines[2] ?? '').startsWith('%%!') ? 3 : 2;
  return 1;
}

/** The `-config FILE` of a script's `%%!` line (emulator arguments), if any. */
export function emulatorConfig(text: string): string | undefined {
  const lines = text.split('\n', 3);
  const n = headerLines(lines);
  for (let i = 1; i < n; i++) {
    const l = lines[i] ?? '';
    if (!l.startsWith('%%!')) continue;
    const args = l.slice(3).trim().split(/\s+/);
    const k = args.indexOf('-config');
    if (k >= 0 && args[k + 1] !== undefined) return args[k + 1];
  }
  return undefined;
}

/** OTP's -config adds ".config" to a name without it. */
function configFile(f: string): string {
  return f.endsWith('.config') ? f : f + '.config';
}

/** Strip comments, strings kept as they are: enough to find attributes. */
function withoutComments(s: string): string {
  return s.replace(/%[^\n]*/g, '');
}

/** The module name escript would make up, with the run-specific numbers zeroed. */
export function escriptModuleName(file: string): string {
  return basename(file).replace(/\./g, '_') + '__escript__0__0__0__0';
}

function quoteAtom(name: string): string {
  return /^[a-z][a-zA-Z0-9_@]*$/.test(name) ? name : "'" + name.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

export function prepareScript(file: string, text: string): PreparedScript {
  const lines = text.split('\n');
  const skip = headerLines(lines);
  for (let i = 0; i < skip && i < lines.length; i++) lines[i] = lines[i]!.endsWith('\r') ? '\r' : '';
  // Without a shebang escript drops line 1 and numbers the next one line 1 (its
  // parse_header starts the body there at line 1, where after a shebang it starts at 2).
  if (!text.startsWith('#!')) {
    lines.shift();
    if (lines.length === 0) lines.push('');
  }
  const body = withoutComments(lines.join('\n'));
  const modMatch = /^\s*-\s*module\s*\(\s*('(?:[^'\\]|\\.)*'|[a-z][a-zA-Z0-9_@]*)\s*\)\s*\./.exec(body);
  let module: string;
  let prefix = '';
  if (modMatch) {
    const m = modMatch[1]!;
    module = m.startsWith("'") ? m.slice(1, -1).replace(/\\(.)/g, '$1') : m;
  } else {
    module = escriptModuleName(file);
    prefix += `-module(${quoteAtom(module)}). `;
  }
  const exportsMain = /-\s*export\s*\(\s*\[[^\]]*\bmain\s*\/\s*1\b/.test(body);
  if (!exportsMain) {
    // After the script's own -module line when it has one (an attribute before
    // -module is an error), else on line 1 after ours.
    const at = modMatch ? lines.findIndex((l) => /^\s*-\s*module\s*\(.*\)\s*\.\s*(%.*)?$/.test(l)) : -1;
    if (at >= 0) lines[at] = lines[at]!.replace(/\)\s*\./, (m) => `${m} -export([main/1]).`);
    else prefix += '-export([main/1]). ';
  }
  lines[0] = prefix + lines[0];
  const modeMatch = /-\s*mode\s*\(\s*(\w+)\s*\)/.exec(body);
  const mode = modeMatch && modeMatch[1] === 'compile' ? 'compile' : 'interpret';
  // The -mode attribute is for escript, not the module: blank it (same length, so
  // positions stay). Also works around the code generator failing on it for now.
  const source = lines.join('\n').replace(/^-\s*mode\s*\(\s*\w+\s*\)\s*\./m, (m) => ' '.repeat(m.length));
  return { source, module, mode, addedExport: !exportsMain };
}

/** Frames below main/1 in an escript, as BEAM reports them. */
const ESCRIPT_FRAMES: Term[] = [
  ['escript', 'run', 2, list([['file', fromString('escript.erl')], ['line', 750]])],
  ['escript', 'start', 1, list([['file', fromString('escript.erl')], ['line', 277]])],
  ['init', 'start_em', 1, NIL],
  ['init', 'do_boot', 3, NIL],
];

function list(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i]!, l);
  return l;
}

function withEscriptFrames(stack: Term): Term {
  const frames: Term[] = [];
  let l = stack;
  while (l instanceof Cons) {
    frames.push(l.hd);
    l = l.tl;
  }
  if (l !== NIL) return stack;
  return list([...frames, ...ESCRIPT_FRAMES].slice(0, 8));
}

function renderDiagnostics(diags: Diagnostic[], prepared: PreparedScript, file: string, text: string): string {
  const sorted = [...diags.filter((d) => d.severity !== 'warning'), ...diags.filter((d) => d.severity === 'warning')];
  let out = '';
  for (const d0 of sorted) {
    // The export escript adds has line 0, and erl_lint prints `File:0: ...` for it.
    if (prepared.addedExport && d0.line === 1 && /^function main\/1 undefined$/.test(d0.message)) {
      out += `${d0.file}:0: ${d0.message}\n`;
      continue;
    }
    const r = renderDiagnostic(d0, (f) => (f === file ? text : undefined));
    out += prepared.mode === 'compile' ? r : r.split('\n')[0] + '\n';
  }
  return out;
}

/**
 * Compile and load the script. As ErlangRuntime.loadFile, except that a module name
 * unlike the file name is fine: escript never checks it (erlc does, and the front end
 * reports it as `module_name`).
 */
function loadScript(
  rt: ErlangRuntime,
  file: string,
  source: string,
  cache: CompileCache | null,
): { ok: true; module: string; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  const base = rt.opts.host;
  const host: CompilerHost = { ...base, readFile: (p) => (p === file ? new TextEncoder().encode(source) : base.readFile(p)) };
  const libRoots = bundledLibRoots();
  const compile = (h: CompilerHost): { value: CompiledScript; keep: boolean } => {
    const r = checkFile(file, { host: h, includePaths: rt.opts.includePaths, libRoots });
    const diagnostics = r.diagnostics.filter((d) => d.code !== 'module_name');
    if (hasErrors(diagnostics)) return { value: { ok: false, diagnostics }, keep: false };
    const c = compileForLoad(r.module);
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    return { value: { ok: true, module: c.core.name, file: c.core.file, compiled: c.compiled, diagnostics: warnings }, keep: true };
  };
  let s: CompiledScript | undefined;
  if (cache) {
    // The parser and compiler are not even loaded when the cache has the script
    // (bin/build-cli.ts): an entry that cannot be loaded is compiled afresh.
    s = cache.compile(file, source, { includePaths: rt.opts.includePaths ?? [], libRoots }, host, compile);
    if (s.ok) {
      try {
        rt.engine.loadJs(s.compiled, s.module, s.file);
        return s;
      } catch {
        s = undefined;
      }
    }
  }
  s ??= compile(host).value;
  if (!s.ok) return s;
  rt.engine.loadJs(s.compiled, s.module, s.file);
  return s;
}

/** A script compiled (what the compile cache keeps), or its errors. */
type CompiledScript =
  | { ok: true; module: string; file: string; compiled: CompiledJs; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Run a script as escript does; resolves to the exit status. */
export async function runEscript(file: string, args: string[], opts: EscriptOptions): Promise<number> {
  const bytes = opts.host.readFile(file);
  if (bytes === undefined) {
    opts.stderr(`escript: Failed to open file: ${file}\n`);
    return 1;
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const prepared = prepareScript(file, text);
  const rt = new ErlangRuntime({
    host: opts.host,
    searchPath: [dirname(file), ...(opts.searchPath ?? [])],
    stdout: opts.stdout,
    stderr: opts.stderr,
    stdin: opts.stdin,
    compileCache: opts.cache ?? undefined,
  });
  const config = opts.config ?? emulatorConfig(text);
  if (config !== undefined) presetNodeStore(rt.engine.rt, 'erlts_boot', 'config', fromString(configFile(config)));
  const loaded = loadScript(rt, file, prepared.source, opts.cache ?? null);
  // compile mode: compile:forms reports on standard_io; interpret mode: erl_lint's
  // report goes to standard_error.
  const report = prepared.mode === 'compile' ? opts.stdout : opts.stderr;
  if (!loaded.ok) {
    report(renderDiagnostics(loaded.diagnostics, prepared, file, text));
    opts.stderr('escript: There were compilation errors.\n');
    return 127;
  }
  if (loaded.diagnostics.length > 0) report(renderDiagnostics(loaded.diagnostics, prepared, file, text));
  return runLoaded(rt, loaded.module, 'main', args, prepared.mode, opts.stderr);
}

/** Run `module:fn` of a loaded script as escript runs main/1 (`fn/1` gets `args` as
 * strings; with `args` null, `fn/0` is called): resolves to the exit status, and an
 * uncaught exception is reported on `stderr` as escript does. Also the entry of a
 * bundle (runtime/host/bundle-main.ts). */
export async function runLoaded(
  rt: ErlangRuntime,
  module: string,
  fn: string,
  args: string[] | null,
  mode: 'compile' | 'interpret',
  stderr: (s: string) => void,
): Promise<number> {
  const argv = args === null ? [] : [list(args.map((a) => fromString(a)))];
  // In compile mode main/1 runs under escript:run/2, and its stack traces show that.
  const outcome = await rt.run(module, fn, argv, mode === 'compile' ? ESCRIPT_FRAMES : null);
  switch (outcome.kind) {
    case 'return':
      return 0;
    case 'halt':
      return outcome.status;
    case 'exception': {
      const trim = (m: Term) => m === 'erl_eval' || m === 'escript';
      const text = formatException(outcome.cls, outcome.reason, mode === 'compile' ? outcome.stack : withEscriptFrames(outcome.stack), trim);
      stderr(latin1Text(`escript: ${text}\n`));
      return 127;
    }
  }
}

/** The report as the bytes a latin1 device writes (chars above 255 as \x{...}). */
function latin1Text(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c <= 255 ? ch : '\\x{' + c.toString(16).toUpperCase() + '}';
  }
  return out;
}
