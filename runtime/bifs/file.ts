// The native half of module `file` (the operations on names: read_file, write_file,
// list_dir, make_dir, delete, rename, read_file_info, links, cwd, consult's parsing) and
// the module `erlts_file`: the operations on an open raw file, which file.erl calls for a
// raw descriptor and which the per-file io server (stdlib/src/erlts_file_io.erl) calls on
// its own raw descriptor. Everything uses Node's synchronous fs.
//
// Names follow file.erl's file_name/1: a binary is taken as raw bytes; a list may nest
// and hold atoms, and its characters are encoded as UTF-8 (the native name encoding of
// an escript under a UTF-8 locale). Anything else is `{error, badarg}` -- returned, not
// raised, as OTP does. Node's error codes become OTP's atoms (`ENOENT` -> `enoent`).
//
// A raw descriptor is what OTP 25's prim_file returns:
// `#file_descriptor{module = prim_file, data = #{handle, owner, r_ahead_size, r_buffer}}`
// with refs for handle and r_buffer; the handle's ref is the key of the table here.
import * as fs from 'node:fs';
import { Buffer } from 'node:buffer';
import { badarg, ErlangError } from '../term/errors.js';
import { atomName, Cons, isAtom, NIL, Ref, type Term } from '../term/types.js';
import { Bitstring } from '../term/bitstring.js';
import { ErlMap, mapFromPairs } from '../term/map.js';
import { fromArray, fromString, toArrayOrUndefined } from '../term/list.js';
import { registerNative } from './registry.js';
import { S } from '../exec/state.js';
import { refKey, type RefKey } from '../proc/scheduler.js';
import type { Process } from '../proc/process.js';
import { Scanner } from '../../compiler/parse/lexer.js';
import { parseTermTokens, scanErrorTerm } from './erl-scan.js';

// ------------------------------------------------------------------ names and errors

class BadName {}

function flatName(t: Term, out: number[]): void {
  if (isAtom(t)) {
    for (const ch of atomName(t)) out.push(ch.codePointAt(0)!);
    return;
  }
  let l: Term = t;
  while (l instanceof Cons) {
    const h: Term = l.hd;
    if (typeof h === 'number') out.push(h);
    else if (h instanceof Cons || h === NIL || isAtom(h)) flatName(h, out);
    else throw new BadName();
    l = l.tl;
  }
  if (l !== NIL) throw new BadName();
}

/** The bytes of a file name, or undefined when it is not one. */
export function nameBytes(t: Term): Buffer | undefined {
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) return undefined;
    return Buffer.from(t.toBytes().subarray(0, t.bitSize >>> 3));
  }
  if (!(t instanceof Cons) && t !== NIL && !isAtom(t)) return undefined;
  const cs: number[] = [];
  try {
    flatName(t, cs);
  } catch (e) {
    if (e instanceof BadName) return undefined;
    throw e;
  }
  if (cs.some((c) => c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))) return undefined;
  const b = Buffer.from(String.fromCodePoint(...cs), 'utf8');
  return b;
}

/** Thrown by `name` for a bad file name; turned into `{error, badarg}` by `guarded`. */
class FileError {
  constructor(readonly reason: Term) {}
}

function name(t: Term): Buffer {
  const b = nameBytes(t);
  if (b === undefined || b.includes(0)) throw new FileError('badarg');
  return b;
}

/** OTP's reason atom for a Node fs error. OTP reports Linux's ENOTEMPTY as eexist. */
export function posixReason(e: unknown): Term {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOTEMPTY') return 'eexist';
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code.toLowerCase();
  throw e;
}

/** Runs an operation: `{error, Reason}` for a bad name or a failed system call. */
function guarded(f: () => Term): Term {
  try {
    return f();
  } catch (e) {
    if (e instanceof FileError) return ['error', e.reason];
    if (e instanceof ErlangError) throw e;
    return ['error', posixReason(e)];
  }
}

const bin = (b: Uint8Array): Bitstring => new Bitstring(b, 0, b.length * 8);

