// Loopback TCP inside one JavaScript realm: the part of node:net that runtime/net/inet.ts
// uses, for hosts that have no `net` (a bundle in a browser page; docs/sockets.md,
// docs/bundle.md). runtime/host/builtins.ts hands it out as `node:net` there, so gen_tcp
// between processes of the same runtime works unchanged: a chat server and its clients
// in one page.
//
// The host is a machine whose only interface is loopback. Listening on any address, on
// 127.0.0.1 or on ::1 / :: works; listening on another address fails with
// EADDRNOTAVAIL, and connecting to one with ENETUNREACH, as Linux answers on such a
// machine. Ports are one space (a port taken by any listener is EADDRINUSE); port 0 and
// client sockets get ephemeral ports from Linux's default range (32768-60999).
//
// A connection is two Socket objects joined back to back. What one writes is copied and
// queued for the other, and delivered asynchronously (a microtask), in order, as 'data';
// a paused socket keeps what arrives until it is resumed. end() is a half-close: the peer
// gets 'end' after the data written before it (with allowHalfOpen false the peer ends its
// side too, as Node does); 'close' follows once both directions have ended. destroy()
// is close(2): the peer sees the end of its input, or a reset (ECONNRESET) when data it
// sent was never read; resetAndDestroy() always resets. write() returns false while more
// than HIGH_WATER bytes wait unread at the peer, and 'drain' follows when the peer has
// taken them, so a sender that outpaces its reader waits as with a full TCP window.
import { Buffer } from 'node:buffer';

/** Bytes unread at the peer beyond which write() asks the writer to wait. */
const HIGH_WATER = 256 * 1024;
const EPHEMERAL_LOW = 32768;
const EPHEMERAL_HIGH = 60999;

type Listener = (...args: any[]) => void;

/** The small event emitter the sockets and servers need (on, once, off, emit). */
class Emitter {
  private readonly handlers = new Map<string, Listener[]>();

  on(ev: string, f: Listener): this {
    const l = this.handlers.get(ev);
    if (l === undefined) this.handlers.set(ev, [f]);
    else l.push(f);
    return this;
  }

  addListener(ev: string, f: Listener): this {
    return this.on(ev, f);
  }

  once(ev: string, f: Listener): this {
    const w: Listener & { inner?: Listener } = (...a: unknown[]) => {
      this.off(ev, w);
      f(...a);
    };
    w.inner = f;
    return this.on(ev, w);
  }

  off(ev: string, f: Listener): this {
    const l = this.handlers.get(ev);
    if (l === undefined) return this;
    const i = l.findIndex((g) => g === f || (g as { inner?: Listener }).inner === f);
    if (i >= 0) l.splice(i, 1);
    return this;
  }

  removeListener(ev: string, f: Listener): this {
    return this.off(ev, f);
  }

  removeAllListeners(ev?: string): this {
    if (ev === undefined) this.handlers.clear();
    else this.handlers.delete(ev);
    return this;
  }

  emit(ev: string, ...args: unknown[]): boolean {
    const l = this.handlers.get(ev);
    if (l === undefined || l.length === 0) {
      // As Node: an 'error' nobody listens to is thrown.
      if (ev === 'error') throw args[0];
      return false;
    }
    for (const f of [...l]) f(...args);
    return true;
  }

  listenerCount(ev: string): number {
    return this.handlers.get(ev)?.length ?? 0;
  }
}

function sysError(code: string, syscall: string, address?: string, port?: number): Error & { code: string; syscall: string } {
  const where = address === undefined ? '' : ` ${address}${port === undefined ? '' : `:${port}`}`;
  const e = new Error(`${syscall} ${code}${where}`) as Error & { code: string; syscall: string; errno?: number; address?: string; port?: number };
  e.code = code;
  e.syscall = syscall;
  if (address !== undefined) e.address = address;
  if (port !== undefined) e.port = port;
  return e;
}

// ------------------------------------------------------------------ addresses

export function isIPv4(s: string): boolean {
  const p = s.split('.');
  return p.length === 4 && p.every((x) => /^(0|[1-9]\d{0,2})$/.test(x) && Number(x) <= 255);
}

