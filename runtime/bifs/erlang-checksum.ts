// erlang BIFs computing checksums and digests of iodata: crc32/1,2, crc32_combine/3,
// adler32/1,2, adler32_combine/3, md5/1, md5_init/0, md5_update/2, md5_final/1.
//
// Written out in TypeScript rather than taken from node:crypto or zlib, because the
// runtime must also run in browsers. CRC-32 is zlib's (reflected polynomial 0xEDB88320,
// table driven); the combine functions use zlib's GF(2) matrix method (crc32) and its
// modular formula (adler32). MD5 is RFC 1321. The MD5 context that md5_init/md5_update
// pass around is a binary in BEAM's own layout (see md5Pack).
import { Bitstring, binary } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import type { Term } from '../term/types.js';
import { concatPieces, iolistPiecesOrBadarg } from './erlang-iolist.js';
import type { NativeModule } from './registry.js';

/** The bytes of iodata (a binary or an iolist); badarg otherwise. */
export function iodataBytes(t: Term): Uint8Array {
  if (t instanceof Bitstring) {
    if (!t.isBinary) badarg();
    return t.toBytes();
  }
  return concatPieces(iolistPiecesOrBadarg(t)).toBytes();
}

/** A checksum argument: an integer 0..2^32-1. */
function u32(t: Term): number {
  if (typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= 0xffffffff) return t;
  return badarg();
}

/** A length argument of the combine functions: a non-negative integer. */
function len(t: Term): number {
  if (typeof t === 'number' && Number.isInteger(t) && t >= 0) return t;
  if (typeof t === 'bigint' && t >= 0n) return Number(t);
  return badarg();
}

// ------------------------------------------------------------------------- CRC-32

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32Update(crc: number, bytes: Uint8Array): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function gf2Times(mat: Uint32Array, vec: number): number {
  let sum = 0;
  for (let i = 0; vec !== 0; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i]!;
  return sum >>> 0;
}

function gf2Square(square: Uint32Array, mat: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]!);
}

/** The CRC of A ++ B from crc(A), crc(B) and the length of B. */
export function crc32Combine(crc1: number, crc2: number, len2: number): number {
  if (len2 <= 0) return (crc1 ^ crc2) >>> 0;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  // The operator for one zero bit, then for two, then for four.
  odd[0] = 0xedb88320;
  let row = 1;
  for (let n = 1; n < 32; n++) {
    odd[n] = row;
    row <<= 1;
  }
  gf2Square(even, odd);
  gf2Square(odd, even);
  // Apply len2 zero bytes to crc1, squaring the operator for each bit of len2.
  let c = crc1 >>> 0;
  let l = len2;
  do {
    gf2Square(even, odd);
    if (l % 2) c = gf2Times(even, c);
    l = Math.floor(l / 2);
    if (l === 0) break;
    gf2Square(odd, even);
    if (l % 2) c = gf2Times(odd, c);
    l = Math.floor(l / 2);
  } while (l !== 0);
  return (c ^ crc2) >>> 0;
}

// ------------------------------------------------------------------------ Adler-32

const ADLER_BASE = 65521;