/** A name read back from the system: characters if it is valid UTF-8, else undefined. */
function decodeName(b: Buffer): Term | undefined {
  try {
    return fromString(new TextDecoder('utf-8', { fatal: true }).decode(b));
  } catch {
    return undefined;
  }
}

/** iodata as bytes (write_file, write): badarg otherwise. */
export function iodataBytes(t: Term): Buffer {
  const parts: Uint8Array[] = [];
  let pending: number[] = [];
  const flush = () => {
    if (pending.length) parts.push(Uint8Array.from(pending));
    pending = [];
  };
  const walk = (x: Term): void => {
    if (x instanceof Bitstring) {
      if ((x.bitSize & 7) !== 0) throw new FileError('badarg');
      flush();
      parts.push(x.toBytes().subarray(0, x.bitSize >>> 3));
      return;
    }
    let l = x;
    while (l instanceof Cons) {
      const h = l.hd;
      if (typeof h === 'number') {
        if (h < 0 || h > 255) throw new FileError('badarg');
        pending.push(h);
      } else if (h instanceof Cons || h === NIL || h instanceof Bitstring) walk(h);
      else throw new FileError('badarg');
      l = l.tl;
    }
    if (l instanceof Bitstring) walk(l);
    else if (l !== NIL) throw new FileError('badarg');
  };
  walk(t);
  flush();
  return Buffer.concat(parts);
}

// ------------------------------------------------------------------ file info

function localDateTime(ms: number, utc: boolean): Term {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  if (utc) return [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()], [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]];
  return [[d.getFullYear(), d.getMonth() + 1, d.getDate()], [d.getHours(), d.getMinutes(), d.getSeconds()]];
}

type TimeKind = 'local' | 'universal' | 'posix';

function timeOption(opts: Term): TimeKind {
  const items = toArrayOrUndefined(opts);
  if (items === undefined) throw new FileError('badarg');
  // The first {time, _} counts; other options are ignored, as in OTP.
  for (const o of items) {
    if (Array.isArray(o) && o.length === 2 && o[0] === 'time') {
      if (o[1] === 'local' || o[1] === 'universal' || o[1] === 'posix') return o[1] as TimeKind;
      throw new FileError('badarg');
    }
  }
  return 'local';
}

function fileType(st: fs.Stats): string {
  if (st.isFile()) return 'regular';
  if (st.isDirectory()) return 'directory';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return 'other';
}

function access(path: Buffer, st: fs.Stats): string {
  if (st.isSymbolicLink()) return 'read_write'; // never followed; OTP asks the link itself
  const ok = (m: number) => {
    try {
      fs.accessSync(path, m);
      return true;
    } catch {
      return false;
    }
  };
  const r = ok(fs.constants.R_OK);
  const w = ok(fs.constants.W_OK);
  return r && w ? 'read_write' : r ? 'read' : w ? 'write' : 'none';
}

function fileInfo(path: Buffer, st: fs.Stats, kind: TimeKind): Term {
  const t = (ms: number): Term => (kind === 'posix' ? Math.floor(ms / 1000) : localDateTime(ms, kind === 'universal'));
  return ['file_info', st.size, fileType(st), access(path, st), t(st.atimeMs), t(st.mtimeMs), t(st.ctimeMs), st.mode, st.nlink, st.dev, st.rdev, st.ino, st.uid, st.gid];
}

function posixSeconds(t: Term, kind: TimeKind): number | undefined {
  if (typeof t === 'number' && kind === 'posix') return t;
  if (Array.isArray(t) && t.length === 2 && Array.isArray(t[0]) && Array.isArray(t[1])) {
    const [[y, mo, d], [h, mi, s]] = t as unknown as number[][];
    if (![y, mo, d, h, mi, s].every((x) => typeof x === 'number')) throw new FileError('badarg');
    const ms = kind === 'universal' ? Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) : new Date(y!, mo! - 1, d!, h!, mi!, s!).getTime();
    return Math.floor(ms / 1000);
  }
  if (t === 'undefined') return undefined;
  throw new FileError('badarg');
}

