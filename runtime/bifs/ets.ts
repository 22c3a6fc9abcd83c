// The native half of module `ets` (OTP 25's BIFs; the functions OTP writes in Erlang on
// top of them -- tab2list, foldl/foldr, match_delete, select_delete, delete_all_objects,
// test_ms, match_spec_run -- are in stdlib/src/ets.erl), and erlang:match_spec_test/3.
//
// Tables belong to the node (the scheduler): named ones are found by name, every one by
// its reference (`#Ref<...>`, what ets:new/2 returns for an unnamed table). Storage is in
// runtime/ets/store.ts, match specifications in runtime/ets/ms.ts; docs/ets.md.
//
// Errors are badarg with OTP's error_info: `cause => id` for a table that does not exist,
// `access` when the caller may not read/write it, `badkey`, `keypos`, `position`,
// `table_type`, `already_exists`, `owner`, as measured on OTP 25.
import { Cons, NIL, Pid, Ref, type Term, type Tuple, LOCAL_NODE } from '../term/types.js';
import { ErlangError } from '../term/errors.js';
import { mapFromPairs } from '../term/map.js';
import { fromArray } from '../term/list.js';
import { add } from '../term/arith.js';
import { compare, exactEq } from '../term/compare.js';
import { refKey, type RefKey } from '../proc/scheduler.js';
import type { Scheduler } from '../proc/scheduler.js';
import type { Process } from '../proc/process.js';
import { EXITED } from '../proc/process.js';
import { S } from '../exec/state.js';
import { registerNative } from './registry.js';
import { BagStore, NO_KEY, OrderedStore, SetStore, type Store } from '../ets/store.js';
import { compileMs, isGround, matchPattern, msKind, NO_MATCH, runMs, type CompiledMs } from '../ets/ms.js';

// ------------------------------------------------------------------ errors

const INFO_PLAIN: Term = new Cons(['error_info', mapFromPairs([['module', 'erl_stdlib_errors']])], NIL);
const infoCache = new Map<string, Term>();

/** badarg with the error_info OTP's ets BIFs give (`cause` when there is one). */
function fail(cause?: string): never {
  const e = new ErlangError('error', 'badarg');
  if (cause === undefined) e.location = INFO_PLAIN;
  else {
    let l = infoCache.get(cause);
    if (l === undefined) {
      l = new Cons(['error_info', mapFromPairs([['cause', cause], ['module', 'erl_stdlib_errors']])], NIL);
      infoCache.set(cause, l);
    }
    e.location = l;
  }
  throw e;
}

// ------------------------------------------------------------------ tables

const SET = 0;
const ORDERED = 1;
const BAG = 2;
const DBAG = 3;
const TYPE_NAMES = ['set', 'ordered_set', 'bag', 'duplicate_bag'];

export class Table {
  deleted = false;
  heir: Pid | null = null;
  heirData: Term = NIL;
  readConcurrency: Term = false;
  writeConcurrency: Term = false;
  compressed = false;
  decentralized: Term = false;
  fixes = 0;
  constructor(
    readonly node: EtsNode,
    readonly ref: Ref,
    public name: string,
    readonly named: boolean,
    readonly type: number,
    readonly kp: number,
    public protection: string,
    public owner: Process,
    readonly store: Store,
  ) {}
  /** The identifier the table is known by: its name if named, else its reference. */
  get tid(): Term {
    return this.named ? this.name : this.ref;
  }
}

class EtsNode {
  readonly byName = new Map<string, Table>();
  readonly byRef = new Map<RefKey, Table>();
  readonly refTables = new WeakMap<Ref, Table>();
  /** The reference last looked up and its table (a loop over one table skips the WeakMap). */
  lastRef: Ref | null = null;
  lastRefTable: Table | undefined = undefined;
  readonly owned = new Map<Process, Set<Table>>();
  /** Tables in creation order (ets:all/0). */
  readonly all = new Set<Table>();
  constructor(readonly sched: Scheduler) {
    sched.exitHooks.push((p) => this.ownerExit(p));
  }

  own(t: Table, p: Process): void {
    const old = this.owned.get(t.owner);
    old?.delete(t);
    t.owner = p;
    let s = this.owned.get(p);
    if (s === undefined) this.owned.set(p, (s = new Set()));
    s.add(t);
  }

