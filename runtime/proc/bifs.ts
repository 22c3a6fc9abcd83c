// The `erlang` BIFs of processes: spawning, messages, links, monitors, exit signals,
// the registry, the process dictionary, process_info, timers and clocks.
//
// They act on the running process (`S.proc`) and its scheduler. A BIF whose signal
// ends the running process itself (exit(self(), kill), a link to a process it just
// killed) throws `ProcessExit` once its work is done: the process is gone, however
// many try/catch it is inside.
import { badarg, ErlangError } from '../term/errors.js';
import { atomName, Cons, Fun, isAtom, LOCAL_NODE, NIL, Pid, Port, Ref, type Term } from '../term/types.js';
import { fromArray, fromString, toArrayOrUndefined, toJsString } from '../term/list.js';
import { pidToString, refToString } from '../term/print.js';
import { exactEq } from '../term/compare.js';
import { nativeFunction, registerNative } from '../bifs/registry.js';
import { CallFrame, EntryFrame, ProcessExit, S, SUSPENDED, WaitFrame } from '../exec/state.js';
import { setOutputRoute } from '../bifs/io.js';
import { buildStack, captureRaw, RawStack } from '../exec/stack.js';
import { EXITED, RUNNABLE, RUNNING, WAITING, type Process } from './process.js';
import { refKey, withoutKey, type Entry } from './scheduler.js';
import { dictErase, dictEraseAll, dictGet, dictGetAll, dictKeys, dictPut } from './dictionary.js';
import { now } from './timers.js';
import { dist } from '../dist/node.js';
import { registerDistBifs } from '../dist/bifs.js';
import { thisNodeName } from '../term/types.js';

/**
 * erlang:hibernate/3, second half: the process keeps nothing of its stack (a later
 * return from M:F(A) ends it, as on BEAM) and waits for a message without taking
 * it; then M:F(A) runs. With a message already queued it runs at once.
 */
function hibernateNow(m: Term, f: Term, a: Term): Term {
  const p = self();
  p.stack.length = 0;
  const wake = (): Term => {
    hibernating.delete(p);
    return p.sched.rt.callMFA(m, f, toArrayOrUndefined(a)!);
  };
  if (p.head.next !== null) return wake();
  hibernating.add(p);
  S.frames.push(new WaitFrame(null));
  S.frames.push(new CallFrame(wake as never));
  return SUSPENDED;
}

/** Processes waiting in erlang:hibernate/3: their current_function is {erlang,hibernate,3}, as on BEAM. */
const hibernating = new WeakSet<Process>();

/** demonitor/1,2 deactivates the alias of a monitor made with {alias, demonitor | reply_demonitor}. */
function dropAlias(me: Process, r: Ref): void {
  const t = aliasTable(me);
  if (t.size === 0) return;
  const a = aliasGet(t, r);
  if (a !== undefined && a.proc === me && (a.mode === 'demonitor' || a.mode === 'reply_demonitor')) aliasDelete(me, t, r.ids[0]!);
}

/** Removes an alias; a table that would become empty is replaced (see withoutKey). */
function aliasDelete(p: Process, t: Map<number, Alias>, key: number): void {
  if (withoutKey(t, key) !== null) return;
  const fresh = new Map<number, Alias>();
  aliasTables.set(p.sched, fresh);
  if (lastSched === p.sched) lastTable = fresh;
}

/** What the `erlang` signal BIFs do with a port (a socket, runtime/net/inet.ts): link,
 * unlink, exit/2, and the ports linked to a process (process_info links). */
export interface PortSignals {
  link(me: Process, port: Port): Term;
  unlink(me: Process, port: Port): Term;
  exit(me: Process, port: Port, reason: Term): Term;
  linked(p: Process): Term[];
}
export const portSignals: { ops: PortSignals | null } = { ops: null };

function self(): Process {
  const p = S.proc as Process | null;
  return p ?? badarg();
}

/** Ends the running process now if a signal it caused says so. */
function checkPending(p: Process): void {
  const r = p.pendingExit;
  if (r !== undefined) {
    p.pendingExit = undefined;
    throw new ProcessExit(r);
  }
}

/** Spawn options as far as they matter here: link, monitor. */
function spawnOpts(opts: Term): { link: boolean; monitor: boolean } {
  const items = toArrayOrUndefined(opts);
  if (items === undefined) return badarg();
  let link = false;
  let monitor = false;
  for (const o of items) {
    if (o === 'link') link = true;
    else if (o === 'monitor') monitor = true;
    else if (Array.isArray(o) && o.length === 2 && o[0] === 'monitor') monitor = true;
    else if (Array.isArray(o) && o.length === 2 && typeof o[0] === 'string') {
      // {priority, P}, {fullsweep_after, N}, {min_heap_size, N}, {message_queue_data, D}, ...
      continue;
    } else return badarg();
  }
  return { link, monitor };
}

