// `erlts run` against escript: every script in cases/ run in-process with runEscript,
// its stdout, stderr and exit status compared with what real escript did (recorded by
// record-cases.sh; the made-up module name's numbers are zeroed there, as erlts names
// the module).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeHost } from '../../bin/node-host.js';
import { runEscript } from '../../runtime/escript.js';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'cases');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.escript'))
  .map((f) => f.slice(0, -'.escript'.length));

describe('erlts run as escript', () => {
  it.each(names)('%s', async (name) => {
    let out = '';
    let err = '';
    const status = await runEscript(join(dir, `${name}.escript`), ['arg1', 'arg two'], {
      host: nodeHost(),
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
    });
    const latin1 = (f: string) => readFileSync(join(dir, f)).toString('latin1');
    // Diagnostics name the file as given on the command line: escript ran in cases/.
    const rel = (s: string) => s.split(dir + '/').join('');
    expect({ status, out: rel(out), err: rel(err) }).toEqual({
      status: Number(latin1(`${name}.status`).trim()),
      out: latin1(`${name}.stdout`),
      err: latin1(`${name}.stderr`),
    });
  });
});
