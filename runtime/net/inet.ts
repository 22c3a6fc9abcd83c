// Sockets: the native half of gen_tcp, gen_udp and inet (module `erlts_inet`), on
// Node's `net` and `dgram`.
//
// A socket is a port term (`#Port<0.N>`) owned by its controlling process: it closes
// when the owner exits, and only the owner may hand it on. Everything that would block
// on BEAM (listen, connect, accept, recv, a send into a full buffer, a UDP bind) is
// split in two: the native either answers at once or returns `wait` and later delivers
// `{Ref, Result}` to the caller, which waits for it in a receive
// (stdlib/src/gen_tcp.erl) with the caller's timeout; `cancel/2` withdraws a request
// whose time is up. Active delivery ({tcp, S, Data}, {udp, ...}) is native: a chunk
// of input becomes the owner's message without any Erlang in between.
//
// Flow control: in passive mode a Node socket is paused whenever nobody is waiting in
// recv, so a peer that sends faster than the owner reads is held back by TCP itself;
// in active `once`/N mode it is paused once the owner has been sent what it allowed.
import type * as net from 'node:net';
import type * as dgram from 'node:dgram';
import { nodeDgram, nodeDns, nodeNet } from '../host/builtins.js';
import { Buffer } from 'node:buffer';
import * as os from 'node:os';
import { Bitstring, EMPTY_BINARY } from '../term/bitstring.js';
import { badarg, ErlangError } from '../term/errors.js';
import { fromArray, fromBytes, fromString, toArrayOrUndefined, toJsString } from '../term/list.js';
import { isAtom, NIL, Pid, Port, Ref, type Term } from '../term/types.js';
import { iolistPieces, type Piece } from '../bifs/erlang-iolist.js';
import { registerNative } from '../bifs/registry.js';
import { S } from '../exec/state.js';
import { EXITED, type Process } from '../proc/process.js';
import type { Scheduler } from '../proc/scheduler.js';
import { reportAllowed, reportHeader } from '../proc/report.js';
import { portSignals, removeMessages, type PortSignals } from '../proc/bifs.js';

type Kind = 'listen' | 'tcp' | 'udp';
type Active = boolean | 'once' | number;
type Packet = 0 | 1 | 2 | 4 | 'line';

/** Socket options, as inet:getopts reports them. */
interface Opts {
  binary: boolean;
  active: Active;
  packet: Packet;
  packetSize: number;
  header: number;
  reuseaddr: boolean;
  nodelay: boolean;
  keepalive: boolean;
  exitOnClose: boolean;
  sendTimeout: number | 'infinity';
  sendTimeoutClose: boolean;
  delaySend: boolean;
  backlog: number;
  recbuf: number;
  sndbuf: number;
  buffer: number;
  broadcast: boolean;
  linger: [boolean, number];
  showEconnreset: boolean;
}

function defaultOpts(): Opts {
  return {
    binary: false, active: true, packet: 0, packetSize: 0, header: 0, reuseaddr: false, nodelay: false,
    keepalive: false, exitOnClose: true, sendTimeout: 'infinity', sendTimeoutClose: false, delaySend: false,
    backlog: 5, recbuf: 131072, sndbuf: 16384, buffer: 1460, broadcast: false, linger: [false, 0],
    showEconnreset: false,
  };
}

/** A waiting request: who asked, the reference its answer is tagged with. */
interface Waiter {
  proc: Process;
  ref: Term;
  len: number;
}

/** One node's sockets. */
class Net {
  readonly socks = new Map<number, Sock>();
  /** The sockets each process is linked to (its own, and any it linked to). */
  readonly byProc = new Map<Process, Set<Sock>>();
  /** Connects under way, by the caller's reference (cancel_connect). */
  readonly connecting = new Map<Term, Sock>();
  constructor(readonly sched: Scheduler) {
    sched.exitHooks.push((p) => this.ownerExit(p));
    sched.stopHooks.push(() => this.stopAll());
  }
  /** A linked process exited: the socket closes if it was the owner or the reason is
   * not normal (a port's link semantics). */
  ownerExit(p: Process): void {
    const set = this.byProc.get(p);
    if (set === undefined) return;
    this.byProc.delete(p);
    for (const s of set) {
      s.links.delete(p);
      // The port dies with the reason, and passes it on to its other links.
      if (s.owner === p || p.exitReason !== 'normal') portExit(s, p.exitReason);
    }
  }
  stopAll(): void {
    for (const s of [...this.socks.values()]) s.close();
    this.byProc.clear();
  }
  link(s: Sock, p: Process): void {
    s.links.add(p);
    let set = this.byProc.get(p);
    if (set === undefined) this.byProc.set(p, (set = new Set()));
    set.add(s);
  }
  unlink(s: Sock, p: Process): void {
    s.links.delete(p);
    const set = this.byProc.get(p);
    if (set === undefined) return;
    set.delete(s);
    if (set.size === 0) this.byProc.delete(p);
  }
  /** The new owner is linked, the old one unlinked (as port_connect + unlink). */
  setOwner(s: Sock, p: Process): void {
    if (s.owner !== undefined) this.unlink(s, s.owner);
    s.owner = p;
    this.link(s, p);
  }
}

const nets = new WeakMap<Scheduler, Net>();
function netOf(sched: Scheduler): Net {
  let n = nets.get(sched);
  if (n === undefined) nets.set(sched, (n = new Net(sched)));
  return n;
}

// Port numbers: OTP's escript node has made a few ports before the program runs.
let nextPortId = 5;

class Sock {
  readonly port: Port;
  owner!: Process;
  /** Processes linked to the port (the owner, unless it unlinked). */
  readonly links = new Set<Process>();
  opts: Opts;
  server: net.Server | null = null;
  sock: net.Socket | null = null;
  udp: dgram.Socket | null = null;
  /** Closed on our side (gen_tcp:close, owner gone, exit_on_close after the peer's close). */
  closed = false;
  /** The peer has closed (end of input). */
  eof = false;
  /** A passive recv has reported the close: later calls see a socket that is not
   * connected (enotconn), as inet_drv's. */
  eofReported = false;
  /** An error from the connection, reported once (econnreset, ...). */
  error: string | null = null;
  /** Input not yet delivered. */
  chunks: Buffer[] = [];
  inLen = 0;
  /** Datagrams not yet delivered: [address, port, data]. */
  dgrams: [string, number, Buffer][] = [];
  recvQ: Waiter[] = [];
  /** Accepted connections nobody has taken yet, and processes waiting in accept. */
  pending: net.Socket[] = [];
  acceptQ: Waiter[] = [];
  sendQ: Waiter[] = [];
  /** Read side shut down by us (shutdown(S, read)). */
  readShut = false;
  /** tcp_closed (or udp close) already told to an active owner. */
  closeTold = false;
  readonly input = { n: 0 };
  output = 0;
  localAddr: [string, number] | null = null;
  remoteAddr: [string, number] | null = null;
  family: 'inet' | 'inet6' = 'inet';

