// The HAMT behind large maps: iteration order is the order of the keys' hash nibbles
// (lowest nibble first, then the salted rehash), the tree is canonical (same keys, same
// tree, whatever the order of puts and removes), and keys whose 32-bit hashes collide
// go below level 8 and still get, put, remove and iterate right.
import { describe, expect, it } from 'vitest';
import { EMPTY_MAP, ErlMap, mapFromDistinctPairs, mapFromPairs } from '../../../runtime/term/map.js';
import { internalHash32 } from '../../../runtime/term/hash.js';
import { binaryOf } from '../../../runtime/term/bitstring.js';
import type { Term } from '../../../runtime/term/types.js';

/** A hash with its nibbles reversed, so that numeric order is the HAMT's slot order. */
function slotOrder(h: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) r = r * 16 + ((h >>> (4 * i)) & 15);
  return r;
}

function byHashNibbles(a: Term, b: Term): number {
  for (let salt = 0; salt < 8; salt++) {
    const d = slotOrder(internalHash32(a, salt)) - slotOrder(internalHash32(b, salt));
    if (d !== 0) return d;
  }
  return 0;
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = xs.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Two small integers whose level-0 internal hashes are equal (a birthday search). */
function collidingInts(): [number, number] {
  const seen = new Map<number, number>();
  for (let k = 1; ; k++) {
    const h = internalHash32(k, 0);
    const other = seen.get(h);
    if (other !== undefined) return [other, k];
    seen.set(h, k);
  }
}

describe('map HAMT', () => {
  it('iterates in hash-nibble order, for integer, atom, tuple and binary keys', () => {
    const keys: Term[] = [];
    for (let i = 0; i < 300; i++) keys.push(i * 7 - 100);
    for (let i = 0; i < 50; i++) keys.push(`atom_${i}`, [i, 'x'], binaryOf(i, i + 1, 7));
    const m = mapFromPairs(shuffled(keys, 7).map((k) => [k, 1] as [Term, Term]));
    expect(m.size).toBe(keys.length);
    expect(m.iterOrder().map((p) => p[0])).toEqual(keys.slice().sort(byHashNibbles));
    for (const k of keys) expect(m.get(k)).toBe(1);
    expect(m.get(binaryOf(200))).toBeUndefined();
    expect(m.get([1, 'y'])).toBeUndefined();
  });

  it('is canonical: the same keys give the same tree whatever the history', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => i + 1);
    const a = mapFromPairs(keys.map((k) => [k, k] as [Term, Term]));
    let b: ErlMap = EMPTY_MAP;
    for (const k of shuffled(keys, 3)) b = b.put(k, k);
    // a superset, then removal of the extra keys in some order
    let c: ErlMap = EMPTY_MAP;
    const extra = Array.from({ length: 3000 }, (_, i) => 5000 + i);
    for (const k of shuffled([...keys, ...extra], 11)) c = c.put(k, k);
    for (const k of shuffled(extra, 5)) c = c.remove(k);
    const d = mapFromDistinctPairs(shuffled(keys, 9), shuffled(keys, 9));
    expect(b.root).toEqual(a.root);
    expect(c.root).toEqual(a.root);
    expect(d.root).toEqual(a.root);
    expect(c.size).toBe(2000);
    // removing all but 32 makes it flat again
    for (const k of keys.slice(32)) c = c.remove(k);
    expect(c.isFlat).toBe(true);
    expect(c.keys).toEqual(keys.slice(0, 32));
  });

  it('agrees with a reference dictionary under random puts and removes', () => {
    const ref = new Map<number, number>();
    let m: ErlMap = EMPTY_MAP;
    let s = 1;
    for (let i = 0; i < 20000; i++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const k = s % 700;
      if ((s >>> 20) % 3 === 0) {
        ref.delete(k);
        m = m.remove(k);
      } else {
        ref.set(k, i);
        m = m.put(k, i);
      }
      if (i % 1000 === 0) {
        expect(m.size).toBe(ref.size);
        for (const [k2, v] of ref) expect(m.get(k2)).toBe(v);
      }
    }
    expect(m.iterOrder().map((p) => p[0])).toEqual([...ref.keys()].sort(byHashNibbles));
  });

  it('handles keys whose 32-bit hashes collide (rehashed below level 8)', () => {
    const [k1, k2] = collidingInts();
    expect(internalHash32(k1, 0)).toBe(internalHash32(k2, 0));
    const base = mapFromPairs(Array.from({ length: 40 }, (_, i) => [-1 - i, i] as [Term, Term]));
    const m = base.put(k1, 'one').put(k2, 'two');
    expect(m.size).toBe(42);
    expect(m.get(k1)).toBe('one');
    expect(m.get(k2)).toBe('two');
    expect(m.get(k1 + k2)).toBeUndefined();
    expect(m.put(k2, 'two')).toBe(m);
    expect(m.put(k2, 'deux').get(k2)).toBe('deux');
    const keys = m.iterOrder().map((p) => p[0]);
    expect(keys).toEqual(keys.slice().sort(byHashNibbles));
    const r = m.remove(k1);
    expect(r.get(k1)).toBeUndefined();
    expect(r.get(k2)).toBe('two');
    // the pair left alone folds back up: the same tree as never having had k1
    expect(r.root).toEqual(base.put(k2, 'two').root);
    expect(mapFromPairs([...m.iterOrder()].reverse()).root).toEqual(m.root);
  });
});