function writeFileInfo(path: Buffer, info: Term, kind: TimeKind): Term {
  if (!Array.isArray(info) || info.length !== 14 || info[0] !== 'file_info') throw new FileError('badarg');
  const st = fs.statSync(path);
  const mode = info[7];
  if (typeof mode === 'number') fs.chmodSync(path, mode & 0o7777);
  const uid = info[12];
  const gid = info[13];
  if (typeof uid === 'number' || typeof gid === 'number') {
    fs.chownSync(path, typeof uid === 'number' ? uid : st.uid, typeof gid === 'number' ? gid : st.gid);
  }
  const a = posixSeconds(info[4]!, kind);
  const m = posixSeconds(info[5]!, kind);
  if (a !== undefined || m !== undefined) {
    // OTP sets both: an undefined one takes the other's value (or the current time).
    const now = Math.floor(Date.now() / 1000);
    const mt = m ?? a ?? now;
    const at = a ?? mt;
    fs.utimesSync(path, at, mt);
  }
  return 'ok';
}

// ------------------------------------------------------------------ consult

/** file:consult's reading of a text: `{ok, Terms}` or `{error, {Line, Mod, Reason}}`
 * (the scanning and parsing are erl_scan's and erl_parse's, runtime/bifs/erl-scan.ts). */
export function consultText(text: string): Term {
  const sc = new Scanner(text, '');
  const terms: Term[] = [];
  for (;;) {
    const r = sc.scanForm();
    if (r.kind === 'eof') break;
    if (r.kind === 'invalid') return ['error', [r.line, 'erl_scan', 'scan']];
    if (r.kind === 'error') return ['error', [r.error.line, 'erl_scan', scanErrorTerm(text, r.error)]];
    if (r.tokens.length === 0) break;
    const t = parseTermTokens(r.tokens, (line) => line) as Term[];
    if (t[0] === 'error') return t;
    terms.push(t[1]!);
  }
  return ['ok', fromArray(terms)];
}

// ------------------------------------------------------------------ raw files

interface OpenFile {
  fd: number;
  pos: number;
  read: boolean;
  write: boolean;
  append: boolean;
  binary: boolean;
  closed: boolean;
}

const files = new Map<RefKey, OpenFile>();

function self(): Process {
  return (S.proc as Process | null) ?? badarg();
}

interface OpenModes {
  read: boolean;
  write: boolean;
  append: boolean;
  exclusive: boolean;
  binary: boolean;
  raw: boolean;
  encoding: Term;
  sync: boolean;
}

/** file:open's modes; undefined for a bad list. */
export function parseModes(t: Term): OpenModes | undefined {
  const items = isAtom(t) ? [t] : toArrayOrUndefined(t);
  if (items === undefined) return undefined;
  const m: OpenModes = { read: false, write: false, append: false, exclusive: false, binary: false, raw: false, encoding: 'latin1', sync: false };
  for (const o of items) {
    if (o === 'read') m.read = true;
    else if (o === 'write') m.write = true;
    else if (o === 'append') m.append = true;
    else if (o === 'exclusive') m.exclusive = true;
    else if (o === 'binary') m.binary = true;
    else if (o === 'list') m.binary = false;
    else if (o === 'raw') m.raw = true;
    else if (o === 'sync') m.sync = true;
    else if (o === 'read_ahead' || o === 'delayed_write' || o === 'compressed' || o === 'ram' || o === 'directory') continue;
    else if (Array.isArray(o) && o.length === 2 && o[0] === 'read_ahead' && typeof o[1] === 'number' && o[1] >= 0) continue;
    else if (Array.isArray(o) && o.length === 3 && o[0] === 'delayed_write' && typeof o[1] === 'number' && typeof o[2] === 'number') continue;
    else if (Array.isArray(o) && o.length === 2 && o[0] === 'encoding') m.encoding = o[1]!;
    // Anything else is ignored, as OTP's file_io_server does.
  }
  return m;
}