  constructor(
    readonly net: Net,
    readonly kind: Kind,
    owner: Process,
    opts: Opts,
  ) {
    this.port = new Port(nextPortId++);
    this.opts = opts;
    net.socks.set(this.port.id as number, this);
    net.setOwner(this, owner);
  }

  get sched(): Scheduler {
    return this.net.sched;
  }

  /** Hooks a connected Node socket to this port. */
  attach(s: net.Socket): void {
    this.sock = s;
    s.setNoDelay(this.opts.nodelay);
    if (this.opts.keepalive) s.setKeepAlive(true);
    this.localAddr = [s.localAddress ?? '0.0.0.0', s.localPort ?? 0];
    this.remoteAddr = [s.remoteAddress ?? '0.0.0.0', s.remotePort ?? 0];
    s.on('data', (b: Buffer) => {
      if (this.closed) return;
      this.chunks.push(b);
      this.inLen += b.length;
      this.input.n += b.length;
      this.pump();
    });
    s.on('end', () => {
      if (this.closed) return;
      this.eof = true;
      this.pump();
    });
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (this.closed) return;
      const why = posixName(e);
      // A reset reads as a plain close unless {show_econnreset, true}, as on BEAM.
      if (why !== 'econnreset' || this.opts.showEconnreset) this.error = why;
      this.eof = true;
      this.failSends();
      this.pump();
    });
    s.on('close', () => {
      if (this.closed) return;
      this.eof = true;
      this.failSends();
      this.pump();
    });
    s.on('drain', () => this.drained());
    this.flow();
  }

  // ------------------------------------------------------------------ input

  /** Deliver what can be delivered: to an active owner, or to waiting recv calls. */
  pump(): void {
    if (this.closed) return;
    if (this.kind === 'udp') return this.pumpUdp();
    if (this.opts.active !== false) {
      while ((this.opts.active as Active) !== false && !this.closed) {
        const pkt = this.takePacket(0);
        if (pkt === null) break;
        if (pkt instanceof Error) {
          // A packet over packet_size ends the connection: the owner hears why, then the close.
          this.closeTold = true;
          this.sched.deliver(this.owner, ['tcp_error', this.port, 'emsgsize']);
          this.sched.deliver(this.owner, ['tcp_closed', this.port]);
          this.close();
          return;
        }
        this.sched.deliver(this.owner, ['tcp', this.port, this.data(pkt)]);
        this.consumedActive('tcp_passive');
      }
      if ((this.opts.active as Active) !== false && this.eof && !this.closed && !this.closeTold && this.nothingLeft()) {
        this.closeTold = true;
        this.chunks = [];
        this.inLen = 0;
        if (this.error !== null && this.error !== 'closed') this.sched.deliver(this.owner, ['tcp_error', this.port, this.error]);
        this.sched.deliver(this.owner, ['tcp_closed', this.port]);
        if (this.opts.exitOnClose) this.close();
      }
    } else {
      while (this.recvQ.length > 0) {
        const w = this.recvQ[0]!;
        // A reader that died waiting takes nothing with it.
        if (w.proc.status === EXITED) {
          this.recvQ.shift();
          continue;
        }
        const r = this.recvNow(w.len);
        if (r === null) break;
        this.recvQ.shift();
        this.sched.deliver(w.proc, [w.ref, r]);
      }
    }
    this.flow();
  }

  /** Everything received has been delivered (what is left cannot make a packet). */
  nothingLeft(): boolean {
    if (this.inLen === 0) return true;
    return this.opts.packet !== 0;
  }

  /** One active message was sent: `once` becomes false, N counts down. */
  consumedActive(passiveTag: string): void {
    const a = this.opts.active;
    if (a === 'once') this.opts.active = false;
    else if (typeof a === 'number') {
      if (a <= 1) {
        this.opts.active = false;
        this.sched.deliver(this.owner, [passiveTag, this.port]);
      } else this.opts.active = a - 1;
    }
  }

  /** A passive recv answered now: the term, or null to wait. */
  recvNow(len: number): Term | null {
    if (this.closed) return ['error', 'closed'];
    const pkt = this.takePacket(len);
    if (pkt instanceof Error) return ['error', 'emsgsize'];
    if (pkt !== null) return ['ok', this.data(pkt)];
    if (this.eofReported) return this.opts.exitOnClose ? ERR_NOTCONN : ERR_CLOSED;
    if (this.eof) {
      // The rest of the input that makes no whole packet is lost, as on BEAM.
      this.eofReported = true;
      this.chunks = [];
      this.inLen = 0;
      // exit_on_close: the connection is gone (the port stays until closed).
      if (this.opts.exitOnClose) this.sock?.destroy();
      return ['error', this.error ?? 'closed'];
    }
    return null;
  }

  /** Removes one packet from the input (raw: `len` bytes, or all when 0). */
  takePacket(len: number): Buffer | Error | null {
    const p = this.opts.packet;
    if (this.inLen === 0) return null;
    if (p === 0) {
      if (len === 0) return this.take(this.inLen);
      return this.inLen >= len ? this.take(len) : null;
    }
    if (p === 'line') {
      let off = 0;
      for (const c of this.chunks) {
        const i = c.indexOf(10);
        if (i >= 0) {
          if (this.opts.packetSize > 0 && off + i + 1 > this.opts.packetSize) return new Error('emsgsize');
          return this.take(off + i + 1);
        }
        off += c.length;
      }
      if (this.opts.packetSize > 0 && this.inLen > this.opts.packetSize) return new Error('emsgsize');
      // A line longer than the receive buffer is delivered in pieces, as inet_drv does.
      if (this.inLen >= this.opts.recbuf) return this.take(this.opts.recbuf);
      return null;
    }
    if (this.inLen < p) return null;
    const head = this.peek(p);
    let size = 0;
    for (let i = 0; i < p; i++) size = size * 256 + head[i]!;
    if (this.opts.packetSize > 0 && size > this.opts.packetSize) return new Error('emsgsize');
    if (this.inLen < p + size) return null;
    this.take(p);
    return this.take(size);
  }

  private peek(n: number): Buffer {
    const c = this.chunks[0]!;
    if (c.length >= n) return c;
    const all = Buffer.concat(this.chunks);
    this.chunks = [all];
    return all;
  }

  private take(n: number): Buffer {
    if (n === 0) return EMPTY_BUFFER;
    this.inLen -= n;
    const c = this.chunks[0]!;
    if (c.length === n) {
      this.chunks.shift();
      return c;
    }
    if (c.length > n) {
      this.chunks[0] = c.subarray(n);
      return c.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let off = 0;
    while (off < n) {
      const d = this.chunks[0]!;
      const k = Math.min(d.length, n - off);
      d.copy(out, off, 0, k);
      off += k;
      if (k === d.length) this.chunks.shift();
      else this.chunks[0] = d.subarray(k);
    }
    return out;
  }

  /** Bytes as the socket's mode says: a binary, a list, or {header, N}'s mix. */
  data(b: Buffer): Term {
    const u = new Uint8Array(b.buffer, b.byteOffset, b.length);
    if (!this.opts.binary) return fromBytes(u);
    const h = this.opts.header;
    if (h > 0) {
      const k = Math.min(h, u.length);
      const rest = u.subarray(k);
      // Shorter than the header: all a list; else the header's bytes before the binary.
      if (u.length < h) return fromBytes(u);
      return fromBytes(u.subarray(0, k), new Bitstring(rest, 0, rest.length * 8));
    }
    return u.length === 0 ? EMPTY_BINARY : new Bitstring(u, 0, u.length * 8);
  }

  /** Read from the network while someone will take the data, and in passive mode
   * ahead up to READ_AHEAD bytes (as the kernel's buffer would hold them: a recv then
   * finds its data at once, and a reset is seen as it happens); beyond that the socket
   * is paused, and TCP holds the sender back. */
  flow(): void {
    const s = this.sock;
    if (s === null || this.closed) return;
    const want = this.opts.active !== false || this.recvQ.length > 0 || this.inLen < READ_AHEAD;
    if (want && !this.readShut) {
      if (s.isPaused()) s.resume();
    } else if (!s.isPaused()) s.pause();
  }

  // ------------------------------------------------------------------- udp

  pumpUdp(): void {
    while (this.dgrams.length > 0) {
      if (this.opts.active !== false) {
        const [a, p, d] = this.dgrams.shift()!;
        this.sched.deliver(this.owner, ['udp', this.port, ipTuple(a), p, this.udpData(d)]);
        this.consumedActive('udp_passive');
      } else if (this.recvQ.length > 0) {
        const w = this.recvQ.shift()!;
        const [a, p, d] = this.dgrams.shift()!;
        this.sched.deliver(w.proc, [w.ref, ['ok', [ipTuple(a), p, this.udpData(d, w.len)]]]);
      } else break;
    }
  }

  udpData(d: Buffer, len = 0): Term {
    // recv(S, Len) with a Len smaller than the datagram truncates it, as the OS does.
    return this.data(len > 0 && d.length > len ? d.subarray(0, len) : d);
  }

  // ------------------------------------------------------------------ output

  /** The connection is gone: senders waiting for a drain will not get one. */
  failSends(): void {
    const q = this.sendQ;
    this.sendQ = [];
    for (const w of q) this.sched.deliver(w.proc, [w.ref, ERR_CLOSED]);
  }

  drained(): void {
    const q = this.sendQ;
    this.sendQ = [];
    for (const w of q) this.sched.deliver(w.proc, [w.ref, 'ok']);
  }

  // ------------------------------------------------------------------- close

  /** Closes the socket for good; waiting callers hear `{error, closed}`. */
  close(): void {
    if (this.closed) return;
    this.closeKeepOwner();
    for (const p of [...this.links]) this.net.unlink(this, p);
  }

  private closeKeepOwner(): void {
    if (this.closed) return;
    this.closed = true;
    this.net.socks.delete(this.port.id as number);
    const closedReply: Term = ['error', 'closed'];
    for (const w of [...this.recvQ, ...this.acceptQ, ...this.sendQ]) this.sched.deliver(w.proc, [w.ref, closedReply]);
    this.recvQ = [];
    this.acceptQ = [];
    this.sendQ = [];
    this.chunks = [];
    this.inLen = 0;
    if (this.sock !== null) {
      const s = this.sock;
      // {linger, {true, 0}} aborts the connection (the peer sees a reset); otherwise
      // unsent output still goes out, then the connection closes (as close(2) does).
      if (this.opts.linger[0] && this.opts.linger[1] === 0 && !s.destroyed) s.resetAndDestroy();
      else if (s.writableLength > 0 && !s.destroyed) s.end();
      else s.destroy();
    }
    if (this.server !== null) {
      this.server.close();
      for (const c of this.pending) c.destroy();
      this.pending = [];
    }
    if (this.udp !== null) {
      try {
        this.udp.close();
      } catch {
        // not bound yet
      }
    }
  }
}

