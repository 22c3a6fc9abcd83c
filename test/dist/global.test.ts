// OTP's global protocol between erl and erlts nodes (stdlib/src/global.erl). The
// driver (test/dist/erl/dist_gdrv.erl) and the peer (dist_gpeer.erl) each register
// names before they connect (one name on both sides: a clash), then the driver
// checks the names on both nodes after the join, registrations, re-registrations
// and unregistrations both ways, global:send, deaths, locks and transactions both
// ways, and the peer's node going down. erl -> erl is the reference; every pairing
// must print exactly that. Then three nodes (dist_gdrv3.erl): a node joining a synced
// pair through one of them learns the other's names and connects to it, and the
// names it brings reach both. Last (dist_gpop.erl), the prevention of overlapping
// partitions: A drops C, the driver has C disconnect from it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, nodeName, HOST, skipReason } from './helpers.js';

const why = skipReason();
if (why !== undefined) console.warn(`SKIPPED: global tests (${why})`);

describe.skipIf(why !== undefined)('global: names and locks across erl and erlts nodes', () => {
  const c = new Cluster();
  beforeAll(async () => {
    await c.start();
    c.compile();
  });
  afterAll(() => c.stop());

  /** The peer's name sorts before the driver's: the driver's clash pid is the loser. */
  async function pair(driverKind: 'erl' | 'erlts', peerKind: 'erl' | 'erlts', tag: string): Promise<string> {
    const peer = nodeName(`${tag}a`);
    if (peerKind === 'erl') c.erl(peer, 'dist_gpeer:serve()');
    else c.erlts(peer, 'dist_gpeer.erl', []);
    await c.registered(peer);
    const full = `${peer}@${HOST}`;
    const driver =
      driverKind === 'erl'
        ? c.erl(nodeName(`${tag}b`), `dist_gdrv:main(["${full}"]), halt().`)
        : c.erlts(nodeName(`${tag}b`), 'dist_gdrv.erl', [full]);
    await driver.done;
    return driver.out
      .replace(/::\d\d:\d\d:\d\d\.\d+ ===/g, '::TIME ===')
      .replace(/<\d+\.\d+\.\d+>/g, '<PID>')
      .replaceAll(peer, 'PEER');
  }

  let reference = '';
  beforeAll(async () => {
    reference = await pair('erl', 'erl', 'r');
  });

  it('the reference run (erl -> erl) shows what the checks expect', () => {
    expect(reference).toContain('names: [clash,d_name,p_dies,p_name]\n');
    expect(reference).toContain('clash_here: peer\nclash_there: peer\nclash_loser: killed\n');
    expect(reference).toContain('d_late_there: driver\n');
    expect(reference).toContain('death_there: undefined\n');
    expect(reference).toContain('peer_set_lock_taken: false\n');
    expect(reference).toContain('global: <PID> registered under several names: [d_other,d_name]\n');
    expect(reference).toContain('names_after: []\n');
  });

  it('erlts driver, erl peer', async () => {
    expect(await pair('erlts', 'erl', 'e')).toBe(reference);
  });

  it('erl driver, erlts peer', async () => {
    expect(await pair('erl', 'erlts', 'f')).toBe(reference);
  });

  it('erlts driver, erlts peer', async () => {
    expect(await pair('erlts', 'erlts', 'g')).toBe(reference);
  });
});

