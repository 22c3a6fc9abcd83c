// Erlang calling JavaScript through the js module (runtime/bifs/js.ts): each function
// of erl/js_calls.erl returns a term, printed here with show() (`~tp` on one line).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Runtime, show } from '../../runtime/api/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'erl');
let rt: Runtime;
const out: string[] = [];

beforeAll(async () => {
  rt = await Runtime.start({ searchPath: [dir], stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
});
afterAll(async () => {
  await rt.stop();
});

const run = async (f: string) => show(await rt.call('js_calls', f, []));

describe('js module', () => {
  it('reads and writes properties', async () => {
    expect(await run('props')).toBe(
      '{2,<<"erl">>,undefined,null,5,[1,2.5,<<"é"/utf8>>],' +
        '#{<<"7">> => null,<<"list">> => [1,2.5,<<"é"/utf8>>],<<"n">> => 2,<<"name">> => <<"erl">>}}',
    );
  });

  it('calls methods, functions and constructors', async () => {
    expect(await run('methods')).toBe(
      '{7,255,[1,2,3],<<"{\\"a\\":[1,true,null]}">>,<<"1970-01-01T00:00:00.000Z">>,17293822569102704640,0.30000000000000004}',
    );
  });

  it('runs a fun called back by JS code in the calling process', async () => {
    expect(await run('callbacks')).toBe('{[2,4,6],6}');
    expect(await run('callback_error')).toBe('{error,{my,reason}}');
    expect(await run('cannot_wait')).toBe('cannot_wait');
  });

  it('runs a fun called later by JS in a new process', async () => {
    expect(await run('later')).toBe('{true,true}');
  });

  it('reports a crash of a fun called later, as any process crash', async () => {
    out.length = 0;
    expect(await run('later_crash')).toBe('ok');
    expect(out.join('')).toMatch(/^=ERROR REPORT==== .* ===\nError in process <0\.\d+\.0> with exit value:\n\{later_boom,\[\{js_calls,'-later_crash\/0-fun-0-',1,/);
    out.length = 0;
  });

  it('awaits a promise suspending only the calling process', async () => {
    expect(await run('await_ticks')).toBe('{{ok,<<"done">>},true,true}');
  });

  it('lets a ticker print while a process awaits a 50 ms promise', async () => {
    out.length = 0;
    expect(await run('await_prints')).toBe('ok');
    expect(out.join('')).toMatch(/^tick 0\ntick 1\ntick 2\n(tick \d+\n)*awaited \{ok,42\}\n$/);
    out.length = 0;
  });

  it('returns resolutions, rejections and timeouts of await', async () => {
    expect(await run('await_results')).toBe(
      '{true,[1,2],{error,{js_error,<<"RangeError">>,<<"out">>}},{error,<<"plain">>},{error,timeout},{ok,42},{ok,1}}',
    );
  });

  it('turns JS exceptions into Erlang errors', async () => {
    expect(await run('exceptions')).toBe(
      '{{js_error,<<"TypeError">>},{js_error,<<"TypeError">>},{js_throw,42},{js_throw,true},{js_error,<<"TypeError">>},badarg,badarg,badarg}',
    );
  });

  it('keeps handles sound terms: identity, order, hash, printing, no serialisation', async () => {
    expect((await run('handles')).replace(/#JsRef<\d+>/g, '#JsRef<N>')).toBe('{true,false,true,true,true,badarg,true,found,true,false,{[{#JsRef<N>,in_ets}],in_dict}}');
  });

  it('answers typeof', async () => {
    expect(await run('typeof')).toBe('[number,number,string,boolean,undefined,object,object,object,function,bigint,symbol]');
  });

  it('forgets an await whose process was killed', async () => {
    expect(await run('killed_while_waiting')).toBe('{killed,false,{ok,1}}');
  });

  it('printed nothing unexpected', () => {
    expect(out.join('')).toBe('');
  });
});
