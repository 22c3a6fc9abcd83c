// Micro-benchmarks of the term layer (runtime/term), and the measurement behind the
// tuple representation (docs/terms.md).
//
//   npm run build && node dist/bench/terms.js          everything
//   node dist/bench/terms.js tuple                     only the tuple comparison
//
// Each case runs a loop a few times and reports the best time per operation; absolute
// numbers on a shared machine are noisy, the ratios within one run are the point.
import { performance } from 'node:perf_hooks';
import { Cons, Float, NIL, type Term } from '../runtime/term/types.js';
import { add, mul } from '../runtime/term/arith.js';
import { compare, exactEq } from '../runtime/term/compare.js';
import { EMPTY_MAP, mapFromPairs, type ErlMap } from '../runtime/term/map.js';
import { phash2 } from '../runtime/term/hash.js';
import { binaryToTerm, termToBinary } from '../runtime/term/etf.js';
import { fromArray, fromString } from '../runtime/term/list.js';
import { binaryFromString } from '../runtime/term/bitstring.js';

let sink: unknown;

function bench(name: string, ops: number, f: () => unknown): number {
  f();
  f();
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    sink = f();
    best = Math.min(best, performance.now() - t0);
  }
  const ns = (best * 1e6) / ops;
  console.log(`${name.padEnd(52)} ${ns.toFixed(2).padStart(9)} ns/op`);
  return ns;
}

// ------------------------------------------------------------------ tuples

class TupleObj {
  constructor(readonly elements: readonly unknown[]) {}
}

function tupleBench(): void {
  console.log('\n# tuple representation: class Tuple { elements } vs plain array vs frozen array');
  const N = 2_000_000;
  bench('construct {ok, I}: class Tuple', N, () => {
    let s: unknown;
    for (let i = 0; i < N; i++) s = new TupleObj(['ok', i]);
    return s;
  });
  bench('construct {ok, I}: plain array', N, () => {
    let s: unknown;
    for (let i = 0; i < N; i++) s = ['ok', i];
    return s;
  });
  bench('construct {ok, I}: Object.freeze(array)', N, () => {
    let s: unknown;
    for (let i = 0; i < N; i++) s = Object.freeze(['ok', i]);
    return s;
  });

  const M = 1000;
  const R = N / M;
  const classes = Array.from({ length: M }, (_, i) => new TupleObj(['rec', i, i * 2]));
  const arrays = Array.from({ length: M }, (_, i) => ['rec', i, i * 2]);
  const frozen = Array.from({ length: M }, (_, i) => Object.freeze(['rec', i, i * 2]));
  bench('element(3, T): class Tuple', N, () => {
    let s = 0;
    for (let r = 0; r < R; r++) for (let i = 0; i < M; i++) s += classes[i]!.elements[2] as number;
    return s;
  });
  bench('element(3, T): plain array', N, () => {
    let s = 0;
    for (let r = 0; r < R; r++) for (let i = 0; i < M; i++) s += arrays[i]![2] as number;
    return s;
  });
  bench('element(3, T): frozen array', N, () => {
    let s = 0;
    for (let r = 0; r < R; r++) for (let i = 0; i < M; i++) s += frozen[i]![2] as number;
    return s;
  });
  bench('match {rec, _, X}: class Tuple (instanceof + size)', N, () => {
    let s = 0;
    for (let r = 0; r < R; r++)
      for (let i = 0; i < M; i++) {
        const t: unknown = classes[i];
        if (t instanceof TupleObj && t.elements.length === 3 && t.elements[0] === 'rec') s += t.elements[2] as number;
      }
    return s;
  });
  bench('match {rec, _, X}: plain array (isArray + length)', N, () => {
    let s = 0;
    for (let r = 0; r < R; r++)
      for (let i = 0; i < M; i++) {
        const t: unknown = arrays[i];
        if (Array.isArray(t) && t.length === 3 && t[0] === 'rec') s += t[2] as number;
      }
    return s;
  });
  bench('match {rec, _, X}: frozen array', N, () => {
    let s = 0;
    for (let r = 0; r < R; r++)
      for (let i = 0; i < M; i++) {
        const t: unknown = frozen[i];
        if (Array.isArray(t) && t.length === 3 && t[0] === 'rec') s += t[2] as number;
      }
    return s;
  });
  // a receive-like dispatch over a mix of shapes: integers, cons cells, 2- and 3-tuples
  const mixOf = (mk: (e: unknown[]) => unknown): unknown[] =>
    Array.from({ length: M }, (_, i) => {
      switch (i % 4) {
        case 0:
          return i;
        case 1:
          return new Cons(i, NIL);
        case 2:
          return mk(['rec', i, i]);
        default:
          return mk(['other', i]);
      }
    });
  const mixC = mixOf((e) => new TupleObj(e));
  const mixA = mixOf((e) => e);
  bench('polymorphic clause dispatch: class Tuple', N, () => {
    let s = 0;
    for (let r = 0; r < R; r++)
      for (let i = 0; i < M; i++) {
        const t = mixC[i];
        if (t instanceof TupleObj) {
          const e = t.elements;
          if (e.length === 3 && e[0] === 'rec') s += e[2] as number;
          else if (e.length === 2) s += e[1] as number;
        } else if (t instanceof Cons) s += t.hd as number;
        else s += t as number;
      }
    return s;
  });
  bench('polymorphic clause dispatch: plain array', N, () => {
    let s = 0;
    for (let r = 0; r < R; r++)
      for (let i = 0; i < M; i++) {
        const t = mixA[i];
        if (Array.isArray(t)) {
          if (t.length === 3 && t[0] === 'rec') s += t[2] as number;
          else if (t.length === 2) s += t[1] as number;
        } else if (t instanceof Cons) s += t.hd as number;
        else s += t as number;
      }
    return s;
  });
  bench('setelement(2, T, I) on a 4-tuple: class Tuple', N, () => {
    let t = new TupleObj(['a', 1, 2, 3]);
    for (let i = 0; i < N; i++) {
      const e = t.elements.slice();
      e[1] = i;
      t = new TupleObj(e);
    }
    return t;
  });
  bench('setelement(2, T, I) on a 4-tuple: plain array', N, () => {
    let t: unknown[] = ['a', 1, 2, 3];
    for (let i = 0; i < N; i++) {
      const e = t.slice();
      e[1] = i;
      t = e;
    }
    return t;
  });
  const heapBefore = (): number => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage().heapUsed;
  };
  if ((globalThis as { gc?: () => void }).gc) {
    const K = 200_000;
    let h0 = heapBefore();
    const keepC = Array.from({ length: K }, (_, i) => new TupleObj(['ok', i]));
    const perC = (heapBefore() - h0) / K;
    h0 = heapBefore();
    const keepA = Array.from({ length: K }, (_, i) => ['ok', i]);
    const perA = (heapBefore() - h0) / K;
    sink = [keepC, keepA];
    console.log(`${'bytes per {ok, I}: class Tuple / plain array'.padEnd(52)} ${perC.toFixed(0)} / ${perA.toFixed(0)}`);
  } else console.log('(run with node --expose-gc for bytes per tuple)');
}