function openRaw(fileName: Term, modes: Term): Term {
  return guarded(() => {
    const path = name(fileName);
    const m = parseModes(modes);
    if (m === undefined) throw new FileError('badarg');
    const { flags, read, write } = openFlags(m);
    const st = fs.statSync(path, { throwIfNoEntry: false });
    if (st?.isDirectory()) throw new FileError('eisdir');
    const fd = fs.openSync(path, flags, 0o666);
    const me = self();
    const handle = me.sched.makeRef();
    files.set(refKey(handle), { fd, pos: 0, read, write, append: m.append, binary: m.binary, closed: false });
    const data = mapFromPairs([
      ['handle', handle],
      ['owner', me.pid],
      ['r_ahead_size', 0],
      ['r_buffer', me.sched.makeRef()],
    ]);
    return ['ok', ['file_descriptor', 'prim_file', data]];
  });
}

function lookup(t: Term): OpenFile | undefined {
  if (!Array.isArray(t) || t.length !== 3 || t[0] !== 'file_descriptor' || !(t[2] instanceof ErlMap)) return undefined;
  const h = t[2].get('handle');
  if (!(h instanceof Ref)) return undefined;
  return files.get(refKey(h));
}

/** Runs an operation on an open raw file: `{error, einval}` once it is closed. */
function onFile(t: Term, f: (o: OpenFile) => Term): Term {
  const o = lookup(t);
  if (o === undefined) return ['error', 'badarg'];
  if (o.closed) return ['error', 'einval'];
  return guarded(() => f(o));
}

function dataOf(o: OpenFile, b: Buffer): Term {
  return o.binary ? bin(Uint8Array.from(b)) : fromBytesList(b);
}

function fromBytesList(b: Uint8Array): Term {
  let l: Term = NIL;
  for (let i = b.length - 1; i >= 0; i--) l = new Cons(b[i]!, l);
  return l;
}

function readAt(o: OpenFile, n: number, pos: number): Buffer {
  if (!o.read) throw new FileError('ebadf');
  const buf = Buffer.alloc(n);
  let got = 0;
  while (got < n) {
    const k = fs.readSync(o.fd, buf, got, n - got, pos + got);
    if (k === 0) break;
    got += k;
  }
  return buf.subarray(0, got);
}

function writeAt(o: OpenFile, data: Buffer, pos: number): void {
  if (!o.write) throw new FileError('ebadf');
  let done = 0;
  while (done < data.length) done += fs.writeSync(o.fd, data, done, data.length - done, o.append ? null : pos + done);
}

const nonNegInt = (n: Term): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function readN(o: OpenFile, n: Term): Term {
  if (!nonNegInt(n)) throw new FileError('badarg');
  const b = readAt(o, n, o.pos);
  if (b.length === 0 && n > 0) return 'eof';
  o.pos += b.length;
  return ['ok', dataOf(o, b)];
}

function readLine(o: OpenFile): Term {
  const chunks: Buffer[] = [];
  let pos = o.pos;
  for (;;) {
    const b = readAt(o, 256, pos);
    if (b.length === 0) break;
    const nl = b.indexOf(10);
    if (nl >= 0) {
      chunks.push(b.subarray(0, nl + 1));
      pos += nl + 1;
      break;
    }
    chunks.push(b);
    pos += b.length;
  }
  const line = Buffer.concat(chunks);
  if (line.length === 0) return 'eof';
  o.pos = pos;
  // "\r\n" ends a line as "\n" does (OTP's read_line drops the \r).
  let out = line;
  if (out.length >= 2 && out[out.length - 1] === 10 && out[out.length - 2] === 13) out = Buffer.concat([out.subarray(0, out.length - 2), Buffer.from([10])]);
  return ['ok', dataOf(o, out)];
}

