// examples/chat_server: started as a user starts it (`erlts run chat.erl 0`, the built
// CLI; npm test builds dist/ first), two clients over loopback: welcome, join notice,
// a message broadcast to the other, a nick change, /who, /quit and the leave notice.
import { afterAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'bin', 'erlts.js');
let server: ChildProcess | null = null;

afterAll(() => {
  if (server !== null && server.exitCode === null) server.kill();
});

/** A client that collects lines and can wait for one matching a pattern. */
class Client {
  readonly lines: string[] = [];
  private buf = '';
  private waiters: (() => void)[] = [];
  constructor(readonly sock: net.Socket) {
    sock.setEncoding('latin1');
    sock.on('data', (d: string) => {
      this.buf += d;
      let i: number;
      while ((i = this.buf.indexOf('\n')) >= 0) {
        this.lines.push(this.buf.slice(0, i));
        this.buf = this.buf.slice(i + 1);
      }
      for (const w of this.waiters.splice(0)) w();
    });
  }
  static connect(port: number): Promise<Client> {
    return new Promise((resolve, reject) => {
      const s = net.connect({ host: '127.0.0.1', port }, () => resolve(new Client(s)));
      s.once('error', reject);
    });
  }
  send(line: string): void {
    this.sock.write(line + '\r\n');
  }
  /** Waits for the next line (after the ones already taken) and returns it. */
  private taken = 0;
  async next(): Promise<string> {
    while (this.lines.length <= this.taken) await new Promise<void>((r) => this.waiters.push(r));
    return this.lines[this.taken++]!;
  }
}

it('two clients chat through the example server', async () => {
  server = spawn(process.execPath, [cli, 'run', join(root, 'examples', 'chat_server', 'chat.erl'), '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    server!.stdout!.setEncoding('latin1');
    server!.stdout!.on('data', (d: string) => {
      out += d;
      const m = /listening on 127\.0\.0\.1:(\d+); connect with: nc 127\.0\.0\.1 (\d+)\n/.exec(out);
      if (m !== null) resolve(Number(m[1]));
    });
    server!.once('exit', (c) => reject(new Error(`server exited ${c}: ${out}`)));
  });
  const a = await Client.connect(port);
  expect(await a.next()).toBe('* welcome, guest1. /nick Name to rename, /who to list, /quit to leave');
  const b = await Client.connect(port);
  expect(await b.next()).toBe('* welcome, guest2. /nick Name to rename, /who to list, /quit to leave');
  expect(await a.next()).toBe('* guest2 joined');
  a.send('hello there');
  expect(await b.next()).toBe('<guest1> hello there');
  b.send('/nick bob');
  expect(await a.next()).toBe('* guest2 is now bob');
  expect(await b.next()).toBe('* guest2 is now bob');
  b.send('/nick guest1');
  expect(await b.next()).toBe('* guest1 is taken');
  b.send('/nick no spaces!');
  expect(await b.next()).toBe('* a nick is 1-16 letters, digits or _');
  b.send('/who');
  expect(await b.next()).toBe('* here: bob, guest1');
  b.send('hi from bob');
  expect(await a.next()).toBe('<bob> hi from bob');
  b.send('/quit');
  expect(await b.next()).toBe('* bye');
  expect(await a.next()).toBe('* bob left');
  a.sock.destroy();
  b.sock.destroy();
  // Nothing echoed back to the sender of a message.
  expect(a.lines).not.toContain('<guest1> hello there');
}, 30_000);
