// The code server: which module name means which code, right now.
//
// Remote calls `M:F(A)` go through a per-module `ModRef` whose `e` table maps
// `'f/arity'` to the JS function to call. Compiled code keeps the ModRef (one per
// module it calls) and looks the function up at each call, so loading a new version
// (hot code loading, later) only has to swap the table. A miss goes to `resolve`:
// native functions (runtime/bifs/registry.ts) first, then the loaded compiled module,
// then an attempt to load `M.erl` from the search path; if all fail the call raises
// `undef` with the entry `{M, F, Args, []}`, as BEAM does.
//
// Versions (docs/code-loading.md): a module has a current and at most one old version.
// Loading moves the current one to old (callers check `not_purged` first), which resets
// the ModRef so that the next remote call finds the new code; local calls, funs and
// suspended frames keep the JS functions of the version that made them. Which version
// a function belongs to is a WeakMap from each top-level function of a loaded body to
// its LoadedModule (`owner`), filled by the loader: nothing is added to frames or to the
// fast path, and only check_process_code and purge look at it.
import { ErlangError } from '../term/errors.js';
import type { Term } from '../term/types.js';
import { nativeFunction, nativeModule, type NativeFn } from '../bifs/registry.js';
import { nativeError } from './errors.js';
import { captureRaw, listOf, setRaw } from './stack.js';

export type ErlFn = (...args: never[]) => Term;

export interface LoadedModule {
  name: string;
  file: string;
  exports: Record<string, ErlFn | undefined>;
  locals: Record<string, ErlFn>;
  attributes: [string, Term][];
  /** The funs and comprehension loops OTP would lift to local functions (name, arity),
   * listed by module_info(functions) after the module's own functions. */
  lifted?: [string, number][];
  /** Set by the loader: the object file `code:which/1` names (a `.beam` path, the
   * source for modules loaded from `.erl`), the `-on_load` function (`'init/0'`), and
   * the object code (erlts's own format, code:get_object_code/1). */
  objFile?: string;
  onLoad?: string | null;
  object?: Uint8Array;
  /** A stdlib module (sticky, `{file, ...}` of OTP's ebin directory). */
  stdlib?: boolean;
}

/** OTP 25's erlang:pre_loaded/0, in its order: loaded before anything else, never from
 * the path (erlts has natives for some of them, nothing for the others). */
export const PRE_LOADED = [
  'persistent_term', 'counters', 'atomics', 'erts_dirty_process_signal_handler', 'erts_literal_area_collector',
  'erl_tracer', 'erts_internal', 'erlang', 'erl_prim_loader', 'prim_zip', 'prim_net', 'prim_socket',
  'socket_registry', 'zlib', 'prim_file', 'prim_inet', 'prim_eval', 'prim_buffer', 'init', 'erl_init',
  'erts_code_purger',
];

/** Where OTP keeps its applications; code path entries under it name OTP's
 * directories, which erlts answers for with its stdlib (never read from disk). */
export const OTP_LIB_DIR = '/usr/lib/erlang/lib';

export class ModRef {
  e: Record<string, ErlFn | undefined> = Object.create(null);
  constructor(readonly name: string) {}
}

/**
 * A native function wrapped so that its errors carry its stack entry. Fixed-arity
 * wrappers for the common arities (`arity`, when the caller knows it: a rest parameter
 * allocates an array per call, and BIFs like map_get/2 are called in tight loops).
 */
export function wrapNative(mod: string, name: string, fn: NativeFn, arity = -1): ErlFn {
  let w: (...args: Term[]) => Term;
  switch (arity) {
    case 1:
      w = (a: Term): Term => {
        try {
          return fn(a);
        } catch (e) {
          throw nativeError(e, mod, name, [a]);
        }
      };
      break;
    case 2:
      w = (a: Term, b: Term): Term => {
        try {
          return fn(a, b);
        } catch (e) {
          throw nativeError(e, mod, name, [a, b]);
        }
      };
      break;
    case 3:
      w = (a: Term, b: Term, c: Term): Term => {
        try {
          return fn(a, b, c);
        } catch (e) {
          throw nativeError(e, mod, name, [a, b, c]);
        }
      };
      break;
    default:
      w = (...args: Term[]): Term => {
        try {
          return fn(...args);
        } catch (e) {
          throw nativeError(e, mod, name, args);
        }
      };
  }
  return w as ErlFn;
}

