// Execution benchmarks through ErlangRuntime, against plain JS in the same process
// (the machine is shared and noisy: compare ratios, take the best of many runs).
//   npx tsc -p tsconfig.json --outDir /tmp/erlts-dist && ln -sfn "$PWD/node_modules" /tmp/erlts-dist/node_modules
//   node test/exec/bench/exec-bench.mjs /tmp/erlts-dist
// Prints fib(30) (bench/erl/fib.erl) with and without captures, plain JS fib(30), and
// the million-deep body recursion (build a list, then its length) of test/exec/erl/e2e.erl.
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const { ErlangRuntime } = await import(join(dist, 'runtime/exec/index.js'));
const { nodeHost } = await import(join(dist, 'bin/node-host.js'));
const { S } = await import(join(dist, 'runtime/exec/state.js'));

const rt = new ErlangRuntime({ host: nodeHost('/'), searchPath: [join(root, 'test/exec/erl')] });
rt.loadFile(join(root, 'bench/erl/fib.erl'));
rt.loadFile(join(root, 'test/exec/erl/e2e.erl'));

function fibPlain(n) {
  if (n < 2) return n;
  return fibPlain(n - 1) + fibPlain(n - 2);
}

let fib = Infinity, fibNoCapture = Infinity, plain = Infinity;
for (let i = 0; i < 40; i++) {
  let t = performance.now();
  const o = await rt.run('fib', 'run', [30]);
  fib = Math.min(fib, performance.now() - t);
  if (o.kind !== 'return' || o.value !== 832040) throw new Error('fib(30) gave ' + JSON.stringify(o));
  // A non-suspendable region: the reduction check refills the budget, nothing is captured.
  S.noYield = 1;
  t = performance.now();
  await rt.run('fib', 'run', [30]);
  fibNoCapture = Math.min(fibNoCapture, performance.now() - t);
  S.noYield = 0;
  t = performance.now();
  fibPlain(30);
  plain = Math.min(plain, performance.now() - t);
}
let deep = Infinity;
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const o = await rt.run('e2e', 'deep1m', []);
  deep = Math.min(deep, performance.now() - t);
  if (o.kind !== 'return' || o.value !== 1000000) throw new Error('deep1m gave ' + JSON.stringify(o));
}
console.log(`fib(30) best of 40: ${fib.toFixed(2)} ms (no captures ${fibNoCapture.toFixed(2)} ms), plain JS ${plain.toFixed(2)} ms, ratio ${(fib / plain).toFixed(2)}`);
console.log(`1M-deep build + length, best of 5: ${deep.toFixed(0)} ms`);
