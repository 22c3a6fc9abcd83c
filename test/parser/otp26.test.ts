// Map comprehensions and map generators come from OTP 26 (erl_parse.yrl there:
// `#{K => V || Qs}` is {mc, Anno#, Assoc, Qs} and `K := V <- M` is
// {m_generate, Anno<-, Exact, M}). OTP 25, our reference elsewhere, rejects them, so no
// fixture can be recorded: these tests check the shape and the round trip.
import { describe, expect, it } from 'vitest';
import { parseText, astDiff } from './helpers.js';
import { formToErlText } from '../../compiler/ast/erl-parse-text.js';
import { printForm } from '../../compiler/ast/print.js';
import type { Form } from '../../compiler/ast/ast.js';

function one(src: string): Form {
  const r = parseText(src, 'otp26.erl');
  expect(r.diagnostics).toEqual([]);
  expect(r.forms.length).toBe(1);
  return r.forms[0]!;
}

describe('OTP 26 comprehensions', () => {
  it('reads a map comprehension with a map generator', () => {
    const f = one('f(M) -> #{K => V + 1 || K := V <- M, K > 0}.');
    expect(formToErlText(f)).toBe(
      '{function,{1,1},f,1,[{clause,{1,1},[{var,{1,3},\'M\'}],[],[{mc,{1,9},' +
        "{map_field_assoc,{1,13},{var,{1,11},'K'},{op,{1,18},'+',{var,{1,16},'V'},{integer,{1,20},1}}}," +
        "[{m_generate,{1,32},{map_field_exact,{1,27},{var,{1,25},'K'},{var,{1,30},'V'}},{var,{1,35},'M'}}," +
        "{op,{1,40},'>',{var,{1,38},'K'},{integer,{1,42},0}}]}]}]}",
    );
  });

  it('reads map generators in list and binary comprehensions', () => {
    const f = one('f(M) -> {[K || K := _ <- M], << <<V>> || _ := V <- M >>}.');
    expect(formToErlText(f)).toContain('{lc,{1,10},{var,{1,11},\'K\'},[{m_generate,{1,23}');
    expect(formToErlText(f)).toContain('{bc,{1,30}');
  });

  it('rejects a comprehension in a map update, a pattern, or with :=', () => {
    for (const [src, col] of [
      ['f(M) -> M#{K => V || K := V <- M}.', 19],
      ['f(#{K => V || K <- L}) -> ok.', 12],
      ['f(M) -> #{K := V || K := V <- M}.', 18],
    ] as const) {
      const r = parseText(src, 'otp26.erl');
      expect(r.diagnostics.map((d) => `${d.col}: ${d.message}`)).toEqual([`${col}: syntax error before: '||'`]);
    }
  });

  it('prints them so that they read back', () => {
    for (const src of ['f(M) -> #{K => V || K := V <- M}.', 'f(M) -> [{K, V} || K := V <- M, is_atom(K)].', 'f(M) -> #{K => V || K := V <- maps:iterator(M)}#{a => 1}.']) {
      const f = one(src);
      const back = one(printForm(f));
      expect(astDiff(f, back), printForm(f)).toBeUndefined();
    }
  });
});
