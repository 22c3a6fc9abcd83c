// This node in a cluster: its name, cookie, listen socket and EPMD registration, its
// connections to other nodes, and the signals that cross them.
//
// One node per JS process (the name lives in runtime/term/types.ts: thisNodeName).
// A connection is set up on first use (a send, link, monitor, spawn_request or ping
// to a node we do not know): messages queue while it connects and are dropped if it
// fails, as on BEAM. After the handshake (handshake.ts) every frame is a 4-byte
// length then a pass-through message: 'p', the control tuple in external format, and
// for some the message (erl_dist_protocol). A zero-length frame is a tick.
//
// Signal state across nodes lives here, beside the scheduler's local tables:
//   links        local process -> the remote pids it is linked to
//   monitors     by reference: a local watcher on a remote process (out) or a remote
//                watcher on a local process (in)
// When a connection goes down every local process linked to that node gets
// `noconnection`, every monitor on it fires `noconnection`, monitor_node and
// net_kernel:monitor_nodes subscribers get `{nodedown, Node}`.
import type * as net from 'node:net';
import { nodeNet } from '../host/builtins.js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeChildProcess, nodeCrypto } from '../host/builtins.js';
import { Cons, LOCAL_NODE, NIL, Pid, Ref, setThisNode, thisNodeName, type Term } from '../term/types.js';
import { binaryToTerm, decodeDistTerm, termToBinary } from '../term/etf.js';
import { fromArray, toArrayOrUndefined } from '../term/list.js';
import { EXITED, type Process } from '../proc/process.js';
import { Scheduler as SchedulerHooks, type Scheduler } from '../proc/scheduler.js';
import { epmdPort, EpmdServer, listenAll, loopbackAddresses, portPlease, register, type Registration } from './epmd.js';
import { accept, DFLAG_DIST_HDR_ATOM_CACHE, DFLAG_EXIT_PAYLOAD, FrameReader, HandshakeError, initiate, type Peer } from './handshake.js';

// Control message tags (erl_dist_protocol).
const LINK = 1;
const SEND = 2;
const EXIT = 3;
const UNLINK = 4;
const REG_SEND = 6;
const GROUP_LEADER = 7;
const EXIT2 = 8;
const SEND_TT = 12;
const EXIT_TT = 13;
const REG_SEND_TT = 16;
const EXIT2_TT = 18;
const MONITOR_P = 19;
const DEMONITOR_P = 20;
const MONITOR_P_EXIT = 21;
const SEND_SENDER = 22;
const SEND_SENDER_TT = 23;
const PAYLOAD_EXIT = 24;
const PAYLOAD_EXIT_TT = 25;
const PAYLOAD_EXIT2 = 26;
const PAYLOAD_EXIT2_TT = 27;
const PAYLOAD_MONITOR_P_EXIT = 28;
const SPAWN_REQUEST = 29;
const SPAWN_REQUEST_TT = 30;
const SPAWN_REPLY = 31;
const SPAWN_REPLY_TT = 32;
const ALIAS_SEND = 33;
const ALIAS_SEND_TT = 34;
const UNLINK_ID = 35;
const UNLINK_ID_ACK = 36;

