// Terms <-> JavaScript values (docs/js-interop.md has the table).
//
// Erlang -> JS (`toJS`) is deep: lists and tuples become arrays, maps plain objects,
// binaries strings. JS -> Erlang comes in two depths. `fromJS` (deep, the JS API's
// converter and js:to_term/1) turns arrays into lists and plain objects into maps, all
// the way down. `fromJSShallow` (what every js:* function returns) converts only
// primitives and keeps any object, array or function as a handle: a JsRef term for
// that very value (runtime/term/types.ts), so that Erlang code can read and change it
// in place and pass it back. One handle per value (a WeakMap), so handles compare by
// identity.
//
// Term objects (pids, refs, ports, funs, and, through fromJS, any term) pass through
// unchanged: a pid put into a JS object comes back as the same pid. An Erlang fun
// becomes a JS function (one per fun): called back from JS code that a process is
// running (inside js:call, js:apply, ...) it runs in that process at once, where it may
// not wait in a receive; called later (an event, a timer, a then-callback) it runs in a
// new process and returns a Promise of its result.
import { Cons, Float, Fun, JsRef, NIL, Pid, Port, Ref, atom, type Term } from '../term/types.js';
import { Bitstring, binary } from '../term/bitstring.js';
import { fromArray } from '../term/list.js';
import { ErlMap, mapFromPairs } from '../term/map.js';
import { ErlangError, badarg } from '../term/errors.js';
import { normBig } from '../term/int.js';
import { S, Uncatchable } from '../exec/state.js';
import { formatException } from '../format/erl-error.js';
import type { Process } from '../proc/process.js';
import type { Scheduler } from '../proc/scheduler.js';
import { spawnCall } from './process-call.js';
import { errorReport, reportAllowed } from '../proc/report.js';

// ----------------------------------------------------------------------- errors

export type ErlangClass = 'error' | 'exit' | 'throw';

/** An Erlang exception seen from JS: a rejected call, a fun called from JS that raised. */
export class ErlangException extends Error {
  /** `error`, `exit` or `throw`. */
  readonly class: ErlangClass;
  readonly reason: Term;
  /** The Erlang stack trace (a list term of `{M, F, ArityOrArgs, Location}`). */
  readonly stacktrace: Term;
  constructor(cls: ErlangClass, reason: Term, stacktrace: Term = NIL) {
    super(describe(cls, reason, stacktrace));
    this.name = 'ErlangException';
    this.class = cls;
    this.reason = reason;
    this.stacktrace = stacktrace;
  }
}

function describe(cls: ErlangClass, reason: Term, stack: Term): string {
  try {
    // erl_error's text ("exception error: ..."), first line only: the stack follows.
    return formatException(cls, reason, stack).split('\n')[0]!.trim();
  } catch {
    return `exception ${cls}`;
  }
}

/** The Erlang reason for something JS threw or rejected with: `{js_error, Name,
 * Message}` for an Error, the (shallow) converted value otherwise. */
export function jsReason(e: unknown): Term {
  if (isErrorLike(e)) return ['js_error', str(e.name), str(e.message)];
  return fromJSShallow(e);
}

function isErrorLike(e: unknown): e is { name: string; message: string } {
  if (e instanceof Error) return true;
  if (typeof e !== 'object' || e === null) return false;
  const o = e as { name?: unknown; message?: unknown };
  return typeof o.name === 'string' && typeof o.message === 'string';
}

/** What a JS exception thrown into Erlang code becomes (js:call and friends): the
 * original Erlang exception when it came from Erlang code called back from JS. */
export function jsThrown(e: unknown): unknown {
  // Halt and ProcessExit (runtime/exec/state.ts) travel through JS untouched.
  if (e instanceof Uncatchable) return e;
  if (e instanceof ErlangException) {
    const inner = erlangOf.get(e);
    return inner ?? new ErlangError(e.class, e.reason);
  }
  if (e instanceof ErlangError) return e;
  if (isErrorLike(e)) return new ErlangError('error', jsReason(e));
  return new ErlangError('error', ['js_throw', fromJSShallow(e)]);
}

const erlangOf = new WeakMap<ErlangException, ErlangError>();

export function exceptionOf(e: ErlangError, stack: Term = NIL): ErlangException {
  const x = new ErlangException(e.class, e.reason, stack);
  erlangOf.set(x, e);
  return x;
}

// ---------------------------------------------------------------------- handles

let handleCount = 0;
const objectHandles = new WeakMap<object, JsRef>();
const symbolHandles = new Map<symbol, JsRef>();

