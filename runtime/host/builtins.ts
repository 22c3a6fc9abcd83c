// Node's built-in modules that only some programs need (sockets, distribution, os:cmd, crypto), loaded on
// first use rather than when the runtime starts: `node:net`, `node:dgram`, `node:dns`,
// `node:child_process` (which loads net) and `node:crypto` with their dependencies cost every `erlts run`
// a few milliseconds of start-up otherwise (docs/cli-startup.md). `process.getBuiltinModule` (Node >= 20.16) loads them
// synchronously; in a browser there is no such module and the caller gets an error that
// says so.
import type * as Net from 'node:net';
import type * as Dgram from 'node:dgram';
import type * as Dns from 'node:dns';
import type * as ChildProcess from 'node:child_process';
import type * as Crypto from 'node:crypto';

type Loader = { getBuiltinModule?: (name: string) => unknown };

function builtin<T>(name: string): () => T {
  let m: T | undefined;
  return () => {
    if (m !== undefined) return m;
    const p = (globalThis as { process?: Loader }).process;
    if (p === undefined || typeof p.getBuiltinModule !== 'function') {
      const e = new Error(`${name} is not available in this host`) as Error & { code: string };
      e.code = 'ENOTSUP';
      throw e;
    }
    m = p.getBuiltinModule(name) as T;
    return m;
  };
}

export const nodeNet = builtin<typeof Net>('node:net');
export const nodeDgram = builtin<typeof Dgram>('node:dgram');
export const nodeDns = builtin<typeof Dns>('node:dns');
export const nodeChildProcess = builtin<typeof ChildProcess>('node:child_process');
export const nodeCrypto = builtin<typeof Crypto>('node:crypto');
