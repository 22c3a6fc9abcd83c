// Term hashing: erlang:phash2/1,2 (portable, must equal OTP's bit for bit) and the
// internal hash that places keys in large maps (must equal OTP 25's so that large maps
// iterate, print and serialise in OTP's order).
//
// Both are the algorithms OTP documents and ships (erts utils.c, described here in our
// own words and code):
//
// * The mixing step is Bob Jenkins' 1996 `mix(a, b, c)` on 32-bit words, with the
//   golden-ratio constant H = 0x9e3779b9 and its multiples H*k mod 2^32 ("HCONST_k") as
//   per-type salts. `hash2(x, y, k)` feeds two words: a = H_k + x, b = H_k + y,
//   mix(a, b, hash) and keeps c as the new hash. `hash1(x, k)` is hash2(x, 0, k).
// * Binaries are hashed with Jenkins' lookup2 block hash (12-byte blocks, length folded
//   into c), seeded with H_13 + the running hash; trailing bits add
//   hash2(bits, value, H_15).
// * phash2 walks the term depth-first with an explicit stack, as OTP does, and the
//   exact order of pushes matters: tuples hash their arity then elements 1..n; lists run
//   bytes (0..255) four at a time into one word; maps hash each key/value pair from a
//   zero state and XOR the pair hashes, so the result does not depend on the order of
//   pairs, nor on the HAMT's shape (we feed the pairs in iterator order).
//   Atoms use the atom table's hash of the name (hashpjw over the UTF-8 bytes, folding
//   two-byte sequences that encode Latin-1 characters back to one byte). Integers that
//   fit 28 signed bits hash as one word; larger ones by 64-bit digits of the magnitude.
//   phash2/1 keeps the low 27 bits; phash2/2 takes the hash modulo the range (a mask for
//   powers of two).
// * The internal hash (make_internal_hash in OTP 25, x86-64) starts from
//   salt ^ 3432918353 and hashes an immediate term by its 64-bit tagged machine word:
//   small integers as (n << 4) | 0xF, atoms as (index << 6) | 0xB, [] as 0x3B. So an
//   atom's hash depends on its index in the atom table: we give atoms indices in order of
//   first use (a BEAM VM does the same, but its indices depend on its whole history).
//   Pids and ports are immediates in BEAM too; we build their words from our fields.
import { Cons, Float, Pid, Port, Ref, Fun, TAG_BITS, TAG_CONS, TAG_FLOAT, TAG_FUN, TAG_MAP, TAG_NIL, TAG_PID, TAG_PORT, TAG_REF, type Term } from './types.js';
import type { Bitstring } from './bitstring.js';
import type { ErlMap } from './map.js';
import { badarg } from './errors.js';
import { magnitudeWords } from './int.js';

const H = 0x9e3779b9 | 0;
/** H * k mod 2^32. */
function hk(k: number): number {
  return Math.imul(H, k) | 0;
}
const H2 = hk(2), H3 = hk(3), H4 = hk(4), H5 = hk(5), H6 = hk(6), H7 = hk(7), H8 = hk(8), H9 = hk(9);
const H10 = hk(10), H11 = hk(11), H12 = hk(12), H13 = hk(13), H14 = hk(14), H15 = hk(15), H16 = hk(16);
const H17 = hk(17), H18 = hk(18), H19 = hk(19), H20 = hk(20), H21 = hk(21), H22 = hk(22);

/** Jenkins' mix; returns the new c (all we keep). Inputs are uint32 or int32 words. */
function mix(a: number, b: number, c: number): number {
  a = (a - b - c) | 0; a ^= c >>> 13;
  b = (b - c - a) | 0; b ^= a << 8;
  c = (c - a - b) | 0; c ^= b >>> 13;
  a = (a - b - c) | 0; a ^= c >>> 12;
  b = (b - c - a) | 0; b ^= a << 16;
  c = (c - a - b) | 0; c ^= b >>> 5;
  a = (a - b - c) | 0; a ^= c >>> 3;
  b = (b - c - a) | 0; b ^= a << 10;
  c = (c - a - b) | 0; c ^= b >>> 15;
  return c | 0;
}

function hash2(x: number, y: number, k: number, hash: number): number {
  return mix((k + x) | 0, (k + y) | 0, hash | 0);
}

