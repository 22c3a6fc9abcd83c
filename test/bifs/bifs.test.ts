// The `erlang` and `math` BIFs (and the other native modules: binary, unicode, ...) against OTP 25: every call recorded by record.escript
// (cases.txt plus generated families), applied to our native function with the same
// arguments, must give the same result (compared with =:=, floats bit for bit) or raise
// the same exception class and reason.
//
// Regenerate the fixture with `escript test/bifs/record.escript test/bifs/cases.txt
// test/bifs/fixtures/bifs.json` (never edit it by hand).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registerErlangBifs } from '../../runtime/bifs/erlang.js';
import { registerMathBifs } from '../../runtime/bifs/math.js';
import { registerAllNatives } from '../../runtime/bifs/index.js';
import { nativeFunction } from '../../runtime/bifs/registry.js';
import { exactEq } from '../../runtime/term/compare.js';
import { ErlangError } from '../../runtime/term/errors.js';
import { binaryToTerm } from '../../runtime/term/etf.js';
import { toArray } from '../../runtime/term/list.js';
import { writeTerm } from '../../runtime/term/print.js';
import { Float, type Term } from '../../runtime/term/types.js';

type Case = [expr: string, module: string, fn: string, args: string, cls: string, result: string];

const file = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'bifs.json');

function fromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
  return out;
}

/** =:=, and for floats also the sign of zero (0.0 =:= -0.0 in OTP 25, but they print differently). */
function same(a: Term, b: Term): boolean {
  if (a instanceof Float && b instanceof Float) return Object.is(a.value, b.value);
  return exactEq(a, b);
}

/**
 * math functions whose result may differ from glibc's in the last bit: JS's Math is an
 * fdlibm port, BEAM calls glibc (mostly correctly rounded). These cases are known to be
 * one unit in the last place off; any other difference, or a larger one, fails.
 */
const KNOWN_LIBM_ULP = new Set([
  'math:sin(2.5)',
  'math:sin(-2.5)',
  'math:cos(1 bsl 80)',
  'math:erfc(2)',
  'math:pow(2, 2.5)',
  'math:pow(10.0, 2.5)',
  'math:atan2(2, 2.5)',
  'math:atan2(-2.5, -1)',
  'math:atan2(-2.5, 3)',
]);

/** Are two floats adjacent doubles (one unit in the last place apart)? */
function oneUlp(a: Term, b: Term): boolean {
  if (!(a instanceof Float && b instanceof Float)) return false;
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a.value);
  buf.setFloat64(8, b.value);
  const d = buf.getBigInt64(0) - buf.getBigInt64(8);
  return d === 1n || d === -1n;
}

function show(t: Term): string {
  const s = writeTerm(t);
  return s.length > 200 ? s.slice(0, 200) + '...' : s;
}

describe.skipIf(!existsSync(file))('erlang and math BIFs against OTP 25', () => {
  const cases = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Case[]) : [];
  registerErlangBifs();
  registerMathBifs();
  // binary, unicode, string case mappings, lists:sort/1, io_lib helpers.
  registerAllNatives();
  // Decoding every case first registers every atom the fixture mentions, as evaluating
  // the cases in the recording VM made them exist there.
  const decoded = cases.map(([, , , a, , r]) => [binaryToTerm(fromHex(a)).term, binaryToTerm(fromHex(r)).term]);

  it(`gives OTP's answer for ${cases.length} calls`, () => {
    const bad: string[] = [];
    cases.forEach(([expr, mod, fn, , cls], i) => {
      const [argList, want] = decoded[i]!;
      const args = toArray(argList!);
      const f = nativeFunction(mod, fn, args.length);
      if (!f) {
        bad.push(`${expr}: ${mod}:${fn}/${args.length} not registered`);
        return;
      }
      let got: Term;
      try {
        got = f(...args);
      } catch (e) {
        if (!(e instanceof ErlangError)) {
          bad.push(`${expr}: JS exception ${String(e)}`);
          return;
        }
        if (cls === 'ok') bad.push(`${expr}: otp ${show(want!)}, we ${e.class}:${show(e.reason)}`);
        else if (e.class !== cls || !same(e.reason, want!)) bad.push(`${expr}: otp ${cls}:${show(want!)}, we ${e.class}:${show(e.reason)}`);
        return;
      }
      if (cls !== 'ok') bad.push(`${expr}: otp ${cls}:${show(want!)}, we ${show(got)}`);
      else if (!same(got, want!) && !(KNOWN_LIBM_ULP.has(expr) && oneUlp(got, want!))) bad.push(`${expr}: otp ${show(want!)}, we ${show(got)}`);
    });
    expect(`${bad.length} wrong\n` + bad.slice(0, 40).join('\n')).toBe('0 wrong\n');
  });
});