// Process aliases (OTP 24): a reference that, while active, delivers what is sent to
// it to the process that made it. monitor/3's {alias, Mode} and alias/0,1 make one;
// unalias/1, demonitor of an alias monitor (mode demonitor, reply_demonitor) or the
// first message through it (reply_demonitor, alias/1's reply) deactivate it. A message
// to an inactive alias is dropped, which is what keeps a late gen call reply out of
// the caller's mailbox after a timeout.
type AliasMode = 'explicit_unalias' | 'demonitor' | 'reply_demonitor' | 'reply';
interface Alias {
  proc: Process;
  mode: AliasMode;
  ref: Ref;
}
// Keyed by the reference's first word (its counter on this node: unique while the
// node runs); a hit is confirmed by comparing the whole reference.
const aliasTables = new WeakMap<object, Map<number, Alias>>();
let lastSched: object | null = null;
let lastTable: Map<number, Alias> | null = null;
function aliasTable(p: Process): Map<number, Alias> {
  if (p.sched === lastSched) return lastTable!;
  let t = aliasTables.get(p.sched);
  if (t === undefined) aliasTables.set(p.sched, (t = new Map()));
  lastSched = p.sched;
  lastTable = t;
  return t;
}
function aliasGet(t: Map<number, Alias>, r: Ref): Alias | undefined {
  const a = t.get(r.ids[0]!);
  return a !== undefined && (a.ref === r || exactEq(a.ref, r)) ? a : undefined;
}
let monitor2: ((...a: Term[]) => Term) | undefined;
function aliasMode(opts: Term, modes: AliasMode[]): AliasMode | null | undefined {
  // the common [{alias, demonitor}] without building arrays
  if (opts instanceof Cons && opts.tl === NIL && Array.isArray(opts.hd) && opts.hd.length === 2 && opts.hd[0] === 'alias' &&
      modes.includes(opts.hd[1] as AliasMode)) return opts.hd[1] as AliasMode;
  const items = toArrayOrUndefined(opts);
  if (items === undefined) return undefined;
  let mode: AliasMode | null = null;
  for (const o of items) {
    if (Array.isArray(o) && o.length === 2 && o[0] === 'alias' && modes.includes(o[1] as AliasMode)) mode = o[1] as AliasMode;
    else if (modes.includes(o as AliasMode) && modes.length === 2) mode = o as AliasMode;
    else if (Array.isArray(o) && o.length === 2 && o[0] === 'tag') continue;
    else return undefined;
  }
  return mode;
}

/** io on standard_io goes to the caller's group leader (runtime/bifs/io.ts). */
function installOutputRoute(): void {
  const request = (pid: Term, req: Term): Term => self().sched.rt.callMFA('erlts_io', 'request', [pid, req]);
  setOutputRoute({
    resolve(dev) {
      if (dev === 'standard_error') return 'stderr';
      if (dev === 'user') return 'stdout';
      const p = S.proc as Process | null;
      let gl: Term;
      if (dev === 'standard_io') {
        if (p === null) return 'stdout';
        gl = p.groupLeader;
      } else if (dev instanceof Pid) gl = dev;
      else if (isAtom(dev) && p !== null) gl = p.sched.registry.get(atomName(dev))?.pid ?? badarg();
      else return badarg();
      if (p === null) return 'stdout';
      // A group leader on another node (a process spawned from there): the request goes over the wire.
      if ((gl as Pid).node !== LOCAL_NODE && S.noYield === 0) return { to: gl };
      const q = p.sched.lookup(gl as Pid);
      if (q === null) throw new ErlangError('error', 'terminated');
      if (q.regName === 'user') return 'stdout';
      if (q.regName === 'standard_error') return 'stderr';
      // A native that runs Erlang code cannot wait for a reply: write directly then.
      if (S.noYield > 0) return 'stdout';
      return { to: gl };
    },
    delegate(to, req) {
      S.frames.push(new EntryFrame(request as never, [to, req]));
      return SUSPENDED;
    },
  });
}

