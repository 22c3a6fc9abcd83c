// `erlts shell` fed from a pipe, against what `erl` printed for the same input
// (test/shell/pipe/<name>.in -> <name>.out, recorded by scripts/record-shell.sh). Each
// input runs in this process (a fresh node per input, as ErlangRuntime gives), in a
// scratch copy of the directory as the current directory (c(Mod) writes there), as the
// recording did; then one runs through the real command line to check the CLI's path.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeHost } from '../../bin/node-host.js';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { bytesInput } from '../../runtime/proc/input.js';
import { normaliseShell } from './normalise.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = join(here, 'pipe');
const root = join(here, '..', '..');
const inputs = readdirSync(dir).filter((f) => f.endsWith('.in')).sort();

async function runShell(input: Uint8Array): Promise<{ out: string; status: number }> {
  const cwd = mkdtempSync(join(tmpdir(), 'erlts-shell-'));
  for (const f of readdirSync(dir)) if (f.endsWith('.erl')) copyFileSync(join(dir, f), join(cwd, f));
  const old = process.cwd();
  process.chdir(cwd);
  try {
    return await runIn(input, cwd);
  } finally {
    process.chdir(old);
    rmSync(cwd, { recursive: true, force: true });
  }
}

async function runIn(input: Uint8Array, cwd: string): Promise<{ out: string; status: number }> {
  let out = '';
  const rt = new ErlangRuntime({
    host: nodeHost(cwd),
    searchPath: [cwd],
    stdout: (s) => (out += s),
    stderr: (s) => (out += s),
    stdin: bytesInput(input),
  });
  const r = await rt.run('shell', 'start', []);
  return { out, status: r.kind === 'halt' ? r.status : r.kind === 'return' ? 0 : 127 };
}

describe('erlts shell from a pipe, as erl', () => {
  for (const f of inputs) {
    const name = f.slice(0, -3);
    it(name, async () => {
      const expected = join(dir, `${name}.out`);
      if (!existsSync(expected)) throw new Error(`${name}: not recorded (scripts/record-shell.sh test/shell/pipe/${f})`);
      const { out, status } = await runShell(readFileSync(join(dir, f)));
      expect(normaliseShell(out)).toBe(normaliseShell(readFileSync(expected, 'latin1')));
      expect(status).toBe(0);
    });
  }

  it('runs through the command line (dist/bin/erlts.js)', () => {
    const cli = join(root, 'dist', 'bin', 'erlts.js');
    const r = spawnSync('node', [cli, 'shell'], { input: '1+1.\nX = 2.\nX + 1.\n', encoding: 'latin1', timeout: 30000 });
    expect(r.stdout).toMatch(/^Eshell V[\d.]+  \(abort with \^G\)\n1> 2\n2> 2\n3> 3\n4> \*\*\* Terminating erlang \(nonode@nohost\)\n$/);
    expect(r.status).toBe(0);
  });

  it('rejects a bad option with one line and status 2', () => {
    const cli = join(root, 'dist', 'bin', 'erlts.js');
    const r = spawnSync('node', [cli, 'shell', '-bogus'], { input: '', encoding: 'utf8', timeout: 30000 });
    expect(r.stderr).toBe('erlts shell: unknown option -bogus (usage: erlts shell [-pa DIR]...)\n');
    expect(r.status).toBe(2);
  });
});
