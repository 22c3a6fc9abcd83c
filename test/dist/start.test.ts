// net_kernel:start/1 and stop/0 inside a running program, run by escript (real OTP,
// against our private EPMD) and by erlts: what node/0,1, pids, refs, their external
// format, cookies and pings say before, during and after must print the same.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, ERL_DIR, ERLTS, nodeName, skipReason } from './helpers.js';

const why = skipReason();
if (why !== undefined) console.warn(`SKIPPED: net_kernel:start/stop against escript (${why})`);

describe.skipIf(why !== undefined)('distribution: net_kernel:start/stop in a program', () => {
  const c = new Cluster();
  beforeAll(() => c.start());
  afterAll(() => c.stop());

  // (not spawnSync: the EPMD the programs talk to runs in this process)
  const run = (cmd: string, args: string[]): Promise<{ stdout: string; code: number }> =>
    new Promise((resolve) => {
      execFile(cmd, args, { env: c.env, encoding: 'latin1', timeout: 30000 }, (err, stdout) =>
        resolve({ stdout, code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1 }),
      );
    });

  it('prints what escript prints', async () => {
    const file = path.join(ERL_DIR, 'dist_start.erl');
    const otp = await run('escript', [file, nodeName('so')]);
    const ours = await run(process.execPath, [ERLTS, 'run', file, nodeName('st')]);
    expect(otp.stdout).toContain("'after': {nonode@nohost,false,nonode@nohost,[]}");
    expect(ours.stdout).toBe(otp.stdout);
    expect(ours.code).toBe(otp.code);
  });
});
