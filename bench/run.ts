// `npm run bench`: each benchmark runs on erlts and, where `erl` is on the PATH, on
// real BEAM in the same run, and we print both times and their ratio. Absolute times
// on shared machines are noise; the ratio measured in one run is the figure.
//
//   npm run bench                          every benchmark
//   npm run bench -- fib nbody             only the named ones (lists_ops, maps_ops
//                                          name their groups of cases)
//   npm run bench -- --quick               small sizes: a fast correctness smoke test
//                                          of the program cases (parse-otp only if named)
//   npm run bench -- --runs 10 --budget 20000
//                                          timed runs per case, and the most timed
//                                          milliseconds spent on one case per side
//   npm run bench -- --record              write bench/erl/checksums.txt from BEAM
//
// The program cases (bench/programs.ts) also compare results: each side prints the
// case's checksum term (~w on BEAM, writeTerm on erlts) and the two must be equal;
// without erl, erlts's checksum is compared with the one recorded in
// bench/erl/checksums.txt. A differing checksum makes the exit status 1.
// docs/benchmarks.md describes the cases.
import '../bin/v8-tuning.js';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadOtpCorpus } from './otp-corpus.js';
import { parseFile } from '../compiler/pipeline.js';
import { nodeHost, packageRoot } from '../bin/node-host.js';
import { programCases, selects } from './programs.js';
import { beamVersion, hasErl, runOnBeam, type SideResult, type SizedCase } from './beam.js';
import { loadRuntime, runOnErlts } from './erlts-side.js';
import { geomean } from './stats.js';
import { runProcMemory } from './proc-memory.js';
import { runFairness } from './fairness.js';
import { runDistThroughput } from './dist-throughput.js';
import { relaunchWithNodeFlags } from './relaunch.js';

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
    const dir = mkTemp();
    try {
      writeFileSync(join(dir, 'files'), corpus.files.join('\n') + '\n');
      writeFileSync(join(dir, 'incs'), corpus.includePaths.join('\n') + '\n');
      const script = join(packageRoot(), 'bench', 'erl', 'parse_otp.escript');
      const out = execFileSync('escript', [script, join(dir, 'files'), join(dir, 'incs'), String(RUNS)], { encoding: 'utf8' });
      return { name: this.name, what, erltsMs, beamMs: Number(out.trim()) };
    } finally {
      rmTemp(dir);
    }
  },
};

/** Cold start: a whole `erlts run hello.erl` (the installed command: package.json's
 * bin, dist/bin/launch.cjs) against `escript hello.erl`, wall time of each process,
 * best of RUNS after one unmeasured run of each (so that both read their files from the
 * page cache and erlts's code cache exists, as for any user's second command; the
 * script is in erlts's compile cache then too, unless ERLTS_NO_CACHE is set). */
const coldStart: Benchmark = {
  name: 'cold-start',
  run() {
    const hello = join(packageRoot(), 'examples', 'hello', 'hello.erl');
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { bin: { erlts: string } };
    const launch = join(packageRoot(), pkg.bin.erlts);
    const what = 'erlts run examples/hello/hello.erl vs escript, wall time of the process';
    const wall = (cmd: string, args: string[]) => {
      execFileSync(cmd, args, { stdio: 'ignore' });
      return best(RUNS + 2, () => execFileSync(cmd, args, { stdio: 'ignore' }));
    };
    // Started as a user starts it: by its shebang line, which gives Node its flags.
    const erltsMs = wall(launch, ['run', hello]);
    if (!hasErl()) return { name: this.name, what, erltsMs, note: 'erl not on PATH: BEAM side skipped' };
    return { name: this.name, what, erltsMs, beamMs: wall('escript', [hello]) };
  },
};

const benchmarks: Benchmark[] = [parseOtp, coldStart];

/** Process cases that are not a time per call (issue 4): each runs both sides and
 * prints its own table after the main one (bench/proc-memory.ts, bench/fairness.ts).
 * Selected by name, by the `procs` group, or by a run with no names (not --quick). */
interface Report {
  name: string;
  groups: string[];
  /** False if a side failed or the bar was missed. */
  run(): boolean | Promise<boolean>;
}

const reports: Report[] = [
  { name: 'proc-memory', groups: ['procs'], run: () => runProcMemory(100_000, true) },
  { name: 'fairness', groups: ['procs'], run: () => runFairness() },
  { name: 'dist-throughput', groups: ['dist'], run: () => runDistThroughput() },
];

// ------------------------------------------------------------------ command line

