// Core constants as JavaScript source.
//
// Atoms, booleans, small integers and `[]` are written inline (they are primitives or
// the NIL singleton); every other constant (floats, strings, lists, tuples, maps,
// bitstrings, bignums) is built once when the module loads and bound to a module-level
// `const`, so compiled code never allocates a literal twice. Tuples are arrays that
// nobody mutates, so sharing them is safe.
import type { Const } from '../core/ir.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** An expression building the constant; `hoist` names a sub-constant that allocates. */
export function constExpr(c: Const, hoist: (src: string) => string): string {
  switch (c.k) {
    case 'atom':
      return c.v === 'true' ? 'true' : c.v === 'false' ? 'false' : JSON.stringify(c.v);
    case 'int':
      return c.v <= MAX_SAFE && c.v >= -MAX_SAFE ? (c.v < 0n ? `(${c.v})` : String(c.v)) : hoist(`${c.v}n`);
    case 'nil':
      return 'NIL';
    default:
      return hoist(buildExpr(c));
  }
}

/** Source of an allocating constant (nested parts built inline in one expression). */
function buildExpr(c: Const): string {
  switch (c.k) {
    case 'atom':
      return c.v === 'true' ? 'true' : c.v === 'false' ? 'false' : JSON.stringify(c.v);
    case 'int':
      return c.v <= MAX_SAFE && c.v >= -MAX_SAFE ? `(${c.v})` : `${c.v}n`;
    case 'nil':
      return 'NIL';
    case 'float':
      return `new rt.Float(${Object.is(c.v, -0) ? '-0' : String(c.v)})`;
    case 'string':
      return `rt.fromString(${JSON.stringify(c.v)}${c.tail && c.tail.k !== 'nil' ? ', ' + buildExpr(c.tail) : ''})`;
    case 'cons':
      return `new rt.Cons(${buildExpr(c.hd)}, ${buildExpr(c.tl)})`;
    case 'tuple':
      return `[${c.es.map(buildExpr).join(', ')}]`;
    case 'map':
      return `rt.mapNew([${c.pairs.map(([k, v]) => `${buildExpr(k)}, ${buildExpr(v)}`).join(', ')}])`;
    case 'bits':
      return `rt.bitsConst([${c.bytes.join(',')}], ${c.bitSize})`;
  }
}

/** Leaves an inlined constant match may test; bigger constants call `rt.exactEq`. */
const MAX_INLINE_LEAVES = 8;

/**
 * A JS condition true exactly when the term in `v` (a variable, or an element access
 * on one) is the constant `c` under `=:=`, for small tuples and lists of atoms, small
 * integers and `[]`, tested field by field; null for anything else (floats, strings,
 * bignums, maps, bitstrings or too many leaves). A clause head like `check({nil, nil})`
 * otherwise calls the generic deep comparison on every call: in bench/erl/binary_trees
 * that was a fifth of the run time.
 */
export function inlineConstMatch(v: string, c: Const): string | null {
  let leaves = 0;
  const go = (x: string, c: Const): string | null => {
    if (++leaves > MAX_INLINE_LEAVES) return null;
    switch (c.k) {
      case 'atom':
      case 'nil':
        return `${x} === ${constExpr(c, () => '')}`;
      case 'int':
        return c.v <= MAX_SAFE && c.v >= -MAX_SAFE ? `${x} === ${constExpr(c, () => '')}` : null;
      case 'tuple': {
        const parts = [`Array.isArray(${x})`, `${x}.length === ${c.es.length}`];
        for (let i = 0; i < c.es.length; i++) {
          const p = go(`${x}[${i}]`, c.es[i]!);
          if (p === null) return null;
          parts.push(p);
        }
        return parts.join(' && ');
      }
      case 'cons': {
        const hd = go(`${x}.hd`, c.hd);
        const tl = hd === null ? null : go(`${x}.tl`, c.tl);
        return tl === null ? null : `${x} instanceof Cons && ${hd} && ${tl}`;
      }
      default:
        return null;
    }
  };
  const r = go(v, c);
  return r === null ? null : `(${r})`;
}
