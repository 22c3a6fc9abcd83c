// The lookup index of large maps (runtime/term/map.ts): a HAMT map read more times
// than it has keys answers primitive keys from a JS Map. Lookups must give exactly what
// the HAMT gives, before and after the index exists, for every kind of key.
import { describe, expect, it } from 'vitest';
import { EMPTY_MAP, type ErlMap } from '../../../runtime/term/map.js';
import { binaryOf } from '../../../runtime/term/bitstring.js';
import { Float, NIL, type Term } from '../../../runtime/term/types.js';

/** 200 keys of every kind: integers, big integers, atoms, booleans, floats, tuples, binaries. */
function mixedMap(): { m: ErlMap; keys: Term[] } {
  const keys: Term[] = [];
  for (let i = 0; i < 40; i++) keys.push(i * 7 - 100);
  for (let i = 0; i < 20; i++) keys.push(2n ** 64n + BigInt(i));
  for (let i = 0; i < 40; i++) keys.push(`atom_${i}`);
  keys.push(true, false, NIL);
  for (let i = 0; i < 30; i++) keys.push(new Float(i * 7 - 100)); // same values as the integers
  for (let i = 0; i < 30; i++) keys.push([`t${i}`, i]);
  for (let i = 0; i < 37; i++) keys.push(binaryOf(i, 1, 2));
  let m = EMPTY_MAP;
  keys.forEach((k, i) => (m = m.put(k, i)));
  return { m, keys };
}

/** Keys equal to `keys` but fresh objects / values, and keys that are absent. */
function probes(keys: Term[]): { present: [Term, number][]; absent: Term[] } {
  const present: [Term, number][] = keys.map((k, i) => {
    if (typeof k === 'bigint') return [BigInt(k.toString()), i];
    if (k instanceof Float) return [new Float(k.value), i];
    if (Array.isArray(k)) return [[...k], i];
    return [k, i];
  });
  const absent: Term[] = [1000, 2n ** 64n + 999n, 'atom_x', new Float(0.5), ['t0', 1], new Float(1000), 3];
  return { present, absent };
}

describe('large map lookup index', () => {
  it('answers as the HAMT before and after the index is built', () => {
    const { m, keys } = mixedMap();
    expect(m.isFlat).toBe(false);
    const { present, absent } = probes(keys);
    // Enough rounds to pass the read threshold (the map's size) several times over.
    for (let round = 0; round < 5; round++) {
      for (const [k, v] of present) expect(m.get(k)).toBe(v);
      for (const k of absent) expect(m.get(k)).toBeUndefined();
    }
    expect(m.index).not.toBeNull();
    // 1 and 1.0 stay different keys: -100 is an integer key, its float twin another.
    expect(m.get(-100)).toBe(0);
    expect(m.get(new Float(-100))).toBe(100 + 3);
  });

  it('a map derived from an indexed map starts without an index and sees its own pairs', () => {
    const { m, keys } = mixedMap();
    for (let round = 0; round < 3; round++) for (const k of keys) m.get(k);
    expect(m.index).not.toBeNull();
    const m2 = m.put(-100, 'new').put('atom_new', 'x').remove('atom_3');
    expect(m2.index).toBeNull();
    for (let round = 0; round < 3; round++) {
      expect(m2.get(-100)).toBe('new');
      expect(m2.get('atom_new')).toBe('x');
      expect(m2.get('atom_3')).toBeUndefined();
      expect(m2.get('atom_4')).toBe(m.get('atom_4'));
      for (const k of keys) m2.get(k);
    }
    expect(m2.index).not.toBeNull();
    expect(m.get(-100)).toBe(0);
    expect(m.get('atom_3')).toBe(60 + 3);
  });
});
