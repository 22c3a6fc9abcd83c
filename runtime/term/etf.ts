// The external term format: term_to_binary/1,2 and binary_to_term/1,2.
//
// Encoding follows OTP 25 byte for byte (what term_to_binary/1 writes, with the
// default minor version 1):
//   integers   SMALL_INTEGER (0..255), INTEGER (32-bit signed), SMALL_BIG / LARGE_BIG
//   floats     NEW_FLOAT (8 bytes IEEE); minor_version 0: FLOAT_EXT ("%.20e" text)
//   atoms      ATOM_EXT (Latin-1) when every character is below 256, else
//              SMALL_ATOM_UTF8 / ATOM_UTF8; minor_version 2: always UTF-8
//   [] NIL; a proper list of bytes shorter than 65536 STRING_EXT; other lists LIST_EXT
//   tuples     SMALL_TUPLE / LARGE_TUPLE;  maps MAP_EXT, pairs in maps:to_list order
//   binaries   BINARY_EXT; bitstrings BIT_BINARY_EXT (trailing bits left-aligned)
//   pids NEW_PID, ports NEW_PORT (V4_PORT when the id needs 64 bits), refs NEWER_REFERENCE
//   funs       EXPORT_EXT, NEW_FUN_EXT
//   compressed 131, 80, size, zlib stream; kept only if not longer than the plain one.
//
// Decoding accepts everything OTP 25's binary_to_term accepts, the old tags included
// (SMALL_ATOM, PID_EXT, PORT_EXT, REFERENCE_EXT, NEW_REFERENCE, FLOAT_EXT), ignores
// trailing bytes (as OTP does; `used` reports how many were read) and raises badarg,
// never a JS exception, on anything malformed: bad tags, truncation, invalid UTF-8,
// atoms over 255 characters, NaN/infinite floats, duplicate map keys, FUN_EXT (gone in
// OTP 23), ATOM_CACHE_REF outside distribution.
import {
  Cons,
  Float,
  Fun,
  NIL,
  Pid,
  Port,
  JsRef,
  Ref,
  TAG_BITS,
  TAG_CONS,
  TAG_FLOAT,
  TAG_FUN,
  TAG_MAP,
  TAG_NIL,
  TAG_PID,
  TAG_PORT,
  TAG_REF,
  LOCAL_NODE,
  thisNodeName,
  thisCreation,
  type Term,
} from './types.js';
import { Bitstring, binary } from './bitstring.js';
import { ErlMap, mapFromDistinctPairs } from './map.js';
import { ErlangError, badarg } from './errors.js';
import { magnitudeWords, normBig } from './int.js';
import { atomExists, registerAtom } from './atoms.js';
import { zlibDeflate } from './compress.js';
import { inflateZlib } from './inflate.js';

export const VERSION_MAGIC = 131;
export const COMPRESSED = 80;
export const NEW_FLOAT_EXT = 70;
export const BIT_BINARY_EXT = 77;
export const ATOM_CACHE_REF = 82;
export const NEW_PID_EXT = 88;
export const NEW_PORT_EXT = 89;
export const NEWER_REFERENCE_EXT = 90;
export const SMALL_INTEGER_EXT = 97;
export const INTEGER_EXT = 98;
export const FLOAT_EXT = 99;
export const ATOM_EXT = 100;
export const REFERENCE_EXT = 101;
export const PORT_EXT = 102;
export const PID_EXT = 103;
export const SMALL_TUPLE_EXT = 104;
export const LARGE_TUPLE_EXT = 105;
export const NIL_EXT = 106;
export const STRING_EXT = 107;
export const LIST_EXT = 108;
export const BINARY_EXT = 109;
export const SMALL_BIG_EXT = 110;
export const LARGE_BIG_EXT = 111;
export const NEW_FUN_EXT = 112;
export const EXPORT_EXT = 113;
export const NEW_REFERENCE_EXT = 114;
export const SMALL_ATOM_EXT = 115;
export const MAP_EXT = 116;
export const FUN_EXT = 117;
export const ATOM_UTF8_EXT = 118;
export const SMALL_ATOM_UTF8_EXT = 119;
export const V4_PORT_EXT = 120;

export interface EncodeOptions {
  /** zlib level 0..9 (term_to_binary's `compressed` is 6); absent or 0: no compression. */
  compressed?: number;
  /** 0: floats as FLOAT_EXT text; 1 (default): NEW_FLOAT; 2: also UTF-8 atoms always. */
  minorVersion?: number;
  /** `deterministic`: every map's pairs in map-key order (OTP 25 does this too). */
  deterministic?: boolean;
  /** term_to_binary/1,2: a JS value's handle (JsRef) is badarg. Internal users (ETS and
   * process-dictionary keys) encode it as the reference it is. */
  refuseHandles?: boolean;
}

