// The process dictionary: put/get/erase with any term as key, `=:=` equality.
//
// Atom, small-integer and bigint keys (nearly all keys in practice) are their own JS
// Map key: distinct terms are distinct JS values (floats are boxed, so 1 and 1.0
// differ). Other keys are keyed by their external term format, which is the same for
// exactly the terms that are `=:=`.
import { termToBinary } from '../term/etf.js';
import { fromArray } from '../term/list.js';
import { exactEq } from '../term/compare.js';
import type { Term } from '../term/types.js';
import type { Process } from './process.js';

const latin1 = new TextDecoder('latin1');

function keyOf(k: Term): unknown {
  const t = typeof k;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'bigint') return k;
  return '\u0000' + latin1.decode(termToBinary(k));
}

export function dictPut(p: Process, k: Term, v: Term): Term {
  const d = (p.dict ??= new Map());
  const key = keyOf(k);
  const old = d.get(key);
  d.set(key, [k, v]);
  return old === undefined ? 'undefined' : old[1];
}

export function dictGet(p: Process, k: Term): Term {
  const e = p.dict?.get(keyOf(k));
  return e === undefined ? 'undefined' : e[1];
}

export function dictGetAll(p: Process): Term {
  if (p.dict === null) return fromArray([]);
  return fromArray([...p.dict.values()].map(([k, v]) => [k, v] as Term));
}

/** get_keys/0 (all keys) or get_keys/1 (the keys whose value is `=:=` to `v`). */
export function dictKeys(p: Process, v: Term | undefined): Term {
  if (p.dict === null) return fromArray([]);
  const out: Term[] = [];
  for (const [k, val] of p.dict.values()) if (v === undefined || exactEq(val, v)) out.push(k);
  return fromArray(out);
}

export function dictErase(p: Process, k: Term): Term {
  const d = p.dict;
  if (d === null) return 'undefined';
  const key = keyOf(k);
  const old = d.get(key);
  if (old === undefined) return 'undefined';
  d.delete(key);
  return old[1];
}

export function dictEraseAll(p: Process): Term {
  const all = dictGetAll(p);
  p.dict = null;
  return all;
}
