// `npm run bench`: each benchmark runs on erlts and, where `erl` is on the PATH, on
// real BEAM in the same run, and we print both times and their ratio. Absolute times
// on shared machines are noise; the ratio measured in one run is the figure.
//
//   npm run bench              every benchmark
//   npm run bench -- parse-otp only the named ones
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadOtpCorpus } from './otp-corpus.js';
import { parseFile } from '../compiler/pipeline.js';
import { nodeHost, packageRoot } from '../bin/node-host.js';

interface Result {
  name: string;
  what: string;
  erltsMs: number;
  beamMs?: number;
  note?: string;
}

interface Benchmark {
  name: string;
  run(): Result;
}

const RUNS = 3;

function hasErl(): boolean {
  return spawnSync('erl', ['-version'], { stdio: 'ignore' }).status === 0;
}

function best(n: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** Preprocess and parse the OTP corpus: erlts's front end against epp:parse_file/2. */
const parseOtp: Benchmark = {
  name: 'parse-otp',
  run() {
    const corpus = loadOtpCorpus(join(packageRoot(), 'test', 'otp-corpus', 'epp-clean.txt'));
    if ('missing' in corpus) return { name: this.name, what: 'OTP corpus', erltsMs: NaN, note: corpus.missing };
    const what = `${corpus.files.length} OTP source files, preprocess + parse`;
    const erltsMs = best(RUNS, () => {
      // A fresh host each run, so file reads are counted as epp's are.
      const host = nodeHost();
      for (const f of corpus.files) {
        const r = parseFile(f, { host, includePaths: corpus.includePaths, libRoots: [corpus.libRoot] });
        if (r.diagnostics.some((d) => d.severity === 'error')) throw new Error(`parse-otp: errors in ${f}`);
      }
    });
    if (!hasErl()) return { name: this.name, what, erltsMs, note: 'erl not on PATH: BEAM side skipped' };
    const dir = mkdtempSync(join(tmpdir(), 'erlts-bench-'));
    try {
      writeFileSync(join(dir, 'files'), corpus.files.join('\n') + '\n');
      writeFileSync(join(dir, 'incs'), corpus.includePaths.join('\n') + '\n');
      const script = join(packageRoot(), 'bench', 'erl', 'parse_otp.escript');
      const out = execFileSync('escript', [script, join(dir, 'files'), join(dir, 'incs'), String(RUNS)], { encoding: 'utf8' });
      return { name: this.name, what, erltsMs, beamMs: Number(out.trim()) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const benchmarks: Benchmark[] = [parseOtp];

function fmt(ms: number | undefined): string {
  return ms === undefined || Number.isNaN(ms) ? '-' : ms.toFixed(1);
}

function main(args: string[]): void {
  const chosen = args.length ? benchmarks.filter((b) => args.includes(b.name)) : benchmarks;
  const unknown = args.filter((a) => !benchmarks.some((b) => b.name === a));
  if (unknown.length) {
    process.stderr.write(`bench: unknown benchmark ${unknown.join(', ')} (have: ${benchmarks.map((b) => b.name).join(', ')})\n`);
    process.exitCode = 2;
    return;
  }
  console.log(`node ${execFileSync('node', ['--version'], { encoding: 'utf8' }).trim()} | best of ${RUNS} runs each side`);
  console.log(['benchmark', 'erlts ms', 'BEAM ms', 'erlts/BEAM', 'what'].join('\t'));
  for (const b of chosen) {
    const r = b.run();
    const ratio = r.beamMs ? (r.erltsMs / r.beamMs).toFixed(2) : '-';
    console.log([r.name, fmt(r.erltsMs), fmt(r.beamMs), ratio, r.what + (r.note ? ` (${r.note})` : '')].join('\t'));
  }
}

main(process.argv.slice(2));