// Set for the duration of one termToBinary call (encoding never re-enters).
let deterministicMaps = false;
let refuseHandles = false;

// ---------------------------------------------------------------------- writer

class Writer {
  buf = new Uint8Array(256);
  pos = 0;
  view = new DataView(this.buf.buffer);

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const nb = new Uint8Array(size);
    nb.set(this.buf.subarray(0, this.pos));
    this.buf = nb;
    this.view = new DataView(nb.buffer);
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v;
  }
  u16(v: number): void {
    this.ensure(2);
    this.view.setUint16(this.pos, v);
    this.pos += 2;
  }
  u32(v: number): void {
    this.ensure(4);
    this.view.setUint32(this.pos, v >>> 0);
    this.pos += 4;
  }
  i32(v: number): void {
    this.ensure(4);
    this.view.setInt32(this.pos, v);
    this.pos += 4;
  }
  f64(v: number): void {
    this.ensure(8);
    this.view.setFloat64(this.pos, v);
    this.pos += 8;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
  reset(): void {
    this.buf = new Uint8Array(256);
    this.view = new DataView(this.buf.buffer);
    this.pos = 0;
  }
}

// Encoding never re-enters, so one writer serves every call; the result is always a
// fresh copy, and a buffer grown past 1 MiB is dropped after use.
const sharedWriter = new Writer();
function writer(): Writer {
  sharedWriter.pos = 0;
  return sharedWriter;
}
function done(w: Writer): Uint8Array {
  const out = w.result();
  if (w.buf.length > 1 << 20) w.reset();
  return out;
}

const utf8enc = new TextEncoder();

function writeAtom(w: Writer, name: string, minor: number): void {
  let latin1 = minor < 2;
  if (latin1) {
    for (let i = 0; i < name.length; i++) {
      if (name.charCodeAt(i) > 255) {
        latin1 = false;
        break;
      }
    }
  }
  if (latin1) {
    w.u8(ATOM_EXT);
    w.u16(name.length);
    w.ensure(name.length);
    for (let i = 0; i < name.length; i++) w.buf[w.pos++] = name.charCodeAt(i);
    return;
  }
  const b = utf8enc.encode(name);
  if (b.length < 256) {
    w.u8(SMALL_ATOM_UTF8_EXT);
    w.u8(b.length);
  } else {
    w.u8(ATOM_UTF8_EXT);
    w.u16(b.length);
  }
  w.bytes(b);
}

/** Magnitude bytes of an integer, least significant first. */
function magnitudeBytes(n: number | bigint): Uint8Array {
  if (typeof n === 'number') {
    let a = Math.abs(n);
    const out: number[] = [];
    while (a > 0) {
      out.push(a % 256);
      a = Math.floor(a / 256);
    }
    return Uint8Array.from(out);
  }
  const words = magnitudeWords(n);
  const top = words[words.length - 1]!;
  const len = (words.length - 1) * 4 + (top > 0xffffff ? 4 : top > 0xffff ? 3 : top > 0xff ? 2 : 1);
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) out[i] = (words[i >>> 2]! >>> ((i & 3) * 8)) & 0xff;
  return out;
}

function writeInt(w: Writer, n: number | bigint): void {
  if (typeof n === 'number') {
    if (n >= 0 && n <= 255) {
      w.u8(SMALL_INTEGER_EXT);
      w.u8(n);
      return;
    }
    if (n >= -2147483648 && n <= 2147483647) {
      w.u8(INTEGER_EXT);
      w.i32(n);
      return;
    }
  }
  const neg = typeof n === 'number' ? n < 0 : n < 0n;
  const mag = magnitudeBytes(n);
  if (mag.length < 256) {
    w.u8(SMALL_BIG_EXT);
    w.u8(mag.length);
  } else {
    w.u8(LARGE_BIG_EXT);
    w.u32(mag.length);
  }
  w.u8(neg ? 1 : 0);
  w.bytes(mag);
}

/** The exact value of a finite double a >= 0 as digits * 10^-k: a = m * 2^e with m < 2^53,
 * so its decimal expansion is finite (at most ~770 significant digits). */
export function exactDecimal(a: number): { digits: bigint; k: number } {
  const f64 = new Float64Array([a]);
  const u = new Uint32Array(f64.buffer);
  const hi = u[1]!;
  const lo = u[0]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  if (e >= 0) return { digits: m << BigInt(e), k: 0 };
  return { digits: m * 5n ** BigInt(-e), k: -e };
}