export function undefError(mod: string, name: string, args: Term[]): ErlangError {
  const e = new ErlangError('error', 'undef');
  const r = captureRaw(undefError);
  r.top.push([mod, name, listOf(args), listOf([])]);
  setRaw(e, r);
  return e;
}

export class CodeServer {
  private refs = new Map<string, ModRef>();
  readonly modules = new Map<string, LoadedModule>();
  private loading = new Set<string>();
  private wrapped = new Map<string, ErlFn>();
  /** Tries to find, compile and load a module; true if it is now loaded. */
  loader: ((mod: string) => boolean) | null = null;

  modRef(name: string): ModRef {
    let r = this.refs.get(name);
    if (!r) {
      r = new ModRef(name);
      this.refs.set(name, r);
    }
    return r;
  }

  /** Old versions (at most one per module). */
  readonly old = new Map<string, LoadedModule>();
  /** Which loaded version each top-level function of a module body belongs to. */
  readonly owner = new WeakMap<object, LoadedModule>();
  /** Every module that has been loaded (erlang:delete_module/1 answers true for them
   * even without current code, undefined for the others). */
  readonly known = new Set<string>();
  /** The code path (code:get_path/0): user directories; the stdlib is searched after. */
  path: string[] = [];

  /** Makes `m` current; a current version becomes old (replacing an old one: callers
   * that must refuse with not_purged check `old` first). */
  install(m: LoadedModule): void {
    const cur = this.modules.get(m.name);
    if (cur) this.old.set(m.name, cur);
    this.modules.set(m.name, m);
    this.known.add(m.name);
    this.modRef(m.name).e = Object.create(null);
  }

  /** The version `fn` (a function of a compiled module body) belongs to. */
  ownerOf(fn: unknown): LoadedModule | undefined {
    return typeof fn === 'function' ? this.owner.get(fn) : undefined;
  }

  /** erlang:delete_module/1: current becomes old, calls then go to the loader again. */
  deleteModule(name: string): void {
    const cur = this.modules.get(name);
    if (!cur) return;
    this.old.set(name, cur);
    this.modules.delete(name);
    this.modRef(name).e = Object.create(null);
  }

  /** Forgets the old version (its functions stay alive while anything holds them). */
  purgeOld(name: string): boolean {
    return this.old.delete(name);
  }

  /** The function for `M:F/A`, or undefined. */
  lookup(mod: string, name: string, arity: number): ErlFn | undefined {
    const key = `${name}/${arity}`;
    const n = nativeFunction(mod, name, arity);
    if (n) {
      const wkey = `${mod}:${key}`;
      let w = this.wrapped.get(wkey);
      if (!w) {
        w = wrapNative(mod, name, n, arity);
        this.wrapped.set(wkey, w);
      }
      return w;
    }
    let m = this.modules.get(mod);
    if (!m && this.loader && !this.loading.has(mod)) {
      this.loading.add(mod);
      try {
        if (this.loader(mod)) m = this.modules.get(mod);
      } finally {
        this.loading.delete(mod);
      }
    }
    return m?.exports[key];
  }

  /** Resolve for a call: the function, cached in the ModRef, or one that raises undef. */
  resolve(ref: ModRef, name: string, arity: number): ErlFn {
    const f = this.lookup(ref.name, name, arity);
    if (f) {
      ref.e[`${name}/${arity}`] = f;
      return f;
    }
    const thrower = (...args: Term[]): Term => {
      throw undefError(ref.name, name, args);
    };
    return thrower as ErlFn;
  }

  /** Loaded: a current compiled version, or a native module (always in memory). */
  isLoaded(mod: string): boolean {
    return this.modules.has(mod) || nativeModule(mod) !== undefined || PRE_LOADED.includes(mod);
  }
}
