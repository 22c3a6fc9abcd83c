// io_lib:write/2 with a depth (the `~W` of io:format, and the leaves of `~p`/`~P`).
//
// Without a depth (`-1`) this is runtime/term/print.ts `writeTerm`, which walks any
// nesting on an explicit stack. With a depth, terms are cut as io_lib cuts them: at
// depth 1 a list is `[...]`, a tuple `{...}`, a map `#{}` (sic: io_lib writes an empty
// map there), a binary `<<...>>`; inside a list the tail becomes `|...` when the depth
// runs out, inside a tuple `,...`, inside a map `,...`. Every element of a map is
// written at depth D-1 while the pairs themselves count down, exactly as io_lib does.
// Depth-limited recursion is bounded by the depth, so plain recursion is fine.
import { Cons, NIL, TAG_BITS, TAG_CONS, TAG_MAP, TAG_NIL, type Term } from '../term/types.js';
import type { ErlMap } from '../term/map.js';
import type { Bitstring } from '../term/bitstring.js';
import { writeTerm } from '../term/print.js';

/** io_lib:write(Term, [{depth, D}, {encoding, unicode ? unicode : latin1}]). */
export function writeDepth(t: Term, depth: number, unicode: boolean): string {
  if (depth === 0) return '...';
  if (depth < 0) return writeTerm(t, unicode);
  return write1(t, depth, unicode);
}

function write1(t: Term, d: number, u: boolean): string {
  if (d === 0) return '...';
  if (Array.isArray(t)) {
    if (t.length === 0) return '{}';
    if (d === 1) return '{...}';
    let s = '{' + write1(t[0]!, d - 1, u);
    // write_tuple: each further element one level deeper in the count.
    let dd = d - 1;
    for (let i = 1; i < t.length; i++) {
      if (dd === 1) {
        s += ',...';
        break;
      }
      s += ',' + write1(t[i]!, dd - 1, u);
      dd--;
    }
    return s + '}';
  }
  if (typeof t === 'object') {
    switch ((t as { tag: number }).tag) {
      case TAG_NIL:
        return '[]';
      case TAG_CONS: {
        if (d === 1) return '[...]';
        const c = t as Cons;
        let s = '[' + write1(c.hd, d - 1, u);
        let rest: Term = c.tl;
        let dd = d - 1;
        for (;;) {
          if (rest === NIL) break;
          if (dd === 1) {
            s += '|...';
            break;
          }
          if (rest instanceof Cons) {
            s += ',' + write1(rest.hd, dd - 1, u);
            rest = rest.tl;
            dd--;
          } else {
            s += '|' + write1(rest, dd - 1, u);
            break;
          }
        }
        return s + ']';
      }
      case TAG_MAP: {
        const m = t as ErlMap;
        if (d === 1 || m.size === 0) return '#{}';
        // write_map_body tests the depth before looking for another pair, so a map
        // cut at its last pair still gets `,...`.
        const d0 = d - 1;
        const ks: Term[] = [];
        const vs: Term[] = [];
        m.forEach((k, v) => {
          ks.push(k);
          vs.push(v);
        });
        let s = '#{' + write1(ks[0]!, d0, u) + ' => ' + write1(vs[0]!, d0, u);
        let dd = d0;
        for (let i = 1; ; i++) {
          if (dd === 1) {
            s += ',...';
            break;
          }
          if (i >= ks.length) break;
          s += ',' + write1(ks[i]!, d0, u) + ' => ' + write1(vs[i]!, d0, u);
          dd--;
        }
        return s + '}';
      }
      case TAG_BITS:
        return writeBinary(t as Bitstring, d).join('');
    }
  }
  return writeTerm(t, u);
}

/**
 * io_lib:write_binary(B, D, -1): the pieces between `<<` and `>>`, in order: byte
 * numbers each followed by a "," piece, the last piece a byte, `V:N` for trailing bits,
 * or `...` when the depth runs out. Returned as [`<<`, ...pieces, `>>`] flattened by
 * callers; the pretty printer uses `binaryPieces` directly.
 */
export function writeBinary(b: Bitstring, d: number): string[] {
  return ['<<', ...binaryPieces(b, d), '>>'];
}

/** The tokens of a binary body: numbers and `,` separators, `V:N`, or `...`. */
export function binaryPieces(b: Bitstring, d: number): string[] {
  const out: string[] = [];
  const whole = b.bitSize >>> 3;
  const rest = b.bitSize & 7;
  let i = 0;
  for (;;) {
    if (i === whole && rest === 0) break;
    if (d === 1) {
      out.push('...');
      break;
    }
    if (i === whole) {
      out.push(b.tailBits + ':' + rest);
      break;
    }
    out.push(String(b.byteAt(i)));
    i++;
    if (i === whole && rest === 0) break;
    out.push(',');
    d--;
  }
  return out;
}
