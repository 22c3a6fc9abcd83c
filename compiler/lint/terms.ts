// Erlang terms, as far as lint needs them.
//
// erl_lint describes each problem with a descriptor term ({unbound_var,'X'},
// {undefined_function,{f,1}}, ...). We keep the same terms for two reasons:
//   * erlc orders diagnostics that share a location by their descriptor in Erlang's
//     term order (compile:messages_per_file/1 sorts {Location, Module, Descriptor}),
//     so `compareTerms` implements that order;
//   * some messages print a user-written term (`-deprecated(foo)` ->
//     "badly formed deprecated attribute foo"), so `writeTerm` implements io_lib's ~w
//     and ~tw, and `printTerm` the simple cases of ~p.
// Attribute values arrive as expressions; `exprToTerm` is erl_parse:normalise/1 with
// the Name/Arity rewriting erl_parse applies to attribute values.
import type { Expr } from '../ast/ast.js';

export type Term =
  | { k: 'atom'; v: string }
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'tuple'; v: Term[] }
  /** A list; `tail` is set for an improper list. Strings are lists of ints. */
  | { k: 'list'; v: Term[]; tail?: Term }
  /** Anything else a term can be in an attribute (map, binary, fun): only printed. */
  | { k: 'other'; text: string; rank: number };

export const atom = (v: string): Term => ({ k: 'atom', v });
export const int = (v: number | bigint): Term => ({ k: 'int', v: BigInt(v) });
export const tuple = (...v: Term[]): Term => ({ k: 'tuple', v });
export const list = (v: Term[]): Term => ({ k: 'list', v });
/** An Erlang string: a list of code points. */
export const str = (s: string): Term => ({ k: 'list', v: Array.from(s, (c) => int(c.codePointAt(0)!)) });
/** {Name, Arity}. */
export const fa = (name: string, arity: number): Term => tuple(atom(name), int(arity));
export const isAtom = (t: Term | undefined, v?: string): t is { k: 'atom'; v: string } =>
  t !== undefined && t.k === 'atom' && (v === undefined || t.v === v);

// ------------------------------------------------------------------ term order

// number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
function rank(t: Term): number {
  switch (t.k) {
    case 'int':
    case 'float':
      return 0;
    case 'atom':
      return 1;
    case 'tuple':
      return 6;
    case 'list':
      return t.v.length === 0 && t.tail === undefined ? 8 : 9;
    case 'other':
      return t.rank;
  }
}

export function compareTerms(a: Term, b: Term): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if ((a.k === 'int' || a.k === 'float') && (b.k === 'int' || b.k === 'float')) {
    if (a.k === 'int' && b.k === 'int') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
    const x = Number(a.v);
    const y = Number(b.v);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.k === 'atom' && b.k === 'atom') return compareCodePoints(a.v, b.v);
  if (a.k === 'tuple' && b.k === 'tuple') {
    if (a.v.length !== b.v.length) return a.v.length - b.v.length;
    for (let i = 0; i < a.v.length; i++) {
      const c = compareTerms(a.v[i]!, b.v[i]!);
      if (c !== 0) return c;
    }
    return 0;
  }
  if (a.k === 'list' && b.k === 'list') {
    // Element by element; when one side runs out, what remains of each (its tail, or
    // the rest of its elements) is compared, so [] sorts before any longer list.
    const n = Math.min(a.v.length, b.v.length);
    for (let i = 0; i < n; i++) {
      const c = compareTerms(a.v[i]!, b.v[i]!);
      if (c !== 0) return c;
    }
    const rest = (l: { v: Term[]; tail?: Term }): Term =>
      l.v.length > n ? { k: 'list', v: l.v.slice(n), tail: l.tail } : l.tail ?? list([]);
    return compareTerms(rest(a), rest(b));
  }
  if (a.k === 'other' && b.k === 'other') return compareCodePoints(a.text, b.text);
  return 0;
}

