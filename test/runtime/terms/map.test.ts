// Map behaviour that the OTP fixtures do not reach directly: the flat/HAMT switch at
// 32 keys, update of missing keys, and the BIF wrappers of the external format.
import { describe, expect, it } from 'vitest';
import { EMPTY_MAP, ErlMap, mapFromPairs } from '../../../runtime/term/map.js';
import { ErlangError } from '../../../runtime/term/errors.js';
import { exactEq } from '../../../runtime/term/compare.js';
import { NIL, Float, type Term } from '../../../runtime/term/types.js';
import { fromArray } from '../../../runtime/term/list.js';
import { binaryToTermBif, termToBinaryBif } from '../../../runtime/term/etf.js';
import { binaryOf } from '../../../runtime/term/bitstring.js';
import { registerAtom } from '../../../runtime/term/atoms.js';
import { decodeHex, fixture, type TermRecord } from './fixtures.js';

function range(n: number): [Term, Term][] {
  return Array.from({ length: n }, (_, i) => [i + 1, i + 1] as [Term, Term]);
}

describe('maps', () => {
  it('are flat up to 32 keys and a HAMT above, in both directions', () => {
    let m = mapFromPairs(range(32));
    expect(m.isFlat).toBe(true);
    m = m.put(33, 33);
    expect(m.isFlat).toBe(false);
    expect(m.size).toBe(33);
    m = m.remove(5);
    expect(m.isFlat).toBe(true);
    expect(m.keys).toEqual([1, 2, 3, 4, ...Array.from({ length: 28 }, (_, i) => i + 6)]);
  });

  it('iterate a HAMT in the order OTP does (maps:iterator is the reverse of maps:to_list)', () => {
    // maps:from_list([{I,I} || I <- lists:seq(1,40)]) in OTP 25 (fixture terms.json)
    const m = mapFromPairs(range(40));
    const rec = fixture<TermRecord[]>('terms.json').find((r) => r.w?.startsWith('#{') && exactEq(decodeHex(r.etf), m));
    expect(rec!.w!.startsWith('#{16 => 16,18 => 18,5 => 5,')).toBe(true);
    expect(m.iterOrder().map((p) => p[0]).slice(0, 5)).toEqual([16, 18, 5, 19, 27]);
    expect(m.toListOrder().map((p) => p[0]).slice(0, 5)).toEqual([33, 12, 23, 29, 30]);
  });

  it('update/2 requires the key (error {badkey, K})', () => {
    const m = EMPTY_MAP.put('a', 1);
    expect(m.update('a', 2).get('a')).toBe(2);
    try {
      m.update('b', 2);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ErlangError);
      expect(exactEq((e as ErlangError).reason, ['badkey', 'b'])).toBe(true);
    }
  });

  it('share the key array when only a value changes, and return the same map for a no-op', () => {
    const m = mapFromPairs(range(10));
    const n = m.put(3, 'x');
    expect(n.keys).toBe(m.keys);
    expect(n.put(3, 'x')).toBe(n);
    expect(m.remove('absent')).toBe(m);
    const big = mapFromPairs(range(100));
    expect(big.put(50, 50)).toBe(big);
    expect(big.remove(1000)).toBe(big);
  });

  it('keep integer and float keys apart in a HAMT', () => {
    let m: ErlMap = mapFromPairs(range(40));
    m = m.put(new Float(7), 'f');
    expect(m.get(7)).toBe(7);
    expect(m.get(new Float(7))).toBe('f');
    expect(m.size).toBe(41);
  });
});

describe('term_to_binary/2 and binary_to_term/2 option lists', () => {
  it('accepts compressed, {compressed,N}, {minor_version,N}, deterministic; rejects others', () => {
    const t = fromArray(Array.from({ length: 50 }, () => 'abc'));
    for (const opts of [fromArray(['compressed']), fromArray([['compressed', 9]]), fromArray([['minor_version', 2]]), fromArray(['deterministic'])]) {
      const b = termToBinaryBif(t, opts);
      expect(exactEq(binaryToTermBif(b), t)).toBe(true);
    }
    for (const bad of [fromArray(['nope']), fromArray([['minor_version', 3]]), fromArray([['compressed', 10]]), 'x' as Term]) {
      expect(() => termToBinaryBif(t, bad)).toThrow(ErlangError);
    }
  });

  it('used returns the bytes read; safe refuses unknown atoms', () => {
    const b = binaryOf(131, 97, 1, 0, 0);
    expect(exactEq(binaryToTermBif(b, fromArray(['used'])), [1, 3])).toBe(true);
    const unknown = termToBinaryBif('surely_not_an_atom_yet_42');
    // decoding without `safe` creates (registers) the atom; a fresh name is refused
    const fresh = termToBinaryBif('another_fresh_atom_17');
    expect(() => binaryToTermBif(fresh, fromArray(['safe']))).toThrow(ErlangError);
    binaryToTermBif(unknown);
    expect(binaryToTermBif(unknown, fromArray(['safe']))).toBe('surely_not_an_atom_yet_42');
    registerAtom('another_fresh_atom_17');
    expect(binaryToTermBif(fresh, fromArray(['safe']))).toBe('another_fresh_atom_17');
    expect(() => binaryToTermBif(b, NIL as Term)).not.toThrow();
    expect(() => binaryToTermBif('x', NIL as Term)).toThrow(ErlangError);
  });
});

describe('deep nesting costs heap, not JS stack', () => {
  it('encodes, decodes, compares, hashes and prints a 200,000-deep iolist and tuple nest', async () => {
    const { Cons } = await import('../../../runtime/term/types.js');
    const { compare } = await import('../../../runtime/term/compare.js');
    const { termToBinary, binaryToTerm } = await import('../../../runtime/term/etf.js');
    const { phash2 } = await import('../../../runtime/term/hash.js');
    const { writeTerm } = await import('../../../runtime/term/print.js');
    const build = (leaf: Term): Term => {
      let t: Term = NIL;
      // each level holds the previous one once (a tree, not a DAG that doubles per level)
      for (let i = 0; i < 200_000; i++) t = i % 2 ? new Cons(t, fromArray([leaf])) : [t, leaf, mapFromPairs([[1, leaf]])];
      return t;
    };
    const a = build(1);
    const b = build(new Float(1));
    expect(compare(a, b)).toBe(0);
    expect(exactEq(a, b)).toBe(false);
    expect(exactEq(binaryToTerm(termToBinary(a)).term, a)).toBe(true);
    expect(typeof phash2(a)).toBe('number');
    expect(writeTerm(a).length).toBeGreaterThan(1_000_000);
  });
});
