// The native lists/maps BIFs (runtime/bifs/lists.ts, maps.ts) against OTP 25's answers
// recorded by native.escript (rerun record.sh to refresh fixtures/native.txt): same
// result, or the same exception class and reason. Results are compared exactly (=:=)
// and, for maps, also in maps:to_list order (the recorded term_to_binary keeps it).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { binaryToTerm } from '../../runtime/term/etf.js';
import { exactEq } from '../../runtime/term/compare.js';
import { writeTerm } from '../../runtime/term/print.js';
import { toArray } from '../../runtime/term/list.js';
import { ErlangError } from '../../runtime/term/errors.js';
import type { Term } from '../../runtime/term/types.js';
import { registerListsBifs } from '../../runtime/bifs/lists.js';
import { registerMapsBifs, mapNext } from '../../runtime/bifs/maps.js';
import { nativeFunction } from '../../runtime/bifs/registry.js';
import { ErlMap, mapFromPairs } from '../../runtime/term/map.js';

registerListsBifs();
registerMapsBifs();

const file = fileURLToPath(new URL('./fixtures/native.txt', import.meta.url));
const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
const decode = (hex: string): Term => binaryToTerm(Uint8Array.from(Buffer.from(hex, 'hex'))).term;

/** ~w text, with maps written in to_list order so that order differences show. */
function show(t: Term): string {
  if (t instanceof ErlMap) return `#{${t.toListOrder().map(([k, v]) => `${show(k)}=>${show(v)}`).join(',')}}`;
  return writeTerm(t);
}

describe('native lists/maps BIFs match OTP 25', () => {
  it.each(rows)('%s', (expr, argsHex, cls, resHex) => {
    const [, mod, name] = /^(\w+):(\w+)\(/.exec(expr!)!;
    const args = toArray(decode(argsHex!));
    const fn = nativeFunction(mod!, name!, args.length);
    expect(fn, `${mod}:${name}/${args.length} registered`).toBeDefined();
    let got: { cls: string; v: Term };
    try {
      got = { cls: 'ok', v: fn!(...args) };
    } catch (e) {
      if (!(e instanceof ErlangError)) throw e;
      got = { cls: e.class, v: e.reason };
    }
    const want = decode(resHex!);
    expect({ cls: got.cls, v: show(got.v) }).toEqual({ cls, v: show(want) });
    expect(exactEq(got.v, want)).toBe(true);
  });
});

describe('erts_internal:map_next/3 (maps iterators)', () => {
  it('gives a flat map whole, in key order', () => {
    const m = mapFromPairs([['b', 2], ['a', 1]]);
    expect(writeTerm(mapNext(0, m, 'iterator'))).toBe('{a,1,{b,2,none}}');
  });
  it('walks a large map in batches of 32, in iterator order', () => {
    const m = mapFromPairs(Array.from({ length: 100 }, (_, i) => [i, i] as [Term, Term]));
    const seen: Term[] = [];
    let step: Term = mapNext(0, m, 'iterator');
    let batches = 0;
    for (;;) {
      batches++;
      while (Array.isArray(step)) {
        seen.push(step[0]!);
        step = step[2]!;
      }
      if (step === 'none') break;
      const it = step as unknown as { hd: Term; tl: Term };
      step = mapNext(it.hd, it.tl, 'iterator');
    }
    expect(batches).toBe(4);
    expect(seen.map((k) => writeTerm(k))).toEqual(m.iterOrder().map(([k]) => writeTerm(k)));
  });
});
