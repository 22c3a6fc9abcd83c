// The EPMD a node starts when none answers is a process of its own (as erl starts
// `epmd -daemon`): the node that started it can end and the others stay registered.
// A starts it, B registers, A is killed, C still finds B by name. The EPMD child stops
// by itself when idle (ERLTS_EPMD_IDLE seconds with no node); it is killed by its pid
// at the end of the test all the same.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { names } from '../../runtime/dist/epmd.js';
import { ERL_DIR, ERLTS, HOST, nodeName, skipReason } from './helpers.js';

const why = skipReason(false);
if (why !== undefined) console.warn(`SKIPPED: the EPMD daemon (${why})`);

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** The pid of the EPMD child serving `port` (its command line names the port). */
function daemonPid(port: number): number | undefined {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).stdout;
  const line = ps.split('\n').find((l) => l.includes(`epmd-daemon.js ${port}`));
  return line === undefined ? undefined : Number(line.trim().split(/\s+/)[0]);
}

describe.skipIf(why !== undefined)('distribution: the EPMD outlives the node that started it', () => {
  const procs: ChildProcess[] = [];
  let port = 0;
  afterAll(() => {
    for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
    const d = port === 0 ? undefined : daemonPid(port);
    if (d !== undefined) process.kill(d, 'SIGKILL');
  });

  const env = (): NodeJS.ProcessEnv => ({ ...process.env, ERL_EPMD_PORT: String(port), ERLTS_EPMD_IDLE: '20' });
  function node(short: string, file: string, args: string[] = []): { proc: ChildProcess; out: () => string; done: Promise<unknown> } {
    const proc = spawn(process.execPath, [ERLTS, 'run', '-sname', short, '-setcookie', 'epmdtest', path.join(ERL_DIR, file), ...args], {
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    procs.push(proc);
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), 40000);
    const done = new Promise((r) => proc.on('exit', () => (clearTimeout(timer), r(null))));
    return { proc, out: () => out, done };
  }
  async function registered(): Promise<string[]> {
    return (await names('127.0.0.1', port).catch(() => [] as [string, number][])).map(([n]) => n);
  }
  async function until(f: () => Promise<boolean>): Promise<void> {
    const t0 = Date.now();
    while (!(await f())) {
      if (Date.now() - t0 > 15000) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('A starts it, B registers, A ends, C still finds B', async () => {
    port = await freePort();
    const [a, b, c] = [nodeName('ea'), nodeName('eb'), nodeName('ec')];
    const na = node(a, 'dist_wait.erl');
    await until(async () => (await registered()).includes(a));
    const pid = daemonPid(port);
    expect(pid).toBeDefined();
    expect(pid).not.toBe(na.proc.pid);
    const nb = node(b, 'dist_wait.erl');
    await until(async () => (await registered()).includes(b));
    na.proc.kill('SIGKILL');
    await na.done;
    await until(async () => !(await registered()).includes(a));
    expect(await registered()).toEqual([b]);
    const nc = node(c, 'dist_ping.erl', [`${b}@${HOST}`]);
    await nc.done;
    expect(nc.out()).toBe('pong\n');
    expect(daemonPid(port)).toBe(pid);
    nb.proc.kill('SIGKILL');
  });

  it('stops by itself when no node registers, and at once when the port is taken', async () => {
    const daemon = path.join(path.dirname(ERLTS), '../runtime/dist/epmd-daemon.js');
    const p = await freePort();
    const run = (): Promise<number | null> =>
      new Promise((resolve) => {
        const d = spawn(process.execPath, [daemon, String(p)], { env: { ...process.env, ERLTS_EPMD_IDLE: '1' }, stdio: 'ignore' });
        procs.push(d);
        d.on('exit', (code) => resolve(code));
      });
    const first = run();
    await until(async () => (await names('127.0.0.1', p).then(() => true).catch(() => false)));
    expect(await run()).toBe(1); // the port is the first one's
    const t0 = Date.now();
    expect(await first).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

