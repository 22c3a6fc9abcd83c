// Distribution between erlts nodes and real OTP 25 nodes (child processes, one
// private EPMD served by this test process). test/dist/erl/dist_client.erl runs a
// list of checks against a node serving dist_peer.erl and prints one line per check;
// the same client against the same peer on real erl (erl -> erl) is the reference,
// and every pairing must print exactly that: erlts -> erl (erlts connects), erl ->
// erlts (erl connects), erlts -> erlts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, nodeName, HOST, skipReason } from './helpers.js';

const TERMS = '10000';
const why = skipReason();
if (why !== undefined) console.warn(`SKIPPED: distribution tests (${why})`);

describe.skipIf(why !== undefined)('distribution: erlts and erl nodes', () => {
  const c = new Cluster();
  beforeAll(async () => {
    await c.start();
    c.compile();
  });
  afterAll(() => c.stop());

  /** Starts a peer (erl or erlts), runs the client (erl or erlts) against it. */
  async function pair(clientKind: 'erl' | 'erlts', peerKind: 'erl' | 'erlts', tag: string): Promise<string> {
    const peer = nodeName(`${tag}p`);
    if (peerKind === 'erl') c.erl(peer, 'dist_peer:serve()');
    else c.erlts(peer, 'dist_peer.erl', []);
    await c.registered(peer);
    const full = `${peer}@${HOST}`;
    const client =
      clientKind === 'erl'
        ? c.erl(nodeName(`${tag}c`), `dist_client:main(["${full}", "${TERMS}"]), halt().`)
        : c.erlts(nodeName(`${tag}c`), 'dist_client.erl', [full, TERMS]);
    await client.done;
    // Report times and this pairing's node names differ from run to run.
    return client.out.replace(/::\d\d:\d\d:\d\d\.\d+ ===/g, '::TIME ===').replaceAll(peer, 'PEER');
  }

  let reference = '';
  beforeAll(async () => {
    reference = await pair('erl', 'erl', 'ref');
  });

  it('the reference run (erl -> erl) passes its own checks', () => {
    expect(reference).toContain(`terms_to_peer: ${TERMS}\n`);
    expect(reference).toContain(`terms_from_peer: ${TERMS}\n`);
    expect(reference).toContain('nodes_after: false\n');
    expect(reference).toContain('remote_io: {ok,"hello from_client\\n"}\n');
    expect(reference).toContain('remote_io_back: {ok,"hello from_peer\\n"}\n');
  });

  it('erlts -> erl: every check as erl -> erl', async () => {
    expect(await pair('erlts', 'erl', 'a')).toBe(reference);
  });

  it('erl -> erlts: every check as erl -> erl', async () => {
    expect(await pair('erl', 'erlts', 'b')).toBe(reference);
  });

  it('erlts -> erlts: every check as erl -> erl', async () => {
    expect(await pair('erlts', 'erlts', 'c')).toBe(reference);
  });
});

describe.skipIf(why !== undefined)('distribution: global names from an erlts node', () => {
  const c = new Cluster();
  beforeAll(() => c.start());
  afterAll(() => c.stop());

  async function run(peerKind: 'erl' | 'erlts', tag: string): Promise<string> {
    const peer = nodeName(`${tag}g`);
    if (peerKind === 'erl') c.erl(peer, 'dist_peer:serve()');
    else c.erlts(peer, 'dist_peer.erl', []);
    await c.registered(peer);
    const client = c.erlts(nodeName(`${tag}h`), 'dist_global.erl', [`${peer}@${HOST}`]);
    await client.done;
    return client.out;
  }
  const common = 'whereis_peer: true\nsend: ok\nregister_taken: no\nregister_mine: yes\nwhereis_mine: true\n';
  const tail = 'unknown: undefined\nsend_unknown: {\'EXIT\',{badarg,{nobody_has_this,x}}}\n';

  it('between two erlts nodes: both see each other\'s names', async () => {
    expect(await run('erlts', 'x')).toBe(common + 'peer_sees_mine: true\n' + tail);
  });

  it('with an erl node: both see each other\'s names', async () => {
    expect(await run('erl', 'y')).toBe(common + 'peer_sees_mine: true\n' + tail);
  });
});
