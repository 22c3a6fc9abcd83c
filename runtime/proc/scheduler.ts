// The scheduler of one node: the process table, the run queue, timers, the registry,
// and what happens when a process waits or exits.
//
// All processes share the one JS thread. The run queue is FIFO: a process runs one
// slice (runtime/exec/run-loop.ts: until its reduction budget runs out, it waits in a
// receive, or it ends) and, if still runnable, goes to the back. The loop runs slices
// for at most SLICE_MS of wall time, then gives the host event loop a turn
// (setImmediate) so that timers and I/O go on while processes run; a process in an
// infinite loop cannot stop the others or the host.
//
// Signals are delivered at once, in the order they are sent: a message is appended to
// the target's queue (waking it if it waits), an exit signal is acted on immediately.
// With one thread this keeps OTP's guarantee (signals between a pair of processes
// arrive in the order sent) and makes "is_process_alive/1 after exit/2" exact.
// Exits cascade through links iteratively (a queue), so a chain of 100,000 linked
// processes cannot overflow the JS stack.
import { Cons, NIL, Pid, Ref, type Term } from '../term/types.js';
import { LOCAL_NODE } from '../term/types.js';
import type { ErlangError } from '../term/errors.js';
import { buildStack, rawOf } from '../exec/stack.js';
import { CallFrame, NEXT_CALL, NEXT_VALUE, RECV_TIMEOUT, RECV_WAKE, S, SUSPENDED, WaitFrame } from '../exec/state.js';
import { ioServe } from './io-server.js';
import { bytesInput, inputMessage, isInputRequest, type InputSource } from './input.js';
import { runSlice, slice, SLICE_DONE, SLICE_EXIT, SLICE_WAIT, SLICE_YIELD, type Outcome } from '../exec/run-loop.js';
import { EXITED, Monitor, Process, RUNNABLE, RUNNING, WAITING } from './process.js';
import { TimerQueue, now, type TimerEntry } from './timers.js';
import { errorReport, reportAllowed } from './report.js';
import type { Rt } from '../exec/rt.js';

/** Wall time a batch of slices may take before the host event loop gets a turn. */
const SLICE_MS = 10;

/** Pid numbers as escript's node shows them: main is <0.9.0>, the first spawn <0.80.0>. */
export const MAIN_PID = 9;
const USER_PID = 65;
/** The process serving input for `user` (runtime/proc/input.ts). */
const INPUT_PID = 64;
const FIRST_PID = 80;
const PID_LIMIT = 1 << 15;

const macrotask: (f: () => void) => void =
  typeof setImmediate === 'function' ? (f) => setImmediate(f) : (f) => setTimeout(f, 0);

/** The registered processes of an escript's node (OTP 25), with their pid numbers:
 * here they only exist (whereis, registered, monitors, links); `user` and
 * `standard_error` answer output requests of the I/O protocol, and `user` hands input
 * requests to erlts_user_input (runtime/proc/input.ts). */
const SYSTEM_PROCESSES: [number, string][] = [
  [0, 'init'], [1, 'erts_code_purger'], [7, 'socket_registry'], [10, 'erl_prim_loader'], [42, 'logger'],
  [44, 'application_controller'], [49, 'kernel_sup'], [50, 'code_server'], [51, 'inet_db'], [53, 'rex'],
  [55, 'global_name_server'], [58, 'global_group'], [59, 'global_group_check'], [60, 'file_server_2'],
  [61, 'erl_signal_server'], [62, 'standard_error_sup'], [63, 'standard_error'], [65, 'user'], [67, 'kernel_refc'],
  [68, 'kernel_safe_sup'], [69, 'logger_sup'], [70, 'logger_handler_watcher'], [71, 'logger_proxy'],
  [73, 'logger_std_h_default'],
];

export type Entry = { fn: (...a: Term[]) => Term; args: Term[] };

