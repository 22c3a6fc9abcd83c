// fib(30) through the whole pipeline against plain JS fib in the same process, best of
// 20 each (the machine is shared and noisy: only the ratio means much). Also the
// million-deep body recursion (build a list, then its length, both body-recursive).
// docs/execution.md records the figures.
// Run: ERLTS_BENCH=1 npx vitest run test/exec/fib-bench.test.ts
import { it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { nodeHost } from '../../bin/node-host.js';

function fibPlain(n: number): number {
  return n < 2 ? n : fibPlain(n - 1) + fibPlain(n - 2);
}

it.skipIf(!process.env.ERLTS_BENCH)('fib(30) and 1M-deep recursion, best of 20 / 5', async () => {
  const rt = new ErlangRuntime({ host: nodeHost(join(dirname(fileURLToPath(import.meta.url)), 'erl')), searchPath: ['.'] });
  let best = Infinity;
  let bestPlain = Infinity;
  for (let i = 0; i < 20; i++) {
    let t0 = performance.now();
    await rt.run('e2e', 'fib30', []);
    best = Math.min(best, performance.now() - t0);
    t0 = performance.now();
    fibPlain(30);
    bestPlain = Math.min(bestPlain, performance.now() - t0);
  }
  let deep = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await rt.run('e2e', 'deep1m', []);
    deep = Math.min(deep, performance.now() - t0);
  }
  console.log(`fib(30): ${best.toFixed(1)} ms, plain JS ${bestPlain.toFixed(1)} ms, ratio ${(best / bestPlain).toFixed(2)}`);
  console.log(`1M-deep build + length: ${deep.toFixed(0)} ms`);
}, 120_000);
