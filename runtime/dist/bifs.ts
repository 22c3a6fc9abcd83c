// The BIFs of distribution (node/0,1, nodes/0,1, is_alive/0, cookies, monitor_node,
// disconnect_node, spawn_request) and `erlts_dist`, the native half of net_kernel,
// net_adm and the remote spawns of erlang (stdlib/src/net_kernel.erl, net_adm.erl,
// erlts_dist.erl). Operations that wait on the network return a reference at once;
// the answer comes later as the message {Ref, Result}, which the Erlang side receives.
import { badarg } from '../term/errors.js';
import { atomName, Cons, isAtom, LOCAL_NODE, NIL, Pid, Port, Ref, thisNodeName, type Term } from '../term/types.js';
import { fromArray, fromString, toArrayOrUndefined, toJsString } from '../term/list.js';
import { registerNative } from '../bifs/registry.js';
import { S } from '../exec/state.js';
import type { Process } from '../proc/process.js';
import { dist } from './node.js';
import { names } from './epmd.js';

const GLOBAL_STUB_PID = 55;

function self(): Process {
  const p = S.proc as Process | null;
  if (p === null) return badarg();
  dist.attach(p.sched);
  return p;
}

/** Delivers `{Ref, Value}` to `p` later (from a network callback). */
function answerLater(p: Process, work: Promise<Term>): Ref {
  const ref = p.sched.makeRef();
  work.then(
    (v) => p.sched.deliver(p, [ref, v]),
    () => p.sched.deliver(p, [ref, ['error', 'failed']]),
  );
  return ref;
}

function nodeName(t: Term): string {
  if (!isAtom(t)) return badarg();
  return atomName(t);
}

function cookieAtom(t: Term): string {
  if (!isAtom(t)) return badarg();
  return atomName(t);
}

/** The spawn options of spawn_request/5: link, monitor, {reply, R}, {reply_tag, T} and the ignored rest. */
function spawnRequestOpts(opts: Term): { opts: Term[]; reply: 'yes' | 'no' | 'error_only' | 'success_only'; tag: Term } {
  const items = toArrayOrUndefined(opts);
  if (items === undefined) return badarg();
  let reply: 'yes' | 'no' | 'error_only' | 'success_only' = 'yes';
  let tag: Term = 'spawn_reply';
  const out: Term[] = [];
  for (const o of items) {
    if (o === 'link' || o === 'monitor') out.push(o);
    else if (Array.isArray(o) && o.length === 2 && o[0] === 'reply') {
      if (o[1] !== 'yes' && o[1] !== 'no' && o[1] !== 'error_only' && o[1] !== 'success_only') return badarg();
      reply = o[1];
    } else if (Array.isArray(o) && o.length === 2 && o[0] === 'reply_tag') tag = o[1]!;
    else if (Array.isArray(o) && o.length === 2 && o[0] === 'monitor') out.push('monitor');
    else if (Array.isArray(o) && o.length === 2 && typeof o[0] === 'string') continue;
    else return badarg();
  }
  return { opts: out, reply, tag };
}

const funArgs = (f: Term): Term => new Cons(f, new Cons(NIL, NIL));

function sr5(n: Term, m: Term, f: Term, a: Term, o: Term): Term {
  const node = nodeName(n);
  if (!isAtom(m) || !isAtom(f) || toArrayOrUndefined(a) === undefined) return badarg();
  const { opts, reply, tag } = spawnRequestOpts(o);
  const p = self();
  if (node === thisNodeName) return localSpawnRequest(p, m, f, a, opts, reply, tag);
  return dist.spawnRequest(p, node, m, f, a, opts, reply, tag);
}

