// The front end against OTP's own sources: every file of lib/*/src that OTP's
// epp:parse_file/2 reads without an error (test/otp-corpus/epp-clean.txt, made by
// gen-file-list.escript) must pass `erlts compile --check` with no error: the
// preprocessor, parser and lint all accept what OTP accepts.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOtpCorpus } from '../../bench/otp-corpus.js';
import { checkFile } from '../../compiler/pipeline.js';
import { renderDiagnostic } from '../../compiler/diagnostics.js';
import { nodeHost } from '../../bin/node-host.js';

const corpus = loadOtpCorpus(join(fileURLToPath(new URL('.', import.meta.url)), 'epp-clean.txt'));
const missing = 'missing' in corpus ? corpus.missing : undefined;
if (missing) console.warn(`SKIPPED: OTP corpus tests (${missing})`);

describe.skipIf(missing !== undefined)('OTP corpus', () => {
  it('every file epp parses passes compile --check with no error', () => {
    if ('missing' in corpus) return;
    const host = nodeHost();
    const failures: string[] = [];
    for (const f of corpus.files) {
      const { diagnostics } = checkFile(f, { host, includePaths: corpus.includePaths, libRoots: [corpus.libRoot] });
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (errors.length) failures.push(renderDiagnostic(errors[0]!) + (errors.length > 1 ? `  (+${errors.length - 1} more)\n` : ''));
    }
    expect(corpus.files.length).toBe(731);
    expect(failures.join('')).toBe('');
  }, 600_000);
});
