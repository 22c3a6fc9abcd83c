// One clock for every timer of a scheduler: receive `after`, erlang:send_after and
// start_timer (and timer:*, which are built on them).
//
// Timers live in a binary min-heap ordered by (due time, creation order), so two timers
// due at the same millisecond fire in the order they were set, as on BEAM. Only the
// earliest one has a host timer (setTimeout) armed; when it fires, every due timer runs
// and the next is armed. Cancelled timers are marked and dropped when they reach the
// top. The scheduler also calls `fireDue` between time slices, so timers keep time
// while processes are busy and the host's timer has not had its turn.
//
// The clock is `performance.now()` (monotonic, milliseconds with a fraction).

export class TimerEntry {
  cancelled = false;
  constructor(
    readonly due: number,
    readonly seq: number,
    readonly fire: () => void,
  ) {}
}

export const now: () => number =
  typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

/** setTimeout takes at most 2^31-1 ms (more fires at once): a longer timer is armed
 * in steps (firing early finds nothing due and re-arms). */
const MAX_HOST_DELAY = 0x7fffffff;

export class TimerQueue {
  private heap: TimerEntry[] = [];
  private seq = 0;
  private armed: ReturnType<typeof setTimeout> | null = null;
  private armedDue = Infinity;
  private stopped = false;
  /** Cancelled timers still in the heap (about: fired ones are counted out as they go). */
  private dead = 0;

  /** Called after timers fired (the scheduler runs the processes they woke). */
  constructor(private readonly afterFire: () => void) {}

  get size(): number {
    return this.heap.length;
  }

  add(ms: number, fire: () => void): TimerEntry {
    const t = new TimerEntry(now() + ms, this.seq++, fire);
    this.push(t);
    if (t.due < this.armedDue) this.arm();
    return t;
  }

  cancel(t: TimerEntry): void {
    if (t.cancelled) return;
    t.cancelled = true;
    // Cancelled timers wait in the heap until they reach its top; a server that sets
    // and cancels one per request (gen_server:call's 5 s `after`) would pile up
    // thousands of them, so once they are most of the heap it is rebuilt without them.
    if (++this.dead > 64 && this.dead * 2 > this.heap.length) this.compact();
  }

  private compact(): void {
    // A sorted array is a heap.
    this.heap = this.heap.filter((t) => !t.cancelled).sort((a, b) => (before(a, b) ? -1 : 1));
    this.dead = 0;
  }

  /** Milliseconds until `t` fires (0 if due), for read_timer/cancel_timer. */
  remaining(t: TimerEntry): number {
    return Math.max(0, Math.ceil(t.due - now()));
  }

  /** Runs every timer that is due; true if any ran. */
  fireDue(): boolean {
    const h = this.heap;
    if (h.length === 0) return false;
    const t0 = now();
    let any = false;
    while (h.length > 0 && h[0]!.due <= t0) {
      const t = this.pop();
      if (t.cancelled) {
        if (this.dead > 0) this.dead--;
        continue;
      }
      t.cancelled = true; // fired: no longer cancellable
      any = true;
      t.fire();
    }
    return any;
  }

  stop(): void {
    this.stopped = true;
    if (this.armed !== null) clearTimeout(this.armed);
    this.armed = null;
    this.heap = [];
    this.dead = 0;
  }

  private arm(): void {
    if (this.stopped) return;
    if (this.armed !== null) clearTimeout(this.armed);
    this.armed = null;
    this.armedDue = Infinity;
    // Drop cancelled timers at the top: they must not keep the host alive.
    while (this.heap.length > 0 && this.heap[0]!.cancelled) {
      this.pop();
      if (this.dead > 0) this.dead--;
    }
    if (this.heap.length === 0) return;
    const due = this.heap[0]!.due;
    this.armedDue = due;
    this.armed = setTimeout(() => {
      this.armed = null;
      this.armedDue = Infinity;
      this.fireDue();
      this.arm();
      this.afterFire();
    }, Math.min(MAX_HOST_DELAY, Math.max(0, Math.ceil(due - now()))));
  }

  /** Re-arm after timers were fired or cancelled outside the host callback. */
  rearm(): void {
    const top = this.heap[0];
    if (top === undefined || top.cancelled || top.due !== this.armedDue) this.arm();
  }

  private push(t: TimerEntry): void {
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(t, h[p]!)) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = t;
  }

  private pop(): TimerEntry {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      const n = h.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && before(h[r]!, h[l]!) ? r : l;
        if (!before(h[c]!, last)) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

function before(a: TimerEntry, b: TimerEntry): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}
