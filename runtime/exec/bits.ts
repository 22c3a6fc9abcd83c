// The bit syntax at run time: building binaries (`<<V:Size/Type, ...>>`) and matching
// them, as compiled code calls it through `rt.binBuild`, `rt.binStart`, `rt.binSeg`,
// `rt.binRest` and `rt.binEnd`.
//
// Construction takes a flat array of (value, size, spec) triples. It measures first
// (every size checked, the total known), then allocates once and writes each segment
// at its bit position. Bits are MSB first. A little-endian integer whose size is not a
// whole number of bytes is written as BEAM does: the low bytes first, then the
// remaining high bits as the last, partial, byte.
//
// Appending (`<<Acc/binary, X>>`, and every step of a binary comprehension) is made
// amortised O(1) as BEAM does it: a buffer built by an append gets spare capacity, and
// `frontier` remembers how many of its bits are claimed. A later build whose first
// segment is a bitstring ending exactly at that frontier writes its other segments in
// place after it and claims them; the older bitstring keeps its window and so never
// sees a change. Anything else (the frontier already moved on, no room) copies into a
// new buffer with room to grow. Writes mask the bits they set, so bytes past a frontier
// left dirty by a build that failed half-way are harmless.
//
// Matching works on a `MatchCtx`: the buffer, the current absolute bit position and
// the end. Byte-aligned reads of whole bytes (the common case) index the buffer
// directly; everything else goes through a bit reader that works a byte at a time.
// Every sub-binary is a zero-copy window on the matched buffer.
import { Bitstring } from '../term/bitstring.js';
import { ErlangError } from '../term/errors.js';
import { Float, type Term } from '../term/types.js';
import { intToDouble, normBig } from '../term/int.js';

/** A segment specification as the code generator emits it (BinSeg; `size` ignored). */
export interface SegSpec {
  type: 'integer' | 'float' | 'binary' | 'bitstring' | 'utf8' | 'utf16' | 'utf32';
  unit: number;
  signed: boolean;
  endian: 'big' | 'little' | 'native';
}

// BEAM runs on little-endian machines here: `native` is `little`.
const isLittle = (s: SegSpec) => s.endian !== 'big';

const badarg = (): never => {
  throw new ErlangError('error', 'badarg');
};
const systemLimit = (): never => {
  throw new ErlangError('error', 'system_limit');
};

/** Largest bitstring we build, in bits (about 4 GB, the largest JS typed array). */
const MAX_BITS = 2 ** 35;

/** Claimed bits of buffers made by appends (see the essay above). The buffer appended
 * to most recently lives in `hotBuf`/`hotEnd` (a WeakMap update costs more than the
 * append itself); the others in `frontiers`, written back when they leave the hot slot. */
const frontiers = new WeakMap<Uint8Array, number>();
let hotBuf: Uint8Array | null = null;
let hotEnd = 0;

function frontierOf(buf: Uint8Array): number | undefined {
  return buf === hotBuf ? hotEnd : frontiers.get(buf);
}

function setFrontier(buf: Uint8Array, end: number): void {
  if (buf !== hotBuf) {
    if (hotBuf !== null) frontiers.set(hotBuf, hotEnd);
    hotBuf = buf;
  }
  hotEnd = end;
}

// ------------------------------------------------------------------ construction

/** The size in bits of a segment whose size term is `size` (not null). */
function sizeBits(size: Term, unit: number): number {
  if (typeof size === 'number') {
    if (size < 0 || !Number.isInteger(size)) return badarg();
    const bits = size * unit;
    if (bits > MAX_BITS) return systemLimit();
    return bits;
  }
  if (typeof size === 'bigint') return size < 0n ? badarg() : systemLimit();
  return badarg();
}

function tooLarge(size: Term | null, unit: number): boolean {
  return (typeof size === 'bigint' && size > 0n) || (typeof size === 'number' && size * unit > MAX_BITS);
}