  drop(t: Table): void {
    t.deleted = true;
    t.store.clear();
    if (this.lastRefTable === t) (this.lastRef = null), (this.lastRefTable = undefined);
    this.all.delete(t);
    this.byRef.delete(refKey(t.ref));
    if (t.named && this.byName.get(t.name) === t) this.byName.delete(t.name);
    this.owned.get(t.owner)?.delete(t);
  }

  /** The owner of some tables exits: each goes to its heir (if alive) or is deleted. */
  ownerExit(p: Process): void {
    const ts = this.owned.get(p);
    if (ts === undefined) return;
    this.owned.delete(p);
    for (const t of ts) {
      const h = t.heir !== null ? this.sched.lookup(t.heir) : null;
      if (h !== null && h !== p && h.status !== EXITED) {
        this.own(t, h);
        this.sched.deliver(h, ['ETS-TRANSFER', t.tid, p.pid, t.heirData]);
      } else {
        t.owner = p;
        this.owned.set(p, new Set([t]));
        this.drop(t);
        this.owned.delete(p);
      }
    }
  }
}

const nodes = new WeakMap<Scheduler, EtsNode>();
let lastSched: Scheduler | null = null;
let lastNode: EtsNode | null = null;

function cur(): Process {
  const p = S.proc as Process | null;
  if (p === null) fail();
  return p;
}

function nodeOf(p: Process): EtsNode {
  const s = p.sched;
  if (s === lastSched) return lastNode!;
  let n = nodes.get(s);
  if (n === undefined) nodes.set(s, (n = new EtsNode(s)));
  lastSched = s;
  lastNode = n;
  return n;
}

const READ = 0;
const WRITE = 1;

/** The table `tid` names, checking the caller's access (badarg `id` / `access`). */
function table(tid: Term, mode: number): Table {
  const p = cur();
  const node = nodeOf(p);
  let t: Table | undefined;
  if (typeof tid === 'string') t = node.byName.get(tid);
  else if (tid === node.lastRef) t = node.lastRefTable;
  else if (tid instanceof Ref) {
    t = node.refTables.get(tid);
    if (t === undefined) {
      t = node.byRef.get(refKey(tid));
      if (t !== undefined) node.refTables.set(tid, t);
    }
    if (t !== undefined) (node.lastRef = tid), (node.lastRefTable = t);
  } else fail('type');
  if (t === undefined || t.deleted) fail('id');
  if (t.protection !== 'public' && t.owner !== p && (mode === WRITE || t.protection === 'private')) fail('access');
  return t;
}

function isTuple(t: Term): t is Tuple {
  return Array.isArray(t);
}

/** The objects of insert/2's argument (badarg if any is not a tuple with the key). */
function objectsOf(t: Table, x: Term): Tuple[] {
  if (isTuple(x)) {
    if (x.length <= t.kp) fail();
    return [x];
  }
  const out: Tuple[] = [];
  let l: Term = x;
  for (; l instanceof Cons; l = l.tl) {
    const o = l.hd;
    if (!isTuple(o) || o.length <= t.kp) fail();
    out.push(o);
  }
  if (l !== NIL) fail();
  return out;
}

function list(items: readonly Term[]): Term {
  return fromArray(items);
}

// ------------------------------------------------------------------ new, delete, info

