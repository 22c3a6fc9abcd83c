// A model of OTP's rules for links, monitors, exit signals and trap_exit, computing the
// observation test/proc/signal_driver.erl makes from the same sequence of operations
// (see the driver for the operations and the shape of the observation). Validated against
// real OTP 25 by test/proc/fixtures/signal-sample.txt (scripts/record-signal-model.sh).
//
// Rules (each checked against erl, see the fixture):
//  - exit(P, kill) (exit/2) is untrappable: P dies with `killed`.
//  - exit(P, R), R =/= kill: a trapping P gets {'EXIT', From, R} (also when P is the caller
//    and R is normal); otherwise P ignores R = normal unless P is the caller, in which case
//    it dies with normal; any other R kills P with R.
//  - a process dying with R sends R along each link: a trapping linked process gets
//    {'EXIT', Pid, R}; a non-trapping one ignores normal and otherwise dies with R (kill
//    included: `kill` as an exit reason is an ordinary reason when it travels over a link).
//  - its monitors fire: {'DOWN', Ref, process, Pid, R} to each watcher; the monitors it
//    held itself are gone.
//  - monitor of a dead process: immediate DOWN with noproc. link to a dead process: error
//    noproc if not trapping, else {'EXIT', Pid, noproc}. link or monitor to self: no effect
//    (monitor returns a reference, but there is no monitor: demonitor(R, [info]) is false
//    and process_info(monitors) does not list it).
//  - demonitor removes the caller's own active monitor (demonitor(R, [info]) says whether
//    there was one); someone else's monitor is not touched (info: false).
//  - unlink removes the link on both sides.
// Each step is settled completely before the next, so within a step only the multiset of
// messages and the set of deaths matter (both sorted in the observation).

/** A term of the observation: integers, atoms, tuples, lists. */
export type T = number | string | T[] | { list: T[] };
export const list = (items: T[]): T => ({ list: items });

export type Reason = 'normal' | 'kill' | 'killed' | 'foo' | 'shutdown' | 'noproc';
export type DemonOpt = 'plain' | 'info' | 'flush';
export type Op =
  | { k: 'spawn' }
  | { k: 'spawn_link'; i: number }
  | { k: 'link' | 'unlink' | 'monitor'; i: number; j: number }
  | { k: 'demonitor'; i: number; m: number; opt: DemonOpt }
  | { k: 'exit'; i: number; j: number; r: Reason }
  | { k: 'die'; i: number; r: Reason }
  | { k: 'trap'; i: number; b: boolean };

export const MAX_WORKERS = 10;

// ---- terms: Erlang order and ~w printing -------------------------------------------

function rank(t: T): number {
  return typeof t === 'number' ? 0 : typeof t === 'string' ? 1 : Array.isArray(t) ? 2 : 3;
}

/** Erlang term order (number < atom < tuple < list). */
export function compare(a: T, b: T): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number') return a - (b as number);
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  if (Array.isArray(a)) {
    const bb = b as T[];
    if (a.length !== bb.length) return a.length - bb.length;
    for (let i = 0; i < a.length; i++) {
      const c = compare(a[i]!, bb[i]!);
      if (c !== 0) return c;
    }
    return 0;
  }
  const la = a.list;
  const lb = (b as { list: T[] }).list;
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    const c = compare(la[i]!, lb[i]!);
    if (c !== 0) return c;
  }
  return la.length - lb.length;
}

/** As io:format("~w"): only the atoms the model produces (none needs quotes). */
export function show(t: T): string {
  if (typeof t === 'number') return String(t);
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return `{${t.map(show).join(',')}}`;
  return `[${t.list.map(show).join(',')}]`;
}

const sorted = (ts: T[]): T => list([...ts].sort(compare));

/** An operation as the Erlang term the driver takes. */
export function opTerm(op: Op): T {
  switch (op.k) {
    case 'spawn':
      return 'spawn';
    case 'spawn_link':
      return ['spawn_link', op.i];
    case 'link':
    case 'unlink':
    case 'monitor':
      return [op.k, op.i, op.j];
    case 'demonitor':
      return ['demonitor', op.i, op.m, op.opt];
    case 'exit':
      return ['exit', op.i, op.j, op.r];
    case 'die':
      return ['die', op.i, op.r];
    case 'trap':
      return ['trap', op.i, op.b ? 'true' : 'false'];
  }
}

export function opFromTerm(t: T): Op {
  if (t === 'spawn') return { k: 'spawn' };
  if (!Array.isArray(t)) throw new Error(`bad op ${show(t)}`);
  const [k, ...a] = t;
  const n = (x: T | undefined): number => {
    if (typeof x !== 'number') throw new Error(`bad op ${show(t)}`);
    return x;
  };
  switch (k) {
    case 'spawn_link':
      return { k, i: n(a[0]) };
    case 'link':
    case 'unlink':
    case 'monitor':
      return { k, i: n(a[0]), j: n(a[1]) };
    case 'demonitor':
      return { k, i: n(a[0]), m: n(a[1]), opt: a[2] as DemonOpt };
    case 'exit':
      return { k, i: n(a[0]), j: n(a[1]), r: a[2] as Reason };
    case 'die':
      return { k, i: n(a[0]), r: a[1] as Reason };
    case 'trap':
      return { k, i: n(a[0]), b: a[1] === 'true' };
  }
  throw new Error(`bad op ${show(t)}`);
}

