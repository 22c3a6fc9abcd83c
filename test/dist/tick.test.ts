// net_ticktime: an idle connection stays up because both sides tick, and a peer that
// stops answering (SIGSTOP, so its socket stays open) is detected within the tick
// time (2 s here on both sides; OTP says between T and 1.25 T, we allow 2 T).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, nodeName, HOST, skipReason } from './helpers.js';

const why = skipReason();
if (why !== undefined) console.warn(`SKIPPED: net_ticktime test (${why})`);

describe.skipIf(why !== undefined)('distribution: net_ticktime', () => {
  const c = new Cluster();
  beforeAll(() => c.start());
  afterAll(() => c.stop());

  it('a stopped erl peer is detected by an erlts node within net_ticktime', async () => {
    const peer = nodeName('tk');
    const erl = c.erl(peer, 'dist_peer:serve()', 60000, ['-kernel', 'net_ticktime', '2']);
    await c.registered(peer);
    const client = c.erlts(nodeName('tc'), 'dist_tick.erl', [`${peer}@${HOST}`]);
    const t0 = Date.now();
    while (!client.out.includes('ready\n') && Date.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 50));
    erl.proc.kill('SIGSTOP');
    await client.done;
    erl.proc.kill('SIGKILL');
    expect(client.out).toMatch(/^ticktime: 2\nping: pong\nidle_still_connected: true\nready\nnodedown_ms: \d+\n$/);
    const ms = Number(/nodedown_ms: (\d+)/.exec(client.out)![1]);
    expect(ms).toBeLessThan(4000);
  }, 40000);
});