function newTable(name: Term, opts: Term): Term {
  if (typeof name !== 'string') fail();
  let type = SET;
  let prot = 'protected';
  let named = false;
  let keypos = 1;
  let heir: Pid | null = null;
  let heirData: Term = NIL;
  let rc: Term = false;
  let wc: Term = false;
  let dc: Term | undefined;
  let compressed = false;
  let l: Term = opts;
  for (; l instanceof Cons; l = l.tl) {
    const o = l.hd;
    if (o === 'set' || o === 'ordered_set' || o === 'bag' || o === 'duplicate_bag') type = TYPE_NAMES.indexOf(o);
    else if (o === 'public' || o === 'protected' || o === 'private') prot = o;
    else if (o === 'named_table') named = true;
    else if (o === 'compressed') compressed = true;
    else if (isTuple(o) && o.length === 2 && o[0] === 'keypos' && typeof o[1] === 'number' && o[1] >= 1) keypos = o[1];
    else if (isTuple(o) && o.length === 2 && o[0] === 'heir' && o[1] === 'none') heir = null;
    else if (isTuple(o) && o.length === 3 && o[0] === 'heir' && o[1] instanceof Pid && o[1].node === LOCAL_NODE) {
      heir = o[1];
      heirData = o[2]!;
    } else if (isTuple(o) && o.length === 2 && o[0] === 'read_concurrency' && typeof o[1] === 'boolean') rc = o[1];
    else if (isTuple(o) && o.length === 2 && o[0] === 'write_concurrency' && (typeof o[1] === 'boolean' || o[1] === 'auto')) wc = o[1];
    else if (isTuple(o) && o.length === 2 && o[0] === 'decentralized_counters' && typeof o[1] === 'boolean') dc = o[1];
    else fail();
  }
  if (l !== NIL) fail();
  const p = cur();
  const node = nodeOf(p);
  if (named && node.byName.has(name)) fail('already_exists');
  const kp = keypos - 1;
  const store: Store = type === SET ? new SetStore(kp) : type === ORDERED ? new OrderedStore(kp) : new BagStore(kp, type === DBAG);
  const ref = p.sched.makeRef();
  const t = new Table(node, ref, name, named, type, kp, prot, p, store);
  t.heir = heir;
  t.heirData = heirData;
  // A private table has no concurrency options (measured: info says false).
  t.readConcurrency = prot === 'private' ? false : rc;
  t.writeConcurrency = prot === 'private' ? false : wc;
  t.compressed = compressed;
  t.decentralized = dc ?? (type === ORDERED && wc === true);
  node.own(t, p);
  node.all.add(t);
  node.byRef.set(refKey(ref), t);
  node.refTables.set(ref, t);
  if (named) node.byName.set(name, t);
  return t.tid;
}

function deleteTable(tid: Term): Term {
  const t = table(tid, WRITE);
  t.node.drop(t);
  return true;
}

function memoryWords(t: Table): number {
  let words = t.type === ORDERED ? 138 : 305;
  for (const o of t.store.all(false)) words += 3 + o.length;
  return words;
}

const INFO_ITEMS = [
  'id', 'decentralized_counters', 'read_concurrency', 'write_concurrency', 'compressed', 'memory', 'owner', 'heir',
  'name', 'size', 'node', 'named_table', 'type', 'keypos', 'protection',
];

function infoItem(t: Table, item: Term): Term | undefined {
  switch (item) {
    case 'id': return t.ref;
    case 'decentralized_counters': return t.decentralized;
    case 'read_concurrency': return t.readConcurrency;
    case 'write_concurrency': return t.writeConcurrency;
    case 'compressed': return t.compressed;
    case 'memory': return memoryWords(t);
    case 'owner': return t.owner.pid;
    case 'heir': return t.heir ?? 'none';
    case 'name': return t.name;
    case 'size': return t.store.size;
    case 'node': return LOCAL_NODE;
    case 'named_table': return t.named;
    case 'type': return TYPE_NAMES[t.type]!;
    case 'keypos': return t.kp + 1;
    case 'protection': return t.protection;
    case 'fixed': return t.fixes > 0;
    case 'safe_fixed':
    case 'safe_fixed_monotonic_time':
      return false;
    case 'stats': return false;
  }
  return undefined;
}

/** The table for info/1,2 and whereis: no access check, `undefined` when missing. */
function findTable(tid: Term): Table | undefined {
  const node = nodeOf(cur());
  let t: Table | undefined;
  if (typeof tid === 'string') t = node.byName.get(tid);
  else if (tid instanceof Ref) t = node.byRef.get(refKey(tid));
  else fail();
  return t === undefined || t.deleted ? undefined : t;
}

function info1(tid: Term): Term {
  const t = findTable(tid);
  if (t === undefined) return 'undefined';
  return list(INFO_ITEMS.map((i) => [i, infoItem(t, i)!]));
}

function info2(tid: Term, item: Term): Term {
  const t = findTable(tid);
  // OTP 25: a table that does not exist gives `undefined` whatever the item.
  if (t === undefined) return 'undefined';
  const v = infoItem(t, item);
  if (v === undefined) fail();
  return v;
}