export class Scheduler {
  private readonly table = new Map<number, Process>();
  readonly registry = new Map<string, Process>();
  readonly timers = new TimerQueue(() => this.kick());
  private runq: Process[] = [];
  private rqHead = 0;
  private nextPid = FIRST_PID;
  private scheduled = false;
  private running = false;
  private stopped = false;
  /** Processes whose exit is being propagated (see `exit`). */
  private exiting: [Process, Term][] = [];
  /** The erlang:send_after/start_timer timers, by ref key (cancel_timer, read_timer). */
  readonly erlangTimers = new Map<RefKey, TimerEntry>();
  /** Monitors by name of a name nobody had (see `monitor`). */
  private readonly goneByName = new Set<RefKey>();
  private draining = false;
  /** The group leader every process starts with (the `user` process). */
  readonly user: Pid;
  private main: Process | null = null;
  private keepAlive: ReturnType<typeof setInterval> | null = null;
  private resolveMain: ((o: Outcome) => void) | null = null;
  /** Called first when a process exits, before its links and monitors hear of it (ETS
   * gives the tables it owns to their heirs or deletes them, as BEAM does then). */
  readonly exitHooks: ((p: Process) => void)[] = [];
  /** A send from a registered process of the runtime to another node's pid (set by runtime/dist). */
  remoteSend: ((fromName: string, to: Pid, msg: Term) => void) | null = null;
  /** Called when the node stops (distribution and runtime/net/inet.ts close their sockets). */
  readonly stopHooks: (() => void)[] = [];
  /** Called for every new node once its system processes exist (distribution). */
  static startHooks: ((s: Scheduler) => void)[] = [];
  /** Prints an error report (set by the runtime: where stdout goes). */
  report: (text: string) => void = () => {};
  /** Standard input (read only once someone asks `user` for input). */
  input: InputSource = bytesInput(new Uint8Array(0));
  private inputServer: Process | null = null;
  private inputStarted = false;

  constructor(readonly rt: Rt) {
    this.user = new Pid(USER_PID, 0);
  }

  // ----------------------------------------------------------------- processes

  /** Runs `entry` as the main process; resolves when it ends (or the node halts).
   * As under escript, the main process is linked to `init` (<0.0.0>), and `user`
   * (<0.65.0>) is everyone's group leader. */
  runMain(entry: Entry, initialCall: Term, stackBottom: Term[] | null = null): Promise<Outcome> {
    for (const [n, name] of SYSTEM_PROCESSES) {
      const handle =
        name === 'user' ? (m: Term) => this.userMessage(m) : name === 'standard_error' ? (m: Term) => ioServe(this, m, 'stderr') : () => {};
      this.systemProcess(n, name, n === 0 ? ['otp_ring0', 'start', 2] : ['erlang', 'apply', 2], handle);
    }
    for (const h of Scheduler.startHooks) h(this);
    // Like an Erlang node, the host stays alive while the main process lives, even
    // when every process waits for a message that may never come (escript hangs too).
    this.keepAlive = setInterval(() => {}, 0x7fffffff);
    return new Promise<Outcome>((resolve) => {
      const p = this.newProcess(new Pid(MAIN_PID, 0), this.user, initialCall, entry);
      this.main = p;
      p.stackBottom = stackBottom;
      this.resolveMain = resolve;
      this.link(p, this.registry.get('init')!);
      this.enqueue(p);
    });
  }

  /** A process of the runtime itself: native code handling each message, trapping
   * exits so that nothing kills it. */
  systemProcess(n: number, name: string, initialCall: Term, handle: (msg: Term) => void): Process {
    const wait = new WaitFrame(null);
    const serve = (): Term => {
      const p = S.proc as unknown as Process;
      for (let m = p.head.next; m !== null; m = p.head.next) {
        p.removeAfter(p.head);
        handle(m.msg);
      }
      S.frames.push(wait, resume);
      return SUSPENDED;
    };
    const resume = new CallFrame(serve as never);
    const p = this.newProcess(new Pid(n, 0), this.user, initialCall, { fn: serve, args: [] });
    p.trapExit = true;
    this.register(name, p);
    this.enqueue(p);
    return p;
  }

  /** What `user` does with a message: output at once, input through the input process. */
  private userMessage(m: Term): void {
    if (Array.isArray(m) && m.length === 4 && m[0] === 'io_request' && isInputRequest(m[3]!)) {
      this.deliver(this.inputProcess(), m);
      return;
    }
    ioServe(this, m, 'stdout');
  }

  /** erlts_user_input, started on the first input request; it also starts the input
   * source, whose chunks become `{erlts_stdin, ...}` messages. */
  private inputProcess(): Process {
    let p = this.inputServer;
    if (p === null || p.status === EXITED) {
      const entry = { fn: this.rt.callMFA as (...a: Term[]) => Term, args: ['erlts_user_input', 'start', [] as unknown as Term] };
      p = this.newProcess(new Pid(INPUT_PID, 0), this.user, ['erlts_user_input', 'start', 0], entry);
      this.inputServer = p;
      this.enqueue(p);
    }
    if (!this.inputStarted) {
      this.inputStarted = true;
      this.input.start((chunk) => {
        const q = this.inputServer;
        if (!this.stopped && q !== null) this.deliver(q, inputMessage(chunk));
      });
    }
    return p;
  }

