// End-to-end: Erlang source -> lowering -> JS -> run, compared with real OTP output
// recorded by erl/record.sh into erl/expected.txt.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { nodeHost } from '../../bin/node-host.js';
import { writeTerm } from '../../runtime/term/print.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'erl');
const expected = Object.fromEntries(
  readFileSync(join(dir, 'expected.txt'), 'latin1').trim().split('\n').map((l) => {
    const i = l.indexOf(' ');
    return [l.slice(0, i), l.slice(i + 1)];
  }),
);

describe('e2e from .erl', () => {
  const rt = new ErlangRuntime({ host: nodeHost(dir), searchPath: ['.'] });
  for (const [name, want] of Object.entries(expected)) {
    it(name, async () => {
      const [m, f] = name.split(':') as [string, string];
      const o = await rt.run(m, f, []);
      const got = o.kind === 'return' ? writeTerm(o.value) : o.kind === 'exception' ? `EXC ${o.cls} ${writeTerm(o.reason)} ${writeTerm(o.stack)}` : `HALT ${o.status}`;
      expect(got).toBe(want);
    });
  }
});