function whereis(name: Term): Term {
  if (typeof name !== 'string') fail();
  const t = nodeOf(cur()).byName.get(name);
  return t === undefined ? 'undefined' : t.ref;
}

function all(): Term {
  return list([...nodeOf(cur()).all].map((t) => t.tid));
}

function rename(tid: Term, name: Term): Term {
  const t = table(tid, WRITE);
  if (typeof name !== 'string') fail();
  const node = t.node;
  if (t.named) {
    if (node.byName.has(name)) fail(); // even its own name
    node.byName.delete(t.name);
    node.byName.set(name, t);
  }
  t.name = name;
  return t.tid; // an unnamed table answers its reference
}

function ownerOnly(tid: Term): Table {
  const t = table(tid, WRITE);
  if (t.owner !== cur()) fail('not_owner');
  return t;
}

function giveAway(tid: Term, to: Term, gift: Term): Term {
  const t = ownerOnly(tid);
  const p = cur();
  if (!(to instanceof Pid)) fail();
  const q = p.sched.lookup(to);
  if (q === p) fail('owner');
  if (q === null || q.status === EXITED) fail();
  t.node.own(t, q);
  p.sched.deliver(q, ['ETS-TRANSFER', t.tid, p.pid, gift]);
  return true;
}

function setopts(tid: Term, opts: Term): Term {
  const t = table(tid, WRITE);
  if (t.owner !== cur()) fail();
  const items: Term[] = [];
  if (isTuple(opts)) items.push(opts);
  else {
    let l: Term = opts;
    for (; l instanceof Cons; l = l.tl) items.push(l.hd);
    if (l !== NIL) fail();
  }
  const apply: (() => void)[] = [];
  for (const o of items) {
    if (isTuple(o) && o.length === 2 && o[0] === 'heir' && o[1] === 'none') apply.push(() => ((t.heir = null), (t.heirData = NIL)));
    else if (isTuple(o) && o.length === 3 && o[0] === 'heir' && o[1] instanceof Pid && o[1].node === LOCAL_NODE) {
      const [, h, d] = o;
      apply.push(() => ((t.heir = h as Pid), (t.heirData = d!)));
    } else if (isTuple(o) && o.length === 2 && o[0] === 'protection' && (o[1] === 'public' || o[1] === 'protected' || o[1] === 'private')) {
      // Not documented, but OTP 25 accepts it.
      const prot = o[1];
      apply.push(() => (t.protection = prot));
    } else fail();
  }
  for (const f of apply) f();
  return true;
}

// ------------------------------------------------------------------ reading and writing

function insert(tid: Term, x: Term): Term {
  const t = table(tid, WRITE);
  if (isTuple(x) && x.length > t.kp) {
    t.store.insert(x);
    return true;
  }
  const os = objectsOf(t, x);
  // Measured on OTP 25: a bag takes a list from its end (the objects of one key come out
  // in reverse order of the list); the other types from the front.
  if (t.type === BAG) for (let i = os.length - 1; i >= 0; i--) t.store.insert(os[i]!);
  else for (const o of os) t.store.insert(o);
  return true;
}

function insertNew(tid: Term, x: Term): Term {
  const t = table(tid, WRITE);
  const os = objectsOf(t, x);
  for (const o of os) if (t.store.has(o[t.kp]!)) return false;
  // A list with the same key twice inserts both (set: the last wins), as OTP.
  for (const o of os) t.store.insert(o);
  return true;
}

function lookup(tid: Term, key: Term): Term {
  const s = table(tid, READ).store;
  if (s instanceof OrderedStore) {
    const o = s.get(key);
    return o === undefined ? NIL : new Cons(o, NIL);
  }
  return list(s.lookup(key));
}

function member(tid: Term, key: Term): Term {
  return table(tid, READ).store.has(key);
}

function lookupElement(tid: Term, key: Term, pos: Term): Term {
  const t = table(tid, READ);
  if (typeof pos !== 'number' || pos < 1) fail();
  const os = t.store.lookup(key);
  if (os.length === 0) fail('badkey');
  for (const o of os) if (o.length < pos) fail();
  if (t.type === SET || t.type === ORDERED) return os[0]![pos - 1]!;
  return list(os.map((o) => o[pos - 1]!));
}

