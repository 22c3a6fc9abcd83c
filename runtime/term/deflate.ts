// A DEFLATE compressor that makes the same bytes as zlib 1.2.13 (the library OTP 25 is
// linked with on this platform), so that term_to_binary(T, [compressed]) is byte-exact.
//
// Node's bundled zlib is Chromium's fork: its match finder differs, so its output is
// valid but not OTP's. What has to agree with zlib, and is done the same way here, is
// every choice that shapes the output (all of it documented behaviour of zlib's
// algorithm; this is our own code):
//
//  * the zlib wrapper: header 0x78 + level flags, Adler-32 trailer;
//  * a 64 KiB window that slides by 32 KiB once the position passes 32 KiB + the
//    maximum distance (32768 - 262), copying only the live bytes, so that what lies
//    beyond the live data (read, never used, when comparing the last strings) is the
//    same stale data zlib has there; fresh space is zeroed 258 bytes ahead;
//  * string insertion: a rolling hash of 3 bytes (15 bits, shift 5) into hash chains;
//  * the match finder: chains walked newest first up to `max_chain` (a quarter of it
//    once a good match is in hand), stopping at `nice` length, preferring the first of
//    equally long matches, never beyond 32506 bytes back, position 0 of the window
//    meaning "none";
//  * levels 1-3 take matches greedily (inserting the strings of short matches only),
//    levels 4-9 lazily: a match is emitted only if the next position does not start a
//    longer one, and a 3-byte match more than 4096 bytes back is dropped;
//  * the per-level parameters (good, lazy, nice, chain) of zlib's configuration table;
//  * blocks: ended when 16383 symbols are buffered (or at the end); each block is sent
//    stored, with the fixed codes or with dynamic codes, whichever is smallest (ties:
//    stored, then fixed); Huffman trees built with the same heap and tie-breaking (by
//    frequency, then depth), lengths limited to 15 (7 for the code-length code) by the
//    same overflow repair, code lengths run-length coded with codes 16/17/18 as zlib
//    scans them.

const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1; // 262
const W_SIZE = 32768;
const W_MASK = W_SIZE - 1;
const WINDOW_SIZE = 2 * W_SIZE;
const MAX_DIST = W_SIZE - MIN_LOOKAHEAD;
const HASH_BITS = 15; // memLevel 8 + 7
const HASH_SIZE = 1 << HASH_BITS;
const HASH_MASK = HASH_SIZE - 1;
const HASH_SHIFT = 5; // (15 + 3 - 1) / 3
const TOO_FAR = 4096;
const LIT_BUFSIZE = 1 << 14; // memLevel 8 + 6
const SYM_END = LIT_BUFSIZE - 1; // symbols per block at most

// good, lazy (max insert for levels 1-3), nice, chain, lazy matching?
const CONFIG: readonly (readonly [number, number, number, number, boolean])[] = [
  [0, 0, 0, 0, false],
  [4, 4, 8, 4, false],
  [4, 5, 16, 8, false],
  [4, 6, 32, 32, false],
  [4, 4, 16, 16, true],
  [8, 16, 32, 32, true],
  [8, 16, 128, 128, true],
  [8, 32, 128, 256, true],
  [32, 128, 258, 1024, true],
  [32, 258, 258, 4096, true],
];

// ------------------------------------------------------------------ tables

const L_CODES = 286;
const D_CODES = 30;
const BL_CODES = 19;
const HEAP_SIZE = 2 * L_CODES + 1;
const END_BLOCK = 256;
const EXTRA_LBITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const EXTRA_DBITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BLBITS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const baseLength = new Int32Array(29);
const lengthCode = new Uint8Array(256);
const baseDist = new Int32Array(D_CODES);
const distCode = new Uint8Array(512);
const staticLLen = new Uint8Array(L_CODES + 2);
const staticLCode = new Uint16Array(L_CODES + 2);
const staticDLen = new Uint8Array(D_CODES);
const staticDCode = new Uint16Array(D_CODES);

