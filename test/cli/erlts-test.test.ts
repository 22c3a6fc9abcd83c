// `erlts test` as a user runs it (the built CLI): exit status 0 when every test passed,
// 1 on a failure or a module that does not compile (erlc-style diagnostics on stderr),
// 2 on a bad path; a directory means its .erl files, in name order. The reports
// themselves are checked against OTP in test/eunit/eunit.test.ts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'bin', 'erlts.js');
const cases = join(root, 'test', 'eunit', 'cases');

function erlts(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'latin1', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(cli))('erlts test (built CLI)', () => {
  it('passes and fails with the status and report of eunit:test', () => {
    const ok = erlts(['test', 'test/eunit/cases/eut_pass.erl']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(readFileSync(join(cases, 'eut_pass.stdout'), 'latin1'));
    const bad = erlts(['test', 'test/eunit/cases/eut_mixed.erl']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe(readFileSync(join(cases, 'eut_mixed.stdout'), 'latin1'));
  });

  it('runs every module of a directory together, in name order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'erlts-test-'));
    try {
      writeFileSync(join(dir, 'b_mod.erl'), '-module(b_mod).\n-include_lib("eunit/include/eunit.hrl").\nb_test() -> ok.\n');
      writeFileSync(join(dir, 'a_mod.erl'), '-module(a_mod).\n-include_lib("eunit/include/eunit.hrl").\na_test() -> ok.\nc_test() -> ok.\n');
      const r = erlts(['test', '-v', dir]);
      expect(r.status).toBe(0);
      // What OTP prints for eunit:test([a_mod, b_mod], [verbose]) (a module of one
      // test becomes that test, titled with the module).
      const lines = r.stdout.split('\n');
      expect(lines.indexOf("module 'a_mod'")).toBeGreaterThan(0);
      // A test that takes a millisecond or more gets its time ("...[0.002 s] ok"), as on OTP.
      const b = lines.findIndex((l) => /^b_mod: b_test \(module 'b_mod'\)\.\.\.(\[\d+\.\d+ s\] )?ok$/.test(l));
      expect(b).toBeGreaterThan(0);
      expect(lines.indexOf("module 'a_mod'")).toBeLessThan(b);
      expect(r.stdout).toContain('  All 3 tests passed.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a module that does not compile: its diagnostics, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'erlts-test-'));
    try {
      writeFileSync(join(dir, 'broken.erl'), '-module(broken).\nf() -> .\n');
      const r = erlts(['test', join(dir, 'broken.erl')]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/broken\.erl:2:8: syntax error before: '\.'/);
      expect(r.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a path that is not there, or not Erlang: one line, exit 2', () => {
    for (const p of ['no/such/dir', 'package.json']) {
      const r = erlts(['test', p]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^erlts test: /);
    }
  });
});
