// Running a function in a fresh process and getting its outcome as a Promise: what
// Runtime.call (index.ts) and an Erlang fun called from JS outside any process
// (convert.ts) are built on.
//
// The process's first frame is a native entry that calls the function and, if the
// call captures, puts a TryFrame below everything the callee pushed: the run loop
// delivers the final value to its `of` function and any uncaught exception to its
// handler, so the outcome is seen exactly once, with the stack trace the exception
// had. The process then ends normally (the exception was handed to JS, as erpc hands
// it to its caller: no error report). An exit signal that kills the process first is
// seen by the scheduler's exit hook; a node that stops settles what is left with
// `{exit, stopped}`.
import { NIL, type Term } from '../term/types.js';
import { TryFrame, S, SUSPENDED } from '../exec/state.js';
import { caught } from '../exec/errors.js';
import { buildStack, rawOf, type RawStack } from '../exec/stack.js';
import type { Outcome } from '../exec/run-loop.js';
import type { Process } from '../proc/process.js';
import type { Scheduler } from '../proc/scheduler.js';

type Settle = (o: Outcome) => void;

/** Per scheduler: the processes whose outcome someone waits for. */
const pending = new WeakMap<Scheduler, Map<Process, Settle>>();

function pendingOf(sched: Scheduler): Map<Process, Settle> {
  let m = pending.get(sched);
  if (m === undefined) {
    const table = new Map<Process, Settle>();
    m = table;
    pending.set(sched, table);
    sched.exitHooks.push((p) => {
      const settle = table.get(p);
      if (settle !== undefined) settle({ kind: 'exception', cls: 'exit', reason: p.exitReason, stack: NIL });
    });
  }
  return m;
}

/** Spawns a process running `fn(...args)`; the Promise settles with how it ended. */
export function spawnCall(
  sched: Scheduler,
  fn: (...a: Term[]) => Term,
  args: Term[],
  initialCall: Term,
  parent: Process | null = null,
): { proc: Process; outcome: Promise<Outcome> } {
  const table = pendingOf(sched);
  let settle!: Settle;
  const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
  let proc: Process | null = null;
  const done = (o: Outcome): void => {
    if (proc !== null) table.delete(proc);
    settle(o);
  };
  const ofFn = (v: Term): Term => {
    done({ kind: 'return', value: v });
    return v;
  };
  const handler = (cls: 'error' | 'exit' | 'throw', reason: Term, raw: RawStack): Term => {
    done({ kind: 'exception', cls, reason, stack: buildStack(raw) });
    return 'normal';
  };
  const start = (): Term => {
    let r: Term;
    try {
      r = fn(...args);
    } catch (e) {
      const ee = caught(e); // Halt and ProcessExit go on up
      return handler(ee.class, ee.reason, rawOf(ee));
    }
    if (r === SUSPENDED) {
      S.frames.push(new TryFrame(ofFn as never, handler as never, []));
      return SUSPENDED;
    }
    return ofFn(r);
  };
  proc = sched.spawn({ fn: start, args: [] }, initialCall, parent);
  table.set(proc, done);
  return { proc, outcome };
}

/** The node stopped: every outcome still awaited is `exit: stopped`. */
export function abandonCalls(sched: Scheduler): void {
  const table = pending.get(sched);
  if (table === undefined) return;
  const settles = [...table.values()];
  table.clear();
  for (const s of settles) s({ kind: 'exception', cls: 'exit', reason: 'stopped', stack: NIL });
}
