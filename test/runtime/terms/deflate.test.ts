// Our deflate against the zlib OTP 25 uses: every level, four kinds of data, sizes from
// empty to 140 kB (window slides, many blocks). The inputs come from a formula shared
// with gen-fixtures.escript; the fixture holds zlib's output length and MD5.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { deflateZlib } from '../../../runtime/term/deflate.js';
import { inflateZlib } from '../../../runtime/term/inflate.js';
import { fixture } from './fixtures.js';

interface DeflateRecord {
  kind: number;
  size: number;
  level: number;
  len: number;
  md5: string;
}

const WORDS = ['the ', 'quick ', 'erlang ', 'term ', 'of ', 'a ', 'binary, ', 'zlib\n'];

/** The escript's gen_input/2: a 31-bit LCG driving four kinds of data. */
export function genInput(kind: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let n = 0;
  let s = kind + 1;
  while (n < size) {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    const v = s >>> 16;
    let bytes: number[];
    switch (kind) {
      case 0:
        bytes = [v & 255];
        break;
      case 1:
        bytes = [97 + (v % 3)];
        break;
      case 2:
        bytes = Array.from(WORDS[v & 7]!, (c) => c.charCodeAt(0));
        break;
      default:
        bytes = new Array<number>(((s >>> 8) & 31) + 1).fill(v & 255);
    }
    for (const b of bytes) if (n < size) out[n++] = b;
  }
  return out;
}

describe('deflate against zlib 1.2.13 (as linked by OTP)', () => {
  const recs = fixture<DeflateRecord[]>('deflate.json');
  it(`produces zlib's bytes in ${recs.length} cases`, () => {
    const bad: string[] = [];
    const inputs = new Map<string, Uint8Array>();
    for (const r of recs) {
      const key = `${r.kind}/${r.size}`;
      let input = inputs.get(key);
      if (!input) inputs.set(key, (input = genInput(r.kind, r.size)));
      const out = deflateZlib(input, r.level);
      const md5 = createHash('md5').update(out).digest('hex');
      if (out.length !== r.len || md5 !== r.md5) bad.push(`kind ${r.kind} size ${r.size} level ${r.level}: zlib ${r.len} bytes, ours ${out.length}`);
      else if (r.level === 6 || r.level === 1) {
        const back = inflateZlib(out, r.size);
        if (!Buffer.from(back.out).equals(Buffer.from(input))) bad.push(`kind ${r.kind} size ${r.size}: does not inflate back`);
      }
    }
    expect(bad.slice(0, 10).join('\n')).toBe('');
  }, 120_000);
});
