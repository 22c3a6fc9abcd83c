// The Erlang Port Mapper Daemon protocol: the client a node uses to register its
// name (ALIVE2_REQ, kept open for as long as the node is alive), to find another
// node's port (PORT_PLEASE2_REQ) and to list names (NAMES_REQ), and a small EPMD
// server of our own, started on loopback when nothing listens on the EPMD port.
//
// Every request is a 2-byte big-endian length then the request; answers are not
// length-prefixed. The port is ERL_EPMD_PORT when set, else 4369, as for erl.
import type * as net from 'node:net';
import { nodeDns, nodeNet } from '../host/builtins.js';
import * as os from 'node:os';

export const ALIVE2_REQ = 120; // 'x'
export const ALIVE2_X_RESP = 118; // 'v' (32-bit creation, OTP 23+)
export const ALIVE2_RESP = 121; // 'y'
export const PORT_PLEASE2_REQ = 122; // 'z'
export const PORT2_RESP = 119; // 'w'
export const NAMES_REQ = 110; // 'n'

/** The EPMD port: ERL_EPMD_PORT or 4369. */
export function epmdPort(): number {
  const p = Number(process.env['ERL_EPMD_PORT']);
  return Number.isInteger(p) && p > 0 && p < 65536 ? p : 4369;
}

const TIMEOUT_MS = 5000;

/**
 * The loopback addresses to listen on: 127.0.0.1, and the one this host's name
 * resolves to when that is another loopback address (Debian's 127.0.1.1): a node
 * that connects to `name@host` goes there, and it must find us without our
 * listening beyond loopback.
 */
export async function loopbackAddresses(): Promise<string[]> {
  const out = ['127.0.0.1'];
  try {
    const all = await nodeDns().promises.lookup(os.hostname().split('.')[0]!, { all: true, family: 4 });
    for (const a of all) if (a.address.startsWith('127.') && !out.includes(a.address)) out.push(a.address);
  } catch {
    // a host name that does not resolve: loopback only
  }
  return out;
}

/** Listens on `port` (0: any) at each address, the same port on all; null if one fails. */
export async function listenAll(addrs: string[], port: number, onConn: (s: net.Socket) => void): Promise<net.Server[] | null> {
  const servers: net.Server[] = [];
  for (const host of addrs) {
    const server = nodeNet().createServer(onConn);
    const err = await new Promise<Error | null>((resolve) => {
      server.once('error', resolve);
      server.listen({ host, port }, () => resolve(null));
    });
    if (err !== null) {
      if (servers.length === 0) return null;
      continue; // the first address is enough
    }
    server.unref();
    servers.push(server);
    if (port === 0) port = (server.address() as net.AddressInfo).port;
  }
  return servers;
}

function request(body: Uint8Array): Buffer {
  const out = Buffer.alloc(2 + body.length);
  out.writeUInt16BE(body.length, 0);
  out.set(body, 2);
  return out;
}

/** Connects to EPMD on `host`; rejects on error or after a timeout. */
function connect(host: string, port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = nodeNet().connect({ host, port });
    const t = setTimeout(() => (s.destroy(), reject(new Error('epmd timeout'))), TIMEOUT_MS);
    s.once('connect', () => (clearTimeout(t), resolve(s)));
    s.once('error', (e) => (clearTimeout(t), reject(e)));
  });
}

/** Sends one request and collects the whole answer (EPMD closes after answering). */
async function oneShot(host: string, body: Uint8Array, port = epmdPort()): Promise<Buffer> {
  const s = await connect(host, port);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const t = setTimeout(() => (s.destroy(), reject(new Error('epmd timeout'))), TIMEOUT_MS);
    s.on('data', (c: Buffer) => chunks.push(c));
    s.once('error', (e) => (clearTimeout(t), reject(e)));
    s.once('close', () => (clearTimeout(t), resolve(Buffer.concat(chunks))));
    s.write(request(body));
  });
}

export interface NodeInfo {
  port: number;
  nodeType: number;
  protocol: number;
  highest: number;
  lowest: number;
  name: string;
}

