// Scheduling fairness (issue 4), erlts against BEAM in the same run: SPINNERS processes
// spin in an endless tail loop, one echo process answers pings,
// and the main process pings it PINGS times with a SLEEP_MS sleep between pings,
// timing each round trip with erlang:monotonic_time(microsecond). The same Erlang code
// (procs_ops:fairness/1, bench/erl/procs_ops.erl) runs on both sides and returns
// {Pings, P50, P99, Max} in microseconds (nearest-rank percentiles); it kills the
// spinners before it returns. The bar: p99 under 50 ms on erlts.
//
// Two kinds of spinner, each measured on both sides: `loop` is the empty
// `spin() -> spin().` (on erlts a slice of it is a JS loop counting down the reduction
// budget, about a microsecond), `count` does arithmetic in every call
// (`spin(X) -> spin((X * 48271) rem 2147483647).`), so a slice costs more.
//
//   node dist/bench/fairness.js [SPINNERS] [PINGS] [SLEEP_MS]     (100 200 5)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../bin/node-host.js';
import { hasErl } from './beam.js';
import { loadRuntime } from './erlts-side.js';
import { nodeHost } from '../bin/node-host.js';

export type SpinKind = 'loop' | 'count';
export const spinKinds: SpinKind[] = ['loop', 'count'];

export interface FairnessParams {
  kind: SpinKind;
  spinners: number;
  pings: number;
  sleepMs: number;
}

export const defaultFairness: Omit<FairnessParams, 'kind'> = { spinners: 100, pings: 200, sleepMs: 5 };

/** {Pings, P50, P99, Max} in microseconds. */
export interface Latency {
  pings: number;
  p50: number;
  p99: number;
  max: number;
}

export type Measured = { ok: true; r: Latency } | { ok: false; error: string };

const erlDir = () => join(packageRoot(), 'bench', 'erl');
const arg = (p: FairnessParams) => `{${p.kind}, ${p.spinners}, ${p.pings}, ${p.sleepMs}}`;
/** The whole case takes about pings * (sleep + round trip); a hung side is stopped. */
const TIMEOUT_MS = 2 * 60_000;

function latency(t: unknown): Latency | null {
  if (!Array.isArray(t) || t.length !== 4 || !t.every((x) => typeof x === 'number' || typeof x === 'bigint')) return null;
  const [pings, p50, p99, max] = t.map(Number);
  return { pings: pings!, p50: p50!, p99: p99!, max: max! };
}

export async function fairnessErlts(p: FairnessParams): Promise<Measured> {
  const load = await loadRuntime();
  if (!load.ok) return { ok: false, error: load.why };
  const rt = new load.mod.ErlangRuntime({ host: nodeHost('/'), searchPath: [erlDir()] });
  const loaded = await rt.loadFile(join(erlDir(), 'procs_ops.erl'));
  if (!loaded.ok) return { ok: false, error: 'procs_ops.erl does not compile' };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Measured>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: `no answer in ${TIMEOUT_MS} ms` }), TIMEOUT_MS);
  });
  const run = rt.run('procs_ops', 'fairness', [[p.kind, p.spinners, p.pings, p.sleepMs]]).then((o): Measured => {
    const l = o.kind === 'return' ? latency(o.value) : null;
    return l ? { ok: true, r: l } : { ok: false, error: `procs_ops:fairness/1 ended with ${o.kind}` };
  });
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function fairnessBeam(p: FairnessParams): Measured {
  const dir = mkdtempSync(join(tmpdir(), 'erlts-bench-fair-'));
  try {
    execFileSync('erlc', ['-o', dir, join(erlDir(), 'procs_ops.erl')], { stdio: 'inherit' });
    const expr = `io:format("~w~n", [procs_ops:fairness(${arg(p)})]), halt().`;
    const out = execFileSync('erl', ['-noshell', '-pa', dir, '-eval', expr], { encoding: 'utf8', timeout: TIMEOUT_MS });
    const m = /\{(\d+),(\d+),(\d+),(\d+)\}/.exec(out);
    if (!m) return { ok: false, error: `unexpected output: ${out.trim()}` };
    return { ok: true, r: latency(m.slice(1).map(Number))! };
  } catch (e) {
    return { ok: false, error: (e as Error).message.split('\n')[0]! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (us: number) => (us / 1000).toFixed(2);

/** Runs both sides for each kind of spinner and prints the table; returns false if a
 * side failed or erlts's p99 is not under 50 ms. */
export async function runFairness(p: Omit<FairnessParams, 'kind'> = defaultFairness, erl = hasErl()): Promise<boolean> {
  const rows: string[][] = [['spinners', 'side', 'pings', 'p50 ms', 'p99 ms', 'max ms', 'note']];
  let ok = true;
  for (const kind of spinKinds) {
    const add = (side: string, m: Measured) => {
      if (m.ok) rows.push([kind, side, String(m.r.pings), ms(m.r.p50), ms(m.r.p99), ms(m.r.max), m.r.p99 >= 50_000 ? 'p99 >= 50 ms' : '']);
      else rows.push([kind, side, '-', '-', '-', '-', m.error]);
    };
    const e = await fairnessErlts({ ...p, kind });
    add('erlts', e);
    if (!e.ok || e.r.p99 >= 50_000) ok = false;
    if (erl) {
      const b = fairnessBeam({ ...p, kind });
      add('BEAM', b);
      if (!b.ok) ok = false;
    } else rows.push([kind, 'BEAM', '-', '-', '-', '-', 'erl not on PATH']);
  }
  console.log(`fairness: ${p.spinners} spinning processes, ${p.pings} pings to an echo process, ${p.sleepMs} ms sleep between`);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i <= 1 || i === r.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
  return ok;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const [s, n, sl] = process.argv.slice(2).map(Number);
  const p: Omit<FairnessParams, 'kind'> = {
    spinners: s ?? defaultFairness.spinners,
    pings: n ?? defaultFairness.pings,
    sleepMs: sl ?? defaultFairness.sleepMs,
  };
  if (![p.spinners, p.pings, p.sleepMs].every((x) => Number.isInteger(x) && x >= 0) || p.pings < 1) {
    process.stderr.write('usage: node dist/bench/fairness.js [SPINNERS] [PINGS] [SLEEP_MS]\n');
    process.exit(2);
  }
  const ok = await runFairness(p);
  // The erlts node has stopped (main returned), but be sure nothing keeps us alive.
  process.exit(ok ? 0 : 1);
}