/** Compare strings by code point (JS `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

// ------------------------------------------------------------------ printing

// Reserved words that io_lib quotes (erl_scan:reserved_word/1 in OTP 25: `maybe` and
// `else` belong to a feature and are not quoted).
const RESERVED = new Set([
  'after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr', 'bxor', 'case', 'catch',
  'cond', 'div', 'end', 'fun', 'if', 'let', 'not', 'of', 'or', 'orelse', 'receive', 'rem', 'try',
  'when', 'xor',
]);

const isLower = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isNameChar = (c: number) =>
  isLower(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x40 ||
  (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** Does io_lib:write_atom/1 need quotes for this atom? */
export function atomNeedsQuotes(name: string): boolean {
  const cs = Array.from(name, (c) => c.codePointAt(0)!);
  if (cs.length === 0 || !isLower(cs[0]!)) return true;
  if (!cs.every(isNameChar)) return true;
  return RESERVED.has(name);
}

/** One character of a quoted atom or string, as io_lib writes it. `unicode`: ~t. */
function escapeChar(c: number, quote: number, unicode: boolean): string {
  if (c === quote) return '\\' + String.fromCodePoint(c);
  switch (c) {
    case 0x5c: return '\\\\';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
    case 0x0b: return '\\v';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x1b: return '\\e';
    case 0x7f: return '\\d';
  }
  if (c < 0x20 || (c >= 0x80 && c < 0xa0)) return '\\' + c.toString(8).padStart(3, '0');
  if (c > 0xff && !unicode) return `\\x{${c.toString(16).toUpperCase()}}`;
  return String.fromCodePoint(c);
}

/** io_lib:write_atom (~w), or its unicode-aware form (~tw). */
export function writeAtom(name: string, unicode = false): string {
  if (!atomNeedsQuotes(name)) {
    if (unicode) return name;
    return Array.from(name, (c) => escapeChar(c.codePointAt(0)!, -1, false)).join('');
  }
  return "'" + Array.from(name, (c) => escapeChar(c.codePointAt(0)!, 0x27, unicode)).join('') + "'";
}

/** Erlang's shortest float printing (float_to_list(F, [short])), as ~w prints floats. */
export function writeFloat(f: number): string {
  if (Number.isInteger(f) && Math.abs(f) < 1e16) return f.toFixed(1);
  let s = String(f);
  if (s.includes('e')) {
    let [m, e] = s.split('e') as [string, string];
    if (!m.includes('.')) m += '.0';
    if (e.startsWith('+')) e = e.slice(1);
    s = `${m}e${e}`;
  }
  return s;
}

/** io_lib:write/1 (~w), or with `unicode` ~tw. */
export function writeTerm(t: Term, unicode = false): string {
  switch (t.k) {
    case 'atom':
      return writeAtom(t.v, unicode);
    case 'int':
      return t.v.toString();
    case 'float':
      return writeFloat(t.v);
    case 'tuple':
      return '{' + t.v.map((e) => writeTerm(e, unicode)).join(',') + '}';
    case 'list': {
      const body = t.v.map((e) => writeTerm(e, unicode)).join(',');
      return '[' + body + (t.tail ? '|' + writeTerm(t.tail, unicode) : '') + ']';
    }
    case 'other':
      return t.text;
  }
}

/** Is this a list of printable characters (the lists ~p prints as strings)? */
function printableString(t: Term, unicode: boolean): string | undefined {
  if (t.k !== 'list' || t.tail !== undefined || t.v.length === 0) return undefined;
  let s = '';
  for (const e of t.v) {
    if (e.k !== 'int') return undefined;
    const c = Number(e.v);
    const ok = (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || (c >= 8 && c <= 13) || c === 27 ||
      (unicode && c > 0xff && c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff));
    if (!ok) return undefined;
    s += escapeChar(c, 0x22, unicode);
  }
  return '"' + s + '"';
}

