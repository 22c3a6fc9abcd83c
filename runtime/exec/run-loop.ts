// The run loop: runs a process's code between captures and keeps its heap stack.
//
// Compiled code runs on the JS stack until it returns, raises, or captures (returns the
// sentinel `SUSPENDED`, see state.ts). On a capture the frames collected in `S.frames`
// (innermost first) go onto the heap stack, outermost first, and the loop continues with the
// innermost: re-entering the function whose reduction check failed, or waiting for a
// receive timeout. When code returns a value, the loop pops the next heap frame and
// resumes it with that value; when it raises, frames are popped until a `try` or
// `catch` frame takes the exception. This is how a body recursion a million deep runs
// with at most a budget's worth of JS frames: the rest lives on the heap.
import type { Term } from '../term/types.js';
import { NIL } from '../term/types.js';
import type { ErlangError } from '../term/errors.js';
import { BUDGET, CallFrame, CatchFrame, EntryFrame, Halt, S, SUSPENDED, TryFrame, WaitFrame, type Frame } from './state.js';
import { caught, catchValue } from './errors.js';
import { buildStack, rawOf } from './stack.js';

export type Outcome =
  | { kind: 'return'; value: Term }
  | { kind: 'exception'; cls: 'error' | 'exit' | 'throw'; reason: Term; stack: Term }
  | { kind: 'halt'; status: number };

type AnyFn = (...a: Term[]) => Term;

/** How long a process runs before letting the event loop in (timers, IO). */
const SLICE_MS = 20;

/** Resumes the call frames on top of the heap stack with `v` while they return values:
 * the hot path of a deep body recursion unwinding (no closure). Stops at any other frame or at a new capture. */
function resumeCalls(stack: Frame[], v: Term): Term {
  for (;;) {
    const f = stack[stack.length - 1];
    if (!(f instanceof CallFrame)) return v;
    stack.pop();
    S.reds = BUDGET;
    v = f.resume(v);
    if (v === SUSPENDED) return v;
  }
}

export async function runProcess(entry: () => Term): Promise<Outcome> {
  const proc = { stack: [] as Frame[] };
  const stack = proc.stack;
  let next: (() => Term) | null = entry;
  let value: Term = NIL;
  let err: ErlangError | null = null;
  let sliceStart = Date.now();
  for (;;) {
    if (next !== null) {
      const call: () => Term = next;
      next = null;
      S.reds = BUDGET;
      S.proc = proc;
      err = null;
      let r: Term;
      try {
        r = call();
        if (r !== SUSPENDED) r = resumeCalls(stack, r);
      } catch (e) {
        if (e instanceof Halt) {
          S.proc = null;
          S.noYield = 0;
          return { kind: 'halt', status: e.status };
        }
        // Includes a JS RangeError (a real stack overflow): an Erlang error, not a crash.
        S.noYield = 0;
        err = caught(e);
        r = NIL;
      }
      if (r === SUSPENDED) {
        const fr = S.frames;
        S.frames = [];
        for (let i = fr.length - 1; i >= 1; i--) stack.push(fr[i]!);
        const top = fr[0]!;
        if (top instanceof EntryFrame) {
          next = () => (top.fn as AnyFn)(...top.args);
          if (Date.now() - sliceStart > SLICE_MS) {
            S.proc = null;
            await new Promise<void>((r) => setTimeout(r, 0));
            sliceStart = Date.now();
          }
          continue;
        }
        if (top instanceof WaitFrame) {
          S.proc = null;
          if (top.ms === null) return new Promise<Outcome>(() => {}); // no message can ever come
          await new Promise<void>((r) => setTimeout(r, top.ms!));
          sliceStart = Date.now();
          value = 'timeout';
          err = null;
        } else {
          stack.push(top);
          continue;
        }
      } else if (err === null) {
        value = r;
      }
    }
    const f = stack.pop();
    if (f === undefined) {
      S.proc = null;
      if (err) return { kind: 'exception', cls: err.class, reason: err.reason, stack: buildStack(rawOf(err)) };
      return { kind: 'return', value };
    }
    if (err !== null) {
      const ex = err;
      if (f instanceof TryFrame) {
        err = null;
        next = () => (f.handlerFn as AnyFn)(ex.class, ex.reason, rawOf(ex) as never, ...f.vars);
      } else if (f instanceof CatchFrame) {
        err = null;
        const v = catchValue(ex);
        if (f.kFn) next = () => (f.kFn as AnyFn)(v, ...f.vars);
        else value = v;
      }
      continue;
    }
    const v = value;
    if (f instanceof CallFrame) next = () => f.resume(v);
    else if (f instanceof TryFrame) {
      if (f.ofFn) next = () => (f.ofFn as AnyFn)(v, ...f.vars);
    } else if (f instanceof CatchFrame) {
      if (f.kFn) next = () => (f.kFn as AnyFn)(v, ...f.vars);
    }
  }
}