// ----------------------------------------------------------------- helpers

function posixName(e: NodeJS.ErrnoException): string {
  const c = e.code ?? '';
  if (c === 'ENOTFOUND' || c === 'EAI_NONAME' || c === 'EAI_AGAIN' || c === 'EAI_FAIL') return 'nxdomain';
  if (c === 'EPIPE') return 'closed';
  if (/^E[A-Z0-9]+$/.test(c)) return c.toLowerCase();
  return 'einval';
}

function me(): Process {
  const p = S.proc as Process | null;
  return p ?? badarg();
}

function sockOf(t: Term): Sock | null {
  if (!(t instanceof Port)) return null;
  return netOf(me().sched).socks.get(t.id as number) ?? null;
}

function isPortTerm(t: Term): t is Port {
  return t instanceof Port;
}

/** An IP address term from Node's text form. */
function ipTuple(a: string): Term {
  if (nodeNet().isIPv4(a)) return a.split('.').map(Number) as Term;
  if (a.startsWith('::ffff:') && nodeNet().isIPv4(a.slice(7))) return a.slice(7).split('.').map(Number) as Term;
  return ipv6Words(a) as Term;
}

function ipv6Words(a: string): number[] {
  const pct = a.indexOf('%');
  if (pct >= 0) a = a.slice(0, pct);
  let tail: number[] = [];
  const m = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (m !== null) {
    const v4 = m[1]!.split('.').map(Number);
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    a = a.slice(0, a.length - m[1]!.length);
    if (a.endsWith(':') && !a.endsWith('::')) a = a.slice(0, -1);
  }
  const [l, r] = a.includes('::') ? a.split('::') : [a, null];
  const left = l ? l.split(':').filter((x) => x !== '').map((x) => parseInt(x, 16)) : [];
  const right = r ? r.split(':').filter((x) => x !== '').map((x) => parseInt(x, 16)) : [];
  const fill = 8 - tail.length - left.length - right.length;
  return [...left, ...(r === null ? [] : new Array(Math.max(fill, 0)).fill(0)), ...right, ...tail];
}

