// erlts's lint against OTP's erl_lint on all of OTP's own sources (the files of
// test/otp-corpus/epp-clean.txt, preprocessed and printed by OTP, see
// otp-lint-diff.escript). Every error and warning must agree: severity, line, column,
// tag and text. The comparison data is generated, not committed: where `escript` and
// OTP's sources are installed the test generates it (a few seconds) into a temporary
// directory; ERLTS_OTP_LINT=DIR uses data generated earlier with
//   escript test/lint/otp-lint-diff.escript DIR
// Without either, the test is skipped and says so.
import { expect, test } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../../compiler/lint/lint.js';
import { parseWithoutPreprocessor } from './no-pp.js';

function generate(): string | undefined {
  if (!existsSync('/usr/lib/erlang/lib')) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'erlts-otp-lint-'));
  const script = fileURLToPath(new URL('./otp-lint-diff.escript', import.meta.url));
  const r = spawnSync('escript', [script, dir], { stdio: 'ignore' });
  return r.status === 0 ? dir : undefined;
}

const DIR = process.env['ERLTS_OTP_LINT'] ?? generate();
const files = DIR && existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.erl') && existsSync(join(DIR, f + '.lint'))).sort() : [];
if (files.length === 0) console.warn('SKIPPED: lint vs erl_lint on OTP sources (escript or OTP sources not installed)');

test.skipIf(files.length === 0)('lint agrees with erl_lint on OTP sources', () => {
  const differences: string[] = [];
  let diagnostics = 0;
  let lintMs = 0;
  for (const f of files) {
    const p = parseWithoutPreprocessor(readFileSync(join(DIR!, f), 'utf8'), f);
    expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const t0 = performance.now();
    const ds = lint(p.module);
    lintMs += performance.now() - t0;
    const got = ds.filter((d) => d.origin === 'erl_lint')
      .map((d) => `${d.severity} ${d.line}:${d.col} ${d.code} ${d.message.replace(/\n/g, '\\n')}`).sort();
    const want = readFileSync(join(DIR!, f + '.lint'), 'utf8').split('\n').filter((l) => l !== '').sort();
    diagnostics += want.length;
    const g = new Set(got);
    const w = new Set(want);
    for (const x of want) if (!g.has(x)) differences.push(`${f}: missing ${x}`);
    for (const x of got) if (!w.has(x)) differences.push(`${f}: extra   ${x}`);
  }
  console.log(`${files.length} OTP files, ${diagnostics} erl_lint diagnostics, lint ${Math.round(lintMs)} ms`);
  expect(differences.slice(0, 50)).toEqual([]);
}, 300_000);
