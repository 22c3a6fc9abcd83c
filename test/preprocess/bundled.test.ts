// erlts's bundled headers (stdlib/lib/<app>/include/*.hrl, the lib root BUNDLED_LIB_ROOT):
//  * they preprocess without a diagnostic and every macro of bundled/uses_headers.erl
//    expands (always checked);
//  * in real Erlang/OTP (bundled-headers.escript, when erl is present): they define the
//    same macros and forms as OTP's headers under every switch, and a module compiled
//    against them behaves exactly as when compiled against OTP's.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { preprocess } from '../../compiler/parse/preprocess.js';
import { BUNDLED_LIB_ROOT } from '../../compiler/parse/libroot.js';
import * as T from '../../compiler/parse/tokens.js';
import { dirHost } from './fixture.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const libRoot = join(repo, BUNDLED_LIB_ROOT);
const sample = join(repo, 'test/preprocess/bundled/uses_headers.erl');
const hasErl = spawnSync('erl', ['-version'], { stdio: 'ignore' }).status === 0;
if (!hasErl) console.warn('SKIPPED: bundled headers against OTP (erl is not on the PATH)');

describe('bundled headers', () => {
  for (const defines of [{}, { NODEBUG: undefined }, { NOTEST: undefined }, { NOASSERT: undefined }]) {
    it(`preprocess a module using every macro (${Object.keys(defines).join(', ') || 'no switches'})`, () => {
      const r = preprocess(sample, { host: dirHost('/'), libRoots: [libRoot], defines });
      // As in OTP 25, ?debugVal/2 does not exist under NODEBUG.
      const expected = 'NODEBUG' in defines ? ["argument mismatch for macro 'debugVal'"] : [];
      expect(r.diagnostics.map((d) => d.message)).toEqual(expected);
      const leftover = r.forms.flat().filter((t) => t.tokenType === T.Punct['?']);
      expect(leftover).toEqual([]);
      expect(r.forms.length).toBeGreaterThan(10);
    });
  }

  it.skipIf(!hasErl)('define what OTP 25 headers define and behave the same (in erl)', () => {
    const r = spawnSync('escript', [join(repo, 'test/preprocess/bundled-headers.escript'), repo], { encoding: 'utf8' });
    expect(r.stderr.trim().split('\n').pop()).toBe('ok');
    expect(r.status).toBe(0);
  }, 120_000);
});