/** Jenkins' lookup2 over the `n` bytes of `p` from `o`, seeded with `init`. */
function blockHash(p: Uint8Array, o: number, n: number, init: number): number {
  let a = H | 0;
  let b = H | 0;
  let c = init | 0;
  let k = 0;
  let len = n;
  while (len >= 12) {
    a = (a + (p[o + k]! + (p[o + k + 1]! << 8) + (p[o + k + 2]! << 16) + (p[o + k + 3]! << 24))) | 0;
    b = (b + (p[o + k + 4]! + (p[o + k + 5]! << 8) + (p[o + k + 6]! << 16) + (p[o + k + 7]! << 24))) | 0;
    c = (c + (p[o + k + 8]! + (p[o + k + 9]! << 8) + (p[o + k + 10]! << 16) + (p[o + k + 11]! << 24))) | 0;
    // mix(a, b, c), keeping all three
    a = (a - b - c) | 0; a ^= c >>> 13;
    b = (b - c - a) | 0; b ^= a << 8;
    c = (c - a - b) | 0; c ^= b >>> 13;
    a = (a - b - c) | 0; a ^= c >>> 12;
    b = (b - c - a) | 0; b ^= a << 16;
    c = (c - a - b) | 0; c ^= b >>> 5;
    a = (a - b - c) | 0; a ^= c >>> 3;
    b = (b - c - a) | 0; b ^= a << 10;
    c = (c - a - b) | 0; c ^= b >>> 15;
    k += 12;
    len -= 12;
  }
  c = (c + n) | 0;
  // the remaining 0..11 bytes; the low byte of c is taken by the length
  if (len >= 11) c = (c + (p[o + k + 10]! << 24)) | 0;
  if (len >= 10) c = (c + (p[o + k + 9]! << 16)) | 0;
  if (len >= 9) c = (c + (p[o + k + 8]! << 8)) | 0;
  if (len >= 8) b = (b + (p[o + k + 7]! << 24)) | 0;
  if (len >= 7) b = (b + (p[o + k + 6]! << 16)) | 0;
  if (len >= 6) b = (b + (p[o + k + 5]! << 8)) | 0;
  if (len >= 5) b = (b + p[o + k + 4]!) | 0;
  if (len >= 4) a = (a + (p[o + k + 3]! << 24)) | 0;
  if (len >= 3) a = (a + (p[o + k + 2]! << 16)) | 0;
  if (len >= 2) a = (a + (p[o + k + 1]! << 8)) | 0;
  if (len >= 1) a = (a + p[o + k]!) | 0;
  return mix(a, b, c);
}

