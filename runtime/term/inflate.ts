// A zlib (RFC 1950) / DEFLATE (RFC 1951) decoder, written from the RFCs.
//
// binary_to_term needs more than "inflate these bytes": it must know how many input
// bytes the stream used (the `used` option), refuse output longer than the size the
// COMPRESSED header announced, and run where node:zlib does not (browsers). So we
// decode ourselves. Canonical Huffman codes are decoded with a table indexed by the
// next 9 bits (longer codes fall back to walking the code lengths), which is plenty for
// term_to_binary payloads.

class InflateError extends Error {}

function fail(msg: string): never {
  throw new InflateError(msg);
}

/** A canonical Huffman code: counts per length and symbols in code order. */
interface Huffman {
  count: Uint16Array; // count[len] = number of codes of that length (1..15)
  symbol: Uint16Array; // symbols ordered by code
  fast: Int32Array; // 9-bit lookup: (symbol << 4) | length, or -1
}

const FAST_BITS = 9;

function buildHuffman(lengths: ArrayLike<number>, n: number): Huffman {
  const count = new Uint16Array(16);
  for (let i = 0; i < n; i++) count[lengths[i]!]!++;
  count[0] = 0;
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left <<= 1;
    left -= count[len]!;
    if (left < 0) fail('over-subscribed code');
  }
  const offs = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len]! + count[len]!;
  const symbol = new Uint16Array(n);
  for (let i = 0; i < n; i++) if (lengths[i] !== 0) symbol[offs[lengths[i]!]!++] = i;
  // fast table: for each code of length <= FAST_BITS, fill every index whose low bits
  // (bit-reversed code, as DEFLATE sends codes MSB first) match
  const fast = new Int32Array(1 << FAST_BITS).fill(-1);
  let code = 0;
  let k = 0;
  for (let len = 1; len <= FAST_BITS; len++) {
    for (let j = 0; j < count[len]!; j++) {
      let rev = 0;
      for (let b = 0; b < len; b++) rev |= ((code >> b) & 1) << (len - 1 - b);
      for (let idx = rev; idx < 1 << FAST_BITS; idx += 1 << len) fast[idx] = (symbol[k]! << 4) | len;
      code++;
      k++;
    }
    code <<= 1;
  }
  return { count, symbol, fast };
}

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixedLit: Huffman | undefined;
let fixedDist: Huffman | undefined;

class BitReader {
  pos: number;
  bitBuf = 0;
  bitCnt = 0;
  constructor(
    readonly b: Uint8Array,
    start: number,
  ) {
    this.pos = start;
  }
  need(n: number): void {
    while (this.bitCnt < n) {
      if (this.pos >= this.b.length) fail('truncated');
      this.bitBuf |= this.b[this.pos++]! << this.bitCnt;
      this.bitCnt += 8;
    }
  }
  bits(n: number): number {
    if (n === 0) return 0;
    this.need(n);
    const v = this.bitBuf & ((1 << n) - 1);
    this.bitBuf >>>= n;
    this.bitCnt -= n;
    return v;
  }
  /** Fill as many bits as available up to `n` without failing at the end of input. */
  peekAvail(n: number): void {
    while (this.bitCnt < n && this.pos < this.b.length) {
      this.bitBuf |= this.b[this.pos++]! << this.bitCnt;
      this.bitCnt += 8;
    }
  }
  decode(h: Huffman): number {
    this.peekAvail(FAST_BITS);
    const e = h.fast[this.bitBuf & ((1 << FAST_BITS) - 1)]!;
    if (e >= 0 && (e & 15) <= this.bitCnt) {
      const len = e & 15;
      this.bitBuf >>>= len;
      this.bitCnt -= len;
      return e >> 4;
    }
    // slow path: canonical decode, one bit at a time
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= 15; len++) {
      code |= this.bits(1);
      const count = h.count[len]!;
      if (code - count < first) return h.symbol[index + (code - first)]!;
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
    return fail('bad code');
  }
  /** Drop the bits up to the next byte boundary. */
  align(): void {
    const drop = this.bitCnt & 7;
    this.bitBuf >>>= drop;
    this.bitCnt -= drop;
  }
  /** The input position of the next unread byte (after aligning). */
  bytePos(): number {
    return this.pos - (this.bitCnt >> 3);
  }
}

/**
 * Inflate the zlib stream at the start of `z`. `maxOut` bounds the output (more is an
 * error). Returns the output and the number of input bytes the stream took (checksum
 * included). Throws on any malformed stream.
 */