/**
 * C's printf("%.20e") for a finite double: 21 significant digits of the exact binary
 * value, rounded half to even (JS's toExponential rounds ties away from zero, and ties
 * are common for doubles with short binary fractions), exponent with at least 2 digits.
 */
export function formatFloatExt(x: number): string {
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  if (a === 0) return (neg ? '-' : '') + '0.' + '0'.repeat(20) + 'e+00';
  const exact = exactDecimal(a);
  const digits = exact.digits.toString();
  const k = exact.k;
  // value = digits * 10^-k; decimal exponent of the first digit:
  let exp10 = digits.length - 1 - k;
  let sig: string;
  if (digits.length <= 21) sig = digits.padEnd(21, '0');
  else {
    let head = BigInt(digits.slice(0, 21));
    const rest = digits.slice(21);
    const first = rest.charCodeAt(0) - 48;
    const tail = /[1-9]/.test(rest.slice(1));
    if (first > 5 || (first === 5 && (tail || (head & 1n) === 1n))) head += 1n;
    sig = head.toString();
    if (sig.length > 21) {
      sig = sig.slice(0, 21);
      exp10++;
    }
  }
  const es = Math.abs(exp10).toString().padStart(2, '0');
  return (neg ? '-' : '') + sig[0] + '.' + sig.slice(1) + 'e' + (exp10 < 0 ? '-' : '+') + es;
}

/** Is `t` a proper list of at most 65535 bytes (STRING_EXT)? Returns its length or -1. */
function stringLength(t: Cons): number {
  let n = 0;
  let c: Term = t;
  while (c instanceof Cons) {
    const h = c.hd;
    if (typeof h !== 'number' || h < 0 || h > 255 || ++n > 65535) return -1;
    c = c.tl;
  }
  return c === NIL ? n : -1;
}

/** A marker on the encoder's stack: patch NEW_FUN_EXT's size field at `at`. */
class PatchSize {
  constructor(readonly at: number) {}
}

/**
 * Encode `t` in pre-order with an explicit stack of pending terms (children pushed in
 * reverse), so nesting depth costs heap, not JS stack.
 */
