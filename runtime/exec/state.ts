// The execution state shared by compiled code and the run loop.
//
// `S` is one instance of a class: compiled code decrements `S.reds` at every function
// entry and loop back-edge. A field of a class instance was measured as the cheapest
// counter (docs/execution.md): cheaper than a module-level `let`, which V8 must treat
// as a mutable context slot.
//
// A capture is *returned*, not thrown: `SUSPENDED` is a unique object (never a term)
// that a suspending function returns, and `S.frames` collects the frames of the JS stack
// as it unwinds, innermost first. Each compiled function with a pending non-tail call
// checks the value it got, pushes the frame that resumes it and returns the sentinel
// in turn; tail calls push nothing (the caller had nothing left to do), which is why
// mutual tail recursion runs in constant memory. Returning costs ~20 ns per frame where
// a JS exception rethrown through every frame cost ~1 µs (docs/execution.md).
//
// `S.noYield` counts the non-suspendable regions the JS stack is in: a native function
// that calls Erlang code and uses the value (a sort with a comparison fun) cannot be
// resumed, so while it runs the reduction check refills the budget instead of yielding.
import type { Term } from '../term/types.js';

/** Reductions per time slice (BEAM uses 4000 per slice for its own units; 2000 calls
 * keep the JS stack comfortably below V8's limit between captures). */
export const BUDGET = 2000;

/** What a stack-trace entry needs to know about a frame: the Erlang function and the
 * line of the call it is waiting on. */
export interface FrameInfo {
  readonly mod: string;
  readonly fn: string;
  readonly arity: number;
  readonly file: string;
  readonly line: number;
  /** The call site's number in its module (stack.ts merges repeated frames by it). */
  readonly site?: number;
}

type AnyFn = (...args: never[]) => Term;

/** A frame on a process's heap stack. */
export abstract class Frame {
  /** The info for stack traces, null for frames that do not appear in them. */
  abstract readonly info: FrameInfo | null;
}

/** A non-tail call site waiting for its callee's value: resumes with `fn(value,
 * ...live)`. The live variables are fields of subclasses for up to three of them, so
 * that a frame is one object, not two: a million-deep body recursion puts a million of
 * them on the heap, and their allocation and promotion is most of what it costs. For
 * the same reason the frame info is not a field: compiled code sets it once on the
 * resume function (`R7.info = I8`), and frames read it from there. */
export class CallFrame extends Frame {
  constructor(readonly fn: AnyFn) {
    super();
  }
  get info(): FrameInfo | null {
    return (this.fn as unknown as { info?: FrameInfo | null }).info ?? null;
  }
  /** Runs the code after the call site with the callee's value. */
  resume(v: Term): Term {
    return (this.fn as unknown as (v: Term) => Term)(v);
  }
}

type ResumeFn = (v: Term, ...live: Term[]) => Term;

export class CallFrame1 extends CallFrame {
  constructor(fn: AnyFn, readonly a: Term) {
    super(fn);
  }
  override resume(v: Term): Term {
    return (this.fn as unknown as ResumeFn)(v, this.a);
  }
}

export class CallFrame2 extends CallFrame {
  constructor(fn: AnyFn, readonly a: Term, readonly b: Term) {
    super(fn);
  }
  override resume(v: Term): Term {
    return (this.fn as unknown as ResumeFn)(v, this.a, this.b);
  }
}

export class CallFrame3 extends CallFrame {
  constructor(fn: AnyFn, readonly a: Term, readonly b: Term, readonly c: Term) {
    super(fn);
  }
  override resume(v: Term): Term {
    return (this.fn as unknown as ResumeFn)(v, this.a, this.b, this.c);
  }
}

export class CallFrameN extends CallFrame {
  constructor(fn: AnyFn, readonly vars: Term[]) {
    super(fn);
  }
  override resume(v: Term): Term {
    return (this.fn as unknown as ResumeFn)(v, ...this.vars);
  }
}

/** The innermost frame of a capture: a function about to be entered (its reduction
 * check failed). Resumes by calling `fn(...args)`. */
export class EntryFrame extends Frame {
  readonly info = null;
  constructor(
    readonly fn: AnyFn,
    readonly args: Term[],
  ) {
    super();
  }
}

/** An Erlang `try` whose body was captured. On a value: `ofFn(value, ...vars)` (or pass
 * the value on when null); on an exception: `handlerFn(class, reason, rawStack, ...vars)`. */
export class TryFrame extends Frame {
  readonly info = null;
  constructor(
    readonly ofFn: AnyFn | null,
    readonly handlerFn: AnyFn,
    readonly vars: Term[],
  ) {
    super();
  }
}

/** `catch Expr` whose body was captured. The value (or the caught exception turned into
 * a value) goes to `kFn(value, ...vars)`, or on up when `kFn` is null. */
export class CatchFrame extends Frame {
  readonly info = null;
  constructor(
    readonly kFn: AnyFn | null,
    readonly vars: Term[],
  ) {
    super();
  }
}

/** A `receive` with no matching message: the process waits. The frame below it
 * resumes the receive: with `RECV_WAKE` when a message arrived (scan the new ones),
 * with `RECV_TIMEOUT` when the `after` time ran out. `ms` null: no timeout. */
export class WaitFrame extends Frame {
  readonly info = null;
  constructor(readonly ms: number | null) {
    super();
  }
}

/** The value a suspending function returns. Compared by identity only. */
export const SUSPENDED: Term = Object.freeze({ suspended: true }) as unknown as Term;
/** What a waiting receive is resumed with (never terms; compared by identity). */
export const RECV_WAKE: Term = Object.freeze({ wake: true }) as unknown as Term;
export const RECV_TIMEOUT: Term = Object.freeze({ timeout: true }) as unknown as Term;

/** Thrown past every Erlang handler: compiled try/catch and native wrappers rethrow it. */
export class Uncatchable {}

/** erlang:halt/1: unwinds everything, not catchable by Erlang code. */
export class Halt extends Uncatchable {
  constructor(readonly status: number) {
    super();
  }
}

/** The running process must end now with `reason` (an exit signal it cannot trap,
 * `exit(self(), kill)`, or one it does not trap, sent to itself). */
export class ProcessExit extends Uncatchable {
  constructor(readonly reason: Term) {
    super();
  }
}

/** What the run loop does next with a process (runtime/exec/run-loop.ts):
 * call `fn(...args)` (its start, or re-entry after a reduction yield), deliver `value`
 * to the frame on top of the heap stack, or deliver the exception `err`. */
export const NEXT_CALL = 0;
export const NEXT_VALUE = 1;
export const NEXT_RAISE = 2;
export type Next = typeof NEXT_CALL | typeof NEXT_VALUE | typeof NEXT_RAISE;

/** A process as the run loop sees it (runtime/proc/process.ts has the rest). */
export interface ProcessState {
  /** The heap stack, outermost frame first. */
  readonly stack: Frame[];
  /** Stack-trace entries below the process's first function (see Process). */
  stackBottom: Term[] | null;
  next: Next;
  fn: ((...a: Term[]) => Term) | null;
  args: Term[];
  value: Term;
  err: import('../term/errors.js').ErlangError | null;
  /** Reductions used so far. */
  reductions: number;
}

export class ExecState {
  reds = BUDGET;
  /** The frames of the capture in progress, innermost first (empty between captures:
   * the run loop pops it empty, a capture pushes onto it). */
  frames: Frame[] = [];
  /** Depth of non-suspendable regions (natives calling Erlang code). */
  noYield = 0;
  /** The running process (its heap stack completes stack traces). */
  proc: ProcessState | null = null;
}

export const S = new ExecState();