function newPosition(o: OpenFile, at: Term): number {
  let base = 0;
  let off = at as Term;
  if (at === 'bof' || at === 'cur' || at === 'eof') {
    off = 0;
    base = at === 'bof' ? 0 : at === 'cur' ? o.pos : fs.fstatSync(o.fd).size;
  } else if (Array.isArray(at) && at.length === 2 && (at[0] === 'bof' || at[0] === 'cur' || at[0] === 'eof')) {
    off = at[1]!;
    base = at[0] === 'bof' ? 0 : at[0] === 'cur' ? o.pos : fs.fstatSync(o.fd).size;
  }
  if (typeof off !== 'number' || !Number.isInteger(off)) throw new FileError('badarg');
  const p = base + off;
  if (p < 0) throw new FileError('einval');
  return p;
}

function rawPosition(o: OpenFile, at: Term): number {
  if (typeof at !== 'number') throw new FileError('badarg');
  return newPosition(o, at);
}

function locations(t: Term): Term[] {
  const items = toArrayOrUndefined(t);
  if (items === undefined) throw new FileError('badarg');
  return items;
}

const rawOps = {
  'open/2': openRaw,
  'read/2': (f: Term, n: Term) => onFile(f, (o) => readN(o, n)),
  'read_line/1': (f: Term) => onFile(f, (o) => readLine(o)),
  /** N characters of a UTF-8 file, as their bytes (the io server's get_chars). */
  'read_utf8/2': (f: Term, n: Term) =>
    onFile(f, (o) => {
      if (!nonNegInt(n)) throw new FileError('badarg');
      const b = readAt(o, 4 * n, o.pos);
      if (b.length === 0 && n > 0) return 'eof';
      let i = 0;
      for (let k = 0; k < n && i < b.length; k++) {
        const c = b[i]!;
        i += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      }
      i = Math.min(i, b.length);
      o.pos += i;
      return ['ok', bin(Uint8Array.from(b.subarray(0, i)))];
    }),
  'write/2': (f: Term, d: Term) =>
    onFile(f, (o) => {
      const b = iodataBytes(d);
      writeAt(o, b, o.pos);
      o.pos = o.append ? fs.fstatSync(o.fd).size : o.pos + b.length;
      return 'ok';
    }),
  // Raw pread/pwrite take plain integer positions only; an empty read is eof.
  'pread/3': (f: Term, at: Term, n: Term) =>
    onFile(f, (o) => {
      if (!nonNegInt(n)) throw new FileError('badarg');
      const p = rawPosition(o, at);
      const b = readAt(o, n, p);
      if (b.length === 0) return 'eof';
      return ['ok', dataOf(o, b)];
    }),
  'pread/2': (f: Term, locs: Term) =>
    onFile(f, (o) => {
      const out: Term[] = [];
      for (const l of locations(locs)) {
        if (!Array.isArray(l) || l.length !== 2 || !nonNegInt(l[1]!)) throw new FileError('badarg');
        const b = readAt(o, l[1] as number, rawPosition(o, l[0]!));
        out.push(b.length === 0 ? 'eof' : dataOf(o, b));
      }
      return ['ok', fromArray(out)];
    }),
  'pwrite/3': (f: Term, at: Term, d: Term) =>
    onFile(f, (o) => {
      const p = rawPosition(o, at);
      writeAt(o, iodataBytes(d), p);
      return 'ok';
    }),
  // A failed write is {error, {N, Reason}}, N the writes done before it; a bad
  // argument is plain badarg.
  'pwrite/2': (f: Term, locs: Term) => {
    let done = 0;
    const r = onFile(f, (o) => {
      for (const l of locations(locs)) {
        if (!Array.isArray(l) || l.length !== 2) throw new FileError('badarg');
        writeAt(o, iodataBytes(l[1]!), rawPosition(o, l[0]!));
        done++;
      }
      return 'ok';
    });
    return Array.isArray(r) && r[0] === 'error' && r[1] !== 'badarg' ? ['error', [done, r[1]!]] : r;
  },
  'position/2': (f: Term, at: Term) =>
    onFile(f, (o) => {
      o.pos = newPosition(o, at);
      return ['ok', o.pos];
    }),
  'truncate/1': (f: Term) =>
    onFile(f, (o) => {
      if (!o.write) throw new FileError('ebadf');
      fs.ftruncateSync(o.fd, o.pos);
      return 'ok';
    }),
  'sync/1': (f: Term) => onFile(f, (o) => (fs.fsyncSync(o.fd), 'ok')),
  'datasync/1': (f: Term) => onFile(f, (o) => (fs.fdatasyncSync(o.fd), 'ok')),
  'close/1': (f: Term) =>
    onFile(f, (o) => {
      // The entry stays, marked closed, so that using the descriptor again is einval.
      o.closed = true;
      fs.closeSync(o.fd);
      return 'ok';
    }),
  /** consult's parsing, for file.erl: the text's terms. */
  'consult_bytes/1': (b: Term) => {
    const bytes = b instanceof Bitstring ? b.toBytes().subarray(0, b.bitSize >>> 3) : badarg();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = Array.from(bytes, (c) => String.fromCharCode(c)).join('');
    }
    return consultText(text);
  },
  /** read_file_info/2 of a name (file.erl dispatches names, raw files and pids). */
  'name_info/2': (f: Term, opts: Term) => guarded(() => fileInfoOf(f, timeOption(opts), true)),
  /** Is this a raw descriptor of ours (open or closed)? */
  'is_raw/1': (f: Term) => lookup(f) !== undefined,
  'read_file_info/2': (f: Term, opts: Term) =>
    onFile(f, (o) => {
      const info = fileInfo(Buffer.from('/'), fs.fstatSync(o.fd), timeOption(opts)) as Term[];
      const acc = o.read && o.write ? 'read_write' : o.read ? 'read' : 'write';
      return ['ok', [...info.slice(0, 3), acc, ...info.slice(4)]];
    }),
};

