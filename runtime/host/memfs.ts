// An in-memory file system with the part of node:fs's synchronous API the runtime's
// natives use (runtime/bifs/file.ts, filelib.ts, code.ts), for bundles running in a
// browser (bin/bundle.ts puts the sources beside the entry in it; docs/bundle.md). It
// answers as Linux does: errors carry Node's `code` (ENOENT, EEXIST, ENOTDIR, EISDIR,
// ENOTEMPTY, EBADF), which the natives turn into OTP's reasons. Relative paths are
// taken from the root, which is the working directory. No links, owners or
// permissions: every file is readable and writable.
import { Buffer } from 'node:buffer';

interface Dir {
  kind: 'dir';
  entries: Map<string, Node>;
  mtime: number;
  ino: number;
}
interface File {
  kind: 'file';
  data: Uint8Array;
  mtime: number;
  ino: number;
}
type Node = Dir | File;

let inoSerial = 1;
const root: Dir = { kind: 'dir', entries: new Map(), mtime: Date.now(), ino: inoSerial++ };

const constants = {
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 0o100, O_EXCL: 0o200, O_TRUNC: 0o1000, O_APPEND: 0o2000,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o040000,
};

function fail(code: string, syscall: string, path?: string): never {
  const e = new Error(`${code}: ${syscall}${path === undefined ? '' : ` '${path}'`}`) as Error & { code: string; syscall: string };
  e.code = code;
  e.syscall = syscall;
  throw e;
}

type PathLike = string | Uint8Array;

function text(p: PathLike): string {
  return typeof p === 'string' ? p : new TextDecoder().decode(p);
}