interface Options {
  names: string[];
  quick: boolean;
  runs: number;
  budgetMs: number;
  record: boolean;
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { names: [], quick: false, runs: 10, budgetMs: 10_000, record: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith('--') ? a.split('=', 2) : [a, undefined];
    const value = (): number => {
      const v = Number(inline ?? args[++i]);
      if (!Number.isFinite(v) || v < 1) throw new Error(`bench: ${flag} needs a positive number`);
      return v;
    };
    try {
      if (flag === '--quick') o.quick = true;
      else if (flag === '--record') o.record = true;
      else if (flag === '--runs') o.runs = Math.floor(value());
      else if (flag === '--budget') o.budgetMs = value();
      else if (a.startsWith('-')) return `bench: unknown option ${a}`;
      else o.names.push(a);
    } catch (e) {
      return (e as Error).message;
    }
  }
  const known = (n: string) =>
    benchmarks.some((b) => b.name === n) || programCases.some((c) => selects(c, n)) || reports.some((r) => r.name === n || r.groups.includes(n));
  const unknown = o.names.filter((n) => !known(n));
  if (unknown.length) {
    const have = [
      ...benchmarks.map((b) => b.name),
      ...programCases.map((c) => c.name),
      ...reports.map((r) => r.name),
      ...new Set(programCases.flatMap((c) => c.groups)),
    ];
    return `bench: unknown benchmark ${unknown.join(', ')} (have: ${have.join(', ')})`;
  }
  return o;
}

// ------------------------------------------------------------------ checksums

const checksumFile = () => join(packageRoot(), 'bench', 'erl', 'checksums.txt');

/** Recorded BEAM checksums, keyed "name/size". */
function readRecorded(): Map<string, string> {
  const m = new Map<string, string>();
  if (!existsSync(checksumFile())) return m;
  for (const line of readFileSync(checksumFile(), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, size, ...rest] = line.split('\t');
    m.set(`${name}/${size}`, rest.join('\t'));
  }
  return m;
}

/** `--record`: run every case at both sizes on BEAM (one timed run) and write the checksums. */
function record(erlDir: string): void {
  const lines = ['# BEAM checksums of the program benchmarks, per case and size: name<TAB>size<TAB>~w.'];
  lines.push(`# Written by \`node dist/bench/run.js --record\` (bench/erl/record-checksums.sh) with ${beamVersion()}.`);
  // Cases are keyed by name in the harness output, so run one size at a time.
  for (const which of ['quick', 'size'] as const) {
    const batch = programCases.map((c) => ({ c, size: c[which] }));
    const res = runOnBeam(erlDir, batch, 1, 1);
    for (const { c, size } of batch) {
      const r = res.get(c.name);
      if (!r?.ok) throw new Error(`bench --record: ${c.name} failed on BEAM: ${r ? r.error : 'no output'}`);
      lines.push(`${c.name}\t${size}\t${r.checksum}`);
    }
  }
  writeFileSync(checksumFile(), lines.join('\n') + '\n');
  console.log(`wrote ${checksumFile()}`);
}

// ------------------------------------------------------------------ the table

interface Row {
  name: string;
  erltsMs?: number;
  beamMs?: number;
  /** Ratio of the two sides' median runs, beside the ratio of their best ones. */
  medianRatio?: number;
  check: string;
  what: string;
  program: boolean;
  procs?: boolean;
}

function fmt(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '-';
  return ms.toFixed(ms < 1 ? 3 : ms < 10 ? 2 : 1);
}

/** The ratio of the two sides' best runs, when both have one. */
function bestRatio(r: Row): number | undefined {
  return r.erltsMs !== undefined && r.beamMs ? r.erltsMs / r.beamMs : undefined;
}

function printTable(rows: Row[]): void {
  const header = ['case', 'erlts ms', 'BEAM ms', 'erlts/BEAM', 'medians', 'checksum', 'what'];
  const cells = rows.map((r) => [
    r.name,
    fmt(r.erltsMs),
    fmt(r.beamMs),
    bestRatio(r)?.toFixed(2) ?? '-',
    r.medianRatio?.toFixed(2) ?? '-',
    r.check,
    r.what,
  ]);
  const all = [header, ...cells];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const right = new Set([1, 2, 3, 4]);
  for (const row of all) {
    const line = row.map((cell, i) => (i === row.length - 1 ? cell : right.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)));
    console.log(line.join('  ').trimEnd());
  }
}

