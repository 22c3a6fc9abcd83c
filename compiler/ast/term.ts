// Erlang terms, and the few ways OTP writes them that the front end needs.
//
// Attribute values are terms: erl_parse turns `-dialyzer({nowarn_function, f/1}).` into
// the term `{nowarn_function, {f, 1}}` (`normalise/1` after `attribute_farity/1`), so the
// parser checks that an attribute's expression *is* a term, and erl-parse-text prints it
// the way `io_lib:format("~w", ...)` does. The writers here follow io_lib:
//   * writeTermW     ~w of a term (atoms quoted and Latin-1-escaped as io_lib:write does);
//   * writeAtom      io_lib:write_atom/1 (Unicode kept), used in syntax error messages;
//   * writeString    io_lib:write_string/1, writeChar io_lib:write_char/1;
//   * formatFloat    float_to_list(F, [short]), which is what ~w and io_lib:write use.
// Atom quoting uses erl_scan's reserved words of OTP 25 (`maybe`/`else` only count when
// the maybe_expr feature is on, so io_lib does not quote them).

import * as text from '../parse/erl-text.js';

export type ErlTerm =
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'atom'; v: string }
  | { k: 'nil' }
  | { k: 'cons'; h: ErlTerm; t: ErlTerm }
  | { k: 'tuple'; items: ErlTerm[] }
  /** A bitstring: `bits` is the total bit length; bytes hold the bits MSB first. */
  | { k: 'bin'; bytes: Uint8Array; bits: number }
  | { k: 'map'; pairs: [ErlTerm, ErlTerm][] }
  | { k: 'fun'; m: string; f: string; a: bigint };

export const NIL: ErlTerm = { k: 'nil' };

export function atomT(v: string): ErlTerm {
  return { k: 'atom', v };
}

export function listT(items: ErlTerm[], tail: ErlTerm = NIL): ErlTerm {
  let t = tail;
  for (let i = items.length - 1; i >= 0; i--) t = { k: 'cons', h: items[i]!, t };
  return t;
}

export function stringT(s: string): ErlTerm {
  const cps: ErlTerm[] = [];
  for (const ch of s) cps.push({ k: 'int', v: BigInt(ch.codePointAt(0)!) });
  return listT(cps);
}

/** The elements of a proper list, or undefined. */
export function properList(t: ErlTerm): ErlTerm[] | undefined {
  const out: ErlTerm[] = [];
  let c = t;
  while (c.k === 'cons') {
    out.push(c.h);
    c = c.t;
  }
  return c.k === 'nil' ? out : undefined;
}

// ------------------------------------------------------- atoms, strings, floats
// The writers live in compiler/parse/erl-text.ts (the scanner and preprocessor need
// them too); these are the names the parser and printers use.

/** io_lib:quote_atom/2: does the atom need quotes to read back? `extra` adds reserved words. */
export function atomNeedsQuotes(name: string, extra?: ReadonlySet<string>): boolean {
  return text.atomNeedsQuotes(name) || (extra?.has(name) ?? false);
}

/** io_lib:write_string/1 (Unicode characters kept). */
export function writeString(s: string): string {
  return text.writeString(s);
}

/** io_lib:write_atom/1 (Unicode characters kept). */
export function writeAtom(name: string): string {
  return text.writeAtom(name, false);
}

/** An atom in single quotes, escaped as io_lib does (Unicode kept). */
export function quotedAtom(name: string): string {
  return text.writeString(name, "'");
}

/** How ~w writes an atom: characters above 255 become `\x{...}`. */
export function writeAtomW(name: string): string {
  return text.writeAtom(name, true);
}

export const writeChar = text.writeChar;
export const formatFloat = text.formatFloat;

// ----------------------------------------------------------------- ~w terms

/** io_lib:format("~w", [T]). */
export function writeTermW(t: ErlTerm): string {
  switch (t.k) {
    case 'int':
      return t.v.toString();
    case 'float':
      return formatFloat(t.v);
    case 'atom':
      return writeAtomW(t.v);
    case 'nil':
      return '[]';
    case 'cons': {
      let s = '[' + writeTermW(t.h);
      let c = t.t;
      while (c.k === 'cons') {
        s += ',' + writeTermW(c.h);
        c = c.t;
      }
      return s + (c.k === 'nil' ? ']' : '|' + writeTermW(c) + ']');
    }
    case 'tuple':
      return '{' + t.items.map(writeTermW).join(',') + '}';
    case 'bin':
      return writeBitstring(t.bytes, t.bits);
    case 'map':
      return '#{' + sortMapPairs(t.pairs).map(([k, v]) => writeTermW(k) + ' => ' + writeTermW(v)).join(',') + '}';
    case 'fun':
      return `fun ${writeAtomW(t.m)}:${writeAtomW(t.f)}/${t.a}`;
  }
}

function writeBitstring(bytes: Uint8Array, bits: number): string {
  const whole = Math.floor(bits / 8);
  const parts: string[] = [];
  for (let i = 0; i < whole; i++) parts.push(String(bytes[i]));
  const rest = bits % 8;
  if (rest > 0) parts.push(`${bytes[whole]! >> (8 - rest)}:${rest}`);
  return '<<' + parts.join(',') + '>>';
}

/** Small maps print their keys in term order (maps of more than 32 keys use the hash
 * order of the runtime, which we do not reproduce). */
function sortMapPairs(pairs: [ErlTerm, ErlTerm][]): [ErlTerm, ErlTerm][] {
  return [...pairs].sort((a, b) => compareTerms(a[0], b[0]));
}

const TYPE_ORDER: Record<ErlTerm['k'], number> = {
  int: 0, float: 0, atom: 1, fun: 2, tuple: 3, map: 4, nil: 5, cons: 6, bin: 7,
};

/** Erlang's standard term order (numbers compared by value; maps approximated). */
export function compareTerms(a: ErlTerm, b: ErlTerm): number {
  const ta = TYPE_ORDER[a.k];
  const tb = TYPE_ORDER[b.k];
  if (ta !== tb) return ta - tb;
  switch (a.k) {
    case 'int':
    case 'float': {
      const x = a.k === 'int' ? Number(a.v) : a.v;
      const bb = b as typeof a;
      const y = bb.k === 'int' ? Number(bb.v) : bb.v;
      if (a.k === 'int' && bb.k === 'int') return a.v < bb.v ? -1 : a.v > bb.v ? 1 : 0;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'atom': {
      const y = (b as typeof a).v;
      return a.v < y ? -1 : a.v > y ? 1 : 0;
    }
    case 'tuple': {
      const y = (b as typeof a).items;
      if (a.items.length !== y.length) return a.items.length - y.length;
      for (let i = 0; i < y.length; i++) {
        const c = compareTerms(a.items[i]!, y[i]!);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'cons': {
      const bb = b as typeof a;
      return compareTerms(a.h, bb.h) || compareTerms(a.t, bb.t);
    }
    case 'bin': {
      const bb = b as typeof a;
      const n = Math.min(a.bits, bb.bits);
      for (let i = 0; i < Math.ceil(n / 8); i++) {
        if (a.bytes[i] !== bb.bytes[i]) return a.bytes[i]! - bb.bytes[i]!;
      }
      return a.bits - bb.bits;
    }
    case 'map': {
      const bb = b as typeof a;
      return a.pairs.length - bb.pairs.length;
    }
    default:
      return 0;
  }
}
