// Node's built-in modules that only some programs need (sockets, distribution, os:cmd, crypto), loaded on
// first use rather than when the runtime starts: `node:net`, `node:dgram`, `node:dns`,
// `node:child_process` (which loads net) and `node:crypto` with their dependencies cost every `erlts run`
// a few milliseconds of start-up otherwise (docs/cli-startup.md). `process.getBuiltinModule` (Node >= 20.16) loads them
// synchronously. In a browser there is no such module: `net` and `dns` are the
// in-memory loopback of memnet.ts (gen_tcp between processes of the page), `dgram` a
// socket that cannot bind (gen_udp answers enotsup), and the others fail with an error
// that says so (code ENOTSUP).
import type * as Net from 'node:net';
import type * as Dgram from 'node:dgram';
import type * as Dns from 'node:dns';
import type * as ChildProcess from 'node:child_process';
import type * as Crypto from 'node:crypto';

import { memdgram, memdns, memnet } from './memnet.js';

type Loader = { getBuiltinModule?: (name: string) => unknown };

/** What a host without Node's modules gets instead. */
const standIns: Record<string, unknown> = { 'node:net': memnet, 'node:dns': memdns, 'node:dgram': memdgram };
/** Set by tests to run the stand-ins under Node (useStandIns). */
const forced = new Set<string>();

/** Tests: from now on (on = true) `name` is the in-memory stand-in even under Node. */
export function useStandIn(name: 'node:net' | 'node:dns' | 'node:dgram', on: boolean): void {
  if (on) forced.add(name);
  else forced.delete(name);
}

function builtin<T>(name: string): () => T {
  let m: T | undefined;
  return () => {
    if (forced.has(name)) return standIns[name] as T;
    if (m !== undefined) return m;
    const p = (globalThis as { process?: Loader }).process;
    if (p === undefined || typeof p.getBuiltinModule !== 'function') {
      if (name in standIns) return (m = standIns[name] as T);
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
