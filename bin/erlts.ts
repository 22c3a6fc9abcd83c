#!/usr/bin/env node
// The erlts command line. Each subcommand is a small function over the compiler and
// runtime APIs; this file and the runtime's ports are the only places that do IO.
import './v8-tuning.js';
import { Command, CommanderError } from 'commander';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile } from '../compiler/pipeline.js';
import { compileModule } from '../compiler/compile.js';
import { printCore } from '../compiler/core/print.js';
import { renderDiagnostic, hasErrors } from '../compiler/diagnostics.js';
import { nodeHost, packageRoot } from './node-host.js';
import { runCommand } from './run.js';
import { testCommand, type TestOptions } from './test.js';

const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

interface CompileOptions {
  check?: boolean;
  dump?: string;
  outdir?: string;
  include: string[];
  libRoot: string[];
  define: string[];
}

const dumpStages = ['core', 'js'];

/** `erlts compile FILE...`: each module to `<module>.js` and `<module>.js.map` (an ES
 * module exporting the loader function the runtime calls); `--check` runs the front end
 * only; `--dump core|js` prints that stage instead of writing files. */
function compile(files: string[], opts: CompileOptions): number {
  if (opts.dump !== undefined && !dumpStages.includes(opts.dump)) {
    process.stderr.write(`erlts compile: unknown stage '${opts.dump}' for --dump (one of: ${dumpStages.join(', ')})\n`);
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
      const { module, diagnostics } = checkFile(file, { host, includePaths: opts.include, libRoots, defines });
      for (const d of diagnostics) process.stdout.write(renderDiagnostic(d, (f) => host.sourceText(f)));
      if (hasErrors(diagnostics)) failed = true;
      if (failed || opts.check) continue;
      const out = compileModule(module);
      if (opts.dump === 'core') process.stdout.write(printCore(out.core));
      else if (opts.dump === 'js') process.stdout.write(out.js);
      else {
        const dir = opts.outdir ?? '.';
        mkdirSync(dir, { recursive: true });
        const js = join(dir, `${out.core.name}.js`);
        writeFileSync(js, `${out.js}//# sourceMappingURL=${out.core.name}.js.map\n`);
        writeFileSync(`${js}.map`, out.map);
      }
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

/** A command that runs Erlang finishes later; main hands its promise over. */
let pending: Promise<number> | null = null;

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
    .description('compile Erlang modules to JavaScript ES modules with source maps')
    .argument('<files...>', '.erl files')
    .option('--check', 'run the front end only (preprocess, parse, lint) and report diagnostics')
    .option('--dump <stage>', `print one stage of the compiler instead of writing files (${dumpStages.join(', ')})`)
    .option('-o, --outdir <dir>', 'where to write <module>.js and <module>.js.map (default: the current directory)')
    .option('-I, --include <dir>', 'add a directory to the -include search path', collect, [])
    .option('--lib-root <dir>', 'add a directory of OTP-style applications for -include_lib', collect, [])
    .option('-D, --define <name[=value]>', 'define a macro, as erlc -D', collect, [])
    .action((files: string[], opts: CompileOptions) => {
      code = compile(files, opts);
    });

  program
    .command('test')
    .description("run the EUnit tests of Erlang modules, printing EUnit's report (exit 1 if any fails)")
    .argument('[paths...]', '.erl files or directories of them (default: the current directory)')
    .option('-v, --verbose', 'list every test and group with its time, as eunit:test(M, [verbose])')
    .option('--pa <dir>', 'also look for modules in DIR', collect, [])
    .option('-I, --include <dir>', 'add a directory to the -include search path', collect, [])
    .action((paths: string[], opts: TestOptions) => {
      pending = testCommand(paths, opts);
    });

  // Listed for `--help` and `erlts help run`; the command itself never reaches commander
  // (see the bottom of this file), so that the script's arguments are never ours.
  program
    .command('run')
    .description('run an Erlang source file as escript does (erlts run --help)')
    .argument('<file>', 'the script or module with main/1')
    .argument('[args...]', 'arguments for main/1 (before FILE: -pa DIR to add a module directory)');

  program
    .command('shell')
    .description("the Erlang shell, as erl: numbered prompts, bindings, b(), f(), v(N), c(Mod), q() (erlts shell --help)");

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

/** The exit status of a command that runs Erlang, when it is done; a JS exception is a
 * bug of ours: one line (the stack with ERLTS_DEBUG set), status 70. */
function exitWhenDone(status: Promise<number>): void {
  status.then(
    (s) => {
      process.exitCode = s;
    },
    (e: unknown) => {
      process.stderr.write(`erlts: internal error: ${(e as Error).message}\n`);
      if (process.env['ERLTS_DEBUG']) process.stderr.write(`${(e as Error).stack}\n`);
      process.exitCode = 70;
    },
  );
}

const argv = process.argv.slice(2);
if (argv[0] === 'run') {
  // `run` passes everything after the script to it, so it bypasses commander.
  exitWhenDone(runCommand(argv.slice(1)));
} else if (argv[0] === 'shell') {
  // erl's single-dash options (-pa DIR), which commander does not take.
  exitWhenDone(import('./shell.js').then((m) => m.shellCommand(argv.slice(1))));
} else {
  process.exitCode = main(argv);
  // Set by the action of a command that runs Erlang (TypeScript cannot see that).
  const later = pending as Promise<number> | null;
  if (later) exitWhenDone(later);
}