const PASS_THROUGH = 112;
/** The largest message we reassemble from fragments (1 GiB). */
const MAX_MESSAGE = 1 << 30;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Pid numbers of net_kernel and net_sup (free in an escript node's numbering). */
const NET_KERNEL_PID = 76;
const NET_SUP_PID = 75;
const HANDSHAKE_MS = 7000;

export interface StartOptions {
  /** `name` or `name@host`. */
  name: string;
  longnames: boolean;
  cookie?: string;
  /** The address to listen on (default 127.0.0.1). */
  iface?: string;
}

/** A monitor that crosses a connection. */
interface RemoteMonitor {
  ref: Ref;
  node: string;
  /** out: a local watcher, a remote target; in: a remote watcher, a local target. */
  watcher: Process | Pid;
  target: Process | Pid | string;
  /** What the 'DOWN' message names (pid, or {Name, Node}). */
  object: Term;
}

interface SpawnRequest {
  ref: Ref;
  node: string;
  requester: Process;
  link: boolean;
  monitor: boolean;
  reply: 'yes' | 'no' | 'error_only' | 'success_only';
  tag: Term;
}

type Handler = (c: Conn, ctrl: Term[], msg: Term | undefined) => void;

/** A connection to one node: connecting (frames queue), up, or down. */
export class Conn {
  sock: net.Socket | null = null;
  up = false;
  down = false;
  flags = 0n;
  creation = 0;
  queued: [Uint8Array, Uint8Array | null][] = [];
  private out: Buffer[] = [];
  private outBytes = 0;
  private flushScheduled = false;
  lastRecv = Date.now();
  lastSend = Date.now();
  private inbuf: Buffer = Buffer.alloc(0);
  tickTimer: ReturnType<typeof setInterval> | null = null;
  /** The atom cache of the distribution header (what the peer told us). */
  readonly atomCache: (string | undefined)[] = new Array(2048);
  /** Messages arriving in fragments, by sequence id. */
  readonly fragments = new Map<bigint, { refs: string[]; chunks: Buffer[]; next: bigint; size: number }>();
  /** The last SEND control message received (bytes and term), see Dist.frame. */
  lastIn: Buffer | null = null;
  lastInCtrl: Term = NIL;
  lastInHdr: Buffer | null = null;
  lastInHdrCtrl: Term = NIL;
  /** Pending ping/connect callers. */
  waiters: ((ok: boolean) => void)[] = [];
  constructor(
    readonly dist: Dist,
    readonly peer: string,
  ) {}

  // The control message of the last SEND_SENDER, encoded: a process sending many
  // messages to one pid encodes it once.
  private lastFrom: Pid | null = null;
  private lastTo: Pid | null = null;
  private lastCtrl: Uint8Array | null = null;

  /** A message from one pid to another. */
  sendMsg(from: Pid, to: Pid, msg: Term): void {
    if (from !== this.lastFrom || to !== this.lastTo) {
      this.lastFrom = from;
      this.lastTo = to;
      this.lastCtrl = termToBinary([SEND_SENDER, from, to]);
    }
    this.send(NIL, msg, this.lastCtrl!);
  }

  /** One control message (and maybe a payload). Queued (encoded) while connecting. */
  send(ctrl: Term, msg?: Term, encoded?: Uint8Array): void {
    if (this.down) return;
    const c = encoded ?? termToBinary(ctrl);
    const m = msg === undefined ? null : termToBinary(msg);
    if (!this.up) {
      this.queued.push([c, m]);
      return;
    }
    this.write(this.frameOf(c, m));
  }

  /**
   * The frame of an encoded control message and payload (each with its 131). With the
   * atom cache negotiated the peer wants a distribution header: 131, 'D', zero cache
   * references, then the terms without their 131; else a pass-through frame: 'p', the
   * terms as they are.
   */
  private frameOf(c: Uint8Array, m: Uint8Array | null): Buffer {
    const hdr = (this.flags & DFLAG_DIST_HDR_ATOM_CACHE) !== 0n;
    const skip = hdr ? 1 : 0;
    const head = hdr ? 3 : 1;
    const len = head + c.length - skip + (m === null ? 0 : m.length - skip);
    const f = Buffer.allocUnsafe(4 + len);
    f.writeUInt32BE(len, 0);
    if (hdr) {
      f[4] = 131;
      f[5] = 68;
      f[6] = 0;
    } else f[4] = PASS_THROUGH;
    f.set(skip ? c.subarray(1) : c, 4 + head);
    if (m !== null) f.set(skip ? m.subarray(1) : m, 4 + head + c.length - skip);
    return f;
  }

  write(f: Buffer): void {
    this.out.push(f);
    this.outBytes += f.length;
    if (this.outBytes > 65536) return this.flush();
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      queueMicrotask(this.flush);
    }
  }

  readonly flush = (): void => {
    this.flushScheduled = false;
    if (this.out.length === 0 || this.sock === null || this.down) return;
    const data = this.out.length === 1 ? this.out[0]! : Buffer.concat(this.out, this.outBytes);
    this.out = [];
    this.outBytes = 0;
    this.lastSend = Date.now();
    this.sock.write(data);
  };

  /** The handshake is done: frames flow. */
  start(sock: net.Socket, peer: Peer, rest: Buffer): void {
    this.sock = sock;
    this.flags = peer.flags;
    this.creation = peer.creation;
    this.up = true;
    sock.setNoDelay(true);
    sock.on('data', (c: Buffer) => this.onData(c));
    sock.on('close', () => this.dist.connectionLost(this, 'connection_closed'));
    sock.on('error', () => {});
    const tick = this.dist.ticktime;
    this.lastRecv = this.lastSend = Date.now();
    this.tickTimer = setInterval(() => {
      const t = Date.now();
      if (t - this.lastRecv > this.dist.ticktime) return this.dist.connectionLost(this, 'net_tick_timeout');
      if (t - this.lastSend >= this.dist.ticktime / 4 - 5) {
        this.lastSend = t;
        this.sock?.write(Buffer.alloc(4));
      }
    }, Math.max(50, tick / 4));
    this.tickTimer.unref?.();
    const q = this.queued;
    this.queued = [];
    for (const [c, m] of q) this.write(this.frameOf(c, m));
    if (rest.length > 0) this.onData(rest);
  }

  private onData(c: Buffer): void {
    this.lastRecv = Date.now();
    let b = this.inbuf.length === 0 ? c : Buffer.concat([this.inbuf, c]);
    let at = 0;
    while (b.length - at >= 4 && !this.down) {
      const len = b.readUInt32BE(at);
      if (b.length - at - 4 < len) break;
      const f = b.subarray(at + 4, at + 4 + len);
      at += 4 + len;
      if (len === 0) continue; // tick
      if (!this.dist.frame(this, f)) {
        this.dist.connectionLost(this, 'bad_frame');
        return;
      }
    }
    this.inbuf = at === b.length ? Buffer.alloc(0) : b.subarray(at);
    if (this.inbuf.length > 0 && at > 0) this.inbuf = Buffer.from(this.inbuf);
    b = this.inbuf;
  }

  close(): void {
    // What is queued still goes (a reply sent just before the node stops).
    this.flush();
    this.down = true;
    this.up = false;
    if (this.tickTimer !== null) clearInterval(this.tickTimer);
    this.tickTimer = null;
    const s = this.sock;
    if (s !== null) {
      s.end();
      setTimeout(() => s.destroy(), 1000).unref();
    }
    this.sock = null;
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w(false);
  }
}

/** A pid, ref or name as a string key. */
function pidKeyOf(p: Pid): string {
  return `${p.node}/${p.creation}/${p.id}/${p.serial}`;
}
function refKeyOf(r: Ref): string {
  return `${r.node}/${r.creation}/${r.ids.join('.')}`;
}

/** The cookie in ~/.erlang.cookie, created as OTP does (20 random capitals, mode 0400). */
export function homeCookie(): string {
  const file = path.join(os.homedir(), '.erlang.cookie');
  try {
    return fs.readFileSync(file, 'latin1').trim();
  } catch {
    let c = '';
    for (const b of nodeCrypto().randomBytes(20)) c += String.fromCharCode(65 + (b % 26));
    try {
      fs.writeFileSync(file, c, { mode: 0o400 });
    } catch {
      // no home directory to write to: the cookie lives only in this node
    }
    return c;
  }
}

export class Dist {
  name = '';
  host = '';
  longnames = false;
  creation = 0;
  cookie = '';
  readonly cookies = new Map<string, string>();
  ticktime = 60000;
  sched: Scheduler | null = null;
  private server: { close(): void } | null = null;
  private registration: Registration | null = null;
  private epmd: EpmdServer | null = null;
  readonly conns = new Map<string, Conn>();
  /** Local process -> remote pids it is linked to. */
  readonly links = new Map<Process, Map<string, Pid>>();
  /** Monitors across connections, by reference. */
  readonly monitors = new Map<string, RemoteMonitor>();
  /** Remote monitors on each local process (the keys of `monitors`). */
  private readonly monitoredBy = new Map<Process, Set<string>>();
  readonly spawns = new Map<string, SpawnRequest>();
  /** monitor_node/2: node -> watchers (one entry per call). */
  readonly nodeWatchers = new Map<string, Process[]>();
  /** net_kernel:monitor_nodes/1,2 subscribers and their options. */
  readonly nodeSubscribers: { proc: Process; info: Term[] | null }[] = [];
  private unlinkId = 1;
  private hooked = new WeakSet<Scheduler>();

  get alive(): boolean {
    return this.name !== '';
  }

