// The texts of ~w and ~p are deep lists that share pieces (runtime/format/format.ts:
// words, punctuation runs, pairs of byte values, triples of characters). Whatever the
// grouping, the characters must be exactly the text writeTerm / prettyPrint produce, and
// texts OTP returns flat (a string, an integer, an atom written alone) must stay flat.
import { describe, expect, it } from 'vitest';
import { format, flattenChars, charsToString } from '../../runtime/format/format.js';
import { prettyPrint } from '../../runtime/format/pretty.js';
import { writeTerm } from '../../runtime/term/print.js';
import { fromString, fromArray } from '../../runtime/term/list.js';
import { binaryOf } from '../../runtime/term/bitstring.js';
import { mapFromPairs } from '../../runtime/term/map.js';
import { Cons, Float, NIL, type Term } from '../../runtime/term/types.js';

function text(t: Term): string {
  return charsToString(flattenChars(t));
}

/** A deterministic stream of terms of every kind, with many byte lists and strings. */
function terms(n: number): Term[] {
  let x = 12345;
  const next = (m: number): number => {
    x = (x * 48271) % 2147483647;
    return x % m;
  };
  const gen = (d: number): Term => {
    switch (d <= 0 ? next(8) : next(14)) {
      case 0: return next(600) - 300;
      case 1: return 2 ** 53 + next(1000) * 7;
      case 2: return new Float((next(200000) - 100000) / 7);
      case 3: return ['ok', 'Quoted', 'a b', 'x_1', 'λ'][next(5)]!;
      case 4: return fromString(Array.from({ length: next(40) }, () => String.fromCharCode(97 + next(26))).join(''));
      case 5: return fromArray(Array.from({ length: next(30) }, () => next(300)));
      case 6: return binaryOf(...Array.from({ length: next(30) }, () => next(256)));
      case 7: return fromString('λ' + 'é'.repeat(next(5)) + 'ab\n"q"\\' + String.fromCodePoint(0x1f600));
      case 8: return Array.from({ length: next(6) }, () => gen(d - 1));
      case 9: return fromArray(Array.from({ length: next(8) }, () => gen(d - 1)));
      case 10: return mapFromPairs(Array.from({ length: next(5) }, (_, i) => [['name', 'age', i, 'tags'][i % 4]!, gen(d - 1)] as [Term, Term]));
      case 11: return new Cons(gen(d - 1), gen(d - 1)); // improper lists
      case 12: return [fromArray([next(256), next(256), 0, 255]), [new Float(-(next(1000)) / 1000), '00', 1000 + next(9000)]];
      default: return NIL;
    }
  };
  return Array.from({ length: n }, () => gen(3));
}

describe('shared pieces of ~w and ~p texts', () => {
  const ts = terms(3000);
  it('~w: the characters are writeTerm', () => {
    for (const t of ts) {
      const r = format(fromString('~w'), fromArray([t]));
      expect(text(r)).toBe(writeTerm(t));
      expect(text(format(fromString('~tw'), fromArray([t])))).toBe(writeTerm(t, true));
    }
  });
  it('~p: the characters are prettyPrint', () => {
    for (const t of ts) {
      const r = format(fromString('~p'), fromArray([t]));
      expect(text(r)).toBe(prettyPrint(t, { column: 1, lineLength: 80, depth: -1, unicode: false, strings: true }));
      const r2 = format(fromString('x: ~30p'), fromArray([t]));
      expect(text(r2)).toBe('x: ' + prettyPrint(t, { column: 4, lineLength: 30, depth: -1, unicode: false, strings: true }));
    }
  });
  it('a string, an integer or an atom written alone is a flat list, as OTP returns it', () => {
    // (~w of a string is a list of integers, deep in OTP too: only ~p of it is flat)
    const alone: [Term, string[]][] = [
      [fromString('akjvaknajgsjoqqbuakjvaknajgsjoqqbu'), ['~p']],
      [1226992415588946849n, ['~w', '~p']],
      [-123456789012345, ['~w', '~p']],
      ['a_rather_long_atom_name_here', ['~w', '~p']],
    ];
    for (const [t, fs] of alone) {
      for (const f of fs) {
        const r = format(fromString(f), fromArray([t])) as Cons;
        expect(r.tl).toBe(NIL);
        let l = r.hd;
        while (l instanceof Cons) {
          expect(typeof l.hd).toBe('number');
          l = l.tl;
        }
        expect(l).toBe(NIL);
      }
    }
  });
});
