// The public face of the execution engine: compile Erlang source, load it, run
// M:F(Args) as a process (docs/execution.md).
import { Fun, type Term } from '../term/types.js';
import { ErlangError } from '../term/errors.js';
import type { CompilerHost } from '../../compiler/host.js';
import { join } from '../../compiler/host.js';
import { hasErrors, renderDiagnostic, type Diagnostic } from '../../compiler/diagnostics.js';
import { checkFile } from '../../compiler/pipeline.js';
import { compileForLoad } from '../../compiler/compile.js';
import type { CompiledJs } from '../../compiler/js/module.js';
import { prebuiltFor } from './stdlib-prebuilt.js';
import type { CompileCache } from './compile-cache.js';
import type { Module } from '../../compiler/ast/ast.js';
import { decodeObject } from './object-file.js';
import { setStderrWriter, setStdoutWriter } from '../format/sink.js';
import { Engine } from './engine.js';
import { OTP_LIB_DIR, type LoadedModule } from './code-server.js';
import type { InputSource } from '../proc/input.js';
import type { Outcome } from './run-loop.js';

export type { Outcome } from './run-loop.js';
export { writeStdout, writeStderr } from './stdio.js';
export { buildStack, DEPTH } from './stack.js';

export interface RuntimeOptions {
  host: CompilerHost;
  /** Directories searched for M.erl when M is first called. */
  searchPath?: string[];
  includePaths?: string[];
  /** Standard output sink; receives one character per byte written. */
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  /** Standard input (default: none, as with `< /dev/null`). */
  stdin?: InputSource;
  /** Modules compiled ahead of time into a bundle (runtime/host/bundle-main.ts): the
   * user's are found before the code path, the stdlib's instead of stdlib/src. */
  embedded?: EmbeddedModules;
  /** Where modules compiled from the code path are kept between runs (`erlts run`'s
   * compile cache); none: compile them on every run. */
  compileCache?: CompileCache;
}

export interface EmbeddedModules {
  kind(mod: string): 'user' | 'stdlib' | undefined;
  load(engine: Engine, mod: string): LoadedModule;
}

const latin1 = new TextDecoder('latin1');

/** A directory of the erlts package (`stdlib/src`, `stdlib/lib`), seen from this file
 * both as TypeScript (runtime/exec/) and as built JS (dist/runtime/exec/): both
 * candidates, the caller takes the one that has what it looks for. */
function packageDirs(rel: string): string[] {
  const here = new URL('.', import.meta.url);
  if (here.protocol !== 'file:') return [];
  const dirs = [new URL(`../../${rel}/`, here), new URL(`../../../${rel}/`, here)];
  return dirs.map((u) => decodeURIComponent(u.pathname).replace(/\/$/, ''));
}

/** Where our stdlib's Erlang sources are. Searched after the caller's directories, so a
 * user's module of the same name wins, as with -pa. */
function stdlibDirs(): string[] {
  return packageDirs('stdlib/src');
}

/** The bundled lib root (stdlib/lib, compiler/parse/libroot.ts), for
 * -include_lib("kernel/include/file.hrl") in loaded modules and scripts. */
export function bundledLibRoots(): string[] {
  return packageDirs('stdlib/lib');
}

type Compiled = ReturnType<typeof compileForLoad> & { onLoad: string | null; warnings: Diagnostic[] };

/** The module's `-on_load(F/0)` function as `'F/0'`, or null. */
function onLoadOf(ast: Module): string | null {
  for (const f of ast.forms) {
    if (f.kind === 'attr_on_load') return `${f.function.name}/${f.function.arity}`;
  }
  return null;
}

/** Front end and back end over one file: the compiled module, or the diagnostics. */
function compile(
  file: string,
  host: CompilerHost,
  includePaths?: string[],
  defines?: Record<string, string | undefined>,
): Compiled | { diagnostics: Diagnostic[] } {
  const r = checkFile(file, { host, includePaths, libRoots: bundledLibRoots(), defines });
  if (hasErrors(r.diagnostics)) return { diagnostics: r.diagnostics };
  return { ...compileForLoad(r.module), onLoad: onLoadOf(r.module), warnings: r.diagnostics };
}

/** Compile a source file for compile:file/2 (runtime/bifs/code.ts): the module, or the
 * diagnostics (errors and warnings alike). */
export function compileSource(
  file: string,
  host: CompilerHost,
  includePaths: string[],
  defines: Record<string, string | undefined>,
): Compiled | { diagnostics: Diagnostic[] } {
  // The module-name check is compile:file's own, made when it writes the object file
  // (stdlib/src/compile.erl): a binary compile of a misnamed module succeeds.
  const named = (d: Diagnostic) => d.origin === 'erlts' && d.code === 'module_name';
  const r = checkFile(file, { host, includePaths, libRoots: bundledLibRoots(), defines });
  const diagnostics = r.diagnostics.filter((d) => !named(d));
  if (hasErrors(diagnostics)) return { diagnostics };
  return { ...compileForLoad(r.module), onLoad: onLoadOf(r.module), warnings: diagnostics };
}

