// ordered_set pair mode (runtime/ets/store.ts): while every object is a 2-tuple the
// store keeps only the key and the other element and makes the tuple again when it is
// read. Reads must give the same objects as a store of tuples would, for either key
// position, and the first object of another size must turn the table into objects
// without losing or reordering anything; emptying the table starts pair mode again.
import { describe, expect, it } from 'vitest';
import { OrderedStore } from '../../runtime/ets/store.js';
import { exactEq } from '../../runtime/term/compare.js';
import { Float, type Term, type Tuple } from '../../runtime/term/types.js';

const same = (a: readonly Term[], b: readonly Term[]): boolean => exactEq(a as Term, b as Term);

describe('OrderedStore pair mode', () => {
  it('gives back equal 2-tuples for key position 1 and 2', () => {
    for (const kp of [0, 1]) {
      const st = new OrderedStore(kp);
      const mk = (k: Term, v: Term): Tuple => (kp === 0 ? [k, v] : [v, k]);
      for (let i = 0; i < 1000; i++) st.insert(mk((i * 7919) % 1009, [i, 'v']));
      expect(st.size).toBe(1000);
      for (let i = 0; i < 1000; i++) expect(same(st.lookup((i * 7919) % 1009)[0]!, mk((i * 7919) % 1009, [i, 'v']))).toBe(true);
      expect(st.get(5000)).toBeUndefined();
      // integer keys only (the searches compare with <): a float key still finds its integer
      expect(st.get(new Float(5))?.[kp]).toBe(5);
      expect(st.has(new Float(5.5))).toBe(false);
      expect(st.next(new Float(5.5))).toBe(6);
      const all = st.all(false);
      expect(all.map((o) => o[kp])).toEqual([...Array(1000).keys()].map((i) => (i * 7919) % 1009).sort((x, y) => x - y));
      expect(same(st.slot(3)!, [mk(3, all[3]![1 - kp]!)])).toBe(true);
      // delete_object compares the whole object exactly: 1 is not 1.0
      st.insert(mk(7, 1));
      expect(st.deleteObject(mk(7, new Float(1)))).toBe(0);
      expect(st.deleteObject(mk(7, 1))).toBe(1);
      expect(st.has(7)).toBe(false);
    }
  });

  it('keeps the key of the newest object: 1.0 replacing 1', () => {
    const st = new OrderedStore(0);
    st.insert([1, 'a']);
    st.insert([new Float(1), 'b']);
    const o = st.lookup(1)[0]!;
    expect(o[0]).toBeInstanceOf(Float);
    expect(o[1]).toBe('b');
  });

  it('turns into objects on the first object of another size, then back when emptied', () => {
    const st = new OrderedStore(0);
    for (let i = 0; i < 700; i++) st.insert([(i * 31) % 701, i]);
    st.insert([3, 'x', 'y']);
    st.insert(['atom', 1, 2, 3]);
    expect(st.size).toBe(701);
    const all = st.all(false);
    expect(all.length).toBe(701);
    expect(same(all[3]!, [3, 'x', 'y'])).toBe(true);
    expect(same(all[700]!, ['atom', 1, 2, 3])).toBe(true);
    for (const x of all) expect(st.lookup(x[0]!)[0]!.length).toBe(x[0] === 3 ? 3 : x[0] === 'atom' ? 4 : 2);
    const back: Term[] = [];
    st.from('atom', true, (x) => (back.push(x[0]!), back.length < 2));
    expect(back).toEqual([700, 699]);
    for (const k of all.map((x) => x[0]!)) st.deleteKey(k);
    expect(st.size).toBe(0);
    st.insert([2, 'p']);
    st.insert([1, 'q']);
    expect(st.all(false)).toEqual([
      [1, 'q'],
      [2, 'p'],
    ]);
  });
});