/** An address term as text for Node, or null if it is not an address tuple. */
function ipText(t: Term): string | null {
  if (!Array.isArray(t)) return null;
  const ok = (x: Term, max: number): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;
  if (t.length === 4 && t.every((x) => ok(x, 255))) return t.join('.');
  if (t.length === 8 && t.every((x) => ok(x, 65535))) return (t as number[]).map((x) => x.toString(16)).join(':');
  return null;
}

/** Where to connect or send: an address tuple, a host name (string or atom). */
type Host = { ip: string } | { name: string };
function hostOf(t: Term): Host | null {
  const ip = ipText(t);
  if (ip !== null) return { ip };
  if (t === 'localhost') return { ip: '127.0.0.1' };
  if (isAtom(t) && typeof t === 'string') return { name: t };
  const s = toJsString(t);
  if (s !== undefined) {
    if (s === 'localhost') return { ip: '127.0.0.1' };
    if (nodeNet().isIP(s)) return { ip: s };
    return { name: s };
  }
  return null;
}

function resolve(h: Host, family: 'inet' | 'inet6', cb: (err: string | null, ip: string) => void): void {
  if ('ip' in h) return cb(null, h.ip);
  nodeDns().lookup(h.name, { family: family === 'inet6' ? 6 : 4 }, (err, addr) => {
    if (err) cb(posixName(err), '');
    else cb(null, addr);
  });
}

/** Parses an option list into `o`; returns the listen/bind address and port options, or
 * null for an option OTP rejects (einval). */
interface Where {
  ip: string | null;
  port: number | null;
  family: 'inet' | 'inet6';
}
function parseOpts(list: Term, o: Opts, w: Where | null): boolean {
  const items = toArrayOrUndefined(list);
  if (items === undefined) return false;
  for (const it of items) {
    if (it === 'binary') o.binary = true;
    else if (it === 'list') o.binary = false;
    else if (it === 'inet') w !== null && (w.family = 'inet');
    else if (it === 'inet6') w !== null && (w.family = 'inet6');
    else if (it === 'local') return false;
    else if (Array.isArray(it) && it.length === 2) {
      const [k, v] = it as [Term, Term];
      if (!setOpt(k, v, o, w)) return false;
    } else return false;
  }
  return true;
}

function bool(v: Term): v is boolean {
  return typeof v === 'boolean';
}
function int(v: Term): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** The options whose value is a boolean, by name, and where Opts keeps them. */
type BoolOpt = 'reuseaddr' | 'nodelay' | 'keepalive' | 'exitOnClose' | 'sendTimeoutClose' | 'delaySend' | 'broadcast' | 'showEconnreset';
const BOOL_OPTS = new Map<Term, BoolOpt>([
  ['reuseaddr', 'reuseaddr'], ['nodelay', 'nodelay'], ['keepalive', 'keepalive'], ['exit_on_close', 'exitOnClose'],
  ['send_timeout_close', 'sendTimeoutClose'], ['delay_send', 'delaySend'], ['broadcast', 'broadcast'], ['show_econnreset', 'showEconnreset'],
]);

function setOpt(k: Term, v: Term, o: Opts, w: Where | null): boolean {
  const b = BOOL_OPTS.get(k);
  if (b !== undefined) {
    if (!bool(v)) return false;
    o[b] = v;
    return true;
  }
  switch (k) {
    case 'active':
      if (bool(v) || v === 'once') o.active = v;
      else if (int(v) && v >= -32768 && v <= 32767) {
        // {active, N} adds to a counter already running, as on BEAM.
        const cur = typeof o.active === 'number' ? o.active : 0;
        const n = cur + v;
        if (n > 32767) return false;
        o.active = n <= 0 ? 0 : n;
      } else return false;
      return true;
    case 'packet':
      if (v === 0 || v === 'raw') o.packet = 0;
      else if (v === 1 || v === 2 || v === 4) o.packet = v;
      else if (v === 'line') o.packet = 'line';
      else return false;
      return true;
    case 'mode':
      if (v === 'binary') o.binary = true;
      else if (v === 'list') o.binary = false;
      else return false;
      return true;
    case 'packet_size':
      if (!int(v) || v < 0) return false;
      o.packetSize = v;
      return true;
    case 'header':
      if (!int(v) || v < 0) return false;
      o.header = v;
      return true;
    case 'send_timeout':
      if (!(v === 'infinity' || (int(v) && v >= 0))) return false;
      o.sendTimeout = v as number | 'infinity';
      return true;
    case 'backlog':
      if (!int(v)) return false;
      o.backlog = Math.max(v, 0);
      return true;
    case 'recbuf':
    case 'sndbuf':
    case 'buffer':
      if (!int(v) || v <= 0) return false;
      o[k] = v;
      return true;
    case 'linger':
      if (!(Array.isArray(v) && v.length === 2 && bool(v[0]!) && int(v[1]!))) return false;
      o.linger = [v[0] as boolean, v[1] as number];
      return true;
    case 'priority':
    case 'tos':
    case 'high_watermark':
    case 'low_watermark':
    case 'high_msgq_watermark':
    case 'low_msgq_watermark':
      return int(v);
    case 'ip':
    case 'ifaddr': {
      if (w === null) return false;
      if (v === 'any') w.ip = null;
      else if (v === 'loopback') w.ip = w.family === 'inet6' ? '::1' : '127.0.0.1';
      else {
        const t = ipText(v);
        if (t === null) return false;
        w.ip = t;
        if (t.includes(':')) w.family = 'inet6';
      }
      return true;
    }
    case 'port':
      if (w === null || !int(v) || v < 0 || v > 65535) return false;
      w.port = v;
      return true;
    case 'tcp_module':
    case 'udp_module':
    case 'raw':
    case 'netns':
    case 'bind_to_device':
    case 'debug':
    case 'deliver':
      return true;
    default:
      return false;
  }
}

