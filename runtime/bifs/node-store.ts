// `erlts_node_store`: node-wide term tables for the kernel parts written in Erlang
// (logger's configuration, the application controller's environment and state).
//
// OTP keeps these in ETS tables owned by long-lived kernel processes and in
// persistent_term; here every node (scheduler) has its own set of tables, each a map
// from a term key (`=:=`) to a term, in insertion order. Nothing is copied: terms are
// immutable. The runtime reads logger's configuration from TypeScript too (report.ts:
// whether a crashing process's error report is printed).
//
//   get(Tab, Key, Default) -> Value | Default
//   put(Tab, Key, Value)   -> ok
//   erase(Tab, Key)        -> ok
//   to_list(Tab)           -> [{Key, Value}]   (insertion order)
import { Cons, NIL, type Term } from '../term/types.js';
import { S } from '../exec/state.js';
import type { Process } from '../proc/process.js';
import type { Scheduler } from '../proc/scheduler.js';
import { ErlangError } from '../term/errors.js';
import { hashKey } from '../ets/store.js';
import { registerNative } from './registry.js';

type Table = Map<unknown, [Term, Term]>;
const stores = new WeakMap<Scheduler, Map<string, Table>>();
/** Entries every node of a runtime starts with (by the scheduler's `rt`): how the
 * runner hands a `-config` file to the application controller. */
const presets = new WeakMap<object, [string, Term, Term][]>();

export function presetNodeStore(rt: object, tab: string, key: Term, value: Term): void {
  let l = presets.get(rt);
  if (l === undefined) presets.set(rt, (l = []));
  l.push([tab, key, value]);
}

function tables(s: Scheduler): Map<string, Table> {
  let m = stores.get(s);
  if (m === undefined) {
    stores.set(s, (m = new Map()));
    for (const [tab, key, value] of presets.get(s.rt) ?? []) {
      let t = m.get(tab);
      if (t === undefined) m.set(tab, (t = new Map()));
      t.set(hashKey(key), [key, value]);
    }
  }
  return m;
}

function table(tab: Term, create: boolean): Table | undefined {
  if (typeof tab !== 'string') throw new ErlangError('error', 'badarg');
  const p = S.proc as Process | null;
  if (p === null) throw new ErlangError('error', 'badarg');
  const ts = tables(p.sched);
  let t = ts.get(tab);
  if (t === undefined && create) ts.set(tab, (t = new Map()));
  return t;
}

/** The value stored under `key` in `tab` of this node, if any (for TypeScript readers). */
export function nodeStoreGet(s: Scheduler, tab: string, key: Term): Term | undefined {
  return tables(s).get(tab)?.get(hashKey(key))?.[1];
}

export function registerNodeStoreBifs(): void {
  registerNative('erlts_node_store', {
    'get/3': (tab, key, dflt) => {
      const e = table(tab, false)?.get(hashKey(key));
      return e === undefined ? dflt : e[1];
    },
    'put/3': (tab, key, value) => {
      table(tab, true)!.set(hashKey(key), [key, value]);
      return 'ok';
    },
    'erase/2': (tab, key) => {
      table(tab, false)?.delete(hashKey(key));
      return 'ok';
    },
    'to_list/1': (tab) => {
      const t = table(tab, false);
      if (t === undefined) return NIL;
      let l: Term = NIL;
      const es = [...t.values()];
      for (let i = es.length - 1; i >= 0; i--) l = new Cons([es[i][0], es[i][1]], l);
      return l;
    },
  });
}
