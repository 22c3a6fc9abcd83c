// Incremental `erlts compile -o DIR` (bin/compile.ts), built CLI: only what changed is
// compiled again (the source, a header it includes, a header that appears where one
// was missing, the options, a deleted output), the command says how many were up to
// date, and there is no progress bar when stderr is not a terminal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'bin', 'erlts.js');

describe.skipIf(!existsSync(cli))('erlts compile, incremental (built CLI)', () => {
  let dir = '';
  const erlts = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, 'compile', ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const write = (f: string, text: string) => writeFileSync(join(dir, f), text);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'erlts-compile-'));
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'inc'));
    write('src/a.erl', '-module(a).\n-export([f/0]).\n-include("h.hrl").\nf() -> ?X.\n');
    write('src/b.erl', '-module(b).\n-export([g/0]).\ng() -> a:f().\n');
    write('src/c.erl', '-module(c).\n-export([h/0]).\n-include("local.hrl").\nh() -> ?Y.\n');
    write('inc/h.hrl', '-define(X, 1).\n');
    write('inc/local.hrl', '-define(Y, from_inc).\n');
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('compiles a directory, then finds everything up to date', () => {
    const first = erlts('-o', 'out', '-I', 'inc', 'src');
    expect(first).toEqual({ status: 0, stdout: 'erlts compile: 3 compiled, 0 up to date\n', stderr: '' });
    expect(readFileSync(join(dir, 'out/a.js'), 'utf8')).toMatch(/^export default function \(rt\)/);
    expect(existsSync(join(dir, 'out/.erlts-compile.json'))).toBe(true);
    expect(erlts('-o', 'out', '-I', 'inc', 'src').stdout).toBe('erlts compile: 0 compiled, 3 up to date\n');
  });

  it('recompiles a module whose source or included header changed', () => {
    write('src/b.erl', '-module(b).\n-export([g/0]).\ng() -> a:f() + 1.\n');
    expect(erlts('-o', 'out', '-I', 'inc', 'src').stdout).toBe('erlts compile: 1 compiled, 2 up to date\n');
    write('inc/h.hrl', '-define(X, 2).\n');
    expect(erlts('-o', 'out', '-I', 'inc', 'src').stdout).toBe('erlts compile: 1 compiled, 2 up to date\n');
    expect(readFileSync(join(dir, 'out/a.js'), 'utf8')).toMatch(/return 2;/);
  });

  it('a header that appears earlier on the include path recompiles its includer', () => {
    // c.erl found local.hrl in inc/; one next to the source comes first. The
    // preprocessor knew src/ had none from its listing, so a new header-like name there
    // makes both includers (a, c) out of date, not b, which includes nothing.
    write('src/local.hrl', '-define(Y, from_src).\n');
    expect(erlts('-o', 'out', '-I', 'inc', 'src').stdout).toBe('erlts compile: 2 compiled, 1 up to date\n');
    expect(readFileSync(join(dir, 'out/c.js'), 'utf8')).toContain('"from_src"');
  });

  it('other options, a missing output or --force compile again', () => {
    expect(erlts('-o', 'out', '-I', 'inc', '-D', 'Z', 'src').stdout).toBe('erlts compile: 3 compiled, 0 up to date\n');
    unlinkSync(join(dir, 'out/b.js'));
    expect(erlts('-o', 'out', '-I', 'inc', '-D', 'Z', 'src').stdout).toBe('erlts compile: 1 compiled, 2 up to date\n');
    expect(erlts('-o', 'out', '-I', 'inc', '-D', 'Z', '--force', 'src').stdout).toBe('erlts compile: 3 compiled, 0 up to date\n');
  });

  it('an error is reported and the module stays out of date; no progress bar without a terminal', () => {
    write('src/d.erl', '-module(d).\n-export([k/0]).\nk() -> X.\n');
    const r = erlts('-o', 'out', '-I', 'inc', '-D', 'Z', 'src');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("src/d.erl:3:8: variable 'X' is unbound");
    expect(r.stdout).toContain('erlts compile: 0 compiled, 3 up to date\n');
    expect(r.stderr).toBe('');
    expect(erlts('-o', 'out', '-I', 'inc', '-D', 'Z', 'src').status).toBe(1);
    unlinkSync(join(dir, 'src/d.erl'));
    // Many files at once: still nothing on stderr (the bar is for terminals).
    for (let i = 0; i < 10; i++) write(`src/m${i}.erl`, `-module(m${i}).\n-export([v/0]).\nv() -> ${i}.\n`);
    const many = erlts('-o', 'out', '-I', 'inc', '-D', 'Z', 'src');
    expect(many).toEqual({ status: 0, stdout: 'erlts compile: 10 compiled, 3 up to date\n', stderr: '' });
  });
});
