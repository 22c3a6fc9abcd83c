#!/usr/bin/env -S node --max-semi-space-size=64
// The erlts command line. Each subcommand is a small function over the compiler and
// runtime APIs; this file and the runtime's ports are the only places that do IO.
import './v8-tuning.js';
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './node-host.js';
import { compile, dumpStages, type CompileOptions } from './compile.js';
import { runCommand } from './run.js';
import { testCommand, type TestOptions } from './test.js';
import type { BundleOptions } from './bundle.js';
import { memoryHost } from '../compiler/host.js';
import { checkFile } from '../compiler/pipeline.js';
import { compileForLoad } from '../compiler/compile.js';

const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
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
    .description('compile Erlang modules to JavaScript ES modules with source maps (only what changed)')
    .argument('<files...>', '.erl files or directories of them')
    .option('--check', 'run the front end only (preprocess, parse, lint) and report diagnostics')
    .option('--dump <stage>', `print one stage of the compiler instead of writing files (${dumpStages.join(', ')})`)
    .option('-o, --outdir <dir>', 'where to write <module>.js and <module>.js.map (default: the current directory)')
    .option('-I, --include <dir>', 'add a directory to the -include search path', collect, [])
    .option('--lib-root <dir>', 'add a directory of OTP-style applications for -include_lib', collect, [])
    .option('-D, --define <name[=value]>', 'define a macro, as erlc -D', collect, [])
    .option('--force', 'compile every file, even those the out directory has up to date')
    .action((files: string[], opts: CompileOptions) => {
      code = compile(files, opts, pkg.version);
    });

  program
    .command('bundle')
    .description('one JavaScript file that runs the entry as erlts run does, in Node and in browsers')
    .argument('<files...>', '.erl files or directories of them (modules next to the entry are found too)')
    .requiredOption('-o, --outfile <file>', 'the bundle to write (and FILE.map beside it)')
    .option('--entry <mod[:fun]>', 'what to run: MOD:FUN/1 gets the arguments, FUN/0 none (default: the first file, main)')
    .option('--api', 'run nothing: the bundle gives JavaScript the erlts API (Runtime, atom, ...) over its modules')
    .option('--minify', 'minify the runtime and strip indentation from the compiled modules')
    .option('--include-module <mod>', 'also include MOD (a module only a computed name reaches)', collect, [])
    .option('--pa <dir>', 'also look for modules in DIR', collect, [])
    .option('-I, --include <dir>', 'add a directory to the -include search path', collect, [])
    .action((files: string[], opts: BundleOptions) => {
      // Loaded only for this command: esbuild and the bundler stay out of `erlts run`
      // (and out of dist/bin/erlts.cjs, whose launcher provides the import).
      const launcherImport = (globalThis as Record<symbol, unknown>)[Symbol.for('erlts.import')] as ((url: string) => Promise<unknown>) | undefined;
      const loaded = (launcherImport ? launcherImport(new URL('./bundle.js', import.meta.url).href) : import('./bundle.js')) as Promise<typeof import('./bundle.js')>;
      pending = loaded.then((b) => b.bundleCommand(files, opts));
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

/** Front end and back end over a small module of common forms, for the launcher
 * (bin/launch.ts) to call before it writes V8's code cache of dist/bin/erlts.cjs: the
 * compiler's code is in that cache even when the run that wrote it never compiled. */
const WARM_SOURCE = `-module(warm).
-export([f/2]).
-record(r, {a = 1, b}).
-define(M(X), {X, ?LINE}).
f(X, Y) when is_integer(X), X > 0 ->
    R = #r{b = Y},
    L = [A * 2 || A <- lists:seq(1, X), A rem 2 =:= 0],
    M = #{k => L, r => R#r.a},
    <<B:8, Rest/binary>> = <<X, "ab">>,
    try case maps:get(k, M) of [] -> ?M(B); [H | _] -> {H, Rest} end
    catch error:E -> E
    after ok end;
f(X, _) ->
    receive {X, Msg} -> io:format("~p~n", [Msg]) after 0 -> fun(Z) -> Z + X end end.
`;

(globalThis as Record<symbol, unknown>)[Symbol.for('erlts.warm')] = () => {
  compileForLoad(checkFile('warm.erl', { host: memoryHost({ 'warm.erl': WARM_SOURCE }) }).module);
};

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
