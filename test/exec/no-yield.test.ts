// Native code calling back into Erlang code runs in a non-suspendable region
// (rt.callNoYield): the reduction check refills the budget instead of capturing, so
// the sentinel never reaches the native as a value. A body recursion deeper than one
// budget must give the same value as when it runs (and captures) normally.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { nodeHost } from '../../bin/node-host.js';
import { registerNative } from '../../runtime/bifs/registry.js';
import { writeTerm } from '../../runtime/term/print.js';
import { S } from '../../runtime/exec/state.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'erl');

describe('non-suspendable regions', () => {
  const rt = new ErlangRuntime({ host: nodeHost(dir), searchPath: ['.'] });
  registerNative('erlts_test_native', { 'call/1': (f) => ['ok', rt.engine.rt.callNoYield(f, [])] });

  it('a deep recursion called from a native gives the value it gives directly', async () => {
    const direct = await rt.run('noyield', 'direct', []);
    const viaNative = await rt.run('noyield', 'via_native', []);
    expect(direct.kind).toBe('return');
    expect(viaNative).toEqual(direct);
    expect(S.noYield).toBe(0);
  });

  it('a receive that would wait inside a native raises instead', async () => {
    const o = await rt.run('noyield', 'wait_in_native', []);
    expect(o.kind).toBe('exception');
    if (o.kind === 'exception') expect(writeTerm(o.reason)).toMatch(/^\{erlts_cannot_wait_in_native,/);
    expect(S.noYield).toBe(0);
    expect(S.frames.length).toBe(0);
  });
});
