// The lexer against erl_scan: each case under cases/ is scanned form by form, as epp
// reads a file, and compared with what io:scan_erl_form/3 returned for it (NAME.json,
// written by test/preprocess/gen-expected.escript): every token's category, value and
// location, every error's location, tag and message, and where each result ends.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Scanner } from '../../compiler/parse/lexer.js';
import { decodeSourceDetailed } from '../../compiler/parse/source-encoding.js';
import { tokenJson, type JsonToken } from '../preprocess/fixture.js';

const dir = fileURLToPath(new URL('./cases/', import.meta.url));
const names = readdirSync(dir).filter((f) => f.endsWith('.erl')).map((f) => f.slice(0, -4)).sort();

type Item =
  | { form: JsonToken[]; end: [number, number] }
  | { error: { line: number; col: number; module: string; tag: string; message: string }; end: [number, number] }
  | { eof: [number, number] }
  | { gave_up: true };

/** io:scan_erl_form/3 until end of file, as our scanner does it. */
function scanAll(bytes: Uint8Array): Item[] {
  const src = decodeSourceDetailed(bytes);
  const sc = new Scanner(src.text, 'case.erl', 1, 1, src.invalidUtf8 === true);
  const items: Item[] = [];
  for (;;) {
    const r = sc.scanForm();
    const end: [number, number] = [sc.line, sc.col];
    switch (r.kind) {
      case 'form':
        items.push({ form: r.tokens.map(tokenJson), end });
        break;
      case 'error':
        items.push({ error: { line: r.error.line, col: r.error.col, module: 'erl_scan', tag: r.error.code, message: r.error.message }, end });
        break;
      case 'eof':
        items.push({ eof: end });
        return items;
      case 'invalid':
        // The file server's error, then it gives up at the next request.
        if (!r.atStart) {
          const loc: [number, number] = [r.line, r.col];
          items.push({ error: { line: r.line, col: r.col, module: 'file_io_server', tag: 'invalid_unicode', message: 'cannot translate from UTF-8' }, end: loc });
        }
        items.push({ gave_up: true });
        return items;
    }
  }
}

describe('lexer cases (fixtures from io:scan_erl_form/3)', () => {
  it('has enough cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });
  for (const name of names) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(dir, name + '.json'), 'utf8')) as { items: Item[] };
      expect(scanAll(readFileSync(join(dir, name + '.erl')))).toEqual(expected.items);
    });
  }
});
