// The code server's native half: `erlts_code` (called by stdlib/src/code.erl and
// compile.erl) and the erlang BIFs about module versions (check_process_code/2,3,
// check_old_code/1, delete_module/1, purge_module/1, load_module/2, pre_loaded/0,
// loaded/0). The model (current and old versions, how a frame's version is found, what
// purge kills) is in docs/code-loading.md; the bookkeeping is runtime/exec/code-server.ts.
import { badarg } from '../term/errors.js';
import { Fun, NIL, Pid, isAtom, atomName, type Term } from '../term/types.js';
import { fromArray, fromString, toArrayOrUndefined, toJsString } from '../term/list.js';
import { binary, isBinary, type Bitstring } from '../term/bitstring.js';
import { registerNative } from './registry.js';
import { S } from '../exec/state.js';
import { EXITED, type Process } from '../proc/process.js';
import { NEXT_CALL } from '../exec/state.js';
import { reportHeader } from '../proc/report.js';
import { currentRuntime, compileSource, type ErlangRuntime } from '../exec/index.js';
import { OTP_LIB_DIR, PRE_LOADED, type CodeServer, type LoadedModule } from '../exec/code-server.js';
import { decodeObject, encodeObject } from '../exec/object-file.js';
import { dirname, join, type CompilerHost } from '../../compiler/host.js';
import { renderDiagnostic } from '../../compiler/diagnostics.js';
import { nativeModule } from './registry.js';
import * as fs from 'node:fs';


/** The answers OTP's code server gives about its own modules: erlts's stdlib and
 * native modules are named as if they were OTP 25's (docs/code-loading.md). */
export const ROOT_DIR = '/usr/lib/erlang';
const APPS: Record<string, string> = { stdlib: 'stdlib-4.2', kernel: 'kernel-8.5.3', compiler: 'compiler-8.2.3', crypto: 'crypto-5.1.4' };
const KERNEL_MODULES = new Set(['code', 'file', 'os', 'erlts_io', 'erlts_file_io', 'erlts_user_input', 'logger', 'application', 'error_logger', 'gen_tcp', 'inet']);
function appOf(mod: string): string {
  if (KERNEL_MODULES.has(mod)) return 'kernel';
  if (mod === 'compile') return 'compiler';
  if (mod === 'crypto') return 'crypto';
  return 'stdlib';
}
function otpBeam(mod: string): string {
  return `${ROOT_DIR}/lib/${APPS[appOf(mod)]}/ebin/${mod}.beam`;
}

/** Reads the file system as it is now (no cache): see ErlangRuntime.pathHost. */
function fsHost(base: CompilerHost): CompilerHost {
  return {
    readFile(p) {
      try {
        return fs.readFileSync(p);
      } catch {
        return undefined;
      }
    },
    listDir: base.listDir?.bind(base),
  };
}
const fresh = new WeakSet<CompilerHost>();

function rtOf(): ErlangRuntime {
  const r = currentRuntime();
  if (r === null) throw new Error('erlts_code: no runtime');
  if (!fresh.has(r.pathHost)) {
    r.pathHost = fsHost(r.opts.host);
    fresh.add(r.pathHost);
    // The path as OTP's: the user's directories, then the applications' ebin dirs.
    r.engine.code.path.push(...Object.values(APPS).map((v) => `${OTP_LIB_DIR}/${v}/ebin`));
  }
  return r;
}
function cs(): CodeServer {
  return rtOf().engine.code;
}
function self(): Process {
  return S.proc as Process;
}
function modArg(t: Term): string {
  if (!isAtom(t)) return badarg();
  return atomName(t);
}
/** A file name: a string or a binary. */
function pathArg(t: Term): string {
  if (isBinary(t)) return new TextDecoder().decode((t as Bitstring).toBytes());
  const s = toJsString(t);
  if (s === undefined) return badarg();
  return s;
}
const str = (s: string): Term => fromString(s);

/** OTP's code server logs through the logger, whose handler prints after the caller
 * has gone on: the report is printed once the event loop runs (after the running slice),
 * so a program that prints the result and then waits sees OTP's order. */
function printReport(text: string, kind = 'ERROR'): void {
  const sched = self().sched;
  const header = reportHeader(kind);
  setTimeout(() => sched.report(header + text), 0);
}

/** A stdlib or native module: in a sticky directory (code:is_sticky/1). */
function isSticky(mod: string): boolean {
  const c = cs();
  const m = c.modules.get(mod);
  if (m) return m.stdlib === true;
  return nativeModule(mod) !== undefined || rtOf().findModule(mod) === 'stdlib';
}

