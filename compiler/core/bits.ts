// Bit-syntax segment specifications, shared by construction and matching.
//
// A segment `V:Size/Type-Sign-Endian-unit:U` becomes a `BinSeg` with every default
// made explicit as OTP applies them: integer is 8 bits, float 64, binary and bitstring
// take "all" (size null) with unit 8 and 1; `bytes`/`bits` are aliases. A string
// literal element (`<<"abc">>`, `<<"é"/utf8>>`) is one segment per character.
import type { BinElement, Expr } from '../ast/ast.js';
import type { BinSeg } from './ir.js';
import { codePoints } from './build.js';

export interface SegShape {
  type: BinSeg['type'];
  unit: number;
  signed: boolean;
  endian: BinSeg['endian'];
  /** The size as written, or a default count of units, or null for "all"/utf. */
  size: Expr | number | null;
}

export function segShape(el: BinElement): SegShape {
  let type: BinSeg['type'] = 'integer';
  let signed = false;
  let endian: BinSeg['endian'] = 'big';
  let unit: number | undefined;
  for (const t of el.types === 'default' ? [] : el.types) {
    switch (t.name) {
      case 'integer': case 'float': case 'binary': case 'bitstring': case 'utf8': case 'utf16': case 'utf32':
        type = t.name;
        break;
      case 'bytes': type = 'binary'; break;
      case 'bits': type = 'bitstring'; break;
      case 'signed': signed = true; break;
      case 'unsigned': signed = false; break;
      case 'big': case 'little': case 'native': endian = t.name; break;
      case 'unit': unit = Number(t.value ?? 1n); break;
      default: break;
    }
  }
  let size: Expr | number | null;
  if (el.size !== 'default') size = el.size;
  else if (type === 'integer') size = 8;
  else if (type === 'float') size = 64;
  else size = null;
  if (unit === undefined) unit = type === 'binary' ? 8 : 1;
  return { type, unit, signed, endian, size };
}

/** A string literal segment split into one element per character. */
export function expandStringElements(els: BinElement[]): BinElement[] {
  const out: BinElement[] = [];
  for (const el of els) {
    if (el.value.kind === 'string') {
      for (const cp of codePoints(el.value.value)) {
        out.push({ ...el, value: { kind: 'integer', loc: el.value.loc, value: BigInt(cp) } });
      }
    } else out.push(el);
  }
  return out;
}
