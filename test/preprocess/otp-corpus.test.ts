// The preprocessor against epp on OTP's own sources: every /usr/lib/erlang/lib/*/src/*.erl
// (746 files in OTP 25), include path every lib/*/src then every lib/*/include dir, lib
// root /usr/lib/erlang/lib. ONE run of erl (otp-corpus-dump.escript) gives, per file, the
// md5 of the canonical text of epp:scan_file/2's result; we build the same text from
// ours and compare. For files that differ, a second erl run dumps epp's text and the
// first differing line is shown.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preprocessItems } from '../../compiler/parse/preprocess.js';
import { canonicalMd5, canonicalText } from './canonical.js';
import { dirHost } from './fixture.js';

const OTP_LIB = '/usr/lib/erlang/lib';
const script = fileURLToPath(new URL('./otp-corpus-dump.escript', import.meta.url));

function missing(): string | undefined {
  if (spawnSync('erl', ['-version'], { stdio: 'ignore' }).status !== 0) return 'erl is not on the PATH';
  if (!existsSync(OTP_LIB)) return `${OTP_LIB} not found`;
  const srcs = readdirSync(OTP_LIB).filter((d) => existsSync(join(OTP_LIB, d, 'src')));
  if (srcs.length === 0) return `no OTP sources under ${OTP_LIB} (apt-get install erlang-src)`;
  return undefined;
}

const why = missing();
if (why) console.warn(`SKIPPED: preprocessor OTP corpus test (${why})`);

function includePaths(): string[] {
  const apps = readdirSync(OTP_LIB).sort();
  const out: string[] = [];
  for (const sub of ['src', 'include']) {
    for (const a of apps) if (existsSync(join(OTP_LIB, a, sub))) out.push(join(OTP_LIB, a, sub));
  }
  return out;
}

describe.skipIf(why !== undefined)('preprocessor on the OTP sources (against epp:scan_file/2)', () => {
  it('gives the same forms, locations and errors as epp for every file', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'erlts-epp-'));
    try {
      const out = join(tmp, 'epp.txt');
      execFileSync('escript', [script, out], { stdio: 'inherit' });
      const expected = readFileSync(out, 'utf8').trim().split('\n').map((l) => l.split(' ') as [string, string, string]);
      const host = dirHost('/');
      const incs = includePaths();
      const differ: string[] = [];
      const t0 = performance.now();
      const ours = new Map<string, string>();
      for (const [file] of expected) {
        const { items } = preprocessItems(file, { host, includePaths: incs, libRoots: [OTP_LIB] });
        ours.set(file, canonicalMd5(items));
      }
      const ms = performance.now() - t0;
      for (const [file, md5] of expected) if (ours.get(file) !== md5) differ.push(file);
      console.log(`preprocessor OTP corpus: ${expected.length - differ.length} of ${expected.length} files match epp exactly (${Math.round(ms)} ms)`);
      if (differ.length > 0) console.log(explain(differ.slice(0, 5), tmp, host, incs));
      expect(expected.length).toBeGreaterThan(700);
      expect(differ).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);
});

/** The first differing line of each file, epp's and ours. */
function explain(files: string[], tmp: string, host: ReturnType<typeof dirHost>, incs: string[]): string {
  const out = join(tmp, 'full.txt');
  execFileSync('escript', [script, out, 'full', ...files], { stdio: 'inherit' });
  const parts = readFileSync(out, 'utf8').split(/^=== .*\n/m).slice(1);
  let report = '';
  files.forEach((f, k) => {
    const theirs = (parts[k] ?? '').split('\n');
    const mine = canonicalText(preprocessItems(f, { host, includePaths: incs, libRoots: [OTP_LIB] }).items).split('\n');
    let i = 0;
    while (i < mine.length - 1 && mine[i] === theirs[i]) i++;
    report += `${f}: line ${i + 1} differs\n  epp:    ${(theirs[i] ?? '<none>').slice(0, 600)}\n  erlts:  ${(mine[i] ?? '<none>').slice(0, 600)}\n`;
  });
  return report;
}
