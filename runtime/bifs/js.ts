// The `js` module: Erlang code using JavaScript values (docs/js-interop.md).
//
// Every function converts its arguments with toJS (runtime/api/convert.ts) and its
// result with fromJSShallow: primitives become terms, objects, arrays, functions and
// promises come back as handles (JsRef terms) that can be passed back. A JS exception
// becomes error:{js_error, Name, Message} (error:{js_throw, Value} for a thrown
// non-Error), raised in the calling process only.
//
// js:await/1,2 suspends only the calling process: it waits as a receive does (a
// WaitFrame, so other processes run and the host event loop turns) while the promise
// is pending; the promise's callbacks store the outcome and wake the process. A
// message arriving meanwhile wakes it too: it finds no outcome and waits again, with
// the same timer (the scheduler arms one per wait, docs/processes.md). It returns
// {ok, Value} or {error, Reason}: a rejection is a value, not an exception, as
// promise code must usually handle both. The `erlts_js` module holds the natives the
// JS API (runtime/api) starts its node with.
import { JsRef, type Term } from '../term/types.js';
import { Bitstring } from '../term/bitstring.js';
import { ErlangError, badarg } from '../term/errors.js';
import { toArrayOrUndefined } from '../term/list.js';
import { CallFrame, NEXT_VALUE, RECV_TIMEOUT, S, SUSPENDED, WaitFrame } from '../exec/state.js';
import { EXITED, RUNNABLE, WAITING, type Process } from '../proc/process.js';
import { registerNative } from './registry.js';
import { binaryText, fromJS, fromJSShallow, handleOf, inJs, jsReason, jsThrown, toJS } from '../api/convert.js';

/** The running process (every js function is called by one). */
function self(): Process {
  return (S.proc as Process | null) ?? badarg();
}

/** Runs JS code for the calling process: its exceptions become Erlang ones. */
function js<T>(f: () => T): T {
  try {
    return inJs(f);
  } catch (e) {
    throw jsThrown(e);
  }
}

function jsValue(t: Term): unknown {
  return toJS(t, self().sched);
}

/** A property key: an atom's name, a binary's text, an integer, or a symbol's handle. */
function keyOf(k: Term): PropertyKey {
  if (typeof k === 'string') return k;
  if (typeof k === 'boolean') return String(k);
  if (typeof k === 'number') return k;
  if (k instanceof Bitstring) return binaryText(k);
  if (k instanceof JsRef && typeof k.value === 'symbol') return k.value;
  return badarg();
}

function argList(args: Term): unknown[] {
  const items = toArrayOrUndefined(args);
  if (items === undefined) return badarg();
  const sched = self().sched;
  return items.map((a) => toJS(a, sched));
}

/** An object to set a property on (never a copy: that would be lost at once). */
function targetOf(t: Term): object {
  if (!(t instanceof JsRef)) return badarg();
  const v = t.value;
  if ((typeof v !== 'object' || v === null) && typeof v !== 'function') return badarg();
  return v as object;
}