function encode(w: Writer, t0: Term, minor: number): void {
  let st: (Term | PatchSize)[] | null = null;
  let t: Term = t0;
  for (;;) {
    one: {
      switch (typeof t) {
        case 'number':
        case 'bigint':
          writeInt(w, t);
          break one;
        case 'string':
          writeAtom(w, t, minor);
          break one;
        case 'boolean':
          writeAtom(w, t ? 'true' : 'false', minor);
          break one;
      }
      if (Array.isArray(t)) {
        const n = t.length;
        if (n < 256) {
          w.u8(SMALL_TUPLE_EXT);
          w.u8(n);
        } else {
          w.u8(LARGE_TUPLE_EXT);
          w.u32(n);
        }
        if (n === 0) break one;
        if (n > 1) {
          st ??= [];
          for (let i = n - 1; i >= 1; i--) st.push(t[i]!);
        }
        t = t[0]!;
        continue;
      }
      switch ((t as { tag: number }).tag) {
        case TAG_FLOAT: {
          const v = (t as Float).value;
          if (minor === 0) {
            w.u8(FLOAT_EXT);
            const s = formatFloatExt(v);
            w.ensure(31);
            for (let i = 0; i < 31; i++) w.buf[w.pos++] = i < s.length ? s.charCodeAt(i) : 0;
          } else {
            w.u8(NEW_FLOAT_EXT);
            w.f64(v);
          }
          break one;
        }
        case TAG_NIL:
          w.u8(NIL_EXT);
          break one;
        case TAG_CONS: {
          const c0 = t as Cons;
          const sl = stringLength(c0);
          if (sl >= 0) {
            w.u8(STRING_EXT);
            w.u16(sl);
            w.ensure(sl);
            for (let c: Term = c0; c instanceof Cons; c = c.tl) w.buf[w.pos++] = c.hd as number;
            break one;
          }
          let n = 0;
          let c: Term = c0;
          while (c instanceof Cons) {
            n++;
            c = c.tl;
          }
          w.u8(LIST_EXT);
          w.u32(n);
          // the tail last, then the elements from the last to the first
          st ??= [];
          st.push(c);
          const mark = st.length;
          for (c = c0; c instanceof Cons; c = c.tl) st.push(c.hd);
          reverseFrom(st, mark);
          break one;
        }
        case TAG_MAP: {
          const m = t as ErlMap;
          w.u8(MAP_EXT);
          w.u32(m.size);
          if (m.size === 0) break one;
          st ??= [];
          if (m.root === null) {
            for (let i = m.size - 1; i >= 0; i--) st.push(m.vals[i]!, m.keys[i]!);
          } else {
            const pairs = deterministicMaps ? m.sortedPairs() : m.toListOrder();
            for (let i = pairs.length - 1; i >= 0; i--) st.push(pairs[i]![1], pairs[i]![0]);
          }
          break one;
        }
        case TAG_BITS: {
          const b = t as Bitstring;
          const bytes = b.toBytes();
          if (b.isBinary) {
            w.u8(BINARY_EXT);
            w.u32(bytes.length);
          } else {
            w.u8(BIT_BINARY_EXT);
            w.u32(bytes.length);
            w.u8(b.bitSize & 7);
          }
          w.bytes(bytes);
          break one;
        }
        case TAG_PID: {
          const p = t as Pid;
          w.u8(NEW_PID_EXT);
          const here = p.node === LOCAL_NODE && p.creation === 0;
          writeAtom(w, here ? thisNodeName : p.node, minor);
          w.u32(p.id);
          w.u32(p.serial);
          w.u32(here ? thisCreation : p.creation);
          break one;
        }
        case TAG_PORT: {
          const p = t as Port;
          const id = p.id;
          const here = p.node === LOCAL_NODE && p.creation === 0;
          // OTP 25 writes NEW_PORT_EXT while the number fits 28 bits, V4_PORT_EXT beyond.
          if (typeof id === 'bigint' || id > 0xfffffff) {
            w.u8(V4_PORT_EXT);
            writeAtom(w, here ? thisNodeName : p.node, minor);
            const b = BigInt(id);
            w.u32(Number(b >> 32n));
            w.u32(Number(b & 0xffffffffn));
          } else {
            w.u8(NEW_PORT_EXT);
            writeAtom(w, here ? thisNodeName : p.node, minor);
            w.u32(id);
          }
          w.u32(here ? thisCreation : p.creation);
          break one;
        }
        case TAG_REF: {
          const r = t as Ref;
          // A JS value's handle lives only in this runtime (docs/js-interop.md).
          if (refuseHandles && r instanceof JsRef) badarg();
          w.u8(NEWER_REFERENCE_EXT);
          w.u16(r.ids.length);
          const here = r.node === LOCAL_NODE && r.creation === 0;
          writeAtom(w, here ? thisNodeName : r.node, minor);
          w.u32(here ? thisCreation : r.creation);
          for (const id of r.ids) w.u32(id);
          break one;
        }
        case TAG_FUN: {
          const f = t as Fun;
          if (f.isExport) {
            w.u8(EXPORT_EXT);
            writeAtom(w, f.module, minor);
            writeAtom(w, f.name, minor);
            writeInt(w, f.arity);
            break one;
          }
          w.u8(NEW_FUN_EXT);
          const sizeAt = w.pos;
          w.u32(0);
          w.u8(f.arity);
          w.bytes(f.md5 ?? new Uint8Array(16));
          w.u32(f.index);
          w.u32(f.env.length);
          writeAtom(w, f.module, minor);
          writeInt(w, f.oldIndex);
          writeInt(w, f.uniq);
          st ??= [];
          st.push(new PatchSize(sizeAt));
          for (let i = f.env.length - 1; i >= 0; i--) st.push(f.env[i]!);
          t = f.pid ?? new Pid(0, 0, LOCAL_NODE, 0);
          continue;
        }
        default:
          throw new Error('term_to_binary: not a term: ' + String(t));
      }
    }
    // next pending term (size patches run when everything after them is written)
    for (;;) {
      if (st === null || st.length === 0) return;
      const next = st.pop()!;
      if (next instanceof PatchSize) {
        w.view.setUint32(next.at, w.pos - next.at);
        continue;
      }
      t = next;
      break;
    }
  }
}

function reverseFrom(a: unknown[], from: number): void {
  for (let i = from, j = a.length - 1; i < j; i++, j--) {
    const x = a[i];
    a[i] = a[j];
    a[j] = x;
  }
}

/** The external format of `t` (with the 131 version byte). */
export function termToBinary(t: Term, opts: EncodeOptions = {}): Uint8Array {
  const w = writer();
  w.u8(VERSION_MAGIC);
  deterministicMaps = opts.deterministic ?? false;
  refuseHandles = opts.refuseHandles ?? false;
  try {
    encode(w, t, opts.minorVersion ?? 1);
  } finally {
    deterministicMaps = false;
    refuseHandles = false;
  }
  const plain = done(w);
  const level = opts.compressed ?? 0;
  if (level <= 0) return plain;
  const body = plain.subarray(1);
  const z = zlibDeflate(body, level);
  // OTP keeps the compressed form when it is not longer than the plain one.
  if (z.length > body.length - 5) return plain;
  const out = new Uint8Array(6 + z.length);
  out[0] = VERSION_MAGIC;
  out[1] = COMPRESSED;
  new DataView(out.buffer).setUint32(2, body.length);
  out.set(z, 6);
  return out;
}

