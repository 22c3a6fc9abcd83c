// The TCP load test, small: bench/erl/tcp_echo.erl with 200 concurrent clients, each
// echoing 5 messages of 64 bytes through one erlts server over loopback. Every byte
// must come back; timing is the benchmark's business (npm run bench -- tcp_echo).
import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { nodeHost } from '../../bin/node-host.js';
import { writeTerm } from '../../runtime/term/print.js';

const dir = fileURLToPath(new URL('../../bench/erl/', import.meta.url));

it('200 concurrent clients echo every byte through one server', async () => {
  const rt = new ErlangRuntime({ host: nodeHost(dir), searchPath: [dir] });
  expect(rt.loadFile('tcp_echo.erl').ok).toBe(true);
  const o = await rt.run('tcp_echo', 'echo', [200, 5]);
  expect(o.kind).toBe('return');
  if (o.kind !== 'return') return;
  expect(writeTerm(o.value)).toBe('{200,1000,64000}');
}, 60_000);
