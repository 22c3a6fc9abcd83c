// `erlts test [PATH...]`: run the EUnit tests of the modules in PATH (a .erl file or a
// directory of them, not recursive; default: the current directory), as
// eunit:test([M1, M2, ...]) does on OTP, printing EUnit's report. Exit 0 when every
// test passed, 1 when one failed or a module did not compile, 2 on a bad path.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runEunit } from '../runtime/eunit-runner.js';
import { nodeHost } from './node-host.js';

export interface TestOptions {
  verbose?: boolean;
  pa: string[];
  include: string[];
}

function erlFiles(paths: string[]): string[] | string {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      return `erlts test: no such file or directory: ${p}`;
    }
    if (st.isDirectory()) {
      for (const n of readdirSync(p).filter((f) => f.endsWith('.erl')).sort()) files.push(join(p, n));
    } else if (p.endsWith('.erl')) files.push(p);
    else return `erlts test: not an Erlang source file: ${p}`;
  }
  return files;
}

export async function testCommand(paths: string[], opts: TestOptions): Promise<number> {
  const files = erlFiles(paths.length ? paths : ['.']);
  if (typeof files === 'string') {
    process.stderr.write(`${files}\n`);
    return 2;
  }
  const toBytes = (s: string) => Buffer.from(s, 'latin1');
  return runEunit(files, {
    host: nodeHost(),
    searchPath: opts.pa,
    includePaths: opts.include,
    verbose: opts.verbose,
    stdout: (s) => process.stdout.write(toBytes(s)),
    stderr: (s) => process.stderr.write(toBytes(s)),
  });
}
