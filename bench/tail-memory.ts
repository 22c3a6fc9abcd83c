// Runs bench/erl/tail_forever.erl (an endless mutual tail recursion) for a number of
// seconds and samples the JS heap after forced GCs: the issue's "an infinite tail loop
// run for 10 s keeps memory flat". Run: node --expose-gc dist/bench/tail-memory.js [SECONDS]
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ErlangRuntime } from '../runtime/exec/index.js';
import { nodeHost } from '../bin/node-host.js';

const seconds = Number(process.argv[2] ?? 10);
const root = fileURLToPath(new URL('../../', import.meta.url));
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  process.stderr.write('tail-memory: run node with --expose-gc\n');
  process.exit(2);
}
const rt = new ErlangRuntime({ host: nodeHost('/') });
const loaded = rt.loadFile(join(root, 'bench', 'erl', 'tail_forever.erl'));
if (!loaded.ok) throw new Error('tail_forever.erl did not compile');
const samples: number[] = [];
const start = Date.now();
const timer = setInterval(() => {
  gc();
  samples.push(process.memoryUsage().heapUsed);
  const t = ((Date.now() - start) / 1000).toFixed(1);
  process.stdout.write(`${t} s  heap used ${(samples[samples.length - 1]! / 1048576).toFixed(2)} MiB\n`);
  if (Date.now() - start >= seconds * 1000) {
    clearInterval(timer);
    const first = samples[0]!;
    const max = Math.max(...samples);
    process.stdout.write(`first sample ${(first / 1048576).toFixed(2)} MiB, max ${(max / 1048576).toFixed(2)} MiB\n`);
    process.exit(max - first < 8 * 1048576 ? 0 : 1);
  }
}, 1000);
void rt.run('tail_forever', 'run', []).then((o) => {
  process.stdout.write(`tail_forever returned: ${o.kind}\n`);
  process.exit(1);
});
