// The stdlib compiled at build time (runtime/exec/stdlib-prebuilt.ts, bin/build-stdlib.ts):
// every module is there after `npm run build`, and a prebuilt module is used only for
// the exact source it was compiled from.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prebuiltFor, sourceHash } from '../../runtime/exec/stdlib-prebuilt.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'stdlib', 'src');
const dist = join(root, 'dist', 'stdlib');

describe.skipIf(!existsSync(dist))('prebuilt stdlib (dist/stdlib)', () => {
  it('has every stdlib/src module, built from the current source', () => {
    for (const f of readdirSync(src).filter((x) => x.endsWith('.erl'))) {
      const mod = f.slice(0, -4);
      const json = readFileSync(join(dist, `${mod}.json`), 'utf8');
      expect(prebuiltFor(json, mod, readFileSync(join(src, f), 'utf8')), mod).toBeDefined();
    }
  });
});

it('a prebuilt module is refused for another source text or module name', () => {
  const json = JSON.stringify({ module: 'm', hash: sourceHash('-module(m).'), compiled: { body: '', lineTable: [], infos: [] } });
  expect(prebuiltFor(json, 'm', '-module(m).')).toBeDefined();
  expect(prebuiltFor(json, 'm', '-module(m). ')).toBeUndefined();
  expect(prebuiltFor(json, 'n', '-module(m).')).toBeUndefined();
  expect(prebuiltFor('not json', 'm', '-module(m).')).toBeUndefined();
  expect(sourceHash('a')).not.toBe(sourceHash('b'));
});