export function isIPv6(s: string): boolean {
  const pct = s.indexOf('%');
  if (pct >= 0) {
    if (pct === s.length - 1) return false;
    s = s.slice(0, pct);
  }
  let groups = 8;
  const lastColon = s.lastIndexOf(':');
  if (lastColon >= 0 && s.slice(lastColon + 1).includes('.')) {
    if (!isIPv4(s.slice(lastColon + 1))) return false;
    s = s.slice(0, lastColon + 1) + '0';
    groups = 7;
  }
  const hex = (g: string) => /^[0-9a-fA-F]{1,4}$/.test(g);
  const halves = s.split('::');
  if (halves.length > 2) return false;
  if (halves.length === 1) {
    const g = s.split(':');
    if (groups === 7) return g.length === 7 && g.slice(0, 6).every(hex) && g[6] === '0';
    return g.length === 8 && g.every(hex);
  }
  const side = (h: string) => (h === '' ? [] : h.split(':'));
  const l = side(halves[0]!);
  const r = side(halves[1]!);
  if (![...l, ...r].every(hex)) return false;
  // `::` stands for at least one group (a dotted tail is two, counted as one here).
  return l.length + r.length <= groups - 1;
}

export function isIP(s: string): 0 | 4 | 6 {
  return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
}

const LOOPBACK6 = new Set(['::1', '0:0:0:0:0:0:0:1']);
const ANY6 = new Set(['::', '0:0:0:0:0:0:0:0']);

function isLoopback(a: string): boolean {
  return (isIPv4(a) && a.startsWith('127.')) || LOOPBACK6.has(a) || a === '::ffff:127.0.0.1';
}

// ------------------------------------------------------------------ the host

/** Listening servers by port, and ports in use by connections. */
const listeners = new Map<number, Server>();
const inUse = new Set<number>();
let nextEphemeral = EPHEMERAL_LOW;

function ephemeralPort(): number | null {
  for (let i = 0; i <= EPHEMERAL_HIGH - EPHEMERAL_LOW; i++) {
    const p = nextEphemeral;
    nextEphemeral = p >= EPHEMERAL_HIGH ? EPHEMERAL_LOW : p + 1;
    if (!listeners.has(p) && !inUse.has(p)) return p;
  }
  return null;
}

export interface AddressInfo {
  address: string;
  family: string;
  port: number;
}

// ------------------------------------------------------------------- sockets

type Item = Buffer | 'end';

export class Socket extends Emitter {
  peer: Socket | null = null;
  localAddress: string | undefined = undefined;
  localPort: number | undefined = undefined;
  remoteAddress: string | undefined = undefined;
  remotePort: number | undefined = undefined;
  remoteFamily: string | undefined = undefined;
  destroyed = false;
  connecting = false;
  /** Written by us and not yet read by the peer (bytes). */
  writableLength = 0;
  private ended = false; // our write side
  private readEnded = false; // 'end' emitted
  private closeEmitted = false;
  private paused = false;
  private needDrain = false;
  /** Arrived and not yet emitted. */
  private inbox: Item[] = [];
  private flushing = false;
  noDelay = false;
  keepAlive = false;

  constructor(readonly allowHalfOpen = false) {
    super();
  }

  get writable(): boolean {
    return !this.destroyed && !this.ended && !this.connecting;
  }

  get readable(): boolean {
    return !this.destroyed && !this.readEnded;
  }

  isPaused(): boolean {
    return this.paused;
  }

  pause(): this {
    this.paused = true;
    return this;
  }

  resume(): this {
    this.paused = false;
    this.schedule();
    return this;
  }

  setNoDelay(on = true): this {
    this.noDelay = on;
    return this;
  }

  setKeepAlive(on = false): this {
    this.keepAlive = on;
    return this;
  }

