// Links, monitors, exit signals and trap_exit: random sequences of operations over up to
// 10 processes, run by test/proc/signal_driver.erl on erlts and compared with the model of
// OTP's rules in signal-model.ts. The model itself is checked against real OTP on a fixed
// sample recorded by scripts/record-signal-model.sh (fixtures/signal-sample.txt), which
// erlts must reproduce too.
// SIGNAL_MODEL_RUNS=<n> sets the number of random sequences (default 10000),
// SIGNAL_MODEL_SEED=<n> fixes fast-check's seed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { nodeHost } from '../../bin/node-host.js';
import { writeTerm } from '../../runtime/term/print.js';
import { fromArray } from '../../runtime/term/list.js';
import type { Term } from '../../runtime/term/types.js';
import {
  model, normalise, opFromTerm, opTerm, parseTerm, show,
  type DemonOpt, type Op, type RawOp, type Reason, type T,
} from './signal-model.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const RUNS = Number(process.env['SIGNAL_MODEL_RUNS'] ?? 10_000);
const SEED = process.env['SIGNAL_MODEL_SEED'];

function toTerm(t: T): Term {
  if (typeof t === 'number') return t;
  if (typeof t === 'string') return t === 'true' ? true : t === 'false' ? false : t;
  if (Array.isArray(t)) return t.map(toTerm);
  return fromArray(t.list.map(toTerm));
}

const rt = new ErlangRuntime({ host: nodeHost(here), searchPath: ['.'] });

/** What erlts's run of the driver returns for `ops`, as ~w text. */
async function erlts(ops: readonly Op[]): Promise<string> {
  const o = await rt.run('signal_driver', 'run', [fromArray(ops.map((op) => toTerm(opTerm(op))))]);
  if (o.kind === 'return') return writeTerm(o.value);
  if (o.kind === 'exception') return `EXCEPTION ${o.cls} ${writeTerm(o.reason)}`;
  return `HALT ${o.status}`;
}

/** A list of failures, cut to the first few (with their number). */
const report = (bad: string[]): { failures: number; first: string[] } => ({ failures: bad.length, first: bad.slice(0, 5) });

const seqText = (ops: readonly Op[]): string => show({ list: ops.map(opTerm) });

describe('signal model against OTP (fixtures/signal-sample.txt)', () => {
  const lines = readFileSync(join(here, 'fixtures', 'signal-sample.txt'), 'latin1')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('%'));
  const sample = lines.map((l) => {
    const [seq, obs] = l.split('\t') as [string, string];
    const t = parseTerm(seq);
    if (typeof t !== 'object' || Array.isArray(t)) throw new Error(`not a list: ${seq}`);
    return { seq, ops: t.list.map(opFromTerm), obs };
  });

  it('has the recorded sample', () => {
    expect(sample.length).toBeGreaterThanOrEqual(300);
  });

  it('the model reproduces every OTP observation', () => {
    const bad = sample.filter((s) => show(model(s.ops)) !== s.obs);
    expect(report(bad.map((s) => `${s.seq}\n  OTP:   ${s.obs}\n  model: ${show(model(s.ops))}`))).toEqual(report([]));
  });

  // The sample must exercise every rule the model encodes (counts of observations in it).
  it('the sample covers each rule', () => {
    const count = (re: RegExp): number => sample.reduce((n, s) => n + (s.obs.match(re)?.length ?? 0), 0);
    const seqCount = (re: RegExp): number => sample.reduce((n, s) => n + (s.seq.match(re)?.length ?? 0), 0);
    const cover = {
      'exit/2 kill: killed': count(/\{\d+,killed\}\]/g),
      'trapped exit signal': count(/\{exit,\d+,(foo|shutdown|killed)\}/g),
      'trapped normal': count(/\{exit,\d+,normal\}/g),
      'trapped exit/2 from the driver': count(/\{exit,0,/g),
      'several deaths in a step': count(/\[\{\d+,\w+\},\{\d+,\w+\}/g),
      'kill over a link': count(/\{\d+,kill\}/g),
      'DOWN': count(/\{down,\d+,\d+,(normal|kill|killed|foo|shutdown)\}/g),
      'DOWN noproc': count(/\{down,\d+,\d+,noproc\}/g),
      'link noproc error': count(/\{error,noproc\}/g),
      'link noproc EXIT': count(/\{exit,\d+,noproc\}/g),
      'links in the final state': count(/alive,\w+,\[\d/g),
      'monitors in the final state': count(/alive,\w+,\[[\d,]*\],\[\d/g),
      'demonitor info': seqCount(/demonitor,\d+,\d+,info/g),
      'self monitor': seqCount(/\{monitor,(\d+),\1\}/g),
      'exit self normal': seqCount(/\{exit,(\d+),\1,normal\}/g),
      'spawn_link': seqCount(/spawn_link/g),
    };
    const missing = Object.entries(cover).filter(([, n]) => n < 3);
    expect(missing).toEqual([]);
  });

  it('erlts reproduces every OTP observation', async () => {
    const bad: string[] = [];
    for (const s of sample) {
      const got = await erlts(s.ops);
      if (got !== s.obs) bad.push(`${s.seq}\n  OTP:   ${s.obs}\n  erlts: ${got}`);
    }
    expect(report(bad)).toEqual(report([]));
  });
});

// ---- random sequences -------------------------------------------------------------------

const w = fc.integer({ min: 1, max: 10 });
const reason = fc.constantFrom<Reason>('normal', 'kill', 'killed', 'foo', 'shutdown');
const rawOp: fc.Arbitrary<RawOp> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<RawOp>({ k: 'spawn' }) },
  { weight: 1, arbitrary: w.map((i): RawOp => ({ k: 'spawn_link', i })) },
  { weight: 4, arbitrary: fc.tuple(w, w).map(([i, j]): RawOp => ({ k: 'link', i, j })) },
  { weight: 1, arbitrary: fc.tuple(w, w).map(([i, j]): RawOp => ({ k: 'unlink', i, j })) },
  { weight: 2, arbitrary: fc.tuple(w, w).map(([i, j]): RawOp => ({ k: 'monitor', i, j })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(w, w, fc.constantFrom<DemonOpt>('plain', 'info', 'flush'))
      .map(([i, m, opt]): RawOp => ({ k: 'demonitor', i, m, opt })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 7, arbitrary: w }), w, reason)
      .map(([i, j, r]): RawOp => ({ k: 'exit', i, j, r })),
  },
  { weight: 1, arbitrary: fc.tuple(w, reason).map(([i, r]): RawOp => ({ k: 'die', i, r })) },
  { weight: 3, arbitrary: fc.tuple(w, fc.boolean()).map(([i, b]): RawOp => ({ k: 'trap', i, b })) },
);
const sequence = fc.array(rawOp, { minLength: 1, maxLength: 20, size: 'max' }).map(normalise);

describe('signal model against erlts (fast-check)', () => {
  it(`${RUNS} random sequences: erlts observes what the model predicts`, async () => {
    const t0 = Date.now();
    await fc.assert(
      fc.asyncProperty(sequence, async (ops) => {
        const got = await erlts(ops);
        const want = show(model(ops));
        if (got !== want) throw new Error(`divergence\n  seq:   ${seqText(ops)}\n  model: ${want}\n  erlts: ${got}`);
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: Number(SEED) }) },
    );
    console.log(`signal model: ${RUNS} sequences in ${Date.now() - t0} ms`);
  }, 600_000);
});