function reverseBits(code: number, len: number): number {
  let r = 0;
  for (let i = 0; i < len; i++) {
    r = (r << 1) | (code & 1);
    code >>>= 1;
  }
  return r;
}

/** Canonical codes from lengths (bit-reversed, as DEFLATE sends them LSB first). */
function genCodes(len: ArrayLike<number>, code: Uint16Array, maxCode: number, blCount: ArrayLike<number>): void {
  const next = new Uint16Array(16);
  let c = 0;
  for (let bits = 1; bits <= 15; bits++) {
    c = (c + blCount[bits - 1]!) << 1;
    next[bits] = c;
  }
  for (let n = 0; n <= maxCode; n++) {
    const l = len[n]!;
    if (l === 0) continue;
    code[n] = reverseBits(next[l]!++, l);
  }
}

(function initTables(): void {
  let length = 0;
  for (let code = 0; code < 28; code++) {
    baseLength[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]!; n++) lengthCode[length++] = code;
  }
  lengthCode[length - 1] = 28;
  let dist = 0;
  for (let code = 0; code < 16; code++) {
    baseDist[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]!; n++) distCode[dist++] = code;
  }
  dist >>= 7;
  for (let code = 16; code < D_CODES; code++) {
    baseDist[code] = dist << 7;
    for (let n = 0; n < 1 << (EXTRA_DBITS[code]! - 7); n++) distCode[256 + dist++] = code;
  }
  const blCount = new Uint16Array(16);
  for (let n = 0; n <= 287; n++) {
    const l = n <= 143 ? 8 : n <= 255 ? 9 : n <= 279 ? 7 : 8;
    if (n < L_CODES + 2) staticLLen[n] = l;
    blCount[l]!++;
  }
  genCodes(staticLLen, staticLCode, L_CODES + 1, blCount);
  for (let n = 0; n < D_CODES; n++) {
    staticDLen[n] = 5;
    staticDCode[n] = reverseBits(n, 5);
  }
})();

function dCode(dist: number): number {
  return dist < 256 ? distCode[dist]! : distCode[256 + (dist >>> 7)]!;
}

// ------------------------------------------------------------------ output

class BitWriter {
  buf = new Uint8Array(1024);
  n = 0;
  private acc = 0;
  private bits = 0;
  private ensure(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + k) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  byte(b: number): void {
    this.ensure(1);
    this.buf[this.n++] = b;
  }
  send(value: number, len: number): void {
    this.acc |= value << this.bits;
    this.bits += len;
    while (this.bits >= 8) {
      this.byte(this.acc & 0xff);
      this.acc >>>= 8;
      this.bits -= 8;
    }
  }
  /** Pad to a byte boundary (zlib's bi_windup). */
  windup(): void {
    if (this.bits > 0) this.byte(this.acc & 0xff);
    this.acc = 0;
    this.bits = 0;
  }
  bytes(src: Uint8Array, start: number, len: number): void {
    this.ensure(len);
    this.buf.set(src.subarray(start, start + len), this.n);
    this.n += len;
  }
}

// --------------------------------------------------------------- Huffman trees

interface TreeDesc {
  freq: Uint16Array; // also holds the code after genCodes in zlib; kept apart here
  len: Uint16Array;
  code: Uint16Array;
  dad: Uint16Array;
  maxCode: number;
  elems: number;
  maxLength: number;
  extra: readonly number[] | null;
  extraBase: number;
  staticLen: Uint8Array | null;
}

function newTree(size: number, elems: number, maxLength: number, extra: readonly number[] | null, extraBase: number, staticLen: Uint8Array | null): TreeDesc {
  return {
    freq: new Uint16Array(size),
    len: new Uint16Array(size),
    code: new Uint16Array(size),
    dad: new Uint16Array(size),
    maxCode: 0,
    elems,
    maxLength,
    extra,
    extraBase,
    staticLen,
  };
}