/** A timeout: milliseconds or infinity (null). */
function timeoutOf(t: Term): number | null {
  if (t === 'infinity') return null;
  if (typeof t === 'number' && t >= 0 && t <= 0xffffffff) return t;
  return badarg();
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (typeof v === 'object' || typeof v === 'function') && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

/** js:await/1,2: {ok, Value} when the promise resolves, {error, Reason} when it
 * rejects, {error, timeout} when `ms` passes first. */
function awaitValue(t: Term, ms: number | null): Term {
  const v = jsValue(t);
  if (!isThenable(v)) return ['ok', fromJSShallow(v)];
  const p = self();
  if (S.noYield > 0) throw new ErlangError('error', ['erlts_cannot_wait_in_native', t]);
  let result: Term | undefined;
  let over = false;
  const settle = (r: Term): void => {
    if (over) return;
    over = true;
    result = r;
    if (p.status === WAITING) {
      // As a message would (Scheduler.deliver): resume the frame with RECV_WAKE.
      p.status = RUNNABLE;
      p.next = NEXT_VALUE;
      p.sched.enqueue(p);
    }
  };
  try {
    Promise.resolve(v).then(
      (x) => settle(['ok', fromJSShallow(x)]),
      (e) => settle(['error', jsReason(e)]),
    );
  } catch (e) {
    throw jsThrown(e);
  }
  const wait = new WaitFrame(ms);
  const resume = (why: Term): Term => {
    if (result !== undefined) {
      p.endReceive();
      return result;
    }
    if (why === RECV_TIMEOUT) {
      over = true;
      p.endReceive();
      return ['error', 'timeout'];
    }
    // Woken by a message: the promise is still pending.
    S.frames.push(wait, frame);
    return SUSPENDED;
  };
  const frame = new CallFrame(resume as never);
  S.frames.push(wait, frame);
  return SUSPENDED;
}

const TYPES = new Set(['undefined', 'object', 'boolean', 'number', 'bigint', 'string', 'symbol', 'function']);

export function registerJsBifs(): void {
  registerNative('js', {
    'global/0': () => handleOf(globalThis),
    'get/2': (obj, key) => {
      const o = jsValue(obj);
      const k = keyOf(key);
      return js(() => fromJSShallow((o as Record<PropertyKey, unknown>)[k]));
    },
    'set/3': (obj, key, value) => {
      const o = targetOf(obj);
      const k = keyOf(key);
      const v = jsValue(value);
      js(() => {
        (o as Record<PropertyKey, unknown>)[k] = v;
      });
      return 'ok';
    },
    'call/3': (obj, method, args) => {
      const o = jsValue(obj);
      const k = keyOf(method);
      const as = argList(args);
      return js(() => {
        const f = (o as Record<PropertyKey, unknown>)[k];
        if (typeof f !== 'function') throw new TypeError(`${String(k)} is not a function`);
        return fromJSShallow(Reflect.apply(f, o, as));
      });
    },
    'apply/2': (fun, args) => {
      const f = jsValue(fun);
      const as = argList(args);
      return js(() => {
        if (typeof f !== 'function') throw new TypeError('not a function');
        return fromJSShallow(Reflect.apply(f, undefined, as));
      });
    },
    'new/2': (ctor, args) => {
      const c = jsValue(ctor);
      const as = argList(args);
      return js(() => {
        if (typeof c !== 'function') throw new TypeError('not a constructor');
        return fromJSShallow(Reflect.construct(c, as));
      });
    },
    'await/1': (p) => awaitValue(p, null),
    'await/2': (p, t) => awaitValue(p, timeoutOf(t)),
    'typeof/1': (t) => {
      const ty = typeof jsValue(t);
      return TYPES.has(ty) ? ty : 'object';
    },
    'eval/1': (code) => {
      if (!(code instanceof Bitstring)) return badarg();
      const text = binaryText(code);
      // Indirect eval: global scope, as a <script>.
      const indirect = eval;
      return js(() => fromJSShallow(indirect(text)));
    },
    'to_term/1': (t) => fromJS(jsValue(t)),
    'to_js/1': (t) => fromJSShallow(jsValue(t)),
    'is_handle/1': (t) => t instanceof JsRef,
  });
  registerNative('erlts_js', {
    // The main process of a node started by the JS API: it waits until the node stops.
    'idle/0': idle,
  });
}

const IDLE_WAIT = new WaitFrame(null);
function idle(): Term {
  const p = self();
  // Messages sent to it are dropped (nobody reads them).
  while (p.head.next !== null) p.removeAfter(p.head);
  if (p.status === EXITED) return 'ok';
  S.frames.push(IDLE_WAIT, IDLE_RESUME);
  return SUSPENDED;
}
const IDLE_RESUME = new CallFrame(idle as never);