// ---------------------------------------------------------------------- reader

export interface DecodeOptions {
  /** Refuse atoms that do not exist yet (binary_to_term's `safe`). */
  safe?: boolean;
}

class Reader {
  pos: number;
  readonly view: DataView;
  constructor(
    readonly b: Uint8Array,
    start: number,
    readonly safe: boolean,
    /** The atoms ATOM_CACHE_REF indexes name (a distribution header's), or null: rejected. */
    readonly atomRefs: readonly string[] | null = null,
  ) {
    this.pos = start;
    this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  need(n: number): void {
    if (this.pos + n > this.b.length) badarg();
  }
  u8(): number {
    this.need(1);
    return this.b[this.pos++]!;
  }
  u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.pos);
    this.pos += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos);
    this.pos += 4;
    return v;
  }
  i32(): number {
    this.need(4);
    const v = this.view.getInt32(this.pos);
    this.pos += 4;
    return v;
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    const v = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
}

const utf8dec = new TextDecoder('utf-8', { fatal: true });

function makeAtom(r: Reader, name: string): string {
  // At most 255 characters (code points).
  if (name.length > 255) {
    let n = 0;
    for (const _ of name) n++;
    if (n > 255) badarg();
  }
  if (r.safe) {
    if (!atomExists(name)) badarg();
  } else registerAtom(name);
  return name;
}

function readAtomBody(r: Reader, tag: number): string {
  switch (tag) {
    case ATOM_CACHE_REF: {
      const i = r.u8();
      const refs = r.atomRefs;
      if (refs === null || i >= refs.length) return badarg();
      return refs[i]!;
    }
    case ATOM_EXT:
    case SMALL_ATOM_EXT: {
      const n = tag === ATOM_EXT ? r.u16() : r.u8();
      r.need(n);
      const b = r.b;
      const p = r.pos;
      let s = '';
      for (let i = 0; i < n; i++) s += String.fromCharCode(b[p + i]!);
      r.pos += n;
      return makeAtom(r, s);
    }
    case ATOM_UTF8_EXT:
    case SMALL_ATOM_UTF8_EXT: {
      const n = tag === ATOM_UTF8_EXT ? r.u16() : r.u8();
      const b = r.bytes(n);
      let s: string;
      try {
        s = utf8dec.decode(b);
      } catch {
        return badarg();
      }
      return makeAtom(r, s);
    }
  }
  return badarg();
}

/** An atom (as a name) where the format requires one (node names, modules). */
function readAtomName(r: Reader): string {
  return readAtomBody(r, r.u8());
}

function asAtom(name: string): Term {
  return name === 'true' ? true : name === 'false' ? false : name;
}

function readBig(r: Reader, n: number): Term {
  const sign = r.u8();
  const b = r.bytes(n);
  if (n <= 6) {
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + b[i]!;
    return sign ? 0 - v : v;
  }
  let v: bigint;
  if (n <= 512) {
    // 32 bits at a time from the top (quadratic, but fastest at these sizes)
    v = 0n;
    let i = n;
    const head = n & 3;
    if (head) {
      let w = 0;
      for (let k = 0; k < head; k++) w = w * 256 + b[--i]!;
      v = BigInt(w);
    }
    while (i > 0) {
      const w = ((b[i - 1]! << 24) | (b[i - 2]! << 16) | (b[i - 3]! << 8) | b[i - 4]!) >>> 0;
      v = (v << 32n) | BigInt(w);
      i -= 4;
    }
  } else {
    let h = '';
    for (let i = n - 1; i >= 0; i--) h += (b[i]! < 16 ? '0' : '') + b[i]!.toString(16);
    v = BigInt('0x' + h);
  }
  return normBig(sign ? -v : v);
}

function readFloatExt(r: Reader): Float {
  const b = r.bytes(31);
  let s = '';
  for (let i = 0; i < 31 && b[i] !== 0; i++) s += String.fromCharCode(b[i]!);
  // OTP wants digits, a decimal point, digits, an optional exponent; nothing else.
  if (!/^[+-]?\d+[.,]\d+([eE][+-]?\d+)?$/.test(s)) badarg();
  const v = Number(s.replace(',', '.'));
  if (!Number.isFinite(v)) badarg();
  return new Float(v);
}

