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
