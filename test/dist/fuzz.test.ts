// Malformed input never crashes a node. In process: 100,000 malformed distribution
// frames of eight kinds go through the frame decoder (runtime/dist/node.ts), every
// one is rejected (the connection would be dropped), none throws; 20,000 random byte
// mutations of valid frames do not throw either. Over the network, against a running
// erlts node: garbage handshakes, wrong cookies, and malformed frames on authenticated
// connections are all rejected (the node closes the connection), and the node still
// answers a ping afterwards.
import * as net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conn, Dist } from '../../runtime/dist/node.js';
import { FrameReader, initiate, frame16 } from '../../runtime/dist/handshake.js';
import { portPlease } from '../../runtime/dist/epmd.js';
import { termToBinary } from '../../runtime/term/etf.js';
import { NIL, Pid, Ref, type Term } from '../../runtime/term/types.js';
import { Cluster, nodeName, HOST, skipReason } from './helpers.js';

/** A small seeded PRNG (mulberry32): the same frames every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEER = 'fuzzer@' + HOST;
const rp = new Pid(40, 0, PEER, 7);
const lp = new Pid(9, 0, 'me@' + HOST, 0);
const ref = new Ref([1, 2, 3], PEER, 7);

/** Valid control messages (with payload or not) to start from. */
const VALID: [Term, Term | undefined][] = [
  [[1, rp, lp], undefined],
  [[22, rp, lp], 'hello'],
  [[6, rp, '', 'no_such_name'], ['a', 1]],
  [[8, rp, lp, 'normal'], undefined],
  [[24, rp, lp], 'boom'],
  [[19, rp, lp, ref], undefined],
  [[20, rp, lp, ref], undefined],
  [[21, rp, lp, ref, 'x'], undefined],
  [[29, ref, rp, rp, ['m', 'f', 0], NIL], NIL],
  [[31, ref, lp, 0, 'badarg'], undefined],
  [[33, rp, ref], 'msg'],
  [[35, 1, rp, lp], undefined],
];

function frame(ctrl: Term, msg: Term | undefined): Buffer {
  const parts = [Buffer.from([112]), Buffer.from(termToBinary(ctrl))];
  if (msg !== undefined) parts.push(Buffer.from(termToBinary(msg)));
  return Buffer.concat(parts);
}

/** One malformed frame of kind `k`. */
function malformed(k: number, rnd: () => number): Buffer {
  const [ctrl, msg] = VALID[Math.floor(rnd() * VALID.length)]!;
  const t = ctrl as Term[];
  switch (k) {
    case 0: {
      // garbage that is not a pass-through frame
      const b = Buffer.alloc(1 + Math.floor(rnd() * 40));
      for (let i = 0; i < b.length; i++) b[i] = Math.floor(rnd() * 256);
      if (b[0] === 112) b[0] = 68;
      return b;
    }
    case 1: {
      // the control message cut short
      const c = Buffer.from(termToBinary(ctrl));
      return Buffer.concat([Buffer.from([112]), c.subarray(0, 1 + Math.floor(rnd() * (c.length - 1)))]);
    }
    case 2: {
      // one element too many or too few
      const bad = rnd() < 0.5 ? t.slice(0, -1) : [...t, 'extra'];
      return frame(bad, msg);
    }
    case 3: {
      // an atom where a pid or reference goes
      const bad = t.map((x) => (x instanceof Pid || x instanceof Ref ? 'oops' : x));
      return frame(bad, msg);
    }
    case 4: {
      // not a tuple, or an unknown operation
      return rnd() < 0.5 ? frame('atom', msg) : frame([99 + Math.floor(rnd() * 100), rp, lp], msg);
    }
    case 5: {
      // bytes after the terms that are no term
      return Buffer.concat([frame(ctrl, msg), Buffer.from([131, 255, 1, 2])]);
    }
    case 6: {
      // a payload where none goes, or none where one is needed
      return msg === undefined ? frame(ctrl, 'payload') : frame(ctrl, undefined);
    }
    default: {
      // a distribution header that is wrong: a reference to an empty cache slot, flags
      // cut short, a later fragment of no message, an unknown kind
      const body = Buffer.from(termToBinary(ctrl)).subarray(1);
      switch (Math.floor(rnd() * 4)) {
        case 0:
          return Buffer.concat([Buffer.from([131, 68, 1, 0, Math.floor(rnd() * 256)]), body]);
        case 1:
          return Buffer.from([131, 68, 5, 0]);
        case 2: {
          const b = Buffer.alloc(18 + body.length);
          b[0] = 131;
          b[1] = 70;
          b.writeBigUInt64BE(BigInt(Math.floor(rnd() * 1000)), 2);
          b.writeBigUInt64BE(1n, 10);
          body.copy(b, 18);
          return b;
        }
        default:
          return Buffer.concat([Buffer.from([131, 71 + Math.floor(rnd() * 10), 0]), body]);
      }
    }
  }
}

