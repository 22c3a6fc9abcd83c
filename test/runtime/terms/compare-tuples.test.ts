// compare/2's entry fast path for two tuples (runtime/term/compare.ts) must order them
// exactly as the general loop does. The general loop is reached by wrapping both in a
// one-element list (a list's elements never take the entry path), so every pair of a pool
// of tuples -- elements identical, integers, atoms, booleans, floats equal to integers,
// bignums, nested tuples, lists -- is compared both ways, also in map-key order.
import { describe, expect, it } from 'vitest';
import { compare, compareExact } from '../../../runtime/term/compare.js';
import { Cons, Float, NIL, type Term } from '../../../runtime/term/types.js';
import { writeTerm } from '../../../runtime/term/print.js';

const elems: Term[] = [0, 1, 2, -5, 2n ** 60n, new Float(1), new Float(1.5), 'a', 'b', 'ab', true, false, [], [1, 'a'], NIL, new Cons(1, NIL)];

function pool(): Term[] {
  const out: Term[] = [[]];
  for (const x of elems) out.push([x]);
  for (const x of elems) for (const y of elems) out.push([x, y]);
  for (let i = 0; i < elems.length; i++) out.push([elems[i]!, elems[(i * 7) % elems.length]!, elems[(i * 3) % elems.length]!]);
  return out;
}

describe('tuple comparison fast path', () => {
  it('agrees with the general loop on every pair', () => {
    const ts = pool();
    const bad: string[] = [];
    for (const a of ts)
      for (const b of ts) {
        const wa = new Cons(a, NIL);
        const wb = new Cons(b, NIL);
        const fast = [compare(a, b), compareExact(a, b)];
        const slow = [compare(wa, wb), compareExact(wa, wb)];
        if (fast.join() !== slow.join()) bad.push(`${writeTerm(a)} vs ${writeTerm(b)}: ${fast} / ${slow}`);
      }
    expect(ts.length).toBeGreaterThan(250);
    expect(bad.slice(0, 10).join('\n')).toBe('');
  });
});
