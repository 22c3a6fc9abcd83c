// A process: its heap stack and run state (what runtime/exec/run-loop.ts needs), its
// mailbox, and its signal state (links, monitors, trap_exit, registered name,
// dictionary).
//
// The mailbox is a singly linked list with a dummy head node. A receive scans it from
// `save`, the node *before* the next message to look at: a message no clause matches
// is skipped by moving `save` on, so when the process waits and is woken by a new
// message, the scan goes on where it stopped instead of starting over (BEAM's save
// pointer). Accepting unlinks the node after `save` in O(1) and puts `save` back at the
// head. `markRef`/`markNode` implement BEAM's reference-receive optimisation: when a
// process makes a reference, the current tail is remembered; a receive whose every
// clause needs that reference in the message (decided by the compiler) starts its scan
// there, since no older message can contain a reference that did not exist yet.
// Links, monitors and the dictionary are allocated on first use: a million idle
// processes should cost little more than their frame and this object.
import { NIL, type Pid, type Ref, type Term } from '../term/types.js';
import type { ErlangError } from '../term/errors.js';
import { NEXT_CALL, type Frame, type Next, type ProcessState } from '../exec/state.js';
import type { TimerEntry } from './timers.js';
import type { RefKey, Scheduler } from './scheduler.js';

export class MsgNode {
  constructor(
    public msg: Term,
    public next: MsgNode | null,
  ) {}
}

/** A monitor: `watcher` is told `{'DOWN', ref, process, object, Reason}` when `target`
 * exits. `object` is the pid, or `{Name, Node}` when the monitor was by name. */
export class Monitor {
  constructor(
    readonly ref: Ref,
    readonly key: RefKey,
    readonly watcher: Process,
    readonly target: Process,
    readonly object: Term,
    readonly byName: boolean,
  ) {}
}

export const RUNNABLE = 0;
export const RUNNING = 1;
export const WAITING = 2;
export const EXITED = 3;

export class Process implements ProcessState {
  readonly stack: Frame[] = [];
  next: Next = NEXT_CALL;
  fn: ((...a: Term[]) => Term) | null = null;
  args: Term[] = [];
  value: Term = NIL;
  err: ErlangError | null = null;
  reductions = 0;

  head = new MsgNode(NIL, null);
  tail: MsgNode = this.head;
  save: MsgNode = this.head;
  qlen = 0;
  markRef: Ref | null = null;
  markNode: MsgNode | null = null;

  status = RUNNABLE;
  inRunq = false;
  /** The `after` timer of the receive the process waits in. */
  recvTimer: TimerEntry | null = null;
  /** That timer fired while the process was not waiting: the receive times out when it
   * next finds nothing. */
  timedOut = false;

  links: Set<Process> | null = null;
  /** Monitors this process holds, by ref key. */
  monitors: Map<RefKey, Monitor> | null = null;
  /** Monitors on this process, by ref key. */
  monitoredBy: Map<RefKey, Monitor> | null = null;
  trapExit = false;
  regName: string | null = null;
  /** The process dictionary: canonical key -> [Key, Value] (dictionary.ts). */
  dict: Map<unknown, [Term, Term]> | null = null;
  groupLeader: Pid;
  /** `{M, F, Arity}` of the spawn. */
  initialCall: Term;
  /** An exit a signal decided while the process was running (it ends when its BIF
   * returns, see bifs.ts `checkPending`). */
  pendingExit: Term | undefined = undefined;
  /** Stack entries below this process's first function, added to its stack traces (an
   * escript's main process sits on escript:run/2 and init's frames). */
  stackBottom: Term[] | null = null;
  /** Keys of the erlang timers aimed at this process (cancelled when it exits). */
  timerKeys: Set<RefKey> | null = null;
  /** process_info has yielded once to let its runnable target run (bifs.ts letItRun). */
  infoYielded = false;
  /** Set when the process has exited. */
  exitReason: Term = NIL;

  constructor(
    readonly pid: Pid,
    readonly sched: Scheduler,
    groupLeader: Pid | null,
    initialCall: Term,
  ) {
    this.groupLeader = groupLeader ?? pid;
    this.initialCall = initialCall;
  }

  /** Appends a message (the caller wakes the process if it waits). */
  enqueueMsg(msg: Term): void {
    const n = new MsgNode(msg, null);
    this.tail.next = n;
    this.tail = n;
    this.qlen++;
  }

  /** Removes the message after `prev` (keeping tail, save pointer and mark valid). */
  removeAfter(prev: MsgNode): void {
    const n = prev.next!;
    prev.next = n.next;
    if (this.tail === n) this.tail = prev;
    if (this.save === n) this.save = prev;
    if (this.markNode === n) this.markNode = prev;
    this.qlen--;
  }

  /** A receive is over (a message matched, or its `after` ran): the next one scans
   * from the head, and its timer, if any, is gone. */
  endReceive(): void {
    this.save = this.head;
    this.timedOut = false;
    if (this.recvTimer !== null) {
      this.sched.timers.cancel(this.recvTimer);
      this.recvTimer = null;
    }
  }

  /** The messages in the queue, oldest first. */
  messages(): Term[] {
    const out: Term[] = [];
    for (let n = this.head.next; n !== null; n = n.next) out.push(n.msg);
    return out;
  }
}
