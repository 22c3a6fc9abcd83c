// The installed `erlts` command is dist/bin/launch.cjs (bin/launch.ts as one CommonJS
// file; dist/bin/launch.js is the same as an ES module): the bundled CLI
// (dist/bin/erlts.cjs) run with a V8 code cache beside it. It must behave exactly as
// dist/bin/erlts.js, with a fresh cache, a cache it wrote itself, and a corrupt one.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
});
