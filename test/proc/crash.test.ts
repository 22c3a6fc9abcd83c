// A process that crashes in any way dies alone, with OTP's error report: an Erlang
// error, a JS exception inside a native function (a runtime bug must not take the node
// down), a JS stack overflow (deep recursion where the stack cannot move to the heap).
// The report format itself is checked against OTP by test/conformance/reports.
import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { nodeHost } from '../../bin/node-host.js';
import { registerNative } from '../../runtime/bifs/registry.js';
import { writeTerm } from '../../runtime/term/print.js';

const dir = fileURLToPath(new URL('./erl/', import.meta.url));

it('crashing processes die alone; the others go on', async () => {
  // Natives with bugs: a TypeError, an unbounded recursion (RangeError).
  const recurse = (n: number): number => recurse(n + 1) + 1;
  registerNative('erlts_test_crash', {
    'type_error/0': () => (null as unknown as { x: { y: number } }).x.y,
    'overflow/0': () => recurse(0),
  });
  let out = '';
  const rt = new ErlangRuntime({ host: nodeHost(dir), searchPath: [dir], stdout: (s) => (out += s) });
  const loaded = rt.loadFile('crash_isolation.erl');
  expect(loaded.ok).toBe(true);
  const o = await rt.run('crash_isolation', 'run', []);
  expect(o.kind).toBe('return');
  if (o.kind !== 'return') return;
  // The overflow is system_limit. A body recursion a million deep in Erlang code is
  // fine (its stack moves to the heap): that process ends normally.
  expect(writeTerm(o.value)).toBe('{[plain_error,badarg,system_limit,normal,{nocatch,not_caught}],true,true}');
  const reports = out.match(/^=ERROR REPORT==== .* ===\nError in process <0\.\d+\.0> with exit value:\n/gm) ?? [];
  expect(reports.length).toBe(4);
  expect(out).toContain('{plain_error,[{crash_isolation,');
  expect(out).toContain('{badarg,[{erlts_test_crash,type_error,[],[]}');
  expect(out).toContain('{system_limit,');
  expect(out).toContain('{{nocatch,not_caught},');
});
