// The playground's engine, apart from the page: compile one module from its text with
// erlts's compiler and run one of its functions in a fresh node, all in the browser.
// The stdlib comes precompiled (dist/playground/stdlib.json, bin/build-playground.ts)
// and loads on first call, as dist/stdlib does for the CLI.
import { ErlangRuntime, type EmbeddedModules } from '../runtime/exec/index.js';
import type { CompiledJs } from '../compiler/js/module.js';
import { memoryHost } from '../compiler/host.js';
import { renderDiagnostic } from '../compiler/diagnostics.js';
import { formatException } from '../runtime/format/erl-error.js';
import { writeTerm } from '../runtime/term/print.js';

export type Stdlib = Record<string, CompiledJs>;

export interface RunResult {
  /** Everything printed, standard output and error interleaved as they came. */
  output: string;
  status: 'ok' | 'compile_error' | 'exception' | 'halt';
}

function stdlibModules(lib: Stdlib): EmbeddedModules {
  return {
    kind: (mod) => (Object.hasOwn(lib, mod) ? 'stdlib' : undefined),
    load: (engine, mod) => engine.loadJs(lib[mod]!, mod, `${mod}.erl`),
  };
}

/** The module name of a source, for its file name (`-module(demo).` -> demo.erl). */
export function moduleName(source: string): string {
  return /^\s*-\s*module\s*\(\s*([a-z][A-Za-z0-9_@]*)\s*\)/m.exec(source.replace(/%[^\n]*/g, ''))?.[1] ?? 'main';
}

/** Bytes as the runtime's sinks give them (one char per byte) to text. */
function decoder(): (s: string) => string {
  const dec = new TextDecoder();
  return (s) => {
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    return dec.decode(b, { stream: true });
  };
}

/** Compile `source` and run `fn()` of it; `onOutput` sees the text as it is printed. */
export async function runModule(lib: Stdlib, source: string, fn: string, onOutput: (text: string) => void): Promise<RunResult> {
  let output = '';
  const emit = (t: string) => {
    output += t;
    onOutput(t);
  };
  const out = decoder();
  const err = decoder();
  const file = `${moduleName(source)}.erl`;
  const rt = new ErlangRuntime({
    host: memoryHost({ [file]: source }),
    stdout: (s) => emit(out(s)),
    stderr: (s) => emit(err(s)),
    embedded: stdlibModules(lib),
  });
  const loaded = rt.loadFile(file);
  if (!loaded.ok) {
    for (const d of loaded.diagnostics) emit(renderDiagnostic(d, (f) => (f === file ? source : undefined)));
    return { output, status: 'compile_error' };
  }
  const r = await rt.run(loaded.module, fn, []);
  switch (r.kind) {
    case 'return':
      emit(`-> ${writeTerm(r.value, true)}\n`);
      return { output, status: 'ok' };
    case 'halt':
      emit(`(halted with status ${r.status})\n`);
      return { output, status: 'halt' };
    case 'exception':
      emit(`** ${formatException(r.cls, r.reason, r.stack)}\n`);
      return { output, status: 'exception' };
  }
}

/** The shell pane's node: the Erlang shell (stdlib/src/shell.erl, as `erlts shell`
 * from a pipe) with its standard input fed line by line from the page. */
export interface ShellSession {
  /** Sends one line of input (a newline is added). */
  send(line: string): void;
  /** Ends the node. */
  stop(): void;
  /** Resolves when the shell ends (q(), halt()). */
  done: Promise<void>;
}

/** Starts a shell; `source`, when given and it compiles, is loaded into its node first
 * (its module is then callable from the shell). */
export function startShell(lib: Stdlib, source: string | null, onOutput: (text: string) => void): ShellSession {
  const enc = new TextEncoder();
  let deliver: ((chunk: Uint8Array | null) => void) | null = null;
  const queued: Uint8Array[] = [];
  const out = decoder();
  const err = decoder();
  const files: Record<string, string> = {};
  const file = source === null ? null : `${moduleName(source)}.erl`;
  if (file !== null) files[file] = source!;
  const rt = new ErlangRuntime({
    host: memoryHost(files),
    stdout: (s) => onOutput(out(s)),
    stderr: (s) => onOutput(err(s)),
    embedded: stdlibModules(lib),
    stdin: {
      start(d) {
        deliver = d;
        for (const q of queued.splice(0)) d(q);
      },
      stop() {
        deliver = null;
      },
    },
  });
  if (file !== null) rt.loadFile(file);
  const done = rt.run('shell', 'start', []).then(() => undefined);
  return {
    send(line) {
      const b = enc.encode(`${line}\n`);
      if (deliver) deliver(b);
      else queued.push(b);
    },
    stop() {
      rt.engine.scheduler?.stop();
    },
    done,
  };
}