function hashBits(bs: Bitstring, hash: number): number {
  const con = (H13 + hash) | 0;
  const sz = bs.bitSize >>> 3;
  const rest = bs.bitSize & 7;
  if (sz === 0 && rest === 0) return con;
  let h: number;
  if ((bs.bitOffset & 7) === 0) h = blockHash(bs.buf, bs.bitOffset >>> 3, sz, con);
  else h = blockHash(bs.toBytes(), 0, sz, con);
  if (rest > 0) h = hash2(rest, bs.tailBits, H15, h);
  return h;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[0] low word, u32[1] high word

// ------------------------------------------------------------------ atom data

const textEncoder = new TextEncoder();
const atomHashes = new Map<string, number>();

/** The atom table's hash of an atom name (hashpjw over UTF-8, Latin-1 pairs folded). */
export function atomHash(name: string): number {
  let h = atomHashes.get(name);
  if (h !== undefined) return h;
  const p = textEncoder.encode(name);
  h = 0;
  let len = p.length;
  let i = 0;
  while (len--) {
    let v = p[i++]!;
    if (len && (v & 0xfe) === 0xc2 && (p[i]! & 0xc0) === 0x80) {
      v = ((v << 6) | (p[i]! & 0x3f)) & 0xff;
      i++;
      len--;
    }
    h = ((h << 4) + v) >>> 0;
    const g: number = h & 0xf0000000;
    if (g) {
      h = (h ^ (g >>> 24)) >>> 0;
      h = (h ^ g) >>> 0;
    }
  }
  atomHashes.set(name, h);
  return h;
}

const atomIndices = new Map<string, number>();
/** This runtime's atom-table index of an atom (assigned on first use). */
export function atomIndex(name: string): number {
  let i = atomIndices.get(name);
  if (i === undefined) {
    i = atomIndices.size;
    atomIndices.set(name, i);
  }
  return i;
}
// Give `false` and `true` BEAM's indices (0 and 1): they are the first atoms there too.
atomIndex('false');
atomIndex('true');

function atomOf(t: string | boolean): string {
  return typeof t === 'string' ? t : t ? 'true' : 'false';
}

// ---------------------------------------------------------------------- phash2

const MAP_TAIL = { op: 'map_tail' };
const MAP_PAIR = { op: 'map_pair' };
const CDR_MARK = { op: 'cdr' };
type Op = typeof MAP_TAIL;
type Item = Term | Op | number;

// BEAM's small integers on 64 bits: -2^59 .. 2^59-1 (always bigints here beyond 2^53).
const MIN_SMALL_N = -(1n << 59n);
const MAX_SMALL_N = (1n << 59n) - 1n;
const TWO28 = 2 ** 28;
const TWO32 = 2 ** 32;

/** 64-bit digits (least significant first) of |n|, as [low32, high32] words. */
function bigWords(n: bigint): number[] {
  const out = magnitudeWords(n);
  if (out.length & 1) out.push(0);
  return out;
}

function hashBigDigits(n: bigint | number, k: number, hash: number): number {
  const words = typeof n === 'bigint' ? bigWords(n) : numWords(n);
  for (let i = 0; i < words.length; i += 2) hash = hash2(words[i]!, words[i + 1]!, k, hash);
  return hash;
}

function numWords(n: number): number[] {
  const a = Math.abs(n);
  return [a % TWO32, Math.floor(a / TWO32)];
}

/** erlang:phash2/1. */
export function phash2(t: Term): number {
  return makeHash2(t) & 0x7ffffff;
}

/** erlang:phash2/2: range must be an integer in 1..2^32 (else badarg). */
export function phash2Range(t: Term, range: Term): number {
  if (typeof range === 'bigint') {
    if (range !== 4294967296n) badarg();
    return makeHash2(t) >>> 0;
  }
  if (typeof range !== 'number' || range < 1 || range > TWO32) badarg();
  const h = makeHash2(t) >>> 0;
  if (range === TWO32) return h;
  if ((range & (range - 1)) === 0) return (h & (range - 1)) >>> 0;
  return h % range;
}

/** The full 32-bit portable hash (OTP's make_hash2), unsigned. */
export function make_hash2(term: Term): number {
  return makeHash2(term) >>> 0;
}

// Hash words are int32 throughout (V8 keeps those unboxed); unsigned only at the API.
function makeHash2(term: Term): number {
  // Immediate fast paths, as OTP takes them (no mixing for an atom at the top).
  if (typeof term === 'string' || typeof term === 'boolean') return atomHash(atomOf(term)) | 0;
  if (typeof term === 'number' && term >= -0x8000000 && term < 0x8000000) return sint32Hash(term, 0);
  return makeHash2Compound(term);
}

function makeHash2Compound(term: Term): number {
  const s: Item[] = [];
  let hash = 0;
  let xorPairs = 0;
  let t: Item = term;
  for (;;) {
    // ---- hash `t` into `hash`
    hashOne: {
      if (typeof t === 'number') {
        if (t >= -0x8000000 && t < 0x8000000) hash = sint32Hash(t, hash);
        else hash = hashBigDigits(t, t < 0 ? H10 : H11, hash);
        break hashOne;
      }
      if (typeof t === 'bigint') {
        hash = hashBigDigits(t, t < 0n ? H10 : H11, hash);
        break hashOne;
      }
      if (typeof t === 'string' || typeof t === 'boolean') {
        const av = atomHash(atomOf(t));
        hash = hash === 0 ? av | 0 : hash2(av, 0, H3, hash);
        break hashOne;
      }
      if (Array.isArray(t)) {
        const arity = t.length;
        hash = hash2(arity, 0, H9, hash);
        if (arity === 0) break hashOne;
        for (let i = arity - 1; i >= 1; i--) s.push(t[i]!);
        t = t[0]!;
        continue;
      }
      switch ((t as { tag: number }).tag) {
        case TAG_NIL:
          hash = hash === 0 ? 3468870702 | 0 : hash2(2 /* NIL_DEF */, 0, H2, hash);
          break hashOne;
        case TAG_CONS: {
          let c = 0;
          let sh = 0;
          let cell = t as Cons;
          let cur: Term = cell;
          while (typeof cell.hd === 'number' && cell.hd >= 0 && cell.hd <= 255) {
            sh = ((sh << 8) + cell.hd) | 0;
            if (c === 3) {
              hash = hash2(sh, 0, H4, hash);
              c = sh = 0;
            } else c++;
            cur = cell.tl;
            if (!(cur instanceof Cons)) break;
            cell = cur;
          }
          if (c > 0) hash = hash2(sh, 0, H4, hash);
          if (cur instanceof Cons) {
            s.push(cell.tl);
            t = cell.hd;
          } else t = cur;
          continue;
        }
        case TAG_FLOAT: {
          let v = (t as Float).value;
          if (v === 0) v = 0;
          f64[0] = v;
          hash = hash2(u32[1]!, u32[0]!, H12, hash);
          break hashOne;
        }
        case TAG_BITS:
          hash = hashBits(t as Bitstring, hash);
          break hashOne;
        case TAG_MAP: {
          const m = t as ErlMap;
          hash = hash2(m.size, 0, H16, hash);
          if (m.size === 0) break hashOne;
          s.push(xorPairs, hash, MAP_TAIL);
          hash = 0;
          xorPairs = 0;
          if (m.root === null) {
            for (let i = m.size - 1; i >= 0; i--) s.push(MAP_PAIR, m.vals[i]!, m.keys[i]!);
          } else m.forEach((k, v) => void s.push(MAP_PAIR, v, k));
          break hashOne;
        }
        case TAG_FUN: {
          const f = t as Fun;
          if (f.isExport) {
            hash = hash2(f.arity, atomHash(f.module), H, hash);
            hash = hash2(atomHash(f.name), 0, H14, hash);
            break hashOne;
          }
          hash = hash2(f.env.length, atomHash(f.module), H, hash);
          hash = hash2(f.oldIndex, f.uniq, H, hash);
          if (f.env.length === 0) break hashOne;
          for (let i = f.env.length - 1; i >= 1; i--) s.push(f.env[i]!);
          t = f.env[0]!;
          continue;
        }
        case TAG_PID:
          hash = hash2((t as Pid).id, 0, H5, hash);
          break hashOne;
        case TAG_PORT:
          hash = portHash2(t as Port, hash);
          break hashOne;
        case TAG_REF:
          hash = hash2((t as Ref).ids[0] ?? 0, 0, H7, hash);
          break hashOne;
      }
      throw new Error('phash2: not a term');
    }
    // ---- pop the next item
    for (;;) {
      if (s.length === 0) return hash;
      const next = s.pop()!;
      if (next === MAP_TAIL) {
        hash = s.pop() as number;
        hash = hash2(xorPairs, 0, H19, hash);
        xorPairs = s.pop() as number;
        continue;
      }
      if (next === MAP_PAIR) {
        xorPairs = xorPairs ^ hash;
        hash = 0;
        continue;
      }
      t = next;
      break;
    }
  }
}

function portHash2(p: Port, hash: number): number {
  const id = p.id;
  if (typeof id === 'bigint') return hash2(Number(id & 0xffffffffn), Number(id >> 32n), H6, hash);
  return hash2(id % TWO32, Math.floor(id / TWO32), H6, hash);
}

function sint32Hash(x: number, hash: number): number {
  if (x < 0) hash = hash2(-x, 0, H, hash);
  return hash2(x, 0, H, hash);
}

// ---------------------------------------------------------------- internal hash

const INTERNAL_SALT = 3432918353 | 0;

/** A small integer's word (n << 4) | 0xF, as two 32-bit halves, hashed into `hash`. */
function smallHash(n: number | bigint, hash: number): number {
  if (typeof n === 'number') {
    if ((n | 0) === n && n >= 0 && n < TWO28) return hash2((n << 4) | 15, 0, H, hash);
    const q = Math.floor(n / TWO28);
    const r = n - q * TWO28;
    return hash2((r * 16 + 15) >>> 0, q >>> 0, H, hash);
  }
  const w = BigInt.asUintN(64, (n << 4n) | 0xfn);
  return hash2(Number(w & 0xffffffffn), Number(w >> 32n), H, hash);
}

function immHash(lo: number, hi: number, hash: number): number {
  return hash2(lo, hi, H, hash);
}

/** OTP 25's make_internal_hash(Term, Salt) on a 64-bit machine, unsigned. */
export function internalHash(term: Term, salt: number): number {
  return internalHash32(term, salt) >>> 0;
}

/** internalHash as an int32 (what the HAMT uses). */
export function internalHash32(term: Term, salt: number): number {
  const hash = salt ^ INTERNAL_SALT;
  if (typeof term === 'number') return smallHash(term, hash);
  if (typeof term === 'string' || typeof term === 'boolean') {
    const i = atomIndex(atomOf(term));
    return immHash((i << 6) | 0xb, Math.floor(i / 2 ** 26), hash);
  }
  return internalHashCompound(term, hash);
}

function internalHashCompound(term: Term, hash: number): number {
  const s: Item[] = [];
  let t: Item = term;
  for (;;) {
    hashOne: {
      if (typeof t === 'number' || typeof t === 'bigint') {
        if (typeof t === 'number' || (t >= MIN_SMALL_N && t <= MAX_SMALL_N)) {
          hash = smallHash(t, hash);
        } else hash = hashBigDigits(t, (typeof t === 'bigint' ? t < 0n : t < 0) ? H10 : H11, hash);
        break hashOne;
      }
      if (typeof t === 'string' || typeof t === 'boolean') {
        const i = atomIndex(atomOf(t));
        hash = immHash(((i << 6) | 0xb) >>> 0, Math.floor(i / 2 ** 26), hash);
        break hashOne;
      }
      if (Array.isArray(t)) {
        const arity = t.length;
        hash = hash2(arity, 0, H9, hash);
        if (arity === 0) break hashOne;
        for (let i = arity - 1; i >= 1; i--) s.push(t[i]!);
        t = t[0]!;
        continue;
      }
      switch ((t as { tag: number }).tag) {
        case TAG_NIL:
          hash = immHash(0x3b, 0, hash); // [] is the word 0x3B (measured)
          break hashOne;
        case TAG_CONS: {
          let c = 0;
          let sh = 0;
          let cell = t as Cons;
          let cur: Term = cell;
          while (typeof cell.hd === 'number' && cell.hd >= 0 && cell.hd <= 255) {
            sh = ((sh << 8) + cell.hd) | 0;
            if (c === 3) {
              hash = hash2(sh, 0, H4, hash);
              c = sh = 0;
            } else c++;
            cur = cell.tl;
            if (!(cur instanceof Cons)) break;
            cell = cur;
          }
          if (c > 0) hash = hash2(sh, c, H22, hash);
          if (cur instanceof Cons) {
            const tl = cell.tl;
            hash = constHash(H17, hash);
            s.push(tl);
            if (!(tl instanceof Cons)) s.push(CDR_MARK);
            t = cell.hd;
          } else t = cur;
          continue;
        }
        case TAG_FLOAT: {
          let v = (t as Float).value;
          if (v === 0) v = 0;
          f64[0] = v;
          hash = hash2(u32[0]!, u32[1]!, H12, hash);
          break hashOne;
        }
        case TAG_BITS:
          hash = hashBits(t as Bitstring, hash);
          break hashOne;
        case TAG_MAP: {
          const m = t as ErlMap;
          hash = hash2(m.size, 0, H16, hash);
          if (m.size === 0) break hashOne;
          if (m.root === null) {
            for (let i = m.size - 1; i >= 0; i--) s.push(m.vals[i]!, m.keys[i]!);
          } else m.forEach((k, v) => void s.push(v, k));
          break hashOne;
        }
        case TAG_FUN: {
          const f = t as Fun;
          if (f.isExport) {
            // BEAM hashes the export entry's address; we hash its identity instead.
            hash = hash2(atomIndex(f.module), atomIndex(f.name), H14, hash);
            hash = hash2(f.arity, 0, H14, hash);
            break hashOne;
          }
          hash = hash2(f.env.length, ((atomIndex(f.module) << 6) | 0xb) >>> 0, H20, hash);
          hash = hash2(f.oldIndex, f.uniq, H21, hash);
          if (f.env.length === 0) break hashOne;
          for (let i = f.env.length - 1; i >= 1; i--) s.push(f.env[i]!);
          t = f.env[0]!;
          continue;
        }
        case TAG_PID: {
          const p = t as Pid;
          hash = immHash(((((p.serial << 15) | (p.id & 0x7fff)) << 4) | 3) >>> 0, 0, hash);
          break hashOne;
        }
        case TAG_PORT: {
          const p = t as Port;
          const id = typeof p.id === 'bigint' ? Number(p.id & 0xfffffffn) : p.id % TWO28;
          hash = immHash(((id << 4) | 7) >>> 0, 0, hash);
          break hashOne;
        }
        case TAG_REF: {
          const ids = (t as Ref).ids;
          hash = hash2(ids[0] ?? 0, 0, H7, hash);
          hash = hash2(ids[1] ?? 0, ids[2] ?? 0, H8, hash);
          break hashOne;
        }
      }
      throw new Error('internalHash: not a term');
    }
    for (;;) {
      if (s.length === 0) return hash;
      const next = s.pop()!;
      if (next === CDR_MARK) {
        hash = constHash(H18, hash);
        continue;
      }
      t = next;
      break;
    }
  }
}

function constHash(k: number, hash: number): number {
  hash ^= k;
  return (hash << 17) | (hash >>> 15);
}