function delete2(tid: Term, key: Term): Term {
  table(tid, WRITE).store.deleteKey(key);
  return true;
}

function deleteObject(tid: Term, obj: Term): Term {
  const t = table(tid, WRITE);
  if (!isTuple(obj) || obj.length <= t.kp) fail();
  t.store.deleteObject(obj);
  return true;
}

function deleteAll(tid: Term, _u: Term): Term {
  const t = table(tid, WRITE);
  const n = t.store.count();
  t.store.clear();
  return n;
}

function take(tid: Term, key: Term): Term {
  return list(table(tid, WRITE).store.deleteKey(key));
}

function first(tid: Term): Term {
  return table(tid, READ).store.first() ?? '$end_of_table';
}
function last(tid: Term): Term {
  return table(tid, READ).store.last() ?? '$end_of_table';
}
function next(tid: Term, key: Term): Term {
  const r = table(tid, READ).store.next(key);
  if (r === NO_KEY) fail();
  return r ?? '$end_of_table';
}
function prev(tid: Term, key: Term): Term {
  const r = table(tid, READ).store.prev(key);
  if (r === NO_KEY) fail();
  return r ?? '$end_of_table';
}

function slot(tid: Term, i: Term): Term {
  const t = table(tid, READ);
  if (typeof i !== 'number' || i < 0) fail();
  const os = t.store.slot(i);
  if (os !== undefined) return list(os);
  if (t.type === ORDERED) {
    if (i === t.store.size) return '$end_of_table';
    fail();
  }
  return '$end_of_table';
}

function safeFixtable(tid: Term, flag: Term): Term {
  const t = table(tid, READ);
  if (flag === true) t.fixes++;
  else if (flag === false) t.fixes = Math.max(0, t.fixes - 1);
  else fail();
  return true;
}

// ------------------------------------------------------------------ counters, elements

/** One update_counter operation: [position (0-based), incr, threshold?, setvalue?]. */
type CounterOp = { pos: number; incr: Term; thr?: Term; set?: Term };

function counterOps(t: Table, op: Term): { ops: CounterOp[]; single: boolean } {
  const one = (o: Term): CounterOp => {
    if (typeof o === 'number' || typeof o === 'bigint') return { pos: t.kp + 1, incr: o };
    if (isTuple(o) && (o.length === 2 || o.length === 4) && typeof o[0] === 'number') {
      const incr = o[1]!;
      if (typeof incr !== 'number' && typeof incr !== 'bigint') fail();
      if (o.length === 4) {
        const thr = o[2]!;
        const set = o[3]!;
        if ((typeof thr !== 'number' && typeof thr !== 'bigint') || (typeof set !== 'number' && typeof set !== 'bigint')) fail();
        return { pos: o[0] - 1, incr, thr, set };
      }
      return { pos: o[0] - 1, incr };
    }
    return fail();
  };
  if (op === NIL || op instanceof Cons) {
    const ops: CounterOp[] = [];
    let l: Term = op;
    for (; l instanceof Cons; l = l.tl) ops.push(one(l.hd));
    if (l !== NIL) fail();
    return { ops, single: false };
  }
  return { ops: [one(op)], single: true };
}

function updateCounter(tid: Term, key: Term, op: Term, dflt?: Term): Term {
  const t = table(tid, WRITE);
  if (t.type !== SET && t.type !== ORDERED) fail('table_type');
  const { ops, single } = counterOps(t, op);
  let obj: Tuple | undefined = t.store.lookup(key)[0];
  if (obj === undefined) {
    if (dflt === undefined) fail('badkey');
    if (!isTuple(dflt) || dflt.length <= t.kp) fail();
    const d = dflt.slice();
    d[t.kp] = key;
    obj = d;
  }
  const o = obj.slice();
  const results: Term[] = [];
  for (const c of ops) {
    if (c.pos === t.kp) fail('keypos');
    if (c.pos < 0 || c.pos >= o.length) fail('position');
    const v = o[c.pos]!;
    if (typeof v !== 'number' && typeof v !== 'bigint') fail();
    let nv = add(v, c.incr);
    if (c.thr !== undefined) {
      const up = compare(c.incr, 0) >= 0;
      if (up ? compare(nv, c.thr) > 0 : compare(nv, c.thr) < 0) nv = c.set!;
    }
    o[c.pos] = nv;
    results.push(nv);
  }
  t.store.insert(o);
  return single ? results[0]! : list(results);
}

