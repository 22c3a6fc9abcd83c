// `erlts bundle` (bin/bundle.ts, docs/bundle.md), built CLI (npm test builds dist/ first):
// a bundle of each example prints under `node out.js` what `erlts run` (and escript,
// where its output is recorded) prints, and the same in headless Chromium; an uncaught
// exception's stack trace names .erl lines in both; the bundle's source map maps the
// compiled functions to their .erl lines; bad command lines are one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SourceMapConsumer, type RawSourceMap } from 'source-map';
import { normaliseOutput } from '../conformance/normalise.js';
import { nodeHost } from '../../bin/node-host.js';
import { runEscript } from '../../runtime/escript.js';
import { CHROMIUM, evaluateInChromium, runInChromium, type BrowserRun } from './chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'bin', 'erlts.js');
const built = join(root, 'dist', 'bin', 'bundle.js');

interface Case {
  name: string;
  /** The bundle's arguments (after `bundle`). */
  args: string[];
  /** Arguments of main/1. */
  argv: string[];
  /** The entry as `erlts run` takes it. */
  script: string;
  /** escript's recorded stdout, where there is one. */
  recorded?: string;
  /** Compare with `escript` itself when it is installed. */
  escript?: boolean;
}

const hasEscript = spawnSync('escript', ['-h'], { encoding: 'utf8' }).error === undefined;

const cases: Case[] = [
  { name: 'hello', args: ['examples/hello/hello.erl'], argv: ['joe', 'mike'], script: 'examples/hello/hello.erl', escript: true },
  { name: 'door_lock', args: ['examples/door_lock/door_lock.erl'], argv: [], script: 'examples/door_lock/door_lock.erl', recorded: 'examples/door_lock/door_lock.stdout' },
  { name: 'kv_service', args: ['examples/kv_service/kv_demo.erl'], argv: [], script: 'examples/kv_service/kv_demo.erl' },
  { name: 'live_upgrade', args: ['examples/live_upgrade/upgrade.erl'], argv: [], script: 'examples/live_upgrade/upgrade.erl', recorded: 'test/code/live_upgrade.expected' },
  // A TCP chat server and three clients in one program: real loopback sockets under
  // Node, the in-memory loopback (runtime/host/memnet.ts) in a page.
  { name: 'chat_demo', args: ['examples/chat_server/chat.erl'], argv: ['demo'], script: 'examples/chat_server/chat.erl', recorded: 'examples/chat_server/chat_demo.stdout' },
  // A few programs of the net corpus (test/conformance/net), recorded from OTP.
  ...['net_echo_procs', 'net_econnreset', 'net_shutdown'].map((n) => ({
    name: n,
    args: [`test/conformance/net/${n}.erl`],
    argv: [],
    script: `test/conformance/net/${n}.erl`,
    recorded: `test/conformance/net/${n}.stdout`,
  })),
  { name: 'crasher', args: ['test/bundle/fixtures/crasher.erl', '--minify'], argv: ['a', 'b'], script: 'test/bundle/fixtures/crasher.erl' },
];

// All of them, live_upgrade included: in a page it writes, compiles and loads files in
// the bundle's in-memory file system.
const browserCases = cases;

let dir = '';
const made = new Map<string, { log: string }>();