  /** Starts distribution: the listen socket, an EPMD (ours when none answers), the
   * registration. Resolves with an error reason (a string) on failure. */
  async start(o: StartOptions): Promise<string | null> {
    if (this.alive) return 'already_started';
    let [short, host] = o.name.includes('@') ? (o.name.split('@', 2) as [string, string]) : [o.name, ''];
    if (host === '') host = o.longnames ? longHost() : os.hostname().split('.')[0]!;
    if (!/^[A-Za-z0-9_-]+$/.test(short)) return 'badarg';
    if (!o.longnames && host.includes('.')) return 'badarg';
    const servers = await listenAll(o.iface !== undefined ? [o.iface] : await loopbackAddresses(), 0, (s) => this.incoming(s));
    if (servers === null) return 'listen';
    const server = { close: () => servers.forEach((x) => x.close()) };
    const port = (servers[0]!.address() as net.AddressInfo).port;
    let reg: Registration;
    try {
      reg = await register(short, port, () => {});
    } catch (e) {
      if ((e as Error).message === 'duplicate_name') {
        server.close();
        return 'duplicate_name';
      }
      // Nothing answers on the EPMD port: start ours as a process of its own, as erl
      // starts `epmd -daemon` (runtime/dist/epmd-daemon.ts), so that the other nodes'
      // names outlive this node; if that cannot be, serve it here.
      const daemon = spawnEpmdDaemon(epmdPort()) ? await registerSoon(short, port) : null;
      if (daemon === 'duplicate_name') {
        server.close();
        return 'duplicate_name';
      }
      if (daemon !== null) reg = daemon;
      else {
        this.epmd = await EpmdServer.start(epmdPort());
        try {
          reg = await register(short, port, () => {});
        } catch (e2) {
          server.close();
          this.epmd?.close();
          this.epmd = null;
          return (e2 as Error).message === 'duplicate_name' ? 'duplicate_name' : 'epmd';
        }
      }
    }
    this.server = server;
    this.registration = reg;
    this.name = `${short}@${host}`;
    this.host = host;
    this.longnames = o.longnames;
    this.creation = reg.creation;
    this.cookie = o.cookie ?? (this.cookie || homeCookie());
    setThisNode(this.name, this.creation);
    return null;
  }

  /** Stops distribution: every connection goes down, the name is released. */
  stop(): void {
    if (!this.alive) return;
    for (const c of [...this.conns.values()]) this.connectionLost(c, 'shutdown');
    this.server?.close();
    this.server = null;
    this.registration?.close();
    this.registration = null;
    this.epmd?.close();
    this.epmd = null;
    this.name = '';
    setThisNode(LOCAL_NODE, 0);
  }

  /** The scheduler this node's processes run on (one per run). */
  attach(s: Scheduler): void {
    this.sched = s;
    if (!this.hooked.has(s)) {
      this.hooked.add(s);
      s.exitHooks.push((p) => this.processExit(p));
      s.stopHooks.push(() => this.stop());
      s.remoteSend = (name, to, msg) => {
        const p = s.registry.get(name);
        if (p !== undefined) this.sendTo(p, to, msg);
      };
    }
    if (this.alive && !s.registry.has('net_kernel')) this.systemProcesses(s);
  }

  /** net_kernel (it answers `{is_auth, Node}`, which net_adm:ping on any node asks)
   * and net_sup, as registered processes of the runtime. */
  private systemProcesses(s: Scheduler): void {
    s.systemProcess(NET_SUP_PID, 'net_sup', ['supervisor', 'kernel', 1], () => {});
    const nk: Process = s.systemProcess(NET_KERNEL_PID, 'net_kernel', ['net_kernel', 'init', 1], (m) => {
      if (!Array.isArray(m) || m.length !== 3 || m[0] !== '$gen_call') return;
      const from = m[1];
      const req = m[2];
      if (!Array.isArray(from) || from.length !== 2) return;
      let reply: Term;
      if (Array.isArray(req) && req[0] === 'is_auth') reply = 'yes';
      else if (req === 'longnames') reply = this.longnames;
      else reply = ['error', 'not_supported'];
      const tag = from[1]!;
      const to = tag instanceof Cons && tag.hd === 'alias' ? tag.tl : from[0]!;
      this.sendFrom(nk, to, [tag, reply]);
    });
    // global_name_server (stdlib/src/global.erl) must be there before the first
    // connection: erl nodes send it init_connect as soon as they see us.
    this.spawnLocal(s, 'global', 'erlts_start', [], s.user);
  }

  /** A send by `p` from the runtime itself (not from compiled code). */
  sendFrom(p: Process, to: Term, msg: Term): void {
    const s = p.sched;
    if (to instanceof Pid) {
      if (to.node !== LOCAL_NODE) return this.sendTo(p, to, msg);
      const q = s.lookup(to);
      if (q !== null) s.deliver(q, msg);
    } else if (to instanceof Ref) {
      if (to.node !== LOCAL_NODE) return this.aliasSend(p, to, msg);
      this.aliasDeliver(s, to, msg);
    }
  }

  cookieFor(node: string): string {
    return this.cookies.get(node) ?? this.cookie;
  }

  // ------------------------------------------------------------ connections

  // ---------------------------------------------------------- process_info

  /** The remote pids `p` is linked to. */
  remoteLinks(p: Process): Pid[] {
    const l = this.links.get(p);
    return l === undefined ? [] : [...l.values()];
  }

  /** `p`'s monitors of remote processes, as process_info's monitors item shows them. */
  remoteMonitors(p: Process): Term[] {
    const out: Term[] = [];
    for (const m of this.monitors.values()) if (m.watcher === p) out.push(['process', m.object]);
    return out;
  }

  /** The remote pids monitoring `p`. */
  remoteMonitoredBy(p: Process): Pid[] {
    const out: Pid[] = [];
    for (const k of this.monitoredBy.get(p) ?? []) {
      const m = this.monitors.get(k);
      if (m !== undefined && m.watcher instanceof Pid) out.push(m.watcher);
    }
    return out;
  }

  /** The connection to `node`, set up if there is none. Null when not alive or the
   * node is this one. */
  conn(node: string): Conn | null {
    if (!this.alive || node === this.name) return null;
    const c = this.conns.get(node);
    if (c !== undefined) return c;
    const n = new Conn(this, node);
    this.conns.set(node, n);
    void this.connect(n);
    return n;
  }

  /** An existing connection that is up, or null. */
  upConn(node: string): Conn | null {
    const c = this.conns.get(node);
    return c !== undefined && c.up ? c : null;
  }

  private async connect(c: Conn): Promise<void> {
    const at = c.peer.indexOf('@');
    if (at <= 0) return this.connectionLost(c, 'bad_name');
    const name = c.peer.slice(0, at);
    const host = c.peer.slice(at + 1);
    let sock: net.Socket | null = null;
    const timer = setTimeout(() => sock?.destroy(), HANDSHAKE_MS);
    try {
      const info = await portPlease(host, name);
      if (info === null) throw new Error('not registered');
      sock = nodeNet().connect({ host, port: info.port });
      const s = sock;
      await new Promise<void>((resolve, reject) => {
        s.once('connect', resolve);
        s.once('error', reject);
      });
      const r = new FrameReader(s);
      const peer = await initiate(s, r, this.name, this.creation, this.cookieFor(c.peer), () => c.up);
      const rest = r.detach();
      clearTimeout(timer);
      if (c.down || peer.name !== c.peer) {
        s.destroy();
        if (!c.down) this.connectionLost(c, 'bad_name');
        return;
      }
      this.established(c, s, peer, rest);
    } catch (e) {
      clearTimeout(timer);
      sock?.destroy();
      // A simultaneous connect may have replaced this attempt with the peer's own.
      const lost = () => {
        if (this.conns.get(c.peer) === c && !c.up) this.connectionLost(c, 'connect_failed');
      };
      // "nok": the peer keeps its own attempt, which comes in on this Conn (what is
      // queued on it waits for that) unless it fails too.
      if (e instanceof HandshakeError && e.message === 'nok') setTimeout(lost, HANDSHAKE_MS).unref();
      else lost();
    }
  }

