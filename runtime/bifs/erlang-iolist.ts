// Walking iolists and bitstring lists (list_to_binary/1, iolist_size/1,
// iolist_to_binary/1, iolist_to_iovec/1, list_to_bitstring/1).
//
// An iolist is a binary, or a list whose elements are bytes (0..255), binaries or
// iolists and whose tail is [] or a binary. list_to_bitstring/1 also accepts bitstrings
// wherever a binary may be. The walk keeps pending tails on an explicit stack: iolists
// built as [Acc, X] nest as deep as they are long, and BEAM handles any depth. Anything
// else anywhere is `badarg`.
import { Bitstring } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { Cons, NIL, type Term } from '../term/types.js';

/** A piece of an iolist: a run of bytes or a bitstring. */
export type Piece = number[] | Bitstring;

/** The pieces of an iolist (or bitstring list with `bits`), in order; null if malformed. */
export function iolistPieces(t: Term, bits: boolean): Piece[] | null {
  const out: Piece[] = [];
  let run: number[] | null = null;
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let x = stack.pop()!;
    // walk one list, pushing the rest when descending into a nested list
    for (;;) {
      if (x instanceof Cons) {
        const h = x.hd;
        if (typeof h === 'number') {
          if (h < 0 || h > 255) return null;
          if (run === null) out.push((run = []));
          run.push(h);
        } else if (h instanceof Bitstring) {
          if (!bits && (h.bitSize & 7) !== 0) return null;
          if (h.bitSize > 0) {
            out.push(h);
            run = null;
          }
        } else if (h instanceof Cons) {
          stack.push(x.tl);
          x = h;
          continue;
        } else if (h !== NIL) return null;
        x = x.tl;
      } else if (x === NIL) break;
      else if (x instanceof Bitstring) {
        if (!bits && (x.bitSize & 7) !== 0) return null;
        if (x.bitSize > 0) {
          out.push(x);
          run = null;
        }
        break;
      } else return null;
    }
  }
  return out;
}

export function piecesBits(pieces: Piece[]): number {
  let n = 0;
  for (const p of pieces) n += Array.isArray(p) ? p.length * 8 : p.bitSize;
  return n;
}

/** Concatenate pieces into a fresh bitstring. */
export function concatPieces(pieces: Piece[]): Bitstring {
  const total = piecesBits(pieces);
  const buf = new Uint8Array((total + 7) >>> 3);
  let pos = 0; // in bits
  for (const p of pieces) {
    if (Array.isArray(p)) {
      if ((pos & 7) === 0) {
        buf.set(p, pos >>> 3);
        pos += p.length * 8;
      } else for (const b of p) pos = putBits(buf, pos, b, 8);
    } else if ((pos & 7) === 0 && (p.bitOffset & 7) === 0) {
      const n = p.bitSize >>> 3;
      const start = p.bitOffset >>> 3;
      buf.set(p.buf.subarray(start, start + n), pos >>> 3);
      pos += n * 8;
      const t = p.bitSize & 7;
      if (t !== 0) pos = putBits(buf, pos, p.tailBits, t);
    } else {
      const n = p.bitSize >>> 3;
      for (let i = 0; i < n; i++) pos = putBits(buf, pos, p.byteAt(i), 8);
      const t = p.bitSize & 7;
      if (t !== 0) pos = putBits(buf, pos, p.tailBits, t);
    }
  }
  return new Bitstring(buf, 0, total);
}

/** Write the low `n` bits of `v` at bit `pos` (MSB first); returns the new position. */
function putBits(buf: Uint8Array, pos: number, v: number, n: number): number {
  for (let i = n - 1; i >= 0; i--) {
    if ((v >>> i) & 1) buf[pos >>> 3] = buf[pos >>> 3]! | (0x80 >>> (pos & 7));
    pos++;
  }
  return pos;
}

/** The pieces of an iolist, badarg if it is not one. */
export function iolistPiecesOrBadarg(t: Term): Piece[] {
  const p = iolistPieces(t, false);
  if (p === null) badarg();
  return p as Piece[];
}
