// Each test program in programs/ run through erlts's escript runner, its stdout compared
// with what real escript printed (programs/NAME.stdout, recorded by record.sh). The
// programs exercise stdlib/src (lists, maps, string, proplists), which the runtime
// compiles on first call from the search path given here.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeHost } from '../../bin/node-host.js';
import { runEscript } from '../../runtime/escript.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'test', 'stdlib', 'programs');
const names = readdirSync(dir).filter((f) => f.endsWith('.erl')).map((f) => f.slice(0, -4)).sort();

describe('stdlib programs match escript', () => {
  it.each(names)('%s', async (name) => {
    let out = '';
    let err = '';
    // As recorded: `escript programs/NAME.erl` from test/stdlib (warnings name the file so).
    const status = await runEscript(`programs/${name}.erl`, [], {
      host: nodeHost(join(root, 'test', 'stdlib')),
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
      searchPath: [join(root, 'stdlib', 'src')],
    });
    expect({ out, err: err === '' ? '' : err.slice(0, 2000) }).toEqual({
      out: readFileSync(join(dir, `${name}.stdout`), 'latin1'),
      err: '',
    });
    expect(status).toBe(0);
  }, 60_000);
});
