// The installed `erlts` command is dist/bin/launch.cjs (bin/launch.ts as one CommonJS
// file; dist/bin/launch.js is the same as an ES module): the bundled CLI
// (dist/bin/erlts.cjs) run with a V8 code cache beside it. It must behave exactly as
// dist/bin/erlts.js, with a fresh cache, a cache it wrote itself, and a corrupt one.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from '../../bin/node-flags.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const launchCjs = join(root, 'dist', 'bin', 'launch.cjs');
const launch = join(root, 'dist', 'bin', 'launch.js');
const plain = join(root, 'dist', 'bin', 'erlts.js');
const cache = join(root, 'dist', 'bin', 'erlts.cjs.cache');

function node(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'latin1', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(launchCjs) || !existsSync(join(root, 'dist', 'bin', 'erlts.cjs')))('dist/bin/launch.cjs', () => {
  it("is the package's command", () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { erlts: string } };
    expect(join(root, pkg.bin.erlts)).toBe(launchCjs);
  });

  it('runs like dist/bin/erlts.js, whatever state the code cache is in', () => {
    const args = ['run', 'test/escript/cases/badarith.escript', 'x'];
    const expected = node(plain, args);
    expect(expected.status).toBe(127);
    writeFileSync(cache, 'not a code cache');
    for (let i = 0; i < 3; i++) expect(node(i === 1 ? launch : launchCjs, args)).toEqual(expected);
    rmSync(cache, { force: true });
    expect(node(launchCjs, args)).toEqual(expected);
    expect(existsSync(cache)).toBe(true);
    expect(node(launchCjs, ['test', 'test/eunit/cases/eut_two.erl'])).toEqual(node(plain, ['test', 'test/eunit/cases/eut_two.erl']));
    const bad = node(launchCjs, ['frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it("gives Node bin/node-flags.ts's NODE_FLAGS by its shebang line", async () => {
    expect(readFileSync(launchCjs, 'utf8').split('\n')[0]).toBe(`#!/usr/bin/env -S node ${NODE_FLAGS.join(' ')}`);
    expect(readFileSync(plain, 'utf8').split('\n')[0]).toBe(`#!/usr/bin/env -S node ${NODE_FLAGS.join(' ')}`);
    if (process.platform !== 'linux') return;
    // Started as a user starts it, the Node process running the script has them on its
    // command line (env execs node, so the pid is Node's).
    const dir = mkdtempSync(join(tmpdir(), 'erlts-flags-'));
    try {
      const script = join(dir, 'wait.escript');
      writeFileSync(script, '#!/usr/bin/env escript\nmain(_) -> io:format("ready~n"), receive after 10000 -> ok end.\n');
      const child = spawn(launchCjs, ['run', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        await new Promise<void>((resolve, reject) => {
          child.stdout!.on('data', (c: Buffer) => c.toString().includes('ready') && resolve());
          child.on('exit', (code) => reject(new Error(`exited with ${code} before it was ready`)));
        });
        const argv = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
        expect(argv.slice(1, 1 + NODE_FLAGS.length)).toEqual([...NODE_FLAGS]);
        expect(argv[1 + NODE_FLAGS.length]).toBe(launchCjs);
      } finally {
        child.kill();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