class Trees {
  readonly lt = newTree(HEAP_SIZE, L_CODES, 15, EXTRA_LBITS, 257, staticLLen);
  readonly dt = newTree(2 * D_CODES + 1, D_CODES, 15, EXTRA_DBITS, 0, staticDLen);
  readonly bt = newTree(2 * BL_CODES + 1, BL_CODES, 7, EXTRA_BLBITS, 0, null);
  readonly heap = new Int32Array(HEAP_SIZE);
  heapLen = 0;
  heapMax = 0;
  readonly depth = new Uint8Array(HEAP_SIZE);
  readonly blCount = new Uint16Array(16);
  optLen = 0;
  staticLen = 0;
  readonly symDist = new Uint16Array(LIT_BUFSIZE);
  readonly symLc = new Uint8Array(LIT_BUFSIZE);
  symNext = 0;

  constructor() {
    this.initBlock();
  }

  initBlock(): void {
    this.lt.freq.fill(0, 0, L_CODES);
    this.dt.freq.fill(0, 0, D_CODES);
    this.bt.freq.fill(0, 0, BL_CODES);
    this.lt.freq[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    this.symNext = 0;
  }

  /** Record a literal; true when the block is full. */
  lit(c: number): boolean {
    this.symDist[this.symNext] = 0;
    this.symLc[this.symNext++] = c;
    this.lt.freq[c]!++;
    return this.symNext === SYM_END;
  }

  /** Record a match (distance >= 1, length - 3); true when the block is full. */
  dist(dist: number, lc: number): boolean {
    this.symDist[this.symNext] = dist;
    this.symLc[this.symNext++] = lc;
    dist--;
    this.lt.freq[lengthCode[lc]! + 257]!++;
    this.dt.freq[dCode(dist)]!++;
    return this.symNext === SYM_END;
  }

  private smaller(t: TreeDesc, n: number, m: number): boolean {
    const fn = t.freq[n]!;
    const fm = t.freq[m]!;
    return fn < fm || (fn === fm && this.depth[n]! <= this.depth[m]!);
  }

  private downheap(t: TreeDesc, k: number): void {
    const heap = this.heap;
    const v = heap[k]!;
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(t, heap[j + 1]!, heap[j]!)) j++;
      if (this.smaller(t, v, heap[j]!)) break;
      heap[k] = heap[j]!;
      k = j;
      j <<= 1;
    }
    heap[k] = v;
  }

  private genBitlen(t: TreeDesc): void {
    const { len, dad, freq, maxCode, extra, extraBase, maxLength, staticLen } = t;
    const heap = this.heap;
    const blCount = this.blCount;
    blCount.fill(0);
    len[heap[this.heapMax]!] = 0;
    let overflow = 0;
    let h: number;
    for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
      const n = heap[h]!;
      let bits = len[dad[n]!]! + 1;
      if (bits > maxLength) {
        bits = maxLength;
        overflow++;
      }
      len[n] = bits;
      if (n > maxCode) continue;
      blCount[bits]!++;
      const xbits = extra !== null && n >= extraBase ? extra[n - extraBase]! : 0;
      const f = freq[n]!;
      this.optLen += f * (bits + xbits);
      if (staticLen !== null) this.staticLen += f * (staticLen[n]! + xbits);
    }
    if (overflow === 0) return;
    do {
      let bits = maxLength - 1;
      while (blCount[bits] === 0) bits--;
      blCount[bits]!--;
      blCount[bits + 1]! += 2;
      blCount[maxLength]!--;
      overflow -= 2;
    } while (overflow > 0);
    for (let bits = maxLength; bits !== 0; bits--) {
      let n = blCount[bits]!;
      while (n !== 0) {
        const m = heap[--h]!;
        if (m > maxCode) continue;
        if (len[m] !== bits) {
          this.optLen += (bits - len[m]!) * freq[m]!;
          len[m] = bits;
        }
        n--;
      }
    }
  }

  buildTree(t: TreeDesc): void {
    const { freq, len, dad, elems, staticLen } = t;
    const heap = this.heap;
    let maxCode = -1;
    this.heapLen = 0;
    this.heapMax = HEAP_SIZE;
    for (let n = 0; n < elems; n++) {
      if (freq[n] !== 0) {
        heap[++this.heapLen] = maxCode = n;
        this.depth[n] = 0;
      } else len[n] = 0;
    }
    while (this.heapLen < 2) {
      const node = (heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0);
      freq[node] = 1;
      this.depth[node] = 0;
      this.optLen--;
      if (staticLen !== null) this.staticLen -= staticLen[node]!;
    }
    t.maxCode = maxCode;
    for (let n = this.heapLen >> 1; n >= 1; n--) this.downheap(t, n);
    let node = elems;
    do {
      const n = heap[1]!;
      heap[1] = heap[this.heapLen--]!;
      this.downheap(t, 1);
      const m = heap[1]!;
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      freq[node] = freq[n]! + freq[m]!;
      this.depth[node] = (this.depth[n]! >= this.depth[m]! ? this.depth[n]! : this.depth[m]!) + 1;
      dad[n] = dad[m] = node;
      heap[1] = node++;
      this.downheap(t, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1]!;
    this.genBitlen(t);
    genCodes(len, t.code, maxCode, this.blCount);
  }

  private scanTree(t: TreeDesc, maxCode: number): void {
    const len = t.len;
    const bl = this.bt.freq;
    let prevlen = -1;
    let nextlen = len[0]!;
    let count = 0;
    let maxCount = 7;
    let minCount = 4;
    if (nextlen === 0) {
      maxCount = 138;
      minCount = 3;
    }
    len[maxCode + 1] = 0xffff; // guard
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = len[n + 1]!;
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) bl[curlen]! += count;
      else if (curlen !== 0) {
        if (curlen !== prevlen) bl[curlen]!++;
        bl[16]!++;
      } else if (count <= 10) bl[17]!++;
      else bl[18]!++;
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) {
        maxCount = 138;
        minCount = 3;
      } else if (curlen === nextlen) {
        maxCount = 6;
        minCount = 3;
      } else {
        maxCount = 7;
        minCount = 4;
      }
    }
  }

  private sendCode(w: BitWriter, t: TreeDesc, c: number): void {
    w.send(t.code[c]!, t.len[c]!);
  }

  private sendTree(w: BitWriter, t: TreeDesc, maxCode: number): void {
    const len = t.len;
    const bt = this.bt;
    let prevlen = -1;
    let nextlen = len[0]!;
    let count = 0;
    let maxCount = 7;
    let minCount = 4;
    if (nextlen === 0) {
      maxCount = 138;
      minCount = 3;
    }
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = len[n + 1]!;
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) {
        do this.sendCode(w, bt, curlen);
        while (--count !== 0);
      } else if (curlen !== 0) {
        if (curlen !== prevlen) {
          this.sendCode(w, bt, curlen);
          count--;
        }
        this.sendCode(w, bt, 16);
        w.send(count - 3, 2);
      } else if (count <= 10) {
        this.sendCode(w, bt, 17);
        w.send(count - 3, 3);
      } else {
        this.sendCode(w, bt, 18);
        w.send(count - 11, 7);
      }
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) {
        maxCount = 138;
        minCount = 3;
      } else if (curlen === nextlen) {
        maxCount = 6;
        minCount = 3;
      } else {
        maxCount = 7;
        minCount = 4;
      }
    }
  }

  private compress(w: BitWriter, lLen: ArrayLike<number>, lCode: ArrayLike<number>, dLen: ArrayLike<number>, dCodes: ArrayLike<number>): void {
    for (let i = 0; i < this.symNext; i++) {
      let dist = this.symDist[i]!;
      let lc = this.symLc[i]!;
      if (dist === 0) w.send(lCode[lc]!, lLen[lc]!);
      else {
        let code = lengthCode[lc]!;
        w.send(lCode[code + 257]!, lLen[code + 257]!);
        let extra = EXTRA_LBITS[code]!;
        if (extra !== 0) {
          lc -= baseLength[code]!;
          w.send(lc, extra);
        }
        dist--;
        code = dCode(dist);
        w.send(dCodes[code]!, dLen[code]!);
        extra = EXTRA_DBITS[code]!;
        if (extra !== 0) {
          dist -= baseDist[code]!;
          w.send(dist, extra);
        }
      }
    }
    w.send(lCode[END_BLOCK]!, lLen[END_BLOCK]!);
  }

  /** Emit the buffered symbols as one block (`stored`: the block's raw bytes, if still in the window). */
  flushBlock(w: BitWriter, window: Uint8Array, storedStart: number, storedLen: number, last: boolean): void {
    this.buildTree(this.lt);
    this.buildTree(this.dt);
    this.scanTree(this.lt, this.lt.maxCode);
    this.scanTree(this.dt, this.dt.maxCode);
    this.buildTree(this.bt);
    let maxBlIndex: number;
    for (maxBlIndex = BL_CODES - 1; maxBlIndex >= 3; maxBlIndex--) if (this.bt.len[BL_ORDER[maxBlIndex]!] !== 0) break;
    this.optLen += 3 * (maxBlIndex + 1) + 5 + 5 + 4;
    let optLenb = (this.optLen + 3 + 7) >>> 3;
    const staticLenb = (this.staticLen + 3 + 7) >>> 3;
    if (staticLenb <= optLenb) optLenb = staticLenb;
    const lastBit = last ? 1 : 0;
    if (storedLen + 4 <= optLenb && storedStart >= 0) {
      w.send(lastBit, 3); // STORED_BLOCK << 1
      w.windup();
      w.byte(storedLen & 0xff);
      w.byte((storedLen >>> 8) & 0xff);
      w.byte(~storedLen & 0xff);
      w.byte((~storedLen >>> 8) & 0xff);
      w.bytes(window, storedStart, storedLen);
    } else if (staticLenb === optLenb) {
      w.send(2 + lastBit, 3); // STATIC_TREES << 1
      this.compress(w, staticLLen, staticLCode, staticDLen, staticDCode);
    } else {
      w.send(4 + lastBit, 3); // DYN_TREES << 1
      const lcodes = this.lt.maxCode + 1;
      const dcodes = this.dt.maxCode + 1;
      const blcodes = maxBlIndex + 1;
      w.send(lcodes - 257, 5);
      w.send(dcodes - 1, 5);
      w.send(blcodes - 4, 4);
      for (let rank = 0; rank < blcodes; rank++) w.send(this.bt.len[BL_ORDER[rank]!]!, 3);
      this.sendTree(w, this.lt, lcodes - 1);
      this.sendTree(w, this.dt, dcodes - 1);
      this.compress(w, this.lt.len, this.lt.code, this.dt.len, this.dt.code);
    }
    this.initBlock();
    if (last) w.windup();
  }
}