async function erltsRun(script: string, argv: string[]) {
  let out = '';
  let err = '';
  const status = await runEscript(script, argv, { host: nodeHost(root), stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { out, err, status };
}

function nodeRun(file: string, argv: string[]) {
  const r = spawnSync(process.execPath, [file, ...argv], { cwd: root, encoding: 'latin1', timeout: 60_000 });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

const norm = (s: string) => normaliseOutput(s);

/** Runs f with process.stdout's writes dropped. */
async function quiet<T>(f: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await f();
  } finally {
    process.stdout.write = write;
  }
}

describe.skipIf(!existsSync(built))('erlts bundle (built CLI)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'erlts-bundle-'));
    // In this process: one esbuild service for all of them.
    const { bundleCommand } = (await import(pathToFileURL(built).href)) as typeof import('../../bin/bundle.js');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      for (const c of cases) {
        const minify = c.args.includes('--minify');
        const files = c.args.filter((a) => a !== '--minify');
        const out = join(dir, `${c.name}.js`);
        const write = process.stdout.write;
        let log = '';
        process.stdout.write = ((s: string) => ((log += s), true)) as typeof process.stdout.write;
        try {
          expect(await bundleCommand(files, { outfile: out, minify, includeModule: [], include: [], pa: [] })).toBe(0);
        } finally {
          process.stdout.write = write;
        }
        made.set(c.name, { log });
      }
      // examples/js_interop as a bundle of the API (--api), with the page script beside it.
      expect(await quiet(() => bundleCommand(['examples/js_interop/inventory.erl'], { api: true, outfile: join(dir, 'inventory.js'), includeModule: [], include: [], pa: [] }))).toBe(0);
      copyFileSync(join(root, 'examples/js_interop/page.mjs'), join(dir, 'page.mjs'));
    } finally {
      process.chdir(cwd);
    }
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports the size, gzip size and modules of each bundle', () => {
    const log = made.get('hello')!.log;
    expect(log).toMatch(/hello\.js {2}[\d.]+ (kB|MB) \(gzip [\d.]+ (kB|MB)\) {2}\d+ modules: 1 yours, \d+ stdlib\n$/);
    // Only the modules reached: no compiler for hello, the compiler for live_upgrade.
    expect(log).not.toContain('compiler');
    expect(made.get('live_upgrade')!.log).toContain('with the compiler');
    expect(made.get('kv_service')!.log).toContain('3 yours');
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: node out.js prints what erlts run prints', async (_n, c) => {
    const b = nodeRun(join(dir, `${c.name}.js`), c.argv);
    const r = await erltsRun(c.script, c.argv);
    expect(norm(b.out)).toBe(norm(r.out));
    expect(b.err).toBe(r.err);
    expect(b.status).toBe(r.status);
    if (c.recorded) expect(norm(b.out)).toBe(norm(readFileSync(join(root, c.recorded), 'latin1')));
    if (c.escript && hasEscript) {
      const e = spawnSync('escript', [c.script, ...c.argv], { cwd: root, encoding: 'latin1', timeout: 60_000 });
      expect({ out: b.out, status: b.status }).toEqual({ out: e.stdout, status: e.status });
    }
  });

  it('an uncaught exception names .erl files and lines, as escript prints it', () => {
    const b = nodeRun(join(dir, 'crasher.js'), ['a', 'b']);
    expect(b.status).toBe(127);
    expect(b.out).toBe('args: ["a","b"]\nsum: 6\n');
    expect(b.err.split('\n').slice(0, 5)).toEqual([
      'escript: exception error: no match of right hand side value 2',
      '  in function  crash_helper:inner/1 (test/bundle/fixtures/crash_helper.erl, line 16)',
      '  in call from crash_helper:step/1 (test/bundle/fixtures/crash_helper.erl, line 12)',
      '  in call from crash_helper:check/1 (test/bundle/fixtures/crash_helper.erl, line 8)',
      // crasher.erl has no shebang: escript skips its line 1 and numbers line 2 as 1.
      '  in call from crasher:main/1 (test/bundle/fixtures/crasher.erl, line 8)',
    ]);
  });

  it("the bundle's source map maps compiled functions to their .erl lines", async () => {
    const file = join(dir, 'crasher.js');
    const text = readFileSync(file, 'utf8');
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap;
    const lines = text.split('\n');
    // The line that raises in inner/1 (`ok = lists:nth(1, [N])`, crash_helper.erl:16),
    // the call of inner/1 in step/1 (line 12), a line of the runtime (TypeScript).
    const find = (re: RegExp, from = 0) => lines.findIndex((l, i) => i >= from && re.test(l)) + 1;
    const helper = find(/^"crash_helper": \["user"/);
    const raise = find(/rt\.fail\(\["badmatch"/, helper);
    const call = find(/F_inner_1\(/, find(/^function F_step_1\(/, helper));
    await SourceMapConsumer.with(map, null, (c) => {
      const at = (line: number) => c.originalPositionFor({ line, column: 0 });
      expect(at(raise)).toMatchObject({ source: expect.stringMatching(/test\/bundle\/fixtures\/crash_helper\.erl$/), line: 16 });
      expect(at(call)).toMatchObject({ source: expect.stringMatching(/crash_helper\.erl$/), line: 12 });
      expect(c.sourceContentFor(at(raise).source!)).toBe(readFileSync(join(root, 'test/bundle/fixtures/crash_helper.erl'), 'utf8'));
      // The runtime part keeps esbuild's mappings to the runtime's own files.
      expect(map.sources.some((s) => /runtime\/host\/bundle-main\.(ts|js)$/.test(s))).toBe(true);
    });
  });

  it('js_interop: a bundle of the API (--api) under Node prints what main.mjs prints', () => {
    const viaPackage = spawnSync(process.execPath, ['examples/js_interop/main.mjs'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const viaBundle = spawnSync(process.execPath, ['examples/js_interop/run-bundle.mjs', join(dir, 'inventory.js')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(viaPackage.stdout).toContain('kiwi: error {no_price,');
    expect({ out: viaBundle.stdout, err: viaBundle.stderr, status: viaBundle.status }).toEqual({ out: viaPackage.stdout, err: '', status: 0 });
    // It runs nothing by itself.
    expect(nodeRun(join(dir, 'inventory.js'), [])).toEqual({ out: '', err: '', status: 0 });
  });

  it('--api and --entry together are refused', () => {
    const r = spawnSync(process.execPath, [cli, 'bundle', '--api', '--entry', 'inventory', 'examples/js_interop/inventory.erl', '-o', join(dir, 'x.js')], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('erlts bundle: --api runs no entry: give --entry or --api, not both\n');
    expect(r.status).toBe(2);
  });

  it('the installed command (dist/bin/launch.cjs) bundles too', () => {
    const out = join(dir, 'launched.js');
    const r = spawnSync(process.execPath, [join(root, 'dist', 'bin', 'launch.cjs'), 'bundle', 'examples/hello/hello.erl', '-o', out], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(nodeRun(out, ['launch'])).toEqual({ out: 'Hello, launch!\n', err: '', status: 0 });
  });

  it('a bad command line is one line and a non-zero exit', () => {
    const r = spawnSync(process.execPath, [cli, 'bundle', 'examples/hello/hello.erl', '-o', join(dir, 'x.js'), '--entry', 'nosuch:main'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('erlts bundle: no file given defines module nosuch\n');
    expect(r.status).toBe(2);
    const r2 = spawnSync(process.execPath, [cli, 'bundle', 'examples/hello/hello.erl', '-o', join(dir, 'x.js'), '--entry', 'hello:nope'], { cwd: root, encoding: 'utf8' });
    expect(r2.stderr).toBe('erlts bundle: the entry hello:nope is not an exported function of arity 1 (the arguments) or 0\n');
    expect(r2.status).toBe(2);
    // A compile error: the diagnostic (the entry is compiled as escript does: without a
    // shebang its line 3 is line 2, as `escript broken.erl` says), then one line, exit 1.
    writeFileSync(join(dir, 'broken.erl'), '-module(broken).\n-export([main/1]).\nmain(_) -> X.\n');
    const r3 = spawnSync(process.execPath, [cli, 'bundle', 'broken.erl', '-o', 'x.js'], { cwd: dir, encoding: 'utf8' });
    expect(r3.stderr).toBe("broken.erl:2:12: variable 'X' is unbound\n%    2| main(_) -> X.\n%     |            ^\n\nerlts bundle: there were compilation errors\n");
    expect(r3.status).toBe(1);
  });

  describe.skipIf(!existsSync(CHROMIUM))(`in headless Chromium (skipped when ${CHROMIUM} is absent)`, () => {
    let runs = new Map<string, BrowserRun>();
    beforeAll(async () => {
      runs = await runInChromium(dir, browserCases.map((c) => ({ name: c.name, file: `${c.name}.js`, args: c.argv })));
    });

    it.each(browserCases.map((c) => [c.name, c] as const))('%s: the same output as under Node', (_n, c) => {
      const b = nodeRun(join(dir, `${c.name}.js`), c.argv);
      const w = runs.get(c.name)!;
      expect(w.pageErrors).toEqual([]);
      expect(norm(w.out)).toBe(norm(b.out));
      expect(w.err).toBe(b.err);
      expect(w.status).toBe(b.status);
      if (c.recorded) expect(norm(w.out)).toBe(norm(readFileSync(join(root, c.recorded), 'latin1')));
    });

    it('js_interop: page.mjs prints in a page what it prints under Node', async () => {
      const b = spawnSync(process.execPath, ['examples/js_interop/run-bundle.mjs', join(dir, 'inventory.js')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      // A string, not a function: vitest rewrites import() in this file's functions.
      const { value, pageErrors } = await evaluateInChromium<string>(dir, `(async () => {
        const { run } = await import('/page.mjs');
        await import('/inventory.js');
        let out = '';
        await run(globalThis.erlts, (line) => (out += line + '\\n'));
        return out;
      })()`);
      expect(pageErrors).toEqual([]);
      expect(b.stdout.split('\n').length).toBe(9);
      expect(value).toBe(b.stdout);
    });
  });
});
