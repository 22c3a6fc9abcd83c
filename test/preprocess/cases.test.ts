// The preprocessor against real epp: every case under cases/ is preprocessed and
// compared, item by item (forms with every token's category, value, location and file;
// errors and warnings with location, module, tag and message), with what
// epp:scan_file/2 returned for it (NAME.json, written by gen-expected.escript).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preprocessItems } from '../../compiler/parse/preprocess.js';
import { caseOptions, dirHost, itemJson, type JsonItem } from './fixture.js';

const dir = fileURLToPath(new URL('./cases/', import.meta.url));
const names = readdirSync(dir).filter((f) => f.endsWith('.erl')).map((f) => f.slice(0, -4)).sort();

describe('preprocessor cases (fixtures from epp:scan_file/2)', () => {
  it('has enough cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(60);
  });
  // One host for all cases, as one compiler run: include files are cached between cases.
  const host = dirHost(dir);
  for (const name of names) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(dir, name + '.json'), 'utf8')) as
        { items: JsonItem[] } | { open_error: { tag: string; message: string } };
      const opts = caseOptions(readFileSync(join(dir, name + '.erl'), 'latin1'));
      const { items } = preprocessItems(name + '.erl', { host, libRoots: ['libroot'], ...opts });
      if ('open_error' in expected) {
        // epp refused to start: one error for the file, without a location.
        const e = expected.open_error;
        expect(items.map(itemJson)).toEqual([{ file: name + '.erl', error: { line: 0, col: null, module: 'epp', tag: e.tag, message: e.message } }]);
      } else {
        expect(items.map(itemJson)).toEqual(expected.items);
      }
    });
  }
});
