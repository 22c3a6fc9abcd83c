// The timer queue (runtime/proc/timers.ts): timers fire in (due, creation) order, and
// cancelled ones do not pile up in the heap (a server that sets and cancels one timer
// per request, as gen_server:call's `after 5000` does, keeps it small).
import { describe, expect, it } from 'vitest';
import { TimerQueue } from '../../runtime/proc/timers.js';

describe('TimerQueue', () => {
  it('fires due timers in order of due time, then of creation', async () => {
    const q = new TimerQueue(() => {});
    const fired: string[] = [];
    q.add(20, () => fired.push('c'));
    q.add(5, () => fired.push('a'));
    q.add(5, () => fired.push('b'));
    const x = q.add(10, () => fired.push('x'));
    q.cancel(x);
    await new Promise((r) => setTimeout(r, 60));
    q.fireDue();
    expect(fired).toEqual(['a', 'b', 'c']);
    q.stop();
  });

  it('drops cancelled timers once they are most of the heap', () => {
    const q = new TimerQueue(() => {});
    const keep = q.add(60_000, () => {});
    for (let i = 0; i < 10_000; i++) q.cancel(q.add(5_000, () => {}));
    expect(q.size).toBeLessThan(200);
    const fired: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t = q.add(5_000 + i, () => fired.push(i));
      if (i % 3 !== 0) q.cancel(t);
    }
    // the live ones are all still there, and nothing fired early
    expect(q.size).toBeGreaterThanOrEqual(101);
    q.fireDue();
    expect(fired).toEqual([]);
    q.cancel(keep);
    q.stop();
  });
});