export function registerDistBifs(): void {
  const nodes = (): Term => fromArray(dist.connectedNodes());
  registerNative('erlang', {
    'node/0': () => thisNodeName,
    'node/1': (t) => {
      if (t instanceof Pid || t instanceof Port || t instanceof Ref) return t.node === LOCAL_NODE && t.creation === 0 ? thisNodeName : t.node;
      return badarg();
    },
    'is_alive/0': () => dist.alive,
    'nodes/0': nodes,
    'nodes/1': (k) => {
      const kinds = isAtom(k) ? [k] : toArrayOrUndefined(k);
      if (kinds === undefined) return badarg();
      for (const x of kinds) if (!['this', 'known', 'visible', 'hidden', 'connected'].includes(x as string)) return badarg();
      const out: Term[] = [];
      if (kinds.includes('this') || kinds.includes('known')) out.push(thisNodeName);
      if (kinds.some((x) => x === 'visible' || x === 'connected' || x === 'known')) out.push(...dist.connectedNodes());
      return fromArray(out);
    },
    'get_cookie/0': () => (dist.alive ? dist.cookie : 'nocookie'),
    'get_cookie/1': (n) => (dist.alive ? dist.cookieFor(nodeName(n)) : 'nocookie'),
    'set_cookie/1': (c) => {
      const v = cookieAtom(c);
      if (!dist.alive) return badarg();
      dist.cookie = v;
      return true;
    },
    'set_cookie/2': (n, c) => {
      const node = nodeName(n);
      const v = cookieAtom(c);
      if (!dist.alive) return badarg();
      if (node === dist.name) dist.cookie = v;
      else dist.cookies.set(node, v);
      return true;
    },
    'monitor_node/2': (n, flag) => {
      const node = nodeName(n);
      if (typeof flag !== 'boolean') return badarg();
      dist.monitorNode(self(), node, flag);
      return true;
    },
    'monitor_node/3': (n, flag, opts) => {
      if (toArrayOrUndefined(opts) === undefined) return badarg();
      const node = nodeName(n);
      if (typeof flag !== 'boolean') return badarg();
      dist.monitorNode(self(), node, flag);
      return true;
    },
    'disconnect_node/1': (n) => {
      const node = nodeName(n);
      if (!dist.alive) return 'ignored';
      return dist.disconnect(node);
    },
    'spawn_request/5': sr5,
    'spawn_request/4': (n, m, f, a) => (isAtom(n) && isAtom(m) ? sr5(n, m, f, a, NIL) : sr5(thisNodeName, n, m, f, a)),
    'spawn_request/3': (n, m, f) =>
      // spawn_request(M, F, A) or spawn_request(Node, Fun, Opts)
      isAtom(n) && isAtom(m) ? sr5(thisNodeName, n, m, f, NIL) : sr5(n, 'erlang', 'apply', funArgs(m), f),
    'spawn_request/2': (a, b) => (isAtom(a) ? sr5(a, 'erlang', 'apply', funArgs(b), NIL) : sr5(thisNodeName, 'erlang', 'apply', funArgs(a), b)),
    'spawn_request/1': (f) => sr5(thisNodeName, 'erlang', 'apply', funArgs(f), NIL),
    'spawn_request_abandon/1': (r) => {
      if (!(r instanceof Ref)) return badarg();
      return dist.spawnAbandon(self(), r);
    },
  });

  registerNative('erlts_dist', {
    /** The scheduler registers a stand-in `global_name_server` (<0.55.0>, for escript's
     * pid numbering); global:erlts_start/0 frees the name for the real server. */
    'free_global_name/0': () => {
      const s = self().sched;
      const p = s.registry.get('global_name_server');
      if (p !== undefined && p.pid.id === GLOBAL_STUB_PID && p.pid.node === LOCAL_NODE) s.unregister('global_name_server');
      return 'ok';
    },
    /** start(Name, LongNames, Cookie | undefined, TickTime) -> Ref; later {Ref, ok | {error, R}}. */
    'start/4': (n, long, cookie, tick) => {
      const p = self();
      const name = nodeName(n);
      if (typeof long !== 'boolean') return badarg();
      if (typeof tick === 'number' && tick > 0) dist.ticktime = tick * 1000;
      return answerLater(
        p,
        dist.start({ name, longnames: long, cookie: cookie === 'undefined' ? undefined : cookieAtom(cookie), iface: process.env['ERLTS_DIST_INTERFACE'] }).then((e) => {
          if (e !== null) return ['error', e];
          dist.attach(p.sched);
          return 'ok';
        }),
      );
    },
    'stop/0': () => {
      self();
      if (!dist.alive) return ['error', 'not_found'];
      dist.stop();
      return 'ok';
    },
    'ping/1': (n) => {
      const p = self();
      const node = nodeName(n);
      return answerLater(p, dist.ping(node).then((ok) => (ok ? 'pong' : 'pang')));
    },
    'names/1': (h) => {
      const p = self();
      const host = toJsString(h) ?? (isAtom(h) ? atomName(h) : badarg());
      return answerLater(
        p,
        names(host).then(
          (l) => ['ok', fromArray(l.map(([name, port]) => [fromString(name), port] as Term))],
          () => ['error', 'address'],
        ),
      );
    },
    'monitor_nodes/2': (flag, opts) => {
      const p = self();
      const items = toArrayOrUndefined(opts);
      if (typeof flag !== 'boolean' || items === undefined) return badarg();
      const info = items.length === 0 ? null : items;
      if (flag) dist.nodeSubscribers.push({ proc: p, info });
      else {
        const i = dist.nodeSubscribers.findIndex((s) => s.proc === p);
        if (i >= 0) dist.nodeSubscribers.splice(i, 1);
      }
      return 'ok';
    },
    'ticktime/0': () => Math.round(dist.ticktime / 1000),
    'set_ticktime/1': (t) => {
      if (typeof t !== 'number' || t <= 0) return badarg();
      dist.ticktime = t * 1000;
      return 'ok';
    },
    'longnames/0': () => dist.longnames,
  });
}

/** spawn_request on this node: a local spawn (linked and monitored as asked, the
 * monitor's reference being the request's), the reply message at once. */
function localSpawnRequest(p: Process, m: Term, f: Term, a: Term, opts: Term[], reply: string, tag: Term): Term {
  const s = p.sched;
  const ref = s.makeRef();
  const q = dist.spawnLocal(s, m, f, toArrayOrUndefined(a)!, p.groupLeader);
  if (q === null) return badarg();
  if (opts.includes('link')) s.link(p, q);
  if (opts.includes('monitor')) s.monitor(p, q, q.pid, false, ref);
  if (reply === 'yes' || reply === 'success_only') s.deliver(p, [tag, ref, 'ok', q.pid]);
  return ref;
}