  spawn(entry: Entry, initialCall: Term, parent: Process | null): Process {
    const n = this.nextPid++;
    const pid = new Pid(n % PID_LIMIT, Math.floor(n / PID_LIMIT));
    const p = this.newProcess(pid, parent ? parent.groupLeader : this.user, initialCall, entry);
    this.enqueue(p);
    return p;
  }

  private newProcess(pid: Pid, gl: Pid, initialCall: Term, entry: Entry): Process {
    const p = new Process(pid, this, gl, initialCall);
    p.next = NEXT_CALL;
    p.fn = entry.fn;
    p.args = entry.args;
    this.table.set(pidKey(pid), p);
    return p;
  }

  /** The live local process of a pid, or null. */
  lookup(pid: Pid): Process | null {
    if (pid.node !== LOCAL_NODE) return null;
    return this.table.get(pidKey(pid)) ?? null;
  }

  link(a: Process, b: Process): void {
    (a.links ??= new Set()).add(b);
    (b.links ??= new Set()).add(a);
  }

  unlink(a: Process, b: Process): void {
    a.links?.delete(b);
    b.links?.delete(a);
  }

  /** Registers `p` as `name` (the caller has checked that both are free). */
  register(name: string, p: Process): void {
    this.registry.set(name, p);
    p.regName = name;
  }

  unregister(name: string): void {
    const p = this.registry.get(name);
    if (p === undefined) return;
    this.registry.delete(name);
    p.regName = null;
  }

  processes(): Process[] {
    return [...this.table.values()];
  }

  makeRef(): Ref {
    const n = ++refCounter;
    return new Ref([n >>> 0, (REF_HIGH + Math.floor(n / 0x100000000)) >>> 0, REF_SALT]);
  }

  // ---------------------------------------------------------------- scheduling

  enqueue(p: Process): void {
    if (p.inRunq) return;
    p.inRunq = true;
    this.runq.push(p);
    this.kick();
  }

  kick(): void {
    if (this.scheduled || this.running || this.stopped) return;
    this.scheduled = true;
    macrotask(this.loop);
  }

  private readonly loop = (): void => {
    this.scheduled = false;
    if (this.stopped) return;
    this.running = true;
    const deadline = now() + SLICE_MS;
    let n = 0;
    try {
      while (!this.stopped && this.rqHead < this.runq.length) {
        const p = this.runq[this.rqHead++]!;
        if (this.rqHead > 4096 && this.rqHead * 2 > this.runq.length) {
          this.runq = this.runq.slice(this.rqHead);
          this.rqHead = 0;
        }
        p.inRunq = false;
        if (p.status === EXITED) continue;
        this.runOne(p);
        // Look at the clock every 32 slices, and after every slice that used up its
        // budget (such a slice is long: a busy process must not hold the host for long).
        if ((++n & 31) === 0 || p.status === RUNNABLE) {
          this.timers.fireDue();
          if (now() > deadline) break;
        }
      }
    } finally {
      this.running = false;
    }
    if (this.rqHead === this.runq.length) {
      this.runq = [];
      this.rqHead = 0;
    } else this.kick();
    this.timers.rearm();
  };

  private runOne(p: Process): void {
    p.status = RUNNING;
    const r = runSlice(p);
    if (p.status === EXITED) return;
    if (p.pendingExit !== undefined && !(r === SLICE_EXIT && slice.halt !== null)) {
      // A signal it caused itself ended it (bifs.ts throws as soon as it can; this is
      // the case where the slice ended first).
      const why = p.pendingExit;
      p.pendingExit = undefined;
      return this.exit(p, r === SLICE_EXIT ? slice.exitReason : why);
    }
    switch (r) {
      case SLICE_YIELD:
        p.status = RUNNABLE;
        this.enqueue(p);
        return;
      case SLICE_WAIT:
        p.value = RECV_WAKE;
        if (p.timedOut) {
          p.timedOut = false;
          p.value = RECV_TIMEOUT;
          p.status = RUNNABLE;
          this.enqueue(p);
        } else {
          p.status = WAITING;
          const ms = slice.waitMs;
          if (ms !== null && p.recvTimer === null) p.recvTimer = this.timers.add(ms, () => this.receiveTimeout(p));
        }
        return;
      case SLICE_DONE:
        if (p.err === null) return this.exit(p, 'normal', p.value);
        return this.crash(p, p.err);
      case SLICE_EXIT:
        if (slice.halt !== null) return this.halt(slice.halt);
        return this.exit(p, slice.exitReason);
    }
  }

