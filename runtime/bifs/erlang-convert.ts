// erlang BIFs between numbers and text: integer_to_list/1,2, integer_to_binary/1,2,
// list_to_integer/1,2, binary_to_integer/1,2, float_to_list/1,2, float_to_binary/1,2,
// list_to_float/1, binary_to_float/1.
//
// Integers print in bases 2..36 with uppercase digits and parse with an optional sign
// and at least one digit, case-insensitively; anything else is `badarg`. Floats parse
// only in Erlang's own syntax (digits, a point, digits, an optional exponent), so "1",
// "1." and ".5" are `badarg`; a value beyond the double range is `badarg`, one below it
// becomes 0.0 (as C's strtod, which BEAM uses). Float formatting is erlang-float-format.ts.
import { Bitstring, binary } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { normBig } from '../term/int.js';
import { fromString } from '../term/list.js';
import { formatFloat } from '../term/print.js';
import { Cons, Float, NIL, type Int, type Term } from '../term/types.js';
import { formatDecimals, printfScientific } from './erlang-float-format.js';
import type { NativeModule } from './registry.js';

function base(b: Term): number {
  if (typeof b !== 'number' || b < 2 || b > 36) badarg();
  return b as number;
}

function intText(n: Term, b: number): string {
  if (typeof n === 'number') return n.toString(b).toUpperCase();
  if (typeof n === 'bigint') return n.toString(b).toUpperCase();
  return badarg();
}

const latin1 = (s: string): Bitstring => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return binary(out);
};

/** The characters of a proper list of character codes (any code point), or undefined. */
function listChars(l: Term): string | undefined {
  let s = '';
  while (l instanceof Cons) {
    const c = l.hd;
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff) return undefined;
    s += String.fromCodePoint(c);
    l = l.tl;
  }
  return l === NIL ? s : undefined;
}

function binaryChars(b: Term): string | undefined {
  if (!(b instanceof Bitstring) || !b.isBinary) return undefined;
  return String.fromCharCode(...b.toBytes());
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** Parse [+-]digits in base `b`; badarg if malformed. */
export function parseInteger(s: string | undefined, b: number): Int {
  if (s === undefined) return badarg();
  let i = 0;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    i = 1;
  }
  if (i >= s.length) return badarg();
  for (let j = i; j < s.length; j++) if (digitValue(s.charCodeAt(j)) >= b) return badarg();
  const digits = s.slice(i);
  if (digits.length <= 10 || (b === 10 && digits.length <= 15)) {
    const v = parseInt(digits, b);
    return neg ? 0 - v : v;
  }
  let acc: bigint;
  if (b === 10) acc = BigInt(digits);
  else if (b === 16) acc = BigInt('0x' + digits);
  else if (b === 8) acc = BigInt('0o' + digits);
  else if (b === 2) acc = BigInt('0b' + digits);
  else {
    acc = 0n;
    const bb = BigInt(b);
    for (let j = 0; j < digits.length; j += 8) {
      const chunk = digits.slice(j, j + 8);
      acc = acc * bb ** BigInt(chunk.length) + BigInt(parseInt(chunk, b));
    }
  }
  return normBig(neg ? -acc : acc);
}

const FLOAT_SYNTAX = /^[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?$/;

export function parseFloat(s: string | undefined): Float {
  if (s === undefined || !FLOAT_SYNTAX.test(s)) return badarg();
  const v = Number(s);
  if (!Number.isFinite(v)) badarg();
  return new Float(v);
}

/** float_to_list/2's text for an option list; badarg on bad options or a non-float. */
export function floatText(f: Term, opts: Term): string {
  if (!(f instanceof Float)) return badarg();
  // the last of decimals/scientific/short wins; compact only matters for decimals
  let mode: 'sci' | 'dec' | 'short' = 'sci';
  let n = 20;
  let compact = false;
  let l = opts;
  while (l instanceof Cons) {
    const o = l.hd;
    if (o === 'compact') compact = true;
    else if (o === 'short') mode = 'short';
    else if (Array.isArray(o) && o.length === 2 && typeof o[1] === 'number') {
      const v = o[1] as number;
      if (o[0] === 'decimals' && v >= 0 && v <= 253) {
        mode = 'dec';
        n = v;
      } else if (o[0] === 'scientific' && v <= 249) {
        mode = 'sci';
        n = v;
      } else badarg();
    } else badarg();
    l = l.tl;
  }
  if (l !== NIL) badarg();
  const x = f.value;
  if (mode === 'short') return formatFloat(x);
  if (mode === 'sci') return printfScientific(x, n);
  const s = formatDecimals(x, n, compact);
  return s ?? badarg();
}

export const convertBifs: NativeModule = {
  'integer_to_list/1': (n) => fromString(intText(n, 10)),
  'integer_to_list/2': (n, b) => fromString(intText(n, base(b))),
  'integer_to_binary/1': (n) => latin1(intText(n, 10)),
  'integer_to_binary/2': (n, b) => latin1(intText(n, base(b))),
  'list_to_integer/1': (l) => parseInteger(listChars(l), 10),
  'list_to_integer/2': (l, b) => parseInteger(listChars(l), base(b)),
  'binary_to_integer/1': (bin) => parseInteger(binaryChars(bin), 10),
  'binary_to_integer/2': (bin, b) => parseInteger(binaryChars(bin), base(b)),
  'float_to_list/1': (f) => fromString(floatText(f, NIL)),
  'float_to_list/2': (f, o) => fromString(floatText(f, o)),
  'float_to_binary/1': (f) => latin1(floatText(f, NIL)),
  'float_to_binary/2': (f, o) => latin1(floatText(f, o)),
  'list_to_float/1': (l) => parseFloat(listChars(l)),
  'binary_to_float/1': (b) => parseFloat(binaryChars(b)),
};