export function registerProcessBifs(): void {
  installOutputRoute();
  const funEntry = (f: Term): Entry => {
    if (!(f instanceof Fun) || f.arity !== 0) return badarg();
    return { fn: self().sched.rt.applyFun as (...a: Term[]) => Term, args: [f, []] };
  };
  /** The initial call of any spawned fun, as OTP reports it. */
  const FUN_INITIAL: Term = ['erlang', 'apply', 2];
  const mfaEntry = (m: Term, f: Term, a: Term): Entry => {
    if (!isAtom(m) || !isAtom(f)) return badarg();
    const args = toArrayOrUndefined(a);
    if (args === undefined) return badarg();
    return { fn: self().sched.rt.callMFA as (...a: Term[]) => Term, args: [m, f, args as unknown as Term] };
  };
  const mfaInitial = (m: Term, f: Term, a: Term): Term => [m, f, toArrayOrUndefined(a)!.length];

  const start = (entry: Entry, initial: Term, opts: { link: boolean; monitor: boolean }): Term => {
    const me = self();
    const p = me.sched.spawn(entry, initial, me);
    if (opts.link) me.sched.link(me, p);
    if (opts.monitor) {
      const ref = me.sched.monitor(me, p, p.pid, false);
      return [p.pid, ref];
    }
    return p.pid;
  };
  /** True when `n` names another node (the spawn goes there: erlts_dist:spawn/5). */
  const remoteNode = (n: Term): boolean => {
    if (!isAtom(n)) badarg();
    return n !== thisNodeName;
  };
  const remoteSpawn = (n: Term, m: Term, f: Term, a: Term, opts: Term): Term => {
    if (!isAtom(m) || !isAtom(f) || toArrayOrUndefined(a) === undefined) return badarg();
    const me = self();
    dist.attach(me.sched);
    S.frames.push(new EntryFrame(me.sched.rt.callMFA as never, ['erlts_dist', 'spawn', [n, m, f, a, opts]]));
    return SUSPENDED;
  };
  const funArgs = (f: Term): Term => (f instanceof Fun && f.arity === 0 ? new Cons(f, new Cons(NIL, NIL)) : badarg());
  const LINK_L: Term = new Cons('link', NIL);
  const MON_L: Term = new Cons('monitor', NIL);
  const NONE = { link: false, monitor: false };
  const LINK = { link: true, monitor: false };
  const MON = { link: false, monitor: true };

  /** The local process a destination names, null when there is none to deliver to
   * (a dead pid, an unknown `{Name, Node}`), or badarg. */
  const destination = (d: Term): Process | null => {
    if (d instanceof Pid) return self().sched.lookup(d);
    if (isAtom(d)) return self().sched.registry.get(atomName(d)) ?? badarg();
    if (Array.isArray(d) && d.length === 2 && isAtom(d[0]!) && isAtom(d[1]!)) {
      // {Name, Node}: an unknown name is no error (on another node it cannot be
      // checked; OTP does not check the local node either).
      if (d[1] !== thisNodeName) return null;
      return self().sched.registry.get(atomName(d[0]!)) ?? null;
    }
    return badarg();
  };
  /** A send to another node (a remote pid, alias or {Name, Node}): out of the fast path. */
  const remoteSend = (d: Term, m: Term): Term => {
    const me = self();
    dist.attach(me.sched);
    if (d instanceof Pid) dist.sendTo(me, d, m);
    else if (d instanceof Ref) dist.aliasSend(me, d, m);
    else dist.regSend(me, atomName((d as Term[])[0] as string), atomName((d as Term[])[1] as string), m);
    return m;
  };
  const send = (d: Term, m: Term): Term => {
    if (d instanceof Pid) {
      if (d.node !== LOCAL_NODE) return remoteSend(d, m);
      const p = self().sched.lookup(d);
      if (p !== null) p.sched.deliver(p, m);
      return m;
    }
    if (Array.isArray(d) && d.length === 2 && d[1] !== thisNodeName && isAtom(d[0]!) && isAtom(d[1]!)) return remoteSend(d, m);
    if (d instanceof Ref) {
      if (d.node !== LOCAL_NODE) return remoteSend(d, m);
      const me = self();
      const t = aliasTable(me);
      const a = aliasGet(t, d);
      if (a !== undefined) {
        if (a.proc.status === EXITED) aliasDelete(me, t, d.ids[0]!);
        else {
          if (a.mode === 'reply_demonitor' || a.mode === 'reply') {
            aliasDelete(me, t, d.ids[0]!);
            if (a.mode === 'reply_demonitor') a.proc.sched.demonitor(a.proc, d);
          }
          me.sched.deliver(a.proc, m);
        }
      }
      return m;
    }
    const p = destination(d);
    if (p !== null) self().sched.deliver(p, m);
    return m;
  };

  const pidArg = (t: Term): Pid => (t instanceof Pid ? t : badarg());

  registerNative('erlang', {
    'self/0': () => self().pid,
    'make_ref/0': () => {
      const me = self();
      const r = me.sched.makeRef();
      me.markRef = r;
      me.markNode = me.tail;
      return r;
    },
    'spawn/1': (f) => start(funEntry(f), FUN_INITIAL, NONE),
    'spawn/2': (n, f) => (remoteNode(n) ? remoteSpawn(n, 'erlang', 'apply', funArgs(f), NIL) : start(funEntry(f), FUN_INITIAL, NONE)),
    'spawn/3': (m, f, a) => start(mfaEntry(m, f, a), mfaInitial(m, f, a), NONE),
    'spawn/4': (n, m, f, a) => (remoteNode(n) ? remoteSpawn(n, m, f, a, NIL) : start(mfaEntry(m, f, a), mfaInitial(m, f, a), NONE)),
    'spawn_link/1': (f) => start(funEntry(f), FUN_INITIAL, LINK),
    'spawn_link/2': (n, f) => (remoteNode(n) ? remoteSpawn(n, 'erlang', 'apply', funArgs(f), LINK_L) : start(funEntry(f), FUN_INITIAL, LINK)),
    'spawn_link/3': (m, f, a) => start(mfaEntry(m, f, a), mfaInitial(m, f, a), LINK),
    'spawn_link/4': (n, m, f, a) => (remoteNode(n) ? remoteSpawn(n, m, f, a, LINK_L) : start(mfaEntry(m, f, a), mfaInitial(m, f, a), LINK)),
    'spawn_monitor/1': (f) => start(funEntry(f), FUN_INITIAL, MON),
    'spawn_monitor/2': (n, f) => (remoteNode(n) ? remoteSpawn(n, 'erlang', 'apply', funArgs(f), MON_L) : start(funEntry(f), FUN_INITIAL, MON)),
    'spawn_monitor/3': (m, f, a) => start(mfaEntry(m, f, a), mfaInitial(m, f, a), MON),
    'spawn_monitor/4': (n, m, f, a) => (remoteNode(n) ? remoteSpawn(n, m, f, a, MON_L) : start(mfaEntry(m, f, a), mfaInitial(m, f, a), MON)),
    'spawn_opt/2': (f, o) => start(funEntry(f), FUN_INITIAL, spawnOpts(o)),
    'spawn_opt/3': (n, f, o) => (remoteNode(n) ? remoteSpawn(n, 'erlang', 'apply', funArgs(f), o) : start(funEntry(f), FUN_INITIAL, spawnOpts(o))),
    'spawn_opt/4': (m, f, a, o) => start(mfaEntry(m, f, a), mfaInitial(m, f, a), spawnOpts(o)),
    'spawn_opt/5': (n, m, f, a, o) => (remoteNode(n) ? remoteSpawn(n, m, f, a, o) : start(mfaEntry(m, f, a), mfaInitial(m, f, a), spawnOpts(o))),

    '!/2': send,
    'send/2': send,
    'send/3': (d, m, opts) => {
      // ([noconnect] from every gen call: checked without building an array)
      if (!(opts instanceof Cons && opts.hd === 'noconnect' && opts.tl === NIL)) {
        const items = toArrayOrUndefined(opts);
        if (items === undefined || items.some((o) => o !== 'noconnect' && o !== 'nosuspend')) return badarg();
      }
      send(d, m);
      return 'ok';
    },
    'pid_to_list/1': (t) => fromString(pidToString(pidArg(t))),
    'list_to_pid/1': (l) => {
      const s = toJsString(l);
      const m = s === undefined ? null : /^<(\d+)\.(\d+)\.(\d+)>$/.exec(s);
      if (m === null) return badarg();
      if (m[1] !== '0') return badarg(); // pids of other nodes need distribution
      return new Pid(Number(m[2]), Number(m[3]));
    },
    'ref_to_list/1': (r) => (r instanceof Ref ? fromString(refToString(r)) : badarg()),
    'list_to_ref/1': (l) => {
      const s = toJsString(l);
      const m = s === undefined ? null : /^#Ref<0((?:\.\d+)+)>$/.exec(s);
      if (m === null) return badarg();
      return new Ref(m[1]!.slice(1).split('.').map(Number).reverse());
    },

    'link/1': (t) => {
      const me = self();
      if (t instanceof Port && portSignals.ops !== null) return portSignals.ops.link(me, t);
      const pid = pidArg(t);
      if (pid.node !== LOCAL_NODE && dist.alive) {
        dist.attach(me.sched);
        dist.link(me, pid);
        return true;
      }
      const p = me.sched.lookup(pid);
      if (p === me) return true;
      if (p === null) {
        if (!me.trapExit) throw new ErlangError('error', 'noproc');
        me.sched.deliver(me, ['EXIT', pid, 'noproc']);
        return true;
      }
      me.sched.link(me, p);
      return true;
    },
    'unlink/1': (t) => {
      const me = self();
      if (t instanceof Port && portSignals.ops !== null) return portSignals.ops.unlink(me, t);
      const pid = pidArg(t);
      if (pid.node !== LOCAL_NODE) {
        dist.unlink(me, pid);
        return true;
      }
      const p = me.sched.lookup(pid);
      if (p !== null) me.sched.unlink(me, p);
      return true;
    },
    'exit/2': (t, reason) => {
      const me = self();
      if (t instanceof Port && portSignals.ops !== null) return portSignals.ops.exit(me, t, reason);
      if (!(t instanceof Pid)) return badarg();
      if (t.node !== LOCAL_NODE) {
        dist.attach(me.sched);
        dist.exit2(me, t, reason);
        return true;
      }
      const p = me.sched.lookup(t);
      if (p !== null) me.sched.exitSignal(p, me.pid, reason, false);
      checkPending(me);
      return true;
    },
    'monitor/2': (type, item) => {
      const me = self();
      if (type !== 'process') return badarg();
      if (item instanceof Pid) {
        if (item.node !== LOCAL_NODE && dist.alive) return (dist.attach(me.sched), dist.monitor(me, item, item.node, item));
        return me.sched.monitor(me, me.sched.lookup(item), item, false);
      }
      if (isAtom(item)) return me.sched.monitor(me, me.sched.registry.get(atomName(item)) ?? null, [item, thisNodeName], true);
      if (Array.isArray(item) && item.length === 2 && isAtom(item[0]!) && isAtom(item[1]!)) {
        if (item[1] !== thisNodeName && dist.alive) return (dist.attach(me.sched), dist.monitor(me, atomName(item[0]!), atomName(item[1]!), item));
        const target = item[1] === thisNodeName ? (me.sched.registry.get(atomName(item[0]!)) ?? null) : null;
        return me.sched.monitor(me, target, item, true);
      }
      return badarg();
    },
    'monitor/3': (type, item, opts) => {
      const me = self();
      const mode = aliasMode(opts, ['explicit_unalias', 'demonitor', 'reply_demonitor']);
      if (mode === undefined) return badarg();
      const ref = (monitor2 ??= nativeFunction('erlang', 'monitor', 2)!)(type, item) as Ref;
      if (mode !== null) aliasTable(me).set(ref.ids[0]!, { proc: me, mode, ref });
      return ref;
    },
    'alias/0': () => {
      const me = self();
      const ref = me.sched.makeRef();
      aliasTable(me).set(ref.ids[0]!, { proc: me, mode: 'explicit_unalias', ref });
      return ref;
    },
    'alias/1': (opts) => {
      const me = self();
      const mode = aliasMode(opts, ['explicit_unalias', 'reply']);
      if (mode === undefined) return badarg();
      const ref = me.sched.makeRef();
      aliasTable(me).set(ref.ids[0]!, { proc: me, mode: mode ?? 'explicit_unalias', ref });
      return ref;
    },
    'unalias/1': (r) => {
      if (!(r instanceof Ref)) return badarg();
      const me = self();
      const t = aliasTable(me);
      const a = aliasGet(t, r);
      if (a === undefined || a.proc !== me) return false;
      t.delete(r.ids[0]!);
      return true;
    },
    'hibernate/3': (m, f, a) => {
      if (!isAtom(m) || !isAtom(f) || toArrayOrUndefined(a) === undefined) return badarg();
      // First yield, so that every caller's frame is on the process's heap stack,
      // then (hibernateNow) drop that stack and wait.
      S.frames.push(new EntryFrame(hibernateNow as never, [m, f, a]));
      return SUSPENDED;
    },
    'demonitor/1': (r) => {
      if (!(r instanceof Ref)) return badarg();
      dropAlias(self(), r);
      if (!self().sched.demonitor(self(), r) && dist.monitors.size > 0) dist.demonitor(self(), r);
      return true;
    },
    'demonitor/2': (r, opts) => {
      if (!(r instanceof Ref)) return badarg();
      let flush = false;
      let info = false;
      if (opts instanceof Cons && opts.hd === 'flush' && opts.tl === NIL) flush = true; // gen's [flush]
      else {
        const items = toArrayOrUndefined(opts);
        if (items === undefined) return badarg();
        for (const o of items) {
          if (o === 'flush') flush = true;
          else if (o === 'info') info = true;
          else return badarg();
        }
      }
      const me = self();
      dropAlias(me, r);
      const found = me.sched.demonitor(me, r) || (dist.monitors.size > 0 && dist.demonitor(me, r));
      if (flush) removeMessages(me, (m) => Array.isArray(m) && m.length === 5 && m[0] === 'DOWN' && exactEq(m[1]!, r));
      return info ? found : true;
    },
    'process_flag/2': (flag, value) => {
      const me = self();
      switch (flag) {
        case 'trap_exit': {
          if (typeof value !== 'boolean') return badarg();
          const old = me.trapExit;
          me.trapExit = value;
          return old;
        }
        case 'priority':
          if (value !== 'low' && value !== 'normal' && value !== 'high' && value !== 'max') return badarg();
          return 'normal';
        case 'min_heap_size':
        case 'min_bin_vheap_size':
        case 'fullsweep_after':
          return typeof value === 'number' ? 233 : badarg();
        case 'message_queue_data':
          return 'on_heap';
        case 'sensitive':
          return false;
        case 'save_calls':
          return 0;
        default:
          return badarg();
      }
    },
    'is_process_alive/1': (t) => self().sched.lookup(pidArg(t)) !== null,
    'processes/0': () => fromArray(self().sched.processes().map((p) => p.pid)),
    'process_info/1': (t) => {
      const pid = pidArg(t);
      const p = self().sched.lookup(pid);
      if (p !== null && letItRun(p, 'process_info', [t])) return SUSPENDED;
      if (p === null) return 'undefined';
      const items = ['current_function', 'initial_call', 'status', 'message_queue_len', 'links', 'dictionary', 'trap_exit',
        'error_handler', 'priority', 'group_leader', 'total_heap_size', 'heap_size', 'stack_size', 'reductions',
        'garbage_collection', 'suspending'];
      const out: Term[] = [];
      if (p.regName !== null) out.push(['registered_name', p.regName]);
      for (const i of items) out.push([i, infoItem(p, i)]);
      return fromArray(out);
    },
    'process_info/2': (t, item) => {
      const pid = pidArg(t);
      const p = self().sched.lookup(pid);
      if (p !== null && letItRun(p, 'process_info', [t, item])) return SUSPENDED;
      if (!(item instanceof Cons) && item !== NIL) {
        if (!isAtom(item)) return badarg();
        const v = infoItem(p, atomName(item));
        if (p === null) return 'undefined';
        if (item === 'registered_name' && p.regName === null) return NIL;
        return [item, v];
      }
      const items = toArrayOrUndefined(item);
      if (items === undefined) return badarg();
      for (const i of items) if (!isAtom(i)) return badarg();
      const vals = items.map((i) => [i, infoItem(p, atomName(i as string))] as Term);
      if (p === null) return 'undefined';
      return fromArray(vals);
    },

    'register/2': (name, t) => {
      const me = self();
      if (!isAtom(name) || name === 'undefined') return badarg();
      if (!(t instanceof Pid)) return badarg();
      const p = me.sched.lookup(t);
      if (p === null || p.regName !== null || me.sched.registry.has(atomName(name))) return badarg();
      me.sched.register(atomName(name), p);
      return true;
    },
    'unregister/1': (name) => {
      const me = self();
      if (!isAtom(name) || !me.sched.registry.has(atomName(name))) return badarg();
      me.sched.unregister(atomName(name));
      return true;
    },
    'whereis/1': (name) => {
      if (!isAtom(name)) return badarg();
      return self().sched.registry.get(atomName(name))?.pid ?? 'undefined';
    },
    'registered/0': () => fromArray([...self().sched.registry.keys()]),

    'put/2': (k, v) => dictPut(self(), k, v),
    'get/1': (k) => dictGet(self(), k),
    'get/0': () => dictGetAll(self()),
    'get_keys/0': () => dictKeys(self(), undefined),
    'get_keys/1': (v) => dictKeys(self(), v),
    'erase/1': (k) => dictErase(self(), k),
    'erase/0': () => dictEraseAll(self()),

    'group_leader/0': () => self().groupLeader,
    'group_leader/2': (gl, t) => {
      if (!(gl instanceof Pid) || !(t instanceof Pid)) return badarg();
      if (t.node !== LOCAL_NODE) {
        dist.groupLeader(self(), gl, t);
        return true;
      }
      const p = self().sched.lookup(t);
      if (p === null) return badarg();
      p.groupLeader = gl;
      return true;
    },

    'send_after/3': (time, dest, msg) => startTimer(time, dest, msg, false),
    'send_after/4': (time, dest, msg, opts) => startTimer(time, dest, msg, false, opts),
    'start_timer/3': (time, dest, msg) => startTimer(time, dest, msg, true),
    'start_timer/4': (time, dest, msg, opts) => startTimer(time, dest, msg, true, opts),
    'cancel_timer/1': (r) => cancelTimer(r, NIL),
    'cancel_timer/2': (r, opts) => cancelTimer(r, opts),
    'read_timer/1': (r) => readTimer(r, NIL),
    'read_timer/2': (r, opts) => readTimer(r, opts),

    'monotonic_time/0': () => int(monotonicNative()),
    'monotonic_time/1': (u) => convert(monotonicNative(), 'native', u),
    'system_time/0': () => int(systemNative()),
    'system_time/1': (u) => convert(systemNative(), 'native', u),
    'time_offset/0': () => int(systemNative() - monotonicNative()),
    'time_offset/1': (u) => convert(systemNative() - monotonicNative(), 'native', u),
    'convert_time_unit/3': (t, from, to) => convert(t, from, to),
    'timestamp/0': () => nowTriple(Number(systemNative() / 1000n)),
    'now/0': () => {
      // Strictly increasing, as erlang:now/0 guarantees.
      const us = Math.max(Number(systemNative() / 1000n), lastNow + 1);
      lastNow = us;
      return nowTriple(us);
    },
    'yield/0': () => {
      S.reds = 0;
      return true;
    },
    'garbage_collect/0': () => true,
    'garbage_collect/1': (t) => (pidArg(t), true),
  });
  // The os module's clocks are the same clock.
  registerNative('os', {
    'system_time/0': () => int(systemNative()),
    'system_time/1': (u) => convert(systemNative(), 'native', u),
    'timestamp/0': () => nowTriple(Number(systemNative() / 1000n)),
    'perf_counter/0': () => int(elapsedNs()),
    'perf_counter/1': (u) => convert(elapsedNs(), 'native', u),
  });
  // What distribution needs from here: deliveries to aliases, spawns for SPAWN_REQUEST.
  dist.aliasDeliver = (sched, r, msg) => {
    const t = aliasTables.get(sched);
    const a = t === undefined ? undefined : aliasGet(t, r);
    if (a === undefined || a.proc.status === EXITED) return;
    if (a.mode === 'reply_demonitor' || a.mode === 'reply') {
      t!.delete(r.ids[0]!);
      if (a.mode === 'reply_demonitor') a.proc.sched.demonitor(a.proc, r);
    }
    sched.deliver(a.proc, msg);
  };
  dist.spawnLocal = (sched, m, f, args, gl) => {
    if (!isAtom(m) || !isAtom(f)) return null;
    const p = sched.spawn({ fn: sched.rt.callMFA as (...a: Term[]) => Term, args: [m, f, args as unknown as Term] }, [m, f, args.length], null);
    p.groupLeader = gl;
    return p;
  };
  registerDistBifs();
}

