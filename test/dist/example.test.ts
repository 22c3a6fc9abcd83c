// examples/dist_kv: two erlts nodes and one escript node hold the store; the client on
// erlts and the same client on escript print the same, and what the README says.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, ERLTS, HOST, ROOT, nodeName, skipReason } from './helpers.js';

const why = skipReason();
if (why !== undefined) console.warn(`SKIPPED: examples/dist_kv (${why})`);

describe.skipIf(why !== undefined)('examples/dist_kv', () => {
  const c = new Cluster();
  const dir = path.join(ROOT, 'examples', 'dist_kv');
  const names = ['k1', 'k2', 'k3'].map(nodeName);
  const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> =>
    new Promise((resolve) => execFile(cmd, args, { env, encoding: 'latin1', timeout: 30000 }, (_e, out, err) => resolve(out + err)));

  beforeAll(() => c.start());
  afterAll(() => c.stop());

  it('a store over erlts and erl nodes, used from erlts and from erl', async () => {
    const kv = path.join(dir, 'kv_node.erl');
    const starts = [
      run(process.execPath, [ERLTS, 'run', '-sname', names[0]!, '-setcookie', c.cookie, kv], c.env),
      run(process.execPath, [ERLTS, 'run', '-sname', names[1]!, '-setcookie', c.cookie, kv], c.env),
      run('escript', [kv], { ...c.env, ERL_FLAGS: `-sname ${names[2]} -setcookie ${c.cookie} -start_epmd false` }),
    ];
    for (const n of names) await c.registered(n);
    const full = names.map((n) => `${n}@${HOST}`);
    const client = path.join(dir, 'kv_client.erl');
    const ours = await run(process.execPath, [ERLTS, 'run', '-sname', nodeName('kc'), '-setcookie', c.cookie, client, ...full], c.env);
    // As the nodes stop one after the other, OTP 25's global on this client may hear
    // from k3 that k1 is gone before it sees k1 go itself, and then prints a warning
    // as it disconnects k1 "to prevent overlapping partitions" (a race of OTP's, more
    // likely on a loaded machine): that part of OTP is not what this test is about.
    const otp = await run('escript', [client, ...full, 'stop'], {
      ...c.env,
      ERL_FLAGS: `-sname ${nodeName('kd')} -setcookie ${c.cookie} -start_epmd false -kernel prevent_overlapping_partitions false`,
    });
    const shorten = (s: string) => s.replaceAll(`t${process.pid}_`, '').replaceAll(`@${HOST}`, '@HOST');
    expect(shorten(ours)).toBe(
      'k1@HOST: pong\nk2@HOST: pong\nk3@HOST: pong\n' +
        'k1 holds [key1,key10,key4,key7]\nk2 holds [key11,key2,key5,key8]\nk3 holds [key12,key3,key6,key9]\n' +
        'read back: true\nmissing: error\n',
    );
    expect(otp).toBe(ours + 'stopped\n');
    const logs = (await Promise.all(starts)).map(shorten);
    expect(logs[0]).toBe(`kv node k1@HOST ready\nput key1 from kc@HOST\nput key4 from kc@HOST\nput key7 from kc@HOST\nput key10 from kc@HOST\n` +
      `put key1 from kd@HOST\nput key4 from kd@HOST\nput key7 from kd@HOST\nput key10 from kd@HOST\nkv node stopped: normal\n`);
    expect(logs[2]).toContain('kv node k3@HOST ready\nput key3 from kc@HOST\n');
    expect(logs[2]).toContain('kv node stopped: normal\n');
  }, 60000);
});
