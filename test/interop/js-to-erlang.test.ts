// JavaScript driving Erlang through the API (runtime/api/index.ts): loading modules,
// calls, spawn, send, a real gen_server, crashes as rejected promises, a JS mailbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CompileError, ErlangException, Runtime, atom, binary, charlist, float, fromJS, list, map, show, toJS, tuple,
  type Pid, type Term,
} from '../../runtime/api/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'erl');
let rt: Runtime;
let out = '';

beforeAll(async () => {
  rt = await Runtime.start({ searchPath: [dir], stdout: (s) => (out += s) });
});
afterAll(async () => {
  await rt.stop();
});

/** The first message `handler` gets. */
function nextMessage(name: string): Promise<Term> {
  return new Promise((resolve) => rt.register(name, resolve));
}

/** Waits (up to 10 s: the machine may be loaded) until `cond` holds. */
async function until(cond: () => boolean): Promise<void> {
  const end = Date.now() + 10_000;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
}

async function rejection(p: Promise<unknown>): Promise<ErlangException> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ErlangException);
    expect(e).toBeInstanceOf(Error);
    return e as ErlangException;
  }
  throw new Error('expected a rejection');
}

describe('loading', () => {
  it('loads a module from a file and from source', async () => {
    expect(rt.load(join(dir, 'kv_store.erl'))).toBe('kv_store');
    expect(rt.loadSource('-module(adder).\n-export([add/2]).\nadd(A, B) -> A + B.\n')).toBe('adder');
    expect(await rt.call('adder', 'add', [2, 40])).toBe(42);
    expect(rt.load({ source: '-module(adder2).\n-export([add/2]).\nadd(A, B) -> A + B + 1.\n' })).toBe('adder2');
    expect(await rt.call('adder2', 'add', [2, 40])).toBe(43);
  });

  it('reports compile errors as erlc does', () => {
    let err: unknown;
    try {
      rt.loadSource('-module(broken).\n-export([f/0]).\nf() -> X.\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CompileError);
    expect((err as CompileError).diagnostics[0]).toMatch(/^broken\.erl:3:8: variable 'X' is unbound\n/);
  });
});

describe('calls', () => {
  it('returns values as terms', async () => {
    expect(show(await rt.call('lists', 'reverse', [list(1, 2, 3)]))).toBe('[3,2,1]');
    expect(show(await rt.call('erlang', 'list_to_tuple', [list(atom('ok'), binary('é'), float(1.5), charlist('hi'))]))).toBe(
      '{ok,<<"é"/utf8>>,1.5,"hi"}',
    );
    expect(toJS(await rt.call('maps', 'put', [binary('k'), list(1, 2), map([])]))).toEqual({ k: [1, 2] });
    expect(await rt.call('erlang', 'self', [])).toHaveProperty('id');
  });

  it('rejects with the Erlang exception', async () => {
    const e = await rejection(rt.call('adder', 'add', [1, atom('x')]));
    expect(e.class).toBe('error');
    expect(e.reason).toBe('badarith');
    expect(show(e.stacktrace)).toMatch(/^\[\{erlang,'\+',\[1,x\],.*\{adder,add,2,\[\{file,"adder\.erl"\},\{line,3\}\]\}/);
    expect(e.message).toMatch(/^exception error: an error occurred when evaluating an arithmetic expression/);
    const t = await rejection(rt.call('erlang', 'throw', [tuple(atom('my'), 1)]));
    expect([t.class, show(t.reason)]).toEqual(['throw', '{my,1}']);
    const u = await rejection(rt.call('no_such_module', 'f', []));
    expect([u.class, u.reason]).toEqual(['error', 'undef']);
  });
});

describe('funs', () => {
  it('calls an Erlang fun from JS in a new process, as a Promise', async () => {
    rt.loadSource('-module(mkfun).\n-export([adder/1]).\nadder(N) -> fun(X) -> {self(), X + N} end.\n');
    const add = toJS(await rt.call('mkfun', 'adder', [10])) as (x: number) => Promise<unknown>;
    const [pid, v] = (await add(5)) as [unknown, number];
    expect(v).toBe(15);
    expect(show(pid as Term)).toMatch(/^<0\.\d+\.0>$/);
    const e = await rejection(add('x' as unknown as number) as Promise<unknown>);
    expect([e.class, e.reason]).toEqual(['error', 'badarith']);
  });
});

describe('processes', () => {
  it('spawns, sends to pids and names, and receives in JS', async () => {
    rt.loadSource(
      [
        '-module(echo).',
        '-export([loop/0]).',
        'loop() -> receive {From, Msg} -> From ! {echo, self(), Msg}, loop(); stop -> ok end.',
      ].join('\n'),
    );
    const echo = rt.spawn('echo', 'loop', []);
    const got = nextMessage('js_inbox');
    rt.send(echo, tuple(atom('js_inbox'), binary('hello')));
    const m = (await got) as Term[];
    expect(show(m[0]!)).toBe('echo');
    expect(m[1]).toEqual(echo);
    expect(show(m[2]!)).toBe('<<"hello">>');
    rt.send(echo, atom('stop'));
  });

  it('refuses a send to a name nobody has', () => {
    expect(() => rt.send('nobody_here', atom('x'))).toThrow(ErlangException);
  });

  it('gives each handler its messages in order', async () => {
    const seen: string[] = [];
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    const pid = rt.handler((m) => {
      seen.push(show(m));
      if (seen.length === 3) done();
    });
    rt.loadSource('-module(burst).\n-export([go/1]).\ngo(P) -> [P ! N || N <- [1, 2, 3]], ok.\n');
    expect(await rt.call('burst', 'go', [pid])).toBe('ok');
    await finished;
    expect(seen).toEqual(['1', '2', '3']);
  });
});

describe('gen_server', () => {
  it('calls a real gen_server', async () => {
    const started = (await rt.call('kv_store', 'start', [])) as Term[];
    expect(started[0]).toBe('ok');
    const server = atom('kv_store');
    expect(await rt.genServerCall(server, tuple(atom('put'), binary('a'), fromJS({ x: [1, 2] })))).toBe('ok');
    const found = (await rt.genServerCall(server, tuple(atom('get'), binary('a')))) as Term[];
    expect(toJS(found[1]!)).toEqual({ x: [1, 2] });
    expect(await rt.genServerCall(rt.whereis('kv_store')!, tuple(atom('get'), binary('none')))).toBe('error');
  });

  it('tells a JS mailbox about changes', async () => {
    const got = nextMessage('kv_watch');
    await rt.call('kv_store', 'notify', [atom('kv_watch')]);
    await rt.call('kv_store', 'put', [binary('b'), 2]);
    expect(show(await got)).toBe('{kv_put,<<"b">>,2}');
  });

  it('rejects a call that times out', async () => {
    const e = await rejection(rt.genServerCall(atom('kv_store'), atom('slow'), 20));
    expect(e.class).toBe('exit');
    expect(show(e.reason)).toBe('{timeout,{gen_server,call,[kv_store,slow,20]}}');
  });

  it('rejects with the reason when the server crashes', async () => {
    out = '';
    const e = await rejection(rt.genServerCall(atom('kv_store'), tuple(atom('divide'), 1, 0)));
    expect(e.class).toBe('exit');
    expect(show(e.reason)).toMatch(/^\{\{badarith,\[\{erlang,'div',\[1,0\],.*\{kv_store,handle_call,3,.*\},\{gen_server,call,\[kv_store,\{divide,1,0\},5000\]\}\}$/);
    await until(() => out.includes('CRASH REPORT'));
    expect(out).toContain('** Generic server kv_store terminating \n** Last message in was {divide,1,0}\n');
    expect(rt.whereis('kv_store')).toBeUndefined();
  });
});

describe('a JS handler that throws', () => {
  it('crashes its process with a report', async () => {
    out = '';
    const pid: Pid = rt.handler(() => {
      throw new TypeError('bad message');
    });
    rt.send(pid, atom('x'));
    await until(() => out.includes('bad message'));
    expect(out).toMatch(/=ERROR REPORT====.*\nError in process <0\.\d+\.0> with exit value:\n\{\{js_error,<<"TypeError">>,<<"bad message">>\}/);
  });
});