  private incoming(s: net.Socket): void {
    s.on('error', () => {});
    const r = new FrameReader(s);
    const timer = setTimeout(() => s.destroy(), HANDSHAKE_MS);
    let pending: Conn | null = null;
    const admit = (peer: string): 'ok' | 'ok_simultaneous' | 'nok' | 'alive' => {
      const old = this.conns.get(peer);
      if (old === undefined) return 'ok';
      if (old.up) return 'alive';
      // Both sides connect at once: the node with the greater name keeps its own.
      if (peer > this.name) {
        pending = old;
        return 'ok_simultaneous';
      }
      return 'nok';
    };
    accept(s, r, this.name, this.creation, (p) => this.cookieFor(p), admit).then(
      (peer) => {
        clearTimeout(timer);
        const rest = r.detach();
        if (!this.alive) return void s.destroy();
        let c = this.conns.get(peer.name);
        if (c !== undefined && c.up) {
          // It said it was alive again: the old connection is dead.
          this.connectionLost(c, 'connection_closed');
          c = undefined;
        }
        if (c === undefined || c !== pending) {
          c = new Conn(this, peer.name);
          this.conns.set(peer.name, c);
        }
        this.established(c, s, peer, rest);
      },
      () => {
        clearTimeout(timer);
        s.destroy();
      },
    );
  }

  private established(c: Conn, s: net.Socket, peer: Peer, rest: Buffer): void {
    c.start(s, peer, rest);
    const ws = c.waiters;
    c.waiters = [];
    for (const w of ws) w(true);
    for (const sub of this.nodeSubscribers) {
      if (sub.proc.status === EXITED) continue;
      this.sched?.deliver(sub.proc, sub.info === null ? ['nodeup', c.peer] : ['nodeup', c.peer, fromArray(nodeInfo(sub.info, null))]);
    }
  }

  /** Resolves true once `node` is connected, false if it cannot be. */
  ping(node: string): Promise<boolean> {
    const c = this.conn(node);
    if (c === null) return Promise.resolve(node === this.name && this.alive);
    if (c.up) return Promise.resolve(true);
    return new Promise((resolve) => c.waiters.push(resolve));
  }

  /** The connection is gone: every signal state on that node ends. */
  connectionLost(c: Conn, reason: string): void {
    if (c.down) return;
    const wasUp = c.up;
    c.close();
    if (this.conns.get(c.peer) === c) this.conns.delete(c.peer);
    const node = c.peer;
    const s = this.sched;
    if (s === null) return;
    // links
    for (const [p, remotes] of this.links) {
      for (const [k, rp] of remotes) {
        if (rp.node !== node) continue;
        remotes.delete(k);
        s.exitSignal(p, rp, 'noconnection', true);
      }
      if (remotes.size === 0) this.links.delete(p);
    }
    // monitors
    for (const [k, m] of this.monitors) {
      if (m.node !== node) continue;
      this.monitors.delete(k);
      if (m.watcher instanceof Pid) {
        const t = m.target as Process;
        this.monitoredBy.get(t)?.delete(k);
      } else s.deliver(m.watcher, ['DOWN', m.ref, 'process', m.object, 'noconnection']);
    }
    // spawn requests
    for (const [k, r] of this.spawns) {
      if (r.node !== node) continue;
      this.spawns.delete(k);
      if (r.reply !== 'no' && r.reply !== 'success_only') s.deliver(r.requester, [r.tag, r.ref, 'error', 'noconnection']);
    }
    const watchers = this.nodeWatchers.get(node);
    if (watchers !== undefined) {
      this.nodeWatchers.delete(node);
      for (const w of watchers) s.deliver(w, ['nodedown', node]);
    }
    if (wasUp) {
      for (const sub of this.nodeSubscribers) {
        if (sub.proc.status === EXITED) continue;
        s.deliver(sub.proc, sub.info === null ? ['nodedown', node] : ['nodedown', node, fromArray(nodeInfo(sub.info, reason))]);
      }
    }
  }

  disconnect(node: string): boolean {
    const c = this.conns.get(node);
    if (c === undefined) return false;
    this.connectionLost(c, 'disconnect');
    return true;
  }

  connectedNodes(): string[] {
    const out: string[] = [];
    for (const c of this.conns.values()) if (c.up) out.push(c.peer);
    return out;
  }

  // ------------------------------------------------------ signals we send

  sendTo(from: Process, to: Pid, msg: Term): void {
    this.conn(to.node)?.sendMsg(from.pid, to, msg);
  }

  regSend(from: Process, name: string, node: string, msg: Term): void {
    this.conn(node)?.send([REG_SEND, from.pid, '', name], msg);
  }

  aliasSend(from: Process, alias: Ref, msg: Term): void {
    this.conn(alias.node)?.send([ALIAS_SEND, from.pid, alias], msg);
  }

  link(p: Process, to: Pid): void {
    const c = this.conn(to.node);
    if (c === null) return;
    let m = this.links.get(p);
    if (m === undefined) this.links.set(p, (m = new Map()));
    const k = pidKeyOf(to);
    if (m.has(k)) return;
    m.set(k, to);
    c.send([LINK, p.pid, to]);
  }

  unlink(p: Process, to: Pid): void {
    const m = this.links.get(p);
    const k = pidKeyOf(to);
    if (m === undefined || !m.delete(k)) return;
    if (m.size === 0) this.links.delete(p);
    this.upConn(to.node)?.send([UNLINK_ID, this.unlinkId++, p.pid, to]);
  }

  exit2(from: Process, to: Pid, reason: Term): void {
    const c = this.conn(to.node);
    if (c === null) return;
    if ((c.flags & DFLAG_EXIT_PAYLOAD) !== 0n || !c.up) c.send([PAYLOAD_EXIT2, from.pid, to], reason);
    else c.send([EXIT2, from.pid, to, reason]);
  }

  /** monitor(process, RemotePid | {Name, Node}). */
  monitor(watcher: Process, target: Pid | string, node: string, object: Term): Ref {
    const s = watcher.sched;
    const ref = s.makeRef();
    const c = this.conn(node);
    if (c === null) {
      s.deliver(watcher, ['DOWN', ref, 'process', object, 'noconnection']);
      return ref;
    }
    this.monitors.set(refKeyOf(ref), { ref, node, watcher, target, object });
    c.send([MONITOR_P, watcher.pid, target, ref]);
    return ref;
  }

