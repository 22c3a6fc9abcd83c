// The run loop: runs one process's code for one time slice and keeps its heap stack.
//
// Compiled code runs on the JS stack until it returns, raises, or captures (returns the
// sentinel `SUSPENDED`, see state.ts). On a capture the frames collected in `S.frames`
// (innermost first) go onto the process's heap stack, outermost first, and the slice
// ends: the innermost frame says why. An `EntryFrame` (the reduction budget ran out)
// means "re-enter this function next time" and the process goes to the back of the run
// queue; a `WaitFrame` means a receive found no matching message and the process waits.
// When code returns a value, the loop pops the next heap frame and resumes it with that
// value; when it raises, frames are popped until a `try` or `catch` frame takes the
// exception. This is how a body recursion a million deep runs with at most a budget's
// worth of JS frames: the rest lives on the heap.
//
// `runSlice` is synchronous and knows nothing of scheduling: the scheduler
// (runtime/proc/scheduler.ts) decides what runs, and what a wait or an exit means.
import type { Term } from '../term/types.js';
import type { ErlangError } from '../term/errors.js';
import {
  BUDGET, CallFrame, CatchFrame, EntryFrame, Halt, NEXT_CALL, NEXT_RAISE, NEXT_VALUE, S, SUSPENDED, TryFrame, Uncatchable, WaitFrame,
  type Frame, type ProcessExit, type ProcessState,
} from './state.js';
import { caught, catchValue } from './errors.js';
import { rawOf } from './stack.js';

/** How a slice ended. */
export const SLICE_YIELD = 0; // budget spent: runnable, call again
export const SLICE_WAIT = 1; // in a receive: `waitMs` says for how long (null: forever)
export const SLICE_DONE = 2; // the code finished: `value` (p.err null) or the exception `p.err`
export const SLICE_EXIT = 3; // forced out: `exitReason` (ProcessExit) or `halt` (Halt)

export interface SliceResult {
  waitMs: number | null;
  exitReason: Term;
  halt: number | null;
}

/** Side results of the last slice (one object, reused: no allocation per slice). */
export const slice: SliceResult = { waitMs: null, exitReason: null as unknown as Term, halt: null };

/** Frames resumed from the heap per slice: a deep recursion unwinding takes turns. */
const RESUMES_PER_SLICE = 4000;

type AnyFn = (...a: Term[]) => Term;

/** Runs `p` until it yields, waits, finishes or is forced out. `S.proc` is `p` meanwhile. */
export function runSlice(p: ProcessState): number {
  S.proc = p;
  const stack = p.stack;
  resumesLeft = RESUMES_PER_SLICE;
  for (;;) {
    let r: Term;
    S.reds = BUDGET;
    try {
      r = step(p, stack);
    } catch (e) {
      if (e instanceof Uncatchable) return forcedOut(p, e);
      // Includes a JS RangeError (a real stack overflow): an Erlang error, not a crash.
      S.noYield = 0;
      p.err = caught(e) as ErlangError;
      p.next = NEXT_RAISE;
      p.reductions += BUDGET - S.reds;
      continue;
    }
    p.reductions += BUDGET - S.reds;
    if (r === SUSPENDED) {
      // S.frames (innermost first) is emptied by popping, outermost first, and reused:
      // a capture pushes onto an empty S.frames. (Popping is inlined by V8; neither a
      // fresh array per capture nor `length = 0` is.)
      const fr = S.frames;
      let top = fr.pop()!;
      while (fr.length > 0) {
        stack.push(top);
        top = fr.pop()!;
      }
      p.next = NEXT_VALUE;
      if (top instanceof WaitFrame) {
        slice.waitMs = top.ms;
        S.proc = null;
        return SLICE_WAIT;
      }
      if (top instanceof EntryFrame) {
        p.next = NEXT_CALL;
        p.fn = top.fn as AnyFn;
        p.args = top.args;
        S.proc = null;
        return SLICE_YIELD;
      }
      stack.push(top);
      continue;
    }
    if (r === DONE) {
      S.proc = null;
      return SLICE_DONE;
    }
    if (r === PAUSE) {
      // A deep recursion unwinding takes turns with the other processes (p.value set).
      S.proc = null;
      return SLICE_YIELD;
    }
    p.next = NEXT_VALUE;
    p.value = r;
    if (--resumesLeft < 0) {
      S.proc = null;
      return SLICE_YIELD;
    }
  }
}

/** Marks "the process has no frames left" (never a term). */
const DONE: Term = Object.freeze({ done: true }) as unknown as Term;
/** Marks "the slice's resumptions are used up" (never a term; p.value is set). */
const PAUSE: Term = Object.freeze({ pause: true }) as unknown as Term;
/** Frames the current slice may still resume. */
let resumesLeft = 0;

/** One step: the call, the resumption of the top frame with the value, or the
 * delivery of the exception. Returns the next value, SUSPENDED, or DONE (then
 * `p.value` or `p.err` is the result). */
function step(p: ProcessState, stack: Frame[]): Term {
  if (p.next === NEXT_VALUE) {
    // The hot path of a deep body recursion unwinding: resume call frames in a tight
    // loop while they return values.
    let v = p.value;
    for (;;) {
      const f = stack.pop();
      if (f === undefined) {
        p.value = v;
        p.err = null;
        return DONE;
      }
      if (f instanceof CallFrame) {
        if (--resumesLeft < 0) {
          stack.push(f);
          p.value = v;
          return PAUSE;
        }
        S.reds = BUDGET;
        v = f.resume(v);
        if (v === SUSPENDED) return v;
        p.reductions++;
        continue;
      }
      if (f instanceof TryFrame) return f.ofFn ? (f.ofFn as AnyFn)(v, ...f.vars) : v;
      if (f instanceof CatchFrame) return f.kFn ? (f.kFn as AnyFn)(v, ...f.vars) : v;
      return v;
    }
  }
  if (p.next === NEXT_CALL) {
    const fn = p.fn!;
    p.fn = null;
    const args = p.args;
    p.args = EMPTY;
    return fn.apply(null, args);
  }
  // An exception: unwind to the nearest try/catch frame.
  const ex = p.err!;
  let f = stack.pop();
  while (f !== undefined && !(f instanceof TryFrame) && !(f instanceof CatchFrame)) f = stack.pop();
  if (f === undefined) return DONE;
  p.err = null;
  if (f instanceof TryFrame) return (f.handlerFn as AnyFn)(ex.class, ex.reason, rawOf(ex) as never, ...f.vars);
  const v = catchValue(ex);
  return f.kFn ? (f.kFn as AnyFn)(v, ...f.vars) : v;
}

function forcedOut(p: ProcessState, e: Uncatchable): number {
  S.noYield = 0;
  S.proc = null;
  p.reductions += BUDGET - S.reds;
  if (e instanceof Halt) {
    slice.halt = e.status;
  } else {
    slice.halt = null;
    slice.exitReason = (e as ProcessExit).reason;
  }
  return SLICE_EXIT;
}

const EMPTY: Term[] = [];

/** How a run of M:F(Args) ended (Engine.run). */
export type Outcome =
  | { kind: 'return'; value: Term }
  | { kind: 'exception'; cls: 'error' | 'exit' | 'throw'; reason: Term; stack: Term }
  | { kind: 'halt'; status: number };