/** PORT_PLEASE2_REQ: where node `name` (the part before @) on `host` listens, or null. */
export async function portPlease(host: string, name: string, port = epmdPort()): Promise<NodeInfo | null> {
  const n = Buffer.from(name, 'utf8');
  const b = await oneShot(host, Buffer.concat([Buffer.from([PORT_PLEASE2_REQ]), n]), port);
  if (b.length < 2 || b[0] !== PORT2_RESP || b[1] !== 0 || b.length < 12) return null;
  const nlen = b.readUInt16BE(10);
  return {
    port: b.readUInt16BE(2),
    nodeType: b[4]!,
    protocol: b[5]!,
    highest: b.readUInt16BE(6),
    lowest: b.readUInt16BE(8),
    name: b.subarray(12, 12 + nlen).toString('utf8'),
  };
}

/** NAMES_REQ: the [name, port] pairs registered on `host`'s EPMD. */
export async function names(host: string, port = epmdPort()): Promise<[string, number][]> {
  const b = await oneShot(host, Buffer.from([NAMES_REQ]), port);
  if (b.length < 4) throw new Error('epmd: bad answer');
  const out: [string, number][] = [];
  for (const line of b.subarray(4).toString('utf8').split('\n')) {
    const m = /^name (.+) at port (\d+)$/.exec(line);
    if (m) out.push([m[1]!, Number(m[2])]);
  }
  return out;
}

/** A registration: the node's creation, and `close()` to unregister. */
export interface Registration {
  creation: number;
  close(): void;
}

/** ALIVE2_REQ: registers `name` at `listenPort`; the connection stays open while the
 * node is alive (EPMD forgets the name when it closes). */
export async function register(name: string, listenPort: number, onLost: () => void, port = epmdPort()): Promise<Registration> {
  const s = await connect('127.0.0.1', port);
  const n = Buffer.from(name, 'utf8');
  const body = Buffer.alloc(13 + n.length);
  body[0] = ALIVE2_REQ;
  body.writeUInt16BE(listenPort, 1);
  body[3] = 77; // normal node
  body[4] = 0; // TCP/IPv4
  body.writeUInt16BE(6, 5); // highest version
  body.writeUInt16BE(6, 7); // lowest version
  body.writeUInt16BE(n.length, 9);
  n.copy(body, 11);
  body.writeUInt16BE(0, 11 + n.length); // no extra
  return new Promise((resolve, reject) => {
    let buf: Buffer = Buffer.alloc(0);
    let done = false;
    const t = setTimeout(() => fail(new Error('epmd timeout')), TIMEOUT_MS);
    const fail = (e: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(t);
      s.destroy();
      reject(e);
    };
    s.on('data', (c: Buffer) => {
      if (done) return;
      buf = Buffer.concat([buf, c]);
      if (buf.length < 2) return;
      const tag = buf[0]!;
      const need = tag === ALIVE2_X_RESP ? 6 : tag === ALIVE2_RESP ? 4 : 2;
      if (buf.length < need) return;
      if ((tag !== ALIVE2_X_RESP && tag !== ALIVE2_RESP) || buf[1] !== 0) return fail(new Error('duplicate_name'));
      done = true;
      clearTimeout(t);
      const creation = tag === ALIVE2_X_RESP ? buf.readUInt32BE(2) : buf.readUInt16BE(2);
      let closed = false;
      s.on('close', () => {
        if (!closed) onLost();
      });
      resolve({
        creation,
        close() {
          closed = true;
          s.destroy();
        },
      });
    });
    s.on('error', (e) => fail(e));
    s.on('close', () => fail(new Error('epmd closed')));
    s.write(request(body));
  });
}

// ------------------------------------------------------------ embedded server

interface Entry {
  name: string;
  port: number;
  nodeType: number;
  protocol: number;
  highest: number;
  lowest: number;
  extra: Buffer;
  creation: number;
}

/**
 * A minimal EPMD: ALIVE2 (a name is held while its connection is open), PORT_PLEASE2
 * and NAMES. It listens on 127.0.0.1 only. A malformed request closes its connection.
 */
export class EpmdServer {
  private readonly servers: net.Server[];
  private readonly nodes = new Map<string, Entry>();
  private readonly sockets = new Set<net.Socket>();
  private nextCreation = 1 + Math.floor(Math.random() * 1000);

