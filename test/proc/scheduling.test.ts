// Properties of the scheduler that output alone cannot show: the reference-receive
// optimisation (counted, not timed: how many messages a receive skips), preemption of
// a process that never waits, and the host event loop turning while Erlang code runs.
import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { nodeHost } from '../../bin/node-host.js';

const dir = fileURLToPath(new URL('./erl/', import.meta.url));

function runtime(): ErlangRuntime {
  const rt = new ErlangRuntime({ host: nodeHost(dir), searchPath: [dir] });
  const r = rt.loadFile('sched_props.erl');
  if (!r.ok) throw new Error('sched_props.erl does not compile');
  return rt;
}

it('make_ref() + receive on it does not scan older messages', async () => {
  const rt = runtime();
  const code = rt.engine.rt as unknown as { recvSkip: () => void };
  const skip = code.recvSkip;
  let skipped = 0;
  code.recvSkip = () => {
    skipped++;
    skip();
  };
  try {
    const o = await rt.run('sched_props', 'ref_receive', [10_000, 100]);
    expect(o).toEqual({ kind: 'return', value: 10_000 });
  } finally {
    code.recvSkip = skip;
  }
  // Without the optimisation each of the 100 receives would skip the 10,000 junk
  // messages (1,000,000 skips).
  expect(skipped).toBe(0);
});

it('a process in an infinite loop cannot stop the others', async () => {
  const o = await runtime().run('sched_props', 'spin_and_sleep', [30]);
  expect(o).toEqual({ kind: 'return', value: ['slept', true] });
});

it('the host event loop turns while Erlang code runs', async () => {
  const rt = runtime();
  let fired = false;
  setTimeout(() => (fired = true), 5);
  let firedDuring = false;
  const run = rt.run('sched_props', 'busy', [200]);
  // Check from inside the run: a second host timer that looks at the first.
  setTimeout(() => (firedDuring = fired), 100);
  const o = await run;
  expect(o).toEqual({ kind: 'return', value: 'done' });
  expect(firedDuring).toBe(true);
});