// ---------------------------------------------------------------- the deflater

class Deflater {
  readonly window = new Uint8Array(WINDOW_SIZE);
  readonly head = new Uint16Array(HASH_SIZE);
  readonly prev = new Uint16Array(W_SIZE);
  insH = 0;
  strstart = 0;
  blockStart = 0;
  lookahead = 0;
  insert = 0;
  matchStart = 0;
  matchLength = MIN_MATCH - 1;
  prevLength = MIN_MATCH - 1;
  prevMatch = 0;
  matchAvailable = false;
  highWater = 0;
  inPos = 0;
  readonly trees = new Trees();
  readonly goodMatch: number;
  readonly maxLazy: number;
  readonly niceMatch: number;
  readonly maxChain: number;

  constructor(
    readonly input: Uint8Array,
    level: number,
    readonly w: BitWriter,
  ) {
    const c = CONFIG[level]!;
    this.goodMatch = c[0];
    this.maxLazy = c[1];
    this.niceMatch = c[2];
    this.maxChain = c[3];
  }

  private fillWindow(): void {
    const win = this.window;
    do {
      let more = WINDOW_SIZE - this.lookahead - this.strstart;
      if (this.strstart >= W_SIZE + MAX_DIST) {
        win.copyWithin(0, W_SIZE, W_SIZE + W_SIZE - more);
        this.matchStart -= W_SIZE;
        this.strstart -= W_SIZE;
        this.blockStart -= W_SIZE;
        if (this.insert > this.strstart) this.insert = this.strstart;
        for (let i = 0; i < HASH_SIZE; i++) {
          const m = this.head[i]!;
          this.head[i] = m >= W_SIZE ? m - W_SIZE : 0;
        }
        for (let i = 0; i < W_SIZE; i++) {
          const m = this.prev[i]!;
          this.prev[i] = m >= W_SIZE ? m - W_SIZE : 0;
        }
        more += W_SIZE;
      }
      const avail = this.input.length - this.inPos;
      if (avail === 0) break;
      const n = Math.min(avail, more);
      win.set(this.input.subarray(this.inPos, this.inPos + n), this.strstart + this.lookahead);
      this.inPos += n;
      this.lookahead += n;
      if (this.lookahead + this.insert >= MIN_MATCH) {
        let str = this.strstart - this.insert;
        this.insH = win[str]!;
        this.insH = ((this.insH << HASH_SHIFT) ^ win[str + 1]!) & HASH_MASK;
        while (this.insert) {
          this.insH = ((this.insH << HASH_SHIFT) ^ win[str + MIN_MATCH - 1]!) & HASH_MASK;
          this.prev[str & W_MASK] = this.head[this.insH]!;
          this.head[this.insH] = str;
          str++;
          this.insert--;
          if (this.lookahead + this.insert < MIN_MATCH) break;
        }
      }
    } while (this.lookahead < MIN_LOOKAHEAD && this.inPos < this.input.length);
    // zero what lies beyond the data, as far as a match may look (zlib's high water)
    if (this.highWater < WINDOW_SIZE) {
      const curr = this.strstart + this.lookahead;
      if (this.highWater < curr) {
        const init = Math.min(WINDOW_SIZE - curr, MAX_MATCH);
        win.fill(0, curr, curr + init);
        this.highWater = curr + init;
      } else if (this.highWater < curr + MAX_MATCH) {
        const init = Math.min(curr + MAX_MATCH - this.highWater, WINDOW_SIZE - this.highWater);
        win.fill(0, this.highWater, this.highWater + init);
        this.highWater += init;
      }
    }
  }

