// The playground (dist/playground, built by `npm run build`): in headless Chromium a
// program is typed into the editor, Run is clicked, and the output pane shows what the
// same program prints when the playground's engine (playground/session.ts) runs it
// under Node here; a compile error shows erlc's diagnostic, a crash its stack trace;
// the shell pane evaluates typed expressions with the module loaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { CHROMIUM, launch, serve } from '../bundle/chromium.js';
import { runModule, type Stdlib } from '../../playground/session.js';
import type { Prebuilt } from '../../runtime/exec/stdlib-prebuilt.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'dist', 'playground');

const PROGRAM = `-module(typed).
-export([main/0, boom/0]).

main() ->
    io:format("sum: ~p~n", [lists:sum(lists:seq(1, 100))]),
    Self = self(),
    spawn(fun() -> Self ! {hello, node()} end),
    receive {hello, N} -> io:format("from ~p~n", [N]) end,
    {ok, #{answer => 6 * 7}}.

boom() ->
    lists:map(fun(X) -> 10 div X end, [5, 2, 0]).
`;

const BROKEN = `-module(broken).
-export([main/0]).

main() -> Y.
`;

/** A page expression: the shell pane shows `text` (a string: this file has no DOM types). */
const shellHas = (text: string) => `document.getElementById('shell').textContent.includes(${JSON.stringify(text)})`;

function stdlib(): Stdlib {
  const lib: Stdlib = {};
  const d = join(root, 'dist', 'stdlib');
  for (const f of readdirSync(d).filter((x) => x.endsWith('.json'))) {
    const p = JSON.parse(readFileSync(join(d, f), 'utf8')) as Prebuilt;
    lib[p.module] = p.compiled;
  }
  return lib;
}

describe.skipIf(!existsSync(join(dir, 'index.html')) || !existsSync(CHROMIUM))(
  `the playground in headless Chromium (skipped without dist/playground or ${CHROMIUM})`,
  () => {
    let server: Server;
    let browser: Browser;
    let page: Page;
    const pageErrors: string[] = [];
    beforeAll(async () => {
      const s = await serve(dir);
      server = s.server;
      browser = await launch();
      page = await browser.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${s.url}/`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    });
    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    /** Types `text` into the editor, sets the function, clicks Run, returns the output. */
    async function typeAndRun(text: string, fn: string): Promise<{ output: string; status: string }> {
      await page.fill('#source', '');
      await page.focus('#source');
      await page.keyboard.type(text);
      await page.fill('#fn', fn);
      await page.click('#run');
      await page.waitForSelector('body[data-status]:not([data-status="running"])', { timeout: 30_000 });
      return { output: (await page.textContent('#output')) ?? '', status: (await page.getAttribute('body', 'data-status')) ?? '' };
    }

    it('runs a typed program: its output and value, as the engine prints them under Node', async () => {
      const r = await typeAndRun(PROGRAM, 'main');
      expect(await page.inputValue('#source')).toBe(PROGRAM);
      expect(r.status).toBe('ok');
      expect(r.output).toBe((await runModule(stdlib(), PROGRAM, 'main', () => {})).output);
      expect(r.output).toBe('sum: 5050\nfrom nonode@nohost\n-> {ok,#{answer => 42}}\n');
      expect(await page.textContent('#gutter')).toMatch(/^1\n2\n[\s\S]*\n12\n13\n$/);
      expect(pageErrors).toEqual([]);
    });

    it('a crash shows the exception and a stack trace with .erl lines', async () => {
      const r = await typeAndRun(PROGRAM, 'boom');
      expect(r.status).toBe('exception');
      expect(r.output).toBe((await runModule(stdlib(), PROGRAM, 'boom', () => {})).output);
      expect(r.output).toContain('** exception error: an error occurred when evaluating an arithmetic expression');
      expect(r.output).toContain('typed:\'-boom/0-fun-0-\'/1 (typed.erl, line 12)');
    });

    /** Types a line into the shell pane and waits for prompt `n>`. */
    async function shellLine(line: string, n: number): Promise<void> {
      await page.fill('#shell-input', line);
      await page.press('#shell-input', 'Enter');
      await page.waitForFunction(shellHas(`${n}> `), undefined, { timeout: 30_000 });
    }

    it('the shell pane evaluates expressions, keeps bindings, reports exceptions, and calls the module after Run', async () => {
      await typeAndRun(PROGRAM, 'main');
      await page.waitForFunction(shellHas('1> '), undefined, { timeout: 30_000 });
      await shellLine('X = 6 * 7.', 2);
      await shellLine('{X + 1, typed:main()}.', 3);
      await shellLine('lists:nth(X, [a]).', 4);
      const text = (await page.textContent('#shell')) ?? '';
      expect(text).toMatch(/^Eshell V[\d.]+ {2}\(abort with \^G\)\n1> X = 6 \* 7\.\n42\n2> /);
      expect(text).toContain('2> {X + 1, typed:main()}.\nsum: 5050\nfrom nonode@nohost\n{43,{ok,#{answer => 42}}}\n3> ');
      expect(text).toContain('3> lists:nth(X, [a]).\n** exception error: no function clause matching lists:nth(');
      expect(text.endsWith('4> ')).toBe(true);
      expect(pageErrors).toEqual([]);
    });

    it('a compile error shows the diagnostic as erlc prints it', async () => {
      const r = await typeAndRun(BROKEN, 'main');
      expect(r.status).toBe('compile_error');
      expect(r.output).toBe("broken.erl:4:11: variable 'Y' is unbound\n%    4| main() -> Y.\n%     |           ^\n\n");
    });
  },
);