  /** demonitor of a monitor on another node; false if there was none. */
  demonitor(watcher: Process, ref: Ref): boolean {
    const k = refKeyOf(ref);
    const m = this.monitors.get(k);
    if (m === undefined || m.watcher !== watcher) return false;
    this.monitors.delete(k);
    this.upConn(m.node)?.send([DEMONITOR_P, watcher.pid, m.target as Term, ref]);
    return true;
  }

  monitorNode(p: Process, node: string, on: boolean): void {
    if (!on) {
      const ws = this.nodeWatchers.get(node);
      const i = ws?.indexOf(p) ?? -1;
      if (i >= 0) ws!.splice(i, 1);
      return;
    }
    const c = this.alive ? this.conn(node) : null;
    if (c === null) {
      if (node !== this.name || !this.alive) p.sched.deliver(p, ['nodedown', node]);
      return;
    }
    let ws = this.nodeWatchers.get(node);
    if (ws === undefined) this.nodeWatchers.set(node, (ws = []));
    ws.push(p);
  }

  groupLeader(from: Process, gl: Pid, to: Pid): void {
    this.conn(to.node)?.send([GROUP_LEADER, gl, to]);
    void from;
  }

  spawnRequest(p: Process, node: string, m: Term, f: Term, args: Term, opts: Term[], reply: SpawnRequest['reply'], tag: Term): Ref {
    const s = p.sched;
    const ref = s.makeRef();
    const c = this.conn(node);
    const link = opts.includes('link');
    const monitor = opts.some((o) => o === 'monitor');
    if (c === null) {
      if (reply === 'yes' || reply === 'error_only') s.deliver(p, [tag, ref, 'error', 'noconnection']);
      return ref;
    }
    this.spawns.set(refKeyOf(ref), { ref, node, requester: p, link, monitor, reply, tag });
    const arity = toArrayOrUndefined(args)?.length ?? 0;
    const wireOpts = opts.filter((o) => o === 'link' || o === 'monitor' || (Array.isArray(o) && o[0] !== 'reply' && o[0] !== 'reply_tag'));
    c.send([SPAWN_REQUEST, ref, p.pid, p.groupLeader, [m, f, arity], fromArray(wireOpts)], args);
    return ref;
  }

  spawnAbandon(p: Process, ref: Ref): boolean {
    const k = refKeyOf(ref);
    const r = this.spawns.get(k);
    if (r === undefined || r.requester !== p) return false;
    // The reply still comes; it is then handled as for reply=no, and a link made
    // for us is undone with an exit `abandoned`.
    r.reply = 'no';
    (r as { abandoned?: boolean }).abandoned = true;
    return true;
  }

  // ------------------------------------------------------ local process exits

  private processExit(p: Process): void {
    const reason = p.exitReason;
    const ls = this.links.get(p);
    if (ls !== undefined) {
      this.links.delete(p);
      for (const rp of ls.values()) {
        const c = this.upConn(rp.node);
        if (c === null) continue;
        if ((c.flags & DFLAG_EXIT_PAYLOAD) !== 0n) c.send([PAYLOAD_EXIT, p.pid, rp], reason);
        else c.send([EXIT, p.pid, rp, reason]);
      }
    }
    const mb = this.monitoredBy.get(p);
    if (mb !== undefined) {
      this.monitoredBy.delete(p);
      for (const k of mb) {
        const m = this.monitors.get(k);
        if (m === undefined) continue;
        this.monitors.delete(k);
        const c = this.upConn(m.node);
        if (c === null) continue;
        const from = typeof m.target === 'string' ? m.target : p.pid;
        if ((c.flags & DFLAG_EXIT_PAYLOAD) !== 0n) c.send([PAYLOAD_MONITOR_P_EXIT, from, m.watcher as Pid, m.ref], reason);
        else c.send([MONITOR_P_EXIT, from, m.watcher as Pid, m.ref, reason]);
      }
    }
    // Monitors it held on other nodes' processes are dropped there too.
    if (this.monitors.size > 0) {
      for (const [k, m] of this.monitors) {
        if (m.watcher !== p) continue;
        this.monitors.delete(k);
        this.upConn(m.node)?.send([DEMONITOR_P, p.pid, m.target as Term, m.ref]);
      }
    }
  }

  // ------------------------------------------------------ frames we receive

  /** One frame from `c`; false when it is malformed (the connection is dropped). */
  frame(c: Conn, f: Buffer): boolean {
    if (f[0] === 131) return this.headerFrame(c, f);
    if (f[0] !== PASS_THROUGH) return false;
    let ctrl: Term;
    let msg: Term | undefined;
    try {
      const u8 = new Uint8Array(f.buffer, f.byteOffset + 1, f.length - 1);
      let used: number;
      // The same SEND as the last frame (a stream of messages to one pid): reuse it.
      const last = c.lastIn;
      if (last !== null && u8.length > last.length && f.compare(last, 0, last.length, 1, 1 + last.length) === 0) {
        ctrl = c.lastInCtrl;
        used = last.length;
      } else {
        const r = binaryToTerm(u8);
        ctrl = r.term;
        used = r.used;
        const op = Array.isArray(ctrl) ? ctrl[0] : undefined;
        if ((op === SEND_SENDER || op === SEND) && (ctrl as Term[]).length === 3) {
          c.lastIn = Buffer.from(u8.subarray(0, used));
          c.lastInCtrl = ctrl;
        }
      }
      if (used < u8.length) {
        const r2 = binaryToTerm(u8.subarray(used));
        if (used + r2.used !== u8.length) return false;
        msg = r2.term;
      }
    } catch {
      return false;
    }
    return this.control(c, ctrl, msg);
  }

  /** One control message (and its payload): false when it is malformed. */
  private control(c: Conn, ctrl: Term, msg: Term | undefined): boolean {
    if (!Array.isArray(ctrl) || ctrl.length < 1 || typeof ctrl[0] !== 'number') return false;
    const op = ctrl[0];
    const h = HANDLERS[op];
    // Each operation has one size, and a payload (the message) or none.
    if (h === undefined || ctrl.length !== SIZES[op] || (msg !== undefined) !== WITH_PAYLOAD.has(op)) return false;
    try {
      h(c, ctrl as Term[], msg);
    } catch (e) {
      if (e instanceof BadFrame) return false;
      throw e;
    }
    return true;
  }

