// examples/js_interop: the Node script prints what its README says (it imports 'erlts'
// through package.json's exports, so dist/ must be built: npm test does that first).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

describe('examples/js_interop', () => {
  it('prints what its README shows', () => {
    expect(existsSync(join(root, 'dist/runtime/api/index.js')), 'dist/ is not built: run npm run build').toBe(true);
    const out = execFileSync(process.execPath, ['examples/js_interop/main.mjs'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(out).toBe(
      [
        'apples: 5',
        'pears: 2',
        'alert from Erlang: {low_stock,<<"apple">>,2}',
        'take 3 apples: {ok,2}',
        'take 9 pears: {error,{only,2}}',
        'stock as JS: { apple: 2, pear: 2 }',
        'prices: {<<"apple">>,0.45} {<<"pear">>,0.6}',
        'kiwi: error {no_price,<<"kiwi">>,<<"no price for kiwi">>}',
        '',
      ].join('\n'),
    );
  });
});