// ------------------------------------------------------------- the term layer

function termBench(): void {
  console.log('\n# term layer operations');
  const N = 5_000_000;
  bench('JS number + (reference)', N, () => {
    let s = 0;
    for (let i = 0; i < N; i++) s = (s + i) % 1000003;
    return s;
  });
  bench('arith add() on small integers', N, () => {
    let s: Term = 0;
    for (let i = 0; i < N; i++) s = add(s, i) as number % 1000003;
    return s;
  });
  bench('arith mul() on small integers', N, () => {
    let s: Term = 0;
    for (let i = 0; i < N; i++) s = mul(i & 1023, 7);
    return s;
  });
  const big = 2n ** 70n;
  bench('arith add() bigint + small', N / 10, () => {
    let s: Term = big;
    for (let i = 0; i < N / 10; i++) s = add(s, 1);
    return s;
  });
  bench('arith add() float + float', N, () => {
    let s: Term = new Float(0);
    const one = new Float(1.5);
    for (let i = 0; i < N; i++) s = add(s, one);
    return s;
  });
  const atoms = ['alpha', 'beta', 'gamma', 'delta', 'ok', 'error'];
  bench('compare() of two atoms', N, () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += compare(atoms[i % 6]!, atoms[(i + 1) % 6]!);
    return s;
  });
  const ta: Term = ['rec', 1, fromString('hello'), new Float(2.5)];
  const tb: Term = ['rec', 1, fromString('hello'), new Float(2.5)];
  bench('exactEq() of two equal 4-tuples with a string', N / 5, () => {
    let s = 0;
    for (let i = 0; i < N / 5; i++) if (exactEq(ta, tb)) s++;
    return s;
  });
  const small = mapFromPairs(atoms.map((a, i) => [a, i] as [Term, Term]));
  bench('map get, 6 atom keys (flat)', N, () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += small.get(atoms[i % 6]!) as number;
    return s;
  });
  bench('map put (update), 6 atom keys (flat)', N / 5, () => {
    let m: ErlMap = small;
    for (let i = 0; i < N / 5; i++) m = m.put(atoms[i % 6]!, i);
    return m;
  });
  const bigMap = mapFromPairs(Array.from({ length: 1000 }, (_, i) => [i, i] as [Term, Term]));
  bench('map get, 1000 integer keys (HAMT)', N / 5, () => {
    let s = 0;
    for (let i = 0; i < N / 5; i++) s += bigMap.get(i % 1000) as number;
    return s;
  });
  bench('map put (new key), building 0..1000 (HAMT)', 1000 * 50, () => {
    let m: ErlMap = EMPTY_MAP;
    for (let r = 0; r < 50; r++) {
      m = EMPTY_MAP;
      for (let i = 0; i < 1000; i++) m = m.put(i, i);
    }
    return m;
  });
  const term: Term = fromArray([
    ['user', 42, binaryFromString('alice@example.com'), fromString('Alice')],
    mapFromPairs([['a', 1], ['b', new Float(2.5)], ['c', fromArray([1, 2, 3])]]),
    2n ** 100n,
  ]);
  bench('phash2 of a small nested term', N / 20, () => {
    let s = 0;
    for (let i = 0; i < N / 20; i++) s ^= phash2(term);
    return s;
  });
  const enc = termToBinary(term);
  bench('term_to_binary of the same term', N / 50, () => {
    let s: unknown;
    for (let i = 0; i < N / 50; i++) s = termToBinary(term);
    return s;
  });
  bench('binary_to_term of the same term', N / 50, () => {
    let s: unknown;
    for (let i = 0; i < N / 50; i++) s = binaryToTerm(enc);
    return s;
  });
}

const which = process.argv[2];
if (!which || which === 'tuple') tupleBench();
if (!which || which === 'terms') termBench();
void sink;
