// erlang:iolist_to_iovec/1, chunked as BEAM chunks it.
//
// The result is a list of binaries holding the iolist's bytes; where the boundaries fall
// is observable, so this follows BEAM's rules (measured, and described in OTP's
// erl_io_queue.c): bytes and binaries are copied into an accumulator; a binary of at
// least SMALL (256) bytes is passed through as it is when the accumulator is empty or
// itself at least SMALL bytes long; a large binary that would make the accumulator
// 512 bytes or more tops the accumulator up to SMALL bytes and the rest becomes its
// own (sub-)binary; once the accumulator's capacity (starting at SMALL or the first
// piece's size, doubling) has reached 32*SMALL and must grow, it is emitted and a new
// one started. Runs of bytes at one list level are appended in one piece.
import { Bitstring } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { Cons, NIL, type Term } from '../term/types.js';

const SMALL = 256;
const REALLOC_LIMIT = SMALL * 32;

class Acc {
  out: Bitstring[] = [];
  size = 0;
  capacity = 0; // 0: no accumulator allocated
  parts: (number[] | Bitstring)[] = [];

  /** Make room for `extra` more bytes, emitting the accumulator if it may not grow. */
  expand(extra: number): void {
    const required = this.size + extra;
    if (this.capacity === 0) this.capacity = Math.max(required, SMALL);
    else if (required > this.capacity) {
      if (this.capacity >= REALLOC_LIMIT) {
        this.flush();
        this.expand(extra);
        return;
      }
      this.capacity = Math.max(required, this.capacity * 2);
    }
  }

  append(p: number[] | Bitstring, n: number): void {
    this.parts.push(p);
    this.size += n;
  }

  flush(): void {
    if (this.size > 0) {
      const buf = new Uint8Array(this.size);
      let o = 0;
      for (const p of this.parts) {
        if (Array.isArray(p)) {
          buf.set(p, o);
          o += p.length;
        } else {
          buf.set(p.toBytes(), o);
          o += p.bitSize >>> 3;
        }
      }
      this.out.push(new Bitstring(buf, 0, this.size * 8));
    }
    this.parts = [];
    this.size = 0;
    this.capacity = 0;
  }

  binary(b: Bitstring): void {
    if ((b.bitSize & 7) !== 0) badarg();
    const n = b.bitSize >>> 3;
    if (n === 0) return;
    const binSmall = n < SMALL;
    const accSmall = this.size < SMALL;
    if (!binSmall && (this.size === 0 || !accSmall)) {
      this.flush();
      this.out.push(b);
    } else if (binSmall || this.size + n < SMALL * 2) {
      this.expand(n);
      this.append(b, n);
    } else {
      const spill = SMALL - this.size;
      this.expand(spill);
      this.append(b.part(0, spill), spill);
      this.flush();
      this.out.push(b.part(spill, n - spill));
    }
  }
}

export function iolistToIovec(t: Term): Term {
  if (t === NIL) return NIL;
  const acc = new Acc();
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) badarg();
    return t.bitSize === 0 ? NIL : new Cons(t, NIL);
  }
  if (!(t instanceof Cons)) return badarg();
  const stack: Term[] = [];
  let it: Term = t;
  for (;;) {
    while (it instanceof Cons) {
      const h: Term = it.hd;
      if (h instanceof Bitstring) {
        acc.binary(h);
        it = it.tl;
      } else if (typeof h === 'number' || typeof h === 'bigint') {
        const run: number[] = [];
        while (it instanceof Cons && (typeof it.hd === 'number' || typeof it.hd === 'bigint')) {
          const c: Term = it.hd;
          if (typeof c !== 'number' || c < 0 || c > 255) badarg();
          run.push(c as number);
          it = it.tl;
        }
        acc.expand(run.length);
        acc.append(run, run.length);
      } else if (h instanceof Cons || h === NIL) {
        if (it.tl !== NIL) stack.push(it.tl);
        it = h;
      } else badarg();
    }
    if (it instanceof Bitstring) acc.binary(it);
    else if (it !== NIL) badarg();
    if (stack.length === 0) break;
    it = stack.pop()!;
  }
  acc.flush();
  let r: Term = NIL;
  for (let i = acc.out.length - 1; i >= 0; i--) r = new Cons(acc.out[i]!, r);
  return r;
}
