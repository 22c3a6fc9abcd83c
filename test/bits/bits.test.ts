// bits.ts against real OTP 25: every case in fixtures.txt (recorded by record.escript,
// one hex-encoded term_to_binary({Case, Result}) per line) is replayed through
// binBuild / binStart+binSeg+binRest+binEnd and the result compared as ETF bytes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { binaryToTerm, termToBinary } from '../../runtime/term/etf.js';
import { ErlangError } from '../../runtime/term/errors.js';
import { Bitstring } from '../../runtime/term/bitstring.js';
import { NIL, type Term } from '../../runtime/term/types.js';
import { fromArray, toArray } from '../../runtime/term/list.js';
import { writeTerm } from '../../runtime/term/print.js';
import { binBuild, binEnd, binRest, binSeg, binStart, type SegSpec } from '../../runtime/exec/bits.js';

const dir = dirname(fileURLToPath(import.meta.url));

function fromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
  return out;
}
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const size = (s: Term): Term | null => (s === 'null' ? null : s);

function spec(type: Term, unit: Term, signed: Term, endian: Term): SegSpec {
  return { type, unit, signed, endian } as SegSpec;
}

function runBuild(segs: Term): Term {
  const flat: unknown[] = [];
  for (const s of toArray(segs as never) as Term[][]) {
    const [v, sz, t, u, sg, e] = s as Term[];
    flat.push(v, size(sz!), spec(t!, u!, sg!, e!));
  }
  try {
    return ['ok', binBuild(flat)];
  } catch (e) {
    if (e instanceof ErlangError) return ['error', e.class, e.reason];
    throw e;
  }
}

function runMatch(bin: Term, segs: Term, tail: Term): Term {
  const ctx = binStart(bin);
  if (ctx === null) return 'nomatch';
  const vals: Term[] = [];
  for (const s of toArray(segs as never) as Term[][]) {
    const [sz, t, u, sg, e] = s as Term[];
    const v = binSeg(ctx, size(sz!), spec(t!, u!, sg!, e!));
    if (v === undefined) return 'nomatch';
    vals.push(v);
  }
  if (tail === 'end') return binEnd(ctx) ? ['ok', fromArray(vals), 'end'] : 'nomatch';
  const r = binRest(ctx, tail as 'binary' | 'bitstring');
  return r === undefined ? 'nomatch' : ['ok', fromArray(vals), r];
}

const lines = readFileSync(join(dir, 'fixtures.txt'), 'latin1').trim().split('\n');

describe('bit syntax against OTP 25 fixtures', () => {
  for (const kind of ['build', 'match']) {
    it(`${kind} cases`, () => {
      const failures: string[] = [];
      let n = 0;
      for (const line of lines) {
        const [c, want] = binaryToTerm(fromHex(line)).term as Term[];
        const cs = c as Term[];
        if (cs[0] !== kind) continue;
        n++;
        let got: Term;
        try {
          got = kind === 'build' ? runBuild(cs[1]!) : runMatch(cs[1]!, cs[2]!, cs[3]!);
        } catch (e) {
          got = ['js_exception', String(e)];
        }
        if (hex(termToBinary(got)) !== hex(termToBinary(want!))) {
          failures.push(`${writeTerm(c!)}\n   want ${writeTerm(want!)}\n   got  ${writeTerm(got)}`);
        }
      }
      expect(n).toBeGreaterThan(100);
      expect(failures.slice(0, 15).join('\n')).toBe('');
    });
  }
});

describe('appending', () => {
  const seg = (t: SegSpec['type'], unit = 1): SegSpec => ({ type: t, unit, signed: false, endian: 'big' });
  it('extends in place and keeps older values intact', () => {
    let acc: Bitstring = new Bitstring(new Uint8Array(0), 0, 0);
    const olds: Bitstring[] = [];
    for (let i = 0; i < 1000; i++) {
      acc = binBuild([acc, null, seg('bitstring'), i & 0xff, 3, seg('integer')]);
      if (i % 100 === 0) olds.push(acc);
    }
    expect(acc.bitSize).toBe(3000);
    // A branch off an old value must copy, not clobber the newer ones.
    const old = olds[1]!;
    const branch = binBuild([old, null, seg('bitstring'), 0x7, 3, seg('integer')]);
    expect(branch.bitSize).toBe(old.bitSize + 3);
    const ctx = binStart(acc)!;
    for (let i = 0; i < 1000; i++) expect(binSeg(ctx, 3, seg('integer'))).toBe(i & 7);
    expect(binEnd(ctx)).toBe(true);
    const c2 = binStart(branch)!;
    for (let i = 0; i <= 100; i++) expect(binSeg(c2, 3, seg('integer'))).toBe(i <= 100 && i < 101 ? (i === 101 ? 7 : i & 7) : 0);
  });
  it('is fast for a byte loop', () => {
    let acc: Bitstring = new Bitstring(new Uint8Array(0), 0, 0);
    const t = performance.now();
    for (let i = 0; i < 200000; i++) acc = binBuild([acc, null, seg('binary', 8), i & 0xff, null, seg('integer')]);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(acc.bitSize).toBe(1600000);
    expect(acc.byteAt(199999)).toBe(199999 & 0xff);
    void NIL;
  });
});
