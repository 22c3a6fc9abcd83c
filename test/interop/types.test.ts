// The package's TypeScript declarations: a small consumer (consumer/consumer.ts.txt)
// imports 'erlts' through package.json's "exports"/"types", from a scratch directory
// whose node_modules/erlts is this repository, and must type-check (the lines it
// marks as expected errors must be errors). Needs dist/ (npm run build, which npm
// test runs first).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

describe('TypeScript declarations', () => {
  it('type-check a consumer of the package', () => {
    expect(existsSync(join(root, 'dist/runtime/api/index.d.ts')), 'dist/ is not built: run npm run build').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'erlts-consumer-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(root, join(dir, 'node_modules', 'erlts'), 'dir');
      copyFileSync(join(here, 'consumer', 'consumer.ts.txt'), join(dir, 'consumer.ts'));
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], types: [],
            strict: true, noEmit: true, skipLibCheck: true,
          },
          files: ['consumer.ts'],
        }),
      );
      let out = '';
      try {
        execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
      } catch (e) {
        out = String((e as { stdout?: string }).stdout ?? e);
      }
      expect(out).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
