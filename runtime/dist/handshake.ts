// The distribution handshake (protocol version 6, OTP 23 and later), both sides.
//
// Every handshake message is a 2-byte length then a tag byte:
//   A -> B  'N' flags:64 creation:32 nlen:16 name        send_name
//   B -> A  's' status                                   "ok", "ok_simultaneous", "nok", "not_allowed", "alive"
//   B -> A  'N' flags:64 challenge:32 creation:32 nlen:16 name
//   A -> B  'r' challenge:32 digest:16 bytes            digest = md5(cookie ++ integer_to_list(B's challenge))
//   B -> A  'a' digest:16 bytes                          md5(cookie ++ integer_to_list(A's challenge))
// An old-style send_name ('n' version:16 flags:32 name) from A is accepted when it
// carries DFLAG_HANDSHAKE_23 (A then sends complement 'c' flagshigh:32 creation:32).
// Digests are compared in constant time. Anything unexpected rejects the connection.
import { nodeCrypto } from '../host/builtins.js';
import type * as net from 'node:net';

// Distribution flags (erl_dist_protocol).
export const DFLAG_PUBLISHED = 0x1n;
export const DFLAG_EXTENDED_REFERENCES = 0x4n;
export const DFLAG_DIST_MONITOR = 0x8n;
export const DFLAG_FUN_TAGS = 0x10n;
export const DFLAG_DIST_MONITOR_NAME = 0x20n;
export const DFLAG_NEW_FUN_TAGS = 0x80n;
export const DFLAG_EXTENDED_PIDS_PORTS = 0x100n;
export const DFLAG_EXPORT_PTR_TAG = 0x200n;
export const DFLAG_BIT_BINARIES = 0x400n;
export const DFLAG_NEW_FLOATS = 0x800n;
export const DFLAG_UNICODE_IO = 0x1000n;
export const DFLAG_DIST_HDR_ATOM_CACHE = 0x2000n;
export const DFLAG_SMALL_ATOM_TAGS = 0x4000n;
export const DFLAG_UTF8_ATOMS = 0x10000n;
export const DFLAG_MAP_TAG = 0x20000n;
export const DFLAG_BIG_CREATION = 0x40000n;
export const DFLAG_SEND_SENDER = 0x80000n;
export const DFLAG_EXIT_PAYLOAD = 0x400000n;
export const DFLAG_FRAGMENTS = 0x800000n;
export const DFLAG_HANDSHAKE_23 = 0x1000000n;
export const DFLAG_UNLINK_ID = 0x2000000n;
export const DFLAG_MANDATORY_25_DIGEST = 0x4000000n;
export const DFLAG_SPAWN = 1n << 32n;
export const DFLAG_V4_NC = 1n << 34n;
export const DFLAG_ALIAS = 1n << 35n;

/** What OTP 25 requires of a peer (or DFLAG_MANDATORY_25_DIGEST alone). */
export const MANDATORY_25 =
  DFLAG_EXTENDED_REFERENCES | DFLAG_FUN_TAGS | DFLAG_EXTENDED_PIDS_PORTS | DFLAG_NEW_FUN_TAGS | DFLAG_EXPORT_PTR_TAG |
  DFLAG_BIT_BINARIES | DFLAG_NEW_FLOATS | DFLAG_UTF8_ATOMS | DFLAG_MAP_TAG | DFLAG_BIG_CREATION | DFLAG_HANDSHAKE_23;

/** What we advertise. We accept the distribution header with its atom cache and
 * fragments (DIST_HDR_ATOM_CACHE, FRAGMENTS) and send pass-through frames, which every
 * node accepts. */
export const OUR_FLAGS =
  MANDATORY_25 | DFLAG_PUBLISHED | DFLAG_DIST_MONITOR | DFLAG_DIST_MONITOR_NAME | DFLAG_UNICODE_IO | DFLAG_SMALL_ATOM_TAGS |
  DFLAG_DIST_HDR_ATOM_CACHE | DFLAG_FRAGMENTS |
  DFLAG_SEND_SENDER | DFLAG_EXIT_PAYLOAD | DFLAG_UNLINK_ID | DFLAG_MANDATORY_25_DIGEST | DFLAG_SPAWN | DFLAG_V4_NC | DFLAG_ALIAS;

/** What we need of a peer beyond OTP 25's mandatory set. */
const WE_NEED = DFLAG_SPAWN | DFLAG_UNLINK_ID | DFLAG_V4_NC;

