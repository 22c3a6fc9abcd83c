// examples/door_lock: the example prints exactly what escript printed for it
// (examples/door_lock/door_lock.stdout, recorded with
// `escript examples/door_lock/door_lock.erl > examples/door_lock/door_lock.stdout`).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeHost } from '../../bin/node-host.js';
import { runEscript } from '../../runtime/escript.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

describe('examples/door_lock', () => {
  it('prints what escript printed', async () => {
    let out = '';
    let err = '';
    const code = await runEscript('examples/door_lock/door_lock.erl', [], {
      host: nodeHost(root),
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(readFileSync(join(root, 'examples/door_lock/door_lock.stdout'), 'latin1'));
  });
});
