// erlang BIFs that describe terms and code rather than compute with them:
// fun_info/1,2, is_builtin/3, external_size/1,2.
//
// fun_info follows BEAM's item order and its `undefined`s for external funs (an
// external fun has no pid, index or uniq). A local fun made by our compiled code has
// no creator pid or 16-byte MD5 unless it came through the external term format; those
// items are `undefined` then (its creator's pid is not recorded).
//
// is_builtin/3 answers from a list recorded from OTP 25 (erlang-builtins-list.ts,
// written by builtins.escript), so it says what BEAM says even for BIFs we implement
// in Erlang or do not implement at all.
import { binary } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { termToBinaryBif } from '../term/etf.js';
import { fromArray } from '../term/list.js';
import { Cons, Fun, NIL, type Term } from '../term/types.js';
import { BUILTINS } from './erlang-builtins-list.js';
import type { NativeModule } from './registry.js';

const FUN_INFO_LOCAL = ['pid', 'module', 'new_index', 'new_uniq', 'index', 'uniq', 'name', 'arity', 'env', 'type'];
const FUN_INFO_EXTERNAL = ['module', 'name', 'arity', 'env', 'type'];

function funItem(f: Fun, item: Term): Term {
  const ext = f.isExport;
  switch (item) {
    case 'module':
      return f.module;
    case 'name':
      return f.name;
    case 'arity':
      return f.arity;
    case 'env':
      return ext ? NIL : fromArray(f.env);
    case 'type':
      return ext ? 'external' : 'local';
    case 'pid':
      return ext || !f.pid ? 'undefined' : f.pid;
    case 'index':
      return ext ? 'undefined' : f.oldIndex;
    case 'new_index':
      return ext ? 'undefined' : f.index;
    case 'uniq':
      return ext ? 'undefined' : f.uniq;
    case 'new_uniq':
      return ext || !f.md5 ? 'undefined' : binary(f.md5);
    case 'refc':
      return ext ? 'undefined' : 2;
    default:
      return badarg();
  }
}

export function funInfo2(f: Term, item: Term): Term {
  if (!(f instanceof Fun) || typeof item !== 'string') return badarg();
  return [item, funItem(f, item)];
}

export function funInfo1(f: Term): Term {
  if (!(f instanceof Fun)) return badarg();
  const items = f.isExport ? FUN_INFO_EXTERNAL : FUN_INFO_LOCAL;
  return fromArray(items.map((k) => [k, funItem(f, k)] as Term));
}

/** fun_info_mfa/1: {Module, Name, Arity} of any fun (its generated name for a local one). */
export function funInfoMfa(f: Term): Term {
  if (!(f instanceof Fun)) return badarg();
  return [funItem(f, 'module'), funItem(f, 'name'), funItem(f, 'arity')];
}

let builtinSet: Set<string> | null = null;

export function isBuiltin(m: Term, f: Term, a: Term): boolean {
  if (typeof m !== 'string' || typeof f !== 'string' || typeof a !== 'number' || !Number.isInteger(a) || a < 0) {
    return badarg();
  }
  builtinSet ??= new Set(BUILTINS);
  return builtinSet.has(`${m}:${f}/${a}`);
}

/** external_size/2: the size of term_to_binary's encoding; the only option is {minor_version, 0|1}. */
export function externalSize(t: Term, opts: Term = NIL): number {
  let c = opts;
  for (; c instanceof Cons; c = c.tl) {
    const o = c.hd;
    if (!(Array.isArray(o) && o.length === 2 && o[0] === 'minor_version' && (o[1] === 0 || o[1] === 1))) badarg();
  }
  if (c !== NIL) badarg();
  return termToBinaryBif(t, opts).byteSize;
}

export const introspectBifs: NativeModule = {
  'fun_info/1': funInfo1,
  'fun_info/2': funInfo2,
  'fun_info_mfa/1': funInfoMfa,
  'is_builtin/3': isBuiltin,
  'external_size/1': (t) => externalSize(t),
  'external_size/2': externalSize,
};