  setTimeout(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  address(): AddressInfo | Record<string, never> {
    if (this.localAddress === undefined) return {};
    return { address: this.localAddress, family: this.localAddress.includes(':') ? 'IPv6' : 'IPv4', port: this.localPort! };
  }

  write(data: Uint8Array | string, enc?: unknown, cb?: (e?: Error) => void): boolean {
    if (typeof enc === 'function') cb = enc as (e?: Error) => void;
    if (this.destroyed || this.ended) {
      const e = sysError(this.destroyed ? 'ERR_STREAM_DESTROYED' : 'EPIPE', 'write');
      queueMicrotask(() => {
        cb?.(e);
        if (!this.destroyed) this.fail(e);
      });
      return false;
    }
    const b = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    const peer = this.peer;
    if (peer === null || peer.destroyed) {
      // The peer has closed: what we send is answered with a reset.
      queueMicrotask(() => this.fail(sysError('ECONNRESET', 'read')));
      return true;
    }
    if (b.length > 0) {
      this.writableLength += b.length;
      peer.arrive(b);
    }
    if (cb !== undefined) queueMicrotask(() => cb!());
    if (this.writableLength > HIGH_WATER) {
      this.needDrain = true;
      return false;
    }
    return true;
  }

  /** Half-close: the peer reads the end of its input after what we wrote. */
  end(data?: Uint8Array | string | (() => void), cb?: () => void): this {
    if (typeof data === 'function') cb = data;
    else if (data !== undefined) this.write(data);
    if (this.destroyed || this.ended) return this;
    this.ended = true;
    const peer = this.peer;
    if (peer !== null && !peer.destroyed) peer.arrive('end');
    if (cb !== undefined) queueMicrotask(cb);
    this.maybeClose();
    return this;
  }

  /** close(2): the peer sees an end, or a reset if input it sent is still unread here. */
  destroy(err?: Error): this {
    if (this.destroyed) return this;
    const unread = this.inbox.some((i) => i !== 'end');
    this.teardown(unread ? 'reset' : 'end');
    queueMicrotask(() => {
      if (err !== undefined) this.emitSafe('error', err);
      this.emitClose(err !== undefined);
    });
    return this;
  }

  /** An abortive close ({linger, {true, 0}}): the peer sees a reset. */
  resetAndDestroy(): this {
    if (this.destroyed) return this;
    this.teardown('reset');
    queueMicrotask(() => this.emitClose(false));
    return this;
  }

  private teardown(how: 'end' | 'reset'): void {
    this.destroyed = true;
    this.inbox = [];
    this.releasePort();
    const peer = this.peer;
    this.peer = null;
    if (peer === null || peer.destroyed) return;
    if (how === 'reset') peer.reset();
    else if (!this.ended) peer.arrive('end');
    peer.peerGone();
  }

  private releasePort(): void {
    // A server-side socket shares the listener's port: only ephemeral ones are ours.
    if (this.ownsPort && this.localPort !== undefined) inUse.delete(this.localPort);
  }

  /** Set for client sockets, whose local port was taken from the ephemeral range. */
  ownsPort = false;

  /** The peer is gone: our output can no longer be read. */
  private peerGone(): void {
    if (this.writableLength > 0) {
      this.writableLength = 0;
    }
    this.maybeClose();
  }

  /** A reset from the peer: the connection fails with ECONNRESET. */
  private reset(): void {
    queueMicrotask(() => this.fail(sysError('ECONNRESET', 'read')));
  }

  private fail(e: Error): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.inbox = [];
    this.releasePort();
    const peer = this.peer;
    this.peer = null;
    if (peer !== null && !peer.destroyed) {
      peer.reset();
      peer.peerGone();
    }
    this.emitSafe('error', e);
    this.emitClose(true);
  }

  private emitSafe(ev: string, ...a: unknown[]): void {
    if (ev === 'error' && this.listenerCount('error') === 0) return;
    this.emit(ev, ...a);
  }

  private emitClose(hadError: boolean): void {
    if (this.closeEmitted) return;
    this.closeEmitted = true;
    this.emit('close', hadError);
  }

  /** Data or the end, from the peer. */
  arrive(item: Item): void {
    if (this.destroyed) return;
    this.inbox.push(item);
    this.schedule();
  }

  private schedule(): void {
    if (this.flushing || this.paused || this.inbox.length === 0) return;
    this.flushing = true;
    queueMicrotask(() => {
      this.flushing = false;
      this.flush();
    });
  }

  /** Emits what has arrived while the socket is flowing. */
  private flush(): void {
    while (!this.paused && !this.destroyed && this.inbox.length > 0) {
      const item = this.inbox.shift()!;
      if (item === 'end') {
        this.readEnded = true;
        this.emit('end');
        if (!this.allowHalfOpen) this.end();
        this.maybeClose();
        continue;
      }
      this.peer?.consumed(item.length);
      this.emit('data', item);
    }
  }

