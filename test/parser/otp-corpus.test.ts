// The parser against erl_parse on OTP's own sources: every /usr/lib/erlang/lib/*/src/*.erl
// that epp:parse_file/2 reads without an error (include path: every lib/*/src dir, then
// every lib/*/include dir). ONE run of erl (otp-corpus-forms.escript) gives, per file,
// the md5 of its forms as ~w writes them; we preprocess and parse the same file, write
// our forms with erl-parse-text and compare the md5s. For files that differ, a second
// erl run dumps OTP's forms and the first differing form is shown.
//
// The second test prints every form of the corpus (ast/print.ts) and reads it back: the
// AST must not change.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OTP_LIB, otpMissing, otpIncludePaths, parseFile, parseText, astDiff, usesMaybe } from './helpers.js';
import { formToErlText } from '../../compiler/ast/erl-parse-text.js';
import { printForm } from '../../compiler/ast/print.js';

const script = fileURLToPath(new URL('./otp-corpus-forms.escript', import.meta.url));
const why = otpMissing(true);
if (why) console.warn(`SKIPPED: parser OTP corpus tests (${why})`);

function ourText(file: string, incs: string[]): string {
  const r = parseFile(file, { includePaths: incs, libRoots: [OTP_LIB] });
  return r.forms.map((f) => formToErlText(f) + '\n').join('');
}

/** OTP's files (those epp reads without errors), sorted. */
function cleanFiles(listing: string): [string, string][] {
  return listing
    .trim()
    .split('\n')
    .map((l) => l.split(' ') as [string, string])
    .filter(([, md5]) => md5 !== 'error');
}

describe.skipIf(why !== undefined)('parser on the OTP sources (against epp:parse_file/2)', () => {
  it('gives the same abstract forms as erl_parse, term for term, for every file', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'erlts-parse-'));
    try {
      const out = join(tmp, 'forms.txt');
      execFileSync('escript', [script, out], { stdio: 'inherit' });
      const expected = cleanFiles(readFileSync(out, 'utf8'));
      const incs = otpIncludePaths();
      const differ: string[] = [];
      const t0 = performance.now();
      for (const [file, md5] of expected) {
        const ours = createHash('md5').update(ourText(file, incs), 'utf8').digest('hex');
        if (ours !== md5) differ.push(file);
      }
      const ms = Math.round(performance.now() - t0);
      console.log(`parser OTP corpus: ${expected.length - differ.length} of ${expected.length} files match erl_parse term for term (${ms} ms)`);
      if (differ.length > 0) console.log(explain(differ.slice(0, 3), tmp, incs));
      expect(expected.length).toBeGreaterThan(700);
      expect(differ).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);

  it('prints every form so that it reads back to the same AST', () => {
    const incs = otpIncludePaths();
    const files = otpSourceFiles();
    let forms = 0;
    const failures: string[] = [];
    for (const file of files) {
      const r = parseFile(file, { includePaths: incs, libRoots: [OTP_LIB] });
      if (r.diagnostics.length > 0 || r.ppDiagnostics.some((d) => d.severity === 'error')) continue;
      const maybe = usesMaybe(r.tokens);
      for (const f of r.forms) {
        forms++;
        const text = printForm(f);
        const back = parseText(text, 'printed.erl', maybe);
        const diff = back.diagnostics.length > 0 ? JSON.stringify(back.diagnostics[0]) : back.forms.length !== 1 ? 'not one form' : astDiff(f, back.forms[0]);
        if (diff !== undefined && failures.length < 5) failures.push(`${file} line ${f.loc.line}: ${diff}\n${text}`);
      }
    }
    console.log(`printer OTP corpus: ${forms} forms printed and read back`);
    expect(forms).toBeGreaterThan(80_000);
    expect(failures.join('\n')).toBe('');
  }, 300_000);
});

function otpSourceFiles(): string[] {
  const out: string[] = [];
  for (const app of readdirSorted(OTP_LIB)) {
    for (const f of readdirSorted(join(OTP_LIB, app, 'src'))) if (f.endsWith('.erl')) out.push(join(OTP_LIB, app, 'src', f));
  }
  return out;
}

function readdirSorted(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** The first differing form of each file, OTP's and ours. */
function explain(files: string[], tmp: string, incs: string[]): string {
  const out = join(tmp, 'full.txt');
  execFileSync('escript', [script, out, 'full', ...files], { stdio: 'inherit' });
  const parts = readFileSync(out, 'utf8').split(/^=== .*\n/m).slice(1);
  let report = '';
  files.forEach((f, k) => {
    const theirs = (parts[k] ?? '').split('\n');
    const mine = ourText(f, incs).split('\n');
    let i = 0;
    while (i < mine.length - 1 && mine[i] === theirs[i]) i++;
    report += `${f}: form ${i + 1} differs\n  erl_parse: ${(theirs[i] ?? '<none>').slice(0, 800)}\n  erlts:     ${(mine[i] ?? '<none>').slice(0, 800)}\n`;
  });
  return report;
}