export function peerFlagsOk(flags: bigint): boolean {
  const f = (flags & DFLAG_MANDATORY_25_DIGEST) !== 0n ? flags | MANDATORY_25 : flags;
  return (f & (MANDATORY_25 | WE_NEED)) === (MANDATORY_25 | WE_NEED);
}

export function digest(cookie: string, challenge: number): Buffer {
  return nodeCrypto().createHash('md5').update(Buffer.from(cookie, 'latin1')).update(String(challenge >>> 0)).digest();
}

/** Constant-time comparison of two digests. */
export function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && nodeCrypto().timingSafeEqual(a, b);
}

export function newChallenge(): number {
  return nodeCrypto().randomBytes(4).readUInt32BE(0);
}

export class HandshakeError extends Error {}

/** Reads 2-byte-length frames from a socket during the handshake. */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);
  private waiter: ((b: Buffer) => void) | null = null;
  private failer: ((e: Error) => void) | null = null;
  private failed: Error | null = null;
  constructor(private readonly sock: net.Socket) {
    sock.on('data', this.onData);
    sock.on('close', this.onClose);
    sock.on('error', this.onClose);
  }
  private readonly onData = (c: Buffer): void => {
    this.buf = this.buf.length === 0 ? c : Buffer.concat([this.buf, c]);
    this.pump();
  };
  private readonly onClose = (): void => {
    this.failed ??= new HandshakeError('closed');
    this.failer?.(this.failed);
  };
  private pump(): void {
    if (this.waiter === null || this.buf.length < 2) return;
    const len = this.buf.readUInt16BE(0);
    if (this.buf.length < 2 + len) return;
    const f = this.buf.subarray(2, 2 + len);
    this.buf = this.buf.subarray(2 + len);
    const w = this.waiter;
    this.waiter = this.failer = null;
    w(f);
  }
  next(): Promise<Buffer> {
    if (this.failed !== null) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiter = resolve;
      this.failer = reject;
      this.pump();
    });
  }
  /** Stops reading; returns the bytes already received after the handshake. */
  detach(): Buffer {
    this.sock.off('data', this.onData);
    this.sock.off('close', this.onClose);
    this.sock.off('error', this.onClose);
    return this.buf;
  }
}

export function frame16(body: Buffer): Buffer {
  const out = Buffer.alloc(2 + body.length);
  out.writeUInt16BE(body.length, 0);
  body.copy(out, 2);
  return out;
}

function flagsOf(b: Buffer, at: number): bigint {
  return (BigInt(b.readUInt32BE(at)) << 32n) | BigInt(b.readUInt32BE(at + 4));
}

function putFlags(b: Buffer, at: number, f: bigint): void {
  b.writeUInt32BE(Number((f >> 32n) & 0xffffffffn), at);
  b.writeUInt32BE(Number(f & 0xffffffffn), at + 4);
}

export function sendNameN(name: string, creation: number, flags = OUR_FLAGS): Buffer {
  const n = Buffer.from(name, 'utf8');
  const b = Buffer.alloc(15 + n.length);
  b[0] = 0x4e; // 'N'
  putFlags(b, 1, flags);
  b.writeUInt32BE(creation >>> 0, 9);
  b.writeUInt16BE(n.length, 13);
  n.copy(b, 15);
  return b;
}

export function challengeN(name: string, creation: number, challenge: number, flags = OUR_FLAGS): Buffer {
  const n = Buffer.from(name, 'utf8');
  const b = Buffer.alloc(19 + n.length);
  b[0] = 0x4e;
  putFlags(b, 1, flags);
  b.writeUInt32BE(challenge >>> 0, 9);
  b.writeUInt32BE(creation >>> 0, 13);
  b.writeUInt16BE(n.length, 17);
  n.copy(b, 19);
  return b;
}

export interface Peer {
  name: string;
  flags: bigint;
  creation: number;
}

function validNodeName(s: string): boolean {
  const at = s.indexOf('@');
  return at > 0 && at < s.length - 1 && s.indexOf('@', at + 1) < 0 && s.length <= 255;
}

/** The initiating side (A). `cookie` is the cookie for that peer. To "alive" (B has
 * a connection to us) we answer true (ours is gone: B drops it) unless `connected()`
 * says that we have one too (a simultaneous connect that came in while this attempt
 * was on its way): then false, and this attempt ends. */