/** The value of one option for getopts, or undefined if it cannot be read. */
function getOpt(s: Sock, k: Term): Term | undefined {
  const o = s.opts;
  const b = BOOL_OPTS.get(k);
  if (b !== undefined) return o[b];
  switch (k) {
    case 'active': return o.active;
    case 'packet': return o.packet === 0 ? 0 : o.packet;
    case 'mode': return o.binary ? 'binary' : 'list';
    case 'packet_size': return o.packetSize;
    case 'header': return o.header;
    case 'send_timeout': return o.sendTimeout;
    case 'recbuf': return o.recbuf;
    case 'sndbuf': return o.sndbuf;
    case 'buffer': return o.buffer;
    case 'linger': return o.linger as Term;
    default: return undefined;
  }
}

/** Bytes to send, with the packet header; null for data that is no iolist. */
function frame(s: Sock, data: Term): Buffer | null | 'emsgsize' {
  let buf: Buffer;
  if (data instanceof Bitstring && (data.bitSize & 7) === 0 && (data.bitOffset & 7) === 0) {
    const off = data.bitOffset >>> 3;
    buf = Buffer.from(data.buf.buffer, data.buf.byteOffset + off, data.bitSize >>> 3);
  } else {
    const pieces = iolistPieces(data, false);
    if (pieces === null) return null;
    buf = piecesBuffer(pieces);
  }
  const p = s.opts.packet;
  if (p === 1 || p === 2 || p === 4) {
    const n = buf.length;
    // A packet too long for its header is not refused (send/2 says ok on BEAM too).
    const h = Buffer.allocUnsafe(p);
    if (p === 1) h.writeUInt8(n & 0xff);
    else if (p === 2) h.writeUInt16BE(n & 0xffff);
    else h.writeUInt32BE(n >>> 0);
    return Buffer.concat([h, buf]);
  }
  return buf;
}

function piecesBuffer(pieces: Piece[]): Buffer {
  let n = 0;
  for (const p of pieces) n += Array.isArray(p) ? p.length : p.bitSize >>> 3;
  const out = Buffer.allocUnsafe(n);
  let off = 0;
  for (const p of pieces) {
    if (Array.isArray(p)) {
      for (const b of p) out[off++] = b;
    } else if ((p.bitOffset & 7) === 0) {
      const start = p.bitOffset >>> 3;
      const k = p.bitSize >>> 3;
      out.set(p.buf.subarray(start, start + k), off);
      off += k;
    } else {
      const k = p.bitSize >>> 3;
      for (let i = 0; i < k; i++) out[off++] = p.byteAt(i);
    }
  }
  return out;
}

const EMPTY_BUFFER = Buffer.alloc(0);
/** Bytes a passive socket reads before anyone asks (see Sock.flow). */
const READ_AHEAD = 65536;
const ERR_CLOSED: Term = ['error', 'closed'];
const ERR_EINVAL: Term = ['error', 'einval'];
const ERR_NOTCONN: Term = ['error', 'enotconn'];

function addrTerm(a: [string, number] | null): Term {
  if (a === null) return ERR_NOTCONN;
  return ['ok', [ipTuple(a[0]), a[1]]];
}

// ------------------------------------------------------------------ natives

/** link/1, unlink/1, exit/2 on a socket and process_info links (runtime/proc/bifs.ts). */
const signals: PortSignals = {
  link(p, port) {
    const s = netOf(p.sched).socks.get(port.id as number);
    if (s === undefined) {
      if (!p.trapExit) throw new ErlangError('error', 'noproc');
      p.sched.deliver(p, ['EXIT', port, 'noproc']);
      return true;
    }
    s.net.link(s, p);
    return true;
  },
  unlink(p, port) {
    const s = netOf(p.sched).socks.get(port.id as number);
    if (s !== undefined) s.net.unlink(s, p);
    return true;
  },
  exit(p, port, reason) {
    const s = netOf(p.sched).socks.get(port.id as number);
    // Any exit signal ends a port, even `normal` (measured on OTP 25).
    if (s !== undefined) portExit(s, reason === 'kill' ? 'killed' : reason);
    return true;
  },
  linked(p) {
    const set = nets.get(p.sched)?.byProc.get(p);
    return set === undefined ? [] : [...set].map((s) => s.port);
  },
};

/** The port ends with `reason`: its linked processes get the exit signal (a trapping
 * owner sees {'EXIT', Port, normal} after erlang:port_close/1). */
function portExit(s: Sock, reason: Term): void {
  const linked = [...s.links];
  s.close();
  for (const q of linked) s.sched.exitSignal(q, s.port as unknown as Pid, reason, true);
}

/** The start of listen/3 and udp_open/3: the caller's new socket of `kind` with its
 * options parsed (badarg raised for a bad port number); null for bad options. */
function openSock(kind: 'listen' | 'udp', portNo: Term, optList: Term): { p: Process; s: Sock; o: Opts; w: Where } | null {
  const p = me();
  if (!int(portNo) || portNo < 0 || portNo > 65535) return badarg();
  const o = defaultOpts();
  const w: Where = { ip: null, port: portNo, family: 'inet' };
  if (!parseOpts(optList, o, w)) return null;
  const s = new Sock(netOf(p.sched), kind, p, o);
  s.family = w.family;
  return { p, s, o, w };
}

