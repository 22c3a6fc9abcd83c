// The built `erlts` command as a user runs it (npm test builds dist/ first): `run` on
// scripts whose stdout, stderr and exit status real escript recorded
// (test/escript/record-cases.sh, run from test/escript/cases with the same arguments),
// and `compile` writing an ES module and its source map.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'bin', 'erlts.js');
const cases = join(root, 'test', 'escript', 'cases');

function erlts(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'latin1', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(cli))('erlts run (built CLI) as escript', () => {
  it.each(['ok', 'listarg', 'halt', 'badarith', 'throw'])('%s', (name) => {
    const r = erlts(['run', `${name}.escript`, 'arg1', 'arg two'], cases);
    const read = (ext: string) => readFileSync(join(cases, `${name}.${ext}`), 'latin1');
    expect(r.stdout).toBe(read('stdout'));
    expect(r.stderr).toBe(read('stderr'));
    expect(r.status).toBe(Number(read('status').trim()));
  });

  it('bad command lines are one line and exit 2; --help describes the command', () => {
    for (const args of [['run'], ['run', '-x', 'f.erl'], ['run', '-pa'], ['run', '-config']]) {
      const r = erlts(args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^erlts run: /);
    }
    const help = erlts(['run', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: erlts run [-pa DIR]... [-config FILE] [--no-cache] FILE [ARGS...]');
    expect(help.stdout).toContain('-config FILE');
    expect(erlts(['--help']).stdout).toMatch(/^ {2}run <file> \[args\.\.\.\]/m);
  });

  it('-config FILE gives the application environment (".config" added)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'erlts-config-'));
    try {
      writeFileSync(join(dir, 'c.erl'), '#!/usr/bin/env escript\n-module(c).\n-export([main/1]).\nmain(_) -> io:format("~p ~p~n", [application:get_env(kernel, k), application:get_env(kernel, other)]).\n');
      writeFileSync(join(dir, 'sys.config'), '[{kernel, [{k, 42}]}].\n');
      const withConfig = erlts(['run', '-config', join(dir, 'sys'), join(dir, 'c.erl')]);
      expect(withConfig.stdout).toBe('{ok,42} undefined\n');
      expect(withConfig.status).toBe(0);
      expect(erlts(['run', join(dir, 'c.erl')]).stdout).toBe('undefined undefined\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads standard input from a pipe and ends when the script does, with stdin still open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erlts-stdin-'));
    try {
      const script = join(dir, 'echo1.erl');
      writeFileSync(script, '-module(echo1).\n-export([main/1]).\nmain(_) -> io:format("~p~n", [io:get_line("> ")]).\n');
      const child = spawn(process.execPath, [cli, 'run', script], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString('latin1')));
      child.stdin.write('first line\nsecond\n'); // and stdin is left open
      const status = await new Promise<number | null>((res) => child.on('exit', res));
      child.stdin.destroy();
      expect(out).toBe('> "first line\\n"\n');
      expect(status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a reader that goes away ends the script with status 127 and no JS stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erlts-epipe-'));
    try {
      const script = join(dir, 'many.erl');
      writeFileSync(script, '-module(many).\n-export([main/1]).\nmain(_) -> [io:format("line ~p~n", [N]) || N <- lists:seq(1, 200000)].\n');
      const child = spawn(process.execPath, [cli, 'run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (b: Buffer) => (err += b.toString('latin1')));
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise<number | null>((res) => child.on('exit', res));
      expect(status).toBe(127);
      expect(err).not.toMatch(/EPIPE|node:|at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing script is one line and a non-zero exit', () => {
    const r = erlts(['run', 'no_such_script.erl']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe.skipIf(!existsSync(cli))('erlts compile (built CLI)', () => {
  it('writes <module>.js, an ES module whose loader builds the module, and its source map', async () => {
    const out = mkdtempSync(join(tmpdir(), 'erlts-cli-'));
    try {
      const r = erlts(['compile', '-o', out, 'bench/erl/fib.erl']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const js = readFileSync(join(out, 'fib.js'), 'utf8');
      expect(js).toMatch(/^export default function \(rt\)/);
      expect(js).toContain('//# sourceMappingURL=fib.js.map');
      const map = JSON.parse(readFileSync(join(out, 'fib.js.map'), 'utf8')) as { sources: string[]; mappings: string };
      expect(map.sources).toEqual(['bench/erl/fib.erl']);
      expect(map.mappings.length).toBeGreaterThan(0);
      const mod = (await import(pathToFileURL(join(out, 'fib.js')).href)) as { default: unknown };
      expect(typeof mod.default).toBe('function');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('--dump core prints the Core IR, an unknown stage is one line and exit 2', () => {
    const core = erlts(['compile', '--dump', 'core', 'bench/erl/fib.erl']);
    expect(core.status).toBe(0);
    expect(core.stdout).toMatch(/^module fib \[run\/1, module_info\/0, module_info\/1\]/);
    expect(core.stdout).toContain('fib/1 = fun');
    const bad = erlts(['compile', '--dump', 'nope', 'bench/erl/fib.erl']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
