// Our stdlib's Erlang sources (stdlib/src/*.erl) must pass our own front end cleanly:
// the runtime compiles them on first call, so a diagnostic here is a broken module.
// Also checks that each test program in programs/ (escripts) parses and lints, read as
// escript reads it (header line skipped).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from '../../compiler/pipeline.js';
import { nodeHost } from '../../bin/node-host.js';
import { prepareScript } from '../../runtime/escript.js';
import { bundledLibRoots } from '../../runtime/exec/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const srcDir = join(root, 'stdlib', 'src');
const progDir = join(root, 'test', 'stdlib', 'programs');
const erlFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.erl')).sort();

function diagnosticsOf(file: string, asScript = false): string[] {
  const base = nodeHost('/');
  const host = asScript
    ? { ...base, readFile: (p: string) => (p === file ? new TextEncoder().encode(prepareScript(file, readFileSync(file, 'latin1')).source) : base.readFile(p)) }
    : base;
  // As the runtime compiles them: include_lib finds the bundled kernel/include.
  const r = checkFile(file, { host, libRoots: bundledLibRoots() });
  return r.diagnostics.map((d) => `${d.line}: ${d.severity} ${d.message}`);
}

describe('stdlib sources pass the front end', () => {
  it.each(erlFiles(srcDir))('%s', (f) => {
    expect(diagnosticsOf(join(srcDir, f))).toEqual([]);
  });
});

describe('test programs pass the front end', () => {
  it.each(erlFiles(progDir))('%s', (f) => {
    expect(diagnosticsOf(join(progDir, f), true).filter((d) => d.includes('error'))).toEqual([]);
  });
});