/** What `{file, X}` says of a loaded module. */
function fileOf(mod: string): Term | null {
  const m = cs().modules.get(mod);
  if (m) return m.stdlib ? str(otpBeam(mod)) : str(m.objFile ?? m.file);
  if (PRE_LOADED.includes(mod)) return 'preloaded';
  if (nativeModule(mod) !== undefined) return str(otpBeam(mod));
  return null;
}

/** The functions a frame of the heap stack would run (resume, entry, handlers). */
function frameFns(f: object): unknown[] {
  const o = f as { fn?: unknown; ofFn?: unknown; handlerFn?: unknown; kFn?: unknown };
  return [o.fn, o.ofFn, o.handlerFn, o.kFn];
}

/** Does process `p` execute `old` (any frame of its heap stack, or the function it is
 * about to call)? Funs it holds do not count (OTP 25 does not kill for them either). */
export function runsCode(c: CodeServer, p: Process, old: LoadedModule): boolean {
  for (const f of p.stack) {
    for (const fn of frameFns(f)) if (fn !== undefined && c.ownerOf(fn) === old) return true;
  }
  if (p.next === NEXT_CALL) {
    if (c.ownerOf(p.fn) === old) return true;
    const a0 = p.args[0];
    if (a0 instanceof Fun && c.ownerOf(a0.fn) === old) return true;
  }
  return false;
}

/** The live processes (other than the caller) executing the old version of `mod`. */
function oldCodeProcs(mod: string): Process[] {
  const c = cs();
  const old = c.old.get(mod);
  if (!old) return [];
  const me = self();
  return me.sched.processes().filter((p) => p !== me && p.status !== EXITED && runsCode(c, p, old));
}

function checkProcessCode(pid: Term, mod: Term): Term {
  if (!(pid instanceof Pid)) return badarg();
  const m = modArg(mod);
  const c = cs();
  const old = c.old.get(m);
  const p = self().sched.lookup(pid);
  if (!old || p === null || p === self()) return false;
  return runsCode(c, p, old);
}

/** After a successful load: `{module, M}`, or `{on_load, M, Fun}` when the module has an
 * -on_load function that code.erl must run (and report on) before answering. */
function loaded(mod: string): Term {
  const m = cs().modules.get(mod)!;
  if (m.onLoad) {
    const fn = m.locals[m.onLoad];
    if (fn) return ['on_load', mod, new Fun(mod, m.onLoad.slice(0, m.onLoad.lastIndexOf('/')), 0, fn)];
  }
  return ['module', mod];
}

function loadFile(mod: string): Term {
  const r = rtOf();
  const c = cs();
  if (isSticky(mod)) {
    printReport(`Can't load module '${mod}' that resides in sticky dir\n\n`);
    return ['error', 'sticky_directory'];
  }
  const found = r.findModule(mod);
  if (found === null || found === 'stdlib') return ['error', 'nofile'];
  if (c.old.has(mod)) {
    printReport(`Loading of ${found.file} failed: not_purged\n\n`);
    return ['error', 'not_purged'];
  }
  const ok = r.loadFromPath(mod);
  if (!ok) {
    printReport(`Loading of ${found.file} failed: badfile\n\n`);
    return ['error', 'badfile'];
  }
  return loaded(mod);
}

function loadBinary(mod: string, file: string, bin: Term): Term {
  if (!isBinary(bin)) return badarg();
  const c = cs();
  if (isSticky(mod)) {
    printReport(`Can't load module '${mod}' that resides in sticky dir\n\n`);
    return ['error', 'sticky_directory'];
  }
  if (c.old.has(mod)) {
    printReport(`Loading of ${file} failed: not_purged\n\n`);
    return ['error', 'not_purged'];
  }
  const bytes = (bin as Bitstring).toBytes();
  if (!rtOf().loadObject(mod, bytes, file)) {
    const o = decodeObject(bytes);
    // BEAM's loader reports these from two places (the line numbers OTP 25 prints).
    const why = o === null ? '(144): Error loading module %:\n  corrupt file header' : `(180): Error loading module %:\n  module name in object code is ${o.module}`;
    printReport(`beam/beam_load.c${why.replace('%', mod)}\n\n\n`);
    printReport(`Loading of ${file} failed: badfile\n\n`);
    return ['error', 'badfile'];
  }
  return loaded(mod);
}

/** The on_load function did not return ok: the new version goes, the one before it (if
 * any) is current again. */