export function registerInetBifs(): void {
  portSignals.ops = signals;
  registerNative('erlts_inet', {
    /** listen(Port, Opts, Ref) -> {ok, S} | {error, R} | wait */
    'listen/3': (portNo, optList, ref) => {
      const opened = openSock('listen', portNo, optList);
      if (opened === null) return 'badarg';
      const { p, s, o, w } = opened;
      const srv = nodeNet().createServer({ pauseOnConnect: true, allowHalfOpen: true });
      s.server = srv;
      let answered = false;
      srv.on('error', (e: NodeJS.ErrnoException) => {
        if (answered) return;
        answered = true;
        s.close();
        p.sched.deliver(p, [ref, ['error', posixName(e)]]);
      });
      srv.on('listening', () => {
        if (answered) return;
        answered = true;
        if (s.closed) return;
        const a = srv.address() as net.AddressInfo;
        s.localAddr = [a.address, a.port];
        p.sched.deliver(p, [ref, ['ok', s.port]]);
      });
      srv.on('connection', (c: net.Socket) => {
        if (s.closed) {
          c.destroy();
          return;
        }
        const w = s.acceptQ.shift();
        if (w === undefined) s.pending.push(c);
        else acceptOn(s, c, w);
      });
      srv.listen({ port: w.port ?? 0, host: w.ip ?? (w.family === 'inet6' ? '::' : '0.0.0.0'), backlog: o.backlog, exclusive: true });
      return 'wait';
    },
    /** accept(L, Ref) -> {ok, S} | {error, R} | wait */
    'accept/2': (l, ref) => {
      const s = sockOf(l);
      if (s === null) return isPortTerm(l) ? ERR_CLOSED : badarg();
      if (s.kind !== 'listen') return ERR_EINVAL;
      const p = me();
      const w: Waiter = { proc: p, ref, len: 0 };
      const c = s.pending.shift();
      if (c !== undefined) return acceptSock(s, c, p);
      s.acceptQ.push(w);
      return 'wait';
    },
    /** connect(Address, Port, Opts, Ref) -> wait | {error, R} */
    'connect/4': (addr, portNo, optList, ref) => {
      const p = me();
      const h = hostOf(addr);
      if (h === null || !int(portNo) || portNo < 0 || portNo > 65535) return badarg();
      const o = defaultOpts();
      const w: Where = { ip: null, port: null, family: 'inet' };
      if (!parseOpts(optList, o, w)) return ERR_EINVAL;
      const n = netOf(p.sched);
      const s = new Sock(n, 'tcp', p, o);
      s.family = w.family;
      n.connecting.set(ref, s);
      const answer = (r: Term): void => {
        n.connecting.delete(ref);
        p.sched.deliver(p, [ref, r]);
      };
      resolve(h, w.family, (err, ip) => {
        if (s.closed) return;
        if (err !== null) {
          s.close();
          answer(['error', err]);
          return;
        }
        const c = nodeNet().connect({ host: ip, port: portNo, localAddress: w.ip ?? undefined, localPort: w.port ?? undefined, allowHalfOpen: true });
        c.pause();
        s.sock = c;
        const fail = (e: NodeJS.ErrnoException): void => {
          if (s.closed) return;
          s.close();
          answer(['error', posixName(e)]);
        };
        c.once('error', fail);
        c.once('connect', () => {
          c.off('error', fail);
          if (s.closed) {
          c.destroy();
          return;
        }
          s.attach(c);
          s.pump();
          answer(['ok', s.port]);
        });
      });
      return 'wait';
    },
    /** cancel(S, Ref): withdraws a request whose time is up; true if it was still waiting. */
    'cancel/2': (sk, ref) => {
      const s = sockOf(sk);
      if (s === null) return false;
      for (const q of [s.recvQ, s.acceptQ, s.sendQ]) {
        const i = q.findIndex((w) => w.ref === ref);
        if (i >= 0) {
          q.splice(i, 1);
          s.flow();
          return true;
        }
      }
      return false;
    },
    /** A connect whose time is up: the half-made socket goes; true if it was still under way. */
    'cancel_connect/1': (ref) => {
      const n = netOf(me().sched);
      const s = n.connecting.get(ref);
      if (s === undefined) return false;
      n.connecting.delete(ref);
      s.close();
      return true;
    },
    /** send(S, Data, Ref) -> ok | {error, R} | wait */
    'send/3': (sk, data, ref) => {
      const s = sockOf(sk);
      if (s === null) return isPortTerm(sk) ? ERR_CLOSED : badarg();
      if (s.kind === 'udp') return badValue(s);
      if (s.kind !== 'tcp') return ERR_NOTCONN;
      const c = s.sock;
      if (c === null || c.destroyed || !c.writable || (s.eofReported && s.opts.exitOnClose)) {
        return s.eofReported && s.error === 'econnreset' ? ERR_NOTCONN : ERR_CLOSED;
      }
      const b = frame(s, data);
      if (b === null || b === 'emsgsize') return badValue(s);
      s.output += b.length;
      if (c.write(b)) return 'ok';
      // Over the high-water mark: the sender waits for the drain, as on BEAM with a full buffer.
      s.sendQ.push({ proc: me(), ref, len: 0 });
      return 'wait';
    },
    /** recv(S, Len, Ref) -> {ok, Data} | {error, R} | wait */
    'recv/3': (sk, len, ref) => {
      const s = sockOf(sk);
      if (s === null) return isPortTerm(sk) ? ERR_CLOSED : badarg();
      if (!int(len) || len < 0) return badarg();
      if (s.kind === 'listen') return ERR_NOTCONN;
      if (s.opts.active !== false) return ERR_EINVAL;
      if (s.kind === 'udp') {
        const d = s.dgrams.shift();
        if (d !== undefined) return ['ok', [ipTuple(d[0]), d[1], s.udpData(d[2], len)]];
        s.recvQ.push({ proc: me(), ref, len });
        return 'wait';
      }
      if (s.recvQ.length === 0) {
        const r = s.recvNow(len);
        if (r !== null) {
          s.flow();
          return r;
        }
      }
      s.recvQ.push({ proc: me(), ref, len });
      s.flow();
      return 'wait';
    },
    'close/1': (sk) => {
      const s = sockOf(sk);
      if (s !== null) s.close();
      return 'ok';
    },
    'shutdown/2': (sk, how) => {
      const s = sockOf(sk);
      if (s === null) return isPortTerm(sk) ? ERR_CLOSED : badarg();
      if (how !== 'read' && how !== 'write' && how !== 'read_write') return badarg();
      if (s.kind !== 'tcp' || s.sock === null || (s.eofReported && s.opts.exitOnClose)) return ERR_NOTCONN;
      if (how === 'read_write') {
        s.close();
        return 'ok';
      }
      if (how === 'write') s.sock.end();
      else {
        s.readShut = true;
        s.chunks = [];
        s.inLen = 0;
        s.flow();
      }
      return 'ok';
    },
    /** controlling_process(S, Pid) -> ok | {error, not_owner | closed | badarg} */
    'controlling_process/2': (sk, pid) => {
      const s = sockOf(sk);
      if (s === null) return isPortTerm(sk) ? ERR_CLOSED : badarg();
      if (!(pid instanceof Pid)) return 'not_pid';
      const self = me();
      if (s.owner !== self) return ['error', 'not_owner'];
      const q = self.sched.lookup(pid);
      // A dead new owner is accepted, and the socket closes as its owner is gone.
      if (q === null) return ['error', 'badarg'];
      if (q === self) return 'ok';
      s.net.setOwner(s, q);
      // Socket messages already in the old owner's queue move with the socket, in order.
      const moved: Term[] = [];
      removeMessages(self, (m) => {
        if (Array.isArray(m) && m.length >= 2 && m[1] instanceof Port && m[1].id === s.port.id &&
          (m[0] === 'tcp' || m[0] === 'tcp_closed' || m[0] === 'tcp_error' || m[0] === 'tcp_passive' || m[0] === 'udp' ||
            m[0] === 'udp_passive')) {
          moved.push(m);
          return true;
        }
        return false;
      });
      for (const m of moved) self.sched.deliver(q, m);
      return 'ok';
    },
    'setopts/2': (sk, optList) => {
      const s = sockOf(sk);
      if (s === null) return isPortTerm(sk) ? ERR_EINVAL : badarg();
      const o = { ...s.opts };
      if (!parseOpts(optList, o, null)) return ERR_EINVAL;
      const wasN = typeof s.opts.active === 'number';
      s.opts = o;
      if (o.active === 0) {
        o.active = false;
        // {active, N} reaching 0 by setopts tells the owner at once.
        if (s.kind !== 'listen') s.sched.deliver(s.owner, [s.kind === 'udp' ? 'udp_passive' : 'tcp_passive', s.port]);
      }
      void wasN;
      if (s.sock !== null) {
        s.sock.setNoDelay(o.nodelay);
        s.sock.setKeepAlive(o.keepalive);
      }
      s.pump();
      return 'ok';
    },
    'getopts/2': (sk, names) => {
      const s = sockOf(sk);
      if (s === null) return isPortTerm(sk) ? ERR_EINVAL : badarg();
      const items = toArrayOrUndefined(names);
      if (items === undefined) return ERR_EINVAL;
      const out: Term[] = [];
      for (const k of items) {
        const v = getOpt(s, k);
        if (v === undefined) return ERR_EINVAL;
        out.push([k, v]);
      }
      return ['ok', fromArray(out)];
    },
    'peername/1': (sk) => {
      const s = sockOf(sk);
      if (s === null) return isPortTerm(sk) ? ERR_EINVAL : badarg();
      if (s.kind === 'listen' || s.eofReported) return ERR_NOTCONN;
      return addrTerm(s.remoteAddr);
    },
    'sockname/1': (sk) => {
      const s = sockOf(sk);
      if (s === null) return isPortTerm(sk) ? ERR_EINVAL : badarg();
      return addrTerm(s.localAddr);
    },
    'port/1': (sk) => {
      const s = sockOf(sk);
      if (s === null) return isPortTerm(sk) ? ERR_EINVAL : badarg();
      return s.localAddr === null ? ERR_EINVAL : ['ok', s.localAddr[1]];
    },
    /** udp_open(Port, Opts, Ref) -> wait | {error, R} */
    'udp_open/3': (portNo, optList, ref) => {
      const opened = openSock('udp', portNo, optList);
      if (opened === null) return 'badarg';
      const { p, s, o, w } = opened;
      const u = nodeDgram().createSocket({ type: w.family === 'inet6' ? 'udp6' : 'udp4', reuseAddr: o.reuseaddr });
      s.udp = u;
      let answered = false;
      u.on('error', (e: NodeJS.ErrnoException) => {
        if (answered) return;
        answered = true;
        s.close();
        p.sched.deliver(p, [ref, ['error', posixName(e)]]);
      });
      u.on('listening', () => {
        answered = true;
        if (s.closed) return;
        const a = u.address();
        s.localAddr = [a.address, a.port];
        if (o.broadcast) u.setBroadcast(true);
        p.sched.deliver(p, [ref, ['ok', s.port]]);
      });
      u.on('message', (msg: Buffer, rinfo: dgram.RemoteInfo) => {
        if (s.closed) return;
        s.input.n += msg.length;
        s.dgrams.push([rinfo.address, rinfo.port, msg]);
        s.pump();
      });
      u.bind({ port: w.port ?? 0, address: w.ip ?? undefined, exclusive: true });
      return 'wait';
    },
    /** udp_send(S, Address, Port, Data, Ref) -> ok | {error, R} | wait (a name to resolve) */
    'udp_send/5': (sk, addr, portNo, data, ref) => {
      const s = sockOf(sk);
      if (s === null) return isPortTerm(sk) ? ERR_CLOSED : badarg();
      if (s.kind !== 'udp' || s.udp === null) return badarg();
      const h = hostOf(addr);
      if (h === null || !int(portNo) || portNo < 0 || portNo > 65535) return 'badarg';
      const saved = s.opts.packet;
      s.opts.packet = 0;
      const b = frame(s, data);
      s.opts.packet = saved;
      if (b === null || b === 'emsgsize') return badValue(s);
      s.output += b.length;
      const u = s.udp;
      if ('ip' in h) {
        u.send(b, portNo, h.ip);
        return 'ok';
      }
      const p = me();
      resolve(h, s.family, (err, ip) => {
        if (err !== null) {
          p.sched.deliver(p, [ref, ['error', err]]);
          return;
        }
        if (!s.closed) u.send(b, portNo, ip);
        p.sched.deliver(p, [ref, 'ok']);
      });
      return 'wait';
    },
    /** getaddr(Host, Family, Ref) -> {ok, IP} | {error, R} | wait */
    'getaddrs/3': (host, family, ref) => {
      const h = hostOf(host);
      if (h === null) return ['error', 'einval'];
      const fam = family === 'inet6' ? 6 : 4;
      if ('ip' in h) {
        const isV6 = h.ip.includes(':');
        if ((fam === 6) !== isV6) {
          // An IPv4 address asked for as inet6 is mapped, the other way round is nxdomain.
          if (fam === 6) return ['ok', fromArray([ipv6Words('::ffff:' + h.ip) as Term])];
          return ['error', 'nxdomain'];
        }
        return ['ok', fromArray([ipTuple(h.ip)])];
      }
      const p = me();
      nodeDns().lookup(h.name, { family: fam, all: true }, (err, addrs) => {
        if (err) {
          p.sched.deliver(p, [ref, ['error', posixName(err)]]);
          return;
        }
        const seen = new Set<string>();
        const out: Term[] = [];
        for (const a of addrs) if (!seen.has(a.address)) (seen.add(a.address), out.push(ipTuple(a.address)));
        p.sched.deliver(p, [ref, ['ok', fromArray(out)]]);
      });
      return 'wait';
    },
    'gethostname/0': () => ['ok', fromString(os.hostname().split('.')[0]!)],
    /** ntoa(IP) -> string | {error, einval} */
    'ntoa/1': (t) => {
      const s = ipText(t);
      if (s === null) return ['error', 'einval'];
      if (!s.includes(':')) return fromString(s);
      return fromString(v6Text(t as number[]));
    },
    /** parse_address(String) -> {ok, IP} | {error, einval} */
    'parse_address/1': (t) => {
      const s = toJsString(t);
      if (s === undefined) return ['error', 'einval'];
      const v4 = parseV4(s);
      if (v4 !== null) return ['ok', v4 as Term];
      if (nodeNet().isIPv6(s)) return ['ok', ipv6Words(s) as Term];
      return ['error', 'einval'];
    },
    'parse_ipv4_address/1': (t) => {
      const s = toJsString(t);
      const v4 = s === undefined ? null : parseV4(s);
      return v4 === null ? ['error', 'einval'] : ['ok', v4 as Term];
    },
    'parse_ipv4strict_address/1': (t) => {
      const s = toJsString(t);
      return s !== undefined && nodeNet().isIPv4(s) ? ['ok', s.split('.').map(Number) as Term] : ['error', 'einval'];
    },
    'parse_ipv6_address/1': (t) => {
      const s = toJsString(t);
      if (s === undefined) return ['error', 'einval'];
      const v4 = parseV4(s);
      if (v4 !== null) return ['ok', ipv6Words('::ffff:' + v4.join('.')) as Term];
      return nodeNet().isIPv6(s) ? ['ok', ipv6Words(s) as Term] : ['error', 'einval'];
    },
    'parse_ipv6strict_address/1': (t) => {
      const s = toJsString(t);
      return s !== undefined && nodeNet().isIPv6(s) ? ['ok', ipv6Words(s) as Term] : ['error', 'einval'];
    },
    /** The sockets, for erlang:ports/0 and inet:i/0. */
    'sockets/0': () => fromArray([...netOf(me().sched).socks.values()].map((s) => s.port)),
  });

  registerNative('erlang', {
    'ports/0': () => fromArray([...netOf(me().sched).socks.values()].map((s) => s.port)),
    'port_close/1': (pt) => {
      if (!(pt instanceof Port)) return badarg();
      const s = sockOf(pt);
      if (s === null) return badarg();
      portExit(s, 'normal');
      return true;
    },
    'port_info/1': (pt) => {
      if (!(pt instanceof Port)) return badarg();
      const s = sockOf(pt);
      if (s === null) return 'undefined';
      const items = ['name', 'links', 'id', 'connected', 'input', 'output', 'os_pid'];
      return fromArray(items.map((i) => [i, portItem(s, i)] as Term));
    },
    'port_info/2': (pt, item) => {
      if (!(pt instanceof Port) || !isAtom(item)) return badarg();
      const s = sockOf(pt);
      if (s === null) return 'undefined';
      const v = portItem(s, item as string);
      if (v === undefined) return badarg();
      return [item, v];
    },
  });
}