/** io_lib:print/1 (~p) for short terms: like ~w, but printable lists as strings. */
export function printTerm(t: Term, unicode = false): string {
  switch (t.k) {
    case 'tuple':
      return '{' + t.v.map((e) => printTerm(e, unicode)).join(',') + '}';
    case 'list': {
      const s = printableString(t, unicode);
      if (s !== undefined) return s;
      const body = t.v.map((e) => printTerm(e, unicode)).join(',');
      return '[' + body + (t.tail ? '|' + printTerm(t.tail, unicode) : '') + ']';
    }
    default:
      return writeTerm(t, unicode);
  }
}

// ------------------------------------------------------------------ from the AST

/** An attribute value as erl_parse stores it: Name/Arity pairs inside lists, tuples
 * and map values become tuples, then the expression is normalised to a term.
 * Returns undefined for what erl_parse would reject ("bad attribute"). */
export function attributeTerm(e: Expr): Term | undefined {
  return exprToTerm(e, true);
}

export function exprToTerm(e: Expr, farity = false): Term | undefined {
  switch (e.kind) {
    case 'integer':
      return int(e.value);
    case 'char':
      return int(e.value);
    case 'float':
      return { k: 'float', v: e.value };
    case 'atom':
      return atom(e.value);
    case 'string':
      return str(e.value);
    case 'nil':
      return list([]);
    case 'cons': {
      const items: Term[] = [];
      let cur: Expr = e;
      while (cur.kind === 'cons') {
        const h = exprToTerm(cur.head, farity);
        if (!h) return undefined;
        items.push(h);
        cur = cur.tail;
      }
      if (cur.kind === 'nil') return list(items);
      if (cur.kind === 'string') {
        const rest = str(cur.value) as { k: 'list'; v: Term[] };
        return list([...items, ...rest.v]);
      }
      const tail = exprToTerm(cur, farity);
      if (!tail) return undefined;
      return { k: 'list', v: items, tail };
    }
    case 'tuple': {
      const v: Term[] = [];
      for (const x of e.elements) {
        const t = exprToTerm(x, farity);
        if (!t) return undefined;
        v.push(t);
      }
      return tuple(...v);
    }
    case 'op':
      if (farity && e.op === '/' && e.left.kind === 'atom' && e.right.kind === 'integer') {
        return fa(e.left.value, Number(e.right.value));
      }
      return undefined;
    case 'unop': {
      const x = e.operand;
      if (e.op === '+' && (x.kind === 'integer' || x.kind === 'char')) return int(x.value);
      if (e.op === '+' && x.kind === 'float') return { k: 'float', v: x.value };
      if (e.op === '-' && x.kind === 'integer') return int(-x.value);
      if (e.op === '-' && x.kind === 'char') return int(-x.value);
      if (e.op === '-' && x.kind === 'float') return { k: 'float', v: -x.value };
      return undefined;
    }
    case 'map':
      if (e.base) return undefined;
      return { k: 'other', text: '#{...}', rank: 7 };
    case 'bin':
      return { k: 'other', text: '<<...>>', rank: 10 };
    case 'fun_remote':
      return { k: 'other', text: '#Fun<...>', rank: 3 };
    default:
      return undefined;
  }
}

/** lists:flatten([T]) for attribute values: a list's elements (nested lists
 * flattened), or the term itself. */
export function flattenList(t: Term): Term[] {
  if (t.k !== 'list') return [t];
  const out: Term[] = [];
  for (const e of t.v) out.push(...flattenList(e));
  if (t.tail) out.push(t.tail);
  return out;
}

/** {Name, Arity} with an atom name and a non-negative integer arity. */
export function asFA(t: Term): { name: string; arity: number } | undefined {
  if (t.k === 'tuple' && t.v.length === 2 && t.v[0]!.k === 'atom' && t.v[1]!.k === 'int' && t.v[1]!.v >= 0n) {
    return { name: t.v[0]!.v, arity: Number(t.v[1]!.v) };
  }
  return undefined;
}
