// io_lib in TypeScript: format/fwrite, write, print and the small helpers programs use.
//
// The engine is runtime/format (format.ts: io_lib_format, pretty.ts: io_lib_pretty,
// write.ts: io_lib:write with a depth). Any failure inside io_lib:format is
// `error:badarg`, as OTP's io_lib:format/2 turns every crash of io_lib_format into
// badarg.
import { Cons, NIL, type Term } from '../term/types.js';
import { badarg } from '../term/errors.js';
import { fromString } from '../term/list.js';
import { writeAtom } from '../term/print.js';
import { writeString, writeChar } from '../../compiler/parse/erl-text.js';
import type { NativeModule } from './registry.js';
import { format, FormatError, charsLength } from '../format/format.js';
import { writeDepth } from '../format/write.js';
import { prettyPrint } from '../format/pretty.js';

/** io_lib:format/2 with OTP's error: badarg for anything it cannot format. */
export function ioLibFormat(fmt: Term, args: Term): Term {
  try {
    return format(fmt, args);
  } catch (e) {
    if (e instanceof FormatError) badarg();
    throw e;
  }
}

function isPrintableLatin1(c: Term): boolean {
  return typeof c === 'number' && ((c >= 32 && c <= 126) || (c >= 160 && c <= 255) || (c >= 8 && c <= 13) || c === 27);
}
function isPrintableUnicode(c: Term): boolean {
  return (
    typeof c === 'number' &&
    ((c >= 32 && c <= 126) || (c >= 160 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff) || (c >= 8 && c <= 13) || c === 27)
  );
}
function allOf(l: Term, p: (c: Term) => boolean): boolean {
  while (l instanceof Cons) {
    if (!p(l.hd)) return false;
    l = l.tl;
  }
  return l === NIL;
}

function charString(l: Term): string {
  let s = '';
  while (l instanceof Cons) {
    if (typeof l.hd !== 'number') badarg();
    s += String.fromCodePoint(l.hd);
    l = l.tl;
  }
  if (l !== NIL) badarg();
  return s;
}

function depthArg(d: Term): number {
  if (typeof d !== 'number') badarg();
  return d;
}

export const ioLib: NativeModule = {
  'format/2': ioLibFormat,
  'fwrite/2': ioLibFormat,
  'write/1': (t) => fromString(writeDepth(t, -1, false)),
  'write/2': (t, d) => fromString(writeDepth(t, depthArg(d), false)),
  'print/1': (t) => fromString(prettyPrint(t, { column: 1, lineLength: 80, depth: -1, unicode: false, strings: true })),
  'print/4': (t, col, ll, d) =>
    fromString(prettyPrint(t, { column: depthArg(col), lineLength: depthArg(ll), depth: depthArg(d), unicode: false, strings: true })),
  'write_atom/1': (a) => {
    if (typeof a !== 'string' && typeof a !== 'boolean') badarg();
    return fromString(writeAtom(typeof a === 'string' ? a : String(a), true));
  },
  'write_string/1': (s) => fromString(writeString(charString(s), '"', false)),
  'write_char/1': (c) => {
    if (typeof c !== 'number') badarg();
    return fromString(writeChar(c));
  },
  'nl/0': () => fromString('\n'),
  'printable_list/1': (l) => allOf(l, isPrintableLatin1),
  'printable_latin1_list/1': (l) => allOf(l, isPrintableLatin1),
  'printable_unicode_list/1': (l) => allOf(l, isPrintableUnicode),
  'chars_length/1': (l) => charsLength(l),
  'char_list/1': (l) => charList(l, isUnicodeChar, false),
  'deep_char_list/1': (l) => charList(l, isUnicodeChar, true),
  'latin1_char_list/1': (l) => charList(l, isLatin1Char, false),
  'deep_latin1_char_list/1': (l) => charList(l, isLatin1Char, true),
  'write_string/2': (s, q) => {
    if (typeof q !== 'number') badarg();
    return fromString(writeString(charString(s), String.fromCodePoint(q), false));
  },
};

// io_lib:char_list and friends: is the term a (deep) list of characters? Unicode
// characters are 0..16#10FFFF without the surrogates and 16#FFFE/16#FFFF, as in OTP.
const isUnicodeChar = (c: number): boolean =>
  (c >= 0 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff);
const isLatin1Char = (c: number): boolean => c >= 0 && c <= 255;

function charList(l: Term, ok: (c: number) => boolean, deep: boolean): boolean {
  let c = l;
  while (c instanceof Cons) {
    const h = c.hd;
    if (typeof h === 'number') {
      if (!ok(h)) return false;
    } else if (!(deep && (h === NIL || h instanceof Cons) && charList(h, ok, true))) return false;
    c = c.tl;
  }
  return c === NIL;
}