// ------------------------------------------------------------------ the name operations

function listDir(dir: Term, all: boolean): Term {
  return guarded(() => {
    const path = name(dir);
    const entries = fs.readdirSync(path, { encoding: 'buffer' });
    const out: Term[] = [];
    for (const e of entries) {
      const n = decodeName(e);
      if (n !== undefined) out.push(n);
      else if (all) out.push(bin(Uint8Array.from(e)));
    }
    return ['ok', fromArray(out)];
  });
}

function delDirR(path: Buffer): void {
  const st = fs.lstatSync(path);
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(path, { encoding: 'buffer' })) delDirR(Buffer.concat([path, Buffer.from('/'), e]));
    fs.rmdirSync(path);
  } else fs.unlinkSync(path);
}

/** The open(2) flags of file:open's modes (read when nothing says otherwise). */
function openFlags(m: OpenModes): { flags: number; read: boolean; write: boolean } {
  const c = fs.constants;
  const read = m.read || (!m.write && !m.append && !m.exclusive);
  const write = m.write || m.append || m.exclusive;
  let flags = read && write ? c.O_RDWR : write ? c.O_WRONLY : c.O_RDONLY;
  if (write) flags |= c.O_CREAT;
  if (m.write && !read && !m.append && !m.exclusive) flags |= c.O_TRUNC;
  if (m.append) flags |= c.O_APPEND;
  if (m.exclusive) flags |= c.O_EXCL;
  if (m.sync) flags |= c.O_SYNC;
  return { flags, read, write };
}

function cwdTerm(): Term {
  // A host without a process (a browser bundle's in-memory files): the root.
  const cwd = (globalThis as { process?: { cwd(): string } }).process?.cwd() ?? '/';
  return decodeName(Buffer.from(cwd, 'utf8'))!;
}