/** The bits one segment adds; validates the value's type where that decides the size. */
function segBits(v: Term, size: Term | null, s: SegSpec): number {
  switch (s.type) {
    case 'integer': {
      const bits = size === null ? 8 : sizeBits(size, s.unit);
      if (typeof v !== 'number' && typeof v !== 'bigint') return badarg();
      return bits;
    }
    case 'float': {
      const bits = size === null ? 64 : sizeBits(size, s.unit);
      if (bits !== 64 && bits !== 32 && bits !== 16) return badarg();
      if (v instanceof Float || typeof v === 'number') return bits;
      // A bignum must fit a double (checked here so that writing cannot fail).
      if (typeof v !== 'bigint' || !Number.isFinite(intToDouble(v))) return badarg();
      return bits;
    }
    case 'binary':
    case 'bitstring': {
      if (size === null) {
        if (!(v instanceof Bitstring)) return badarg();
        if (s.unit > 1 && v.bitSize % s.unit !== 0) return badarg();
        return v.bitSize;
      }
      const bits = sizeBits(size, s.unit);
      if (!(v instanceof Bitstring) || bits > v.bitSize) return badarg();
      return bits;
    }
    case 'utf8':
      return 8 * utf8Length(codePoint(v));
    case 'utf16':
      return codePoint(v) >= 0x10000 ? 32 : 16;
    case 'utf32':
      codePoint(v);
      return 32;
  }
}