function onLoadFailed(mod: string): Term {
  const c = cs();
  const prev = c.old.get(mod);
  c.modules.delete(mod);
  c.old.delete(mod);
  if (prev) c.modules.set(mod, prev);
  c.modRef(mod).e = Object.create(null);
  return true;
}

function purge(mod: string, soft: boolean): Term {
  const c = cs();
  if (!c.old.has(mod)) return soft;
  const procs = oldCodeProcs(mod);
  if (soft) {
    if (procs.length > 0) return false;
    c.purgeOld(mod);
    return true;
  }
  const me = self();
  for (const p of procs) me.sched.exitSignal(p, me.pid, 'kill', false);
  c.purgeOld(mod);
  return procs.length > 0;
}

function deleteMod(mod: string): Term {
  const c = cs();
  if (isSticky(mod)) return false;
  if (c.old.has(mod)) {
    printReport(`Module ${mod} must be purged before deleting\n\n\n`);
    return false;
  }
  if (!c.known.has(mod)) return false;
  c.deleteModule(mod);
  return true;
}

function which(mod: string): Term {
  const f = fileOf(mod);
  if (f !== null) return f === 'preloaded' ? 'preloaded' : f;
  const found = rtOf().findModule(mod);
  if (found === null) return 'non_existing';
  return found === 'stdlib' ? str(otpBeam(mod)) : str(found.file);
}

function objectCode(mod: string): Term {
  const r = rtOf();
  const found = r.findModule(mod);
  // Only from the path, as OTP's (a module loaded from a binary has none); our stdlib
  // has no object files.
  if (found === null || found === 'stdlib') return 'error';
  if (found.kind === 'beam') return [mod, binary(r.pathHost.readFile(found.file)!), str(found.file)];
  const c = compileSource(found.file, r.pathHost, r.opts.includePaths ?? [], {});
  if ('diagnostics' in c) return 'error';
  const bytes = encodeObject({ module: c.core.name, file: c.core.file, onLoad: c.onLoad, compiled: c.compiled });
  return [mod, binary(bytes), str(found.file)];
}

/** module_status/1: not_loaded, loaded, modified (the file on the path is not what is
 * loaded) or removed (loaded, but no file any more). */
function moduleStatus(mod: string): Term {
  const c = cs();
  const m = c.modules.get(mod);
  if (!m) return nativeModule(mod) !== undefined ? 'loaded' : 'not_loaded';
  if (m.stdlib) return 'loaded';
  if (m.object === undefined || !m.objFile) {
    // Loaded from source (an escript, a module beside it): OTP compares with the object
    // file on the path, and there is none unless one was compiled since.
    const found = rtOf().findModule(mod);
    return found !== null && found !== 'stdlib' && found.kind === 'beam' ? 'modified' : 'removed';
  }
  const now = rtOf().pathHost.readFile(m.objFile);
  if (now === undefined) return 'removed';
  if (now.length !== m.object.length || now.some((b, i) => b !== m.object![i])) return 'modified';
  return 'loaded';
}

/** compile:file/2's work: `{ok, Mod, ObjectBinary, Warnings}` or `{error, Errors,
 * Warnings}`, each diagnostic as `{Line, Col, Origin, Code, RenderedText}`. */
function compileFile(file: string, incs: Term, defs: Term): Term {
  const r = rtOf();
  const includes = (toArrayOrUndefined(incs) ?? []).map(pathArg);
  const defines: Record<string, string | undefined> = {};
  for (const d of toArrayOrUndefined(defs) ?? []) {
    const [k, v] = d as [Term, Term];
    defines[modArg(k)] = v === 'undefined' ? undefined : pathArg(v);
  }
  const src = file.endsWith('.erl') ? file : `${file}.erl`;
  const host = r.pathHost;
  if (host.readFile(src) === undefined) {
    return ['error', fromArray([[0, 0, 'file', 'enoent', str(`${src}: no such file or directory\n`)]]), NIL];
  }
  const c = compileSource(src, host, [dirname(src), ...includes], defines);
  const text = (p: string): string | undefined => {
    const b = host.readFile(p);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  };
  const diag = (ds: { severity: string }[], sev: string): Term =>
    fromArray(
      (ds as Parameters<typeof renderDiagnostic>[0][])
        .filter((d) => d.severity === sev)
        .map((d) => [d.line, d.col, d.origin, d.code, str(renderDiagnostic(d, text))] as Term),
    );
  if ('diagnostics' in c) return ['error', diag(c.diagnostics, 'error'), diag(c.diagnostics, 'warning')];
  const bytes = encodeObject({ module: c.core.name, file: src, onLoad: c.onLoad, compiled: c.compiled });
  return ['ok', c.core.name, binary(bytes), diag(c.warnings, 'warning')];
}