export function adler32Update(adler: number, bytes: Uint8Array): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  let i = 0;
  while (i < bytes.length) {
    // 3800 bytes keep the sums below 2^53 comfortably before reducing.
    const end = Math.min(bytes.length, i + 3800);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

export function adler32Combine(adler1: number, adler2: number, len2: number): number {
  const rem = len2 % ADLER_BASE;
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (adler2 & 0xffff) + ADLER_BASE - 1;
  sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

// ----------------------------------------------------------------------------- MD5

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = (() => {
  const k = new Int32Array(64);
  for (let i = 0; i < 64; i++) k[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0;
  return k;
})();

/** One 64-byte block into the state (four 32-bit words). */
function md5Block(st: Int32Array, m: Uint8Array, off: number): void {
  const w = new Int32Array(16);
  for (let i = 0; i < 16; i++) {
    const p = off + i * 4;
    w[i] = m[p]! | (m[p + 1]! << 8) | (m[p + 2]! << 16) | (m[p + 3]! << 24);
  }
  let a = st[0]!, b = st[1]!, c = st[2]!, d = st[3]!;
  for (let i = 0; i < 64; i++) {
    let f: number, g: number;
    if (i < 16) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (i < 32) {
      f = (d & b) | (~d & c);
      g = (5 * i + 1) & 15;
    } else if (i < 48) {
      f = b ^ c ^ d;
      g = (3 * i + 5) & 15;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) & 15;
    }
    const s = MD5_S[((i >> 4) << 2) | (i & 3)]!;
    const x = (a + f + MD5_K[i]! + w[g]!) | 0;
    a = d;
    d = c;
    c = b;
    b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
  }
  st[0] = (st[0]! + a) | 0;
  st[1] = (st[1]! + b) | 0;
  st[2] = (st[2]! + c) | 0;
  st[3] = (st[3]! + d) | 0;
}

interface Md5State {
  st: Int32Array;
  total: number;
  pending: Uint8Array;
}

function md5New(): Md5State {
  return { st: Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476), total: 0, pending: new Uint8Array(0) };
}

function md5Feed(s: Md5State, bytes: Uint8Array): void {
  const data = new Uint8Array(s.pending.length + bytes.length);
  data.set(s.pending);
  data.set(bytes, s.pending.length);
  let off = 0;
  for (; off + 64 <= data.length; off += 64) md5Block(s.st, data, off);
  s.pending = data.slice(off);
  s.total += bytes.length;
}

function md5Digest(s: Md5State): Uint8Array {
  const st = Int32Array.from(s.st);
  const n = s.pending.length;
  const padLen = n < 56 ? 64 : 128;
  const last = new Uint8Array(padLen);
  last.set(s.pending);
  last[n] = 0x80;
  const bits = s.total * 8;
  const lo = bits % 2 ** 32;
  const hi = Math.floor(bits / 2 ** 32);
  for (let i = 0; i < 4; i++) {
    last[padLen - 8 + i] = (lo >>> (8 * i)) & 0xff;
    last[padLen - 4 + i] = (hi >>> (8 * i)) & 0xff;
  }
  for (let off = 0; off < padLen; off += 64) md5Block(st, last, off);
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = (st[i >> 2]! >>> (8 * (i & 3))) & 0xff;
  return out;
}

export function md5(bytes: Uint8Array): Uint8Array {
  const s = md5New();
  md5Feed(s, bytes);
  return md5Digest(s);
}

/**
 * The context as BEAM lays it out (88 bytes, its MD5_CTX on a little-endian machine):
 * the four state words, the 64-bit count of bits hashed, then the 64-byte block buffer
 * whose first (count/8 mod 64) bytes are pending. So contexts made by OTP work here.
 */
const MD5_CTX_SIZE = 88;

function md5Pack(s: Md5State): Bitstring {
  const out = new Uint8Array(MD5_CTX_SIZE);
  for (let i = 0; i < 16; i++) out[i] = (s.st[i >> 2]! >>> (8 * (i & 3))) & 0xff;
  let t = s.total * 8;
  for (let i = 0; i < 8; i++) {
    out[16 + i] = t % 256;
    t = Math.floor(t / 256);
  }
  out.set(s.pending, 24);
  return binary(out);
}

function md5Unpack(t: Term): Md5State {
  if (!(t instanceof Bitstring) || !t.isBinary) badarg();
  const b = (t as Bitstring).toBytes();
  if (b.length !== MD5_CTX_SIZE) badarg();
  const st = new Int32Array(4);
  for (let i = 0; i < 4; i++) st[i] = b[i * 4]! | (b[i * 4 + 1]! << 8) | (b[i * 4 + 2]! << 16) | (b[i * 4 + 3]! << 24);
  let bits = 0;
  for (let i = 7; i >= 0; i--) bits = bits * 256 + b[16 + i]!;
  const total = Math.floor(bits / 8);
  return { st, total, pending: b.slice(24, 24 + (total % 64)) };
}

export const checksumBifs: NativeModule = {
  'crc32/1': (d) => crc32Update(0, iodataBytes(d)),
  'crc32/2': (c, d) => {
    const old = u32(c);
    return crc32Update(old, iodataBytes(d));
  },
  'crc32_combine/3': (a, b, l) => crc32Combine(u32(a), u32(b), len(l)),
  'adler32/1': (d) => adler32Update(1, iodataBytes(d)),
  'adler32/2': (c, d) => {
    const old = u32(c);
    return adler32Update(old, iodataBytes(d));
  },
  'adler32_combine/3': (a, b, l) => adler32Combine(u32(a), u32(b), len(l)),
  'md5/1': (d) => binary(md5(iodataBytes(d))),
  'md5_init/0': () => md5Pack(md5New()),
  'md5_update/2': (ctx, d) => {
    const s = md5Unpack(ctx);
    md5Feed(s, iodataBytes(d));
    return md5Pack(s);
  },
  'md5_final/1': (ctx) => binary(md5Digest(md5Unpack(ctx))),
};
