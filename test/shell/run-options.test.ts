// `erlts run` without a script takes erl's start-up options (-eval, -s, -run, -noshell,
// -pa/-pz): each test/shell/run/<name>.args (a JSON array of arguments) is parsed as the
// command line parses it and run in this process (a fresh node each), and its stdout and
// exit status are compared with what `erl ARGS...` gave (<name>.out, <name>.exit,
// recorded by scripts/record-shell.sh); then the command line itself, once.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseShell } from './normalise.js';
import { actionTerms, parseRunArgs } from '../../bin/run.js';
import { nodeHost } from '../../bin/node-host.js';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { bytesInput } from '../../runtime/proc/input.js';

async function inProcess(args: string[], cwd: string): Promise<{ stdout: string; stderr: string; status: number }> {
  const p = parseRunArgs(args);
  if (typeof p === 'number') throw new Error(`bad arguments: ${args.join(' ')}`);
  let stdout = '';
  let stderr = '';
  const rt = new ErlangRuntime({
    host: nodeHost(cwd),
    searchPath: [cwd, ...p.searchPath, ...p.pz],
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: bytesInput(new Uint8Array(0)),
  });
  const r = await rt.run('erlts_start', 'start', [actionTerms(p.actions), !p.noshell]);
  return { stdout, stderr, status: r.kind === 'halt' ? r.status : r.kind === 'return' ? 0 : 1 };
}

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = join(here, 'run');
const cli = join(here, '..', '..', 'dist', 'bin', 'erlts.js');

function erlts(args: string[], cwd: string, env?: Record<string, string>): Promise<{ stdout: string; stderr: string; status: number }> {
  return new Promise((resolve) => {
    const child = execFile('node', [cli, 'run', ...args], { cwd, encoding: 'latin1', timeout: 60000, env: env && { ...process.env, ...env } }, (err, stdout, stderr) => {
      const status = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ stdout, stderr, status });
    });
    child.stdin?.end();
  });
}

describe('erlts run with erl options, as erl', () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.args')).sort()) {
    const name = f.slice(0, -5);
    it(name, async () => {
      const base = join(dir, name);
      if (!existsSync(`${base}.out`)) throw new Error(`${name}: not recorded (scripts/record-shell.sh test/shell/run/${f})`);
      const args = JSON.parse(readFileSync(join(dir, f), 'utf8')) as string[];
      const cwd = mkdtempSync(join(tmpdir(), 'erlts-run-'));
      try {
        const r = await inProcess(args, cwd);
        expect(normaliseShell(r.stdout)).toBe(normaliseShell(readFileSync(`${base}.out`, 'latin1')));
        expect(r.status).toBe(Number(readFileSync(`${base}.exit`, 'utf8').trim()));
        if (r.status !== 0) expect(r.stderr).toMatch(/^init terminating in do_boot \(/);
      } finally {
        rmSync(cwd, { recursive: true, force: true });
      }
    });
  }

  it('runs through the command line', async () => {
    const r = await erlts(['-noshell', '-eval', 'io:format("~p~n", [lists:sum([1, 2, 3])])', '-s', 'erlang', 'halt'], tmpdir());
    expect(r.stdout).toBe('6\n');
    expect(r.status).toBe(0);
  });

  it('-sname makes the node alive before -eval runs, as erl -sname does', async () => {
    const name = `erlts_opt_${process.pid}`;
    // A private EPMD port: the EPMD daemon the node starts (docs/distribution.md) is
    // then ours alone, and it stops 2 s after the node is gone.
    const env = { ERL_EPMD_PORT: String(20000 + (process.pid % 20000)), ERLTS_EPMD_IDLE: '2' };
    const r = await erlts(['-sname', name, '-noshell', '-eval', `io:format("~p ~p~n", [is_alive(), lists:prefix("${name}@", atom_to_list(node()))]), halt().`], tmpdir(), env);
    expect(r.stdout).toBe('true true\n');
    expect(r.status).toBe(0);
  });

  it('refuses what it cannot do with one line and status 2', async () => {
    const cwd = tmpdir();
    const a = await erlts(['-noshell'], cwd);
    expect(a.stderr).toMatch(/^erlts run: missing FILE \(or -s\/-run\/-eval\) \(usage: .*\)\n$/);
    expect(a.status).toBe(2);
    const b = await erlts(['-noshell', '-eval', 'halt()', '-sname'], cwd);
    expect(b.stderr).toMatch(/^erlts run: -sname needs a value/);
    expect(b.status).toBe(2);
    const c = await erlts(['-eval', 'halt()', 'x.erl'], cwd);
    expect(c.stderr).toMatch(/^erlts run: -s, -run, -eval and -noshell are for running without FILE/);
    expect(c.status).toBe(2);
  });
});
