// The `erlang` BIFs that are about control rather than terms: raising, halting,
// apply, funs of exported functions, and module information. They need the engine
// (the code server, the stack capture), so they live here, registered into the native
// registry under `erlang` when an engine starts.
import { badarg, ErlangError } from '../term/errors.js';
import { Cons, Fun, NIL, type Term } from '../term/types.js';
import { fromArray, toArrayOrUndefined } from '../term/list.js';
import { ErlMap } from '../term/map.js';
import { registerNative } from '../bifs/registry.js';
import { Halt } from './state.js';
import { captureRaw, setRaw } from './stack.js';
import type { Engine } from './engine.js';

/** An exception raised by erlang:error/exit/throw: the stack starts at the caller. */
function raiseHere(cls: 'error' | 'exit' | 'throw', reason: Term, args?: Term, options?: Term): never {
  const e = new ErlangError(cls, reason);
  const r = captureRaw(raiseHere);
  // error(R, none) and other non-lists: BEAM shows the arity as usual.
  if (args !== undefined && (args instanceof Cons || args === NIL)) r.topArgs = args;
  // error/3's [{error_info, Map}] goes into the caller's stack entry, after its line.
  for (let o = options; o instanceof Cons; o = o.tl) {
    const opt = o.hd;
    if (Array.isArray(opt) && opt.length === 2 && opt[0] === 'error_info' && opt[1] instanceof ErlMap) r.topExtra.push(opt);
  }
  setRaw(e, r);
  throw e;
}

function haltStatus(s: Term): number {
  if (typeof s === 'number' && s >= 0) return s;
  if (s === 'abort') return 134;
  if (typeof s === 'string' || s instanceof Cons || s === NIL) return 1; // halt(String): a crash dump slogan
  return badarg();
}

/** Modules in memory before any escript runs (init and escript use them). */
const ALWAYS_LOADED = new Set(['erlang', 'lists', 'maps', 'proplists', 'string', 'io', 'io_lib', 'unicode', 'binary', 'math']);

const isList = (t: Term): boolean => t === NIL || t instanceof Cons;
const isArity = (t: Term): boolean => (typeof t === 'number' && Number.isInteger(t)) || typeof t === 'bigint' || isList(t);

/**
 * A stack trace as erlang:raise/3 accepts it, normalized ({M,F,A} gains an empty
 * location list), or undefined if it is not one. Entries are {M,F,Arity|Args,Loc},
 * {M,F,Arity|Args} or {Fun,Arity|Args,Loc}, with M and F atoms and Loc a list (BEAM
 * does not look inside Loc).
 */
function checkStacktrace(s: Term): Term | undefined {
  const items = toArrayOrUndefined(s);
  if (!items) return undefined;
  const out: Term[] = [];
  for (const e of items) {
    if (!Array.isArray(e)) return undefined;
    const t = e as Term[];
    const atom = (x: Term) => typeof x === 'string' || typeof x === 'boolean';
    if (t.length === 4 && atom(t[0]!) && atom(t[1]!) && isArity(t[2]!) && isList(t[3]!)) out.push(t);
    else if (t.length === 3 && atom(t[0]!) && atom(t[1]!) && isArity(t[2]!)) out.push([t[0]!, t[1]!, t[2]!, NIL]);
    else if (t.length === 3 && t[0] instanceof Fun && isArity(t[1]!) && isList(t[2]!)) out.push(t);
    else return undefined;
  }
  return fromArray(out);
}

export function installControlBifs(engine: Engine): void {
  const rt = engine.rt;
  const code = engine.code;
  const moduleInfo = (m: Term, item?: Term): Term => {
    if (typeof m !== 'string') return badarg();
    const mod = code.modules.get(m);
    if (!mod) return badarg();
    const exports = () =>
      fromArray(
        Object.keys(mod.exports).map((k) => {
          const i = k.lastIndexOf('/');
          return [k.slice(0, i), Number(k.slice(i + 1))] as Term;
        }),
      );
    const functions = () =>
      fromArray([
        ...Object.keys(mod.locals).map((k) => {
          const i = k.lastIndexOf('/');
          return [k.slice(0, i), Number(k.slice(i + 1))] as Term;
        }),
        ...(mod.lifted ?? []).map(([n, a]) => [n, a] as Term),
      ]);
    const attributes = () => fromArray(mod.attributes.map(([n, v]) => [n, v] as Term));
    const get = (what: Term): Term => {
      switch (what) {
        case 'module':
          return m;
        case 'exports':
          return exports();
        case 'functions':
          return functions();
        case 'attributes':
          return attributes();
        case 'compile':
          return NIL;
        case 'md5':
          return badarg();
        case 'nifs':
          return NIL;
        default:
          return badarg();
      }
    };
    if (item !== undefined) return get(item);
    return fromArray(['module', 'exports', 'attributes', 'compile'].map((k) => [k, get(k)] as Term));
  };
  registerNative('erlang', {
    'error/1': (r) => raiseHere('error', r),
    'error/2': (r, a) => raiseHere('error', r, a),
    'error/3': (r, a, o) => raiseHere('error', r, a, o),
    'exit/1': (r) => raiseHere('exit', r),
    'throw/1': (r) => raiseHere('throw', r),
    'raise/3': (c, r, s) => {
      // OTP 25 quirk: a bad class or stack trace makes raise/3 *return* the atom
      // badarg rather than raise it.
      if (c !== 'error' && c !== 'exit' && c !== 'throw') return 'badarg';
      const stack = checkStacktrace(s);
      if (stack === undefined) return 'badarg';
      throw rt.raise(c, r, stack);
    },
    'halt/0': () => {
      throw new Halt(0);
    },
    'halt/1': (s) => {
      throw new Halt(haltStatus(s));
    },
    'halt/2': (s, _opts) => {
      throw new Halt(haltStatus(s));
    },
    'apply/2': (f, a) => rt.applyFunList(f, a),
    'apply/3': (m, f, a) => rt.applyMFA(m, f, a),
    'make_fun/3': (m, f, a) => rt.makeExportFun(m, f, a),
    'function_exported/3': (m, f, a) => {
      if (typeof m !== 'string' || typeof f !== 'string' || typeof a !== 'number') return badarg();
      const mod = code.modules.get(m);
      if (mod) return mod.exports[`${f}/${a}`] !== undefined;
      // Modules that a running OTP system has always loaded (escript's own helpers):
      // answer as if they were, loading ours on demand.
      if (ALWAYS_LOADED.has(m)) return code.lookup(m, f, a) !== undefined;
      return false;
    },
    'get_stacktrace/0': () => NIL,
    'module_loaded/1': (m) => (typeof m === 'string' ? code.isLoaded(m) : badarg()),
    'get_module_info/1': (m) => moduleInfo(m),
    'get_module_info/2': (m, i) => moduleInfo(m, i),
    'is_function/2': (f, a) => (typeof a === 'number' && a >= 0 ? f instanceof Fun && f.arity === a : badarg()),
  });
}