/**
 * Identifiers of this node must be ones it could have made: a pid's number fits 15 bits
 * and its serial 13, a port's number 28 bits, a reference has 1 to 3 words (padded to
 * 3) with 18 bits in the first. OTP rejects others (measured). Other nodes' identifiers
 * are not checked (but no reference has zero words).
 */
function isLocal(node: string, creation: number): boolean {
  return node === thisNodeName && creation === thisCreation;
}

function localRef(ids: number[], node: string, creation: number): Ref {
  if (isLocal(node, creation)) {
    if (ids.length > 3 || ids[0]! >= 0x40000) badarg();
    while (ids.length < 3) ids.push(0);
    return new Ref(ids, LOCAL_NODE, 0);
  }
  return new Ref(ids, node, creation);
}

function readPidish(r: Reader, tag: number): Term {
  const node = readAtomName(r);
  switch (tag) {
    case PID_EXT:
    case NEW_PID_EXT: {
      const id = r.u32();
      const serial = r.u32();
      const creation = tag === PID_EXT ? r.u8() : r.u32();
      if (isLocal(node, creation)) {
        if (id >= 0x8000 || serial >= 0x2000) badarg();
        return new Pid(id, serial, LOCAL_NODE, 0);
      }
      return new Pid(id, serial, node, creation);
    }
    case PORT_EXT:
    case NEW_PORT_EXT: {
      const id = r.u32();
      const creation = tag === PORT_EXT ? r.u8() : r.u32();
      if (isLocal(node, creation)) {
        if (id >= 0x10000000) badarg();
        return new Port(id, LOCAL_NODE, 0);
      }
      return new Port(id, node, creation);
    }
    case V4_PORT_EXT: {
      const hi = r.u32();
      const lo = r.u32();
      const creation = r.u32();
      if (isLocal(node, creation)) {
        if (hi !== 0 || lo >= 0x10000000) badarg();
        return new Port(lo, LOCAL_NODE, 0);
      }
      const id = hi < 0x200000 ? hi * 4294967296 + lo : (BigInt(hi) << 32n) | BigInt(lo);
      return new Port(id, node, creation);
    }
    case REFERENCE_EXT: {
      const id = r.u32();
      const creation = r.u8();
      return localRef([id], node, creation);
    }
  }
  return badarg();
}

// A compound term being decoded: its sub-terms arrive one by one.
const F_TUPLE = 0;
const F_LIST = 1; // n elements, then the tail
const F_MAP = 2; // key, value, key, value, ...
/** Makes the code of a decoded `fun M:F/A` (set by runtime/exec/rt.ts: the term layer
 * knows no code server). Without it such a fun could be compared but not called. */
export const etfHooks: { exportFn: ((m: string, f: string, a: number) => (...args: never[]) => unknown) | null } = { exportFn: null };

const F_EXPORT = 3; // module, function, arity
const F_FUN = 4; // module, old index, old uniq, pid, free variables...

class Frame {
  i = 0;
  constructor(
    readonly kind: number,
    readonly n: number,
    readonly items: Term[],
    readonly fun: { start: number; size: number; arity: number; md5: Uint8Array; index: number } | null = null,
  ) {}
}

function finish(f: Frame, r: Reader): Term {
  const it = f.items;
  switch (f.kind) {
    case F_TUPLE:
      return it;
    case F_LIST: {
      let l = it[f.n - 1]!;
      for (let i = f.n - 2; i >= 0; i--) l = new Cons(it[i]!, l);
      return l;
    }
    case F_MAP: {
      const n = f.n >> 1;
      const ks = new Array<Term>(n);
      const vs = new Array<Term>(n);
      for (let i = 0; i < n; i++) {
        ks[i] = it[2 * i]!;
        vs[i] = it[2 * i + 1]!;
      }
      return mapFromDistinctPairs(ks, vs);
    }
    case F_EXPORT: {
      const [m, fn, a] = it as [Term, Term, Term];
      if (!isAtomTerm(m) || !isAtomTerm(fn) || typeof a !== 'number' || a < 0) badarg();
      return new Fun(atomStr(m), atomStr(fn), a, etfHooks.exportFn?.(atomStr(m), atomStr(fn), a) ?? null);
    }
  }
  const fx = f.fun!;
  const [module, oldIndex, oldUniq, pid] = it as [Term, Term, Term, Term];
  if (!isAtomTerm(module) || typeof oldIndex !== 'number' || typeof oldUniq !== 'number' || !(pid instanceof Pid)) badarg();
  if (r.pos - fx.start !== fx.size) badarg();
  return new Fun(atomStr(module), '', fx.arity, null, it.slice(4), fx.index, oldUniq, fx.md5, oldIndex, pid);
}

