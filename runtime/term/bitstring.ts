// Binaries and bitstrings.
//
// A `Bitstring` is a window of `bitSize` bits starting `bitOffset` bits into `buf`. The
// bytes are shared, never copied: `sub()` (split_binary, binary_part, the rest of a
// binary match) makes a new window on the same buffer, as BEAM's sub-binaries do. Terms
// are immutable, so nobody writes into `buf` after the bitstring is made (the code that
// builds a binary owns its buffer until it wraps it).
//
// A binary is the case bitSize % 8 == 0. Bits are stored MSB first, as the external term
// format and the bit syntax see them. When bitOffset % 8 == 0 (almost always) byte access
// is a plain index; otherwise bytes are assembled from two neighbours with shifts.
import { TAG_BITS, _setTag } from './types.js';
import { badarg } from './errors.js';

export class Bitstring {
  declare readonly tag: number;
  constructor(
    /** The storage; may be shared with other bitstrings and larger than the window. */
    readonly buf: Uint8Array,
    /** Where the window starts, in bits from the start of `buf`. */
    readonly bitOffset: number,
    /** The length of the bitstring in bits. */
    readonly bitSize: number,
  ) {}

  /** byte_size/1: whole bytes, plus one for trailing bits. */
  get byteSize(): number {
    const b = this.bitSize;
    return b < 0x7ffffff0 ? (b + 7) >>> 3 : Math.ceil(b / 8);
  }

  /** Is this a binary (a whole number of bytes)? */
  get isBinary(): boolean {
    return (this.bitSize & 7) === 0;
  }

  /** The i-th whole byte (8 bits starting at bit 8*i). */
  byteAt(i: number): number {
    const p = this.bitOffset + i * 8;
    const q = p >>> 3;
    const s = p & 7;
    if (s === 0) return this.buf[q]!;
    return ((this.buf[q]! << s) | (this.buf[q + 1]! >>> (8 - s))) & 0xff;
  }

  /** The trailing bits (bitSize % 8 of them) as an unsigned integer. */
  get tailBits(): number {
    const n = this.bitSize & 7;
    if (n === 0) return 0;
    const p = this.bitOffset + (this.bitSize - n);
    const q = p >>> 3;
    const s = p & 7;
    const v = s + n <= 8 ? this.buf[q]! << s : (this.buf[q]! << s) | (this.buf[q + 1]! >>> (8 - s));
    return (v & 0xff) >>> (8 - n);
  }

  /**
   * The bits as bytes, the last partial byte left-aligned and zero-padded. Zero-copy (a
   * view on `buf`) when the window is byte-aligned and its trailing bits are already
   * padded; a copy otherwise. Do not write into the result.
   */
  toBytes(): Uint8Array {
    const n = this.byteSize;
    if ((this.bitOffset & 7) === 0) {
      const start = this.bitOffset >>> 3;
      const view = this.buf.subarray(start, start + n);
      const t = this.bitSize & 7;
      if (t === 0 || (view[n - 1]! & (0xff >>> t)) === 0) return view;
      const copy = view.slice();
      copy[n - 1] = copy[n - 1]! & ((0xff << (8 - t)) & 0xff);
      return copy;
    }
    const out = new Uint8Array(n);
    const whole = this.bitSize >>> 3;
    for (let i = 0; i < whole; i++) out[i] = this.byteAt(i);
    const t = this.bitSize & 7;
    if (t !== 0) out[whole] = (this.tailBits << (8 - t)) & 0xff;
    return out;
  }

  /** The bits [start, start+len) as a new window on the same bytes. */
  sub(start: number, len: number): Bitstring {
    if (start < 0 || len < 0 || start + len > this.bitSize) badarg();
    return new Bitstring(this.buf, this.bitOffset + start, len);
  }

  /** The bytes [start, start+len) of a binary (binary_part/3). */
  part(start: number, len: number): Bitstring {
    return this.sub(start * 8, len * 8);
  }
}
_setTag(Bitstring, TAG_BITS);

export const EMPTY_BINARY = new Bitstring(new Uint8Array(0), 0, 0);

/** A binary wrapping these bytes (not copied: the caller gives up ownership). */
export function binary(bytes: Uint8Array): Bitstring {
  return new Bitstring(bytes, 0, bytes.length * 8);
}

/** A bitstring of `bitSize` bits from MSB-first bytes (not copied). */
export function bitstring(bytes: Uint8Array, bitSize: number): Bitstring {
  if (bitSize > bytes.length * 8) badarg();
  return new Bitstring(bytes, 0, bitSize);
}

const utf8 = new TextEncoder();
/** A binary holding the UTF-8 encoding of a JS string. */
export function binaryFromString(s: string): Bitstring {
  return binary(utf8.encode(s));
}

/** A binary of the given byte values. */
export function binaryOf(...bytes: number[]): Bitstring {
  return binary(Uint8Array.from(bytes));
}

/** is_bitstring/1. */
export function isBitstring(t: unknown): t is Bitstring {
  return t instanceof Bitstring;
}

/** is_binary/1: a bitstring of whole bytes. */
export function isBinary(t: unknown): t is Bitstring {
  return t instanceof Bitstring && (t.bitSize & 7) === 0;
}

/** Are two bitstrings the same bits? */
export function bitsEqual(a: Bitstring, b: Bitstring): boolean {
  if (a.bitSize !== b.bitSize) return false;
  const whole = a.bitSize >>> 3;
  if ((a.bitOffset & 7) === 0 && (b.bitOffset & 7) === 0) {
    const ab = a.buf, bb = b.buf;
    const ao = a.bitOffset >>> 3, bo = b.bitOffset >>> 3;
    for (let i = 0; i < whole; i++) if (ab[ao + i] !== bb[bo + i]) return false;
  } else {
    for (let i = 0; i < whole; i++) if (a.byteAt(i) !== b.byteAt(i)) return false;
  }
  return a.tailBits === b.tailBits;
}

/** Standard order of bitstrings: bit by bit over the common length, then the shorter first. */
export function compareBits(a: Bitstring, b: Bitstring): number {
  const minBits = Math.min(a.bitSize, b.bitSize);
  const whole = minBits >>> 3;
  if ((a.bitOffset & 7) === 0 && (b.bitOffset & 7) === 0) {
    const ab = a.buf, bb = b.buf;
    const ao = a.bitOffset >>> 3, bo = b.bitOffset >>> 3;
    for (let i = 0; i < whole; i++) {
      const x = ab[ao + i]!, y = bb[bo + i]!;
      if (x !== y) return x < y ? -1 : 1;
    }
  } else {
    for (let i = 0; i < whole; i++) {
      const x = a.byteAt(i), y = b.byteAt(i);
      if (x !== y) return x < y ? -1 : 1;
    }
  }
  const rest = minBits & 7;
  if (rest !== 0) {
    const x = bitsAt(a, whole * 8, rest), y = bitsAt(b, whole * 8, rest);
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.bitSize < b.bitSize ? -1 : a.bitSize > b.bitSize ? 1 : 0;
}

/** `n` (<= 8) bits starting at bit `start` of the window, as an unsigned integer. */
function bitsAt(x: Bitstring, start: number, n: number): number {
  const p = x.bitOffset + start;
  const q = p >>> 3;
  const s = p & 7;
  const v = s + n <= 8 ? x.buf[q]! << s : (x.buf[q]! << s) | (x.buf[q + 1]! >>> (8 - s));
  return (v & 0xff) >>> (8 - n);
}
