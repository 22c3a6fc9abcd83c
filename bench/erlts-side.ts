// The erlts half of the program benchmarks: compile and load each case's module
// in-process through the runtime API (runtime/exec/index.ts), then time `rt.run` the
// way the BEAM harness times timer:tc: input built once, one warm-up call, then
// best-of-N within a budget, and the checksum printed with writeTerm (our ~w).
//
// The runtime is imported dynamically through a computed URL, so this file
// type-checks and `npm run bench` runs whether or not the runtime exists yet; when it
// is missing or fails to load, every case reports "runtime not available" and the
// BEAM half still runs. The types below are the part of the runtime's API we use.

import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Term } from '../runtime/term/types.js';
import { writeTerm } from '../runtime/term/print.js';
import { nodeHost } from '../bin/node-host.js';
import type { CompilerHost } from '../compiler/host.js';
import type { Diagnostic } from '../compiler/diagnostics.js';
import type { SideResult, SizedCase } from './beam.js';
import { timeRuns } from './stats.js';

/** What `rt.run` resolves to (runtime/exec/index.ts): `{kind: 'return', value}` on
 * success, `{kind: 'exception', cls, reason, stack}` or `{kind: 'halt', status}`
 * otherwise; anything but a return is reported as text. */
interface Outcome {
  kind: string;
  value?: Term;
  [key: string]: unknown;
}

/** `loadFile`'s answer: `{ok: true, module}` or `{ok: false, diagnostics}`. */
interface LoadResult {
  ok: boolean;
  diagnostics?: Diagnostic[];
}

interface Runtime {
  loadFile(file: string): LoadResult | Promise<LoadResult>;
  run(module: string, fn: string, args: Term[]): Promise<Outcome>;
}

interface RuntimeModule {
  ErlangRuntime: new (opts: { host: CompilerHost; searchPath: string[] }) => Runtime;
}

export type RuntimeLoad = { ok: true; mod: RuntimeModule } | { ok: false; why: string };

/** Import runtime/exec/index.js if it is there and exports ErlangRuntime. The
 * environment variable ERLTS_BENCH_RUNTIME names another module file to use instead
 * (another build of the runtime, or a stand-in when testing this runner). */
export async function loadRuntime(): Promise<RuntimeLoad> {
  const override = process.env['ERLTS_BENCH_RUNTIME'];
  const url = override ? pathToFileURL(resolve(override)).href : new URL('../runtime/exec/index.js', import.meta.url).href;
  try {
    const mod = (await import(url)) as Partial<RuntimeModule>;
    if (typeof mod.ErlangRuntime !== 'function') return { ok: false, why: 'runtime/exec/index.js does not export ErlangRuntime' };
    return { ok: true, mod: mod as RuntimeModule };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err.code === 'ERR_MODULE_NOT_FOUND' && !override) {
      return { ok: false, why: 'runtime not available (runtime/exec/index.js not built)' };
    }
    return { ok: false, why: `runtime not available: ${oneLine(err.message ?? String(e))}` };
  }
}

/** A thrown error means the call did not return normally. */
class CaseFailure extends Error {}

function describe(o: Outcome): string {
  const parts: string[] = [o.kind];
  for (const key of ['cls', 'reason', 'status', 'value', 'stack']) {
    if (key in o && o[key] !== undefined) parts.push(`${key}=${show(o[key])}`);
  }
  return parts.join(' ');
}

function show(x: unknown): string {
  if (x instanceof Error) return oneLine(x.message);
  try {
    return oneLine(writeTerm(x as Term));
  } catch {
    return oneLine(String(x));
  }
}

function firstError(ds: Diagnostic[] | undefined): string {
  const d = ds?.find((x) => x.severity === 'error') ?? ds?.[0];
  return d ? `${d.file}:${d.line}:${d.col}: ${d.message}` : 'no diagnostics given';
}

function oneLine(s: string): string {
  const line = s.split('\n')[0] ?? '';
  return line.length > 300 ? line.slice(0, 300) + '...' : line;
}

async function call(rt: Runtime, module: string, fn: string, args: Term[]): Promise<Term> {
  const o = await rt.run(module, fn, args);
  if (o.kind !== 'return') throw new CaseFailure(`${module}:${fn}/${args.length}: ${describe(o)}`);
  return o.value as Term;
}

export interface ErltsRun {
  results: Map<string, SideResult>;
  /** Milliseconds spent compiling and loading each module (first load only). */
  loadMs: Map<string, number>;
}

export async function runOnErlts(
  mod: RuntimeModule,
  erlDir: string,
  cases: SizedCase[],
  runs: number,
  budgetMs: number,
): Promise<ErltsRun> {
  const results = new Map<string, SideResult>();
  const loadMs = new Map<string, number>();
  const loadErrors = new Map<string, string>();
  const rt = new mod.ErlangRuntime({ host: nodeHost('/'), searchPath: [erlDir] });
  for (const { c, size } of cases) {
    try {
      if (loadErrors.has(c.module)) throw new CaseFailure(loadErrors.get(c.module)!);
      if (!loadMs.has(c.module)) {
        const t0 = performance.now();
        let why: string | undefined;
        try {
          const r = await rt.loadFile(join(erlDir, `${c.module}.erl`));
          if (r && r.ok === false) why = `${c.module}.erl does not compile: ${firstError(r.diagnostics)}`;
        } catch (e) {
          why = `loading ${c.module}.erl crashed: ${show(e)}`;
        }
        if (why !== undefined) {
          loadErrors.set(c.module, why);
          throw new CaseFailure(why);
        }
        loadMs.set(c.module, performance.now() - t0);
      }
      const input = c.prepare ? await call(rt, c.module, c.prepare, [size]) : size;
      const result = await call(rt, c.module, c.fn, [input]);
      const timing = await timeRuns(runs, budgetMs, () => call(rt, c.module, c.fn, [input]));
      const checksum = c.check ? await call(rt, c.module, c.check, [result]) : result;
      results.set(c.name, { ok: true, timing, checksum: writeTerm(checksum) });
    } catch (e) {
      results.set(c.name, { ok: false, error: e instanceof CaseFailure ? e.message : `crashed: ${show(e)}` });
    }
  }
  return { results, loadMs };
}