  /**
   * A frame with a distribution header: 'D' (one message), 'E' (the first fragment of
   * one: sequence and fragment ids, then the same header) or 'F' (a later fragment).
   * The header's atom cache references update this connection's cache (2048 entries:
   * segment index * 256 + internal index) and name the atoms ATOM_CACHE_REF refers to.
   */
  private headerFrame(c: Conn, f: Buffer): boolean {
    try {
      const kind = f[1];
      let at = 2;
      if (kind === 70) {
        // 'F': a later fragment of a sequence
        if (f.length < 18) return false;
        const seq = f.readBigUInt64BE(2);
        const id = f.readBigUInt64BE(10);
        const s = c.fragments.get(seq);
        if (s === undefined || id !== s.next) return false;
        s.chunks.push(f.subarray(18));
        s.size += f.length - 18;
        if (s.size > MAX_MESSAGE) return false;
        if (id !== 1n) {
          s.next = id - 1n;
          return true;
        }
        c.fragments.delete(seq);
        return this.dispatch(c, Buffer.concat(s.chunks), s.refs);
      }
      let seq = 0n;
      let id = 1n;
      if (kind === 69) {
        if (f.length < 18) return false;
        seq = f.readBigUInt64BE(2);
        id = f.readBigUInt64BE(10);
        if (id === 0n || c.fragments.has(seq)) return false;
        at = 18;
      } else if (kind !== 68) return false;
      const n = f[at++];
      if (n === undefined) return false;
      const refs: string[] = [];
      if (n > 0) {
        const flagBytes = (n >> 1) + 1;
        if (at + flagBytes > f.length) return false;
        const nibble = (k: number): number => (f[at + (k >> 1)]! >> ((k & 1) * 4)) & 0xf;
        const long = (nibble(n) & 1) !== 0;
        let p = at + flagBytes;
        for (let i = 0; i < n; i++) {
          const fl = nibble(i);
          if (p >= f.length) return false;
          const slot = (fl & 7) * 256 + f[p++]!;
          if ((fl & 8) !== 0) {
            let len: number;
            if (long) {
              if (p + 2 > f.length) return false;
              len = f.readUInt16BE(p);
              p += 2;
            } else len = f[p++]!;
            if (len > 1020 || p + len > f.length) return false;
            const text = utf8.decode(f.subarray(p, p + len));
            p += len;
            c.atomCache[slot] = text;
          }
          const a = c.atomCache[slot];
          if (a === undefined) return false;
          refs.push(a);
        }
        at = p;
      }
      if (id !== 1n) {
        c.fragments.set(seq, { refs, chunks: [f.subarray(at)], next: id - 1n, size: f.length - at });
        return true;
      }
      return this.dispatch(c, f.subarray(at), refs);
    } catch {
      return false;
    }
  }

  /** The control message and payload after a distribution header. */
  private dispatch(c: Conn, b: Buffer, refs: string[]): boolean {
    let ctrl: Term;
    let msg: Term | undefined;
    try {
      let used: number;
      // The same SEND as the last header frame without cache references (what erlts
      // nodes send): reuse it, as for pass-through frames.
      const last = refs.length === 0 ? c.lastInHdr : null;
      if (last !== null && b.length > last.length && b.compare(last, 0, last.length, 0, last.length) === 0) {
        ctrl = c.lastInHdrCtrl;
        used = last.length;
      } else {
        const r = decodeDistTerm(b, refs);
        ctrl = r.term;
        used = r.used;
        const op = Array.isArray(ctrl) ? ctrl[0] : undefined;
        if (refs.length === 0 && (op === SEND_SENDER || op === SEND) && (ctrl as Term[]).length === 3) {
          c.lastInHdr = Buffer.from(b.subarray(0, used));
          c.lastInHdrCtrl = ctrl;
        }
      }
      if (used < b.length) {
        const r2 = decodeDistTerm(b.subarray(used), refs);
        if (used + r2.used !== b.length) return false;
        msg = r2.term;
      }
    } catch {
      return false;
    }
    return this.control(c, ctrl, msg);
  }

  local(pid: Term): Process | null {
    if (!(pid instanceof Pid) || pid.node !== LOCAL_NODE) return null;
    return this.sched?.lookup(pid) ?? null;
  }

  /** A remote pid on connection `c` (else the frame is malformed). */
  remotePid(c: Conn, t: Term): Pid {
    if (!(t instanceof Pid) || t.node === LOCAL_NODE) throw new BadFrame();
    void c;
    return t;
  }

  addRemoteLink(p: Process, rp: Pid): void {
    let m = this.links.get(p);
    if (m === undefined) this.links.set(p, (m = new Map()));
    m.set(pidKeyOf(rp), rp);
  }

  /** A remote monitor on a local process (MONITOR_P received). */
  addMonitoredBy(c: Conn, watcher: Pid, target: Process, ref: Ref, byName: string | null): void {
    const k = refKeyOf(ref);
    this.monitors.set(k, { ref, node: c.peer, watcher, target: byName ?? target, object: target.pid });
    let s = this.monitoredBy.get(target);
    if (s === undefined) this.monitoredBy.set(target, (s = new Set()));
    s.add(k);
  }

  nextUnlinkId(): number {
    return this.unlinkId++;
  }

  takeSpawn(ref: Term): SpawnRequest | undefined {
    if (!(ref instanceof Ref)) return undefined;
    const k = refKeyOf(ref);
    const r = this.spawns.get(k);
    if (r !== undefined) this.spawns.delete(k);
    return r;
  }

  takeMonitor(ref: Term): RemoteMonitor | undefined {
    if (!(ref instanceof Ref)) return undefined;
    const k = refKeyOf(ref);
    const m = this.monitors.get(k);
    if (m === undefined) return undefined;
    this.monitors.delete(k);
    if (!(m.watcher instanceof Pid)) return m;
    this.monitoredBy.get(m.target as Process)?.delete(k);
    return m;
  }

  /** Hook for delivering to aliases (set by runtime/proc/bifs.ts). */
  aliasDeliver: (s: Scheduler, alias: Ref, msg: Term) => void = () => {};
  /** Hook for spawning a process for SPAWN_REQUEST (set by bifs.ts). */
  spawnLocal: (s: Scheduler, m: Term, f: Term, args: Term[], gl: Pid) => Process | null = () => null;
}

class BadFrame extends Error {}

/** A pid where the protocol wants one (else the frame is malformed). */
function pidOf(t: Term | undefined): Pid {
  if (!(t instanceof Pid)) throw new BadFrame();
  return t;
}
function refOf(t: Term | undefined): Ref {
  if (!(t instanceof Ref)) throw new BadFrame();
  return t;
}

function nodeInfo(items: Term[], reason: string | null): Term[] {
  const out: Term[] = [];
  for (const i of items) {
    if (i === 'nodedown_reason' && reason !== null) out.push(['nodedown_reason', reason]);
    else if (Array.isArray(i) && i[0] === 'node_type') out.push(['node_type', 'visible']);
  }
  return out;
}

function longHost(): string {
  const h = os.hostname();
  return h.includes('.') ? h : '127.0.0.1';
}

function send(c: Conn, ctrl: Term[], msg: Term | undefined): void {
  const d = c.dist;
  if (ctrl[0] === SEND_SENDER || ctrl[0] === SEND_SENDER_TT) pidOf(ctrl[1]);
  const p = d.local(pidOf(ctrl[2]));
  if (p !== null && msg !== undefined) d.sched!.deliver(p, msg);
}

