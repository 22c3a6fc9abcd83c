// Small statistics for the benchmark runner: the timing loop both erlts halves share
// (warm-up excluded by the caller, then up to N timed runs within a time budget) and
// the summaries we print. Best-of-N is the headline figure: on a shared machine the
// fastest run is the one least disturbed by other work; the median is shown beside it
// as a sanity check on the spread.

import { performance } from 'node:perf_hooks';

export interface Timing {
  bestMs: number;
  medianMs: number;
  runs: number;
}

/** Time `f` up to `runs` times (at least once), stopping early once `budgetMs` of
 * timed work is spent, so a slow case cannot hold the whole run hostage. */
export async function timeRuns(runs: number, budgetMs: number, f: () => Promise<unknown>): Promise<Timing> {
  const times: number[] = [];
  let spent = 0;
  do {
    const t0 = performance.now();
    await f();
    const t = performance.now() - t0;
    times.push(t);
    spent += t;
  } while (times.length < runs && spent < budgetMs);
  return summarize(times);
}

export function summarize(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { bestMs: sorted[0] ?? NaN, medianMs: median(sorted), runs: sorted.length };
}

/** Median of an ascending array (mean of the middle two for an even length). */
export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Geometric mean: the right average for ratios (a 2x win and a 2x loss cancel). */
export function geomean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}
