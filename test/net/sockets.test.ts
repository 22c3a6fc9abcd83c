// Socket behaviour beyond what the conformance programs (test/conformance/net) show:
// passive flow control holds a fast writer back, and the node's sockets close when
// it stops (bench/erl and test/net/erl/net_checks.erl).
import { expect, it } from 'vitest';
import * as net from 'node:net';
import { fileURLToPath } from 'node:url';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { nodeHost } from '../../bin/node-host.js';
import { writeTerm } from '../../runtime/term/print.js';

const dir = fileURLToPath(new URL('./erl/', import.meta.url));

async function call(fn: string, args: unknown[]): Promise<string> {
  const rt = new ErlangRuntime({ host: nodeHost(dir), searchPath: [dir] });
  expect(rt.loadFile('net_checks.erl').ok).toBe(true);
  const o = await rt.run('net_checks', fn, args as never[]);
  expect(o.kind).toBe('return');
  return o.kind === 'return' ? writeTerm(o.value) : '';
}

it('a writer to a reader that does not read waits in send, and every byte arrives', async () => {
  // 64 MB cannot fit in the kernel's buffers and the 64 KB read-ahead: without flow
  // control the sends would all return at once (Node would queue them in memory).
  expect(await call('backpressure', [64])).toBe('{true,67108864,true,ok}');
}, 60_000);

it('a recv that timed out leaves later data for the next recv', async () => {
  expect(await call('late_data', [])).toBe('{{error,timeout},{ok,<<108,97,116,101>>},{error,timeout}}');
});

it('sockets left open close when the node stops', async () => {
  const port = Number(await call('left_open', []));
  const err = await new Promise<string>((resolve) => {
    const c = net.connect({ host: '127.0.0.1', port }, () => {
      c.destroy();
      resolve('connected');
    });
    c.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
  expect(err).toBe('ECONNREFUSED');
});
