// The native half of module `os` beside the clocks (runtime/proc/bifs.ts): the
// environment (getenv, putenv, unsetenv, env), cmd/1,2 (run through /bin/sh, output
// collected synchronously), type/0, version/0 and getpid/0. find_executable/1,2 is
// Erlang (stdlib/src/os.erl).
//
// Environment names and values are strings (flat lists of characters, UTF-8 in the
// process environment); a bad one is badarg with the `erl_kernel_errors` error_info OTP
// 25 gives these NIFs.
import { nodeChildProcess } from '../host/builtins.js';
import * as nodeOs from 'node:os';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { ErlangError } from '../term/errors.js';
import { atomName, Cons, isAtom, NIL, type Term } from '../term/types.js';
import { mapFromPairs, ErlMap } from '../term/map.js';
import { fromArray, fromString } from '../term/list.js';
import { registerNative } from './registry.js';

function kernelBadarg(): never {
  const e = new ErlangError('error', 'badarg');
  e.location = new Cons(['error_info', mapFromPairs([['module', 'erl_kernel_errors']])], NIL);
  throw e;
}

/** A (possibly deep) list of characters, or badarg. */
function str(t: Term): string {
  const s = deepChars(t);
  if (s === undefined) kernelBadarg();
  return s;
}

function envName(t: Term): string {
  const s = str(t);
  if (s.includes('\0')) kernelBadarg();
  return s;
}

// A host without a process environment (a browser) starts with an empty one.
const noProcessEnv: Record<string, string | undefined> = {};
const env = (): Record<string, string | undefined> => (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? noProcessEnv;

function getenv(name: Term): Term {
  const n = envName(name);
  if (n.includes('=')) kernelBadarg();
  if (n === '') return false;
  const v = env()[n];
  return v === undefined ? false : fromString(v);
}

/** os:cmd/1,2: the command's standard output, as the bytes it wrote. */
function cmd(c: Term, opts: Term): Term {
  let text: string | undefined;
  if (isAtom(c)) text = atomName(c);
  else text = deepChars(c);
  if (text === undefined || text.includes('\0')) kernelBadarg();
  let max = Infinity;
  if (!(opts instanceof ErlMap)) kernelBadarg();
  const m = opts.get('max_size');
  // Not checked by OTP: anything but a non-negative integer is no limit.
  if (typeof m === 'number' && Number.isInteger(m) && m >= 0) max = m;
  // As OTP: `sh -s unix:cmd` reads "(Cmd\n) </dev/null" on its standard input, and its
  // standard error goes with its standard output (one file here, so that they
  // interleave as written).
  const dir = fs.mkdtempSync(join(nodeOs.tmpdir(), 'erlts-cmd-'));
  const outFile = join(dir, 'out');
  const fd = fs.openSync(outFile, 'w+');
  let out: Buffer;
  try {
    nodeChildProcess().spawnSync('/bin/sh', ['-s', 'unix:cmd'], { input: '(' + text + '\n) </dev/null\n', stdio: ['pipe', fd, fd] });
    out = fs.readFileSync(outFile);
  } finally {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const bytes = out.subarray(0, Math.min(out.length, max));
  // The output is read as UTF-8 when it is UTF-8, else as bytes.
  try {
    return fromString(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    let l: Term = NIL;
    for (let i = bytes.length - 1; i >= 0; i--) l = new Cons(bytes[i]!, l);
    return l;
  }
}

/** A deep list of characters as a string (os:cmd's command), or undefined. */
function deepChars(t: Term): string | undefined {
  const cs: number[] = [];
  const walk = (x: Term): boolean => {
    let l = x;
    while (l instanceof Cons) {
      const h: Term = l.hd;
      if (typeof h === 'number') {
        if (h < 0 || h > 0x10ffff) return false;
        cs.push(h);
      } else if (!(h instanceof Cons || h === NIL) || !walk(h)) return false;
      l = l.tl;
    }
    return l === NIL;
  };
  return walk(t) ? String.fromCodePoint(...cs) : undefined;
}

function version(): Term {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(nodeOs.release());
  if (m === null) return fromString(nodeOs.release());
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

export function registerOsBifs(): void {
  registerNative('os', {
    'getenv/0': () => fromArray(Object.entries(env()).map(([k, v]) => fromString(`${k}=${v ?? ''}`))),
    'getenv/1': getenv,
    'putenv/2': (k, v) => {
      const n = envName(k);
      const val = str(v);
      if (n.includes('=') || val.includes('\0')) kernelBadarg();
      if (n !== '') env()[n] = val;
      return true;
    },
    'unsetenv/1': (k) => {
      const n = envName(k);
      if (n.includes('=')) kernelBadarg();
      delete env()[n];
      return true;
    },
    'env/0': () => fromArray(Object.entries(env()).map(([k, v]) => [fromString(k), fromString(v ?? '')])),
    'cmd/1': (c) => cmd(c, mapFromPairs([])),
    'cmd/2': cmd,
    'type/0': () => ['unix', 'linux'],
    'version/0': version,
    'getpid/0': () => fromString(String(process.pid)),
  });
}