function regSend(c: Conn, ctrl: Term[], msg: Term | undefined): void {
  const d = c.dist;
  const name = ctrl[3];
  pidOf(ctrl[1]);
  if (typeof name !== 'string' && typeof name !== 'boolean') throw new BadFrame();
  const p = d.sched?.registry.get(typeof name === 'string' ? name : String(name));
  if (p !== undefined && msg !== undefined) d.sched!.deliver(p, msg);
}

function link(c: Conn, ctrl: Term[]): void {
  const d = c.dist;
  const from = d.remotePid(c, ctrl[1]!);
  const p = d.local(pidOf(ctrl[2]));
  if (p === null || p.status === EXITED) {
    c.send((c.flags & DFLAG_EXIT_PAYLOAD) !== 0n ? [PAYLOAD_EXIT, ctrl[2]!, from] : [EXIT, ctrl[2]!, from, 'noproc'], (c.flags & DFLAG_EXIT_PAYLOAD) !== 0n ? 'noproc' : undefined);
    return;
  }
  d.addRemoteLink(p, from);
}

function unlinkId(c: Conn, ctrl: Term[]): void {
  const d = c.dist;
  if (typeof ctrl[1] !== 'number' && typeof ctrl[1] !== 'bigint') throw new BadFrame();
  const from = d.remotePid(c, ctrl[2]!);
  const p = d.local(pidOf(ctrl[3]));
  if (p !== null) {
    const m = d.links.get(p);
    m?.delete(pidKeyOf(from));
    if (m !== undefined && m.size === 0) d.links.delete(p);
  }
  c.send([UNLINK_ID_ACK, ctrl[1]!, ctrl[3]!, from]);
}

function unlinkOld(c: Conn, ctrl: Term[]): void {
  const d = c.dist;
  const from = d.remotePid(c, ctrl[1]!);
  const p = d.local(pidOf(ctrl[2]));
  if (p !== null) d.links.get(p)?.delete(pidKeyOf(from));
}

function exitLink(c: Conn, ctrl: Term[], reason: Term | undefined): void {
  const d = c.dist;
  const from = d.remotePid(c, ctrl[1]!);
  const p = d.local(pidOf(ctrl[2]));
  if (p === null || reason === undefined) return;
  const m = d.links.get(p);
  // A link exit only counts while the link exists (an unlink may have crossed it).
  if (m === undefined || !m.delete(pidKeyOf(from))) return;
  if (m.size === 0) d.links.delete(p);
  d.sched!.exitSignal(p, from, reason, true);
}

function exit2(c: Conn, ctrl: Term[], reason: Term | undefined): void {
  const d = c.dist;
  const from = d.remotePid(c, ctrl[1]!);
  const p = d.local(pidOf(ctrl[2]));
  if (p === null || reason === undefined) return;
  d.sched!.exitSignal(p, from, reason, false);
}

function monitorP(c: Conn, ctrl: Term[]): void {
  const d = c.dist;
  const watcher = d.remotePid(c, ctrl[1]!);
  const target = ctrl[2]!;
  const ref = ctrl[3]!;
  if (!(ref instanceof Ref)) throw new BadFrame();
  let p: Process | null = null;
  let byName: string | null = null;
  if (target instanceof Pid) p = d.local(target);
  else if (typeof target === 'string') {
    byName = target;
    p = d.sched?.registry.get(target) ?? null;
  } else throw new BadFrame();
  if (p === null || p.status === EXITED) {
    if ((c.flags & DFLAG_EXIT_PAYLOAD) !== 0n) c.send([PAYLOAD_MONITOR_P_EXIT, target, watcher, ref], 'noproc');
    else c.send([MONITOR_P_EXIT, target, watcher, ref, 'noproc']);
    return;
  }
  d.addMonitoredBy(c, watcher, p, ref, byName);
}

function demonitorP(c: Conn, ctrl: Term[]): void {
  pidOf(ctrl[1]);
  c.dist.takeMonitor(refOf(ctrl[3]));
}

function monitorExit(c: Conn, ctrl: Term[], reason: Term | undefined): void {
  const d = c.dist;
  pidOf(ctrl[2]);
  if (reason === undefined) return;
  const m = d.takeMonitor(refOf(ctrl[3]));
  if (m === undefined || m.watcher instanceof Pid) return;
  d.sched!.deliver(m.watcher, ['DOWN', m.ref, 'process', m.object, reason]);
}

function groupLeader(c: Conn, ctrl: Term[]): void {
  const gl = pidOf(ctrl[1]);
  const p = c.dist.local(pidOf(ctrl[2]));
  if (p !== null) p.groupLeader = gl;
}

function spawnRequest(c: Conn, ctrl: Term[], args: Term | undefined): void {
  const d = c.dist;
  const ref = ctrl[1]!;
  const from = d.remotePid(c, ctrl[2]!);
  const gl = ctrl[3]!;
  const mfa = ctrl[4]!;
  const opts = toArrayOrUndefined(ctrl[5]!);
  const argv = args === undefined ? undefined : toArrayOrUndefined(args);
  if (!(ref instanceof Ref) || !(gl instanceof Pid) || !Array.isArray(mfa) || mfa.length !== 3 || opts === undefined || argv === undefined) throw new BadFrame();
  let link = false;
  let monitor = false;
  for (const o of opts) {
    if (o === 'link') link = true;
    else if (o === 'monitor') monitor = true;
  }
  const s = d.sched;
  const p = s === null ? null : d.spawnLocal(s, mfa[0]!, mfa[1]!, argv, gl);
  if (p === null) {
    c.send([SPAWN_REPLY, ref, from, 0, 'badarg']);
    return;
  }
  let flags = 0;
  if (link) {
    d.addRemoteLink(p, from);
    flags |= 1;
  }
  if (monitor) {
    d.addMonitoredBy(c, from, p, ref, null);
    flags |= 2;
  }
  c.send([SPAWN_REPLY, ref, from, flags, p.pid]);
}

function spawnReply(c: Conn, ctrl: Term[]): void {
  const d = c.dist;
  refOf(ctrl[1]);
  pidOf(ctrl[2]);
  if (typeof ctrl[3] !== 'number') throw new BadFrame();
  const r = d.takeSpawn(ctrl[1]!);
  if (r === undefined) return;
  const flags = ctrl[3];
  const result = ctrl[4]!;
  const s = d.sched!;
  const p = r.requester;
  if (!(result instanceof Pid)) {
    if (r.reply === 'yes' || r.reply === 'error_only') s.deliver(p, [r.tag, r.ref, 'error', result]);
    return;
  }
  const abandoned = (r as { abandoned?: boolean }).abandoned === true;
  if (typeof flags === 'number' && (flags & 1) !== 0) {
    if (abandoned) c.send([PAYLOAD_EXIT, p.pid, result], 'abandoned');
    else d.addRemoteLink(p, result);
  }
  if (typeof flags === 'number' && (flags & 2) !== 0 && !abandoned) {
    d.monitors.set(refKeyOf(r.ref), { ref: r.ref, node: c.peer, watcher: p, target: result, object: result });
  }
  if (r.reply === 'yes' || r.reply === 'success_only') s.deliver(p, [r.tag, r.ref, 'ok', result]);
}