function portItem(s: Sock, item: string): Term | undefined {
  switch (item) {
    case 'name': return fromString(s.kind === 'udp' ? 'udp_inet' : 'tcp_inet');
    case 'links': return fromArray([...s.links].filter((p) => p.status !== EXITED).map((p) => p.pid));
    case 'id': return s.port.id as number;
    case 'connected': return s.owner.pid;
    // OTP 25 counts no input on an inet port (its driver bypasses the counter).
    case 'input': return 0;
    case 'output': return s.output;
    case 'os_pid': return 'undefined';
    case 'registered_name': return NIL;
    case 'memory': return 600;
    case 'queue_size': return s.sock?.writableLength ?? 0;
    case 'parallelism': return false;
    case 'locking': return 'port_level';
    case 'monitors': return NIL;
    case 'monitored_by': return NIL;
    default: return undefined;
  }
}

/** Data that is no iodata: BEAM's port logs this and the call says einval. */
function badValue(s: Sock): Term {
  if (reportAllowed(s.sched)) s.sched.report(reportHeader('ERROR') + `Bad value on output port '${s.kind === 'udp' ? 'udp' : 'tcp'}_inet'\n\n\n`);
  return ERR_EINVAL;
}

function acceptSock(l: Sock, c: net.Socket, p: Process): Term {
  if (c.destroyed) return ERR_CLOSED;
  const s = new Sock(l.net, 'tcp', p, { ...l.opts });
  s.family = l.family;
  s.attach(c);
  s.pump();
  return ['ok', s.port];
}