const nameOps = {
  'read_file/1': (f: Term) => guarded(() => ['ok', bin(Uint8Array.from(fs.readFileSync(name(f))))]),
  'write_file/2': (f: Term, d: Term) =>
    guarded(() => {
      const p = name(f);
      fs.writeFileSync(p, iodataBytes(d));
      return 'ok';
    }),
  // write_file/3 opens with [write | Modes] (so `read` in Modes keeps the old contents).
  'write_file/3': (f: Term, d: Term, modes: Term) => {
    if (!(modes instanceof Cons) && modes !== NIL) throw new ErlangError('error', 'function_clause');
    return guarded(() => {
      const p = name(f);
      const m = parseModes(new Cons('write', modes));
      if (m === undefined) throw new FileError('badarg');
      const b = iodataBytes(d);
      const fd = fs.openSync(p, openFlags(m).flags, 0o666);
      try {
        let done = 0;
        while (done < b.length) done += fs.writeSync(fd, b, done, b.length - done, null);
      } finally {
        fs.closeSync(fd);
      }
      return 'ok';
    });
  },
  'list_dir/1': (d: Term) => listDir(d, false),
  'list_dir_all/1': (d: Term) => listDir(d, true),
  'make_dir/1': (d: Term) => guarded(() => (fs.mkdirSync(name(d)), 'ok')),
  'del_dir/1': (d: Term) => guarded(() => (fs.rmdirSync(name(d)), 'ok')),
  'del_dir_r/1': (d: Term) => guarded(() => (delDirR(name(d)), 'ok')),
  'delete/1': (f: Term) => guarded(() => deleteFile(name(f))),
  'delete/2': (f: Term, _opts: Term) => guarded(() => deleteFile(name(f))),
  'rename/2': (a: Term, b: Term) => guarded(() => (fs.renameSync(name(a), name(b)), 'ok')),
  'get_cwd/0': () => ['ok', cwdTerm()],
  'get_cwd/1': (drive: Term) => guarded(() => (name(drive), ['error', 'einval'])),
  'set_cwd/1': (d: Term) =>
    guarded(() => {
      const p = name(d);
      process.chdir(p.toString('utf8'));
      return 'ok';
    }),
  'read_link_info/1': (f: Term) => guarded(() => fileInfoOf(f, 'local', false)),
  'read_link_info/2': (f: Term, opts: Term) => guarded(() => fileInfoOf(f, timeOption(opts), false)),
  'read_link/1': (f: Term) => guarded(() => readLink(f, false)),
  'read_link_all/1': (f: Term) => guarded(() => readLink(f, true)),
  'make_symlink/2': (a: Term, b: Term) => guarded(() => (fs.symlinkSync(name(a), name(b)), 'ok')),
  'make_link/2': (a: Term, b: Term) => guarded(() => (fs.linkSync(name(a), name(b)), 'ok')),
  'write_file_info/2': (f: Term, info: Term) => (infoRecord(info), guarded(() => writeFileInfo(name(f), info, 'local'))),
  'write_file_info/3': (f: Term, info: Term, opts: Term) => (infoRecord(info), guarded(() => writeFileInfo(name(f), info, timeOption(opts)))),
  'change_mode/2': (f: Term, m: Term) => guarded(() => (typeof m === 'number' ? fs.chmodSync(name(f), m) : badarg(), 'ok')),
  'native_name_encoding/0': () => 'utf8',
};

/** write_file_info takes a #file_info{} record or fails with function_clause. */
function infoRecord(info: Term): void {
  if (!Array.isArray(info) || info.length !== 14 || info[0] !== 'file_info') throw new ErlangError('error', 'function_clause');
}

function deleteFile(p: Buffer): Term {
  const st = fs.lstatSync(p);
  // unlink(2) on a directory: Linux says EISDIR, OTP reports eperm (POSIX's answer).
  if (st.isDirectory()) throw new FileError('eperm');
  fs.unlinkSync(p);
  return 'ok';
}

function fileInfoOf(f: Term, kind: TimeKind, follow: boolean): Term {
  const p = name(f);
  const st = follow ? fs.statSync(p) : fs.lstatSync(p);
  return ['ok', fileInfo(p, st, kind)];
}

function readLink(f: Term, all: boolean): Term {
  const b = fs.readlinkSync(name(f), { encoding: 'buffer' });
  const n = decodeName(b);
  if (n !== undefined) return ['ok', n];
  return all ? ['ok', bin(Uint8Array.from(b))] : ['error', 'einval'];
}

export function registerFileBifs(): void {
  registerNative('file', nameOps as Record<string, (...a: Term[]) => Term>);
  registerNative('erlts_file', rawOps as Record<string, (...a: Term[]) => Term>);
}