/** A valid Unicode scalar value, else badarg. */
function codePoint(v: Term): number {
  if (typeof v !== 'number' || v < 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return badarg();
  return v;
}

function utf8Length(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** Why a construction failed, for the stack entry's error_info: `{SegNo, Type, type, Value}`
 * when a segment's value has the wrong type (what OTP 25's erl_erts_errors reads). */
export const binCauses = new WeakMap<ErlangError, Term[]>();

function typeCause(v: Term, s: SegSpec): Term[] | null {
  switch (s.type) {
    case 'integer':
      return typeof v === 'number' || typeof v === 'bigint' ? null : ['integer', 'type', v];
    case 'float':
      return v instanceof Float || typeof v === 'number' || typeof v === 'bigint' ? null : ['float', 'type', v];
    case 'binary':
    case 'bitstring':
      return v instanceof Bitstring ? null : ['binary', 'type', v];
    default:
      return null;
  }
}

/** The error cause for a segment whose size is not a non-negative integer, else null. */
function sizeCause(size: Term | null, s: SegSpec): Term[] | null {
  if (size === null || (typeof size === 'number' && size >= 0) || (typeof size === 'bigint' && size >= 0n)) return null;
  const type = s.type === 'bitstring' ? 'binary' : s.type;
  return [type, 'size', size];
}

/** Build a bitstring from flat (value, size|null, spec) triples. */
export function binBuild(segs: readonly unknown[]): Bitstring {
  const n = segs.length;
  let total = 0;
  let at = 0;
  try {
    for (let i = 0; i < n; i += 3) {
      at = i;
      total += segBits(segs[i] as Term, segs[i + 1] as Term | null, segs[i + 2] as SegSpec);
    }
  } catch (e) {
    if (e instanceof ErlangError && e.reason === 'badarg') {
      // Like the sizes (below), a bad size anywhere is reported before a bad value.
      let c: Term[] | null = null;
      for (let i = 0; i < n && c === null; i += 3) {
        const sc = sizeCause(segs[i + 1] as Term | null, segs[i + 2] as SegSpec);
        if (sc) c = [i / 3 + 1, ...sc];
      }
      if (c === null) {
        const tc = typeCause(segs[at] as Term, segs[at + 2] as SegSpec);
        if (tc) c = [at / 3 + 1, ...tc];
      }
      if (c) binCauses.set(e, c);
    }
    // Compiled BEAM code sizes every segment before it looks at any value: a size that
    // is too large anywhere wins over a bad value in an earlier segment.
    for (let i = 1; i < n; i += 3) if (tooLarge(segs[i] as Term | null, (segs[i + 1] as SegSpec).unit)) systemLimit();
    throw e;
  }
  if (total > MAX_BITS) systemLimit();

  // Append in place: the first segment is an "all" bitstring ending at its buffer's frontier.
  const first = segs[0];
  const s0 = segs[2] as SegSpec | undefined;
  const isAppend =
    n > 3 && first instanceof Bitstring && segs[1] === null && s0 !== undefined && (s0.type === 'bitstring' || s0.type === 'binary');
  if (isAppend) {
    const a = first as Bitstring;
    const end = a.bitOffset + a.bitSize;
    if (frontierOf(a.buf) === end && a.buf.length * 8 >= a.bitOffset + total) {
      let pos = end;
      for (let i = 3; i < n; i += 3) {
        pos = writeSeg(a.buf, pos, segs[i] as Term, segs[i + 1] as Term | null, segs[i + 2] as SegSpec);
      }
      setFrontier(a.buf, pos);
      return new Bitstring(a.buf, a.bitOffset, total);
    }
  }

  const bytes = (total + 7) >>> 3;
  let buf: Uint8Array;
  if (isAppend) {
    // Room to grow, as BEAM gives a binary being appended to.
    buf = new Uint8Array(Math.min(Math.max(bytes * 2, 64), Math.max(bytes, 2 ** 32)));
  } else {
    buf = new Uint8Array(bytes);
  }
  let pos = 0;
  for (let i = 0; i < n; i += 3) {
    pos = writeSeg(buf, pos, segs[i] as Term, segs[i + 1] as Term | null, segs[i + 2] as SegSpec);
  }
  if (isAppend) setFrontier(buf, pos);
  return new Bitstring(buf, 0, total);
}

/** Write one (already validated) segment at bit `pos`; returns the new position. */
function writeSeg(buf: Uint8Array, pos: number, v: Term, size: Term | null, s: SegSpec): number {
  switch (s.type) {
    case 'integer': {
      const bits = size === null ? 8 : (size as number) * s.unit;
      putInt(buf, pos, v as number | bigint, bits, isLittle(s));
      return pos + bits;
    }
    case 'float': {
      const bits = size === null ? 64 : (size as number) * s.unit;
      putFloat(buf, pos, v, bits, isLittle(s));
      return pos + bits;
    }
    case 'binary':
    case 'bitstring': {
      const b = v as Bitstring;
      const bits = size === null ? b.bitSize : (size as number) * s.unit;
      copyBits(buf, pos, b.buf, b.bitOffset, bits);
      return pos + bits;
    }
    case 'utf8':
      return putUtf8(buf, pos, v as number);
    case 'utf16': {
      const c = v as number;
      const le = isLittle(s);
      if (c < 0x10000) {
        putInt(buf, pos, c, 16, le);
        return pos + 16;
      }
      const d = c - 0x10000;
      putInt(buf, pos, 0xd800 | (d >>> 10), 16, le);
      putInt(buf, pos + 16, 0xdc00 | (d & 0x3ff), 16, le);
      return pos + 32;
    }
    case 'utf32':
      putInt(buf, pos, v as number, 32, isLittle(s));
      return pos + 32;
  }
}

function putUtf8(buf: Uint8Array, pos: number, c: number): number {
  if (c < 0x80) {
    putBits(buf, pos, c, 8);
    return pos + 8;
  }
  if (c < 0x800) {
    putBits(buf, pos, 0xc0 | (c >>> 6), 8);
    putBits(buf, pos + 8, 0x80 | (c & 0x3f), 8);
    return pos + 16;
  }
  if (c < 0x10000) {
    putBits(buf, pos, 0xe0 | (c >>> 12), 8);
    putBits(buf, pos + 8, 0x80 | ((c >>> 6) & 0x3f), 8);
    putBits(buf, pos + 16, 0x80 | (c & 0x3f), 8);
    return pos + 24;
  }
  putBits(buf, pos, 0xf0 | (c >>> 18), 8);
  putBits(buf, pos + 8, 0x80 | ((c >>> 12) & 0x3f), 8);
  putBits(buf, pos + 16, 0x80 | ((c >>> 6) & 0x3f), 8);
  putBits(buf, pos + 24, 0x80 | (c & 0x3f), 8);
  return pos + 32;
}

/** Set the `n` (<= 32) low bits of `u` at bit `pos`, MSB first, other bits untouched. */
function putBits(buf: Uint8Array, pos: number, u: number, n: number): void {
  if ((pos & 7) === 0 && n === 8) {
    buf[pos >>> 3] = u;
    return;
  }
  while (n > 0) {
    const q = pos >>> 3;
    const s = pos & 7;
    const take = Math.min(8 - s, n); // bits going into this byte
    n -= take;
    const chunk = (n >= 32 ? 0 : Math.floor(u / 2 ** n)) & ((1 << take) - 1);
    const shift = 8 - s - take;
    const mask = ((1 << take) - 1) << shift;
    buf[q] = (buf[q]! & ~mask) | (chunk << shift);
    pos += take;
  }
}

/** Write integer `v` modulo 2^bits at `pos`, big or little endian. */
function putInt(buf: Uint8Array, pos: number, v: number | bigint, bits: number, little: boolean): void {
  if (bits === 0) return;
  if (typeof v === 'number' && bits <= 32) {
    const u = bits === 32 ? v >>> 0 : (v >>> 0) & (2 ** bits - 1);
    if (!little) {
      if ((pos & 7) === 0 && (bits & 7) === 0) {
        let q = (pos >>> 3) + (bits >>> 3) - 1;
        let x = u;
        for (let k = bits >>> 3; k > 0; k--) {
          buf[q--] = x & 0xff;
          x >>>= 8;
        }
      } else putBits(buf, pos, u, bits);
    } else {
      let x = u;
      let rest = bits;
      while (rest >= 8) {
        putBits(buf, pos, x & 0xff, 8);
        x >>>= 8;
        pos += 8;
        rest -= 8;
      }
      if (rest > 0) putBits(buf, pos, x, rest);
    }
    return;
  }
  // Wide: the value as bytes, most significant first, of the low `bits` bits.
  const u = BigInt.asUintN(bits, typeof v === 'number' ? BigInt(v) : v);
  const whole = bits >>> 3;
  const r = bits & 7;
  if (!little) {
    // Top r bits first, then whole bytes.
    if (r > 0) putBits(buf, pos, Number(u >> BigInt(whole * 8)), r);
    pos += r;
    const hex = u.toString(16).padStart(Math.ceil(bits / 4) + 1, '0');
    // Bytes from the top: byte k (0 = most significant of the whole part).
    const hlen = hex.length;
    for (let k = 0; k < whole; k++) {
      const end = hlen - (whole - 1 - k) * 2;
      putBits(buf, pos, parseInt(hex.slice(end - 2, end), 16), 8);
      pos += 8;
    }
  } else {
    const hex = u.toString(16);
    const hlen = hex.length;
    for (let k = 0; k < whole; k++) {
      const end = hlen - k * 2;
      const b = end <= 0 ? 0 : parseInt(hex.slice(Math.max(0, end - 2), end), 16);
      putBits(buf, pos, b, 8);
      pos += 8;
    }
    if (r > 0) putBits(buf, pos, Number(u >> BigInt(whole * 8)), r);
  }
}

const f64 = new DataView(new ArrayBuffer(8));

function putFloat(buf: Uint8Array, pos: number, v: Term, bits: number, little: boolean): void {
  let d: number;
  if (v instanceof Float) d = v.value;
  else {
    d = intToDouble(v as number | bigint);
  }
  if (bits === 64) {
    f64.setFloat64(0, d, little);
    for (let i = 0; i < 8; i++) putBits(buf, pos + 8 * i, f64.getUint8(i), 8);
  } else if (bits === 32) {
    f64.setFloat32(0, d, little);
    for (let i = 0; i < 4; i++) putBits(buf, pos + 8 * i, f64.getUint8(i), 8);
  } else {
    putInt(buf, pos, toHalf(d), 16, little);
  }
}

/** A double as IEEE half-precision bits, rounded to nearest even; overflow is infinity. */
function toHalf(d: number): number {
  f64.setFloat64(0, d);
  const hi = f64.getUint32(0);
  const lo = f64.getUint32(4);
  const sign = (hi >>> 16) & 0x8000;
  const exp = (hi >>> 20) & 0x7ff;
  const a = Math.abs(d);
  if (exp === 0x7ff) return sign | 0x7c00 | (lo !== 0 || (hi & 0xfffff) !== 0 ? 0x200 : 0);
  if (a >= 65520) return sign | 0x7c00;
  // Quantum of the half format at this magnitude: 2^-24 for subnormals, else 2^(e-10).
  const e = exp - 1023;
  const q = e < -14 ? 2 ** -24 : 2 ** (e - 10);
  let m = a / q; // exact: a power-of-two scale
  const fl = Math.floor(m);
  const frac = m - fl;
  m = frac > 0.5 || (frac === 0.5 && (fl & 1) === 1) ? fl + 1 : fl;
  // m is the significand in quanta; rebuild the bit pattern (carry into the exponent works).
  if (e < -14) return sign | m; // subnormal (m may reach 0x400 = smallest normal)
  const he = e + 15;
  return sign | ((he << 10) + (m - 0x400));
}

/** Copy `n` bits from (src, sp) to (dst, dp). */
function copyBits(dst: Uint8Array, dp: number, src: Uint8Array, sp: number, n: number): void {
  if (n === 0) return;
  if ((dp & 7) === 0 && (sp & 7) === 0) {
    const whole = n >>> 3;
    const d = dp >>> 3;
    const s = sp >>> 3;
    if (whole > 0) dst.set(src.subarray(s, s + whole), d);
    const r = n & 7;
    if (r > 0) putBits(dst, dp + whole * 8, src[s + whole]! >>> (8 - r), r);
    return;
  }
  while (n >= 8) {
    putBits(dst, dp, readBits(src, sp, 8), 8);
    dp += 8;
    sp += 8;
    n -= 8;
  }
  if (n > 0) putBits(dst, dp, readBits(src, sp, n), n);
}

// ---------------------------------------------------------------------- matching

/** Where a binary match is: the buffer, the absolute bit position and end. */
export class MatchCtx {
  constructor(
    readonly buf: Uint8Array,
    public pos: number,
    readonly end: number,
  ) {}
}

export function binStart(v: Term): MatchCtx | null {
  if (!(v instanceof Bitstring)) return null;
  return new MatchCtx(v.buf, v.bitOffset, v.bitOffset + v.bitSize);
}

/** `n` (<= 32) bits at absolute bit `pos`, as an unsigned number. */
function readBits(buf: Uint8Array, pos: number, n: number): number {
  let v = 0;
  while (n > 0) {
    const q = pos >>> 3;
    const s = pos & 7;
    const take = Math.min(8 - s, n);
    const chunk = (buf[q]! >>> (8 - s - take)) & ((1 << take) - 1);
    v = v * (1 << take) + chunk;
    pos += take;
    n -= take;
  }
  return v;
}

/** Read one segment; undefined when it does not match. */
export function binSeg(ctx: MatchCtx, size: Term | null, s: SegSpec): Term | undefined {
  const pos = ctx.pos;
  switch (s.type) {
    case 'integer': {
      let bits: number;
      if (size === null) bits = 8;
      else if (typeof size === 'number' && size >= 0) bits = size * s.unit;
      else return undefined;
      if (pos + bits > ctx.end) return undefined;
      ctx.pos = pos + bits;
      const buf = ctx.buf;
      if ((pos & 7) === 0 && !s.signed && !isLittle(s)) {
        const q = pos >>> 3;
        if (bits === 8) return buf[q]!;
        if (bits === 16) return (buf[q]! << 8) | buf[q + 1]!;
        if (bits === 32) return ((buf[q]! << 24) | (buf[q + 1]! << 16) | (buf[q + 2]! << 8) | buf[q + 3]!) >>> 0;
      }
      return getInt(buf, pos, bits, isLittle(s), s.signed);
    }
    case 'float': {
      let bits: number;
      if (size === null) bits = 64;
      else if (typeof size === 'number' && size >= 0) bits = size * s.unit;
      else return undefined;
      if ((bits !== 64 && bits !== 32 && bits !== 16) || pos + bits > ctx.end) return undefined;
      const little = isLittle(s);
      let d: number;
      if (bits === 16) {
        d = fromHalf(getInt(ctx.buf, pos, 16, little, false) as number);
      } else {
        const nb = bits >>> 3;
        for (let i = 0; i < nb; i++) f64.setUint8(i, readBits(ctx.buf, pos + 8 * i, 8));
        d = bits === 64 ? f64.getFloat64(0, little) : f64.getFloat32(0, little);
      }
      if (!Number.isFinite(d)) return undefined;
      ctx.pos = pos + bits;
      return new Float(d);
    }
    case 'binary':
    case 'bitstring': {
      let bits: number;
      if (size === null) {
        bits = ctx.end - pos;
        if (s.unit > 1 && bits % s.unit !== 0) return undefined;
      } else if (typeof size === 'number' && size >= 0) bits = size * s.unit;
      else return undefined;
      if (pos + bits > ctx.end) return undefined;
      ctx.pos = pos + bits;
      return new Bitstring(ctx.buf, pos, bits);
    }
    case 'utf8':
      return matchUtf8(ctx);
    case 'utf16': {
      if (pos + 16 > ctx.end) return undefined;
      const little = isLittle(s);
      const w = getInt(ctx.buf, pos, 16, little, false) as number;
      if (w < 0xd800 || w > 0xdfff) {
        ctx.pos = pos + 16;
        return w;
      }
      if (w > 0xdbff || pos + 32 > ctx.end) return undefined;
      const w2 = getInt(ctx.buf, pos + 16, 16, little, false) as number;
      if (w2 < 0xdc00 || w2 > 0xdfff) return undefined;
      ctx.pos = pos + 32;
      return 0x10000 + ((w - 0xd800) << 10) + (w2 - 0xdc00);
    }
    case 'utf32': {
      if (pos + 32 > ctx.end) return undefined;
      const c = getInt(ctx.buf, pos, 32, isLittle(s), false) as number;
      if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return undefined;
      ctx.pos = pos + 32;
      return c;
    }
  }
}

function matchUtf8(ctx: MatchCtx): number | undefined {
  const { buf, pos, end } = ctx;
  if (pos + 8 > end) return undefined;
  const b0 = readBits(buf, pos, 8);
  if (b0 < 0x80) {
    ctx.pos = pos + 8;
    return b0;
  }
  let n: number;
  let c: number;
  let min: number;
  if (b0 >= 0xc0 && b0 < 0xe0) [n, c, min] = [1, b0 & 0x1f, 0x80];
  else if (b0 >= 0xe0 && b0 < 0xf0) [n, c, min] = [2, b0 & 0x0f, 0x800];
  else if (b0 >= 0xf0 && b0 < 0xf8) [n, c, min] = [3, b0 & 0x07, 0x10000];
  else return undefined;
  if (pos + 8 * (n + 1) > end) return undefined;
  for (let i = 1; i <= n; i++) {
    const b = readBits(buf, pos + 8 * i, 8);
    if ((b & 0xc0) !== 0x80) return undefined;
    c = (c << 6) | (b & 0x3f);
  }
  if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return undefined;
  ctx.pos = pos + 8 * (n + 1);
  return c;
}

/** Read a `bits`-bit integer at `pos` (bounds already checked). */
function getInt(buf: Uint8Array, pos: number, bits: number, little: boolean, signed: boolean): Term {
  if (bits === 0) return 0;
  if (bits <= 32) {
    let u: number;
    if (!little) u = readBits(buf, pos, bits);
    else {
      // Low bytes first, then the remaining high bits.
      u = 0;
      let mul = 1;
      let rest = bits;
      let p = pos;
      while (rest >= 8) {
        u += readBits(buf, p, 8) * mul;
        mul *= 256;
        p += 8;
        rest -= 8;
      }
      if (rest > 0) u += readBits(buf, p, rest) * mul;
    }
    if (signed && u >= 2 ** (bits - 1)) u -= 2 ** bits;
    return u;
  }
  // Wide: assemble as hex.
  const whole = bits >>> 3;
  const r = bits & 7;
  let hex = '';
  if (!little) {
    const top = r > 0 ? readBits(buf, pos, r) : 0;
    let p = pos + r;
    for (let k = 0; k < whole; k++, p += 8) hex += HEX[readBits(buf, p, 8)];
    hex = top.toString(16) + hex;
  } else {
    const top = r > 0 ? readBits(buf, pos + whole * 8, r) : 0;
    for (let k = whole - 1; k >= 0; k--) hex += HEX[readBits(buf, pos + 8 * k, 8)];
    hex = top.toString(16) + hex;
  }
  let u = BigInt('0x' + hex);
  if (signed) u = BigInt.asIntN(bits, u);
  return normBig(u);
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (m + 0x400) * 2 ** (e - 25);
}

/** The rest of the match as a sub-binary; undefined when `binary` and not whole bytes. */
export function binRest(ctx: MatchCtx, type: 'binary' | 'bitstring', unit?: number): Bitstring | undefined {
  const bits = ctx.end - ctx.pos;
  const u = unit ?? (type === 'binary' ? 8 : 1);
  if (u > 1 && bits % u !== 0) return undefined;
  const b = new Bitstring(ctx.buf, ctx.pos, bits);
  ctx.pos = ctx.end;
  return b;
}

export function binEnd(ctx: MatchCtx): boolean {
  return ctx.pos === ctx.end;
}