function acceptOn(l: Sock, c: net.Socket, w: Waiter): void {
  if (w.proc.status === EXITED) {
    l.pending.push(c);
    return;
  }
  l.sched.deliver(w.proc, [w.ref, acceptSock(l, c, w.proc)]);
}

function parseV4(s: string): number[] | null {
  // inet:parse_ipv4_address accepts the short forms of inet_aton (127.1 is 127.0.0.1).
  if (!/^\d+(\.\d+){0,3}$/.test(s)) return null;
  const parts = s.split('.').map(Number);
  if (parts.length === 4) return parts.every((x) => x <= 255) ? parts : null;
  const last = parts.pop()!;
  const room = 4 - parts.length;
  if (parts.some((x) => x > 255) || last >= 2 ** (8 * room)) return null;
  const tail: number[] = [];
  for (let i = room - 1; i >= 0; i--) tail.push(Math.floor(last / 2 ** (8 * i)) & 255);
  return [...parts, ...tail];
}

/** An IPv6 address as inet:ntoa writes it: lower case, the longest run of zeros as ::,
 * an IPv4-mapped or -compatible tail in dotted form. */
function v6Text(w: number[]): string {
  if (w.slice(0, 5).every((x) => x === 0) && (w[5] === 0xffff || (w[5] === 0 && w[6] !== 0))) {
    const v4 = `${w[6]! >> 8}.${w[6]! & 255}.${w[7]! >> 8}.${w[7]! & 255}`;
    return w[5] === 0xffff ? `::ffff:${v4}` : `::${v4}`;
  }
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (w[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) (best = i), (bestLen = j - i);
    i = j;
  }
  const hex = w.map((x) => x.toString(16));
  if (best < 0) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}

void Ref;
