// A module found next to a script is compiled on its first call. When it does not
// compile, the call raises undef as before, but the compiler's errors are printed on
// standard error first (erlc's format), so the user sees why.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeHost } from '../../bin/node-host.js';
import { runEscript } from '../../runtime/escript.js';

describe('compiling a module on its first call', () => {
  it('prints why a module does not compile, then the undef', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erlts-cocall-'));
    try {
      writeFileSync(join(dir, 'helper.erl'), '-module(helper).\n-export([f/0]).\nf() -> ok\n');
      writeFileSync(join(dir, 'usebad.erl'), '#!/usr/bin/env escript\n-module(usebad).\n-export([main/1]).\nmain(_) -> helper:f().\n');
      let out = '';
      let err = '';
      const code = await runEscript(join(dir, 'usebad.erl'), [], { host: nodeHost(), stdout: (s) => (out += s), stderr: (s) => (err += s) });
      expect(code).toBe(127);
      expect(out).toBe('');
      expect(err).toMatch(/helper\.erl:3:8: syntax error before: \n%    3\| f\(\) -> ok\n%     \|        \^\n/);
      expect(err).toContain('escript: exception error: undefined function helper:f/0');
      expect(err.indexOf('syntax error')).toBeLessThan(err.indexOf('escript: exception'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
