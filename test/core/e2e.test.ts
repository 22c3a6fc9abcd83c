// End to end through the lowering: every t_*/0 of erl/lower_e2e.erl compiled by erlts
// (lowering + code generation) and run, against what real OTP returned for it
// (erl/expected.txt, written by erl/record.escript: "Name ~w-of-result" or
// "Name EXC Class Reason Frames", the frames of lower_e2e with their lines). These exercise the decision trees, exports from case,
// comprehensions, bit syntax, records, maps, try/after, receive, funs and maybe.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { nodeHost } from '../../bin/node-host.js';
import { writeTerm } from '../../runtime/term/print.js';
import { Cons, type Term } from '../../runtime/term/types.js';

/** The frames of lower_e2e in a stack trace, as record.escript writes them. */
function frames(stack: Term): string {
  const out: string[] = [];
  for (let l = stack; l instanceof Cons; l = l.tl) {
    const fr = l.hd as readonly Term[];
    if (fr[0] !== 'lower_e2e') continue;
    let line = 'undefined';
    for (let p = fr[3]!; p instanceof Cons; p = p.tl) {
      const kv = p.hd as readonly Term[];
      if (kv[0] === 'line') line = writeTerm(kv[1]!);
    }
    out.push(`{${writeTerm(fr[1]!)},${writeTerm(fr[2]!)},${line}}`);
  }
  return `[${out.join(',')}]`;
}

const dir = join(import.meta.dirname, 'erl');
const expected = readFileSync(join(dir, 'expected.txt'), 'latin1').trim().split('\n').map((l) => {
  const i = l.indexOf(' ');
  return [l.slice(0, i), l.slice(i + 1)] as const;
});

describe('lowering end to end (lower_e2e.erl vs OTP)', () => {
  const rt = new ErlangRuntime({ host: nodeHost(dir), searchPath: ['.'] });
  for (const [name, want] of expected) {
    it(name, async () => {
      const o = await rt.run('lower_e2e', name, []);
      const got = o.kind === 'return' ? writeTerm(o.value)
        : o.kind === 'exception' ? `EXC ${o.cls} ${writeTerm(o.reason)} ${frames(o.stack)}` : `HALT ${o.status}`;
      expect(got).toBe(want);
    });
  }
});
