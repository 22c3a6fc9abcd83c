// Shared by the distribution tests: a private EPMD (ours, in the test process, on a
// free loopback port), nodes as child processes (erl and `erlts run`), each killed
// by its pid when the test ends and each with a time limit of its own.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EpmdServer, names } from '../../runtime/dist/epmd.js';

export const ROOT = path.resolve(__dirname, '../..');
export const ERLTS = path.join(ROOT, 'dist/bin/erlts.js');
export const ERL_DIR = path.join(__dirname, 'erl');
export const HOST = os.hostname().split('.')[0]!;
export const hasErl = spawnSync('erl', ['-version'], { stdio: 'ignore' }).status === 0;
export const hasBuild = existsSync(ERLTS);
/** `-sname` needs this machine's short host name to resolve. */
export const hostResolves = spawnSync('getent', ['hosts', HOST], { stdio: 'ignore' }).status === 0;

/** Why a test of nodes cannot run here, or undefined. */
export function skipReason(needErl = true): string | undefined {
  if (needErl && !hasErl) return 'erl is not on the PATH';
  if (!hasBuild) return 'dist/bin/erlts.js is not built (npm run build)';
  if (!hostResolves) return `the host name ${HOST} does not resolve (needed by -sname)`;
  return undefined;
}

export interface Node {
  name: string;
  proc: ChildProcess;
  out: string;
  done: Promise<number | null>;
}

export class Cluster {
  epmd: EpmdServer | null = null;
  readonly nodes: Node[] = [];
  readonly cookie = 'c' + Math.random().toString(36).slice(2);
  beams = '';

  async start(): Promise<void> {
    this.epmd = await EpmdServer.start(0);
    if (this.epmd === null) throw new Error('no EPMD port');
  }

  get env(): NodeJS.ProcessEnv {
    return { ...process.env, ERL_EPMD_PORT: String(this.epmd!.port) };
  }

  /** Compiles the test's Erlang helpers for erl (once). */
  compile(): string {
    if (this.beams !== '') return this.beams;
    this.beams = mkdtempSync(path.join(os.tmpdir(), 'erlts-dist-'));
    const r = spawnSync('erlc', ['-o', this.beams, ...['dist_peer', 'dist_terms', 'dist_client', 'dist_gpeer', 'dist_gdrv', 'dist_gdrv3', 'dist_pinfo', 'dist_gpop'].map((m) => path.join(ERL_DIR, m + '.erl'))]);
    if (r.status !== 0) throw new Error('erlc: ' + r.stderr.toString());
    return this.beams;
  }

  private run(name: string, cmd: string, args: string[], limitMs: number, extraEnv: NodeJS.ProcessEnv = {}): Node {
    const proc = spawn(cmd, args, { env: { ...this.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    const n: Node = { name, proc, out: '', done: Promise.resolve(null) };
    proc.stdout!.on('data', (c: Buffer) => (n.out += c.toString('latin1')));
    proc.stderr!.on('data', (c: Buffer) => (n.out += c.toString('latin1')));
    const timer = setTimeout(() => proc.kill('SIGKILL'), limitMs);
    n.done = new Promise((resolve) => proc.on('exit', (code) => (clearTimeout(timer), resolve(code))));
    this.nodes.push(n);
    return n;
  }

  /** `erl -sname Name` running Eval. */
  erl(short: string, evalExpr: string, limitMs = 60000, extra: string[] = []): Node {
    return this.run(`${short}@${HOST}`, 'erl', ['-sname', short, '-setcookie', this.cookie, '-start_epmd', 'false', '-noshell',
      '-pa', this.compile(), ...extra, '-eval', evalExpr], limitMs);
  }

  /** `erlts run -sname Name [OPTS] FILE ARGS`. */
  erlts(short: string, file: string, args: string[], limitMs = 60000, extraEnv: NodeJS.ProcessEnv = {}, opts: string[] = []): Node {
    return this.run(`${short}@${HOST}`, process.execPath, [ERLTS, 'run', '-sname', short, '-setcookie', this.cookie, '-pa', ERL_DIR,
      ...opts, path.join(ERL_DIR, file), ...args], limitMs, extraEnv);
  }

  /** Resolves once `short` is registered with our EPMD. */
  async registered(short: string, limitMs = 20000): Promise<void> {
    const t0 = Date.now();
    while (Date.now() - t0 < limitMs) {
      const l = await names('127.0.0.1', this.epmd!.port).catch(() => []);
      if (l.some(([n]) => n === short)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${short} never registered`);
  }

  stop(): void {
    for (const n of this.nodes) if (n.proc.exitCode === null) n.proc.kill('SIGKILL');
    this.epmd?.close();
  }
}

/** A unique short node name for this test process. */
export function nodeName(tag: string): string {
  return `t${process.pid}_${tag}`;
}
