// The text of ~w/~p is a deep list that shares its short pieces between texts
// (runtime/format/format.ts, textTerm). The characters are checked against OTP by
// terms.test.ts; here the shape: one-word texts stay flat as OTP's are, pieces are
// shared, and a text with every kind of piece flattens to its characters.
import { describe, expect, it } from 'vitest';
import { format, flattenChars, charsToString } from '../../runtime/format/format.js';
import { fromArray, fromString } from '../../runtime/term/list.js';
import { exactEq } from '../../runtime/term/compare.js';
import { Cons, Float, NIL, type Term } from '../../runtime/term/types.js';
import { binaryFromString } from '../../runtime/term/bitstring.js';

const fmt = (f: string, ...args: Term[]) => format(fromString(f), fromArray(args));
const text = (t: Term) => charsToString(flattenChars(t));
const first = (t: Term) => (t as Cons).hd;

describe('~w/~p texts share their pieces', () => {
  it('a one-word text is a flat list, as in OTP', () => {
    for (const [f, a, want] of [['~w', 'foo', 'foo'], ['~p', 12345, '12345'], ['~w', -7, '-7'], ['~p', 'hello_world', 'hello_world']] as const) {
      const out = fmt(f, a);
      expect(exactEq(out, new Cons(fromString(want), NIL))).toBe(true);
    }
  });

  it('the same piece in two texts is the same list', () => {
    // (texts longer than 12 characters: a shorter one is a single piece)
    const a = first(fmt('~w', fromArray([1040, 1010, 1040, 1010, 1040]))) as Cons;
    const b = first(fmt('~w', fromArray([1040, 7000, 7000, 7000, 7000, 7000]))) as Cons;
    // [ "[", "1040,", ... ]: the second element of each is the piece "1040,".
    const pa = (a.tl as Cons).hd;
    const pb = (b.tl as Cons).hd;
    expect(pa).toBeInstanceOf(Cons);
    expect(pa).toBe(pb);
    expect(text(pa)).toBe('1040,');
    // Two integers 0..255 in a row are one piece: "104,101,".
    const c = first(fmt('~w', fromArray([104, 101, 104, 101, 104]))) as Cons;
    const d = first(fmt('~w', fromArray([104, 101, 7, 7, 7, 7, 7]))) as Cons;
    const pc = (c.tl as Cons).hd;
    expect(pc).toBeInstanceOf(Cons);
    expect(pc).toBe((d.tl as Cons).hd);
    expect(text(pc)).toBe('104,101,');
  });

  it('a number piece is not confused with a text of punctuation', () => {
    // "0," and "," would both be the number piece for 0 with a comma if a text with
    // no digits were taken for a number.
    expect(text(fmt('~w', fromArray([0, 1])))).toBe('[0,1]');
    expect(text(fmt('~s~w', fromString(''), fromArray([0, 0, 0, 0, 0, 0, 0])))).toBe('[0,0,0,0,0,0,0]');
    expect(text(fmt('~w', fromString(',')))).toBe('[44]');
    expect(text(fmt('~w', ','))).toBe("','");
    expect(text(fmt('~w', fromArray([0, 0, 0, 0, 0, 0, 0])))).toBe('[0,0,0,0,0,0,0]');
  });

  it('every kind of piece flattens to the text', () => {
    const t = fromArray([
      'an_atom', 'Quoted atom', 123456789012345678901234567890n, new Float(3.25e-7), fromString('a "string"\n'),
      binaryFromString('bin'), fromArray([0x1f600, 955]), fromArray(Array.from({ length: 30 }, (_, i) => i * 1000)),
    ]);
    expect(text(fmt('~w', t))).toBe(
      "[an_atom,'Quoted atom',123456789012345678901234567890,3.25e-7,[97,32,34,115,116,114,105,110,103,34,10],<<98,105,110>>,[128512,955],[0,1000,2000,3000,4000,5000,6000,7000,8000,9000,10000,11000,12000,13000,14000,15000,16000,17000,18000,19000,20000,21000,22000,23000,24000,25000,26000,27000,28000,29000]]",
    );
    // Both texts as OTP 25 prints them.
    expect(text(fmt('~tp', t))).toBe(
      "[an_atom,'Quoted atom',123456789012345678901234567890,3.25e-7,\n \"a \\\"string\\\"\\n\",<<\"bin\">>,\n [128512,955],\n [0,1000,2000,3000,4000,5000,6000,7000,8000,9000,10000,11000,12000,13000,\n  14000,15000,16000,17000,18000,19000,20000,21000,22000,23000,24000,25000,\n  26000,27000,28000,29000]]",
    );
  });
});