  /** Insert the string at `str`; returns the previous head of its chain. */
  private insertString(str: number): number {
    this.insH = ((this.insH << HASH_SHIFT) ^ this.window[str + MIN_MATCH - 1]!) & HASH_MASK;
    const h = this.head[this.insH]!;
    this.prev[str & W_MASK] = h;
    this.head[this.insH] = str;
    return h;
  }

  private longestMatch(curMatch: number): number {
    const win = this.window;
    let chain = this.maxChain;
    const scanStart = this.strstart;
    let bestLen = this.prevLength;
    let nice = this.niceMatch;
    const limit = this.strstart > MAX_DIST ? this.strstart - MAX_DIST : 0;
    const strend = this.strstart + MAX_MATCH;
    let scanEnd1 = win[scanStart + bestLen - 1]!;
    let scanEnd = win[scanStart + bestLen]!;
    if (this.prevLength >= this.goodMatch) chain >>>= 2;
    if (nice > this.lookahead) nice = this.lookahead;
    do {
      let match = curMatch;
      if (
        win[match + bestLen] !== scanEnd ||
        win[match + bestLen - 1] !== scanEnd1 ||
        win[match] !== win[scanStart] ||
        win[++match] !== win[scanStart + 1]
      ) {
        continue;
      }
      let scan = scanStart + 2;
      match++;
      // the two bytes at +0/+1 match; the rest is compared up to MAX_MATCH
      while (win[++scan] === win[++match] && scan < strend) {
        /* compare */
      }
      const len = MAX_MATCH - (strend - scan);
      if (len > bestLen) {
        this.matchStart = curMatch;
        bestLen = len;
        if (len >= nice) break;
        scanEnd1 = win[scanStart + bestLen - 1]!;
        scanEnd = win[scanStart + bestLen]!;
      }
    } while ((curMatch = this.prev[curMatch & W_MASK]!) > limit && --chain !== 0);
    return bestLen <= this.lookahead ? bestLen : this.lookahead;
  }

