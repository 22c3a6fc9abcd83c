// Printing terms as io_lib:write/1 does (the `~w` of io:format).
//
//   integers   decimal;  floats  float_to_list(F, [short]) (see formatFloat);
//   atoms      quoted when io_lib:quote_atom/2 says so (reserved words, not starting
//              with a lowercase letter, characters other than alphanumerics, _ and @);
//              inside quotes control characters are escaped, and under ~w (the Latin-1
//              writer) characters above 255 become \x{HEX}; `unicode: true` keeps them
//              (that is ~tw);
//   lists      [1,2,3] and [a|b]; strings are lists too: "abc" prints [97,98,99];
//   tuples     {a,b};  maps #{k => v,...} in maps:iterator order (map.ts);
//   binaries   <<1,2,3>>, a bitstring's trailing bits as <<1,2:3>>;
//   funs       fun m:f/2 and #Fun<m.Index.Uniq>, as erlang:fun_to_list/1 writes them
//              (the emulator's own atom quoting, see ertsAtom);
//   pids       <0.N.S>, ports #Port<0.N>, refs #Ref<0.C.B.A> (most significant first).
// Pids, ports and refs of other nodes print a number for the node: BEAM prints the index
// of the node's name in its atom table, we print our index of that atom.
import { Cons, Float, Fun, JsRef, NIL, Pid, Port, Ref, TAG_BITS, TAG_CONS, TAG_FLOAT, TAG_FUN, TAG_MAP, TAG_NIL, TAG_PID, TAG_PORT, TAG_REF, LOCAL_NODE, type Term } from './types.js';
import type { ErlMap } from './map.js';
import type { Bitstring } from './bitstring.js';
import { atomIndex } from './hash.js';

/** erl_scan:reserved_word/1 in OTP 25 (maybe/else only with a feature we do not enable). */
const RESERVED = new Set([
  'after', 'begin', 'case', 'try', 'cond', 'catch', 'andalso', 'orelse', 'end', 'fun', 'if',
  'let', 'of', 'receive', 'when', 'bnot', 'not', 'div', 'rem', 'band', 'and', 'bor', 'bxor',
  'bsl', 'bsr', 'or', 'xor',
]);

function isLowerStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 64 ||
    (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
  );
}

/** Does io_lib quote this atom? */
export function atomNeedsQuotes(name: string): boolean {
  if (name.length === 0) return true;
  if (RESERVED.has(name)) return true;
  if (!isLowerStart(name.charCodeAt(0))) return true;
  for (let i = 1; i < name.length; i++) if (!isNameChar(name.charCodeAt(i))) return true;
  return false;
}

function quoteChar(c: number, q: number, unicode: boolean): string {
  if (c === q) return '\\' + String.fromCharCode(q);
  if (c === 92) return '\\\\';
  if (c >= 32 && c <= 126) return String.fromCharCode(c);
  if (c >= 160 && (unicode || c <= 255)) return String.fromCodePoint(c);
  if (c > 255) return '\\x{' + c.toString(16).toUpperCase() + '}';
  switch (c) {
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
    case 8: return '\\b';
    case 12: return '\\f';
    case 27: return '\\e';
    case 127: return '\\d';
  }
  return '\\' + ((c >> 6) & 7) + ((c >> 3) & 7) + (c & 7);
}

/** An atom as io_lib writes it (`unicode` false: as ~w; true: as ~tw). */
export function writeAtom(name: string, unicode = false): string {
  if (!atomNeedsQuotes(name)) return name;
  let out = "'";
  for (const ch of name) out += quoteChar(ch.codePointAt(0)!, 39, unicode);
  return out + "'";
}

const TWO53 = 9007199254740992;

/**
 * float_to_list(F, [short]), which io_lib uses for ~w: the shortest digits that read
 * back to F; printed in fixed notation when that is no longer than the scientific one
 * and |F| < 2^53, otherwise as d.ddde±X. Always with a `.` and at least one digit after.
 */
