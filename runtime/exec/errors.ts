// Turning whatever was thrown into an Erlang exception, with its stack.
//
// Compiled code throws `ErlangError`s made here (`fail`, `fnClause`, `raise`), which
// capture the stack while the raising frame is still on the JS stack. BIFs throw plain
// `ErlangError`s; the wrapper the code server puts around every native function
// (`wrapNative`) adds the BIF's own entry and captures the stack before it unwinds.
// JS errors (a TypeError from a runtime bug, a RangeError) become Erlang errors too:
// never a raw JS crash.
import { ErlangError, type ErlangClass } from '../term/errors.js';
import type { Term } from '../term/types.js';
import { fromArray } from '../term/list.js';
import { Uncatchable } from './state.js';
import { bifEntry, captureRaw, hasRaw, listOf, rawOf, setRaw, buildStack, type RawStack } from './stack.js';

/** The Erlang error for a JS exception. */
export function fromJsError(e: unknown): ErlangError {
  if (e instanceof RangeError) {
    // Stack overflow or an impossible allocation: BEAM would run out of memory or hit
    // a system limit; system_limit is the catchable equivalent.
    return new ErlangError('error', 'system_limit');
  }
  // ERLTS_DEBUG_JS=1 shows the JS error behind the badarg (a runtime or compiler bug).
  if (typeof process !== 'undefined' && process.env?.ERLTS_DEBUG_JS) console.error('erlts JS error:', e);
  return new ErlangError('error', 'badarg');
}

/** Whatever was caught, as an ErlangError with a raw stack. Rethrows Halt and ProcessExit (Uncatchable). */
export function caught(e: unknown): ErlangError {
  if (e instanceof ErlangError) {
    if (!hasRaw(e)) rawOf(e);
    return e;
  }
  if (e instanceof Uncatchable) throw e;
  const ee = fromJsError(e);
  rawOf(ee);
  return ee;
}

export function fail(reason: Term): ErlangError {
  const e = new ErlangError('error', reason);
  setRaw(e, captureRaw(fail));
  return e;
}

export function fnClause(args: Term[]): ErlangError {
  const e = new ErlangError('error', 'function_clause');
  const r = captureRaw(fnClause);
  r.topArgs = listFrom(args);
  setRaw(e, r);
  return e;
}

function listFrom(args: Term[]): Term {
  return fromArray(args);
}

const CLASSES = new Set(['error', 'exit', 'throw']);

/** A Core `raise`: re-raise with a raw stack from a `try`, or raise anew here. */
export function raise(cls: Term, reason: Term, stack?: Term | RawStack): ErlangError {
  if (typeof cls !== 'string' || !CLASSES.has(cls)) {
    const e = new ErlangError('error', 'badarg');
    setRaw(e, captureRaw(raise));
    return e;
  }
  const e = new ErlangError(cls as ErlangClass, reason);
  if (stack !== undefined && typeof stack === 'object' && stack !== null && 'heap' in (stack as object)) setRaw(e, stack as RawStack);
  else if (stack !== undefined) {
    const r = captureRaw(raise);
    r.built = stack as Term;
    setRaw(e, r);
  } else setRaw(e, captureRaw(raise));
  return e;
}

/** Annotate an error thrown by a native function with its entry. */
export function nativeError(e: unknown, mod: string, name: string, args: Term[]): unknown {
  if (e instanceof Uncatchable) return e;
  const ee = e instanceof ErlangError ? e : fromJsError(e);
  if (hasRaw(ee)) return ee;
  const r = captureRaw(nativeError);
  r.top.push(ee.location !== undefined ? [mod, name, listOf(args), ee.location] : bifEntry(mod, name, args));
  setRaw(ee, r);
  return ee;
}

/** The value of `catch Expr` for an exception. */
export function catchValue(e: unknown): Term {
  const ee = caught(e);
  switch (ee.class) {
    case 'throw':
      return ee.reason;
    case 'exit':
      return ['EXIT', ee.reason];
    default:
      return ['EXIT', [ee.reason, buildStack(rawOf(ee))]];
  }
}

/** A guard that raised is a guard that failed (Halt and ProcessExit pass through). */
export function guardFailed(e: unknown): boolean {
  if (e instanceof Uncatchable) throw e;
  return false;
}