  /** The peer read n of our bytes. */
  private consumed(n: number): void {
    this.writableLength = Math.max(0, this.writableLength - n);
    if (this.needDrain && this.writableLength === 0) {
      this.needDrain = false;
      queueMicrotask(() => {
        if (!this.destroyed) this.emit('drain');
      });
    }
  }

  /** Both directions have ended (or the peer is gone and ours has ended): closed. */
  private maybeClose(): void {
    if (this.destroyed || !this.ended) return;
    if (!this.readEnded) return;
    this.destroyed = true;
    this.releasePort();
    this.peer = null;
    queueMicrotask(() => this.emitClose(false));
  }
}

// -------------------------------------------------------------------- servers

export interface ServerOptions {
  pauseOnConnect?: boolean;
  allowHalfOpen?: boolean;
}

export interface ListenOptions {
  port?: number;
  host?: string;
  backlog?: number;
  exclusive?: boolean;
}

export class Server extends Emitter {
  private addr: AddressInfo | null = null;
  listening = false;

  constructor(
    readonly opts: ServerOptions = {},
    onConnection?: (s: Socket) => void,
  ) {
    super();
    if (onConnection !== undefined) this.on('connection', onConnection);
  }

  listen(o: ListenOptions | number, host?: string | (() => void), cb?: () => void): this {
    if (typeof o === 'number') o = { port: o, host: typeof host === 'string' ? host : undefined };
    if (typeof host === 'function') cb = host;
    if (cb !== undefined) this.once('listening', cb);
    const h = o.host ?? '::';
    const want = o.port ?? 0;
    queueMicrotask(() => {
      if (!(h === '0.0.0.0' || ANY6.has(h) || isLoopback(h) || h === 'localhost')) {
        this.emit('error', sysError('EADDRNOTAVAIL', 'listen', h, want));
        return;
      }
      const port = want === 0 ? ephemeralPort() : want;
      if (port === null || listeners.has(port) || inUse.has(port)) {
        this.emit('error', sysError('EADDRINUSE', 'listen', h, want));
        return;
      }
      listeners.set(port, this);
      const address = h === 'localhost' ? '127.0.0.1' : h;
      this.addr = { address, family: address.includes(':') ? 'IPv6' : 'IPv4', port };
      this.listening = true;
      this.emit('listening');
    });
    return this;
  }

  address(): AddressInfo | null {
    return this.addr;
  }

  /** Does this server take connections to `host`? */
  accepts(host: string): boolean {
    const a = this.addr!.address;
    if (a === '0.0.0.0') return isIPv4(host);
    if (ANY6.has(a)) return true;
    if (isIPv4(a)) return host === a || host === `::ffff:${a}`;
    return LOOPBACK6.has(host) && LOOPBACK6.has(a);
  }

  close(cb?: (e?: Error) => void): this {
    if (this.listening && this.addr !== null) {
      if (listeners.get(this.addr.port) === this) listeners.delete(this.addr.port);
      this.listening = false;
      queueMicrotask(() => {
        cb?.();
        this.emit('close');
      });
    } else if (cb !== undefined) queueMicrotask(() => cb(sysError('ERR_SERVER_NOT_RUNNING', 'close')));
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }
}

export function createServer(opts?: ServerOptions | ((s: Socket) => void), onConnection?: (s: Socket) => void): Server {
  if (typeof opts === 'function') return new Server({}, opts);
  return new Server(opts ?? {}, onConnection);
}

export interface ConnectOptions {
  host?: string;
  port: number;
  localAddress?: string;
  localPort?: number;
  allowHalfOpen?: boolean;
}

