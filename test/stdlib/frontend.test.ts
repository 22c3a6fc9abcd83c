// Our stdlib's Erlang sources (stdlib/src/*.erl) must pass our own front end cleanly:
// the runtime compiles them on first call, so a diagnostic here is a broken module.
// Also checks that each test program in programs/ parses and lints.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from '../../compiler/pipeline.js';
import { nodeHost } from '../../bin/node-host.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const srcDir = join(root, 'stdlib', 'src');
const progDir = join(root, 'test', 'stdlib', 'programs');
const erlFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.erl')).sort();

function diagnosticsOf(file: string): string[] {
  const r = checkFile(file, { host: nodeHost('/') });
  return r.diagnostics.map((d) => `${d.line}: ${d.severity} ${d.message}`);
}

describe('stdlib sources pass the front end', () => {
  it.each(erlFiles(srcDir))('%s', (f) => {
    expect(diagnosticsOf(join(srcDir, f))).toEqual([]);
  });
});

describe('test programs pass the front end', () => {
  it.each(erlFiles(progDir))('%s', (f) => {
    expect(diagnosticsOf(join(progDir, f)).filter((d) => d.includes('error'))).toEqual([]);
  });
});
