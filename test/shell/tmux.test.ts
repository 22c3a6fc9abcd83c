// `erlts shell` on a real terminal: tmux runs it in a 100x40 pane, the test types keys
// (send-keys) and reads the screen (capture-pane). Covers erl's first lines, the prompts,
// a command over several lines (recalled line by line by the up arrow, as in erl 25), an error with the bindings kept, b(), f(X), v(N), c(Mod) and l(Mod) on a
// module in a temporary directory, rr/rp, the history (up arrow), tab completion
// (`lists:rev<Tab>`), the Ctrl-C BREAK menu and Ctrl-G, and q(). The output lines asserted
// are those erl prints for the same input (the pipe tests compare them with erl's
// recordings byte for byte). The tmux server has a socket of its own and is killed by it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'bin', 'erlts.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const sock = `erlts-test-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', sock, ...args], { encoding: 'utf8' });
}
const screen = () => tmux('capture-pane', '-p', '-t', 'shell');
const keys = (...k: string[]) => tmux('send-keys', '-t', 'shell', ...k);
/** Whether the shell's process has ended (the pane stays, remain-on-exit). */
const dead = () => tmux('display', '-p', '-t', 'shell', '#{pane_dead}').trim() === '1';

/** Wait until the shell's process has ended; the screen then. */
async function waitDead(what: string): Promise<string> {
  const end = Date.now() + 20000;
  while (!dead()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; screen:\n${screen()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return screen();
}

/** Wait until the screen satisfies `ok` (polling); fail with the screen after 20 s. */
async function waitFor(ok: (s: string) => boolean, what: string): Promise<string> {
  const end = Date.now() + 20000;
  for (;;) {
    const s = screen();
    if (ok(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
/** The non-empty lines of the screen. */
const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
const lastLine = (s: string) => lines(s).at(-1) ?? '';
/** Wait for prompt N with nothing typed after it. */
const prompt = (n: number) => waitFor((s) => lastLine(s) === `${n}>`, `prompt ${n}>`);
/** Type a line and wait for the next prompt. */
async function command(text: string, next: number): Promise<string[]> {
  keys(text, 'Enter');
  return lines(await prompt(next));
}

describe.skipIf(!hasTmux)(hasTmux ? 'erlts shell in tmux' : 'erlts shell in tmux (SKIPPED: tmux is not installed)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'erlts-tmux-'));
    writeFileSync(
      join(dir, 'tmux_mod.erl'),
      '-module(tmux_mod).\n-export([f/0, mk/0]).\n-record(r, {a = 1, b}).\nf() -> 42.\nmk() -> #r{b = 2}.\n',
    );
    const env = `ERLTS_HISTORY=${join(dir, 'history')} NO_COLOR=1`;
    tmux('new-session', '-d', '-s', 'shell', '-x', '100', '-y', '40', '-c', dir, `env ${env} node ${cli} shell`);
    tmux('set-option', '-t', 'shell', 'remain-on-exit', 'on');
  });
  afterAll(() => {
    spawnSync('tmux', ['-L', sock, 'kill-server']);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs a session as erl', async () => {
    const first = await prompt(1);
    // erl's first lines on a terminal: the system (erlang:system_info(system_version)
    // with erlts's figures), an empty line, the shell's banner.
    expect(first.split('\n').slice(0, 4)).toEqual([
      expect.stringMatching(/^Erlang\/OTP 25 \[erts-13\.1\.5\] \[source\] \[64-bit\] \[smp:(\d+):\1\] \[ds:\1:\1:10\] \[async-threads:1\] \[jit:ns\]$/),
      '',
      'Eshell V13.1.5  (abort with ^G)',
      '1>',
    ]);

    // A command over two lines: the prompt shows again on the second, as in erl.
    keys('X = [1,', 'Enter');
    await waitFor((s) => lastLine(s) === '1>', 'the continuation prompt');
    let l = await command('2].', 2);
    expect(l.slice(-4)).toEqual(['1> X = [1,', '1> 2].', '[1,2]', '2>']);
    // As erl 25's, the history holds lines, not commands: the up arrow brings back the
    // command's last line, then its first.
    keys('Up');
    await waitFor((s) => lastLine(s) === '2> 2].', "the command's last line from the history");
    keys('Up');
    await waitFor((s) => lastLine(s) === '2> X = [1,', "the command's first line from the history");
    keys('C-u');
    await prompt(2);

    l = await command('Y.', 3);
    expect(l.at(-2)).toBe("* 1:1: variable 'Y' is unbound");
    l = await command('1/0.', 4);
    expect(l.slice(-4, -1)).toEqual([
      '** exception error: an error occurred when evaluating an arithmetic expression',
      "     in operator  '/'/2",
      '        called as 1 / 0',
    ]);
    l = await command('X.', 5);
    expect(l.at(-2)).toBe('[1,2]');
    l = await command('b().', 6);
    expect(l.slice(-3, -1)).toEqual(['X = [1,2]', 'ok']);
    l = await command('f(X).', 7);
    l = await command('X.', 8);
    expect(l.at(-2)).toBe("* 1:1: variable 'X' is unbound");
    l = await command('v(4).', 9);
    expect(l.at(-2)).toBe('[1,2]');

    // c(Mod) and l(Mod) on a module of the current directory; its records.
    l = await command('c(tmux_mod).', 10);
    expect(l.at(-2)).toBe('{ok,tmux_mod}');
    l = await command('tmux_mod:f().', 11);
    expect(l.at(-2)).toBe('42');
    l = await command('l(tmux_mod).', 12);
    expect(l.at(-2)).toBe('{module,tmux_mod}');
    l = await command('tmux_mod:mk().', 13);
    expect(l.at(-2)).toBe('{r,1,2}');
    l = await command('rr(tmux_mod).', 14);
    expect(l.at(-2)).toBe('[r]');
    l = await command('rp(tmux_mod:mk()).', 15);
    expect(l.slice(-3, -1)).toEqual(['#r{a = 1,b = 2}', 'ok']);

    // History: the up arrow brings the last line back; it is kept in the history file.
    keys('Up');
    await waitFor((s) => lastLine(s) === '15> rp(tmux_mod:mk()).', 'the last line from the history');
    keys('C-u');
    await prompt(15);
    expect(readFileSync(join(dir, 'history'), 'utf8')).toContain('rp(tmux_mod:mk()).\n');

    // Tab completion of a module's function.
    keys('lists:rev', 'Tab');
    await waitFor((s) => lastLine(s) === '15> lists:reverse(', 'lists:rev completed');
    l = await command('[1,2,3]).', 16);
    expect(l.at(-2)).toBe('[3,2,1]');

    // Ctrl-C: the BREAK menu, then (c)ontinue: the session goes on with its bindings.
    keys('C-c');
    await waitFor((s) => s.includes('BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo'), 'the BREAK menu');
    keys('c', 'Enter');
    await waitFor((s) => lastLine(s) === 'c', 'the BREAK menu to close');
    // Ctrl-G: the user switch prompt; c goes back to the shell (as erl, without a new prompt).
    keys('C-g');
    await waitFor((s) => lastLine(s) === ' -->' && s.includes('\nUser switch command\n'), 'the user switch prompt');
    keys('h', 'Enter');
    await waitFor((s) => s.includes('  q                 - quit erlang\n  ? | h             - this message\n -->'), 'its help');
    keys('c', 'Enter');
    await waitFor((s) => lastLine(s) === ' --> c', 'the user switch prompt to close');
    l = await command('Z = 7, Z * 6.', 17);
    expect(l.slice(-3, -1)).toEqual(['Z = 7, Z * 6.', '42']);

    keys('q().', 'Enter');
    const end = await waitDead('the end of the shell');
    expect(lines(end).filter((x) => !x.startsWith('Pane is dead')).slice(-2)).toEqual(['17> q().', 'ok']);
    expect(existsSync(join(dir, 'tmux_mod.erl'))).toBe(true);
  }, 120000);

  it('ends on Ctrl-D (end of input) and on Ctrl-C twice', async () => {
    const env = `ERLTS_HISTORY=${join(dir, 'history2')} NO_COLOR=1`;
    tmux('respawn-pane', '-k', '-t', 'shell', '-c', dir, `env ${env} node ${cli} shell`);
    await prompt(1);
    await command('A = 1.', 2);
    keys('C-d');
    const end = await waitDead('the end of input to end the shell');
    expect(lines(end).filter((x) => !x.startsWith('Pane is dead')).at(-1)).toBe('*** Terminating erlang (nonode@nohost)');

    tmux('respawn-pane', '-k', '-t', 'shell', '-c', dir, `env ${env} node ${cli} shell`);
    await prompt(1);
    keys('C-c');
    await waitFor((s) => s.includes('BREAK: (a)bort'), 'the BREAK menu');
    keys('C-c');
    await waitDead('a second Ctrl-C to abort');
  }, 120000);
});
