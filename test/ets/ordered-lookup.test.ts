// ordered_set lookups find their block through the array of the blocks' last keys
// (runtime/ets/store.ts): every key present must be found and every absent key not,
// through block splits, deletes that empty a block or remove its last key, 1.0 replacing
// 1 as a block's last key, and keys of mixed types (integers, floats, atoms, tuples).
import { describe, expect, it } from 'vitest';
import { OrderedStore } from '../../runtime/ets/store.js';
import { compare } from '../../runtime/term/compare.js';
import { Float, type Term } from '../../runtime/term/types.js';

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647);
}

/** A key of one of several types; integers and floats of equal value compare equal. */
function key(r: () => number): Term {
  const v = r() % 4000;
  switch (r() % 5) {
    case 0: return new Float(v);
    case 1: return `k${v % 700}`;
    case 2: return [v % 50, `t${v % 7}`];
    default: return v;
  }
}

describe('OrderedStore lookups', () => {
  it('finds exactly the keys present through splits and deletes', () => {
    const st = new OrderedStore(0);
    const model: { k: Term; v: number }[] = [];
    const indexOf = (k: Term): number => model.findIndex((e) => compare(e.k, k) === 0);
    const r = rng(11);
    for (let i = 0; i < 12000; i++) {
      const k = key(r);
      const at = indexOf(k);
      if (r() % 4 === 0) {
        st.deleteKey(k);
        if (at >= 0) model.splice(at, 1);
      } else {
        st.insert([k, i]);
        if (at >= 0) model[at] = { k, v: i };
        else model.push({ k, v: i });
      }
      if (i % 3000 === 2999) {
        expect(st.size).toBe(model.length);
        for (const e of model) expect(st.lookup(e.k)[0]?.[1]).toBe(e.v);
      }
    }
    for (let i = 0; i < 3000; i++) {
      const k = key(r);
      expect(st.has(k)).toBe(indexOf(k) >= 0);
    }
    const sorted = model.map((e) => e.k).sort(compare);
    expect(st.all(false).map((o) => o[0]).every((k, i) => compare(k!, sorted[i]!) === 0)).toBe(true);
    // delete everything in a scrambled order: blocks empty one after the other
    for (const e of [...model].sort((a, b) => (a.v * 7919) % 10007 - (b.v * 7919) % 10007)) {
      expect(st.deleteKey(e.k).length).toBe(1);
      expect(st.has(e.k)).toBe(false);
    }
    expect(st.size).toBe(0);
    expect(st.first()).toBeUndefined();
    st.insert([5, 'again']);
    expect(st.lookup(5)[0]![1]).toBe('again');
  });
});