function updateElement(tid: Term, key: Term, upd: Term): Term {
  const t = table(tid, WRITE);
  if (t.type !== SET && t.type !== ORDERED) fail();
  const items: Tuple[] = [];
  if (isTuple(upd)) items.push(upd);
  else {
    let l: Term = upd;
    for (; l instanceof Cons; l = l.tl) {
      if (!isTuple(l.hd)) fail();
      items.push(l.hd);
    }
    if (l !== NIL) fail();
  }
  for (const u of items) if (u.length !== 2 || typeof u[0] !== 'number') fail();
  const obj = t.store.lookup(key)[0];
  if (obj === undefined) return false;
  const o = obj.slice();
  for (const u of items) {
    const pos = (u[0] as number) - 1;
    if (pos === t.kp) fail('keypos');
    if (pos < 0 || pos >= o.length) fail();
    o[pos] = u[1]!;
  }
  t.store.insert(o);
  return true;
}

// ------------------------------------------------------------------ match specifications

const msCache = new WeakMap<object, CompiledMs>();

/** The compiled match spec (cached per term), or badarg. */
function ms(spec: Term): CompiledMs {
  if (typeof spec === 'object' && spec !== null) {
    const c = msCache.get(spec as object);
    if (c !== undefined) return c;
  }
  const c = compileMs(spec);
  if (Array.isArray(c)) fail();
  if (typeof spec === 'object' && spec !== null) msCache.set(spec as object, c);
  return c;
}

/** The objects a compiled match spec can match, in table order (a bound key is a lookup). */
function candidates(t: Table, c: CompiledMs, reverse: boolean): Tuple[] {
  if (c.clauses.length === 1) {
    const h = c.clauses[0]!.head;
    if (isTuple(h) && h.length > t.kp && isGround(h[t.kp]!)) return t.store.lookup(h[t.kp]!);
  }
  return t.store.all(reverse);
}

function selectAll(t: Table, c: CompiledMs, reverse: boolean): Term[] {
  const self = cur().pid;
  const out: Term[] = [];
  const kind = msKind(c);
  for (const o of candidates(t, c, reverse)) {
    if (kind === 'object') {
      if (matchOnly(c, o)) out.push(o);
      continue;
    }
    const r = runMs(c, o, self);
    if (r !== NO_MATCH) out.push(r);
  }
  return out;
}

function matchOnly(c: CompiledMs, o: Tuple): boolean {
  const cl = c.clauses[0]!;
  if (cl.head === '_') return true;
  return matchPattern(cl.head, o, new Array(cl.nvars));
}

function select2(tid: Term, spec: Term): Term {
  const t = table(tid, READ);
  const out = selectAll(t, ms(spec), false);
  // OTP builds the result for ordered_set in key order.
  return list(out);
}

function selectReverse2(tid: Term, spec: Term): Term {
  const t = table(tid, READ);
  const out = selectAll(t, ms(spec), t.type === ORDERED);
  return list(out);
}

function matchSpecOf(pattern: Term, body: Term): Term {
  return new Cons([pattern, NIL, new Cons(body, NIL)], NIL);
}

function match2(tid: Term, pattern: Term): Term {
  const t = table(tid, READ);
  return list(selectAll(t, ms(matchSpecOf(pattern, '$$')), false));
}

function matchObject2(tid: Term, pattern: Term): Term {
  const t = table(tid, READ);
  return list(selectAll(t, ms(matchSpecOf(pattern, '$_')), false));
}

function selectCount(tid: Term, spec: Term): Term {
  const t = table(tid, READ);
  const c = ms(spec);
  const self = cur().pid;
  let n = 0;
  for (const o of candidates(t, c, false)) if (runMs(c, o, self) === true) n++;
  return n;
}

function selectDelete(tid: Term, spec: Term): Term {
  const t = table(tid, WRITE);
  const c = ms(spec);
  const self = cur().pid;
  let n = 0;
  for (const o of candidates(t, c, false)) {
    if (runMs(c, o, self) === true) n += t.store.deleteObject(o) > 0 ? 1 : 0;
  }
  return n;
}