describe('distribution frames: malformed input', () => {
  it('100,000 malformed frames are all rejected, none throws', () => {
    const d = new Dist();
    const c = new Conn(d, PEER);
    // (the valid frames these are made from are accepted)
    for (const [ctrl, msg] of VALID) expect(d.frame(c, frame(ctrl, msg))).toBe(true);
    const rnd = prng(42);
    let rejected = 0;
    const N = 100000;
    for (let i = 0; i < N; i++) {
      const f = malformed(i % 8, rnd);
      if (!d.frame(c, f)) rejected++;
      c.queued.length = 0;
    }
    expect(rejected).toBe(N);
  });

  it('20,000 random mutations of valid frames do not throw', () => {
    const d = new Dist();
    const c = new Conn(d, PEER);
    const rnd = prng(7);
    let accepted = 0;
    for (let i = 0; i < 20000; i++) {
      const [ctrl, msg] = VALID[i % VALID.length]!;
      const f = frame(ctrl, msg);
      const n = 1 + Math.floor(rnd() * 3);
      for (let j = 0; j < n; j++) f[1 + Math.floor(rnd() * (f.length - 1))] = Math.floor(rnd() * 256);
      if (d.frame(c, f)) accepted++;
      c.queued.length = 0;
    }
    // Some mutations still make a valid frame; what matters is that nothing threw.
    expect(accepted).toBeLessThan(20000);
  });
});

const why = skipReason(false);
if (why !== undefined) console.warn(`SKIPPED: network fuzz of an erlts node (${why})`);

describe.skipIf(why !== undefined)('an erlts node under malformed connections', () => {
  const c = new Cluster();
  let port = 0;
  const target = nodeName('fz');
  beforeAll(async () => {
    await c.start();
    c.erlts(target, 'dist_peer.erl', [], 90000);
    await c.registered(target);
    port = (await portPlease('127.0.0.1', target, c.epmd!.port))!.port;
  });
  afterAll(() => c.stop());

  /** Opens a connection, lets `act` talk, resolves true when the node closes it. */
  function closedByNode(act: (s: net.Socket) => void | Promise<void>, ms = 5000): Promise<boolean> {
    return new Promise((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port });
      const timer = setTimeout(() => (s.destroy(), resolve(false)), ms);
      s.on('error', () => {});
      s.on('close', () => (clearTimeout(timer), resolve(true)));
      s.on('connect', () => void Promise.resolve(act(s)).catch(() => {}));
    });
  }

  async function batches(n: number, one: (i: number) => Promise<boolean>): Promise<number> {
    let ok = 0;
    for (let i = 0; i < n; i += 50) {
      const rs = await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, j) => one(i + j)));
      ok += rs.filter(Boolean).length;
    }
    return ok;
  }

  it('garbage handshakes, wrong cookies and malformed frames are rejected; the node still answers', async () => {
    const rnd = prng(1);
    // 1. handshake messages that are complete frames but not a valid send_name
    const garbage = await batches(400, () =>
      closedByNode((s) => {
        const body = Buffer.alloc(1 + Math.floor(rnd() * 30));
        for (let i = 0; i < body.length; i++) body[i] = Math.floor(rnd() * 256);
        if (body[0] === 0x4e || body[0] === 0x6e) body[0] = 0x41;
        s.write(frame16(body));
      }),
    );
    expect(garbage).toBe(400);
    // 2. a proper handshake with the wrong cookie
    let refused = 0;
    await batches(200, async (i) => {
      const ok = await closedByNode(async (s) => {
        const r = new FrameReader(s);
        await initiate(s, r, `fz${i}@${HOST}`, 5, 'wrong_cookie').then(
          () => undefined,
          () => void refused++,
        );
      });
      return ok;
    });
    expect(refused).toBe(200);
    // 3. the right cookie, then one malformed frame: the node drops the connection
    const rnd2 = prng(3);
    const dropped = await batches(200, (i) =>
      closedByNode(async (s) => {
        const r = new FrameReader(s);
        await initiate(s, r, `fy${i}@${HOST}`, 5, c.cookie);
        r.detach();
        const f = malformed(i % 8, rnd2);
        const head = Buffer.alloc(4);
        head.writeUInt32BE(f.length, 0);
        s.write(Buffer.concat([head, f]));
      }),
    );
    expect(dropped).toBe(200);
    // 4. the node is alive and answers a ping from another node
    const pinger = c.erlts(nodeName('fp'), 'dist_ping.erl', [`${target}@${HOST}`]);
    await pinger.done;
    expect(pinger.out).toBe('pong\n');
  }, 90000);
});