export function formatFloat(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const neg = x < 0;
  const a = neg ? -x : x;
  const e = a.toExponential(); // shortest round-trip digits: "d.ddde+X"
  const ei = e.indexOf('e');
  const digits = e[0]! + (ei > 1 ? e.slice(2, ei) : '');
  const exp = Number(e.slice(ei + 1));
  const n = digits.length;
  const sci = (n === 1 ? digits + '.0' : digits[0] + '.' + digits.slice(1)) + 'e' + exp;
  let s = sci;
  if (a < TWO53) {
    let fixed: string;
    if (exp >= n - 1) fixed = digits + '0'.repeat(exp - n + 1) + '.0';
    else if (exp < 0) fixed = '0.' + '0'.repeat(-exp - 1) + digits;
    else fixed = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    if (fixed.length <= sci.length) s = fixed;
  }
  return neg ? '-' + s : s;
}

// BEAM prints another node's identifiers with the index of the node name in its atom
// table; we print our own index of that atom (hash.ts), so the same node always gets
// the same number here, though not the number a given BEAM VM would print.
function nodeNumber(node: string, _creation: number): number {
  return node === LOCAL_NODE ? 0 : atomIndex(node);
}

export function pidToString(p: Pid): string {
  return `<${nodeNumber(p.node, p.creation)}.${p.id}.${p.serial}>`;
}

export function portToString(p: Port): string {
  return `#Port<${nodeNumber(p.node, p.creation)}.${p.id}>`;
}

export function refToString(r: Ref): string {
  if (r instanceof JsRef) return `#JsRef<${r.ids[0]! + r.ids[1]! * 0x100000000}>`;
  let s = `#Ref<${nodeNumber(r.node, r.creation)}`;
  for (let i = r.ids.length - 1; i >= 0; i--) s += '.' + r.ids[i];
  return s + '>';
}

function isErtsLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
function isErtsAlnum(c: number): boolean {
  return isErtsLower(c) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/**
 * An atom as the emulator's own printer writes it (erlang:fun_to_list/1 and so ~w of a
 * fun): quoted unless it starts with a lowercase letter and has only letters, digits
 * and `_` (Latin-1 letters count, `@` does not, reserved words are not special); the
 * name comes out as its UTF-8 bytes, one character per byte; inside quotes ' and \ are
 * escaped, \n \f \t \r \b \v by name, other control characters in octal.
 */
export function ertsAtom(name: string): string {
  const cps = Array.from(name, (ch) => ch.codePointAt(0)!);
  let quote = cps.length === 0 || !isErtsLower(cps[0]!);
  for (let i = 1; !quote && i < cps.length; i++) if (!isErtsAlnum(cps[i]!)) quote = true;
  let out = '';
  for (const b of new TextEncoder().encode(name)) {
    if (!quote) out += String.fromCharCode(b);
    else if (b === 39) out += "\\'";
    else if (b === 92) out += '\\\\';
    else if (b === 10) out += '\\n';
    else if (b === 12) out += '\\f';
    else if (b === 9) out += '\\t';
    else if (b === 13) out += '\\r';
    else if (b === 8) out += '\\b';
    else if (b === 11) out += '\\v';
    else if (b < 32) out += '\\' + b.toString(8).padStart(3, '0');
    else out += String.fromCharCode(b);
  }
  return quote ? "'" + out + "'" : out;
}

/** erlang:fun_to_list/1. */
export function funToString(f: Fun): string {
  if (f.isExport) return `fun ${ertsAtom(f.module)}:${ertsAtom(f.name)}/${f.arity}`;
  return `#Fun<${ertsAtom(f.module)}.${f.oldIndex}.${f.uniq}>`;
}

export function bitstringToString(b: Bitstring): string {
  const whole = b.bitSize >>> 3;
  let s = '<<';
  for (let i = 0; i < whole; i++) s += (i > 0 ? ',' : '') + b.byteAt(i);
  const rest = b.bitSize & 7;
  if (rest > 0) s += (whole > 0 ? ',' : '') + b.tailBits + ':' + rest;
  return s + '>>';
}

/** io_lib:write/1 (`unicode`: io_lib:write/2 with {encoding, unicode}, i.e. ~tw). */
export function writeTerm(t: Term, unicode = false): string {
  return write(t, unicode);
}

/** Punctuation waiting on the printer's stack (atoms are strings, so text is wrapped). */
class Text {
  constructor(readonly s: string) {}
}
const COMMA = new Text(',');
const CLOSE_TUPLE = new Text('}');
const CLOSE_LIST = new Text(']');
const BAR = new Text('|');
const ARROW = new Text(' => ');

/**
 * Print with an explicit stack of pending terms and punctuation, so nesting depth costs
 * heap, not JS stack.
 */
function write(t0: Term, unicode: boolean): string {
  // One string built by appending: V8 keeps it as a rope until it is read, cheaper than
  // an array of parts and a join.
  let out = '';
  const st: (Term | Text)[] = [t0];
  while (st.length > 0) {
    const t = st.pop()!;
    if (t instanceof Text) {
      out += t.s;
      continue;
    }
    switch (typeof t) {
      case 'number':
      case 'bigint':
        out += String(t);
        continue;
      case 'string':
        out += writeAtom(t, unicode);
        continue;
      case 'boolean':
        out += t ? 'true' : 'false';
        continue;
    }
    if (Array.isArray(t)) {
      out += '{';
      st.push(CLOSE_TUPLE);
      for (let i = t.length - 1; i >= 0; i--) {
        st.push(t[i]!);
        if (i > 0) st.push(COMMA);
      }
      continue;
    }
    switch ((t as { tag: number }).tag) {
      case TAG_FLOAT:
        out += formatFloat((t as Float).value);
        continue;
      case TAG_NIL:
        out += '[]';
        continue;
      case TAG_CONS: {
        out += '[';
        let c: Term = t;
        let first = true;
        // Integers at the head of the list (a string, bytes) go out at once, without
        // the stack.
        while (c instanceof Cons) {
          const h = c.hd;
          if (typeof h !== 'number') break;
          if (first) first = false;
          else out += ',';
          out += String(h);
          c = c.tl;
        }
        if (c === NIL) {
          out += ']';
          continue;
        }
        st.push(CLOSE_LIST);
        const mark = st.length;
        while (c instanceof Cons) {
          if (!first) st.push(COMMA);
          first = false;
          st.push(c.hd);
          c = c.tl;
        }
        if (!(typeof c === 'object' && (c as { tag?: number }).tag === TAG_NIL)) st.push(BAR, c);
        reverseFrom(st, mark);
        continue;
      }
      case TAG_MAP: {
        out += '#{';
        st.push(CLOSE_TUPLE);
        const mark = st.length;
        let first = true;
        (t as ErlMap).forEach((k, v) => {
          if (!first) st.push(COMMA);
          first = false;
          st.push(k, ARROW, v);
        });
        reverseFrom(st, mark);
        continue;
      }
      case TAG_BITS:
        out += bitstringToString(t as Bitstring);
        continue;
      case TAG_FUN:
        out += funToString(t as Fun);
        continue;
      case TAG_PID:
        out += pidToString(t as Pid);
        continue;
      case TAG_PORT:
        out += portToString(t as Port);
        continue;
      case TAG_REF:
        out += refToString(t as Ref);
        continue;
    }
    throw new Error('writeTerm: not a term: ' + String(t));
  }
  return out;
}
function reverseFrom(a: unknown[], from: number): void {
  for (let i = from, j = a.length - 1; i < j; i++, j--) {
    const x = a[i];
    a[i] = a[j];
    a[j] = x;
  }
}
