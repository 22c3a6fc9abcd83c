// The runtime side of a bundle made by `erlts bundle` (bin/bundle.ts, docs/bundle.md).
//
// esbuild turns this file (and the runtime it imports) into the first part of the
// bundle, an IIFE whose exports are `__erlts`. bin/bundle.ts appends the compiled
// modules after it, verbatim, each as a function `(rt, $tag) => module` whose body
// starts at a known line of the file, and one call `__erlts.boot({...})`. Those
// functions are loaded on first use as the code server would load them
// (runtime/exec/loader.ts `loadFactory`): the V8 call sites in them map to Erlang lines
// through the line tables, so stack traces are the same as under `erlts run`, and the
// bundle's source map maps the same lines to the .erl files for JS debuggers.
//
// The host: under Node (`node out.js`), the process's argv, stdin, stdout, stderr and
// exit status, as `erlts run` of the entry; in a browser, output goes to the console
// line by line and to the callbacks of `globalThis.erltsBundleOptions`, the exit
// status is the promise `globalThis.erltsBundle.status`, and the file system is an
// in-memory one (memfs.ts) holding the sources beside the entry.
//
// A bundle made with `--api` runs no entry: it sets `globalThis.erlts` to the JS API
// (runtime/api: Runtime, the term builders, toJS, show, ...) whose Runtime.start makes
// nodes that load the bundled modules, so a page can do what a Node script importing
// 'erlts' does (examples/js_interop/page.mjs).
import { ErlangRuntime, type EmbeddedModules } from '../exec/index.js';
import { loadFactory, type ModuleFactory } from '../exec/loader.js';
import type { CompiledJs } from '../../compiler/js/module.js';
import type { CompilerHost } from '../../compiler/host.js';
import { runLoaded } from '../escript.js';
import { nodeStdin } from '../proc/input.js';
import { memfs, seedMemFs } from './memfs.js';
import * as api from '../api/index.js';

/** One appended module: [kind, file, first body line, line table, infos, factory]. */
export type BundledModule = ['user' | 'stdlib', string, number, CompiledJs['lineTable'], CompiledJs['infos'], ModuleFactory];

export interface BundleManifest {
  /** The entry: `fn/1` gets the arguments (escript's main/1), `fn/0` none; null for
   * a bundle of the API (`--api`). */
  entry: { module: string; fn: string; arity: 0 | 1; mode: 'compile' | 'interpret' } | null;
  modules: Record<string, BundledModule>;
  /** Files for a browser's in-memory file system (path -> text). */
  files: Record<string, string>;
}

/** What a page may set before it imports the bundle. */
export interface BrowserOptions {
  /** Text written to standard output / error (UTF-8 decoded). */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** The arguments of main/1. */
  args?: string[];
  /** false: do not echo to the console. */
  console?: boolean;
}

interface NodeProcess {
  argv: string[];
  exitCode?: number;
  stdout: { write(b: Uint8Array): boolean; on(ev: string, f: (e: { code?: string }) => void): void };
  stderr: { write(b: Uint8Array): boolean };
  exit(code: number): never;
  versions?: { node?: string };
}

const noFiles: CompilerHost = { readFile: () => undefined, listDir: () => undefined };

/** The script this code runs in, as V8's call sites name it. */
function thisScript(): string {
  const holder: { stack?: unknown } = {};
  const prev = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, cs) => cs;
  try {
    Error.captureStackTrace(holder);
    const cs = holder.stack as { getScriptNameOrSourceURL(): string | null }[];
    return cs[0]?.getScriptNameOrSourceURL() ?? '';
  } finally {
    Error.prepareStackTrace = prev;
  }
}

function embedded(manifest: BundleManifest, url: string): EmbeddedModules {
  return {
    kind: (mod) => {
      const k = manifest.modules[mod]?.[0];
      if (k === undefined && (globalThis as { process?: { env?: Record<string, string> } }).process?.env?.["ERLTS_DEBUG_BUNDLE"]) console.error(`bundle: no module ${mod}`);
      return k;
    },
    load(engine, mod) {
      const [, file, firstLine, lineTable, infos, factory] = manifest.modules[mod]!;
      const c: CompiledJs = { body: factory.toString(), lineTable, infos };
      return loadFactory(engine.code, engine.rt, c, mod, file, factory, url, firstLine);
    },
  };
}

