// string:uppercase/1, lowercase/1, titlecase/1 and casefold/1 natively, over all of
// Unicode (the rest of `string` is Erlang, stdlib/src/string.erl; natives win).
//
// OTP maps case with Unicode's full (special) casing: uppercase("ß") is "SS". JS's
// String.prototype.toUpperCase/toLowerCase do the same context-free full mappings, so
// each code point is mapped with them on its own (no context: a final capital sigma
// lowers to σ, as OTP's per-code-point mapping does). Titlecase and case folding have
// no JS counterpart: titlecase is uppercase except the few characters whose titlecase
// differs (the DŽ/LJ/NJ/DZ digraphs, ß and the Latin ligatures); case folding is
// lowercase-of-uppercase, which gives the full folding (ß -> "ss", ﬁ -> "fi") except for
// dotless ı (which does not fold) and Cherokee (which folds to the capitals).
//
// The input is chardata; a binary gives a UTF-8 binary back, anything else a flat list.
// Invalid input (not chardata, bad UTF-8) is badarg.
import { Bitstring, binary } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { fromArray } from '../term/list.js';
import { Cons, NIL, type Term } from '../term/types.js';
import { registerNative } from './registry.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const enc = new TextEncoder();

function codePoints(t: Term, out: number[]): void {
  if (t instanceof Bitstring) {
    if (!t.isBinary) badarg();
    let s: string;
    try {
      s = utf8.decode(t.toBytes());
    } catch {
      return badarg();
    }
    for (const ch of s) out.push(ch.codePointAt(0)!);
    return;
  }
  let c = t;
  while (c instanceof Cons) {
    const h = c.hd;
    if (typeof h === 'number' && Number.isInteger(h) && h >= 0 && h <= 0x10ffff) out.push(h);
    else if (h instanceof Bitstring || h instanceof Cons || h === NIL) codePoints(h, out);
    else badarg();
    c = c.tl;
  }
  if (c instanceof Bitstring) codePoints(c, out);
  else if (c !== NIL) badarg();
}

function mapWith(t: Term, f: (cp: number, first: boolean) => string): Term {
  const cps: number[] = [];
  codePoints(t, cps);
  let s = '';
  cps.forEach((cp, i) => {
    s += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : f(cp, i === 0);
  });
  if (t instanceof Bitstring) return binary(enc.encode(s));
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return fromArray(out);
}

const upper = (cp: number): string => String.fromCodePoint(cp).toUpperCase();
const lower = (cp: number): string => String.fromCodePoint(cp).toLowerCase();

const TITLE: Record<number, string> = {
  0x1c4: '\u01c5', 0x1c5: '\u01c5', 0x1c6: '\u01c5',
  0x1c7: '\u01c8', 0x1c8: '\u01c8', 0x1c9: '\u01c8',
  0x1ca: '\u01cb', 0x1cb: '\u01cb', 0x1cc: '\u01cb',
  0x1f1: '\u01f2', 0x1f2: '\u01f2', 0x1f3: '\u01f2',
  0xdf: 'Ss',
  0xfb00: 'Ff', 0xfb01: 'Fi', 0xfb02: 'Fl', 0xfb03: 'Ffi', 0xfb04: 'Ffl', 0xfb05: 'St', 0xfb06: 'St',
};

function title(cp: number): string {
  return TITLE[cp] ?? upper(cp);
}

function fold(cp: number): string {
  if (cp === 0x131) return '\u0131';
  if (cp >= 0x13a0 && cp <= 0x13f5) return String.fromCodePoint(cp);
  if (cp >= 0x13f8 && cp <= 0x13fd) return String.fromCodePoint(cp - 8);
  if (cp >= 0xab70 && cp <= 0xabbf) return String.fromCodePoint(cp - 0xab70 + 0x13a0);
  return upper(cp).toLowerCase();
}

export function registerStringBifs(): void {
  registerNative('string', {
    'uppercase/1': (s) => mapWith(s, upper),
    'lowercase/1': (s) => mapWith(s, lower),
    'titlecase/1': (s) => mapWith(s, (cp, first) => (first ? title(cp) : String.fromCodePoint(cp))),
    'casefold/1': (s) => mapWith(s, fold),
  });
}