let lastNow = 0;

function nowTriple(us: number): Term {
  return [Math.floor(us / 1e12), Math.floor(us / 1e6) % 1e6, us % 1e6];
}

/**
 * On BEAM a new or preempted process runs on another scheduler while its parent goes
 * on, so by the time the parent looks at it (process_info) it has usually run until it
 * waits. With one thread, the caller of process_info on a runnable process yields once
 * first (the BIF is called again after the others' turn), which gives the same view.
 * True if the caller must return SUSPENDED now.
 */
function letItRun(target: Process, name: string, args: Term[]): boolean {
  const me = self();
  if (target === me || target.status !== RUNNABLE || S.noYield > 0) return false;
  if (me.infoYielded) {
    me.infoYielded = false;
    return false;
  }
  me.infoYielded = true;
  S.frames.push(new EntryFrame(me.sched.rt.bif('erlang', name, args.length) as never, args));
  return true;
}

/** Removes the messages `pred` accepts from `p`'s queue. */
export function removeMessages(p: Process, pred: (m: Term) => boolean): void {
  let prev = p.head;
  for (let n = prev.next; n !== null; n = prev.next) {
    if (pred(n.msg)) p.removeAfter(prev);
    else prev = n;
  }
}

function infoItem(p: Process | null, item: string): Term {
  const known = INFO_ITEMS.has(item);
  if (!known) return badarg();
  if (p === null) return NIL;
  switch (item) {
    case 'message_queue_len':
      return p.qlen;
    case 'messages':
      return fromArray(p.messages());
    case 'links': {
      // (links, monitors and monitored_by across nodes live in runtime/dist)
      const pids = [...(p.links ?? [])].map((q) => q.pid as Term).concat(dist.remoteLinks(p));
      const ports = portSignals.ops?.linked(p) ?? [];
      return fromArray(ports.length === 0 ? pids : [...ports, ...pids]);
    }
    case 'monitors':
      return fromArray(
        [...(p.monitors?.values() ?? [])].map((m) => ['process', m.byName ? m.object : m.target.pid] as Term).concat(dist.remoteMonitors(p)),
      );
    case 'monitored_by':
      return fromArray([...(p.monitoredBy?.values() ?? [])].map((m) => m.watcher.pid as Term).concat(dist.remoteMonitoredBy(p)));
    case 'status':
      return p.status === RUNNING ? 'running' : p.status === WAITING ? 'waiting' : p.status === RUNNABLE ? 'runnable' : 'exiting';
    case 'registered_name':
      return p.regName ?? NIL;
    case 'dictionary':
      return dictGetAll(p);
    case 'trap_exit':
      return p.trapExit;
    case 'current_function':
      return currentFunction(p);
    case 'initial_call':
      return p.initialCall;
    case 'group_leader':
      return p.groupLeader;
    case 'reductions':
      return p.reductions;
    case 'memory':
      return 1000 + 8 * (p.stack.length + p.qlen);
    case 'total_heap_size':
    case 'heap_size':
      return 233;
    case 'stack_size':
      return p.stack.length;
    case 'priority':
      return 'normal';
    case 'error_handler':
      return 'error_handler';
    case 'garbage_collection':
      return fromArray([['max_heap_size', 0], ['min_bin_vheap_size', 46422], ['min_heap_size', 233], ['fullsweep_after', 65535], ['minor_gcs', 0]]);
    case 'suspending':
      return NIL;
    case 'current_stacktrace':
      return currentStacktrace(p);
    case 'min_heap_size':
      return 233;
    case 'message_queue_data':
      return 'on_heap';
    default:
      return NIL;
  }
}

