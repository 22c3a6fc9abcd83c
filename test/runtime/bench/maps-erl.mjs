// Times bench/erl/maps_ops.erl's build/lookup on erlts alone (for profiling):
// node test/runtime/bench/maps-erl.mjs [N] [get|put|both]
import { performance } from 'node:perf_hooks';
const root = new URL('../../../dist/', import.meta.url);
const { ErlangRuntime } = await import(new URL('runtime/exec/index.js', root));
const { nodeHost } = await import(new URL('bin/node-host.js', root));
const N = Number(process.argv[2] ?? 100000);
const which = process.argv[3] ?? 'both';
const erlDir = new URL('../../../bench/erl/', import.meta.url).pathname;
const rt = new ErlangRuntime({ host: nodeHost('/'), searchPath: [erlDir] });
await rt.loadFile(erlDir + 'maps_ops.erl');
async function call(fn, args) { const o = await rt.run('maps_ops', fn, args); if (o.kind !== 'return') throw new Error(o.kind); return o.value; }
const m = await call('build', [N]);
for (const [name, fn, arg] of [['put', 'build', N], ['get', 'lookup', m]]) {
  if (which !== 'both' && which !== name) continue;
  let best = Infinity;
  for (let i = 0; i < 10; i++) { const t = performance.now(); await call(fn, [arg]); best = Math.min(best, performance.now() - t); }
  console.log(`${name} N=${N}: ${best.toFixed(1)} ms`);
}
