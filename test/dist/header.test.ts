// A script's `%%!` line with -sname/-name/-setcookie, which escript passes to erl:
// `erlts run` honours it as escript does (the node is alive before main/1), and
// -setcookie without a name is the cookie of a later net_kernel:start. Each script is
// run by escript (against our private EPMD) and by erlts; the outputs must be equal.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, ERLTS, nodeName, skipReason } from './helpers.js';

const why = skipReason();
if (why !== undefined) console.warn(`SKIPPED: %%! distribution options (${why})`);

describe.skipIf(why !== undefined)('distribution: -sname/-name/-setcookie on a script\'s %%! line', () => {
  const c = new Cluster();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'erlts-hdr-'));
  beforeAll(() => c.start());
  afterAll(() => c.stop());

  const run = (cmd: string, args: string[]): Promise<{ stdout: string; code: number }> =>
    new Promise((resolve) => {
      execFile(cmd, args, { env: c.env, encoding: 'latin1', timeout: 30000 }, (err, stdout, stderr) =>
        resolve({ stdout: stdout + stderr, code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1 }),
      );
    });

  const show = `    [N, _] = string:split(atom_to_list(node()), "@"),
    io:format("~s ~p ~p~n", [N, erlang:get_cookie(), is_alive()]),`;

  /** The script (header lines, then main/1's body) under escript and erlts. */
  async function both(tag: string, header: string, body: string): Promise<[string, string]> {
    const name = nodeName(tag);
    const file = path.join(dir, `${tag}.erl`);
    writeFileSync(file, `#!/usr/bin/env escript\n${header.replaceAll('NAME', name)}\nmain(_) ->\n${body.replaceAll('NAME', name)}\n    ok.\n`);
    const otp = await run('escript', [file]);
    const ours = await run(process.execPath, [ERLTS, 'run', file]);
    expect(ours.code).toBe(otp.code);
    return [otp.stdout.replaceAll(name, 'NAME'), ours.stdout.replaceAll(name, 'NAME')];
  }

  it('-sname and -setcookie: alive before main/1', async () => {
    const [otp, ours] = await both('h1', '%%! -sname NAME -setcookie hdr_cookie', show);
    expect(otp).toBe('NAME hdr_cookie true\n');
    expect(ours).toBe(otp);
  });

  it('after a comment line, with other emulator flags around them', async () => {
    const [otp, ours] = await both('h2', '%% a comment\n%%! +A 1 -setcookie hdr2 -sname NAME -kernel net_ticktime 30', show);
    expect(otp).toBe('NAME hdr2 true\n');
    expect(ours).toBe(otp);
  });

  it('-setcookie alone: not alive, the cookie of a later net_kernel:start', async () => {
    const body = `    io:format("~p ~p~n", [node(), erlang:get_cookie()]),
    {ok, _} = net_kernel:start([NAME, shortnames]),
${show}
    net_kernel:stop(),
    io:format("~p ~p~n", [node(), erlang:get_cookie()]),`;
    const [otp, ours] = await both('h3', '%%! -setcookie hdr3', body);
    expect(otp).toBe('nonode@nohost nocookie\nNAME hdr3 true\nnonode@nohost nocookie\n');
    expect(ours).toBe(otp);
  });
});