const INFO_ITEMS = new Set([
  'message_queue_len', 'messages', 'links', 'monitors', 'monitored_by', 'status', 'registered_name', 'dictionary',
  'trap_exit', 'current_function', 'initial_call', 'group_leader', 'reductions', 'memory', 'total_heap_size',
  'heap_size', 'stack_size', 'priority', 'error_handler', 'garbage_collection', 'suspending', 'current_stacktrace',
  'min_heap_size', 'message_queue_data', 'backtrace', 'binary', 'catchlevel', 'current_location', 'last_calls',
  'min_bin_vheap_size', 'sequential_trace_token', 'trace', 'parent', 'label', 'async_dist', 'fullsweep_after',
]);

/** `{M, F, Arity}` of the function a process is in: the frame on top of its heap stack
 * (a waiting process waits in a receive's frame), else its initial call. */
function currentFunction(p: Process): Term {
  if (hibernating.has(p)) return ['erlang', 'hibernate', 3];
  if (p === S.proc) {
    // The running process is in the compiled function that called process_info.
    const top = buildStack(captureRaw(currentFunction));
    if (top instanceof Cons && Array.isArray(top.hd)) {
      const [m, f, a] = top.hd as Term[];
      return [m!, f!, typeof a === 'number' ? a : (toArrayOrUndefined(a!)?.length ?? 0)];
    }
    return p.initialCall;
  }
  for (let i = p.stack.length - 1; i >= 0; i--) {
    const info = p.stack[i]!.info;
    if (info) return [info.mod, info.fn, info.arity];
  }
  return p.initialCall;
}

