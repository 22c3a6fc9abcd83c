// The match-spec engine (runtime/ets/ms.ts): compile errors are OTP's messages, and
// running follows OTP 25's rules (checked with erlang:match_spec_test/3, see
// test/conformance/ets/ets_test_ms.erl and ets_ms_exit.erl for the end-to-end side).
import { describe, expect, it } from 'vitest';
import { compileMs, NO_MATCH, runMs, varNum, type CompiledMs } from '../../runtime/ets/ms.js';
import { Cons, NIL, type Term } from '../../runtime/term/types.js';
import { fromArray } from '../../runtime/term/list.js';

const ms = (...clauses: Term[]): Term => fromArray(clauses);
const l = (...xs: Term[]): Term => fromArray(xs);
function compiled(spec: Term): CompiledMs {
  const c = compileMs(spec);
  if (Array.isArray(c)) throw new Error(c.join('; '));
  return c as CompiledMs;
}

describe('compileMs', () => {
  it('reports every error in order', () => {
    expect(compileMs(ms([['$1'], NIL, l(['is_boolean', '$1'], ['is_bitstring', '$1'])]))).toEqual([
      'Function is_boolean/1 does_not_exist.',
      'Function is_bitstring/1 does_not_exist.',
    ]);
    expect(compileMs(ms([['$1'], NIL, l('$3')]))).toEqual(['Variable $3 is unbound.']);
    expect(compileMs('foo')).toEqual(['Match programs are not in a list.']);
    expect(compileMs(ms([['$1'], NIL, NIL]))).toEqual(['Body clause does not return anything.']);
    expect(compileMs(ms(['_', NIL, l(['message', 1])]))).toEqual(["Special form 'message' used in wrong dialect."]);
  });

  it('variables are $0..$100000000 without leading zeros', () => {
    expect(varNum('$0')).toBe(0);
    expect(varNum('$100000000')).toBe(100000000);
    expect(varNum('$100000001')).toBe(-1);
    expect(varNum('$01')).toBe(-1);
    expect(varNum('$_')).toBe(-1);
  });
});

describe('runMs', () => {
  const self = 'me';
  it('binds, checks repeated variables, builds the body', () => {
    const c = compiled(ms([['$1', '$1', '$2'], NIL, l([['$2', '$1']])]));
    expect(runMs(c, ['a', 'a', 1], self)).toEqual([1, 'a']);
    expect(runMs(c, ['a', 'b', 1], self)).toBe(NO_MATCH);
  });

  it("a failing call in a body is 'EXIT' where it stands; in a guard it rejects", () => {
    const body = compiled(ms([['$1'], NIL, l([['$1', ['div', 1, '$1']]])]));
    expect(runMs(body, [0], self)).toEqual([0, 'EXIT']);
    const guard = compiled(ms([['$1'], l(['>', ['div', 1, '$1'], 0]), l('yes')]));
    expect(runMs(guard, [0], self)).toBe(NO_MATCH);
    expect(runMs(guard, [1], self)).toBe('yes');
  });

  it('andalso/orelse return the second operand as it is', () => {
    const c = compiled(ms([['$1'], NIL, l(['andalso', true, '$1'])]));
    expect(runMs(c, ['x'], self)).toBe('x');
    const g = compiled(ms([['$1'], l(['orelse', false, '$1']), l(true)]));
    expect(runMs(g, ['x'], self)).toBe(NO_MATCH);
  });

  it("'$$' lists the head's bindings in variable order; '$_' is the object", () => {
    const c = compiled(ms([['$3', '$1'], NIL, l(l('$$', '$_'))]));
    expect(runMs(c, ['x', 'y'], self)).toEqual(new Cons(l('y', 'x'), new Cons(['x', 'y'], NIL)));
  });
});