/** The handle of a JS object, function or symbol (the same term every time). */
export function handleOf(v: object | symbol): JsRef {
  const cached = typeof v === 'symbol' ? symbolHandles.get(v) : objectHandles.get(v);
  if (cached !== undefined) return cached;
  const n = ++handleCount;
  const h = new JsRef([n >>> 0, Math.floor(n / 0x100000000) >>> 0, 0], v);
  if (typeof v === 'symbol') symbolHandles.set(v, h);
  else objectHandles.set(v, h);
  return h;
}

// ------------------------------------------------------------------ Erlang -> JS

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

function str(s: string): Bitstring {
  return binary(encoder.encode(s));
}

/** A binary's text (UTF-8), or badarg. */
export function binaryText(b: Bitstring): string {
  if (!b.isBinary) return badarg();
  try {
    return utf8.decode(b.toBytes());
  } catch {
    return badarg();
  }
}

/** The JS value of a term (the table in docs/js-interop.md); badarg for what has no
 * JS value (improper lists, bitstrings, binaries that are not UTF-8, map keys that
 * are not atoms, binaries or integers). `sched` runs funs called back later. */
export function toJS(t: Term, sched: Scheduler | null = null): unknown {
  switch (typeof t) {
    case 'number':
    case 'boolean':
      return t;
    case 'bigint':
      return t;
    case 'string':
      return t === 'undefined' ? undefined : t === 'null' ? null : t;
  }
  if (Array.isArray(t)) return t.map((e) => toJS(e, sched));
  if (t instanceof Float) return t.value;
  if (t === NIL) return [];
  if (t instanceof Cons) {
    const out: unknown[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      out.push(toJS(l.hd, sched));
      l = l.tl;
    }
    if (l !== NIL) return badarg();
    return out;
  }
  if (t instanceof Bitstring) return binaryText(t);
  if (t instanceof ErlMap) {
    const o: Record<string, unknown> = {};
    t.forEach((k, v) => {
      const key = keyText(k);
      // `o.__proto__ = v` would set the prototype, not a property.
      if (key === '__proto__') Object.defineProperty(o, key, { value: toJS(v, sched), enumerable: true, writable: true, configurable: true });
      else o[key] = toJS(v, sched);
    });
    return o;
  }
  if (t instanceof JsRef) return t.value;
  if (t instanceof Fun) return funToJS(t, sched);
  if (t instanceof Pid || t instanceof Ref || t instanceof Port) return t;
  return badarg();
}

function keyText(k: Term): string {
  if (typeof k === 'string') return k;
  if (typeof k === 'boolean') return String(k);
  if (typeof k === 'number' || typeof k === 'bigint') return String(k);
  if (k instanceof Bitstring) return binaryText(k);
  return badarg();
}

const funWrappers = new WeakMap<Fun, (...a: unknown[]) => unknown>();
const wrapperFuns = new WeakMap<object, Fun>();
/** Depth of JS code run by js:* natives for the running process (see funToJS). */
let jsDepth = 0;

/** Runs `f` as JS code called by the running process (js:call, js:get, ...). */
export function inJs<T>(f: () => T): T {
  jsDepth++;
  try {
    return f();
  } finally {
    jsDepth--;
  }
}

/** The node of the last Runtime started (index.ts): where a fun converted outside any
 * process runs when JS calls it. */
let defaultSched: Scheduler | null = null;
export function setDefaultScheduler(s: Scheduler): void {
  defaultSched = s;
}
export function forgetScheduler(s: Scheduler): void {
  if (defaultSched === s) defaultSched = null;
}