/** The names of a path from the root (`.` and `..` resolved). */
function parts(p: PathLike): string[] {
  const out: string[] = [];
  for (const s of text(p).split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return out;
}

function lookup(p: PathLike, syscall: string): Node {
  let n: Node = root;
  for (const s of parts(p)) {
    if (n.kind !== 'dir') fail('ENOTDIR', syscall, text(p));
    const next = n.entries.get(s);
    if (next === undefined) fail('ENOENT', syscall, text(p));
    n = next;
  }
  return n;
}

/** The directory that holds `p`, and `p`'s last name. */
function parent(p: PathLike, syscall: string): [Dir, string] {
  const ps = parts(p);
  const last = ps.pop();
  if (last === undefined) fail('EEXIST', syscall, text(p));
  const d = lookup(ps.join('/'), syscall);
  if (d.kind !== 'dir') fail('ENOTDIR', syscall, text(p));
  return [d, last];
}

class Stats {
  constructor(private readonly n: Node) {}
  get size(): number {
    return this.n.kind === 'file' ? this.n.data.length : 4096;
  }
  get mode(): number {
    return this.n.kind === 'file' ? constants.S_IFREG | 0o644 : constants.S_IFDIR | 0o755;
  }
  get mtimeMs(): number {
    return this.n.mtime;
  }
  get atimeMs(): number {
    return this.n.mtime;
  }
  get ctimeMs(): number {
    return this.n.mtime;
  }
  get mtime(): Date {
    return new Date(this.n.mtime);
  }
  get ino(): number {
    return this.n.ino;
  }
  nlink = 1;
  dev = 1;
  rdev = 0;
  uid = 0;
  gid = 0;
  isFile(): boolean {
    return this.n.kind === 'file';
  }
  isDirectory(): boolean {
    return this.n.kind === 'dir';
  }
  isSymbolicLink(): boolean {
    return false;
  }
}

interface Fd {
  file: File;
  append: boolean;
}
const fds = new Map<number, Fd>();
let fdSerial = 3;

function fdOf(fd: number, syscall: string): Fd {
  return fds.get(fd) ?? fail('EBADF', syscall);
}

function newFile(): File {
  return { kind: 'file', data: new Uint8Array(0), mtime: Date.now(), ino: inoSerial++ };
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
}

export const memfs = {
  constants,
  Stats,
  existsSync(p: PathLike): boolean {
    try {
      lookup(p, 'stat');
      return true;
    } catch {
      return false;
    }
  },
  statSync(p: PathLike, opts?: { throwIfNoEntry?: boolean }): Stats | undefined {
    try {
      return new Stats(lookup(p, 'stat'));
    } catch (e) {
      if (opts?.throwIfNoEntry === false && (e as { code?: string }).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  lstatSync(p: PathLike, opts?: { throwIfNoEntry?: boolean }): Stats | undefined {
    return memfs.statSync(p, opts);
  },
  accessSync(p: PathLike): void {
    lookup(p, 'access');
  },
  readFileSync(p: PathLike, enc?: string | { encoding?: string }): Buffer | string {
    const n = lookup(p, 'open');
    if (n.kind === 'dir') fail('EISDIR', 'read', text(p));
    const b = Buffer.from(n.data);
    const e = typeof enc === 'string' ? enc : enc?.encoding;
    return e ? b.toString(e as BufferEncoding) : b;
  },
  writeFileSync(p: PathLike, data: string | Uint8Array, opts?: { flag?: string }): void {
    const [d, name] = parent(p, 'open');
    let f = d.entries.get(name);
    if (f?.kind === 'dir') fail('EISDIR', 'open', text(p));
    if (f === undefined) d.entries.set(name, (f = newFile()));
    const b = bytesOf(data);
    if (opts?.flag === 'a') {
      const all = new Uint8Array(f.data.length + b.length);
      all.set(f.data);
      all.set(b, f.data.length);
      f.data = all;
    } else f.data = b;
    f.mtime = Date.now();
  },
  mkdirSync(p: PathLike, opts?: { recursive?: boolean }): void {
    if (opts?.recursive) {
      let d: Dir = root;
      for (const s of parts(p)) {
        const n: Node | undefined = d.entries.get(s);
        if (n === undefined) {
          const nd: Dir = { kind: 'dir', entries: new Map(), mtime: Date.now(), ino: inoSerial++ };
          d.entries.set(s, nd);
          d = nd;
        } else if (n.kind === 'dir') d = n;
        else fail('ENOTDIR', 'mkdir', text(p));
      }
      return;
    }
    const [d, name] = parent(p, 'mkdir');
    if (d.entries.has(name)) fail('EEXIST', 'mkdir', text(p));
    d.entries.set(name, { kind: 'dir', entries: new Map(), mtime: Date.now(), ino: inoSerial++ });
  },
  readdirSync(p: PathLike, opts?: string | { encoding?: string }): (string | Buffer)[] {
    const n = lookup(p, 'scandir');
    if (n.kind !== 'dir') fail('ENOTDIR', 'scandir', text(p));
    const names = [...n.entries.keys()].sort();
    const e = typeof opts === 'string' ? opts : opts?.encoding;
    return e === 'buffer' ? names.map((x) => Buffer.from(x, 'utf8')) : names;
  },
  rmdirSync(p: PathLike): void {
    const [d, name] = parent(p, 'rmdir');
    const n = d.entries.get(name) ?? fail('ENOENT', 'rmdir', text(p));
    if (n.kind !== 'dir') fail('ENOTDIR', 'rmdir', text(p));
    if (n.entries.size > 0) fail('ENOTEMPTY', 'rmdir', text(p));
    d.entries.delete(name);
  },
  unlinkSync(p: PathLike): void {
    const [d, name] = parent(p, 'unlink');
    const n = d.entries.get(name) ?? fail('ENOENT', 'unlink', text(p));
    if (n.kind === 'dir') fail('EISDIR', 'unlink', text(p));
    d.entries.delete(name);
  },
  rmSync(p: PathLike, opts?: { recursive?: boolean; force?: boolean }): void {
    try {
      const [d, name] = parent(p, 'rm');
      const n = d.entries.get(name) ?? fail('ENOENT', 'rm', text(p));
      if (n.kind === 'dir' && !opts?.recursive) fail('EISDIR', 'rm', text(p));
      d.entries.delete(name);
    } catch (e) {
      if (!(opts?.force && (e as { code?: string }).code === 'ENOENT')) throw e;
    }
  },
  renameSync(from: PathLike, to: PathLike): void {
    const [fd, fname] = parent(from, 'rename');
    const n = fd.entries.get(fname) ?? fail('ENOENT', 'rename', text(from));
    const [td, tname] = parent(to, 'rename');
    const old = td.entries.get(tname);
    if (old?.kind === 'dir' && n.kind !== 'dir') fail('EISDIR', 'rename', text(to));
    if (old?.kind === 'dir' && old.entries.size > 0) fail('ENOTEMPTY', 'rename', text(to));
    fd.entries.delete(fname);
    td.entries.set(tname, n);
  },
  openSync(p: PathLike, flags: number = constants.O_RDONLY): number {
    const [d, name] = parent(p, 'open');
    let f = d.entries.get(name);
    if (f !== undefined && flags & constants.O_CREAT && flags & constants.O_EXCL) fail('EEXIST', 'open', text(p));
    if (f?.kind === 'dir') fail('EISDIR', 'open', text(p));
    if (f === undefined) {
      if (!(flags & constants.O_CREAT)) fail('ENOENT', 'open', text(p));
      d.entries.set(name, (f = newFile()));
    }
    if (flags & constants.O_TRUNC) f.data = new Uint8Array(0);
    const fd = fdSerial++;
    fds.set(fd, { file: f, append: (flags & constants.O_APPEND) !== 0 });
    return fd;
  },
  closeSync(fd: number): void {
    fdOf(fd, 'close');
    fds.delete(fd);
  },
  fstatSync(fd: number): Stats {
    return new Stats(fdOf(fd, 'fstat').file);
  },
  readSync(fd: number, buf: Uint8Array, offset: number, length: number, position: number | null): number {
    const f = fdOf(fd, 'read').file;
    const pos = position ?? 0;
    const n = Math.max(0, Math.min(length, f.data.length - pos));
    buf.set(f.data.subarray(pos, pos + n), offset);
    return n;
  },
  writeSync(fd: number, buf: Uint8Array, offset: number, length: number, position: number | null): number {
    const o = fdOf(fd, 'write');
    const f = o.file;
    const pos = o.append || position === null ? f.data.length : position;
    const end = pos + length;
    if (end > f.data.length) {
      const grown = new Uint8Array(end);
      grown.set(f.data);
      f.data = grown;
    }
    f.data.set(buf.subarray(offset, offset + length), pos);
    f.mtime = Date.now();
    return length;
  },
  ftruncateSync(fd: number, len = 0): void {
    const f = fdOf(fd, 'ftruncate').file;
    const d = new Uint8Array(len);
    d.set(f.data.subarray(0, len));
    f.data = d;
  },
  fsyncSync(fd: number): void {
    fdOf(fd, 'fsync');
  },
  fdatasyncSync(fd: number): void {
    fdOf(fd, 'fdatasync');
  },
  utimesSync(p: PathLike, _a: number, m: number | Date): void {
    lookup(p, 'utime').mtime = typeof m === 'number' ? m * 1000 : m.getTime();
  },
  chmodSync(p: PathLike): void {
    lookup(p, 'chmod');
  },
  chownSync(p: PathLike): void {
    lookup(p, 'chown');
  },
  readlinkSync(p: PathLike): never {
    lookup(p, 'readlink');
    return fail('EINVAL', 'readlink', text(p));
  },
  linkSync(_from: PathLike, to: PathLike): never {
    return fail('ENOTSUP', 'link', text(to));
  },
  symlinkSync(_target: PathLike, p: PathLike): never {
    return fail('ENOTSUP', 'symlink', text(p));
  },
  mkdtempSync(prefix: string): string {
    for (let i = 0; ; i++) {
      const p = `${prefix}${Math.random().toString(36).slice(2, 8)}`;
      if (!memfs.existsSync(p)) {
        memfs.mkdirSync(p);
        return p;
      }
    }
  },
};

/** Puts files (path -> contents) into the file system, making their directories. */
export function seedMemFs(files: Record<string, string>): void {
  for (const [p, data] of Object.entries(files)) {
    const ps = parts(p);
    ps.pop();
    memfs.mkdirSync(ps.join('/'), { recursive: true });
    memfs.writeFileSync(p, data);
  }
}