function writeFile(path: string, bin: Term): Term {
  try {
    fs.writeFileSync(path, (bin as Bitstring).toBytes());
    return 'ok';
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'eio';
    return ['error', code.toLowerCase()];
  }
}

export function registerCodeBifs(): void {
  registerNative('erlts_code', {
    'load_file/1': (m) => loadFile(modArg(m)),
    'load_binary/3': (m, f, b) => loadBinary(modArg(m), pathArg(f), b),
    'on_load_failed/1': (m) => onLoadFailed(modArg(m)),
    'delete/1': (m) => deleteMod(modArg(m)),
    'purge/1': (m) => purge(modArg(m), false),
    'soft_purge/1': (m) => purge(modArg(m), true),
    'is_loaded/1': (m) => {
      const f = fileOf(modArg(m));
      return f === null ? false : ['file', f];
    },
    'which/1': (m) => which(modArg(m)),
    'all_loaded/0': () => {
      const c = cs();
      const names = new Set<string>([...c.modules.keys()]);
      for (const p of PRE_LOADED) names.add(p);
      return fromArray([...names].map((n) => [n, fileOf(n) ?? 'preloaded'] as Term));
    },
    'autoload/1': (m) => {
      const mod = modArg(m);
      if (cs().modules.has(mod) || nativeModule(mod) !== undefined) return ['module', mod];
      if (cs().old.has(mod)) return ['error', 'not_purged'];
      return rtOf().loadFromPath(mod) ? loaded(mod) : ['error', 'nofile'];
    },
    'old_code/1': (m) => cs().old.has(modArg(m)),
    'is_sticky/1': (m) => isSticky(modArg(m)),
    'get_path/0': () => fromArray(cs().path.map(str)),
    'set_path/1': (l) => {
      cs().path = (toArrayOrUndefined(l) ?? badarg()).map(pathArg);
      return true;
    },
    'is_dir/1': (d) => {
      try {
        return fs.statSync(pathArg(d)).isDirectory();
      } catch {
        return false;
      }
    },
    'get_object_code/1': (m) => objectCode(modArg(m)),
    'module_status/1': (m) => moduleStatus(modArg(m)),
    'modified_modules/0': () =>
      fromArray([...cs().modules.keys()].filter((n) => moduleStatus(n) === 'modified')),
    'lib_dir/1': (a) => {
      const v = APPS[modArg(a)];
      return v === undefined ? ['error', 'bad_name'] : str(`${ROOT_DIR}/lib/${v}`);
    },
    'report/2': (kind, text) => {
      printReport(pathArg(text), modArg(kind) === 'warning' ? 'WARNING' : 'ERROR');
      return 'ok';
    },
    'compile_file/3': (f, i, d) => compileFile(pathArg(f), i, d),
    'write_file/2': (p, b) => writeFile(pathArg(p), b),
    'join/2': (a, b) => str(join(pathArg(a), pathArg(b))),
  });
  registerNative('erlang', {
    'check_process_code/2': (p, m) => checkProcessCode(p, m),
    'check_process_code/3': (p, m, opts) => {
      if (toArrayOrUndefined(opts) === undefined) return badarg();
      return checkProcessCode(p, m);
    },
    'check_old_code/1': (m) => cs().old.has(modArg(m)),
    'delete_module/1': (m) => {
      const mod = modArg(m);
      const c = cs();
      if (c.old.has(mod)) {
        printReport(`Module ${mod} must be purged before deleting\n\n\n`);
        return badarg();
      }
      if (!c.known.has(mod)) return 'undefined';
      c.deleteModule(mod);
      return true;
    },
    'purge_module/1': (m) => {
      const mod = modArg(m);
      if (!cs().purgeOld(mod)) return badarg();
      return true;
    },
    'load_module/2': (m, b) => {
      const mod = modArg(m);
      if (!isBinary(b)) return badarg();
      const c = cs();
      if (c.old.has(mod)) return ['error', 'not_purged'];
      if (!rtOf().loadObject(mod, (b as Bitstring).toBytes(), '')) return ['error', 'badfile'];
      return ['module', mod];
    },
    'pre_loaded/0': () => fromArray(PRE_LOADED),
    'loaded/0': () => fromArray([...new Set([...cs().modules.keys(), ...PRE_LOADED])]),
  });
}
