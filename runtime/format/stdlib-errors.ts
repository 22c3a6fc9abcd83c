// erl_stdlib_errors' explanations of a failed call to a function of `maps`, `lists`,
// `math` or `binary` (the `*** argument N: ...` lines under an uncaught exception,
// runtime/format/erl-error.ts). Observed on OTP 25 and written from its documented
// messages: each argument gets at most one text, and an argument that is fine gets none.
import { Bitstring } from '../term/bitstring.js';
import { Cons, Float, NIL, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { isBinaryPattern } from '../bifs/binary.js';

type Errs = Map<number | 'general', string>;

const NOT_LIST = 'not a list';
const NOT_PROPER = 'not a proper list';
const NOT_INT = 'not an integer';
const RANGE = 'out of range';
const NOT_NUMBER = 'not a number';
const DOMAIN = 'is outside the domain for this function';

function list(t: Term | undefined): string | null {
  if (t !== NIL && !(t instanceof Cons)) return NOT_LIST;
  let x: Term = t;
  while (x instanceof Cons) x = x.tl;
  return x === NIL ? null : NOT_PROPER;
}

const isInt = (t: Term | undefined): t is number | bigint => typeof t === 'number' || typeof t === 'bigint';
const isNumber = (t: Term | undefined): boolean => isInt(t) || t instanceof Float;

function binary(t: Term | undefined): string | null {
  if (!(t instanceof Bitstring)) return 'not a binary';
  return t.bitSize % 8 === 0 ? null : 'is a bitstring (expected a binary)';
}

function position(t: Term | undefined): string | null {
  if (!isInt(t)) return NOT_INT;
  return t >= 0 ? null : RANGE;
}

function nonNegInt(t: Term | undefined): string | null {
  if (!isInt(t)) return NOT_INT;
  return t >= 0 ? null : RANGE;
}

const endianness = (t: Term | undefined): string | null => (t === 'big' || t === 'little' ? null : "must be 'big' or 'little'");

const NOT_MAP = 'not a map';
const notMap = (t: Term | undefined): string | null => (t instanceof ErlMap ? null : NOT_MAP);

function mapsErrors(f: string, a: Term[]): (string | null)[] {
  switch (`${f}/${a.length}`) {
    case 'get/2':
      return a[1] instanceof ErlMap ? ['not present in map'] : [null, NOT_MAP];
    case 'get/3': case 'find/2': case 'is_key/2': case 'remove/2': case 'take/2':
      return [null, NOT_MAP];
    case 'put/3': case 'update/3':
      return [null, null, NOT_MAP];
    case 'keys/1': case 'values/1': case 'size/1': case 'to_list/1': case 'iterator/1':
      return [NOT_MAP];
    case 'merge/2':
      return [notMap(a[0]), notMap(a[1])];
    case 'from_list/1': case 'from_keys/2':
      return [list(a[0])];
    case 'with/2': case 'without/2':
      return [list(a[0]), notMap(a[1])];
  }
  return [];
}

function listsErrors(f: string, a: Term[]): (string | null)[] {
  switch (`${f}/${a.length}`) {
    case 'keyfind/3': case 'keymember/3': case 'keysearch/3': {
      const pos = a[1];
      return [null, isInt(pos) ? (pos < 1 ? RANGE : null) : NOT_INT, list(a[2])];
    }
    case 'member/2':
      return [null, list(a[1])];
    case 'reverse/2':
      return [list(a[0])];
  }
  return [];
}

function mathErrors(f: string, a: Term[]): (string | null)[] {
  const num = (t: Term | undefined) => (isNumber(t) ? null : NOT_NUMBER);
  switch (f) {
    case 'acos': case 'acosh': case 'asin': case 'atanh': case 'log': case 'log2': case 'log10': case 'sqrt':
      return [num(a[0]) ?? DOMAIN];
    case 'fmod': {
      const e = [num(a[0]), num(a[1])];
      const zero = a[1] instanceof Float ? a[1].value === 0 : a[1] === 0 || a[1] === 0n;
      if (e[0] === null && e[1] === null) return zero ? [null, DOMAIN] : [];
      return e;
    }
  }
  return a.map(num);
}

function binaryErrors(f: string, a: Term[]): (string | null)[] {
  const sub = binary(a[0]);
  switch (`${f}/${a.length}`) {
    case 'at/2':
      return [sub, position(a[1])];
    case 'copy/1': case 'decode_unsigned/1': case 'referenced_byte_size/1':
      return [sub];
    case 'copy/2':
      return [sub, nonNegInt(a[1])];
    case 'decode_unsigned/2':
      return [sub, endianness(a[1])];
    case 'encode_unsigned/1':
      return [nonNegInt(a[0])];
    case 'encode_unsigned/2':
      return [nonNegInt(a[0]), endianness(a[1])];
    case 'first/1': case 'last/1':
      return [a[0] instanceof Bitstring && a[0].bitSize === 0 ? 'a zero-sized binary is not allowed' : sub];
    case 'list_to_bin/1':
      return ['not an iodata term'];
    case 'compile_pattern/1':
      return ['not a valid pattern'];
    case 'longest_common_prefix/1': case 'longest_common_suffix/1':
      return ['not a flat list of binaries'];
    case 'match/2': case 'matches/2': case 'split/2':
      return [sub, isBinaryPattern(a[1]!) ? null : 'not a valid pattern'];
    case 'part/3':
      return part3(a[0], a[1], a[2]);
    case 'part/2': {
      const pl = a[1];
      if (Array.isArray(pl) && pl.length === 2 && isInt(pl[0]) && isInt(pl[1])) {
        const e = part3(a[0], pl[0], pl[1]);
        // A position past the end gives part/3's two-element answer, which OTP 25's
        // part/2 clause does not expect: its formatter fails and no line is printed.
        if (e.length === 2) return [];
        return e[1] === null && e[2] === null ? [e[0] ?? null] : [e[0] ?? null, RANGE];
      }
      return [sub, 'not a valid {Pos,Length} tuple'];
    }
  }
  return [];
}

function part3(subject: Term | undefined, pos: Term | undefined, len: Term | undefined): (string | null)[] {
  const e = [binary(subject), position(pos), isInt(len) ? null : NOT_INT];
  if (e.some((x) => x !== null)) return e;
  const size = (subject as Bitstring).bitSize / 8;
  if (Number(pos) > size) return [null, RANGE];
  return [null, null, RANGE];
}

/** The explanations for a failed call of `mod:f(a...)`, argument number -> text. */
export function stdlibArgErrors(mod: string, f: string, a: Term[]): Errs {
  const per =
    mod === 'maps' ? mapsErrors(f, a) : mod === 'lists' ? listsErrors(f, a) : mod === 'math' ? mathErrors(f, a) : mod === 'binary' ? binaryErrors(f, a) : [];
  const m: Errs = new Map();
  per.forEach((e, i) => {
    if (e !== null) m.set(i + 1, e);
  });
  return m;
}