  private constructor(servers: net.Server[]) {
    this.servers = servers;
  }

  /** Starts a server on `port` (loopback); resolves null when the port is taken. */
  static async start(port = epmdPort()): Promise<EpmdServer | null> {
    let e: EpmdServer | null = null;
    const servers = await listenAll(await loopbackAddresses(), port, (s) => e?.serve(s));
    if (servers === null) return null;
    e = new EpmdServer(servers);
    return e;
  }

  get port(): number {
    return (this.servers[0]!.address() as net.AddressInfo).port;
  }

  /** How many nodes are registered now. */
  get registered(): number {
    return this.nodes.size;
  }

  close(): void {
    for (const s of this.sockets) s.destroy();
    for (const server of this.servers) server.close();
  }

  private serve(s: net.Socket): void {
    this.sockets.add(s);
    s.unref();
    let buf: Buffer = Buffer.alloc(0);
    let registered: string | null = null;
    s.on('error', () => {});
    s.on('close', () => {
      this.sockets.delete(s);
      if (registered !== null) this.nodes.delete(registered);
    });
    s.on('data', (c: Buffer) => {
      buf = buf.length === 0 ? c : Buffer.concat([buf, c]);
      while (buf.length >= 2) {
        const len = buf.readUInt16BE(0);
        if (buf.length < 2 + len) return;
        const req = buf.subarray(2, 2 + len);
        buf = buf.subarray(2 + len);
        if (registered !== null || !this.handle(s, req, (n) => (registered = n))) {
          s.destroy();
          return;
        }
      }
    });
  }

  /** One request; false when it is malformed (the connection is closed). */
  private handle(s: net.Socket, req: Buffer, onRegistered: (name: string) => void): boolean {
    if (req.length === 0) return false;
    switch (req[0]) {
      case ALIVE2_REQ: {
        if (req.length < 13) return false;
        const nlen = req.readUInt16BE(9);
        if (nlen === 0 || req.length < 13 + nlen) return false;
        const name = req.subarray(11, 11 + nlen).toString('utf8');
        const elen = req.readUInt16BE(11 + nlen);
        if (req.length < 13 + nlen + elen) return false;
        const resp = Buffer.alloc(6);
        resp[0] = ALIVE2_X_RESP;
        if (this.nodes.has(name)) {
          resp[1] = 1;
          s.end(resp);
          return true;
        }
        const creation = this.nextCreation;
        this.nextCreation = (this.nextCreation % 0xfffffff0) + 1;
        this.nodes.set(name, {
          name, port: req.readUInt16BE(1), nodeType: req[3]!, protocol: req[4]!, highest: req.readUInt16BE(5),
          lowest: req.readUInt16BE(7), extra: Buffer.from(req.subarray(13 + nlen, 13 + nlen + elen)), creation,
        });
        resp.writeUInt32BE(creation, 2);
        s.write(resp);
        onRegistered(name);
        return true;
      }
      case PORT_PLEASE2_REQ: {
        const e = this.nodes.get(req.subarray(1).toString('utf8'));
        if (e === undefined) {
          s.end(Buffer.from([PORT2_RESP, 1]));
          return true;
        }
        const n = Buffer.from(e.name, 'utf8');
        const out = Buffer.alloc(14 + n.length + e.extra.length);
        out[0] = PORT2_RESP;
        out[1] = 0;
        out.writeUInt16BE(e.port, 2);
        out[4] = e.nodeType;
        out[5] = e.protocol;
        out.writeUInt16BE(e.highest, 6);
        out.writeUInt16BE(e.lowest, 8);
        out.writeUInt16BE(n.length, 10);
        n.copy(out, 12);
        out.writeUInt16BE(e.extra.length, 12 + n.length);
        e.extra.copy(out, 14 + n.length);
        s.end(out);
        return true;
      }
      case NAMES_REQ: {
        const head = Buffer.alloc(4);
        head.writeUInt32BE(this.port, 0);
        let text = '';
        for (const e of this.nodes.values()) text += `name ${e.name} at port ${e.port}\n`;
        s.end(Buffer.concat([head, Buffer.from(text, 'utf8')]));
        return true;
      }
      default:
        return false;
    }
  }
}