/** A module as the compile cache keeps it. */
interface CachedModule {
  module: string;
  file: string;
  compiled: CompiledJs;
  onLoad: string | null;
}

/** Compiled stdlib modules, by file and source text (see loadFromPath). */
const stdlibCache = new Map<string, { compiled: CompiledJs; name: string }>();

/** dist/stdlib, seen from a stdlib source directory (stdlib/src of the repository or
 * of the installed package, which has dist/ beside stdlib/). */
function prebuiltDir(srcDir: string): string {
  return join(srcDir, '..', '..', 'dist', 'stdlib');
}

function readText(host: CompilerHost, path: string): string | undefined {
  const b = host.readFile(path);
  return b === undefined ? undefined : new TextDecoder().decode(b);
}

let current: ErlangRuntime | null = null;
/** The runtime that ran last (for native functions that need it). */
export function currentRuntime(): ErlangRuntime | null {
  return current;
}

export class ErlangRuntime {
  readonly engine = new Engine();
  /** What code path lookups and object files are read through. The options' host may
   * cache what it read (the CLI's does); runtime/bifs/code.ts replaces this with one that
   * reads the file system afresh, as compile:file/2 and load_file/1 must see new files. */
  pathHost: CompilerHost;
  constructor(readonly opts: RuntimeOptions) {
    this.engine.code.loader = (mod) => this.autoload(mod);
    this.engine.code.path = [...(opts.searchPath ?? [])];
    this.pathHost = opts.host;
  }

  /** Compile a source file and load it. */
  loadFile(
    file: string,
    opts: { defines?: Record<string, string | undefined>; sourceText?: string } = {},
  ): { ok: true; module: string } | { ok: false; diagnostics: Diagnostic[] } {
    const base = this.opts.host;
    const host: CompilerHost =
      opts.sourceText === undefined
        ? base
        : { ...base, readFile: (p) => (p === file ? new TextEncoder().encode(opts.sourceText) : base.readFile(p)) };
    const cache = this.opts.compileCache;
    const bytes = cache && opts.sourceText === undefined && opts.defines === undefined ? base.readFile(file) : undefined;
    if (cache && bytes !== undefined) {
      // Through the compile cache: what it keeps is what loading needs.
      const options = { includePaths: this.opts.includePaths ?? [], libRoots: bundledLibRoots() };
      const source = latin1.decode(bytes);
      const c = cache.compile(file, source, options, base, (h): { value: CachedModule | { diagnostics: Diagnostic[] }; keep: boolean } => {
        const r = compile(file, h, this.opts.includePaths);
        if ('diagnostics' in r) return { value: { diagnostics: r.diagnostics }, keep: false };
        return { value: { module: r.core.name, file: r.core.file, compiled: r.compiled, onLoad: r.onLoad }, keep: true };
      });
      if ('diagnostics' in c) return { ok: false, diagnostics: c.diagnostics };
      const m = this.engine.loadJs(c.compiled, c.module, c.file);
      m.objFile = file;
      m.onLoad = c.onLoad;
      return { ok: true, module: c.module };
    }
    const c = compile(file, host, this.opts.includePaths, opts.defines);
    if ('diagnostics' in c) return { ok: false, diagnostics: c.diagnostics };
    const m = this.engine.loadJs(c.compiled, c.core.name, c.core.file);
    m.objFile = file;
    m.onLoad = c.onLoad;
    return { ok: true, module: c.core.name };
  }

  /** Where `mod` would be loaded from: an erlts object file (`mod.beam`, see
   * object-file.ts) or a source file (`mod.erl`) in a code path directory, in path
   * order; 'stdlib' for our stdlib's modules; null if nowhere. */
  findModule(mod: string): { kind: 'beam' | 'erl'; file: string } | 'stdlib' | null {
    for (const dir of this.engine.code.path) {
      if (dir.startsWith(`${OTP_LIB_DIR}/`)) continue;
      const beam = join(dir, `${mod}.beam`);
      if (this.pathHost.readFile(beam) !== undefined) return { kind: 'beam', file: beam };
      const file = join(dir, `${mod}.erl`);
      if (this.pathHost.readFile(file) !== undefined) return { kind: 'erl', file };
    }
    if (this.opts.embedded?.kind(mod) === 'stdlib') return 'stdlib';
    for (const dir of stdlibDirs()) {
      if (this.opts.host.readFile(join(dir, `${mod}.erl`)) !== undefined) return 'stdlib';
    }
    return null;
  }