/** What BEAM shows for a process's current stack (8 entries at most, as
 * erlang:system_flag(backtrace_depth) defaults): for the caller itself, its own stack
 * from the function that called process_info; for another process, the frames of its
 * captured stack, innermost first (a process waiting in a receive has the receive's
 * function on top, at the line of the receive). A process that has not run yet has
 * none. */
function currentStacktrace(p: Process): Term {
  if (p === S.proc) return buildStack(captureRaw(currentStacktrace));
  const r = new RawStack();
  r.heap = [...p.stack].reverse();
  r.bottom = p.stackBottom;
  return buildStack(r);
}

// ----------------------------------------------------------------------- timers

function timeArg(t: Term): number {
  if (typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= 0xffffffff) return t;
  return badarg();
}

function startTimer(time: Term, dest: Term, msg: Term, wrap: boolean, opts: Term = NIL): Term {
  const me = self();
  const items = toArrayOrUndefined(opts);
  if (items === undefined) return badarg();
  let abs = false;
  for (const o of items) {
    if (Array.isArray(o) && o.length === 2 && o[0] === 'abs' && typeof o[1] === 'boolean') abs = o[1];
    else return badarg();
  }
  let ms: number;
  if (abs) {
    // An absolute monotonic time in milliseconds; one before the node started is badarg.
    if (typeof time !== 'number' && typeof time !== 'bigint') return badarg();
    // Floor, as monotonic_time(millisecond) (bigint division would round a negative
    // time up, and the timer would fire up to a millisecond early).
    const nowMs = Number(convert(monotonicNative(), 'native', 'millisecond'));
    const t = Number(time);
    if (t < Number(MONO_BASE / 1000000n)) return badarg();
    ms = Math.max(0, t - nowMs);
  } else ms = timeArg(time);
  if (!(dest instanceof Pid) && !isAtom(dest)) return badarg();
  if (dest instanceof Pid && dest.node !== LOCAL_NODE) return badarg();
  const sched = me.sched;
  const ref = sched.makeRef();
  // A timer to a dead process is never active; one to a process is cancelled when
  // that process exits. A name is looked up when the timer fires.
  const target = dest instanceof Pid ? sched.lookup(dest) : null;
  if (dest instanceof Pid && target === null) return ref;
  const key = refKey(ref);
  const entry = sched.timers.add(ms, () => {
    sched.erlangTimers.delete(key);
    target?.timerKeys?.delete(key);
    const p = target ?? sched.registry.get(atomName(dest as string)) ?? null;
    if (p !== null) sched.deliver(p, wrap ? ['timeout', ref, msg] : msg);
  });
  sched.erlangTimers.set(key, entry);
  if (target !== null) (target.timerKeys ??= new Set()).add(key);
  return ref;
}

