// runtime/host/memnet.ts, the in-memory loopback that stands in for node:net (and
// node:dns) where Node's modules are absent (a bundle in a browser page). Here under
// Node with the stand-ins forced (builtins.ts useStandIn): every TCP program of the
// net conformance corpus (test/conformance/net, recorded from OTP over real loopback)
// prints what OTP printed; addresses other than loopback fail as on a machine with
// only a loopback interface; and the stand-in's own TCP semantics (ordering, half-close,
// reset, refused, in use, back-pressure) hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeHost } from '../../bin/node-host.js';
import { runEscript } from '../../runtime/escript.js';
import { useStandIn } from '../../runtime/host/builtins.js';
import { memdns, memnet, type Socket } from '../../runtime/host/memnet.js';
import { normaliseOutput } from '../conformance/normalise.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const host = nodeHost(root);
const netDir = join(root, 'test/conformance/net');
// UDP has no in-memory transport (gen_udp:open is {error, enotsup} in a page).
const tcpPrograms = readdirSync(netDir)
  .filter((f) => f.endsWith('.erl') && !f.includes('udp'))
  .map((f) => f.slice(0, -4));

async function run(file: string): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const code = await runEscript(file, [], { host, stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { out, err, code };
}

const readIf = (p: string) => (existsSync(p) ? readFileSync(p, 'latin1') : undefined);

describe('gen_tcp over the in-memory loopback (memnet)', () => {
  beforeAll(() => {
    useStandIn('node:net', true);
    useStandIn('node:dns', true);
  });
  afterAll(() => {
    useStandIn('node:net', false);
    useStandIn('node:dns', false);
  });

  it('covers the TCP programs of the corpus', () => {
    expect(tcpPrograms.length).toBeGreaterThanOrEqual(20);
  });

  it.each(tcpPrograms)('net/%s prints what OTP printed', async (n) => {
    const base = join(netDir, n);
    const r = await run(`test/conformance/net/${n}.erl`);
    expect(normaliseOutput(r.out)).toBe(normaliseOutput(readFileSync(`${base}.stdout`, 'latin1')));
    expect(r.code).toBe(Number(readIf(`${base}.exit`)?.trim() ?? 0));
    const stderr = readIf(`${base}.stderr`);
    if (stderr !== undefined) expect(normaliseOutput(r.err)).toBe(normaliseOutput(stderr));
  });

  it('other addresses fail as on a host with only loopback; UDP is unsupported', async () => {
    useStandIn('node:dgram', true);
    const r = await run('test/bundle/fixtures/memnet_other.erl').finally(() => useStandIn('node:dgram', false));
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'connect 10.1.2.3: {error,enetunreach}',
        'connect name: {error,nxdomain}',
        'listen 10.0.0.1: {error,eaddrnotavail}',
        'listen any: ok',
        'connect localhost: ok',
        'connect "localhost": ok',
        'connect ::1 to any6: ok',
        'listen taken port: {error,eaddrinuse}',
        'connect closed port: {error,econnrefused}',
        'udp open: {error,enotsup}',
        '',
      ].join('\n'),
    );
  });
});