/** Parses the ~w text of plain terms (integers, unquoted atoms, tuples, lists). */
export function parseTerm(s: string): T {
  let i = 0;
  const ws = (): void => {
    while (i < s.length && /\s/.test(s[i]!)) i++;
  };
  const items = (close: string): T[] => {
    const out: T[] = [];
    ws();
    if (s[i] === close) {
      i++;
      return out;
    }
    for (;;) {
      out.push(term());
      ws();
      const c = s[i++];
      if (c === close) return out;
      if (c !== ',') throw new Error(`parseTerm: expected , or ${close} at ${i - 1} in ${s}`);
    }
  };
  const term = (): T => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      return items('}');
    }
    if (c === '[') {
      i++;
      return list(items(']'));
    }
    const m = /^-?\d+|^[a-z][A-Za-z0-9_@]*/.exec(s.slice(i));
    if (m === null) throw new Error(`parseTerm: unexpected ${s.slice(i, i + 10)}`);
    i += m[0].length;
    return /^-?\d/.test(m[0]) ? Number(m[0]) : m[0];
  };
  const t = term();
  ws();
  if (i !== s.length) throw new Error(`parseTerm: trailing text in ${s}`);
  return t;
}

// ---- the model ------------------------------------------------------------------------

interface Proc {
  idx: number;
  alive: boolean;
  reason: Reason | null;
  trap: boolean;
  links: Set<number>;
}

interface Mon {
  owner: number;
  target: number;
  active: boolean;
}

type Result = T;

/** The workers an operation names (0, the driver, always exists). */
function named(op: Op): number[] {
  switch (op.k) {
    case 'spawn':
      return [];
    case 'spawn_link':
    case 'die':
    case 'trap':
    case 'demonitor':
      return [op.i];
    default:
      return [op.i, op.j];
  }
}

class Node {
  procs: Proc[] = [];
  /** monitor step number (1-based) -> monitor, or null when that step made none */
  mons: (Mon | null)[] = [];
  // the current step
  deaths: [number, Reason][] = [];
  msgs: [number, T][] = [];
  /** pending signals: an exit signal (via a link or exit/2) */
  queue: { to: number; from: number; r: Reason; link: boolean }[] = [];

  p(i: number): Proc {
    return this.procs[i - 1]!;
  }

  spawn(linkTo: number | null): number {
    const idx = this.procs.length + 1;
    this.procs.push({ idx, alive: true, reason: null, trap: false, links: new Set() });
    if (linkTo !== null) {
      this.p(linkTo).links.add(idx);
      this.p(idx).links.add(linkTo);
    }
    return idx;
  }

  die(i: number, r: Reason): void {
    const p = this.p(i);
    if (!p.alive) return;
    p.alive = false;
    p.reason = r;
    this.deaths.push([i, r]);
    for (const j of p.links) {
      this.p(j).links.delete(i);
      this.queue.push({ to: j, from: i, r, link: true });
    }
    p.links.clear();
    this.mons.forEach((m, k) => {
      if (m === null || !m.active) return;
      if (m.owner === i) m.active = false;
      else if (m.target === i) {
        m.active = false;
        this.msg(m.owner, ['down', k + 1, i, r]);
      }
    });
  }

  msg(to: number, m: T): void {
    if (this.p(to).alive) this.msgs.push([to, m]);
  }

  /** An exit signal arrives at `to`. */
  signal(to: number, from: number, r: Reason, link: boolean): void {
    const p = this.p(to);
    if (!p.alive) return;
    if (!link && r === 'kill') this.die(to, 'killed');
    else if (p.trap) this.msg(to, ['exit', from, r]);
    else if (r !== 'normal') this.die(to, r);
    else if (!link && from === to) this.die(to, 'normal');
  }

  settle(): void {
    for (let s = this.queue.shift(); s !== undefined; s = this.queue.shift()) this.signal(s.to, s.from, s.r, s.link);
  }

  /** Runs one command by live worker i; returns its result. */
  command(i: number, op: Op): Result {
    const me = this.p(i);
    switch (op.k) {
      case 'spawn_link':
        return ['ok', ['pid', this.spawn(i)]];
      case 'link': {
        const t = this.p(op.j);
        if (op.j === i) return ['ok', 'true'];
        if (!t.alive) {
          if (!me.trap) return ['error', 'noproc'];
          this.msg(i, ['exit', op.j, 'noproc']);
          return ['ok', 'true'];
        }
        me.links.add(op.j);
        t.links.add(i);
        return ['ok', 'true'];
      }
      case 'unlink':
        me.links.delete(op.j);
        this.p(op.j).links.delete(i);
        return ['ok', 'true'];
      case 'monitor': {
        const k = this.mons.length + 1;
        const alive = this.p(op.j).alive;
        // monitoring itself makes no monitor at all (nothing to demonitor, none listed)
        this.mons.push({ owner: i, target: op.j, active: alive && op.j !== i });
        if (!alive) this.msg(i, ['down', k, op.j, 'noproc']);
        return ['ok', ['mon', k]];
      }
      case 'demonitor': {
        const m = this.mons[op.m - 1]!;
        const found = m.active && m.owner === i;
        if (found) m.active = false;
        return ['ok', op.opt === 'info' ? (found ? 'true' : 'false') : 'true'];
      }
      case 'exit':
        this.queue.push({ to: op.j, from: i, r: op.r, link: false });
        return ['ok', 'true'];
      case 'die':
        this.die(i, op.r);
        return 'died';
      case 'trap': {
        const old = me.trap;
        me.trap = op.b;
        return ['ok', old ? 'true' : 'false'];
      }
      case 'spawn':
        throw new Error('unreachable');
    }
  }

