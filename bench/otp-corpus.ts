// The OTP source corpus (Debian's erlang-src and the OTP apps' include files): the
// files OTP's own epp:parse_file/2 reads without errors, as listed by
// test/otp-corpus/gen-file-list.escript. Shared by the corpus tests and the benchmark.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const OTP_LIB = '/usr/lib/erlang/lib';

export interface OtpCorpus {
  /** Absolute paths of the files epp parses cleanly. */
  files: string[];
  /** Every lib/APP/src dir, then every lib/APP/include dir: the include path. */
  includePaths: string[];
  libRoot: string;
}

/** The corpus, or undefined (with the reason) where OTP's sources are not installed. */
export function loadOtpCorpus(listFile: string): OtpCorpus | { missing: string } {
  if (!existsSync(OTP_LIB)) return { missing: `${OTP_LIB} not found (apt-get install erlang-src)` };
  const apps = new Map<string, string>();
  for (const d of readdirSync(OTP_LIB)) apps.set(d.replace(/-[0-9.]+$/, ''), d);
  const files: string[] = [];
  for (const rel of readFileSync(listFile, 'utf8').split('\n')) {
    if (rel === '') continue;
    const [app, ...rest] = rel.split('/');
    const dir = apps.get(app!);
    if (dir === undefined) return { missing: `OTP application ${app} is not installed` };
    const f = join(OTP_LIB, dir, ...rest);
    if (!existsSync(f)) return { missing: `${f} not found (apt-get install erlang-src)` };
    files.push(f);
  }
  const includePaths: string[] = [];
  // The order gen-file-list.escript gives epp: every src dir, then every include dir.
  for (const sub of ['src', 'include']) {
    for (const d of [...apps.values()].sort()) {
      const p = join(OTP_LIB, d, sub);
      if (existsSync(p)) includePaths.push(p);
    }
  }
  return { files, includePaths, libRoot: OTP_LIB };
}
