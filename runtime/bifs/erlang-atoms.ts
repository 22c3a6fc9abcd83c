// erlang BIFs between atoms and text: atom_to_list/1, atom_to_binary/1,2,
// binary_to_atom/1,2, binary_to_existing_atom/1,2, list_to_atom/1,
// list_to_existing_atom/1.
//
// Atoms are JS strings holding the name (true/false are booleans), so converting is
// string work plus OTP's checks: encodings are `latin1`, `utf8` or `unicode`; a name
// longer than 255 characters is `system_limit`; a Latin-1 conversion of a character
// above 255, invalid UTF-8, or a list element that is not a Unicode scalar value is
// `badarg`. The atoms made here are registered (runtime/term/atoms.ts), so that a later
// *_to_existing_atom finds them, as in BEAM's atom table.
import { Bitstring, binary } from '../term/bitstring.js';
import { atomExists, MAX_ATOM_CHARS, registerAtom } from '../term/atoms.js';
import { badarg, systemLimit } from '../term/errors.js';
import { fromString, toJsString } from '../term/list.js';
import { atom, type Atom, type Term } from '../term/types.js';
import type { NativeModule } from './registry.js';

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

function nameOf(a: Term): string {
  if (typeof a === 'string') return a;
  if (typeof a === 'boolean') return a ? 'true' : 'false';
  return badarg();
}

/** `latin1` or `utf8`/`unicode`: is the encoding Latin-1? badarg for anything else. */
function isLatin1(enc: Term): boolean {
  if (enc === 'latin1') return true;
  if (enc === 'utf8' || enc === 'unicode') return false;
  return badarg();
}

function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

export function atomToList(a: Term): Term {
  return fromString(nameOf(a));
}

export function atomToBinary(a: Term, enc: Term = 'utf8'): Bitstring {
  const name = nameOf(a);
  if (isLatin1(enc)) {
    const out = new Uint8Array(name.length);
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c > 255) badarg();
      out[i] = c;
    }
    return binary(out);
  }
  return binary(utf8Encoder.encode(name));
}

/** The name in a binary, per encoding; badarg / system_limit as OTP. */
function nameFromBinary(b: Term, enc: Term): string {
  const latin1 = isLatin1(enc);
  if (!(b instanceof Bitstring) || !b.isBinary) return badarg();
  const bytes = b.toBytes();
  let name: string;
  if (latin1) {
    if (bytes.length > MAX_ATOM_CHARS) systemLimit();
    name = String.fromCharCode(...bytes);
  } else {
    if (bytes.length > 4 * MAX_ATOM_CHARS) systemLimit();
    try {
      name = utf8Decoder.decode(bytes);
    } catch {
      return badarg();
    }
    if (charCount(name) > MAX_ATOM_CHARS) systemLimit();
  }
  return name;
}

export function makeAtom(name: string): Atom {
  registerAtom(name);
  return atom(name);
}

export function binaryToAtom(b: Term, enc: Term = 'utf8'): Atom {
  return makeAtom(nameFromBinary(b, enc));
}

export function binaryToExistingAtom(b: Term, enc: Term = 'utf8'): Atom {
  const name = nameFromBinary(b, enc);
  if (!atomExists(name)) badarg();
  return atom(name);
}

function nameFromList(l: Term): string {
  const s = toJsString(l);
  if (s === undefined) return badarg();
  if (charCount(s) > MAX_ATOM_CHARS) systemLimit();
  return s;
}

export function listToAtom(l: Term): Atom {
  return makeAtom(nameFromList(l));
}

export function listToExistingAtom(l: Term): Atom {
  const name = nameFromList(l);
  if (!atomExists(name)) badarg();
  return atom(name);
}

export const atomBifs: NativeModule = {
  'atom_to_list/1': atomToList,
  'atom_to_binary/1': (a) => atomToBinary(a),
  'atom_to_binary/2': atomToBinary,
  'binary_to_atom/1': (b) => binaryToAtom(b),
  'binary_to_atom/2': binaryToAtom,
  'binary_to_existing_atom/1': (b) => binaryToExistingAtom(b),
  'binary_to_existing_atom/2': binaryToExistingAtom,
  'list_to_atom/1': listToAtom,
  'list_to_existing_atom/1': listToExistingAtom,
};
