// Properties that must hold for all terms (fast-check): the external format round-trips,
// the order is total and consistent with == and =:=, maps behave like a dictionary with
// exact keys and are canonical, hashing respects equality, integer arithmetic agrees
// with BigInt, and our inflate undoes zlib.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'node:zlib';
import { Cons, Float, NIL, Pid, Port, Ref, type Term } from '../../../runtime/term/types.js';
import { Bitstring } from '../../../runtime/term/bitstring.js';
import { EMPTY_MAP, mapFromPairs, type ErlMap } from '../../../runtime/term/map.js';
import { compare, compareExact, eq, exactEq } from '../../../runtime/term/compare.js';
import { binaryToTerm, termToBinary } from '../../../runtime/term/etf.js';
import { phash2 } from '../../../runtime/term/hash.js';
import { fromArray } from '../../../runtime/term/list.js';
import { inflateZlib } from '../../../runtime/term/inflate.js';
import * as A from '../../../runtime/term/arith.js';
import { normBig } from '../../../runtime/term/int.js';
import { ErlangError } from '../../../runtime/term/errors.js';

const intArb: fc.Arbitrary<Term> = fc.oneof(
  fc.integer({ min: -300, max: 300 }),
  fc.integer(),
  fc.maxSafeInteger(),
  fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }).map(normBig),
);
const floatArb: fc.Arbitrary<Term> = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .map((d) => new Float(d));
const atomArb: fc.Arbitrary<Term> = fc.oneof(
  fc.constantFrom('a', 'b', 'ok', 'error', '', 'A b', 'é', '\u{10348}x', '\uE000', true, false),
  fc.string({ maxLength: 6 }).map((s): Term => (s === 'true' ? true : s === 'false' ? false : s)),
);
const bitsArb: fc.Arbitrary<Term> = fc
  .tuple(fc.uint8Array({ maxLength: 12 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }))
  .map(([bytes, off, drop]) => {
    const total = bytes.length * 8;
    const start = Math.min(off, total);
    const len = Math.max(0, total - start - drop);
    return new Bitstring(bytes, start, len);
  });
const idArb: fc.Arbitrary<Term> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 32767 }), fc.integer({ min: 0, max: 8191 })).map(([i, s]) => new Pid(i, s)),
  fc.integer({ min: 0, max: 2 ** 28 - 1 }).map((i) => new Port(i)),
  fc.tuple(fc.integer({ min: 0, max: 2 ** 18 - 1 }), fc.nat(), fc.nat()).map(([a, b, c]) => new Ref([a, b, c])),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => new Pid(a, b, 'x@y', 3)),
);
const leaf = fc.oneof(intArb, floatArb, atomArb, bitsArb, idArb, fc.constant(NIL as Term));

const { term } = fc.letrec<{ term: Term }>((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('term'), { maxLength: 4 }).map((xs) => fromArray(xs)),
    fc.tuple(fc.array(tie('term'), { minLength: 1, maxLength: 3 }), leaf).map(([xs, t]) => fromArray(xs, t)),
    fc.array(tie('term'), { maxLength: 4 }) as fc.Arbitrary<Term>,
    fc.array(fc.tuple(tie('term'), tie('term')), { maxLength: 5 }).map((ps) => mapFromPairs(ps) as Term),
    fc.array(fc.tuple(intArb, leaf), { minLength: 30, maxLength: 60 }).map((ps) => mapFromPairs(ps) as Term),
  ),
}));

const runs = { numRuns: 300 };