function timerOpts(opts: Term): { async: boolean; info: boolean } {
  const items = toArrayOrUndefined(opts);
  if (items === undefined) return badarg();
  let async = false;
  let info = true;
  for (const o of items) {
    if (Array.isArray(o) && o.length === 2 && o[0] === 'async' && typeof o[1] === 'boolean') async = o[1];
    else if (Array.isArray(o) && o.length === 2 && o[0] === 'info' && typeof o[1] === 'boolean') info = o[1];
    else return badarg();
  }
  return { async, info };
}

function cancelTimer(r: Term, opts: Term): Term {
  if (!(r instanceof Ref)) return badarg();
  const { async, info } = timerOpts(opts);
  const me = self();
  const key = refKey(r);
  const t = me.sched.erlangTimers.get(key);
  let result: Term = false;
  if (t !== undefined) {
    me.sched.erlangTimers.delete(key);
    result = me.sched.timers.remaining(t);
    me.sched.timers.cancel(t);
  }
  if (async) {
    if (info) me.sched.deliver(me, ['cancel_timer', r, result]);
    return 'ok';
  }
  return info ? result : 'ok';
}

function readTimer(r: Term, opts: Term): Term {
  if (!(r instanceof Ref)) return badarg();
  const { async } = timerOpts(opts);
  const me = self();
  const t = me.sched.erlangTimers.get(refKey(r));
  const result: Term = t === undefined ? false : me.sched.timers.remaining(t);
  if (async) {
    me.sched.deliver(me, ['read_timer', r, result]);
    return 'ok';
  }
  return result;
}

