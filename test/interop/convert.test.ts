// The conversion table of docs/js-interop.md (runtime/api/convert.ts): each row, and
// fast-check round trips for the terms and JS values that convert both ways.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cons, Float, JsRef, NIL, Pid, Ref, type Term } from '../../runtime/term/types.js';
import { Bitstring, binaryFromString } from '../../runtime/term/bitstring.js';
import { mapFromPairs } from '../../runtime/term/map.js';
import { exactEq } from '../../runtime/term/compare.js';
import { normBig } from '../../runtime/term/int.js';
import { fromArray } from '../../runtime/term/list.js';
import { ErlangError } from '../../runtime/term/errors.js';
import { show } from '../../runtime/api/index.js';
import { termToBinary, termToBinaryBif } from '../../runtime/term/etf.js';
import { fromJS, fromJSShallow, handleOf, toJS } from '../../runtime/api/convert.js';

const w = show;
const badarg = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ErlangError && e.reason === 'badarg';
  }
  return false;
};

describe('Erlang -> JS', () => {
  it('converts each kind of term', () => {
    expect(toJS(42)).toBe(42);
    expect(toJS(2n ** 70n)).toBe(2n ** 70n);
    expect(toJS(new Float(1.0))).toBe(1);
    expect(toJS(new Float(-2.5))).toBe(-2.5);
    expect([toJS(true), toJS(false), toJS('undefined'), toJS('null'), toJS('ok')]).toEqual([true, false, undefined, null, 'ok']);
    expect(toJS(binaryFromString('héllo'))).toBe('héllo');
    expect(toJS(fromArray([1, binaryFromString('a'), NIL]))).toEqual([1, 'a', []]);
    expect(toJS(['ok', 1])).toEqual(['ok', 1]);
    expect(toJS(mapFromPairs([['a', 1], [binaryFromString('b'), 2], [3, 'x'], [true, 'null']]))).toEqual({ a: 1, b: 2, 3: 'x', true: null });
    const pid = new Pid(80, 0);
    expect(toJS(pid)).toBe(pid);
    const o = {};
    expect(toJS(handleOf(o))).toBe(o);
  });

  it('keeps a "__proto__" key a property', () => {
    const o = toJS(mapFromPairs([[binaryFromString('__proto__'), 1]])) as object;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['__proto__']);
  });

  it('refuses what has no JS value', () => {
    expect(badarg(() => toJS(new Cons(1, 2)))).toBe(true);
    expect(badarg(() => toJS(new Bitstring(new Uint8Array([0xff]), 0, 8)))).toBe(true);
    expect(badarg(() => toJS(new Bitstring(new Uint8Array([0x80]), 0, 3)))).toBe(true);
    expect(badarg(() => toJS(mapFromPairs([[['t'], 1]])))).toBe(true);
  });
});

describe('JS -> Erlang', () => {
  it('converts primitives', () => {
    expect(fromJS(7)).toBe(7);
    expect(fromJS(-0)).toBe(0);
    expect(w(fromJS(0.5))).toBe('0.5');
    expect(w(fromJS(1e300))).toBe('1.0e300');
    expect(w(fromJS(2 ** 60))).toBe('1.152921504606847e18');
    expect(fromJS(2n ** 60n)).toBe(2n ** 60n);
    expect(fromJS(5n)).toBe(5);
    expect([fromJS(NaN), fromJS(Infinity), fromJS(-Infinity)]).toEqual(['nan', 'infinity', '-infinity']);
    expect([fromJS(undefined), fromJS(null), fromJS(true)]).toEqual(['undefined', 'null', true]);
    expect(w(fromJS('é'))).toBe('<<"é"/utf8>>');
  });

  it('converts arrays, plain objects and bytes deeply, other objects to handles', () => {
    expect(w(fromJS([1, [2, 'x'], { a: null }]))).toBe('[1,[2,<<"x">>],#{<<"a">> => null}]');
    expect(w(fromJS(Object.assign(Object.create(null), { k: 1 })))).toBe('#{<<"k">> => 1}');
    expect(w(fromJS(new Uint8Array([1, 2])))).toBe('<<1,2>>');
    const d = new Date(0);
    const h = fromJS(d);
    expect(h).toBeInstanceOf(JsRef);
    expect((h as JsRef).value).toBe(d);
    expect(fromJS(d)).toBe(h);
    expect(fromJS(Math.max)).toBeInstanceOf(JsRef);
    expect(fromJS(Symbol.iterator)).toBeInstanceOf(JsRef);
  });

  it('keeps objects as handles in the shallow conversion', () => {
    const a = [1, 2];
    expect((fromJSShallow(a) as JsRef).value).toBe(a);
    expect((fromJSShallow({}) as JsRef).value).toEqual({});
    expect(w(fromJSShallow('s'))).toBe('<<"s">>');
  });

  it('passes terms through', () => {
    const r = new Ref([1, 2, 3]);
    expect(fromJS(r)).toBe(r);
    const l = fromArray([1]);
    expect(fromJS(l)).toBe(l);
    expect(fromJS([r])).toEqual(new Cons(r, NIL));
  });

  it('refuses cycles', () => {
    const a: unknown[] = [];
    a.push(a);
    expect(() => fromJS(a)).toThrow(/cyclic/);
  });

  it('makes handles sound terms', () => {
    const h = handleOf({});
    expect(w(h)).toMatch(/^#JsRef<\d+>$/);
    expect(exactEq(h, handleOf({}))).toBe(false);
    expect(badarg(() => termToBinaryBif(['x', h]))).toBe(true);
    // ETS and the process dictionary key terms by their encoding: a handle is a reference there.
    expect(termToBinary(h)[1]).toBe(90);
  });
});

// Terms that convert both ways: integers, floats with a fraction, UTF-8 binaries,
// true/false/undefined/null, lists and maps with binary keys of those, pids, handles
// (of anything but an array or a plain object, which the deep conversion copies).
const text = fc.string({ unit: 'grapheme', maxLength: 8 });
const leaf: fc.Arbitrary<Term> = fc.oneof(
  fc.maxSafeInteger(),
  fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }).map(normBig),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)).map((x) => new Float(x)),
  text.map(binaryFromString),
  fc.constantFrom<Term>(true, false, 'undefined', 'null', new Pid(80, 0), handleOf(new Date(0)), handleOf(Math.max)),
);
const { term } = fc.letrec((tie) => ({
  term: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('map')) as fc.Arbitrary<Term>,
  list: fc.array(tie('term') as fc.Arbitrary<Term>, { maxLength: 5 }).map((xs) => fromArray(xs)),
  map: fc
    .uniqueArray(fc.tuple(text, tie('term') as fc.Arbitrary<Term>), { maxLength: 5, selector: ([k]) => k })
    .map((kvs) => mapFromPairs(kvs.map(([k, v]) => [binaryFromString(k), v]))),
}));

describe('round trips', () => {
  it('fromJS(toJS(T)) =:= T', () => {
    fc.assert(
      fc.property(term, (t) => {
        expect(exactEq(fromJS(toJS(t)), t)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('toJS(fromJS(V)) equals V for JSON values', () => {
    const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v).replace(/-0(?![.\d])/g, '0')) as unknown);
    fc.assert(
      fc.property(json, (v) => {
        expect(toJS(fromJS(v))).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });
});