describe('properties', () => {
  it('binary_to_term(term_to_binary(T)) =:= T, for every minor version and compressed', () => {
    fc.assert(
      fc.property(term, fc.constantFrom(0, 1, 2), fc.boolean(), (t, minor, z) => {
        const b = termToBinary(t, { minorVersion: minor, compressed: z ? 6 : 0 });
        return exactEq(binaryToTerm(b).term, t);
      }),
      runs,
    );
  });

  it('the order is antisymmetric and agrees with == and =:=', () => {
    fc.assert(
      fc.property(term, term, (a, b) => {
        const c = compare(a, b);
        const x = compareExact(a, b);
        return (
          c === -compare(b, a) &&
          x === -compareExact(b, a) &&
          (c === 0) === eq(a, b) &&
          (x === 0) === exactEq(a, b) &&
          exactEq(a, a) &&
          compare(a, a) === 0 &&
          (x !== 0 || c === 0)
        );
      }),
      runs,
    );
  });

  it('the order is transitive', () => {
    fc.assert(
      fc.property(fc.array(term, { minLength: 3, maxLength: 8 }), (xs) => {
        const s = xs.slice().sort(compare);
        for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) if (compare(s[i]!, s[j]!) > 0) return false;
        const e = xs.slice().sort(compareExact);
        for (let i = 0; i < e.length; i++) for (let j = i + 1; j < e.length; j++) if (compareExact(e[i]!, e[j]!) > 0) return false;
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('equal terms hash alike; maps hash and encode the same whatever the insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(term, term), { maxLength: 45 }), fc.nat(), (pairs, seed) => {
        const m1 = mapFromPairs(pairs);
        // the same final contents, inserted in another order
        const last = new Map<number, [Term, Term]>();
        const keys = m1.toListOrder();
        const shuffled = keys.slice().sort((p, q) => ((phash2(p[0]) ^ seed) % 97) - ((phash2(q[0]) ^ seed) % 97));
        for (const [i, p] of shuffled.entries()) last.set(i, p);
        const m2 = mapFromPairs([...last.values()]);
        return (
          exactEq(m1, m2) &&
          phash2(m1) === phash2(m2) &&
          Buffer.from(termToBinary(m1)).equals(Buffer.from(termToBinary(m2)))
        );
      }),
      { numRuns: 200 },
    );
  });

  it('maps are dictionaries with exact keys (against a reference model)', () => {
    const op = fc.oneof(
      fc.tuple(fc.constant('put' as const), term, term),
      fc.tuple(fc.constant('put' as const), intArb, intArb),
      fc.tuple(fc.constant('remove' as const), term, fc.constant(NIL as Term)),
      fc.tuple(fc.constant('remove' as const), intArb, fc.constant(NIL as Term)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 90 }), (ops) => {
        let m: ErlMap = EMPTY_MAP;
        const model: [Term, Term][] = [];
        for (const [kind, k, v] of ops) {
          const i = model.findIndex((p) => exactEq(p[0], k));
          if (kind === 'put') {
            m = m.put(k, v);
            if (i >= 0) model[i] = [k, v];
            else model.push([k, v]);
          } else {
            m = m.remove(k);
            if (i >= 0) model.splice(i, 1);
          }
          if (m.size !== model.length || m.isFlat !== m.size <= 32) return false;
        }
        for (const [k, v] of model) {
          const g = m.get(k);
          if (g === undefined || !exactEq(g, v)) return false;
        }
        return m.toListOrder().length === model.length;
      }),
      { numRuns: 200 },
    );
  });

  it('integer operators agree with BigInt arithmetic', () => {
    const big = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.bigInt({ min: -(2n ** 130n), max: 2n ** 130n }));
    const B = (x: Term): bigint => BigInt(x as number | bigint);
    fc.assert(
      fc.property(big, big, fc.integer({ min: -70, max: 140 }), (x, y, sh) => {
        const a = normBig(BigInt(x));
        const b = normBig(BigInt(y));
        const same = (t: Term, r: bigint): boolean => exactEq(t, normBig(r));
        if (!same(A.add(a, b), B(a) + B(b))) return false;
        if (!same(A.sub(a, b), B(a) - B(b))) return false;
        if (!same(A.mul(a, b), B(a) * B(b))) return false;
        if (!same(A.band(a, b), B(a) & B(b))) return false;
        if (!same(A.bor(a, b), B(a) | B(b))) return false;
        if (!same(A.bxor(a, b), B(a) ^ B(b))) return false;
        if (!same(A.bnot(a), ~B(a))) return false;
        if (!same(A.bsl(a, sh), sh >= 0 ? B(a) << BigInt(sh) : B(a) >> BigInt(-sh))) return false;
        if (!same(A.bsr(a, sh), sh >= 0 ? B(a) >> BigInt(sh) : B(a) << BigInt(-sh))) return false;
        if (B(b) === 0n) {
          expect(() => A.div(a, b)).toThrow(ErlangError);
          return true;
        }
        return same(A.div(a, b), B(a) / B(b)) && same(A.rem(a, b), B(a) % B(b));
      }),
      { numRuns: 1000 },
    );
  });

  it('our inflate undoes zlib at every level', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), (data, level, repetitive) => {
        const input = repetitive ? Uint8Array.from(data, (x) => x & 3) : data;
        const z = new Uint8Array(deflateSync(input, { level }));
        const { out, used } = inflateZlib(z, input.length);
        return used === z.length && Buffer.from(out).equals(Buffer.from(input));
      }),
      { numRuns: 200 },
    );
  });
});

describe('small facts', () => {
  it('1 and 1.0 are different keys, 0.0 and -0.0 the same (OTP 25)', () => {
    const m = mapFromPairs([[1, 'a'], [new Float(1), 'b'], [new Float(0), 'c'], [new Float(-0), 'd']]);
    expect(m.size).toBe(3);
    expect(m.get(1)).toBe('a');
    expect(m.get(new Float(1))).toBe('b');
    expect(m.get(new Float(0))).toBe('d');
  });
  it('a cons cell list builder and improper tails', () => {
    const l = fromArray([1, 2], 3);
    expect(l).toBeInstanceOf(Cons);
    expect(exactEq(l, new Cons(1, new Cons(2, 3)))).toBe(true);
  });
});
