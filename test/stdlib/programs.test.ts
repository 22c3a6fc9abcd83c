// Each test program in programs/ run through erlts's escript runner, its stdout compared
// with what real escript printed (programs/NAME.stdout, recorded by record.sh). The
// programs exercise stdlib/src (lists, maps, string, proplists), which the runtime
// compiles on first call from the search path given here.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeHost } from '../../bin/node-host.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'test', 'stdlib', 'programs');
const names = readdirSync(dir).filter((f) => f.endsWith('.erl')).map((f) => f.slice(0, -4)).sort();

type RunEscript = (file: string, args: string[], opts: {
  host: ReturnType<typeof nodeHost>; stdout: (s: string) => void; stderr: (s: string) => void; searchPath?: string[];
}) => Promise<number>;

async function loadRunner(): Promise<{ run: RunEscript; setup: () => void }> {
  // Imported lazily: the runtime is being written in parallel; fail with a clear message.
  let run: RunEscript;
  try {
    ({ runEscript: run } = (await import('../../runtime/escript.js')) as { runEscript: RunEscript });
  } catch (e) {
    throw new Error(`runtime/escript.ts runEscript is not available yet: ${String(e)}`);
  }
  const { registerListsBifs } = await import('../../runtime/bifs/lists.js');
  const { registerMapsBifs } = await import('../../runtime/bifs/maps.js');
  const io = await import('../../runtime/bifs/io.js').catch(() => null);
  return {
    run,
    setup: () => {
      registerListsBifs();
      registerMapsBifs();
      (io as { registerIoBifs?: () => void } | null)?.registerIoBifs?.();
    },
  };
}

describe('stdlib programs match escript', () => {
  it.each(names)('%s', async (name) => {
    const { run, setup } = await loadRunner();
    setup();
    let out = '';
    let err = '';
    // As recorded: `escript programs/NAME.erl` from test/stdlib (warnings name the file so).
    const status = await run(`programs/${name}.erl`, [], {
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
