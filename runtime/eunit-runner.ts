// `erlts test`: load modules and run their EUnit tests with eunit:test/2 (our
// stdlib/src/eunit*.erl), which prints EUnit's report. The exit status is 0 when
// eunit:test returned ok (every test passed), 1 otherwise or when a module does not
// compile.
import { dirname } from 'node:path';
import type { CompilerHost } from '../compiler/host.js';
import { renderDiagnostic } from '../compiler/diagnostics.js';
import { ErlangRuntime } from './exec/index.js';
import { NIL, type Term } from './term/types.js';
import { fromArray } from './term/list.js';

export interface EunitRunOptions {
  host: CompilerHost;
  /** More directories to find modules in (the files' own directories come first). */
  searchPath?: string[];
  includePaths?: string[];
  verbose?: boolean;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

function sourceText(host: CompilerHost, file: string): string | undefined {
  const b = host.readFile(file);
  return b === undefined ? undefined : new TextDecoder().decode(b);
}

/** Test the modules of `files` (in that order), as eunit:test([M1, M2, ...]). */
export async function runEunit(files: string[], opts: EunitRunOptions): Promise<number> {
  const dirs = [...new Set(files.map((f) => dirname(f)))];
  const rt = new ErlangRuntime({
    host: opts.host,
    searchPath: [...dirs, ...(opts.searchPath ?? [])],
    includePaths: opts.includePaths,
    stdout: opts.stdout,
    stderr: opts.stderr,
  });
  const modules: Term[] = [];
  let failed = false;
  for (const file of files) {
    const r = rt.loadFile(file);
    if (!r.ok) {
      for (const d of r.diagnostics) opts.stderr(renderDiagnostic(d, (f) => sourceText(opts.host, f)));
      failed = true;
      continue;
    }
    modules.push(r.module);
  }
  if (failed) return 1;
  const options = opts.verbose ? fromArray(['verbose']) : NIL;
  const outcome = await rt.run('eunit', 'test', [fromArray(modules), options]);
  return outcome.kind === 'return' && outcome.value === 'ok' ? 0 : 1;
}