export function connect(o: ConnectOptions | number, host?: string | (() => void), cb?: () => void): Socket {
  if (typeof o === 'number') o = { port: o, host: typeof host === 'string' ? host : undefined };
  if (typeof host === 'function') cb = host;
  const s = new Socket(o.allowHalfOpen ?? false);
  s.connecting = true;
  if (cb !== undefined) s.once('connect', cb);
  const opts = o;
  const target = opts.host === undefined || opts.host === 'localhost' ? '127.0.0.1' : opts.host;
  queueMicrotask(() => {
    if (s.destroyed) return;
    const failWith = (code: string) => {
      s.connecting = false;
      s.destroyed = true;
      s.emit('error', sysError(code, 'connect', target, opts.port));
      s.emit('close', true);
    };
    if (!isLoopback(target)) return failWith(isIP(target) === 0 ? 'ENOTFOUND' : 'ENETUNREACH');
    if (opts.localAddress !== undefined && !isLoopback(opts.localAddress) && opts.localAddress !== '0.0.0.0' && !ANY6.has(opts.localAddress)) {
      return failWith('EADDRNOTAVAIL');
    }
    let local: number | null;
    if (opts.localPort !== undefined && opts.localPort !== 0) {
      if (listeners.has(opts.localPort) || inUse.has(opts.localPort)) return failWith('EADDRINUSE');
      local = opts.localPort;
    } else local = ephemeralPort();
    if (local === null) return failWith('EADDRNOTAVAIL');
    const srv = listeners.get(opts.port);
    if (srv === undefined || !srv.accepts(target)) return failWith('ECONNREFUSED');
    const v6 = target.includes(':');
    const other = new Socket(srv.opts.allowHalfOpen ?? false);
    inUse.add(local);
    s.ownsPort = true;
    s.peer = other;
    other.peer = s;
    s.localAddress = v6 ? target : '127.0.0.1';
    s.localPort = local;
    s.remoteAddress = target;
    s.remotePort = opts.port;
    s.remoteFamily = v6 ? 'IPv6' : 'IPv4';
    // A server listening on `::` sees an IPv4 client as IPv4-mapped, as Node reports it.
    const mapped = !v6 && ANY6.has(srv.address()!.address);
    other.localAddress = mapped ? `::ffff:${target}` : target;
    other.localPort = opts.port;
    other.remoteAddress = mapped ? `::ffff:${s.localAddress}` : s.localAddress;
    other.remotePort = local;
    other.remoteFamily = v6 || mapped ? 'IPv6' : 'IPv4';
    if (srv.opts.pauseOnConnect) other.pause();
    s.connecting = false;
    srv.emit('connection', other);
    s.emit('connect');
    s.emit('ready');
  });
  return s;
}

export const createConnection = connect;

/** For tests: forget every listener and port (a fresh host). */
export function resetMemNet(): void {
  listeners.clear();
  inUse.clear();
  nextEphemeral = EPHEMERAL_LOW;
}

/** The stand-in for node:net, as builtins.ts hands it out. */
export const memnet = { Socket, Server, createServer, connect, createConnection, isIP, isIPv4, isIPv6 };

// ---------------------------------------------------------------- node:dgram

/** The stand-in for node:dgram: a socket that fails to bind with ENOTSUP, so that
 * gen_udp:open answers {error, enotsup} (UDP has no in-memory transport). */
export const memdgram = {
  createSocket(): Emitter & { bind(): void; close(): void; send(): void; address(): AddressInfo; setBroadcast(): void } {
    const u = new Emitter() as Emitter & { bind(): void; close(): void; send(): void; address(): AddressInfo; setBroadcast(): void };
    u.bind = () => queueMicrotask(() => u.emit('error', sysError('ENOTSUP', 'bind')));
    u.close = () => undefined;
    u.send = () => undefined;
    u.setBroadcast = () => undefined;
    u.address = () => ({ address: '0.0.0.0', family: 'IPv4', port: 0 });
    return u;
  },
};

// ----------------------------------------------------------------- node:dns

/** The stand-in for node:dns's lookup: `localhost` is loopback; every other name is
 * unknown (ENOTFOUND, which inet turns into nxdomain, as OTP answers with no resolver). */
export const memdns = {
  lookup(name: string, opts: { family?: number; all?: boolean } | number | ((...a: any[]) => void), cb?: (...a: any[]) => void): void {
    if (typeof opts === 'function') (cb = opts), (opts = {});
    const o = typeof opts === 'number' ? { family: opts } : opts;
    const fam = o.family === 6 ? 6 : 4;
    const addr = isIP(name) !== 0 ? name : name === 'localhost' ? (fam === 6 ? '::1' : '127.0.0.1') : null;
    queueMicrotask(() => {
      if (addr === null) return cb!(sysError('ENOTFOUND', 'getaddrinfo', name));
      const family = addr.includes(':') ? 6 : 4;
      if (o.all) cb!(null, [{ address: addr, family }]);
      else cb!(null, addr, family);
    });
  },
};
