// Readable snapshots of printCore on small functions (erl/shapes.erl): the shape of
// decision trees (switch grouping, alt chains, guards), exports from case, string
// prefixes, bit syntax, maps, comprehension loops, try/after and andalso. The
// snapshot is a file (__snapshots__/shapes.core) meant to be read in review.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkFile } from '../../compiler/pipeline.js';
import { nodeHost } from '../../bin/node-host.js';
import { lowerModule } from '../../compiler/core/lower.js';
import { lintCore } from '../../compiler/core/lint.js';
import { printCore } from '../../compiler/core/print.js';

const dir = join(import.meta.dirname, 'erl');

describe('printCore', () => {
  it('shapes.erl', async () => {
    const r = checkFile(join(dir, 'shapes.erl'), { host: nodeHost(dir) });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ir = lowerModule(r.module);
    expect(lintCore(ir)).toEqual([]);
    await expect(printCore(ir)).toMatchFileSnapshot('__snapshots__/shapes.core');
  });
});
