// erlang:phash/2, the portable hash's predecessor (BEAM's make_hash), still used by old
// code for stable hashing.
//
// A 32-bit state updated term by term, depth first, with a different prime per kind of
// term: atoms add the atom table's hashpjw value, small integers add their magnitude
// byte by byte (two 32-bit words when it needs more than 32 bits) and then a sign
// factor, bignums add every byte of their 64-bit digits (the top digit only 4 bytes
// when its high half is zero), floats add the XOR of their two words (0.0 and -0.0
// alike), binaries add bytes then their size, lists of bytes fold the bytes directly,
// other lists hash head then tail with one closing factor, tuples hash their elements
// then their arity. phash(T, Range) is 1 + hash mod Range, Range in 1..2^32.
//
// Not reproduced: maps, funs and ports (hashed here with phash2's function instead:
// the result is stable but not OTP's number).
import { Bitstring } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { atomHash, make_hash2 } from '../term/hash.js';
import { Cons, Float, NIL, Pid, Ref, type Term } from '../term/types.js';

const N1 = 268440163;
const N2 = 268439161;
const N3 = 268435459;
const N4 = 268436141;
const N5 = 268438633;
const N6 = 268437017;
const N8 = 268437511;
const N9 = 268439627;
const N10 = 268440479;
const N12 = 268440581;

const SMALL_MAX = 2 ** 59; // BEAM's small integers on 64-bit machines: |n| < 2^59

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function step(h: number, p: number, x: number): number {
  return (Math.imul(h, p) + x) >>> 0;
}

/** Four bytes of a 32-bit word, least significant first. */
function word(h: number, p: number, x: number): number {
  h = step(h, p, x & 0xff);
  h = step(h, p, (x >>> 8) & 0xff);
  h = step(h, p, (x >>> 16) & 0xff);
  return step(h, p, x >>> 24);
}

function hashInt(h: number, n: number | bigint): number {
  const neg = typeof n === 'number' ? n < 0 : n < 0n;
  if (typeof n === 'number' && Math.abs(n) < SMALL_MAX) {
    const a = Math.abs(n);
    const lo = a % 4294967296;
    const hi = Math.floor(a / 4294967296);
    h = word(h, N2, lo);
    if (hi !== 0) h = word(h, N2, hi);
    return Math.imul(h, neg ? N4 : N3) >>> 0;
  }
  let m = BigInt(n);
  if (m < 0n) m = -m;
  const digits: bigint[] = [];
  while (m > 0n) {
    digits.push(BigInt.asUintN(64, m));
    m >>= 64n;
  }
  for (let i = 0; i < digits.length; i++) {
    const d = digits[i]!;
    const lo = Number(d & 0xffffffffn);
    const hi = Number(d >> 32n);
    h = word(h, N2, lo);
    if (i < digits.length - 1 || hi !== 0) h = word(h, N2, hi);
  }
  return Math.imul(h, neg ? N4 : N3) >>> 0;
}

function hashBits(h: number, b: Bitstring): number {
  const size = b.bitSize >>> 3;
  for (let i = 0; i < size; i++) h = step(h, N1, b.byteAt(i));
  const t = b.bitSize & 7;
  if (t !== 0) h = (Math.imul(step(h, N1, b.tailBits), N12) + t) >>> 0;
  return step(h, N4, size);
}

const CDR_POST = Symbol('cdr');
const TUPLE_END = Symbol('tuple');

/** BEAM's make_hash of a term (unsigned 32 bits). */
export function makeHash(term: Term): number {
  let h = 0;
  const stack: (Term | symbol)[] = [term];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t === CDR_POST) {
      h = Math.imul(h, N8) >>> 0;
      continue;
    }
    if (t === TUPLE_END) {
      const arity = stack.pop() as number;
      h = step(h, N9, arity);
      continue;
    }
    const x = t as Term;
    if (typeof x === 'string' || typeof x === 'boolean') h = step(h, N1, atomHash(x === true ? 'true' : x === false ? 'false' : x));
    else if (typeof x === 'number' || typeof x === 'bigint') h = hashInt(h, x);
    else if (x === NIL) h = step(h, N3, 1);
    else if (x instanceof Cons) {
      // bytes are folded in directly; the first non-byte element is hashed as a term
      let l: Term = x;
      let done = false;
      while (l instanceof Cons && typeof l.hd === 'number' && l.hd >= 0 && l.hd <= 255) {
        h = step(h, N2, l.hd);
        if (!(l.tl instanceof Cons)) {
          stack.push(CDR_POST, l.tl);
          done = true;
          break;
        }
        l = l.tl;
      }
      if (done) continue;
      const c = l as Cons;
      // the tail, then the head (popped first)
      pushTail(stack, c.tl);
      stack.push(c.hd);
    } else if (Array.isArray(x)) {
      stack.push(x.length, TUPLE_END);
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]!);
    } else if (x instanceof Float) {
      f64[0] = x.value === 0 ? 0 : x.value;
      h = step(h, N6, (u32[0]! ^ u32[1]!) >>> 0);
    } else if (x instanceof Bitstring) h = hashBits(h, x);
    else if (x instanceof Pid) h = Math.imul(word(h, N5, x.id), N6) >>> 0;
    else if (x instanceof Ref) h = Math.imul(word(h, N9, x.ids[0] ?? 0), N10) >>> 0;
    else h = (Math.imul(h, N1) + make_hash2(x)) >>> 0;
  }
  return h;
}

/** After a cons cell's head: its tail is a list (continue walking it) or ends the list. */
function pushTail(stack: (Term | symbol)[], tl: Term): void {
  if (tl instanceof Cons) stack.push(tl);
  else stack.push(CDR_POST, tl);
}

export function phash(term: Term, range: Term): number {
  let r: number;
  if (typeof range === 'bigint') {
    if (range !== 4294967296n) badarg();
    r = 4294967296;
  } else if (typeof range !== 'number' || range < 1 || range > 4294967296) return badarg();
  else r = range;
  return 1 + (makeHash(term) % r);
}
