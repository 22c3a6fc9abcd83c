// process_info/2's links, monitors and monitored_by list the other nodes' processes
// as erl does (test/dist/erl/dist_pinfo.erl against a dist_gpeer node): erl -> erl is
// the reference, every pairing must print exactly that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, nodeName, HOST, skipReason } from './helpers.js';

const why = skipReason();
if (why !== undefined) console.warn(`SKIPPED: process_info across nodes (${why})`);

describe.skipIf(why !== undefined)('distribution: process_info links, monitors, monitored_by', () => {
  const c = new Cluster();
  beforeAll(async () => {
    await c.start();
    c.compile();
  });
  afterAll(() => c.stop());

  async function pair(client: 'erl' | 'erlts', peerKind: 'erl' | 'erlts', tag: string): Promise<string> {
    const peer = nodeName(`${tag}p`);
    if (peerKind === 'erl') c.erl(peer, 'dist_gpeer:serve(x)');
    else c.erlts(peer, 'dist_gpeer.erl', ['x']);
    await c.registered(peer);
    const full = `${peer}@${HOST}`;
    const d =
      client === 'erl' ? c.erl(nodeName(`${tag}c`), `dist_pinfo:main(["${full}"]), halt().`) : c.erlts(nodeName(`${tag}c`), 'dist_pinfo.erl', [full]);
    await d.done;
    return d.out;
  }

  let reference = '';
  beforeAll(async () => {
    reference = await pair('erl', 'erl', 'r');
  });

  it('the reference run (erl -> erl) lists remote entries', () => {
    expect(reference).toContain('links: [local,local,peer]\n');
    expect(reference).toContain('monitors: [{process,local},{process,peer},{process,{gpeer,peer_node}}]\n');
    expect(reference).toContain('monitored_by: [peer]\nlocal_links: [peer,self]\n');
  });

  it('erlts -> erl', async () => expect(await pair('erlts', 'erl', 'a')).toBe(reference));
  it('erl -> erlts', async () => expect(await pair('erl', 'erlts', 'b')).toBe(reference));
  it('erlts -> erlts', async () => expect(await pair('erlts', 'erlts', 'c')).toBe(reference));
});
