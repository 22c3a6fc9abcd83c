// Exception reports against escript: exceptions.json holds, per case, the class,
// reason and stack trace OTP produced and the text escript prints for them (made by
// gen-exceptions.escript with erl_error and escript's own print and trim functions).
// We format the same terms and must produce the same characters.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binaryToTerm } from '../../runtime/term/etf.js';
import { Fun, type Term } from '../../runtime/term/types.js';
import { formatException } from '../../runtime/format/erl-error.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const recs = JSON.parse(readFileSync(join(dir, 'exceptions.json'), 'utf8')) as { name: string; term: string; text: string; funname?: string }[];

function bytes(h: string): Uint8Array {
  const b = new Uint8Array(h.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(h.substr(i * 2, 2), 16);
  return b;
}

describe('escript exception reports', () => {
  it.each(recs)('$name', ({ term, text, funname }) => {
    const [cls, r, stack] = binaryToTerm(bytes(term)).term as readonly Term[];
    let reason = r!;
    if (funname !== undefined) {
      // ETF does not carry a local fun's name; the code server's funs have it.
      const [tag, [f, as]] = reason as [Term, [Fun, Term]];
      reason = [tag, [new Fun(f.module, funname, f.arity, null, f.env, f.index, f.uniq, f.md5, f.oldIndex, f.pid), as!]];
    }
    const want = String.fromCharCode(...bytes(text));
    const got = formatException(cls as 'error', reason!, stack!, (m) => m === 'erl_eval' || m === 'escript');
    expect(got).toBe(want);
  });
});
