// The ETS stores (runtime/ets/store.ts) against simple models: ordered_set keeps term
// order with == keys across block splits and deletes; set/bag keys are =:=; next/2 on a
// hashed table walks every key once and reports keys that are not there.
import { describe, expect, it } from 'vitest';
import { BagStore, hashKey, NO_KEY, OrderedStore, SetStore } from '../../runtime/ets/store.js';
import { Float, type Term } from '../../runtime/term/types.js';
import { compare } from '../../runtime/term/compare.js';

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647);
}

describe('OrderedStore', () => {
  it('matches a sorted model through 20,000 random inserts and deletes', () => {
    const st = new OrderedStore(0);
    const model = new Map<number, Term>();
    const r = rng(7);
    for (let i = 0; i < 20000; i++) {
      const k = r() % 3000;
      if (r() % 3 === 0) {
        st.deleteKey(k);
        model.delete(k);
      } else {
        st.insert([k, i]);
        model.set(k, i);
      }
    }
    const keys = [...model.keys()].sort((a, b) => a - b);
    expect(st.size).toBe(keys.length);
    expect(st.all(false).map((o) => o[0])).toEqual(keys);
    expect(st.all(true).map((o) => o[0])).toEqual([...keys].reverse());
    expect(st.first()).toBe(keys[0]);
    expect(st.last()).toBe(keys[keys.length - 1]);
    // next/prev of keys in and not in the table
    for (const probe of [-1, 0, 17, 1500.5, 2999, 5000]) {
      const after = keys.find((k) => k > probe);
      const before = [...keys].reverse().find((k) => k < probe);
      expect(st.next(probe)).toBe(after);
      expect(st.prev(probe)).toBe(before);
    }
    for (const k of keys.slice(0, 50)) expect(st.lookup(k)[0]![1]).toBe(model.get(k));
  });

  it('treats 1 and 1.0 as the same key, the newest object wins', () => {
    const st = new OrderedStore(0);
    st.insert([1, 'a']);
    st.insert([new Float(1), 'b']);
    expect(st.size).toBe(1);
    expect(st.lookup(1)[0]![1]).toBe('b');
    expect(compare(st.first()!, new Float(1))).toBe(0);
  });

  it('from() resumes after a key in both directions', () => {
    const st = new OrderedStore(0);
    for (let i = 0; i < 2000; i++) st.insert([i * 2]);
    const fwd: Term[] = [];
    st.from(1001, false, (o) => (fwd.push(o[0]!), fwd.length < 3));
    expect(fwd).toEqual([1002, 1004, 1006]);
    const back: Term[] = [];
    st.from(1002, true, (o) => (back.push(o[0]!), back.length < 3));
    expect(back).toEqual([1000, 998, 996]);
  });
});

describe('hashed stores', () => {
  it('hashKey: =:= terms and only those share a key', () => {
    expect(hashKey(['a', 1])).toBe(hashKey(['a', 1]));
    expect(hashKey(['a', 1])).not.toBe(hashKey(['a', new Float(1)]));
    expect(hashKey(1)).not.toBe(hashKey(new Float(1)));
    expect(hashKey('a')).not.toBe(hashKey(['a']));
  });

  it('SetStore: next/2 walks each key once, unknown keys are NO_KEY', () => {
    const st = new SetStore(0);
    for (let i = 0; i < 100; i++) st.insert([i]);
    const seen: Term[] = [];
    for (let k = st.first(); k !== undefined; ) {
      seen.push(k);
      const n = st.next(k);
      if (n === NO_KEY) throw new Error('lost');
      k = n;
    }
    expect(seen.sort((a, b) => (a as number) - (b as number))).toEqual([...Array(100).keys()]);
    expect(st.next(1000)).toBe(NO_KEY);
  });

  it('BagStore: bag drops equal objects, duplicate_bag keeps them', () => {
    const bag = new BagStore(0, false);
    const dup = new BagStore(0, true);
    for (const s of [bag, dup]) {
      s.insert(['k', 1]);
      s.insert(['k', 1]);
      s.insert(['k', 2]);
    }
    expect(bag.size).toBe(2);
    expect(dup.size).toBe(3);
    expect(dup.deleteObject(['k', 1])).toBe(2);
    expect(dup.lookup('k')).toEqual([['k', 2]]);
  });
});