  private receiveTimeout(p: Process): void {
    p.recvTimer = null;
    if (p.status === EXITED) return;
    if (p.status === WAITING) {
      p.value = RECV_TIMEOUT;
      p.status = RUNNABLE;
      this.enqueue(p);
    } else p.timedOut = true;
  }

  // ------------------------------------------------------------------ messages

  /** Appends `msg` to `p`'s queue and wakes `p` if it waits. */
  deliver(p: Process, msg: Term): void {
    if (p.status === EXITED) return;
    p.enqueueMsg(msg);
    if (p.status === WAITING) {
      p.status = RUNNABLE;
      p.next = NEXT_VALUE;
      this.enqueue(p);
    }
  }

  // --------------------------------------------------------------------- exits

  /** An uncaught exception ends `p`: the exit reason, and OTP's error report for
   * errors and throws (not for exit/1). */
  private crash(p: Process, e: ErlangError): void {
    const stack = buildStack(rawOf(e));
    let reason: Term;
    if (e.class === 'exit') reason = e.reason;
    // An uncaught throw keeps only the entry where it was thrown (measured on OTP 25:
    // BEAM does not save the rest of the stack for a throw no handler asks for).
    else if (e.class === 'throw') reason = [['nocatch', e.reason], stack instanceof Cons ? new Cons(stack.hd, NIL) : stack];
    else reason = [e.reason, stack];
    if (p === this.main) return this.exit(p, reason, undefined, { kind: 'exception', cls: e.class, reason: e.reason, stack });
    if (e.class !== 'exit' && reportAllowed(this)) this.report(errorReport(p.pid, reason));
    this.exit(p, reason);
  }

  /** `p` exits with `reason`: tell its links and monitors, free its name. */
  exit(p: Process, reason: Term, value?: Term, outcome?: Outcome): void {
    if (p.status === EXITED) return;
    p.status = EXITED;
    p.exitReason = reason;
    if (p === this.main) {
      const o: Outcome = outcome ?? (value !== undefined ? { kind: 'return', value } : { kind: 'exception', cls: 'exit', reason, stack: NIL });
      this.finish(o);
      return;
    }
    this.exiting.push([p, reason]);
    if (this.draining) return;
    this.draining = true;
    try {
      // An index, not shift(): one process with 100,000 links queues 100,000 exits.
      for (let i = 0; i < this.exiting.length; i++) {
        const [q, why] = this.exiting[i]!;
        this.propagate(q, why);
      }
    } finally {
      this.exiting = [];
      this.draining = false;
    }
  }

  private propagate(p: Process, reason: Term): void {
    for (const h of this.exitHooks) h(p);
    this.table.delete(pidKey(p.pid));
    if (p.regName !== null) this.unregister(p.regName);
    p.endReceive();
    if (p.timerKeys !== null) {
      for (const k of p.timerKeys) {
        const t = this.erlangTimers.get(k);
        if (t !== undefined) this.timers.cancel(t);
        this.erlangTimers.delete(k);
      }
      p.timerKeys = null;
    }
    p.stack.length = 0;
    p.head.next = null;
    p.tail = p.save = p.head;
    p.qlen = 0;
    p.dict = null;
    if (p.monitors !== null) {
      for (const m of p.monitors.values()) m.target.monitoredBy?.delete(m.key);
      p.monitors = null;
    }
    if (p.monitoredBy !== null) {
      const ms = [...p.monitoredBy.values()];
      p.monitoredBy = null;
      for (const m of ms) {
        m.watcher.monitors?.delete(m.key);
        this.deliver(m.watcher, ['DOWN', m.ref, 'process', m.object, reason]);
      }
    }
    if (p.links !== null) {
      const ls = [...p.links];
      p.links = null;
      for (const q of ls) {
        q.links?.delete(p);
        this.exitSignal(q, p.pid, reason, true);
      }
    }
  }

