// How OTP writes terms, checked against a running erl: floats (float_to_list/2 with
// [short], which ~w uses), atoms (io_lib:write_atom/1 and ~w), strings and characters.
// The values are made by erl itself so that no expected output is typed by hand.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { otpMissing } from './helpers.js';
import { formatFloat, writeAtom, writeAtomW, writeString, writeChar } from '../../compiler/ast/term.js';

const why = otpMissing();
if (why) console.warn(`SKIPPED: term writing tests against erl (${why})`);

function erl(expr: string): string {
  return execFileSync('erl', ['-noshell', '-eval', `${expr}, halt().`], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

describe.skipIf(why !== undefined)('term writing, against erl', () => {
  it('writes floats as ~w does', () => {
    // "~.17g" reads back exactly in JS; ~w is what we must reproduce.
    const out = erl(`rand:seed(exsss, {7, 8, 9}),
      Xs = [M * math:pow(10, E) || _ <- lists:seq(1, 3000), M <- [rand:uniform() * 10], E <- [rand:uniform(80) - 40]]
        ++ [float(1 bsl N) || N <- lists:seq(0, 70)] ++ [math:pow(2, -N) || N <- lists:seq(1, 60)]
        ++ [0.0, -0.0, 0.1, 1.0e-5, 1.0e15, 1.0e16, 123456.0, 5.0e-324, 1.7976931348623157e308],
      [io:format("~.17g ~w~n", [X, X]) || X <- Xs]`);
    const bad: string[] = [];
    for (const line of out.trim().split('\n')) {
      const [g, w] = line.split(' ') as [string, string];
      const x = g.startsWith('-0.0') && Number(g) === 0 ? -0 : Number(g);
      if (formatFloat(x) !== w) bad.push(`${g}: erl ${w}, ours ${formatFloat(x)}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('quotes and escapes atoms, strings and characters as io_lib does', () => {
    const atoms = ['ok', 'Ok', 'a b', 'end', 'maybe', 'else', 'a@b', '_x', 'é', 'ß', 'λ', "it's", 'a\\b', 'tab\there', '', 'x\u0001y', '\u00a0'];
    const chars = [32, 9, 10, 0, 127, 128, 159, 160, 255, 256, 0x263a, 92, 39, 34, 36];
    const lit = (s: string) => '[' + Array.from(s, (c) => c.codePointAt(0)).join(',') + ']';
    const out = erl(`
      [io:format("~w~n", [io_lib:write_atom(list_to_atom(A))]) || A <- [${atoms.map(lit).join(',')}]],
      [io:format("~w~n", [lists:flatten(io_lib:format("~w", [list_to_atom(A)]))]) || A <- [${atoms.map(lit).join(',')}]],
      [io:format("~w~n", [lists:flatten(io_lib:write_string(A))]) || A <- [${atoms.map(lit).join(',')}]],
      [io:format("~w~n", [lists:flatten(io_lib:write_char(C))]) || C <- [${chars.join(',')}]]`);
    const lines = out.trim().split('\n').map((l) => String.fromCodePoint(...(JSON.parse(l) as number[])));
    const n = atoms.length;
    expect(atoms.map(writeAtom)).toEqual(lines.slice(0, n));
    expect(atoms.map(writeAtomW)).toEqual(lines.slice(n, 2 * n));
    expect(atoms.map(writeString)).toEqual(lines.slice(2 * n, 3 * n));
    expect(chars.map(writeChar)).toEqual(lines.slice(3 * n));
  });
});