export function inflateZlib(z: Uint8Array, maxOut: number): { out: Uint8Array; used: number } {
  if (z.length < 2) fail('truncated');
  const cmf = z[0]!;
  const flg = z[1]!;
  if ((cmf & 15) !== 8 || cmf >> 4 > 7 || (cmf * 256 + flg) % 31 !== 0 || flg & 0x20) fail('bad zlib header');
  let out = new Uint8Array(Math.min(Math.max(maxOut, 16), 1 << 16));
  let n = 0;
  const grow = (need: number): void => {
    if (n + need > maxOut) fail('too long');
    if (n + need <= out.length) return;
    let size = out.length * 2;
    while (size < n + need) size *= 2;
    const o = new Uint8Array(Math.min(size, Math.max(maxOut, n + need)));
    o.set(out.subarray(0, n));
    out = o;
  };
  const r = new BitReader(z, 2);
  let final = 0;
  do {
    final = r.bits(1);
    const type = r.bits(2);
    if (type === 0) {
      r.align();
      const len = r.bits(16);
      const nlen = r.bits(16);
      if ((len ^ 0xffff) !== nlen) fail('bad stored block');
      // the bit buffer is empty after two 16-bit reads from an aligned position
      const start = r.bytePos();
      if (start + len > z.length) fail('truncated');
      grow(len);
      out.set(z.subarray(start, start + len), n);
      n += len;
      r.pos = start + len;
      r.bitBuf = 0;
      r.bitCnt = 0;
      continue;
    }
    let lit: Huffman;
    let dist: Huffman;
    if (type === 1) {
      if (fixedLit === undefined) {
        const l = new Uint8Array(288);
        l.fill(8, 0, 144);
        l.fill(9, 144, 256);
        l.fill(7, 256, 280);
        l.fill(8, 280, 288);
        fixedLit = buildHuffman(l, 288);
        fixedDist = buildHuffman(new Uint8Array(30).fill(5), 30);
      }
      lit = fixedLit;
      dist = fixedDist!;
    } else if (type === 2) {
      const nlen = r.bits(5) + 257;
      const ndist = r.bits(5) + 1;
      const ncode = r.bits(4) + 4;
      if (nlen > 286 || ndist > 30) fail('bad counts');
      const cl = new Uint8Array(19);
      for (let i = 0; i < ncode; i++) cl[CL_ORDER[i]!] = r.bits(3);
      const clh = buildHuffman(cl, 19);
      const lens = new Uint8Array(nlen + ndist);
      let i = 0;
      while (i < nlen + ndist) {
        const sym = r.decode(clh);
        if (sym < 16) lens[i++] = sym;
        else {
          let rep = 0;
          let val = 0;
          if (sym === 16) {
            if (i === 0) fail('repeat with no length');
            val = lens[i - 1]!;
            rep = 3 + r.bits(2);
          } else if (sym === 17) rep = 3 + r.bits(3);
          else rep = 11 + r.bits(7);
          if (i + rep > nlen + ndist) fail('too many lengths');
          while (rep--) lens[i++] = val;
        }
      }
      if (lens[256] === 0) fail('no end code');
      lit = buildHuffman(lens.subarray(0, nlen), nlen);
      dist = buildHuffman(lens.subarray(nlen), ndist);
    } else return fail('bad block type');
    for (;;) {
      const sym = r.decode(lit);
      if (sym < 256) {
        grow(1);
        out[n++] = sym;
      } else if (sym === 256) break;
      else {
        const li = sym - 257;
        if (li >= 29) fail('bad length');
        const len = LEN_BASE[li]! + r.bits(LEN_EXTRA[li]!);
        const di = r.decode(dist);
        if (di >= 30) fail('bad distance');
        const d = DIST_BASE[di]! + r.bits(DIST_EXTRA[di]!);
        if (d > n) fail('distance too far');
        grow(len);
        for (let k = 0; k < len; k++, n++) out[n] = out[n - d]!;
      }
    }
  } while (!final);
  r.align();
  const end = r.bytePos();
  if (end + 4 > z.length) fail('truncated');
  // Adler-32 of the output, big-endian
  let a = 1;
  let b = 0;
  for (let i = 0; i < n; ) {
    const stop = Math.min(n, i + 3800);
    for (; i < stop; i++) {
      a += out[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  const want = ((z[end]! << 24) | (z[end + 1]! << 16) | (z[end + 2]! << 8) | z[end + 3]!) >>> 0;
  if ((((b << 16) | a) >>> 0) !== want) fail('bad checksum');
  return { out: out.subarray(0, n), used: end + 4 };
}