  private flush(last: boolean): void {
    const len = this.strstart - this.blockStart;
    this.trees.flushBlock(this.w, this.window, this.blockStart >= 0 ? this.blockStart : -1, len, last);
    this.blockStart = this.strstart;
  }

  runSlow(): void {
    const t = this.trees;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength;
      this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== 0 && this.prevLength < this.maxLazy && this.strstart - hashHead <= MAX_DIST) {
        this.matchLength = this.longestMatch(hashHead);
        if (this.matchLength <= 5 && this.matchLength === MIN_MATCH && this.strstart - this.matchStart > TOO_FAR) {
          this.matchLength = MIN_MATCH - 1;
        }
      }
      if (this.prevLength >= MIN_MATCH && this.matchLength <= this.prevLength) {
        const maxInsert = this.strstart + this.lookahead - MIN_MATCH;
        const bflush = t.dist(this.strstart - 1 - this.prevMatch, this.prevLength - MIN_MATCH);
        this.lookahead -= this.prevLength - 1;
        this.prevLength -= 2;
        do {
          if (++this.strstart <= maxInsert) this.insertString(this.strstart);
        } while (--this.prevLength !== 0);
        this.matchAvailable = false;
        this.matchLength = MIN_MATCH - 1;
        this.strstart++;
        if (bflush) this.flush(false);
      } else if (this.matchAvailable) {
        if (t.lit(this.window[this.strstart - 1]!)) this.flush(false);
        this.strstart++;
        this.lookahead--;
      } else {
        this.matchAvailable = true;
        this.strstart++;
        this.lookahead--;
      }
    }
    if (this.matchAvailable) {
      t.lit(this.window[this.strstart - 1]!);
      this.matchAvailable = false;
    }
    this.flush(true);
  }

  runFast(): void {
    const t = this.trees;
    const maxInsertLength = this.maxLazy;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      if (hashHead !== 0 && this.strstart - hashHead <= MAX_DIST) this.matchLength = this.longestMatch(hashHead);
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = t.dist(this.strstart - this.matchStart, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        if (this.matchLength <= maxInsertLength && this.lookahead >= MIN_MATCH) {
          this.matchLength--;
          do {
            this.strstart++;
            this.insertString(this.strstart);
          } while (--this.matchLength !== 0);
          this.strstart++;
        } else {
          this.strstart += this.matchLength;
          this.matchLength = 0;
          this.insH = this.window[this.strstart]!;
          this.insH = ((this.insH << HASH_SHIFT) ^ this.window[this.strstart + 1]!) & HASH_MASK;
        }
      } else {
        bflush = t.lit(this.window[this.strstart]!);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) this.flush(false);
    }
    this.flush(true);
  }
}

const LEVEL_FLAGS = [0, 0, 1, 1, 1, 1, 2, 3, 3, 3];

/** zlib's compress2(level) output for `input` (levels 1..9). */
export function deflateZlib(input: Uint8Array, level: number): Uint8Array {
  if (!(level >= 1 && level <= 9)) throw new RangeError('deflate level must be 1..9');
  const w = new BitWriter();
  let header = (8 + (7 << 4)) << 8;
  header |= LEVEL_FLAGS[level]! << 6;
  header += 31 - (header % 31);
  w.byte(header >>> 8);
  w.byte(header & 0xff);
  const d = new Deflater(input, level, w);
  if (CONFIG[level]![4]) d.runSlow();
  else d.runFast();
  // Adler-32, big-endian
  let a = 1;
  let b = 0;
  for (let i = 0; i < input.length; ) {
    const stop = Math.min(input.length, i + 3800);
    for (; i < stop; i++) {
      a += input[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  w.byte(b >>> 8);
  w.byte(b & 0xff);
  w.byte(a >>> 8);
  w.byte(a & 0xff);
  return w.buf.slice(0, w.n);
}