/** select_replace/2 accepts only specs whose single body expression keeps the key
 * (OTP checks this when compiling: `'$_'`, or a tuple construction or constant whose key
 * element is the head's key term). */
function keepsKey(t: Table, c: CompiledMs): boolean {
  for (const cl of c.clauses) {
    if (cl.body.length !== 1) return false;
    const b = cl.body[0]!;
    if (b === '$_') continue;
    const h = cl.head;
    if (!isTuple(h) || h.length <= t.kp) return false;
    const hk = h[t.kp]!;
    let nk: Term;
    if (isTuple(b) && b.length === 1 && isTuple(b[0]!)) {
      const inner = b[0] as Tuple;
      if (inner.length !== h.length) return false;
      nk = inner[t.kp]!;
      if (isTuple(nk) && nk.length === 2 && nk[0] === 'const') nk = nk[1]!;
    } else if (isTuple(b) && b.length === 2 && b[0] === 'const' && isTuple(b[1]!)) {
      const inner = b[1] as Tuple;
      if (inner.length <= t.kp) return false;
      nk = inner[t.kp]!;
      if (!isGround(hk)) return false;
    } else return false;
    if (!exactEq(hk, nk)) return false;
  }
  return true;
}

function selectReplace(tid: Term, spec: Term): Term {
  const t = table(tid, WRITE);
  if (t.type === BAG) fail('table_type');
  const c = ms(spec);
  if (!keepsKey(t, c)) fail();
  const self = cur().pid;
  const repl: [Tuple, Tuple][] = [];
  for (const o of candidates(t, c, false)) {
    const r = runMs(c, o, self);
    if (r === NO_MATCH) continue;
    if (!isTuple(r) || r.length <= t.kp) fail();
    repl.push([o, r]);
  }
  for (const [o, r] of repl) {
    if (t.store instanceof BagStore) t.store.replaceAt(r, o);
    else t.store.insert(r);
  }
  return repl.length;
}

// Chunked select: a continuation is `{'$ets_cont', Tid, Spec, Limit, Reverse, Where}`,
// Where being the last key returned (ordered_set: the walk goes on after it, seeing the
// table as it is then, as OTP) or the list of objects still to look at (hashed types).
const CONT = '$ets_cont';

function chunk(t: Table, c: CompiledMs, spec: Term, limit: number, reverse: boolean, where: Term | null): Term {
  const self = cur().pid;
  const out: Term[] = [];
  const kind = msKind(c);
  const test = (o: Tuple): boolean => {
    if (kind === 'object') {
      if (matchOnly(c, o)) out.push(o);
    } else {
      const r = runMs(c, o, self);
      if (r !== NO_MATCH) out.push(r);
    }
    return out.length < limit;
  };
  if (t.store instanceof OrderedStore) {
    let lastKey: Term | undefined;
    let full = false;
    const visit = (o: Tuple): boolean => {
      lastKey = o[t.kp]!;
      if (!test(o)) return (full = true), false;
      return true;
    };
    if (where === null) {
      const os = t.store.all(reverse);
      for (const o of os) if (!visit(o)) break;
    } else t.store.from((where as Tuple)[0]!, reverse, visit);
    if (full) return [list(out), [CONT, t.tid, spec, limit, reverse, [lastKey!]]];
  } else {
    let rest: Term = where === null ? list(candidates(t, c, false)) : where;
    let full = false;
    for (; rest instanceof Cons; rest = rest.tl) {
      if (!test(rest.hd as Tuple)) {
        full = true;
        rest = rest.tl;
        break;
      }
    }
    if (full) return [list(out), [CONT, t.tid, spec, limit, reverse, rest]];
  }
  return out.length === 0 ? '$end_of_table' : [list(out), '$end_of_table'];
}

function select3(tid: Term, spec: Term, limit: Term, reverse = false): Term {
  const t = table(tid, READ);
  if (typeof limit !== 'number' || limit < 1) fail();
  const c = ms(spec);
  return chunk(t, c, spec, limit, reverse && t.type === ORDERED, null);
}