  step(op: Op): T {
    this.deaths = [];
    this.msgs = [];
    const monsBefore = this.mons.length + 1;
    let result: Result;
    let actor = 0;
    if (op.k === 'spawn') {
      result = this.procs.length >= MAX_WORKERS ? 'full' : ['ok', ['pid', this.spawn(null)]];
    } else if (!named(op).every((w) => w <= this.procs.length)) {
      result = 'noworker';
    } else if (op.k === 'exit' && op.i === 0) {
      this.queue.push({ to: op.j, from: 0, r: op.r, link: false });
      result = ['ok', 'true'];
    } else {
      actor = op.i;
      if (op.k === 'spawn_link' && this.procs.length >= MAX_WORKERS) result = 'full';
      else if (op.k === 'demonitor' && this.mons[op.m - 1] === null) result = 'noref';
      else if (!this.p(op.i).alive) result = 'dead';
      else result = this.command(op.i, op);
    }
    // every monitor step has a number, whether or not it made a monitor
    if (op.k === 'monitor' && this.mons.length < monsBefore) this.mons.push(null);
    this.settle();
    if (this.deaths.some(([i]) => i === actor)) result = 'died';
    const deaths = this.deaths.map(([i, r]): T => [i, r]);
    const msgs = this.msgs.filter(([i]) => this.p(i).alive).map(([i, m]): T => [i, m]);
    return [result, sorted(deaths), sorted(msgs)];
  }

  final(): T {
    return sorted(
      this.procs.map((p): T => {
        if (!p.alive) return [p.idx, 'dead', p.reason!];
        const mons = this.mons.filter((m): m is Mon => m !== null && m.active && m.owner === p.idx).map((m) => m.target);
        return [p.idx, 'alive', p.trap ? 'true' : 'false', sorted([...p.links]), sorted(mons)];
      }),
    );
  }
}

/** The observation the driver makes for `ops`, as the model predicts it. */
export function model(ops: readonly Op[]): T {
  const node = new Node();
  const steps = ops.map((op) => node.step(op));
  return [list(steps), node.final()];
}

// ---- generating sequences -----------------------------------------------------------

/** An operation with unconstrained indices (1..10, 0..10 for an exit's sender, any
 * monitor number), made valid for the sequence so far by `normalise`. */
export type RawOp = Op;

/** Makes raw operations a useful sequence, running the model alongside: worker indices
 * wrap around the workers spawned so far (index mod count), and the acting worker, if
 * that one is dead, is replaced by a live one when there is any (targets may stay dead:
 * that is how noproc is reached); monitor numbers wrap around the monitor steps so far.
 * A step that cannot apply (no worker yet, or none alive for an actor; no monitor step
 * yet for a demonitor) becomes a spawn (or a monitor). Idempotent. */
export function normalise(raw: readonly RawOp[]): Op[] {
  const node = new Node();
  const out: Op[] = [];
  for (const r of raw) {
    const n = node.procs.length;
    const m = node.mons.length;
    const live = node.procs.filter((p) => p.alive).map((p) => p.idx);
    const w = (i: number): number => ((i - 1) % n) + 1;
    const actor = (i: number): number => {
      const a = w(i);
      return node.p(a).alive ? a : live[(i - 1) % live.length]!;
    };
    let op: Op = r;
    if (op.k === 'demonitor' && m === 0) op = { k: 'monitor', i: op.i, j: op.m };
    const acts = op.k !== 'spawn' && !(op.k === 'exit' && op.i === 0);
    if (op.k !== 'spawn' && (n === 0 || (acts && live.length === 0))) op = { k: 'spawn' };
    switch (op.k) {
      case 'spawn':
        break;
      case 'spawn_link':
      case 'die':
      case 'trap':
        op = { ...op, i: actor(op.i) };
        break;
      case 'link':
      case 'unlink':
      case 'monitor':
        op = { ...op, i: actor(op.i), j: w(op.j) };
        break;
      case 'exit':
        op = { ...op, i: op.i === 0 ? 0 : actor(op.i), j: w(op.j) };
        break;
      case 'demonitor':
        op = { ...op, i: actor(op.i), m: ((op.m - 1) % m) + 1 };
        break;
    }
    node.step(op);
    out.push(op);
  }
  return out;
}