describe.skipIf(why !== undefined)('global: a third node joins a synced pair', () => {
  const c = new Cluster();
  beforeAll(async () => {
    await c.start();
    c.compile();
  });
  afterAll(() => c.stop());

  type Kind = 'erl' | 'erlts';
  async function three(driver: Kind, a: Kind, cc: Kind, tag: string): Promise<string> {
    const [na, nc] = [nodeName(`${tag}a`), nodeName(`${tag}c`)];
    for (const [n, k, reg] of [[na, a, 'a3_name'], [nc, cc, 'c3_name']] as const) {
      if (k === 'erl') c.erl(n, `dist_gpeer:serve(${reg})`);
      else c.erlts(n, 'dist_gpeer.erl', [reg]);
    }
    await c.registered(na);
    await c.registered(nc);
    const args = [`${na}@${HOST}`, `${nc}@${HOST}`];
    const d =
      driver === 'erl'
        ? c.erl(nodeName(`${tag}b`), `dist_gdrv3:main(["${args[0]}", "${args[1]}"]), halt().`)
        : c.erlts(nodeName(`${tag}b`), 'dist_gdrv3.erl', args);
    await d.done;
    return d.out;
  }

  let reference = '';
  beforeAll(async () => {
    reference = await three('erl', 'erl', 'erl', 'r3');
  });

  it('the reference run (three erl nodes)', () => {
    expect(reference).toContain('c_connects_a: true\nc_names: [a3_name,c3_name,d3_name]\n');
    expect(reference).toContain('a_names: [a3_name,c3_name,d3_name]\n');
    expect(reference).toContain('a_sees_c_late: c\n');
  });

  for (const [d, a, cc, tag] of [
    ['erlts', 'erl', 'erl', 'h3'],
    ['erl', 'erlts', 'erl', 'i3'],
    ['erl', 'erl', 'erlts', 'j3'],
    ['erlts', 'erlts', 'erlts', 'k3'],
  ] as const) {
    it(`driver ${d}, A ${a}, C ${cc}`, async () => {
      expect(await three(d, a, cc, tag)).toBe(reference);
    });
  }
});

describe.skipIf(why !== undefined)('global: overlapping partitions are prevented', () => {
  const c = new Cluster();
  const config = path.join(mkdtempSync(path.join(os.tmpdir(), 'erlts-pop-')), 'nopop.config');
  beforeAll(async () => {
    writeFileSync(config, '[{kernel, [{prevent_overlapping_partitions, false}]}].\n');
    await c.start();
    c.compile();
  });
  afterAll(() => c.stop());

  type Kind = 'erl' | 'erlts';
  /** C runs without the prevention (see dist_gpop.erl). */
  async function pop(driver: Kind, a: Kind, cc: Kind, tag: string): Promise<string> {
    const [na, nc, nd] = [nodeName(`${tag}a`), nodeName(`${tag}c`), nodeName(`${tag}b`)];
    if (a === 'erl') c.erl(na, 'dist_gpeer:serve(a3_name)');
    else c.erlts(na, 'dist_gpeer.erl', ['a3_name']);
    if (cc === 'erl') c.erl(nc, 'dist_gpeer:serve(c3_name)', 60000, ['-kernel', 'prevent_overlapping_partitions', 'false']);
    else c.erlts(nc, 'dist_gpeer.erl', ['c3_name'], 60000, {}, ['-config', config]);
    await c.registered(na);
    await c.registered(nc);
    const args = [`${na}@${HOST}`, `${nc}@${HOST}`];
    const d =
      driver === 'erl'
        ? c.erl(nd, `dist_gpop:main(["${args[0]}", "${args[1]}"]), halt().`)
        : c.erlts(nd, 'dist_gpop.erl', args);
    await d.done;
    return d.out
      .replace(/::\d\d:\d\d:\d\d\.\d+ ===/g, '::TIME ===')
      .replaceAll(na, 'A')
      .replaceAll(nc, 'C')
      .replaceAll(nd, 'DRIVER');
  }

  let reference = '';
  beforeAll(async () => {
    reference = await pop('erl', 'erl', 'erl', 'r4');
  });

  it('the reference run (three erl nodes)', () => {
    expect(reference).toContain('names: [a3_name,c3_name]\n=WARNING REPORT==== ');
    expect(reference).toContain(
      "'global' at node DRIVER@" + HOST + ' requested disconnect from node C@' + HOST + ' in order to prevent overlapping partitions\na_drops_c: true\nc_gone: true\nnodes: [a]\n',
    );
    expect(reference).toContain('a_names_after: [a3_name]\n');
  });

  for (const [d, a, cc, tag] of [
    ['erlts', 'erl', 'erl', 'h4'],
    ['erl', 'erlts', 'erl', 'i4'],
    ['erl', 'erl', 'erlts', 'j4'],
    ['erlts', 'erlts', 'erlts', 'k4'],
  ] as const) {
    it(`driver ${d}, A ${a}, C ${cc}`, async () => {
      expect(await pop(d, a, cc, tag)).toBe(reference);
    });
  }
});
