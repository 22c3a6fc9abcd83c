// `erlts_base64`: the fast paths of stdlib/src/base64.erl. Each function takes what the
// base64 function was given and returns the result, or `false` when the input is
// anything but plain (bytes outside 0..255, a malformed group, data after the padding,
// an improper list...): base64.erl then runs its Erlang code, which gives OTP's result
// or OTP's error for those. So the fast paths only have to agree with base64.erl on
// well-formed input:
//   encode(Data)       binary or list of bytes 0..255
//   decode(Data)       decode/1: white space (tab, LF, CR, space) skipped, whole groups
//                      of four, padding "==" or "=" only in a last group, then only
//                      white space
//   mime_decode(Data)  mime_decode/1: every byte outside the alphabet skipped, padding
//                      as OTP's mime_decode takes it; a group cut short is left to
//                      base64.erl (function_clause)
import { Bitstring, binary } from '../term/bitstring.js';
import { Cons, NIL, type Term } from '../term/types.js';
import { registerNative } from './registry.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SYMBOL = new Uint8Array(64);
// -1 other byte, -2 white space, -3 '=', else the 6-bit value.
const VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  SYMBOL[i] = ALPHABET.charCodeAt(i);
  VALUE[ALPHABET.charCodeAt(i)] = i;
}
for (const c of [9, 10, 13, 32]) VALUE[c] = -2;
VALUE[61] = -3;

/** The bytes of a binary, or of a proper list of integers 0..255; undefined otherwise. */
function bytes(t: Term): Uint8Array | undefined {
  if (t instanceof Bitstring) {
    if (!t.isBinary) return undefined;
    const n = t.bitSize >>> 3;
    if ((t.bitOffset & 7) === 0) return t.buf.subarray(t.bitOffset >>> 3, (t.bitOffset >>> 3) + n);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = t.byteAt(i);
    return out;
  }
  const out: number[] = [];
  while (t instanceof Cons) {
    const h = t.hd;
    if (typeof h !== 'number' || !Number.isInteger(h) || h < 0 || h > 255) return undefined;
    out.push(h);
    t = t.tl;
  }
  return t === NIL ? Uint8Array.from(out) : undefined;
}

function encode(t: Term): Term {
  const b = bytes(t);
  if (!b) return false;
  const out = new Uint8Array(Math.ceil(b.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 3 <= b.length; i += 3) {
    const n = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out[o++] = SYMBOL[n >>> 18]!;
    out[o++] = SYMBOL[(n >>> 12) & 63]!;
    out[o++] = SYMBOL[(n >>> 6) & 63]!;
    out[o++] = SYMBOL[n & 63]!;
  }
  const rest = b.length - i;
  if (rest > 0) {
    const n = (b[i]! << 16) | (rest === 2 ? b[i + 1]! << 8 : 0);
    out[o++] = SYMBOL[n >>> 18]!;
    out[o++] = SYMBOL[(n >>> 12) & 63]!;
    out[o++] = rest === 2 ? SYMBOL[(n >>> 6) & 63]! : 61;
    out[o++] = 61;
  }
  return binary(out);
}

function decode(t: Term): Term {
  const b = bytes(t);
  if (!b) return false;
  const out = new Uint8Array(Math.floor((b.length * 3) / 4) + 3);
  let o = 0;
  const q = [0, 0, 0, 0];
  let k = 0;
  let i = 0;
  for (; i < b.length; i++) {
    const v = VALUE[b[i]!]!;
    if (v === -2) continue;
    if (v === -1) return false;
    if (v === -3) {
      // Padding: "xx==" or "xxx=" ends the data.
      if (k === 3) {
        out[o++] = (q[0]! << 2) | (q[1]! >>> 4);
        out[o++] = ((q[1]! & 15) << 4) | (q[2]! >>> 2);
      } else if (k === 2) {
        let j = i + 1;
        while (j < b.length && VALUE[b[j]!] === -2) j++;
        if (j >= b.length || b[j] !== 61) return false;
        out[o++] = (q[0]! << 2) | (q[1]! >>> 4);
        i = j;
      } else return false;
      for (i++; i < b.length; i++) if (VALUE[b[i]!] !== -2) return false;
      return binary(out.slice(0, o));
    }
    q[k++] = v;
    if (k === 4) {
      out[o++] = (q[0]! << 2) | (q[1]! >>> 4);
      out[o++] = ((q[1]! & 15) << 4) | (q[2]! >>> 2);
      out[o++] = ((q[2]! & 3) << 6) | q[3]!;
      k = 0;
    }
  }
  if (k !== 0) return false;
  return binary(out.slice(0, o));
}

function mimeDecode(t: Term): Term {
  const b = bytes(t);
  if (!b) return false;
  const out = new Uint8Array(Math.floor((b.length * 3) / 4) + 3);
  let o = 0;
  const q = [0, 0, 0, 0];
  let k = 0;
  // After a '=' in the third place (eq3) or the fourth (eq4) of a group.
  let eq3 = false;
  let eq4 = false;
  const group = () => {
    out[o++] = (q[0]! << 2) | (q[1]! >>> 4);
    out[o++] = ((q[1]! & 15) << 4) | (q[2]! >>> 2);
    out[o++] = ((q[2]! & 3) << 6) | q[3]!;
  };
  for (let i = 0; i < b.length; i++) {
    const v = VALUE[b[i]!]!;
    if (eq3 || eq4) {
      // More data after a '=': the '=' is dropped and the group goes on.
      if (v < 0) continue;
      if (eq3) {
        q[2] = v;
        k = 3;
      } else {
        q[3] = v;
        group();
        k = 0;
      }
      eq3 = eq4 = false;
      continue;
    }
    if (v >= 0) {
      q[k++] = v;
      if (k === 4) {
        group();
        k = 0;
      }
    } else if (v === -3 && k === 2) eq3 = true;
    else if (v === -3 && k === 3) eq4 = true;
  }
  if (eq3) out[o++] = (q[0]! << 2) | (q[1]! >>> 4);
  else if (eq4) {
    out[o++] = (q[0]! << 2) | (q[1]! >>> 4);
    out[o++] = ((q[1]! & 15) << 4) | (q[2]! >>> 2);
  } else if (k !== 0) return false;
  return binary(out.slice(0, o));
}

export function registerBase64Bifs(): void {
  registerNative('erlts_base64', {
    'encode/1': encode,
    'decode/1': decode,
    'mime_decode/1': mimeDecode,
  });
}
