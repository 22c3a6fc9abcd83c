// Lowering every valid Erlang file we have (the parser cases, the examples and a few
// big OTP modules) must not throw, and the Core IR it gives must pass lintCore (unique
// binding, bound before use, exact fun free lists). Files the front end rejects are
// skipped: lowering only ever sees modules that passed lint.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkFile } from '../../compiler/pipeline.js';
import { nodeHost } from '../../bin/node-host.js';
import { lowerModule } from '../../compiler/core/lower.js';
import { lintCore } from '../../compiler/core/lint.js';
import { printCore } from '../../compiler/core/print.js';

const ROOT = join(import.meta.dirname, '..', '..');

function erlUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? erlUnder(join(dir, d.name)) : d.name.endsWith('.erl') ? [join(dir, d.name)] : []);
}

function stdlibSrc(): string | undefined {
  const lib = '/usr/lib/erlang/lib';
  if (!existsSync(lib)) return undefined;
  const d = readdirSync(lib).find((n) => n.startsWith('stdlib-'));
  return d && join(lib, d, 'src');
}

const OTP = ['lists.erl', 'string.erl', 'maps.erl', 'proplists.erl', 'orddict.erl', 'sets.erl', 'queue.erl',
  'io_lib_format.erl', 'gb_trees.erl', 'dict.erl', 'unicode_util.erl', 'base64.erl', 'calendar.erl',
  'erl_lint.erl', 'erl_eval.erl', 'binary.erl', 'io_lib.erl', 'uri_string.erl', 'erl_pp.erl', 'beam_lib.erl'];

export function lowerAndLint(file: string): { skipped: boolean; problems: string[] } {
  const r = checkFile(file, { host: nodeHost(ROOT), includePaths: [dirname(file), join(dirname(file), '..', 'include')],
    libRoots: ['/usr/lib/erlang/lib'] });
  if (r.diagnostics.some((d) => d.severity === 'error')) return { skipped: true, problems: [] };
  const ir = lowerModule(r.module);
  printCore(ir);
  return { skipped: false, problems: lintCore(ir) };
}

describe('lowering: corpus passes lintCore', () => {
  const files = [...erlUnder(join(ROOT, 'test/parser/cases')), ...erlUnder(join(ROOT, 'examples'))];
  for (const file of files) {
    it(file.slice(ROOT.length + 1), () => {
      expect(lowerAndLint(file).problems).toEqual([]);
    });
  }
  const src = stdlibSrc();
  for (const name of OTP) {
    it.skipIf(!src || !existsSync(join(src, name)))(`OTP ${name}`, () => {
      const r = lowerAndLint(join(src!, name));
      expect(r.skipped).toBe(false);
      expect(r.problems).toEqual([]);
    });
  }
});