function funToJS(f: Fun, sched: Scheduler | null): (...a: unknown[]) => unknown {
  let w = funWrappers.get(f);
  if (w !== undefined) return w;
  const home = (S.proc as Process | null)?.sched ?? sched ?? defaultSched;
  w = function (...jsArgs: unknown[]): unknown {
    // JS callers pass what they like (Array.prototype.map passes three arguments):
    // the fun gets its arity's worth, `undefined` for missing ones.
    const args: Term[] = [];
    for (let i = 0; i < f.arity; i++) args.push(fromJSShallow(jsArgs[i]));
    const p = S.proc as Process | null;
    if (p !== null && jsDepth > 0) {
      try {
        return toJS(p.sched.rt.callNoYield(f, args), p.sched);
      } catch (e) {
        if (e instanceof ErlangError) throw exceptionOf(e);
        throw e;
      }
    }
    const s = home;
    if (s === null) throw new Error('erlts: an Erlang fun was called from JS with no runtime running');
    const applyFun = (fun: Term, as: Term): Term => s.rt.callMFA('erlang', 'apply', [fun, as]);
    const { proc, outcome } = spawnCall(s, applyFun as never, [f, fromArray(args)], ['erlang', 'apply', 2]);
    const result = outcome.then((o) => {
      if (o.kind === 'return') return toJS(o.value, s);
      if (o.kind !== 'exception') throw new ErlangException('exit', 'stopped');
      // Event handlers drop what they return: the crash is reported as a process's
      // would be (errors and throws), and the rejection below is never "unhandled".
      if (o.cls !== 'exit' && reportAllowed(s)) s.report(errorReport(proc.pid, crashReason(o.cls, o.reason, o.stack)));
      throw new ErlangException(o.cls, o.reason, o.stack);
    });
    result.catch(() => {});
    return result;
  };
  funWrappers.set(f, w);
  wrapperFuns.set(w, f);
  return w;
}

/** A process's exit reason for an uncaught exception (Scheduler.crash). */
function crashReason(cls: ErlangClass, reason: Term, stack: Term): Term {
  if (cls === 'throw') return [['nocatch', reason], stack instanceof Cons ? new Cons(stack.hd, NIL) : stack];
  return cls === 'error' ? [reason, stack] : reason;
}


// ------------------------------------------------------------------ JS -> Erlang

/** A JS number as a term: an integer when it is a safe integer, else a float; NaN
 * and the infinities (no Erlang float holds them) are the atoms nan, infinity and
 * '-infinity'. */
function numberTerm(n: number): Term {
  if (Number.isSafeInteger(n)) return n + 0;
  if (Number.isFinite(n)) return new Float(n);
  return Number.isNaN(n) ? 'nan' : n > 0 ? 'infinity' : '-infinity';
}

/** A primitive's term, or undefined for objects, functions and symbols. */
function primitiveTerm(v: unknown): Term | undefined {
  switch (typeof v) {
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return v;
    case 'number':
      return numberTerm(v);
    case 'bigint':
      return normBig(v);
    case 'string':
      return str(v);
    case 'object':
      return v === null ? 'null' : undefined;
  }
  return undefined;
}

/** Is `v` already a term object (passed through unchanged)? */
function isTermObject(v: object): boolean {
  return v instanceof Pid || v instanceof Ref || v instanceof Port || v instanceof Fun || v instanceof Float || v instanceof Cons || v === NIL || v instanceof Bitstring || v instanceof ErlMap;
}

/** What every js:* function returns: primitives converted, objects, arrays, functions
 * and symbols as handles, term objects as themselves, our wrappers of Erlang funs as
 * those funs. */
export function fromJSShallow(v: unknown): Term {
  const p = primitiveTerm(v);
  if (p !== undefined) return p;
  if (typeof v === 'function') return wrapperFuns.get(v) ?? handleOf(v);
  if (typeof v === 'symbol') return handleOf(v);
  const o = v as object;
  if (isTermObject(o)) return o as Term;
  return handleOf(o);
}

function isPlainObject(o: object): boolean {
  const proto = Object.getPrototypeOf(o);
  return proto === Object.prototype || proto === null;
}

/** A JS value as a term, deeply (the table in docs/js-interop.md): arrays become
 * lists, plain objects maps with binary keys, Uint8Arrays binaries (copied), strings
 * binaries; other objects, functions and symbols handles; terms stay as they are. */
export function fromJS(v: unknown): Term {
  return deep(v, new Set());
}

function deep(v: unknown, path: Set<object>): Term {
  const p = primitiveTerm(v);
  if (p !== undefined) return p;
  if (typeof v !== 'object') return fromJSShallow(v);
  const o = v as object;
  if (isTermObject(o)) return o as Term;
  if (o instanceof Uint8Array) return binary(o.slice());
  const array = Array.isArray(o);
  if (!array && !isPlainObject(o)) return handleOf(o);
  if (path.has(o)) throw new TypeError('erlts: cannot convert a cyclic structure to a term');
  path.add(o);
  let t: Term;
  if (array) {
    const a = o as unknown[];
    t = NIL;
    for (let i = a.length - 1; i >= 0; i--) t = new Cons(deep(a[i], path), t);
  } else {
    const pairs: [Term, Term][] = [];
    for (const k of Object.keys(o)) pairs.push([str(k), deep((o as Record<string, unknown>)[k], path)]);
    t = mapFromPairs(pairs);
  }
  path.delete(o);
  return t;
}

export { atom };