function aliasSend(c: Conn, ctrl: Term[], msg: Term | undefined): void {
  const alias = refOf(ctrl[2]);
  pidOf(ctrl[1]);
  if (msg !== undefined && c.dist.sched !== null) c.dist.aliasDeliver(c.dist.sched, alias, msg);
}

const payload = (f: (c: Conn, ctrl: Term[], r: Term | undefined) => void, at: number): Handler => (c, ctrl, msg) => f(c, ctrl, ctrl.length > at ? ctrl[at] : msg);

/** The tuple size of each operation's control message. */
const SIZES: number[] = [];
for (const [op, n] of [
  [LINK, 3], [SEND, 3], [EXIT, 4], [UNLINK, 3], [REG_SEND, 4], [GROUP_LEADER, 3], [EXIT2, 4], [SEND_TT, 4], [EXIT_TT, 5],
  [REG_SEND_TT, 5], [EXIT2_TT, 5], [MONITOR_P, 4], [DEMONITOR_P, 4], [MONITOR_P_EXIT, 5], [SEND_SENDER, 3], [SEND_SENDER_TT, 4],
  [PAYLOAD_EXIT, 3], [PAYLOAD_EXIT_TT, 4], [PAYLOAD_EXIT2, 3], [PAYLOAD_EXIT2_TT, 4], [PAYLOAD_MONITOR_P_EXIT, 4],
  [SPAWN_REQUEST, 6], [SPAWN_REQUEST_TT, 7], [SPAWN_REPLY, 5], [SPAWN_REPLY_TT, 6], [ALIAS_SEND, 3], [ALIAS_SEND_TT, 4],
  [UNLINK_ID, 4], [UNLINK_ID_ACK, 4],
] as const) SIZES[op] = n;
/** The operations followed by a payload term (a message, an exit reason, spawn arguments). */
const WITH_PAYLOAD = new Set<Term>([SEND, SEND_TT, SEND_SENDER, SEND_SENDER_TT, REG_SEND, REG_SEND_TT, PAYLOAD_EXIT, PAYLOAD_EXIT_TT,
  PAYLOAD_EXIT2, PAYLOAD_EXIT2_TT, PAYLOAD_MONITOR_P_EXIT, SPAWN_REQUEST, SPAWN_REQUEST_TT, ALIAS_SEND, ALIAS_SEND_TT]);

const HANDLERS: (Handler | undefined)[] = [];
HANDLERS[LINK] = (c, ctrl) => link(c, ctrl);
HANDLERS[SEND] = send;
HANDLERS[SEND_TT] = send;
HANDLERS[SEND_SENDER] = send;
HANDLERS[SEND_SENDER_TT] = send;
HANDLERS[EXIT] = payload(exitLink, 3);
HANDLERS[EXIT_TT] = (c, ctrl) => exitLink(c, ctrl, ctrl[4]);
HANDLERS[PAYLOAD_EXIT] = exitLink;
HANDLERS[PAYLOAD_EXIT_TT] = exitLink;
HANDLERS[UNLINK] = (c, ctrl) => unlinkOld(c, ctrl);
HANDLERS[REG_SEND] = regSend;
HANDLERS[REG_SEND_TT] = regSend;
HANDLERS[GROUP_LEADER] = (c, ctrl) => groupLeader(c, ctrl);
HANDLERS[EXIT2] = payload(exit2, 3);
HANDLERS[EXIT2_TT] = (c, ctrl) => exit2(c, ctrl, ctrl[4]);
HANDLERS[PAYLOAD_EXIT2] = exit2;
HANDLERS[PAYLOAD_EXIT2_TT] = exit2;
HANDLERS[MONITOR_P] = (c, ctrl) => monitorP(c, ctrl);
HANDLERS[DEMONITOR_P] = (c, ctrl) => demonitorP(c, ctrl);
HANDLERS[MONITOR_P_EXIT] = (c, ctrl) => monitorExit(c, ctrl, ctrl[4]);
HANDLERS[PAYLOAD_MONITOR_P_EXIT] = monitorExit;
HANDLERS[SPAWN_REQUEST] = spawnRequest;
HANDLERS[SPAWN_REQUEST_TT] = spawnRequest;
HANDLERS[SPAWN_REPLY] = (c, ctrl) => spawnReply(c, ctrl);
HANDLERS[SPAWN_REPLY_TT] = (c, ctrl) => spawnReply(c, ctrl);
HANDLERS[ALIAS_SEND] = aliasSend;
HANDLERS[ALIAS_SEND_TT] = aliasSend;
HANDLERS[UNLINK_ID] = (c, ctrl) => unlinkId(c, ctrl);
HANDLERS[UNLINK_ID_ACK] = (_c, ctrl) => (pidOf(ctrl[2]), pidOf(ctrl[3]), undefined);

/** Starts runtime/dist/epmd-daemon.js on `port`, detached (it outlives us); false
 * when the file is not there (running from the sources) or it cannot be spawned. */
function spawnEpmdDaemon(port: number): boolean {
  // dist/runtime/dist/ (this file compiled), dist/bin/ (the bundled CLI), runtime/dist/ (sources)
  const file = ['./epmd-daemon.js', '../runtime/dist/epmd-daemon.js', '../../dist/runtime/dist/epmd-daemon.js']
    .map((rel) => decodeURIComponent(new URL(rel, import.meta.url).pathname))
    .find((f) => fs.existsSync(f));
  if (file === undefined) return false;
  try {
    nodeChildProcess()
      .spawn(process.execPath, [file, String(port)], { detached: true, stdio: 'ignore', env: process.env })
      .unref();
    return true;
  } catch {
    return false;
  }
}

/** Registers with an EPMD that is starting: tries for 3 s. */
async function registerSoon(short: string, port: number): Promise<Registration | 'duplicate_name' | null> {
  const t0 = Date.now();
  for (;;) {
    try {
      return await register(short, port, () => {});
    } catch (e) {
      if ((e as Error).message === 'duplicate_name') return 'duplicate_name';
      if (Date.now() - t0 > 3000) return null;
      await new Promise((r) => setTimeout(r, 30));
    }
  }
}

/** The node (one per JS process). */
export const dist = new Dist();
// A node started before its scheduler (erlts run -sname) joins each new one.
SchedulerHooks.startHooks.push((s) => {
  if (dist.alive) dist.attach(s);
});

export { NIL, Cons, thisNodeName };