async function main(args: string[]): Promise<void> {
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    process.stderr.write(opts + '\n');
    process.exitCode = 2;
    return;
  }
  const erlDir = join(packageRoot(), 'bench', 'erl');
  const erl = hasErl();
  if (opts.record) {
    if (!erl) {
      process.stderr.write('bench --record: erl is not on the PATH\n');
      process.exitCode = 2;
      return;
    }
    record(erlDir);
    return;
  }

  // --quick is a smoke test of the program cases: parse-otp runs only when named.
  const wanted = (n: string) => (opts.names.length === 0 && !opts.quick) || opts.names.includes(n);
  const chosenBench = benchmarks.filter((b) => wanted(b.name));
  const chosenReports = reports.filter((r) => wanted(r.name) || r.groups.some((g) => opts.names.includes(g)));
  const chosenCases = programCases.filter((c) => opts.names.length === 0 || opts.names.some((n) => selects(c, n)));
  const sized: SizedCase[] = chosenCases.map((c) => ({ c, size: opts.quick ? c.quick : c.size }));

  console.log(`node ${process.version} ${process.execArgv.join(' ')} | ${erl ? beamVersion() : 'erl not on PATH: erlts times only'}`);
  console.log(`program cases: warm-up, then best of up to ${opts.runs} runs within ${opts.budgetMs} ms per case and side${opts.quick ? ' (--quick sizes)' : ''}; erlts/BEAM is the ratio of the best runs, medians that of the median runs`);

  const rows: Row[] = [];
  const notes: string[] = [];
  let differs = false;

  for (const b of chosenBench) {
    const r = b.run();
    rows.push({ name: r.name, erltsMs: Number.isNaN(r.erltsMs) ? undefined : r.erltsMs, beamMs: r.beamMs, check: '-', what: r.what, program: false });
    if (r.note) notes.push(`${r.name}: ${r.note}`);
  }

  if (sized.length) {
    let beam = new Map<string, SideResult>();
    if (erl) {
      try {
        beam = runOnBeam(erlDir, sized, opts.runs, opts.budgetMs);
      } catch (e) {
        notes.push(`BEAM harness failed: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    const rtLoad = await loadRuntime();
    let ours = new Map<string, SideResult>();
    if (rtLoad.ok) {
      const run = await runOnErlts(rtLoad.mod, erlDir, sized, opts.runs, opts.budgetMs);
      ours = run.results;
      const loads = [...run.loadMs].map(([m, ms]) => `${m} ${ms.toFixed(0)}`);
      if (loads.length) notes.push(`erlts compile+load ms (not in the table): ${loads.join(', ')}`);
    } else {
      notes.push(`erlts: ${rtLoad.why}`);
    }
    const recorded = readRecorded();
    for (const { c, size } of sized) {
      const b = beam.get(c.name);
      const o = ours.get(c.name);
      if (b && !b.ok) notes.push(`${c.name}: BEAM failed: ${b.error}`);
      if (o && !o.ok) notes.push(`${c.name}: erlts failed: ${o.error}`);
      let check = '-';
      const expected = b?.ok ? b.checksum : recorded.get(`${c.name}/${size}`);
      if (o?.ok && expected !== undefined) {
        if (o.checksum === expected) check = b?.ok ? 'same' : 'same (recorded)';
        else {
          check = 'DIFFERS';
          differs = true;
          notes.push(`${c.name}: checksum differs\n    BEAM${b?.ok ? '' : ' (recorded)'}: ${expected}\n    erlts: ${o.checksum}`);
        }
      } else if (o && !o.ok) check = 'failed';
      rows.push({
        name: c.name,
        erltsMs: o?.ok ? o.timing.bestMs : undefined,
        beamMs: b?.ok ? b.timing.bestMs : undefined,
        medianRatio: o?.ok && b?.ok && b.timing.medianMs > 0 ? o.timing.medianMs / b.timing.medianMs : undefined,
        check,
        what: `${c.what}, N=${size}`,
        program: true,
        procs: c.procs === true,
      });
    }
  }

  if (rows.length) {
    console.log('');
    printTable(rows);
  }
  // A wrong answer's time means nothing: cases whose checksum differs stay out of the mean.
  const ratiosOf = (procs: boolean, ratio: (r: Row) => number | undefined) =>
    rows
      .filter((r) => r.program && !!r.procs === procs && r.check !== 'DIFFERS')
      .map(ratio)
      .filter((x): x is number => x !== undefined);
  const ratios = ratiosOf(false, bestRatio);
  if (ratios.length) {
    console.log(`\ngeometric mean of erlts/BEAM over ${ratios.length} sequential program case(s): ${geomean(ratios).toFixed(2)}`);
    const medians = ratiosOf(false, (r) => r.medianRatio);
    if (medians.length) console.log(`  (of the median runs' ratios: ${geomean(medians).toFixed(2)})`);
  }
  const procRatios = ratiosOf(true, bestRatio);
  if (procRatios.length) console.log(`geometric mean of erlts/BEAM over ${procRatios.length} process case(s): ${geomean(procRatios).toFixed(2)}`);
  if (notes.length) console.log('\n' + notes.map((n) => `note: ${n}`).join('\n'));
  // The process reports print their own tables (they do not change the exit status).
  for (const r of chosenReports) {
    console.log('');
    if (!(await r.run())) console.log(`note: ${r.name}: a side failed or the bar was missed`);
  }
  if (differs) process.exitCode = 1;
}

function mkTemp(): string {
  return mkdtempSync(join(tmpdir(), 'erlts-bench-'));
}

function rmTemp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

const relaunched = relaunchWithNodeFlags();
if (relaunched !== undefined) process.exitCode = relaunched;
else await main(process.argv.slice(2));