/** A connected pair on a fresh server; the server side paused as inet.ts makes it. */
async function pair(allowHalfOpen = true): Promise<{ c: Socket; s: Socket; close: () => void }> {
  const srv = memnet.createServer({ pauseOnConnect: true, allowHalfOpen });
  await new Promise<void>((r) => srv.listen({ port: 0, host: '127.0.0.1' }, r));
  const port = srv.address()!.port;
  const accepted = new Promise<Socket>((r) => srv.on('connection', r));
  const c = memnet.connect({ host: '127.0.0.1', port, allowHalfOpen });
  await new Promise<void>((r) => c.once('connect', () => r()));
  const s = await accepted;
  return { c, s, close: () => srv.close() };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('memnet sockets', () => {
  it('delivers data in order, asynchronously, held while paused', async () => {
    const { c, s, close } = await pair();
    const got: string[] = [];
    s.on('data', (b: Buffer) => got.push(b.toString()));
    c.write(Buffer.from('a'));
    c.write(Buffer.from('b'));
    expect(got).toEqual([]);
    await tick();
    expect(got).toEqual([]); // paused on connect
    s.resume();
    await tick();
    expect(got).toEqual(['a', 'b']);
    expect([s.remotePort, s.localPort]).toEqual([c.localPort, c.remotePort]);
    expect([c.localAddress, c.remoteAddress, s.localAddress]).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1']);
    close();
  });

  it('half-closes with allowHalfOpen, then closes when both sides ended', async () => {
    const { c, s, close } = await pair();
    const ev: string[] = [];
    s.on('data', (b: Buffer) => ev.push(`s data ${b.toString()}`));
    s.on('end', () => ev.push('s end'));
    s.on('close', () => ev.push('s close'));
    c.on('data', (b: Buffer) => ev.push(`c data ${b.toString()}`));
    c.on('end', () => ev.push('c end'));
    c.on('close', () => ev.push('c close'));
    s.resume();
    c.end(Buffer.from('req'));
    await tick();
    expect(ev).toEqual(['s data req', 's end']);
    s.write(Buffer.from('reply'));
    s.end();
    await tick();
    expect(ev).toEqual(['s data req', 's end', 'c data reply', 'c end', 's close', 'c close']);
    close();
  });

  it('destroy with unread input resets the peer; a closed port refuses; a taken one is in use', async () => {
    const { c, s, close } = await pair();
    c.write(Buffer.from('never read'));
    await tick();
    const errs: string[] = [];
    c.on('error', (e: NodeJS.ErrnoException) => errs.push(e.code!));
    s.destroy();
    await tick();
    expect(errs).toEqual(['ECONNRESET']);
    const port = s.localPort!;
    const srv2 = memnet.createServer();
    const inUse = new Promise<string>((r) => srv2.on('error', (e: NodeJS.ErrnoException) => r(e.code!)));
    srv2.listen({ port, host: '0.0.0.0' });
    expect(await inUse).toBe('EADDRINUSE');
    close();
    await tick();
    const refused = memnet.connect({ host: '127.0.0.1', port });
    expect(await new Promise((r) => refused.on('error', (e: NodeJS.ErrnoException) => r(e.code)))).toBe('ECONNREFUSED');
  });

  it('write() asks to wait while the reader lags, and drains', async () => {
    const { c, s, close } = await pair();
    const big = Buffer.alloc(300 * 1024, 1);
    expect(c.write(big)).toBe(false);
    let drained = false;
    c.on('drain', () => (drained = true));
    let n = 0;
    s.on('data', (b: Buffer) => (n += b.length));
    s.resume();
    await tick();
    expect(n).toBe(big.length);
    expect(drained).toBe(true);
    close();
  });

  it('checks addresses as node:net does', () => {
    for (const a of ['127.0.0.1', '0.0.0.0', '255.255.255.255']) expect(memnet.isIP(a)).toBe(4);
    for (const a of ['::', '::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '1:2:3:4:5:6:7:8', '1::8', '1:2:3:4:5:6:1.2.3.4']) expect(memnet.isIP(a)).toBe(6);
    for (const a of ['256.0.0.1', '1.2.3', '01.2.3.4', '1:2:3:4:5:6:7:8:9', '1::2::3', ':1::', 'x', '', '1:2:3:4:5:6:7::8']) expect(memnet.isIP(a)).toBe(0);
  });

  it('resolves localhost only', async () => {
    const look = (n: string, family: number) => new Promise((r) => memdns.lookup(n, { family }, (e: NodeJS.ErrnoException | null, a?: string) => r(e ? e.code : a)));
    expect(await look('localhost', 4)).toBe('127.0.0.1');
    expect(await look('localhost', 6)).toBe('::1');
    expect(await look('example.com', 4)).toBe('ENOTFOUND');
  });
});
