// Bit syntax type specifiers: erl_bits:set_bit_type/2 and erl_lint's size checks.
//
// A segment's specifiers (`integer-little-unit:8`) are merged into one type, sign,
// endianness and unit; two different values for one property are a conflict, an
// unknown name is an undefined bit type. Defaults are then applied (integer of 8
// bits, float of 64, binary of "all the rest", utf with no size), with the checks
// that need them: a unit without a size, a size on a utf segment. After that
// erl_lint checks the resulting size (`all` only for binaries; floats of 16, 32 or
// 64 bits).
import type { BinTypeSpec, Loc } from '../ast/ast.js';
import type { Lint } from './context.js';
import { atom, int, str, tuple, type Term } from './terms.js';

/** A segment size as lint tracks it: a known number of units, `all` (the rest of
 * a binary), `default` (none written), `unknown` (an expression), `undefined` (utf). */
export type BitSize = number | 'all' | 'default' | 'unknown' | 'undefined';

export interface BitType {
  type: 'integer' | 'float' | 'binary' | 'utf8' | 'utf16' | 'utf32';
  unit: number | undefined;
  sign: string;
  endian: string;
}

/** The properties the specifiers of one segment set (erl_bits' #bittype{}). */
interface SpecParts {
  type?: string;
  unit?: number | 'undefined';
  sign?: string;
  endian?: string;
}

class BitError {
  constructor(readonly desc: Term) {}
}

function specParts(t: BinTypeSpec): SpecParts {
  if (t.value === undefined) {
    switch (t.name) {
      case 'integer': case 'utf8': case 'utf16': case 'utf32': case 'float': case 'binary':
        return { type: t.name };
      case 'bytes': return { type: 'binary', unit: 8 };
      case 'bitstring': case 'bits': return { type: 'binary', unit: 1 };
      case 'big': case 'little': case 'native': return { endian: t.name };
      case 'signed': case 'unsigned': return { sign: t.name };
    }
    throw new BitError(tuple(atom('undefined_bittype'), atom(t.name)));
  }
  if (t.name === 'unit' && t.value > 0n && t.value <= 256n) return { unit: Number(t.value) };
  throw new BitError(tuple(atom('undefined_bittype'), tuple(atom(t.name), int(t.value))));
}

const valueTerm = (v: string | number) => (typeof v === 'number' ? int(v) : atom(v));

function mergeField<T extends string | number>(a: T | undefined, b: T | undefined, what: string): T | undefined {
  if (a === undefined) return b;
  if (b === undefined || a === b) return a;
  throw new BitError(tuple(atom('bittype_mismatch'), valueTerm(a), valueTerm(b), str(what)));
}

function setBitType(size: BitSize, types: BinTypeSpec[] | 'default'): { size: BitSize; type: BitType } {
  let bt: SpecParts = {};
  const list = types === 'default' ? [] : types;
  list.forEach((t, i) => {
    const p = specParts(t);
    if (i === 0) {
      bt = p;
      return;
    }
    // The new specifier comes first in erl_bits' conflict message.
    bt = {
      endian: mergeField(p.endian, bt.endian, 'endianness'),
      sign: mergeField(p.sign, bt.sign, 'sign'),
      type: mergeField(p.type, bt.type, 'type'),
      unit: mergeField(p.unit, bt.unit, 'unit'),
    };
  });
  const type = (bt.type ?? 'integer') as BitType['type'];
  let unit = bt.unit === 'undefined' ? undefined : bt.unit;
  const unitGiven = unit !== undefined;
  if (size === 'default') {
    switch (type) {
      case 'binary':
        size = 'all';
        break;
      case 'integer':
        if (unitGiven) throw new BitError(atom('bittype_unit'));
        size = 8;
        unit = 1;
        break;
      case 'float':
        if (unitGiven) throw new BitError(atom('bittype_unit'));
        size = 64;
        unit = 1;
        break;
      default:
        size = 'undefined';
    }
  }
  if (unit === undefined) {
    if (type === 'binary') unit = 8;
    else if (type === 'integer' || type === 'float') unit = 1;
  }
  if ((type === 'utf8' || type === 'utf16' || type === 'utf32') && (size !== 'undefined' || unit !== undefined)) {
    throw new BitError(atom('utf_bittype_size_or_unit'));
  }
  return { size, type: { type, unit, sign: bt.sign ?? 'unsigned', endian: bt.endian ?? 'big' } };
}

/** erl_lint:bit_type/4: the segment's type, or an error and the default type. */
export function bitType(st: Lint, loc: Loc, size: BitSize, types: BinTypeSpec[] | 'default'): { size: BitSize; type: BitType } {
  try {
    return setBitType(size, types);
  } catch (e) {
    if (!(e instanceof BitError)) throw e;
    st.error(loc, e.desc);
    return { size: 8, type: { type: 'integer', unit: 1, sign: 'unsigned', endian: 'big' } };
  }
}

/** erl_lint:bit_size_check/4: the size in bits where known. */
export function bitSizeCheck(st: Lint, loc: Loc, size: BitSize, bt: BitType): BitSize {
  if (size === 'unknown' || size === 'undefined') return size;
  if (size === 'all') {
    if (bt.type === 'binary') return 'all';
    st.error(loc, atom('illegal_bitsize'));
    return 'unknown';
  }
  if (size === 'default') return size;
  const bits = (bt.unit ?? 1) * size;
  if (bt.type === 'float' && bits !== 16 && bits !== 32 && bits !== 64) {
    st.warning(loc, tuple(atom('bad_bitsize'), str('float')));
  }
  return bits;
}