function select1(cont: Term): Term {
  if (cont === '$end_of_table') return cont;
  if (!isTuple(cont) || cont.length !== 6 || cont[0] !== CONT) {
    if (isTuple(cont) && cont.length >= 1 && cont.length !== 6) fail('id');
    fail();
  }
  const [, tid, spec, limit, reverse, where] = cont;
  const t = table(tid!, READ);
  return chunk(t, ms(spec!), spec!, limit as number, reverse === true, where!);
}

function match3(tid: Term, pattern: Term, limit: Term): Term {
  const t = table(tid, READ);
  if (typeof limit !== 'number' || limit < 1) fail();
  const spec = matchSpecOf(pattern, '$$');
  return chunk(t, ms(spec), spec, limit, false, null);
}

function matchObject3(tid: Term, pattern: Term, limit: Term): Term {
  const t = table(tid, READ);
  if (typeof limit !== 'number' || limit < 1) fail();
  const spec = matchSpecOf(pattern, '$_');
  return chunk(t, ms(spec), spec, limit, false, null);
}

// ------------------------------------------------------------------ ms outside tables

/** erlang:match_spec_test(Term, MS, table): {ok, Result, [], []} or {error, Errors}. */
function matchSpecTest(term: Term, spec: Term, kind: Term): Term {
  if (kind !== 'table') fail();
  const c = spec === NIL ? ['Match programs are not in a list.'] : compileMs(spec);
  if (Array.isArray(c)) return ['error', list(c.map((m) => ['error', fromArray([...m].map((ch) => ch.codePointAt(0)!))]))];
  const r = runMs(c, term, cur().pid);
  return ['ok', r === NO_MATCH ? false : r, NIL, NIL];
}

const compiled = new Map<RefKey, CompiledMs>();

function matchSpecCompile(spec: Term): Term {
  const c = ms(spec);
  const ref = cur().sched.makeRef();
  compiled.set(refKey(ref), c);
  return ref;
}

function isCompiledMs(x: Term): Term {
  return x instanceof Ref && compiled.has(refKey(x));
}

/** match_spec_run_r(List, Compiled, Acc): the results consed onto Acc (reversed). */
function matchSpecRunR(l: Term, cm: Term, acc: Term): Term {
  if (!(cm instanceof Ref)) fail();
  const c = compiled.get(refKey(cm));
  if (c === undefined) fail();
  const self = cur().pid;
  let out: Term = acc;
  for (; l instanceof Cons; l = l.tl) {
    const r = runMs(c, l.hd, self);
    if (r !== NO_MATCH) out = new Cons(r, out);
  }
  if (l !== NIL) fail();
  return out;
}

export function registerEtsBifs(): void {
  registerNative('ets', {
    'new/2': newTable,
    'delete/1': deleteTable,
    'delete/2': delete2,
    'delete_object/2': deleteObject,
    'internal_delete_all/2': deleteAll,
    'internal_select_delete/2': selectDelete,
    'insert/2': insert,
    'insert_new/2': insertNew,
    'lookup/2': lookup,
    'lookup_element/3': lookupElement,
    'member/2': member,
    'take/2': take,
    'first/1': first,
    'last/1': last,
    'next/2': next,
    'prev/2': prev,
    'slot/2': slot,
    'safe_fixtable/2': safeFixtable,
    'update_counter/3': (t, k, o) => updateCounter(t, k, o),
    'update_counter/4': (t, k, o, d) => updateCounter(t, k, o, d),
    'update_element/3': updateElement,
    'info/1': info1,
    'info/2': info2,
    'whereis/1': whereis,
    'all/0': all,
    'rename/2': rename,
    'give_away/3': giveAway,
    'setopts/2': setopts,
    'match/2': match2,
    'match/3': match3,
    'match/1': select1,
    'match_object/2': matchObject2,
    'match_object/3': matchObject3,
    'match_object/1': select1,
    'select/2': select2,
    'select/3': (t, m, l) => select3(t, m, l, false),
    'select/1': select1,
    'select_reverse/2': selectReverse2,
    'select_reverse/3': (t, m, l) => select3(t, m, l, true),
    'select_reverse/1': select1,
    'select_count/2': selectCount,
    'select_replace/2': selectReplace,
    'match_spec_compile/1': matchSpecCompile,
    'is_compiled_ms/1': isCompiledMs,
    'match_spec_run_r/3': matchSpecRunR,
  });
  registerNative('erlang', { 'match_spec_test/3': matchSpecTest });
}