// ----------------------------------------------------------------------- clocks

/** Native time unit: nanoseconds, as OTP on Linux. Values are beyond 2^53: bigints. */
const startWall = BigInt(Date.now()) * 1000000n;
const startMono = now();
/** erlang:monotonic_time() starts at a large negative value on BEAM; so does ours. */
const MONO_BASE = -576460751000000000n;

function elapsedNs(): bigint {
  return BigInt(Math.floor((now() - startMono) * 1e6));
}

function monotonicNative(): bigint {
  return MONO_BASE + elapsedNs();
}

function systemNative(): bigint {
  return startWall + elapsedNs();
}

/** A bigint as an integer term (a JS number when it is safe). */
function int(b: bigint): Term {
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

function unitsPerSecond(u: Term): number {
  switch (u) {
    case 'second':
    case 'seconds':
      return 1;
    case 'millisecond':
    case 'milli_seconds':
      return 1e3;
    case 'microsecond':
    case 'micro_seconds':
      return 1e6;
    case 'nanosecond':
    case 'nano_seconds':
    case 'native':
      return 1e9;
    case 'perf_counter':
      return 1e9;
    default:
      if (typeof u === 'number' && Number.isInteger(u) && u > 0) return u;
      return badarg();
  }
}

function convert(t: Term, from: Term, to: Term): Term {
  if (typeof t !== 'number' && typeof t !== 'bigint') return badarg();
  const f = unitsPerSecond(from);
  const g = unitsPerSecond(to);
  const v = BigInt(t) * BigInt(g);
  const d = BigInt(f);
  // Floor division, as OTP (towards minus infinity).
  let q = v / d;
  if (v % d !== 0n && v < 0n) q -= 1n;
  return int(q);
}
