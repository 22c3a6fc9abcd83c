// The parser on programs with errors, against erlc: for each test/parser/errors/Name.erl,
// Name.expected (recorded by gen-error-fixtures.escript from compile:file/2) lists the
// errors whose origin is erl_parse, as erlc prints them: `Line:Col: Message`. Ours must
// be the same, in the same order: same token named, same position, same text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, parseFile, erlFiles } from './helpers.js';

const DIR = 'test/parser/errors';
const files = erlFiles(join(ROOT, DIR));

describe('parser: syntax and erl_parse errors, against erlc', () => {
  it('has the cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });
  for (const name of files) {
    it(name, () => {
      const expected = readFileSync(join(ROOT, DIR, name.replace(/\.erl$/, '.expected')), 'utf8').split('\n').filter((l) => l !== '');
      const r = parseFile(`${DIR}/${name}`);
      const got = r.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`);
      expect(got).toEqual(expected);
      expect(r.diagnostics.every((d) => d.origin === 'erl_parse' && d.severity === 'error')).toBe(true);
      for (const d of r.diagnostics) expect(d.code).toBe(d.message.startsWith('syntax error before:') ? 'syntax_error' : d.code);
    });
  }
});
