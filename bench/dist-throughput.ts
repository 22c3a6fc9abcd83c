// Message throughput between nodes (issue 8), all pairings in the same run: erl -> erl
// (the reference), erlts -> erlts, erlts -> erl, erl -> erlts. Each pairing is two
// child processes found through a private EPMD (ours, in this process, on a free
// loopback port): a sink node (bench/erl/dist_throughput.erl `sink`) and a sender node
// that sends N small messages ({msg, I, <<"payload">>, [1,2,3]}) to the sink's pid
// and waits until the sink has counted them; the sender times that with
// erlang:monotonic_time. The bar: every pairing within 2x of erl -> erl.
//
//   node dist/bench/dist-throughput.js [N]      (200000)
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../bin/node-host.js';
import { hasErl } from './beam.js';
import { EpmdServer, names } from '../runtime/dist/epmd.js';
import { NODE_FLAGS } from '../bin/node-flags.js';

type Kind = 'erl' | 'erlts';

export async function runDistThroughput(n = 200_000): Promise<boolean> {
  console.log(`dist-throughput: ${n} messages from one node to another, sent to a pid, until the sink has them all`);
  if (!hasErl()) {
    console.log('  erl is not on the PATH: no reference, skipped');
    return true;
  }
  const root = packageRoot();
  const src = join(root, 'bench', 'erl', 'dist_throughput.erl');
  const beams = mkdtempSync(join(tmpdir(), 'erlts-dist-bench-'));
  execFileSync('erlc', ['-o', beams, src]);
  const epmd = await EpmdServer.start(0);
  if (epmd === null) return false;
  const env = { ...process.env, ERL_EPMD_PORT: String(epmd.port) };
  const host = hostname().split('.')[0]!;
  const cookie = 'bench' + process.pid;
  const erlts = join(root, 'dist', 'bin', 'erlts.js');
  const children: ChildProcess[] = [];
  const start = (kind: Kind, name: string, args: string[]): Promise<string> => {
    const cmd = kind === 'erl' ? 'erl' : process.execPath;
    const argv =
      kind === 'erl'
        ? ['-sname', name, '-setcookie', cookie, '-start_epmd', 'false', '-noshell', '-pa', beams, '-eval',
            args[0] === 'sink' ? 'dist_throughput:sink()' : `dist_throughput:main(${JSON.stringify(args)}), halt().`]
        : [...NODE_FLAGS, erlts, 'run', '-sname', name, '-setcookie', cookie, src, ...args];
    const p = spawn(cmd, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(p);
    const timer = setTimeout(() => p.kill('SIGKILL'), 120_000);
    let out = '';
    p.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    return new Promise((resolve) => p.on('exit', () => (clearTimeout(timer), resolve(out))));
  };
  const registered = async (name: string): Promise<void> => {
    for (let i = 0; i < 400; i++) {
      const l = await names('127.0.0.1', epmd.port).catch(() => []);
      if (l.some(([x]) => x === name)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const pairing = async (from: Kind, to: Kind, tag: string): Promise<number | string> => {
    const sink = `b${process.pid}_${tag}s`;
    void start(to, sink, ['sink']);
    await registered(sink);
    const out = await start(from, `b${process.pid}_${tag}c`, ['run', `${sink}@${host}`, String(n)]);
    const m = /^(\d+) ([\d.]+)$/m.exec(out);
    if (m === null || Number(m[1]) !== n) return out.trim().split('\n')[0] ?? 'no output';
    return Number(m[2]);
  };
  let ok = true;
  try {
    const ref = await pairing('erl', 'erl', 'ee');
    const rows: [string, number | string][] = [['erl -> erl', ref]];
    rows.push(['erlts -> erlts', await pairing('erlts', 'erlts', 'tt')]);
    rows.push(['erlts -> erl', await pairing('erlts', 'erl', 'te')]);
    rows.push(['erl -> erlts', await pairing('erl', 'erlts', 'et')]);
    console.log('  pairing           ms      msgs/s     vs erl->erl');
    for (const [name, ms] of rows) {
      if (typeof ms === 'string') {
        ok = false;
        console.log(`  ${name.padEnd(16)} failed: ${ms}`);
        continue;
      }
      const ratio = typeof ref === 'number' ? ms / ref : NaN;
      if (!(ratio <= 2)) ok = false;
      console.log(`  ${name.padEnd(16)} ${ms.toFixed(1).padStart(8)} ${Math.round((n / ms) * 1000).toString().padStart(10)}     ${ratio.toFixed(2)}`);
    }
    console.log('  bar: every pairing within 2x of erl -> erl');
  } finally {
    for (const p of children) if (p.exitCode === null) p.kill('SIGKILL');
    epmd.close();
    rmSync(beams, { recursive: true, force: true });
  }
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ok = await runDistThroughput(Number(process.argv[2] ?? 200_000));
  process.exitCode = ok ? 0 : 1;
}