  /** An exit signal from `from` reaches `q` (a link's, or exit/2's when `link` is false). */
  exitSignal(q: Process, from: Pid, reason: Term, link: boolean): void {
    if (q.status === EXITED) return;
    if (reason === 'kill' && !link) return this.kill(q, 'killed');
    if (q.trapExit) return this.deliver(q, ['EXIT', from, reason]);
    if (reason === 'normal' && !(q.pid === from && !link)) return;
    this.kill(q, reason);
  }

  /** Ends `q` now; the running process is only marked (`pendingExit`): the BIF that
   * caused the signal throws ProcessExit, or the scheduler ends it after its slice. */
  kill(q: Process, reason: Term): void {
    if (q.status === RUNNING) {
      q.pendingExit = reason;
      return;
    }
    this.exit(q, reason);
  }

  // ----------------------------------------------------------------- monitors

  monitor(watcher: Process, target: Process | null, object: Term, byName: boolean, ref: Ref = this.makeRef()): Ref {
    // Monitoring oneself gives a reference and nothing else (OTP 25): no monitor is
    // listed, none fires, demonitor(Ref, [info]) is false.
    if (target === watcher) return ref;
    const key = refKey(ref);
    if (target === null || target.status === EXITED) {
      this.deliver(watcher, ['DOWN', ref, 'process', object, 'noproc']);
      // OTP: demonitor(R, [info]) on such a monitor by name still answers true.
      if (byName) this.goneByName.add(key);
      return ref;
    }
    const m = new Monitor(ref, key, watcher, target, object, byName);
    (watcher.monitors ??= new Map()).set(key, m);
    (target.monitoredBy ??= new Map()).set(key, m);
    return ref;
  }

  /** Removes a monitor `watcher` holds; true if it was active. */
  demonitor(watcher: Process, ref: Ref): boolean {
    const key = refKey(ref);
    const m = watcher.monitors?.get(key);
    if (m === undefined) return this.goneByName.delete(key);
    watcher.monitors = withoutKey(watcher.monitors!, key);
    const t = m.target;
    if (t.monitoredBy !== null) t.monitoredBy = withoutKey(t.monitoredBy, key);
    return true;
  }

  // --------------------------------------------------------------------- stop

  private finish(o: Outcome): void {
    const r = this.resolveMain;
    this.resolveMain = null;
    this.stop();
    r?.(o);
  }

  halt(status: number): void {
    this.finish({ kind: 'halt', status });
  }

  /** Ends everything: the node is gone (escript halts when main returns). */
  stop(): void {
    if (!this.stopped) for (const h of this.stopHooks) h();
    this.stopped = true;
    if (this.inputStarted) this.input.stop();
    if (this.keepAlive !== null) clearInterval(this.keepAlive);
    this.keepAlive = null;
    this.timers.stop();
    this.runq = [];
    this.rqHead = 0;
    for (const p of this.table.values()) p.status = EXITED;
    this.table.clear();
    this.registry.clear();
  }
}

/** A local pid as a process-table key. */
function pidKey(pid: Pid): number {
  return pid.serial * PID_LIMIT + pid.id;
}

/** `m` without `key`, or null when that leaves it empty. V8 shrinks a Map's table in
 * a runtime call when a delete leaves it nearly empty, and a gen_server call makes and
 * drops one monitor and one alias: dropping the Map is cheaper than emptying it. */
export function withoutKey<K, V>(m: Map<K, V>, key: K): Map<K, V> | null {
  if (m.size === 1 && m.has(key)) return null;
  m.delete(key);
  return m;
}

// References made here: a counter shared by every runtime of this JS process (so it
// alone tells them apart), and a random third word, so that a reference decoded from
// an earlier run's term_to_binary is not taken for one of ours.
let refCounter = 0;
const REF_HIGH = 0x48c00000;
const REF_SALT = (Math.random() * 0x100000000) >>> 0;

/** A ref as a map key: its counter for the references made here (a small number,
 * which V8 hashes for free: monitors and timers make and drop one per gen_server
 * call), a string for any other. */
export type RefKey = number | string;
export function refKey(r: Ref): RefKey {
  const ids = r.ids;
  if (ids.length === 3 && ids[2] === REF_SALT && r.node === LOCAL_NODE) return ids[0]! + (ids[1]! - REF_HIGH) * 0x100000000;
  return ids.join('.') + '@' + r.node;
}