/**
 * Decode one term. Compound terms push a Frame and their sub-terms are decoded in the
 * same loop, so nesting depth costs heap, not JS stack. Element counts are checked
 * against the bytes left (every term takes at least one) before anything is allocated.
 */
function decode(r: Reader): Term {
  const frames: Frame[] = [];
  for (;;) {
    let value: Term;
    const tag = r.u8();
    leaf: switch (tag) {
      case SMALL_INTEGER_EXT:
        value = r.u8();
        break leaf;
      case INTEGER_EXT:
        value = r.i32();
        break leaf;
      case NEW_FLOAT_EXT: {
        r.need(8);
        const v = r.view.getFloat64(r.pos);
        r.pos += 8;
        if (!Number.isFinite(v)) badarg();
        value = new Float(v);
        break leaf;
      }
      case FLOAT_EXT:
        value = readFloatExt(r);
        break leaf;
      case ATOM_EXT:
      case SMALL_ATOM_EXT:
      case ATOM_UTF8_EXT:
      case SMALL_ATOM_UTF8_EXT:
      case ATOM_CACHE_REF:
        value = asAtom(readAtomBody(r, tag));
        break leaf;
      case SMALL_TUPLE_EXT:
      case LARGE_TUPLE_EXT: {
        const n = tag === SMALL_TUPLE_EXT ? r.u8() : r.u32();
        if (n === 0) {
          value = [];
          break leaf;
        }
        if (n > r.b.length - r.pos) badarg();
        frames.push(new Frame(F_TUPLE, n, new Array<Term>(n)));
        continue;
      }
      case NIL_EXT:
        value = NIL;
        break leaf;
      case STRING_EXT: {
        const n = r.u16();
        const b = r.bytes(n);
        let l: Term = NIL;
        for (let i = n - 1; i >= 0; i--) l = new Cons(b[i]!, l);
        value = l;
        break leaf;
      }
      case LIST_EXT: {
        const n = r.u32();
        if (n >= r.b.length - r.pos) badarg();
        frames.push(new Frame(F_LIST, n + 1, new Array<Term>(n + 1)));
        continue;
      }
      case BINARY_EXT: {
        const n = r.u32();
        value = binary(r.bytes(n).slice());
        break leaf;
      }
      case BIT_BINARY_EXT: {
        const n = r.u32();
        const bits = r.u8();
        if (n === 0) {
          if (bits !== 0) badarg();
          value = binary(new Uint8Array(0));
          break leaf;
        }
        if (bits < 1 || bits > 8) badarg();
        const bytes = r.bytes(n).slice();
        if (bits < 8) bytes[n - 1] = bytes[n - 1]! & ((0xff << (8 - bits)) & 0xff);
        value = new Bitstring(bytes, 0, (n - 1) * 8 + bits);
        break leaf;
      }
      case SMALL_BIG_EXT:
        value = readBig(r, r.u8());
        break leaf;
      case LARGE_BIG_EXT: {
        const n = r.u32();
        if (n > 4194304) badarg(); // beyond OTP's bignum limit (2^25 bits)
        value = readBig(r, n);
        break leaf;
      }
      case MAP_EXT: {
        const n = r.u32();
        if (n === 0) {
          value = mapFromDistinctPairs([], []);
          break leaf;
        }
        if (n > (r.b.length - r.pos) / 2) badarg();
        frames.push(new Frame(F_MAP, 2 * n, new Array<Term>(2 * n)));
        continue;
      }
      case PID_EXT:
      case NEW_PID_EXT:
      case PORT_EXT:
      case NEW_PORT_EXT:
      case V4_PORT_EXT:
      case REFERENCE_EXT:
        value = readPidish(r, tag);
        break leaf;
      case NEW_REFERENCE_EXT:
      case NEWER_REFERENCE_EXT: {
        const len = r.u16();
        if (len < 1 || len > 5) badarg();
        const node = readAtomName(r);
        const creation = tag === NEW_REFERENCE_EXT ? r.u8() : r.u32();
        const ids: number[] = [];
        for (let i = 0; i < len; i++) ids.push(r.u32());
        value = localRef(ids, node, creation);
        break leaf;
      }
      case EXPORT_EXT:
        frames.push(new Frame(F_EXPORT, 3, new Array<Term>(3)));
        continue;
      case NEW_FUN_EXT: {
        const start = r.pos;
        const size = r.u32();
        const arity = r.u8();
        const md5 = r.bytes(16).slice();
        const index = r.u32();
        const numFree = r.u32();
        if (numFree > r.b.length - r.pos) badarg();
        frames.push(new Frame(F_FUN, 4 + numFree, new Array<Term>(4 + numFree), { start, size, arity, md5, index }));
        continue;
      }
      default:
        return badarg();
    }
    // hand the value to the compound terms waiting for it
    for (;;) {
      const f = frames[frames.length - 1];
      if (f === undefined) return value;
      f.items[f.i++] = value;
      if (f.i < f.n) break;
      frames.pop();
      value = finish(f, r);
    }
  }
}

