// The term an attribute's expression stands for (erl_parse:normalise/1 after
// attribute_farity/1). `-dialyzer({nowarn_function, f/1})` is the term
// `{nowarn_function, {f, 1}}`: `Name/Arity` becomes a tuple where erl_parse allows it
// (at the top, in list and tuple elements, in map values), and the rest must be a
// literal: numbers (with a sign), atoms, strings, lists, tuples, maps with `=>`,
// binaries of literal segments and `fun M:F/A`. Anything else is not a term
// (erl_parse: "bad attribute"): normaliseAttrValue returns undefined.
import type { Expr, BinElement } from './ast.js';
import { type ErlTerm, NIL, stringT } from './term.js';

export function normaliseAttrValue(e: Expr): ErlTerm | undefined {
  return normalise(attributeFarity(e));
}

/** attribute_farity/1 on the expression (a copy; locations are kept). */
function attributeFarity(e: Expr): Expr {
  switch (e.kind) {
    case 'cons':
      return { ...e, head: attributeFarity(e.head), tail: attributeFarity(e.tail) };
    case 'tuple':
      return { ...e, elements: e.elements.map(attributeFarity) };
    case 'map':
      if (e.base !== undefined) return e;
      return { ...e, fields: e.fields.map((f) => ({ ...f, value: attributeFarity(f.value) })) };
    case 'op':
      if (e.op === '/' && e.left.kind === 'atom' && e.right.kind === 'integer') {
        return { kind: 'tuple', loc: e.loc, elements: [e.left, e.right] };
      }
      return e;
    default:
      return e;
  }
}

/** erl_parse:normalise/1; undefined where it would fail. */
export function normalise(e: Expr): ErlTerm | undefined {
  switch (e.kind) {
    case 'char':
      return { k: 'int', v: BigInt(e.value) };
    case 'integer':
      return { k: 'int', v: e.value };
    case 'float':
      return { k: 'float', v: e.value };
    case 'atom':
      return { k: 'atom', v: e.value };
    case 'string':
      return stringT(e.value);
    case 'nil':
      return NIL;
    case 'cons': {
      const h = normalise(e.head);
      const t = h && normalise(e.tail);
      return t && { k: 'cons', h: h!, t };
    }
    case 'tuple': {
      const items: ErlTerm[] = [];
      for (const x of e.elements) {
        const t = normalise(x);
        if (t === undefined) return undefined;
        items.push(t);
      }
      return { k: 'tuple', items };
    }
    case 'map': {
      if (e.base !== undefined) return undefined;
      const pairs: [ErlTerm, ErlTerm][] = [];
      for (const f of e.fields) {
        if (f.kind !== 'map_field_assoc') return undefined;
        const k = normalise(f.key);
        const v = k && normalise(f.value);
        if (v === undefined) return undefined;
        // maps:from_list/1: a later key replaces an earlier equal one.
        const i = pairs.findIndex(([k0]) => termEq(k0, k!));
        if (i >= 0) pairs.splice(i, 1);
        pairs.push([k!, v]);
      }
      return { k: 'map', pairs };
    }
    case 'fun_remote':
      if (e.module.kind === 'atom' && e.name.kind === 'atom' && e.arity.kind === 'integer') {
        return { k: 'fun', m: e.module.value, f: e.name.value, a: e.arity.value };
      }
      return undefined;
    case 'unop':
      return normaliseSigned(e.op, e.operand);
    case 'bin':
      return normaliseBin(e.elements);
    default:
      return undefined;
  }
}

function normaliseSigned(op: string, x: Expr): ErlTerm | undefined {
  if (op !== '+' && op !== '-') return undefined;
  const neg = op === '-';
  if (x.kind === 'char') return { k: 'int', v: neg ? -BigInt(x.value) : BigInt(x.value) };
  if (x.kind === 'integer') return { k: 'int', v: neg ? -x.value : x.value };
  if (x.kind === 'float') return { k: 'float', v: neg ? -x.value : x.value };
  return undefined;
}

function termEq(a: ErlTerm, b: ErlTerm): boolean {
  return JSON.stringify(a, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)) ===
    JSON.stringify(b, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
}

// ---------------------------------------------------------------- binaries

