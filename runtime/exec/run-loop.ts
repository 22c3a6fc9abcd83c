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
  BUDGET, CallFrame, CatchFrame, EntryFrame, Halt, NEXT_CALL, NEXT_RAISE, NEXT_VALUE, ProcessExit, S, SUSPENDED, TryFrame, WaitFrame,
  type ProcessState,
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
  let resumes = RESUMES_PER_SLICE;
  let used = 0;
  try {
    for (;;) {
      let r: Term;
      S.reds = BUDGET;
      try {
        if (p.next === NEXT_CALL) {
          const fn = p.fn!;
          p.fn = null;
          r = fn.apply(null, p.args);
          p.args = EMPTY;
        } else if (p.next === NEXT_VALUE) {
          // Resume call frames in a tight loop while they return values.
          let v = p.value;
          for (;;) {
            const f = stack[stack.length - 1];
            if (!(f instanceof CallFrame)) break;
            stack.pop();
            if (--resumes < 0) {
              // Let others run; this frame resumes next time.
              stack.push(f);
              p.value = v;
              used += BUDGET - S.reds;
              return SLICE_YIELD;
            }
            used += BUDGET - S.reds;
            S.reds = BUDGET;
            v = f.resume(v);
            if (v === SUSPENDED) break;
          }
          if (v !== SUSPENDED) {
            const f = stack.pop();
            if (f === undefined) {
              p.value = v;
              p.err = null;
              used += BUDGET - S.reds;
              return SLICE_DONE;
            }
            if (f instanceof TryFrame) {
              if (f.ofFn) r = (f.ofFn as AnyFn)(v, ...f.vars);
              else r = v;
            } else if (f instanceof CatchFrame) {
              if (f.kFn) r = (f.kFn as AnyFn)(v, ...f.vars);
              else r = v;
            } else r = v;
          } else r = v;
        } else {
          // An exception: unwind to the nearest try/catch frame.
          const ex = p.err!;
          let f = stack.pop();
          while (f !== undefined && !(f instanceof TryFrame) && !(f instanceof CatchFrame)) f = stack.pop();
          if (f === undefined) {
            used += BUDGET - S.reds;
            return SLICE_DONE;
          }
          p.err = null;
          if (f instanceof TryFrame) r = (f.handlerFn as AnyFn)(ex.class, ex.reason, rawOf(ex) as never, ...f.vars);
          else {
            const v = catchValue(ex);
            r = f.kFn ? (f.kFn as AnyFn)(v, ...f.vars) : v;
          }
        }
      } catch (e) {
        if (e instanceof Halt) {
          S.noYield = 0;
          slice.halt = e.status;
          return SLICE_EXIT;
        }
        if (e instanceof ProcessExit) {
          S.noYield = 0;
          slice.halt = null;
          slice.exitReason = e.reason;
          return SLICE_EXIT;
        }
        // Includes a JS RangeError (a real stack overflow): an Erlang error, not a crash.
        S.noYield = 0;
        p.err = caught(e) as ErlangError;
        p.next = NEXT_RAISE;
        used += BUDGET - S.reds;
        continue;
      }
      used += BUDGET - S.reds;
      if (r === SUSPENDED) {
        const fr = S.frames;
        S.frames = [];
        for (let i = fr.length - 1; i >= 1; i--) stack.push(fr[i]!);
        const top = fr[0]!;
        if (top instanceof EntryFrame) {
          p.next = NEXT_CALL;
          p.fn = top.fn as AnyFn;
          p.args = top.args;
          return SLICE_YIELD;
        }
        if (top instanceof WaitFrame) {
          p.next = NEXT_VALUE;
          slice.waitMs = top.ms;
          return SLICE_WAIT;
        }
        stack.push(top);
        p.next = NEXT_VALUE;
        continue;
      }
      p.next = NEXT_VALUE;
      p.value = r;
    }
  } finally {
    p.reductions += used;
    S.proc = null;
  }
}

const EMPTY: Term[] = [];

/** How a run of M:F(Args) ended (Engine.run). */
export type Outcome =
  | { kind: 'return'; value: Term }
  | { kind: 'exception'; cls: 'error' | 'exit' | 'throw'; reason: Term; stack: Term }
  | { kind: 'halt'; status: number };