export async function initiate(
  sock: net.Socket,
  r: FrameReader,
  me: string,
  creation: number,
  cookie: string,
  connected: () => boolean = () => false,
): Promise<Peer> {
  sock.write(frame16(sendNameN(me, creation)));
  const st = await r.next();
  if (st[0] !== 0x73) throw new HandshakeError('bad status'); // 's'
  const status = st.subarray(1).toString('latin1');
  if (status === 'alive') {
    if (connected()) {
      sock.write(frame16(Buffer.from('sfalse', 'latin1')));
      throw new HandshakeError('alive');
    }
    sock.write(frame16(Buffer.from('strue', 'latin1')));
  } else if (status !== 'ok' && status !== 'ok_simultaneous') throw new HandshakeError(status);
  const ch = await r.next();
  if (ch[0] !== 0x4e || ch.length < 19) throw new HandshakeError('bad challenge');
  const flags = flagsOf(ch, 1);
  const challenge = ch.readUInt32BE(9);
  const peerCreation = ch.readUInt32BE(13);
  const nlen = ch.readUInt16BE(17);
  if (ch.length !== 19 + nlen) throw new HandshakeError('bad challenge');
  const name = ch.subarray(19).toString('utf8');
  if (!peerFlagsOk(flags) || !validNodeName(name)) throw new HandshakeError('bad flags');
  const mine = newChallenge();
  const reply = Buffer.alloc(21);
  reply[0] = 0x72; // 'r'
  reply.writeUInt32BE(mine, 1);
  digest(cookie, challenge).copy(reply, 5);
  sock.write(frame16(reply));
  const ack = await r.next();
  if (ack[0] !== 0x61 || ack.length !== 17) throw new HandshakeError('bad ack'); // 'a'
  if (!sameDigest(ack.subarray(1), digest(cookie, mine))) throw new HandshakeError('bad cookie');
  return { name, flags, creation: peerCreation };
}

/** The accepting side (B): reads A's name, asks `admit` what to answer, then the
 * challenge. `cookieFor` gives the cookie for a peer. */
export async function accept(
  sock: net.Socket,
  r: FrameReader,
  me: string,
  creation: number,
  cookieFor: (peer: string) => string,
  admit: (peer: string) => 'ok' | 'ok_simultaneous' | 'nok' | 'alive',
): Promise<Peer> {
  const sn = await r.next();
  let flags: bigint;
  let name: string;
  let peerCreation = 0;
  let old = false;
  if (sn[0] === 0x4e && sn.length >= 15) {
    flags = flagsOf(sn, 1);
    peerCreation = sn.readUInt32BE(9);
    const nlen = sn.readUInt16BE(13);
    if (sn.length !== 15 + nlen) throw new HandshakeError('bad name');
    name = sn.subarray(15).toString('utf8');
  } else if (sn[0] === 0x6e && sn.length >= 7) {
    flags = BigInt(sn.readUInt32BE(3));
    if ((flags & DFLAG_HANDSHAKE_23) === 0n) throw new HandshakeError('old peer');
    name = sn.subarray(7).toString('utf8');
    old = true;
  } else throw new HandshakeError('bad name');
  if (!validNodeName(name)) throw new HandshakeError('bad name');
  if (!old && !peerFlagsOk(flags)) {
    sock.write(frame16(Buffer.from('snot_allowed', 'latin1')));
    throw new HandshakeError('bad flags');
  }
  const verdict = admit(name);
  sock.write(frame16(Buffer.from('s' + verdict, 'latin1')));
  if (verdict === 'nok') throw new HandshakeError('nok');
  if (verdict === 'alive') {
    const ans = await r.next();
    if (ans.toString('latin1') !== 'strue') throw new HandshakeError('alive');
  }
  const mine = newChallenge();
  sock.write(frame16(challengeN(me, creation, mine)));
  let rep = await r.next();
  if (old && rep[0] === 0x63 && rep.length === 9) {
    // complement: the high flags and the creation
    flags |= BigInt(rep.readUInt32BE(1)) << 32n;
    peerCreation = rep.readUInt32BE(5);
    rep = await r.next();
  }
  if (old && !peerFlagsOk(flags)) throw new HandshakeError('bad flags');
  if (rep[0] !== 0x72 || rep.length !== 21) throw new HandshakeError('bad reply');
  const theirs = rep.readUInt32BE(1);
  const cookie = cookieFor(name);
  if (!sameDigest(rep.subarray(5), digest(cookie, mine))) throw new HandshakeError('bad cookie');
  const ack = Buffer.alloc(17);
  ack[0] = 0x61;
  digest(cookie, theirs).copy(ack, 1);
  sock.write(frame16(ack));
  return { name, flags, creation: peerCreation };
}