class Bits {
  bytes: number[] = [];
  len = 0;
  push(bit: number): void {
    const i = this.len >> 3;
    if (i >= this.bytes.length) this.bytes.push(0);
    if (bit) this.bytes[i]! |= 0x80 >> (this.len & 7);
    this.len++;
  }
  pushInt(v: bigint, size: number, little: boolean): void {
    let x = BigInt.asUintN(size, v);
    if (little && size % 8 === 0) {
      let y = 0n;
      for (let i = 0; i < size / 8; i++) {
        y = (y << 8n) | (x & 0xffn);
        x >>= 8n;
      }
      x = y;
    }
    for (let i = size - 1; i >= 0; i--) this.push(Number((x >> BigInt(i)) & 1n));
  }
}

/** eval_bits for literal segments. */
function normaliseBin(elements: BinElement[]): ErlTerm | undefined {
  const out = new Bits();
  for (const el of elements) {
    if (!segment(out, el)) return undefined;
  }
  return { k: 'bin', bytes: Uint8Array.from(out.bytes), bits: out.len };
}

function segment(out: Bits, el: BinElement): boolean {
  const specs = el.types === 'default' ? [] : el.types;
  let type = 'integer';
  let little = false;
  let unit: number | undefined;
  for (const s of specs) {
    if (['integer', 'float', 'binary', 'bytes', 'bitstring', 'bits', 'utf8', 'utf16', 'utf32'].includes(s.name)) type = s.name;
    else if (s.name === 'little') little = true;
    else if (s.name === 'big') little = false;
    else if (s.name === 'native') little = true;
    else if (s.name === 'unit') unit = Number(s.value);
    else if (s.name !== 'signed' && s.name !== 'unsigned') return false;
  }
  let size: number | 'all' | undefined;
  if (el.size !== 'default') {
    const t = normalise(el.size);
    if (t === undefined) {
      if (el.size.kind === 'atom' && el.size.value === 'all') size = 'all';
      else return false;
    } else if (t.k === 'int') size = Number(t.v);
    else return false;
  }
  if (el.value.kind === 'string' && (type === 'integer' || type.startsWith('utf'))) {
    for (const ch of el.value.value) if (!scalar(out, BigInt(ch.codePointAt(0)!), type, size, unit, little)) return false;
    return true;
  }
  const v = normalise(el.value);
  if (v === undefined) return false;
  if (v.k === 'int') return scalar(out, v.v, type, size, unit, little);
  if (v.k === 'float') {
    if (type !== 'float') return false;
    const bits = (typeof size === 'number' ? size : 64) * (unit ?? 1);
    const buf = new DataView(new ArrayBuffer(8));
    if (bits === 64) buf.setFloat64(0, v.v, little);
    else if (bits === 32) buf.setFloat32(0, v.v, little);
    else return false;
    for (let i = 0; i < bits / 8; i++) out.pushInt(BigInt(buf.getUint8(i)), 8, false);
    return true;
  }
  if (v.k === 'bin') {
    if (type !== 'binary' && type !== 'bytes' && type !== 'bitstring' && type !== 'bits') return false;
    const n = typeof size === 'number' ? size * (unit ?? (type === 'binary' || type === 'bytes' ? 8 : 1)) : v.bits;
    if (n > v.bits) return false;
    for (let i = 0; i < n; i++) out.push((v.bytes[i >> 3]! >> (7 - (i & 7))) & 1);
    return true;
  }
  return false;
}

function scalar(out: Bits, v: bigint, type: string, size: number | 'all' | undefined, unit: number | undefined, little: boolean): boolean {
  if (type === 'integer') {
    const n = (typeof size === 'number' ? size : 8) * (unit ?? 1);
    out.pushInt(v, n, little);
    return true;
  }
  if (type === 'float') {
    return segment(out, {
      kind: 'bin_element', loc: { file: '', line: 0, col: 0 },
      value: { kind: 'float', loc: { file: '', line: 0, col: 0 }, value: Number(v) },
      size: typeof size === 'number' ? { kind: 'integer', loc: { file: '', line: 0, col: 0 }, value: BigInt(size) } : 'default',
      types: [{ name: 'float' }, ...(little ? [{ name: 'little' }] : []), ...(unit !== undefined ? [{ name: 'unit', value: BigInt(unit) }] : [])],
    });
  }
  const c = Number(v);
  if (type === 'utf8') {
    const bytes = new TextEncoder().encode(String.fromCodePoint(c));
    for (const b of bytes) out.pushInt(BigInt(b), 8, false);
    return true;
  }
  if (type === 'utf16') {
    const s = String.fromCodePoint(c);
    for (let i = 0; i < s.length; i++) out.pushInt(BigInt(s.charCodeAt(i)), 16, little);
    return true;
  }
  if (type === 'utf32') {
    out.pushInt(v, 32, little);
    return true;
  }
  return false;
}