function isAtomTerm(t: Term): t is string | boolean {
  return typeof t === 'string' || typeof t === 'boolean';
}
function atomStr(t: string | boolean): string {
  return typeof t === 'string' ? t : t ? 'true' : 'false';
}

/**
 * binary_to_term: the term encoded at the start of `bytes`, and how many bytes it took.
 * badarg (an ErlangError) on anything OTP would reject.
 */
export function binaryToTerm(bytes: Uint8Array, opts: DecodeOptions = {}): { term: Term; used: number } {
  try {
    if (bytes.length < 2 || bytes[0] !== VERSION_MAGIC) badarg();
    if (bytes[1] === COMPRESSED) {
      if (bytes.length < 6) badarg();
      const size = new DataView(bytes.buffer, bytes.byteOffset + 2, 4).getUint32(0);
      let plain: Uint8Array;
      let consumed: number;
      try {
        ({ out: plain, used: consumed } = inflateZlib(bytes.subarray(6), size));
      } catch {
        return badarg();
      }
      if (plain.length !== size) badarg();
      const r = new Reader(plain, 0, opts.safe ?? false);
      const term = decode(r);
      if (r.pos !== size) badarg();
      return { term, used: 6 + consumed };
    }
    const r = new Reader(bytes, 1, opts.safe ?? false);
    const term = decode(r);
    return { term, used: r.pos };
  } catch (e) {
    if (e instanceof ErlangError) throw e;
    return badarg(); // RangeError and friends: a malformed input, never a crash
  }
}

/**
 * A term after a distribution header: no version byte, ATOM_CACHE_REF resolved through
 * `atomRefs` (the header's references, in order). badarg on anything malformed.
 */
export function decodeDistTerm(bytes: Uint8Array, atomRefs: readonly string[]): { term: Term; used: number } {
  try {
    const r = new Reader(bytes, 0, false, atomRefs);
    const term = decode(r);
    return { term, used: r.pos };
  } catch (e) {
    if (e instanceof ErlangError) throw e;
    return badarg();
  }
}

/** Encode without the version byte (the distribution protocol's payloads). */
export function encodeTermBody(t: Term, minorVersion = 1): Uint8Array {
  const w = writer();
  encode(w, t, minorVersion);
  return done(w);
}

// ------------------------------------------------------- the BIFs' option lists

function optionList(opts: Term): Term[] {
  const out: Term[] = [];
  let c = opts;
  while (c instanceof Cons) {
    out.push(c.hd);
    c = c.tl;
  }
  if (c !== NIL) badarg();
  return out;
}

/** erlang:term_to_binary/2 with an Erlang option list. */
export function termToBinaryBif(t: Term, opts: Term = NIL): Bitstring {
  const o: EncodeOptions = { refuseHandles: true };
  for (const opt of optionList(opts)) {
    if (opt === 'compressed') o.compressed = 6;
    else if (opt === 'deterministic') o.deterministic = true;
    else if (Array.isArray(opt) && opt.length === 2 && opt[0] === 'compressed' && typeof opt[1] === 'number' && opt[1] >= 0 && opt[1] <= 9) o.compressed = opt[1];
    else if (Array.isArray(opt) && opt.length === 2 && opt[0] === 'minor_version' && typeof opt[1] === 'number' && opt[1] >= 0 && opt[1] <= 2) o.minorVersion = opt[1];
    else badarg();
  }
  return binary(termToBinary(t, o));
}

/** erlang:binary_to_term/2 with an Erlang option list (`safe`, `used`). */
export function binaryToTermBif(b: Term, opts: Term = NIL): Term {
  if (!(b instanceof Bitstring) || !b.isBinary) return badarg();
  let safe = false;
  let used = false;
  for (const opt of optionList(opts)) {
    if (opt === 'safe') safe = true;
    else if (opt === 'used') used = true;
    else badarg();
  }
  const r = binaryToTerm(b.toBytes(), { safe });
  return used ? [r.term, r.used] : r.term;
}

