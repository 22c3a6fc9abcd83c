// The BEAM half of the program benchmarks: compile the cases' modules with erlc into a
// temporary directory, then run every chosen case in one escript
// (bench/erl/beam_harness.escript), which warms up, times with timer:tc and prints
// best and median milliseconds and the checksum as ~w text, one tab-separated line per
// case. One BEAM for all cases keeps VM start-up out of the figures.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgramCase } from './programs.js';
import type { Timing } from './stats.js';

export type SideResult = { ok: true; timing: Timing; checksum: string } | { ok: false; error: string };

export interface SizedCase {
  c: ProgramCase;
  size: number;
}

export function hasErl(): boolean {
  return spawnSync('erl', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** "OTP 25, erts 13.2 (jit)" or similar, for the report header. */
export function beamVersion(): string {
  const expr =
    'io:format("OTP ~s, erts ~s (~s)", [erlang:system_info(otp_release), erlang:system_info(version), ' +
    'erlang:system_info(emu_flavor)]), halt().';
  return execFileSync('erl', ['-noshell', '-eval', expr], { encoding: 'utf8' }).trim();
}

/** Run the cases on BEAM; a case missing from the map means the harness died. */
export function runOnBeam(erlDir: string, cases: SizedCase[], runs: number, budgetMs: number): Map<string, SideResult> {
  const dir = mkdtempSync(join(tmpdir(), 'erlts-bench-beam-'));
  try {
    const modules = [...new Set(cases.map((s) => s.c.module))];
    execFileSync('erlc', ['-o', dir, ...modules.map((m) => join(erlDir, `${m}.erl`))], { stdio: 'inherit' });
    const specs = cases.map(({ c, size }) => `{"${c.name}", ${c.module}, ${c.prepare ?? 'none'}, ${c.fn}, ${c.check ?? 'none'}, ${size}}.\n`);
    const specFile = join(dir, 'cases.terms');
    writeFileSync(specFile, specs.join(''));
    const harness = join(erlDir, 'beam_harness.escript');
    const out = execFileSync('escript', [harness, specFile, dir, String(runs), String(Math.round(budgetMs))], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      // Each case is bounded by the budget (plus warm-up); this only stops a hung VM.
      timeout: 10 * 60_000,
    });
    return parseHarnessOutput(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function parseHarnessOutput(out: string): Map<string, SideResult> {
  const results = new Map<string, SideResult>();
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [name, best, median, runs, ...rest] = line.split('\t');
    if (name === undefined) continue;
    if (best === 'error') {
      results.set(name, { ok: false, error: [median, runs, ...rest].join('\t') });
    } else {
      const timing = { bestMs: Number(best), medianMs: Number(median), runs: Number(runs) };
      results.set(name, { ok: true, timing, checksum: rest.join('\t') });
    }
  }
  return results;
}