/** A decoder from the sink's bytes (one char per byte) to text, keeping a UTF-8
 * sequence split across two writes whole. */
function utf8(): (s: string) => string {
  const dec = new TextDecoder();
  return (s) => dec.decode(latin1Bytes(s), { stream: true });
}

function latin1Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** A console writer that prints whole lines (console.log adds its own newline). */
function lineWriter(print: (line: string) => void): { write(s: string): void; flush(): void } {
  let pending = '';
  return {
    write(s) {
      pending += s;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        print(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
    },
    flush() {
      if (pending !== '') print(pending);
      pending = '';
    },
  };
}

/** The JS API over the bundled modules (`--api`): Runtime.start makes nodes that load
 * them; output goes by default to the process's streams (Node) or the console, line by
 * line (a page). */
function exposeApi(manifest: BundleManifest, url: string, proc: NodeProcess | undefined): typeof api {
  const mods = embedded(manifest, url);
  let out: (t: string) => void;
  let err: (t: string) => void;
  if (proc?.versions?.node !== undefined) {
    const enc = new TextEncoder();
    out = (t) => proc.stdout.write(enc.encode(t));
    err = (t) => proc.stderr.write(enc.encode(t));
  } else {
    memfs.mkdirSync('/tmp', { recursive: true });
    seedMemFs(manifest.files);
    const o = lineWriter((l) => console.log(l));
    const e = lineWriter((l) => console.error(l));
    out = (t) => o.write(t);
    err = (t) => e.write(t);
  }
  // Runtime.start with the bundle's modules; the nodes are api.Runtime's instances.
  const Runtime = { start: (opts: api.StartOptions = {}) => api.Runtime.start({ host: noFiles, stdout: out, stderr: err, ...opts, embedded: mods }) };
  return { ...api, Runtime } as unknown as typeof api;
}

/** Runs the bundle's entry; resolves to its exit status (0, halt's N, 127). */
export function boot(manifest: BundleManifest): Promise<number> {
  const url = thisScript();
  const g = globalThis as { process?: NodeProcess; erltsBundleOptions?: BrowserOptions; erltsBundle?: { status: Promise<number> }; erlts?: typeof api };
  const proc = g.process;
  const { entry } = manifest;
  if (entry === null) {
    g.erlts = exposeApi(manifest, url, proc);
    return Promise.resolve(0);
  }
  if (proc?.versions?.node !== undefined) {
    const args = proc.argv.slice(2);
    proc.stdout.on('error', (e) => {
      if (e.code === 'EPIPE') proc.exit(127);
    });
    const rt = new ErlangRuntime({
      host: noFiles,
      stdout: (s) => proc.stdout.write(latin1Bytes(s)),
      stderr: (s) => proc.stderr.write(latin1Bytes(s)),
      stdin: nodeStdin(),
      embedded: embedded(manifest, url),
    });
    const status = runLoaded(rt, entry.module, entry.fn, entry.arity === 1 ? args : null, entry.mode, (s) => proc.stderr.write(latin1Bytes(s)));
    return status.then((s) => (proc.exitCode = s));
  }
  memfs.mkdirSync('/tmp', { recursive: true });
  seedMemFs(manifest.files);
  const opts = g.erltsBundleOptions ?? {};
  const echo = opts.console !== false;
  const out = lineWriter((l) => console.log(l));
  const err = lineWriter((l) => console.error(l));
  const outText = utf8();
  const errText = utf8();
  const toOut = (s: string) => {
    const t = outText(s);
    opts.stdout?.(t);
    if (echo) out.write(t);
  };
  const toErr = (s: string) => {
    const t = errText(s);
    opts.stderr?.(t);
    if (echo) err.write(t);
  };
  const rt = new ErlangRuntime({ host: noFiles, stdout: toOut, stderr: toErr, embedded: embedded(manifest, url) });
  const status = runLoaded(rt, entry.module, entry.fn, entry.arity === 1 ? (opts.args ?? []) : null, entry.mode, toErr).then((s) => {
    out.flush();
    err.flush();
    return s;
  });
  g.erltsBundle = { status };
  return status;
}
