// Memory of idle processes (issue 4), erlts against BEAM in the same run:
//
//   per-process bytes   N processes blocked in `receive` (bench/erl/procs_ops.erl).
//                       erlts: JS heap used after a forced GC with the N processes
//                       waiting, minus the same with none (procs_ops:idle_spawn(0)),
//                       divided by N. BEAM: erlang:memory(processes) and
//                       erlang:memory(total) after minus before, divided by N
//                       (procs_ops:idle_memory/1).
//   a million           1,000,000 idle processes on erlts in a Node with its default heap
//                       limit (no --max-old-space-size): does it complete, and the heap
//                       used.
//
// Each erlts measurement runs in a child `node --expose-gc` (this file with
// --erlts-child N), so the heap holds nothing but the runtime and the case, and the
// million runs under the default limit whatever flags this process was started with.
//
//   node dist/bench/proc-memory.js [N] [--no-million]      (N defaults to 100000)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { packageRoot, nodeHost } from '../bin/node-host.js';
import { hasErl } from './beam.js';
import { NODE_FLAGS } from '../bin/node-flags.js';


const WAITING = 2; // runtime/proc/process.ts
/** A child (erlts or erl) that takes longer than this is killed and reported. */
const CHILD_TIMEOUT_MS = 5 * 60_000;

export interface ErltsMemory {
  n: number;
  /** Heap used after GC, all N processes waiting. */
  heapUsed: number;
  /** The same with N = 0 (the node, its system processes and main only). */
  baseline: number;
  heapLimit: number;
  spawnMs: number;
  processes: number;
}

export interface BeamMemory {
  n: number;
  procBefore: number;
  procAfter: number;
  totalBefore: number;
  totalAfter: number;
}

const MiB = 1048576;

// ------------------------------------------------------------------ erlts (child)

interface SchedulerView {
  processes(): { status: number }[];
  lookup(pid: unknown): unknown;
  deliver(p: unknown, msg: unknown): void;
}

/** Runs procs_ops:idle_spawn(N); once every process of the node waits, forces a GC,
 * samples the heap, and sends main `release`. Resolves with the heap used. */
async function heldHeap(rt: import('../runtime/exec/index.js').ErlangRuntime, n: number): Promise<{ heap: number; ms: number; procs: number }> {
  const gc = (globalThis as { gc?: () => void }).gc!;
  const { Pid } = await import('../runtime/term/types.js');
  const { MAIN_PID } = await import('../runtime/proc/scheduler.js');
  const t0 = performance.now();
  let ended = false;
  const done = rt.run('procs_ops', 'idle_spawn', [n]).finally(() => (ended = true));
  let sample: { heap: number; ms: number; procs: number };
  for (;;) {
    await new Promise((r) => setTimeout(r, n > 10_000 ? 100 : 10));
    if (ended) {
      const o = await done;
      throw new Error(`procs_ops:idle_spawn(${n}) ended before it was measured: ${o.kind}`);
    }
    const s = rt.engine.scheduler as unknown as SchedulerView;
    let procs = s.processes();
    const count = procs.length;
    const allWait = count > n && procs.every((p) => p.status === WAITING);
    procs = [];
    if (!allWait) continue;
    const ms = performance.now() - t0;
    gc();
    gc();
    sample = { heap: process.memoryUsage().heapUsed, ms, procs: count };
    s.deliver(s.lookup(new Pid(MAIN_PID, 0)), 'release');
    break;
  }
  const o = await done;
  if (o.kind !== 'return' || o.value !== n) throw new Error(`procs_ops:idle_spawn(${n}) did not return ${n}: ${o.kind}`);
  return sample;
}

async function erltsChild(n: number): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) throw new Error('proc-memory child: run node with --expose-gc');
  const { ErlangRuntime } = await import('../runtime/exec/index.js');
  const rt = new ErlangRuntime({ host: nodeHost('/'), searchPath: [join(packageRoot(), 'bench', 'erl')] });
  const loaded = rt.loadFile(join(packageRoot(), 'bench', 'erl', 'procs_ops.erl'));
  if (!loaded.ok) throw new Error('procs_ops.erl does not compile');
  await heldHeap(rt, 1000); // warm up: code compiled, JIT, caches
  const base = await heldHeap(rt, 0);
  const held = await heldHeap(rt, n);
  const r: ErltsMemory = {
    n,
    heapUsed: held.heap,
    baseline: base.heap,
    heapLimit: getHeapStatistics().heap_size_limit,
    spawnMs: held.ms,
    processes: held.procs - base.procs,
  };
  process.stdout.write(JSON.stringify(r) + '\n');
}

// ------------------------------------------------------------------ the two sides

export type Measured<T> = { ok: true; r: T } | { ok: false; error: string };

