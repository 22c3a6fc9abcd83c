// The compile cache of `erlts run` (bin/compile-cache.ts): a script found there runs
// exactly as a compiled one, and an entry is never used once anything the compiler saw
// has changed (the script, a header it read, a header it looked for and did not find,
// the compiler), nor when it is corrupt. In-process through runEscript, plus a few runs
// of the built CLI for the command-line side (--no-cache, ERLTS_NO_CACHE, concurrent
// writers, an unusable directory, the bundled launcher).
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompilerHost } from '../../compiler/host.js';
import { nodeHost } from '../../bin/node-host.js';
import { cacheDir, fileCompileCache } from '../../bin/compile-cache.js';
import { runEscript, type CompileCache } from '../../runtime/escript.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cases = join(root, 'test', 'escript', 'cases');
const work = mkdtempSync(join(tmpdir(), 'erlts-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A cache that counts the compilations it could not avoid. */
function counting(dir: string, fingerprint?: string): { cache: CompileCache; compiled: () => number } {
  const inner = fileCompileCache(dir, fingerprint)!;
  let n = 0;
  return {
    cache: {
      compile: (file, source, options, host, compile) =>
        inner.compile(file, source, options, host, (h: CompilerHost) => {
          n++;
          return compile(h);
        }),
    },
    compiled: () => n,
  };
}

async function run(file: string, cache: CompileCache | null, args: string[] = []) {
  let out = '';
  let err = '';
  const status = await runEscript(file, args, { host: nodeHost(), stdout: (s) => (out += s), stderr: (s) => (err += s), cache });
  return { status, out, err };
}

const entries = (dir: string) => readdirSync(join(dir, 'run'));

describe('the compile cache (in process)', () => {
  it('gives every recorded escript case the same output from the cache as compiled', async () => {
    const dir = join(work, 'cases');
    const c = counting(dir);
    const names = readdirSync(cases).filter((f) => f.endsWith('.escript'));
    for (const name of names) {
      const file = join(cases, name);
      const fresh = await run(file, null, ['a', 'b c']);
      const first = await run(file, c.cache, ['a', 'b c']);
      const second = await run(file, c.cache, ['a', 'b c']);
      expect(first, name).toEqual(fresh);
      expect(second, name).toEqual(fresh);
    }
    // Each script compiled once, except those with errors: those are compiled (and
    // their diagnostics printed, caret and all) on every run.
    const failing = names.filter((n) => readFileSync(join(cases, n.replace(/\.escript$/, '.stderr')), 'latin1').includes('There were compilation errors'));
    expect(failing.length).toBeGreaterThan(0);
    expect(c.compiled()).toBe(names.length + failing.length);
    expect(entries(dir)).toHaveLength(names.length - failing.length);
  });

  it('is invalidated by an edit of the script, of a header, or by a header that appears', async () => {
    const dir = join(work, 'edits');
    const src = join(work, 'src');
    mkdirSync(join(src, 'inc'), { recursive: true });
    const script = join(src, 'edits.erl');
    const write = (body: string) => writeFileSync(script, `#!/usr/bin/env escript\n-include("h.hrl").\n${body}`);
    writeFileSync(join(src, 'h.hrl'), '-define(V, one).\n');
    write('main(_) -> io:format("~p~n", [?V]).\n');
    const c = counting(dir);
    expect((await run(script, c.cache)).out).toBe('one\n');
    expect((await run(script, c.cache)).out).toBe('one\n');
    expect(c.compiled()).toBe(1);
    write('main(_) -> io:format("~p ~p~n", [?V, ?V]).\n');
    expect((await run(script, c.cache)).out).toBe('one one\n');
    expect(c.compiled()).toBe(2);
    writeFileSync(join(src, 'h.hrl'), '-define(V, two).\n');
    expect((await run(script, c.cache)).out).toBe('two two\n');
    expect((await run(script, c.cache)).out).toBe('two two\n');
    expect(c.compiled()).toBe(3);
    // Back to an earlier text: compiled again (one entry per file, the last one).
    write('main(_) -> io:format("~p~n", [?V]).\n');
    expect((await run(script, c.cache)).out).toBe('two\n');
    expect(c.compiled()).toBe(4);
    expect(entries(dir)).toHaveLength(1);
    // -include_lib looks for the application beside the script first (a directory not
    // there yet), then in the lib roots: once it is there, its header is the one used.
    write('-include_lib("kernel/include/file.hrl").\n-ifdef(LOCAL).\nmain(_) -> io:format("local~n").\n-else.\nmain(_) -> io:format("lib~n").\n-endif.\n');
    expect((await run(script, c.cache)).out).toBe('lib\n');
    expect((await run(script, c.cache)).out).toBe('lib\n');
    expect(c.compiled()).toBe(5);
    mkdirSync(join(src, 'kernel', 'include'), { recursive: true });
    writeFileSync(join(src, 'kernel', 'include', 'file.hrl'), '-define(LOCAL, 1).\n');
    expect((await run(script, c.cache)).out).toBe('local\n');
    expect(c.compiled()).toBe(6);
  });

  it("prints a cached script's warnings on every run, as escript does", async () => {
    const c = counting(join(work, 'warnings'));
    const script = join(work, 'warn.erl');
    writeFileSync(script, '#!/usr/bin/env escript\n-mode(compile).\nmain(_) -> X = 1, io:format("w~n").\n');
    const fresh = await run(script, null);
    expect(fresh.out).toContain("warn.erl:3:12: Warning: variable 'X' is unused");
    expect(await run(script, c.cache)).toEqual(fresh);
    expect(await run(script, c.cache)).toEqual(fresh);
    expect(c.compiled()).toBe(1);
  });

  it('runs a script whose compile result is not JSON (a bigint in it) uncached, never crashing', async () => {
    const c = counting(join(work, 'bigint'));
    const script = join(work, 'bigint.erl');
    writeFileSync(script, '#!/usr/bin/env escript\n-mode(compile).\nmain(_) -> io:format("x~n", [1]).\n');
    const fresh = await run(script, null);
    expect(fresh.status).toBe(127);
    expect(fresh.err).toContain('escript: exception error: bad argument');
    expect(await run(script, c.cache)).toEqual(fresh);
    expect(await run(script, c.cache)).toEqual(fresh);
  });

  it('keeps the modules a script loads from the code path (-pa) too', async () => {
    const dir = join(work, 'pa');
    const src = join(work, 'pa-src');
    mkdirSync(join(src, 'lib'), { recursive: true });
    const script = join(src, 'main.erl');
    writeFileSync(script, '#!/usr/bin/env escript\nmain(_) -> io:format("~p~n", [pa_helper:f()]).\n');
    const helper = join(src, 'lib', 'pa_helper.erl');
    writeFileSync(helper, '-module(pa_helper).\n-export([f/0]).\nf() -> one.\n');
    const c = counting(dir);
    const go = async () => {
      let out = '';
      await runEscript(script, [], { host: nodeHost(), stdout: (s) => (out += s), stderr: (s) => (out += s), searchPath: [join(src, 'lib')], cache: c.cache });
      return out;
    };
    expect(await go()).toBe('one\n');
    expect(c.compiled()).toBe(2);
    expect(await go()).toBe('one\n');
    expect(c.compiled()).toBe(2);
    writeFileSync(helper, '-module(pa_helper).\n-export([f/0]).\nf() -> two.\n');
    expect(await go()).toBe('two\n');
    expect(c.compiled()).toBe(3);
    // A module that does not compile: its errors on every run, then undef.
    writeFileSync(helper, '-module(pa_helper).\n-export([f/0]).\nf() -> X.\n');
    const bad = await go();
    expect(bad).toContain("pa_helper.erl:3:8: variable 'X' is unbound");
    expect(await go()).toBe(bad);
    expect(c.compiled()).toBe(5);
  });

  it('is invalidated by another compiler', async () => {
    const dir = join(work, 'fingerprint');
    const script = join(cases, 'ok.escript');
    const a = counting(dir, 'compiler-a');
    await run(script, a.cache);
    await run(script, a.cache);
    expect(a.compiled()).toBe(1);
    const b = counting(dir, 'compiler-b');
    const r = await run(script, b.cache, ['x']);
    expect(r).toEqual(await run(script, null, ['x']));
    expect(b.compiled()).toBe(1);
    // One entry per file, whichever compiler wrote it last.
    expect(entries(dir)).toHaveLength(1);
    await run(script, a.cache);
    expect(a.compiled()).toBe(2);
    await run(script, a.cache);
    expect(a.compiled()).toBe(2);
  });

  it('ignores a corrupt entry and compiles the script again', async () => {
    const dir = join(work, 'corrupt');
    const script = join(cases, 'listarg.escript');
    const expected = await run(script, null, ['q']);
    const c = counting(dir);
    await run(script, c.cache, ['q']);
    const [name] = entries(dir);
    const path = join(dir, 'run', name!);
    const good = readFileSync(path, 'utf8');
    const damaged = [
      '',
      good.slice(0, good.length >> 1),
      'null',
      '[1,2]',
      JSON.stringify({ ...JSON.parse(good), reads: 7 }),
      // the compiled code changed, its checksum not
      good.replace('io', 'xx'),
      // a consistent entry whose code does not load
      (() => {
        const e = JSON.parse(good);
        e.value.compiled.body = 'this is not javascript (';
        e.sum = 'wrong';
        return JSON.stringify(e);
      })(),
    ];
    let compiles = 1;
    for (const text of damaged) {
      writeFileSync(path, text);
      expect(await run(script, c.cache, ['q'])).toEqual(expected);
      expect(c.compiled()).toBe(++compiles);
      // ... and the entry written again is good.
      expect(await run(script, c.cache, ['q'])).toEqual(expected);
      expect(c.compiled()).toBe(compiles);
    }
  });

  it('takes its directory from the environment', () => {
    expect(cacheDir({ ERLTS_CACHE_DIR: '/x/y', XDG_CACHE_HOME: '/c' })).toBe('/x/y');
    expect(cacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/erlts');
    expect(cacheDir({ HOME: '/h' })).toMatch(/\/\.cache\/erlts$/);
    expect(cacheDir({ ERLTS_NO_CACHE: '1', ERLTS_CACHE_DIR: '/x' })).toBeNull();
    expect(cacheDir({ ERLTS_NO_CACHE: '0', ERLTS_CACHE_DIR: '/x' })).toBe('/x');
  });
});

const cli = join(root, 'dist', 'bin', 'erlts.js');
const launch = join(root, 'dist', 'bin', 'launch.cjs');

function erlts(script: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: cases, encoding: 'latin1', timeout: 60_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(cli))('the compile cache (built CLI)', () => {
  it('is not used with --no-cache or ERLTS_NO_CACHE, nor when the directory is unusable', () => {
    const dir = join(work, 'cli');
    const expected = erlts(cli, ['run', 'compile_error.escript'], { ERLTS_NO_CACHE: '1' });
    expect(expected.status).toBe(127);
    expect(expected.stdout).toContain('compile_error.escript:4:12: variable');
    expect(erlts(cli, ['run', '--no-cache', 'ok.escript'], { ERLTS_CACHE_DIR: dir }).status).toBe(0);
    expect(erlts(cli, ['run', 'ok.escript'], { ERLTS_CACHE_DIR: dir, ERLTS_NO_CACHE: '1' }).status).toBe(0);
    expect(existsSync(dir)).toBe(false);
    // A "directory" under a file: nothing can be written there.
    writeFileSync(join(work, 'file'), '');
    const r = erlts(cli, ['run', 'ok.escript', 'x'], { ERLTS_CACHE_DIR: join(work, 'file', 'sub') });
    expect(r).toEqual(erlts(cli, ['run', 'ok.escript', 'x'], { ERLTS_NO_CACHE: '1' }));
    // A script with errors prints them on every run.
    for (let i = 0; i < 2; i++) expect(erlts(cli, ['run', 'compile_error.escript'], { ERLTS_CACHE_DIR: dir })).toEqual(expected);
  });

  it('survives concurrent writers: every run right, the entry whole, no temporary files left', async () => {
    const dir = join(work, 'concurrent');
    const expected = erlts(cli, ['run', 'listarg.escript', 'p'], { ERLTS_NO_CACHE: '1' });
    const one = () =>
      new Promise<string>((done) => {
        const p = spawn(process.execPath, [cli, 'run', 'listarg.escript', 'p'], { cwd: cases, env: { ...process.env, ERLTS_CACHE_DIR: dir } });
        let out = '';
        p.stdout.on('data', (d: Buffer) => (out += d.toString('latin1')));
        p.on('close', () => done(out));
      });
    const outs = await Promise.all([one(), one(), one(), one()]);
    for (const o of outs) expect(o).toBe(expected.stdout);
    const files = entries(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{16}\.json$/);
    expect(() => JSON.parse(readFileSync(join(dir, 'run', files[0]!), 'utf8'))).not.toThrow();
  });

  it.skipIf(!existsSync(launch))('runs from the cache in the bundled launcher as compiled', () => {
    const dir = join(work, 'launch');
    for (const name of ['ok.escript', 'badarith.escript', 'compile_error.escript']) {
      const expected = erlts(cli, ['run', name, 'y'], { ERLTS_NO_CACHE: '1' });
      for (let i = 0; i < 2; i++) expect(erlts(launch, ['run', name, 'y'], { ERLTS_CACHE_DIR: dir })).toEqual(expected);
    }
    expect(entries(dir)).toHaveLength(2);
  });
});
