// A Runtime's life: output as text, an in-memory host, stop and halt settling
// what is still pending (runtime/api/index.ts). One runtime at a time: the
// standard-output sinks are the JS process's (docs/js-interop.md).
import { describe, expect, it } from 'vitest';
import { ErlangException, Runtime, atom, binary, memoryHost, show } from '../../runtime/api/index.js';

describe('Runtime lifecycle', () => {
  it('writes standard output as UTF-8 text and reads modules through the host given', async () => {
    let out = '';
    const host = memoryHost({
      '/mem/greet.erl': '-module(greet).\n-export([hi/1]).\nhi(Name) -> io:format("héllo ~ts~n", [Name]), {hi, Name}.\n',
    });
    const rt = await Runtime.start({ host, searchPath: ['/mem'], stdout: (s) => (out += s) });
    expect(show(await rt.call('greet', 'hi', [binary('wörld')]))).toBe('{hi,<<"wörld"/utf8>>}');
    expect(out).toBe('héllo wörld\n');
    await rt.stop();
  });

  it('rejects pending calls when stopped, and refuses to work afterwards', async () => {
    const rt = await Runtime.start({ stdout: () => {} });
    const pending = rt.call('timer', 'sleep', [atom('infinity')]);
    await new Promise((r) => setTimeout(r, 10));
    expect(rt.isRunning).toBe(true);
    await rt.stop();
    const e = await pending.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ErlangException);
    expect([(e as ErlangException).class, (e as ErlangException).reason]).toEqual(['exit', 'stopped']);
    expect(await rt.halted).toBe(0);
    expect(rt.isRunning).toBe(false);
    expect(() => rt.spawn('erlang', 'self', [])).toThrow(/stopped/);
  });

  it('settles halted with the status Erlang code halts with', async () => {
    const rt = await Runtime.start({ stdout: () => {} });
    const pending = rt.call('timer', 'sleep', [atom('infinity')]);
    rt.spawn('erlang', 'halt', [3]);
    expect(await rt.halted).toBe(3);
    expect(((await pending.catch((x: unknown) => x)) as ErlangException).reason).toBe('stopped');
  });

  it('rejects a call whose process is killed', async () => {
    const rt = await Runtime.start({ stdout: () => {} });
    rt.loadSource('-module(victim).\n-export([wait/0]).\nwait() -> register(victim, self()), receive never -> ok end.\n');
    const pending = rt.call('victim', 'wait', []);
    while (rt.whereis('victim') === undefined) await new Promise((r) => setTimeout(r, 5));
    await rt.call('erlang', 'exit', [rt.whereis('victim')!, atom('kill')]);
    const e = (await pending.catch((x: unknown) => x)) as ErlangException;
    expect([e.class, e.reason]).toEqual(['exit', 'killed']);
    await rt.stop();
  });
});