export function measureErlts(n: number): Measured<ErltsMemory> {
  const self = fileURLToPath(import.meta.url);
  // The erlts command's flags and --expose-gc: the default heap limit stays.
  const res = spawnSync(process.execPath, [...NODE_FLAGS, '--expose-gc', self, '--erlts-child', String(n)], {
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
    maxBuffer: 16 << 20,
  });
  if (res.status === 0) {
    const line = res.stdout.trim().split('\n').pop() ?? '';
    try {
      return { ok: true, r: JSON.parse(line) as ErltsMemory };
    } catch {
      /* fall through */
    }
  }
  const why = res.error ? res.error.message : res.signal ? `killed by ${res.signal}` : `exit status ${res.status}`;
  const tail = (res.stderr ?? '').trim().split('\n').slice(-3).join(' | ');
  return { ok: false, error: `${why}${tail ? ': ' + tail : ''}` };
}

export function measureBeam(n: number): Measured<BeamMemory> {
  const dir = mkdtempSync(join(tmpdir(), 'erlts-bench-mem-'));
  try {
    execFileSync('erlc', ['-o', dir, join(packageRoot(), 'bench', 'erl', 'procs_ops.erl')], { stdio: 'inherit' });
    const expr = `io:format("~w~n", [procs_ops:idle_memory(${n})]), halt().`;
    const out = execFileSync('erl', ['-noshell', '+P', String(Math.max(262144, 2 * n)), '-pa', dir, '-eval', expr], {
      encoding: 'utf8',
      timeout: CHILD_TIMEOUT_MS,
    });
    const m = /\{(\d+),(\d+),(\d+),(\d+),(\d+)\}/.exec(out);
    if (!m) return { ok: false, error: `unexpected output: ${out.trim()}` };
    const [, nn, pb, pa, tb, ta] = m.map(Number);
    return { ok: true, r: { n: nn!, procBefore: pb!, procAfter: pa!, totalBefore: tb!, totalAfter: ta! } };
  } catch (e) {
    return { ok: false, error: (e as Error).message.split('\n')[0]! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ report

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** Runs both sides and prints the table; returns false if something failed. */
export function runProcMemory(n: number, million: boolean, erl = hasErl()): boolean {
  let ok = true;
  const rows: string[][] = [['case', 'side', 'bytes/process', 'detail']];
  const e = measureErlts(n);
  if (e.ok) {
    const per = (e.r.heapUsed - e.r.baseline) / n;
    rows.push([
      `idle x ${n}`, 'erlts', per.toFixed(0),
      `heapUsed after GC ${(e.r.baseline / MiB).toFixed(1)} -> ${(e.r.heapUsed / MiB).toFixed(1)} MiB; spawned and all waiting in ${e.r.spawnMs.toFixed(0)} ms`,
    ]);
  } else {
    ok = false;
    rows.push([`idle x ${n}`, 'erlts', 'failed', e.error]);
  }
  if (erl) {
    const b = measureBeam(n);
    if (b.ok) {
      const { procBefore, procAfter, totalBefore, totalAfter } = b.r;
      rows.push([
        `idle x ${n}`, 'BEAM', ((procAfter - procBefore) / n).toFixed(0),
        `erlang:memory(processes) ${(procBefore / MiB).toFixed(1)} -> ${(procAfter / MiB).toFixed(1)} MiB; ` +
          `memory(total) gives ${((totalAfter - totalBefore) / n).toFixed(0)} bytes/process`,
      ]);
    } else {
      ok = false;
      rows.push([`idle x ${n}`, 'BEAM', 'failed', b.error]);
    }
  } else rows.push([`idle x ${n}`, 'BEAM', '-', 'erl not on PATH']);
  if (million) {
    const M = 1_000_000;
    const m = measureErlts(M);
    if (m.ok) {
      rows.push([
        `idle x ${M}`, 'erlts', ((m.r.heapUsed - m.r.baseline) / M).toFixed(0),
        `completed: heapUsed after GC ${(m.r.heapUsed / MiB).toFixed(0)} MiB of the default limit ` +
          `${(m.r.heapLimit / MiB).toFixed(0)} MiB; ${m.r.processes} processes waiting after ${(m.r.spawnMs / 1000).toFixed(1)} s`,
      ]);
    } else {
      ok = false;
      rows.push([`idle x ${M}`, 'erlts', 'failed', m.error]);
    }
  }
  console.log(pad(rows));
  return ok;
}

// ------------------------------------------------------------------ command line

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  if (args[0] === '--erlts-child') {
    await erltsChild(Number(args[1]));
  } else {
    const million = !args.includes('--no-million');
    const nArg = args.find((a) => !a.startsWith('--'));
    const n = nArg === undefined ? 100_000 : Number(nArg);
    if (!Number.isInteger(n) || n < 1) {
      process.stderr.write('usage: node dist/bench/proc-memory.js [N] [--no-million]\n');
      process.exit(2);
    }
    if (!runProcMemory(n, million)) process.exitCode = 1;
  }
}
