// EUnit through `erlts test`: each module of test/eunit/cases (not the *_tests
// companions) is run as `erlts test <file>` would run it (runEunit, in this process),
// quiet and verbose, and the report is compared with what OTP 25's eunit:test printed
// (scripts/record-eunit.sh). Verbose reports carry run times ("[0.003 s] ",
// "[done in 0.031 s]"), which are taken out of both sides; pids are renumbered by first
// appearance on both sides (test/conformance/normalise.ts).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeHost } from '../../bin/node-host.js';
import { runEunit } from '../../runtime/eunit-runner.js';
import { normaliseOutput } from '../conformance/normalise.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const casesDir = 'test/eunit/cases';
const host = nodeHost(root);

function withoutTimes(s: string): string {
  return normaliseOutput(s).replace(/\[\d+\.\d{3} s\] /g, '').replace(/^ *\[done in \d+\.\d{3} s\]\n/gm, '');
}

async function run(file: string, verbose: boolean): Promise<{ out: string; code: number }> {
  let out = '';
  let err = '';
  const code = await runEunit([file], { host, verbose, stdout: (s) => (out += s), stderr: (s) => (err += s) });
  if (err) out += `\n--- stderr ---\n${err}`;
  return { out, code };
}

const modules = readdirSync(join(root, casesDir))
  .filter((f) => f.endsWith('.erl') && !f.endsWith('_tests.erl'))
  .sort();

describe('erlts test against OTP eunit', () => {
  for (const f of modules) {
    const file = `${casesDir}/${f}`;
    const base = join(root, file.slice(0, -4));
    it(f.slice(0, -4), async () => {
      const expected = readFileSync(`${base}.stdout`, 'latin1');
      const expectedCode = existsSync(`${base}.exit`) ? Number(readFileSync(`${base}.exit`, 'utf8').trim()) : 0;
      const quiet = await run(file, false);
      expect(normaliseOutput(quiet.out), `${file}: report`).toBe(normaliseOutput(expected));
      expect(quiet.code, `${file}: exit status`).toBe(expectedCode);
      if (!existsSync(`${base}.verbose.stdout`)) return; // "%% quiet only" (see scripts/record-eunit.sh)
      const verbose = await run(file, true);
      expect(withoutTimes(verbose.out), `${file}: verbose report`).toBe(withoutTimes(readFileSync(`${base}.verbose.stdout`, 'latin1')));
    });
  }
});
