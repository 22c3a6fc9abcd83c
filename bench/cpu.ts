// One program case on erlts alone, each run's wall and CPU time (user + system of this
// process, so V8's collector threads count too). On a shared machine the wall time of a
// run swings with other load while its CPU time moves much less: this is the figure to
// compare two builds with when the run/BEAM ratio is noise (docs/benchmarks.md).
//
//   node dist/bench/cpu.js <case> [runs]       e.g. node dist/bench/cpu.js ets_ordered 10
//
// The case's input is prepared and one warm-up call made first, as in `npm run bench`.
import '../bin/v8-tuning.js';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { relaunchWithNodeFlags } from './relaunch.js';
import { ErlangRuntime } from '../runtime/exec/index.js';
import { nodeHost, packageRoot } from '../bin/node-host.js';
import type { Term } from '../runtime/term/types.js';
import { programCases } from './programs.js';

async function main(argv: string[]): Promise<number> {
  const [name, runsArg] = argv;
  const c = programCases.find((x) => x.name === name);
  const runs = runsArg === undefined ? 10 : Number(runsArg);
  if (c === undefined || !(Number.isInteger(runs) && runs > 0)) {
    process.stderr.write(`usage: node dist/bench/cpu.js <case> [runs]; cases: ${programCases.map((x) => x.name).join(' ')}\n`);
    return 2;
  }
  const dir = join(packageRoot(), 'bench', 'erl');
  const rt = new ErlangRuntime({ host: nodeHost('/'), searchPath: [dir] });
  const loaded = await rt.loadFile(join(dir, `${c.module}.erl`));
  if (!loaded.ok) {
    process.stderr.write(`cpu: ${c.module}.erl does not compile\n`);
    return 1;
  }
  const call = async (fn: string, arg: Term): Promise<Term> => {
    const o = await rt.run(c.module, fn, [arg]);
    if (o.kind !== 'return') throw new Error(`${c.module}:${fn}/1 did not return: ${o.kind}`);
    return o.value;
  };
  const input = c.prepare ? await call(c.prepare, c.size) : c.size;
  await call(c.fn, input);
  const rows: string[] = [];
  let bestWall = Infinity;
  let bestCpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await call(c.fn, input);
    const wall = performance.now() - t0;
    const u = process.cpuUsage(c0);
    const cpu = (u.user + u.system) / 1000;
    bestWall = Math.min(bestWall, wall);
    bestCpu = Math.min(bestCpu, cpu);
    rows.push(`${wall.toFixed(1)}/${cpu.toFixed(1)}`);
  }
  process.stdout.write(`${c.name}: wall/cpu ms per run ${rows.join(' ')}\n`);
  process.stdout.write(`${c.name}: best wall ${bestWall.toFixed(1)} ms, best cpu ${bestCpu.toFixed(1)} ms\n`);
  return 0;
}

process.exitCode = relaunchWithNodeFlags() ?? (await main(process.argv.slice(2)));
