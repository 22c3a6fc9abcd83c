#!/usr/bin/env node
// The erlts command line. Each subcommand is a small function over the compiler and
// runtime APIs; this file and the runtime's ports are the only places that do IO.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile } from '../compiler/pipeline.js';
import { renderDiagnostic, hasErrors } from '../compiler/diagnostics.js';
import { nodeHost, packageRoot } from './node-host.js';
import { runCommand } from './run.js';

const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

interface CompileOptions {
  check?: boolean;
  include: string[];
  libRoot: string[];
  define: string[];
}

/** `erlts compile --check FILE...`: the front end over every file, in one process. */
function compile(files: string[], opts: CompileOptions): number {
  if (!opts.check) {
    process.stderr.write('erlts compile: code generation is not available yet; use --check to run the front end\n');
    return 2;
  }
  const host = nodeHost();
  const libRoots = [...opts.libRoot, join(packageRoot(), 'stdlib', 'lib')];
  const defines = parseDefines(opts.define);
  let failed = false;
  for (const file of files) {
    if (host.readFile(file) === undefined) {
      process.stderr.write(`erlts: cannot read ${file}\n`);
      failed = true;
      continue;
    }
    try {
      const { diagnostics } = checkFile(file, { host, includePaths: opts.include, libRoots, defines });
      for (const d of diagnostics) process.stdout.write(renderDiagnostic(d, (f) => host.sourceText(f)));
      if (hasErrors(diagnostics)) failed = true;
    } catch (e) {
      // A bug of ours, not the user's mistake: one line, and the stack only on request.
      process.stderr.write(`erlts: internal error while checking ${file}: ${(e as Error).message}\n`);
      if (process.env['ERLTS_DEBUG']) process.stderr.write(`${(e as Error).stack}\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

/** `-D NAME` or `-D NAME=VALUE`, as erlc. */
function parseDefines(defs: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const d of defs) {
    const eq = d.indexOf('=');
    if (eq < 0) out[d] = undefined;
    else out[d.slice(0, eq)] = d.slice(eq + 1);
  }
  return out;
}

export function main(argv: string[]): number {
  let code = 0;
  const program = new Command()
    .name('erlts')
    .description('Erlang/OTP in TypeScript: compile and run Erlang on Node.js and in browsers')
    .version(pkg.version)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });

  program
    .command('compile')
    .description('compile Erlang modules (for now: check them with the front end)')
    .argument('<files...>', '.erl files')
    .option('--check', 'run the front end only (preprocess, parse, lint) and report diagnostics')
    .option('-I, --include <dir>', 'add a directory to the -include search path', collect, [])
    .option('--lib-root <dir>', 'add a directory of OTP-style applications for -include_lib', collect, [])
    .option('-D, --define <name[=value]>', 'define a macro, as erlc -D', collect, [])
    .action((files: string[], opts: CompileOptions) => {
      code = compile(files, opts);
    });

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

const argv = process.argv.slice(2);
if (argv[0] === 'run') {
  // `run` passes everything after the script to it, so it bypasses commander.
  runCommand(argv.slice(1)).then(
    (status) => {
      process.exitCode = status;
    },
    (e: unknown) => {
      process.stderr.write(`erlts: internal error: ${(e as Error).message}\n`);
      if (process.env['ERLTS_DEBUG']) process.stderr.write(`${(e as Error).stack}\n`);
      process.exitCode = 70;
    },
  );
} else process.exitCode = main(argv);