  /** Loads an erlts object file's bytes as `mod` (code:load_binary/3 and loading from
   * the path): false if they are not an object file of that module. */
  loadObject(mod: string, bytes: Uint8Array, file: string): boolean {
    const o = decodeObject(bytes);
    if (o === null || o.module !== mod) return false;
    const m = this.engine.loadJs(o.compiled, o.module, o.file);
    m.objFile = file;
    m.onLoad = o.onLoad;
    m.object = bytes;
    return true;
  }

  /** A call found `mod` not loaded: load it from the path and run its -on_load function
   * if it has one. That runs in the calling process, inside the call (OTP runs it in a
   * process of its own while the caller waits): anything but `ok`, or an exception, or a
   * receive that would wait, leaves the module unloaded and the call undefined. */
  private autoload(mod: string): boolean {
    if (!this.loadFromPath(mod)) return false;
    const cs = this.engine.code;
    const m = cs.modules.get(mod)!;
    const fn = m.onLoad ? m.locals[m.onLoad] : undefined;
    if (fn === undefined) return true;
    let ok = false;
    try {
      ok = this.engine.rt.callNoYield(new Fun(mod, m.onLoad!.split('/')[0]!, 0, fn), []) === 'ok';
    } catch (e) {
      if (!(e instanceof ErlangError)) throw e;
    }
    if (ok) return true;
    const prev = cs.old.get(mod);
    cs.modules.delete(mod);
    cs.old.delete(mod);
    if (prev) cs.modules.set(mod, prev);
    cs.modRef(mod).e = Object.create(null);
    return false;
  }

  /** A module compiled on its first call did not compile: the call will raise undef,
   * and the reason goes to standard error first, as erlc would print it. */
  private reportCompileErrors(diags: Diagnostic[]): void {
    const out = this.opts.stderr;
    if (out === undefined) return;
    const text = (f: string) => readText(this.opts.host, f);
    // The sink takes one char per byte: the UTF-8 bytes of the message.
    const bytes = (s: string) => {
      let r = '';
      for (const b of new TextEncoder().encode(s)) r += String.fromCharCode(b);
      return r;
    };
    for (const d of diags) if (d.severity !== 'warning') out(bytes(renderDiagnostic(d, text)));
  }

  /** Loads `mod` from the code path (then the stdlib). */
  loadFromPath(mod: string): boolean {
    const embedded = this.opts.embedded?.kind(mod);
    if (embedded === 'user') {
      this.opts.embedded!.load(this.engine, mod);
      return true;
    }
    const found = this.findModule(mod);
    if (found === null) return false;
    if (found !== 'stdlib') {
      if (found.kind === 'beam') return this.loadObject(mod, this.pathHost.readFile(found.file)!, found.file);
      const r = this.loadFile(found.file);
      if (!r.ok) this.reportCompileErrors(r.diagnostics);
      return r.ok && r.module === mod;
    }
    if (embedded === 'stdlib') {
      this.opts.embedded!.load(this.engine, mod).stdlib = true;
      return true;
    }
    for (const dir of stdlibDirs()) {
      const file = join(dir, `${mod}.erl`);
      const text = this.opts.host.readFile(file);
      if (text === undefined) continue;
      // Our stdlib is compiled at build time (stdlib-prebuilt.ts), else once per host
      // process, not once per run (a run's first call of timer:sleep/1 would
      // otherwise wait for timer.erl to compile).
      const source = new TextDecoder().decode(text);
      const key = `${file}\0${source}`;
      let c = stdlibCache.get(key);
      if (c === undefined) {
        const pre = prebuiltFor(readText(this.opts.host, join(prebuiltDir(dir), `${mod}.json`)), mod, source);
        if (pre !== undefined) c = { compiled: pre, name: mod };
        else {
          const r = compile(file, this.opts.host);
          if ('diagnostics' in r) {
            this.reportCompileErrors(r.diagnostics);
            return false;
          }
          c = { compiled: r.compiled, name: r.core.name };
        }
        stdlibCache.set(key, c);
      }
      // OTP's own modules name their source by its base name in stack traces
      // ({file,"lists.erl"}); ours do the same.
      const m = this.engine.loadJs(c.compiled, c.name, `${mod}.erl`);
      m.stdlib = true;
      return c.name === mod;
    }
    return false;
  }

  /** Run M:F(Args) as a process until it finishes. */
  /** `stackBottom`: entries to show below the main function in its stack traces. */
  async run(module: string, fn: string, args: Term[], stackBottom: Term[] | null = null): Promise<Outcome> {
    current = this;
    const { stdout, stderr } = this.opts;
    setStdoutWriter(stdout ? (b) => stdout(latin1.decode(b)) : null);
    setStderrWriter(stderr ? (b) => stderr(latin1.decode(b)) : null);
    return this.engine.run(module, fn, args, this.opts.stdin, stackBottom);
  }
}
