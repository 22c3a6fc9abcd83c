// erlang BIFs on binaries and bitstrings: list_to_binary/1, binary_to_list/1,3,
// bitstring_to_list/1, list_to_bitstring/1, iolist_size/1, iolist_to_binary/1,
// iolist_to_iovec/1, byte_size/1, bit_size/1, split_binary/2, binary_part/2,3,
// term_to_binary/1,2, binary_to_term/1,2.
//
// Sub-binaries share their bytes (Bitstring.sub), as BEAM's do. Positions and lengths
// count whole bytes; a bitstring's trailing bits are beyond every byte position, so
// split_binary(<<1,2,3:4>>, 1) is {<<1>>, <<2,3:4>>} but position 3 does not exist.
// iolist_to_iovec/1, whose chunking is observable, is erlang-iovec.ts.
import { Bitstring } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { binaryToTermBif, termToBinaryBif } from '../term/etf.js';
import { fromBytes } from '../term/list.js';
import { Cons, NIL, type Term } from '../term/types.js';
import { concatPieces, iolistPieces, iolistPiecesOrBadarg, piecesBits, type Piece } from './erlang-iolist.js';
import { iolistToIovec } from './erlang-iovec.js';
import type { NativeModule } from './registry.js';

function bits(t: Term): Bitstring {
  if (!(t instanceof Bitstring)) badarg();
  return t as Bitstring;
}

function bin(t: Term): Bitstring {
  if (!(t instanceof Bitstring) || (t.bitSize & 7) !== 0) badarg();
  return t as Bitstring;
}

function smallInt(t: Term): number {
  if (typeof t !== 'number') badarg();
  return t as number;
}

export function listToBinary(l: Term): Bitstring {
  if (l !== NIL && !(l instanceof Cons)) badarg();
  return concatPieces(iolistPiecesOrBadarg(l));
}

export function iolistToBinary(l: Term): Bitstring {
  if (l instanceof Bitstring) return bin(l);
  return listToBinary(l);
}

export function iolistSize(l: Term): number {
  return piecesBits(iolistPiecesOrBadarg(l)) / 8;
}

export function listToBitstring(l: Term): Bitstring {
  if (l !== NIL && !(l instanceof Cons)) badarg();
  const p = iolistPieces(l, true);
  if (p === null) badarg();
  return concatPieces(p as Piece[]);
}

export function binaryToList(b: Term): Term {
  return fromBytes(bin(b).toBytes());
}

/** binary_to_list(B, Start, Stop): bytes Start..Stop, 1-based and inclusive. */
export function binaryToList3(b: Term, start: Term, stop: Term): Term {
  const x = bits(b);
  const s = smallInt(start);
  const e = smallInt(stop);
  const size = x.bitSize >>> 3;
  if (s < 1 || e < s || e > size) badarg();
  return fromBytes(x.part(s - 1, e - s + 1).toBytes());
}

export function bitstringToList(b: Term): Term {
  const x = bits(b);
  const whole = x.bitSize >>> 3;
  const rest = x.bitSize & 7;
  const tail: Term = rest === 0 ? NIL : new Cons(x.sub(whole * 8, rest), NIL);
  return fromBytes(x.part(0, whole).toBytes(), tail);
}

export function splitBinary(b: Term, n: Term): Term {
  const x = bits(b);
  const k = smallInt(n);
  if (k < 0 || k > x.bitSize >>> 3) badarg();
  return [x.sub(0, k * 8), x.sub(k * 8, x.bitSize - k * 8)];
}

export function binaryPart(b: Term, start: Term, length: Term): Bitstring {
  const x = bits(b);
  let s = smallInt(start);
  let len = smallInt(length);
  if (len < 0) {
    s += len;
    len = -len;
  }
  if (s < 0 || s + len > x.bitSize >>> 3) badarg();
  return x.part(s, len);
}

export function binaryPart2(b: Term, pos: Term): Bitstring {
  if (!Array.isArray(pos) || pos.length !== 2) return badarg();
  return binaryPart(b, pos[0]!, pos[1]!);
}

export const binaryBifs: NativeModule = {
  'list_to_binary/1': listToBinary,
  'binary_to_list/1': binaryToList,
  'binary_to_list/3': binaryToList3,
  'bitstring_to_list/1': bitstringToList,
  'list_to_bitstring/1': listToBitstring,
  'iolist_size/1': iolistSize,
  'iolist_to_binary/1': iolistToBinary,
  'iolist_to_iovec/1': iolistToIovec,
  'byte_size/1': (b) => bits(b).byteSize,
  'bit_size/1': (b) => bits(b).bitSize,
  'split_binary/2': splitBinary,
  'binary_part/2': binaryPart2,
  'binary_part/3': binaryPart,
  'term_to_binary/1': (t) => termToBinaryBif(t),
  'term_to_binary/2': (t, o) => termToBinaryBif(t, o),
  'binary_to_term/1': (b) => binaryToTermBif(b),
  'binary_to_term/2': (b, o) => binaryToTermBif(b, o),
};
