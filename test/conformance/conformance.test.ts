// The conformance corpus: every test/conformance/<area>/<name>.erl is an escript-style
// program whose stdout (and, when it fails, its exit code and stderr) was recorded from
// real Erlang/OTP by scripts/record-conformance.sh. Here each program is run through
// erlts's runEscript in this one process — no fresh node per program, so the suite stays
// fast and also catches state leaking between runs — and its output is compared byte for
// byte with the recording, after normalise.ts has taken out pid and ref numbers and
// report timestamps (the same way on both sides). A program with a <name>.stdin gets it
// as standard input (the others get none, as the recording's </dev/null).
// Set CONFORMANCE_FILTER=<substring> to run only the programs whose path contains it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeHost } from '../../bin/node-host.js';
import { runEscript } from '../../runtime/escript.js';
import { bytesInput } from '../../runtime/proc/input.js';
import { normaliseOutput } from './normalise.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');

/** Programs grouped by area, as repository-relative POSIX paths (that is what escript was
 * given when recording, and what appears in stack traces). */
function programs(): Map<string, string[]> {
  const byArea = new Map<string, string[]>();
  const filter = process.env['CONFORMANCE_FILTER'];
  for (const area of readdirSync(here).sort()) {
    const dir = join(here, area);
    if (!statSync(dir).isDirectory()) continue;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.erl'))
      .sort()
      .map((f) => relative(root, join(dir, f)).split('\\').join('/'))
      .filter((p) => filter === undefined || p.includes(filter));
    if (files.length) byArea.set(area, files);
  }
  return byArea;
}

// Bytes as chars: our stdout sink hands over one char per byte (escript's standard_io is latin1).
function readIf(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'latin1') : undefined;
}

const host = nodeHost(root);

for (const [area, files] of programs()) {
  describe(area, () => {
    for (const file of files) {
      const base = join(root, file.slice(0, -'.erl'.length));
      it(file.slice(file.lastIndexOf('/') + 1, -'.erl'.length), async () => {
        const expectedStdout = readIf(base + '.stdout');
        if (expectedStdout === undefined) throw new Error(`${file}: not recorded (run scripts/record-conformance.sh ${file})`);
        const exitText = readIf(base + '.exit');
        const expectedExit = exitText === undefined ? 0 : Number(exitText.trim());
        const expectedStderr = readIf(base + '.stderr');
        const stdin = existsSync(base + '.stdin') ? bytesInput(readFileSync(base + '.stdin')) : undefined;
        let out = '';
        let err = '';
        let code: number;
        try {
          code = await runEscript(file, [], { host, stdin, stdout: (s) => (out += s), stderr: (s) => (err += s) });
        } catch (e) {
          // A crash of erlts itself (not an Erlang exception) — show what was printed so far.
          throw new Error(`runEscript threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n--- stdout so far ---\n${out}\n--- stderr so far ---\n${err}`);
        }
        expect(normaliseOutput(out), `${file}: stdout`).toBe(normaliseOutput(expectedStdout));
        expect(code, `${file}: exit code (stderr: ${err})`).toBe(expectedExit);
        if (expectedStderr !== undefined) expect(normaliseOutput(err), `${file}: stderr`).toBe(normaliseOutput(expectedStderr));
      });
    }
  });
}
