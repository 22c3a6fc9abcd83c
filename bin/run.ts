// `erlts run [-pa DIR]... FILE [ARGS...]`: run an Erlang source file as escript does
// (runtime/escript.ts); -config FILE gives the application environment (an erlts
// extension: erl's option, which escript lacks). Everything after FILE goes to main/1 untouched, so options
// meant for the script are never taken as ours. Output bytes go out as they are (the
// runtime writes one character per byte: standard_io is a latin1 device).
//
// Without FILE, `erlts run` takes erl's start-up options: -s, -run and -eval (run in
// their order by stdlib/src/erlts_start.erl), -noshell (otherwise the shell starts
// after them), -pa/-pz. -sname/-name/-setcookie are parsed into `dist` for the
// distribution layer and refused until it exists.
import { readFileSync } from 'node:fs';
import { runEscript } from '../runtime/escript.js';
import { headerDist } from '../runtime/dist/header.js';
import { nodeHost } from './node-host.js';
import { fileCompileCache } from './compile-cache.js';
import { nodeStdin } from '../runtime/proc/input.js';
import { ErlangRuntime } from '../runtime/exec/index.js';
import { fromArray, fromString } from '../runtime/term/list.js';
import type { Term } from '../runtime/term/types.js';

const USAGE = 'usage: erlts run [-pa DIR]... [-config FILE] [--no-cache] FILE [ARGS...] | erlts run [-pa DIR]... [-s M [F [A...]]] [-eval EXPR]... [-noshell]';
const HELP = `${USAGE}

Run an Erlang source file as escript does: line 1 is a header (shebang), main/1 gets
ARGS as strings; exit 0 on return, N on halt(N), 127 on an uncaught exception.

Without FILE, as erl: -s M [F [ARG...]] calls M:F([ARG...]) (atoms; M:start() when
F is left out), -run M [F [ARG...]] the same with strings, -eval EXPR evaluates EXPR
(its dot optional); all in order, then the shell, unless -noshell. A failure prints
{"init terminating in do_boot",Reason} and exits 1; halt() ends the node.

Options:
  -pa DIR      also look for modules in DIR (modules next to FILE are always found)
  -pz DIR      the same, searched after the -pa directories
  -noshell     no shell after -s/-run/-eval
  -config FILE the application environment from a sys.config file (".config" is
               added when missing), as erl -config does; escript has no such option
               (a "%%! -config FILE" line in the script does the same there and here)
  -sname NAME  start distribution as NAME@host (short names), as erl -sname
  -name NAME   start distribution with long names (NAME or NAME@host), as erl -name
  -setcookie C the cookie (default: ~/.erlang.cookie, created when missing)
  --no-cache   compile FILE even if the compile cache has it (ERLTS_NO_CACHE=1 does
               the same; the cache is $ERLTS_CACHE_DIR, else $XDG_CACHE_HOME/erlts,
               else ~/.cache/erlts)
  -h, --help   display this help
`;

/** A bad command line: one line on stderr, exit 2. */
function usageError(what: string): number {
  process.stderr.write(`erlts run: ${what} (${USAGE})\n`);
  return 2;
}

/** What erl does at start-up, in order (erlts_start:start/2). */
type Action = { k: 'eval'; text: string } | { k: 's' | 'run'; mod: string; fn: string; args: string[] };

/** erl's distribution options (runtime/dist). */
interface DistOptions {
  sname?: string;
  name?: string;
  cookie?: string;
}

/** The words after -s/-run up to the next option: M [F [ARGS...]]. */
function actionWords(argv: string[], i: number): string[] {
  const words: string[] = [];
  while (i < argv.length && !argv[i]!.startsWith('-')) words.push(argv[i++]!);
  return words;
}

/** The command line of `erlts run`, options taken apart; `rest` is FILE ARGS... */
export interface RunArgs {
  searchPath: string[];
  pz: string[];
  actions: Action[];
  dist: DistOptions;
  noshell: boolean;
  config?: string;
  /** --no-cache: compile FILE, whatever the compile cache has. */
  noCache: boolean;
  rest: string[];
}

/** Parse the options before FILE; a number is the exit status (bad option, --help). */
export function parseRunArgs(argv: string[]): RunArgs | number {
  const searchPath: string[] = [];
  const pz: string[] = [];
  const actions: Action[] = [];
  const dist: DistOptions = {};
  let noshell = false;
  let noCache = false;
  let config: string | undefined;
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    const opt = argv[i]!;
    if (opt === '-pa' || opt === '--pa' || opt === '-pz') {
      // One directory per -pa (repeat -pa for more).
      i++;
      if (i >= argv.length || argv[i]!.startsWith('-')) return usageError(`${opt} needs a directory`);
      (opt === '-pz' ? pz : searchPath).push(argv[i++]!);
      continue;
    }
    if (opt === '-eval') {
      if (i + 1 >= argv.length) return usageError('-eval needs an expression');
      actions.push({ k: 'eval', text: argv[i + 1]! });
      i += 2;
      continue;
    }
    if (opt === '-s' || opt === '-run') {
      const words = actionWords(argv, i + 1);
      if (words.length === 0) return usageError(`${opt} needs a module`);
      const [mod, fn = 'start', ...args] = words;
      actions.push({ k: opt === '-s' ? 's' : 'run', mod: mod!, fn, args });
      i += 1 + words.length;
      continue;
    }
    if (opt === '-noshell' || opt === '-noinput') {
      noshell = true;
      i++;
      continue;
    }
    if (opt === '-sname' || opt === '-name' || opt === '-setcookie') {
      if (i + 1 >= argv.length) return usageError(`${opt} needs a value`);
      const v = argv[i + 1]!;
      if (opt === '-setcookie') dist.cookie = v;
      else if (opt === '-sname') dist.sname = v;
      else dist.name = v;
      i += 2;
      continue;
    }
    if (opt === '-config' || opt === '--config') {
      i++;
      if (i >= argv.length) return usageError('-config needs a file');
      config = argv[i++]!;
      continue;
    }
    if (opt === '--no-cache') {
      noCache = true;
      i++;
      continue;
    }
    if (opt === '-h' || opt === '--help') {
      process.stdout.write(HELP);
      return 0;
    }
    return usageError(`unknown option ${opt}`);
  }
  return { searchPath, pz, actions, dist, noshell, config, noCache, rest: argv.slice(i) };
}

export async function runCommand(argv: string[]): Promise<number> {
  const parsed = parseRunArgs(argv);
  if (typeof parsed === 'number') return parsed;
  const { searchPath, pz, actions, dist, noshell, config, noCache, rest } = parsed;
  // A script's `%%! -sname/-name/-setcookie` (the command line's own come first).
  if (rest[0] !== undefined && dist.sname === undefined && dist.name === undefined) {
    let text = '';
    try {
      text = readFileSync(rest[0], 'latin1');
    } catch {}
    const h = headerDist(text);
    dist.sname = h.sname;
    dist.name = h.sname === undefined ? h.name : undefined;
    dist.cookie ??= h.cookie;
  }
  const nodeName = dist.sname ?? dist.name;
  if (nodeName === undefined && dist.cookie !== undefined) (await import('../runtime/dist/cli.js')).presetCookie(dist.cookie);
  if (nodeName !== undefined) {
    // Distribution (runtime/dist): the node is alive before anything runs, as under erl.
    const { startNode: startDist } = await import('../runtime/dist/cli.js');
    const err = await startDist(nodeName, dist.sname === undefined, dist.cookie);
    if (err !== null) {
      process.stderr.write(`erlts run: could not start distribution as ${nodeName}: ${err}\n`);
      return 1;
    }
  }
  const file = rest[0];
  if (file === undefined) {
    // Nothing to do is a mistake here (`erlts shell` is the shell).
    if (actions.length === 0) return usageError('missing FILE (or -s/-run/-eval)');
    return startNode(actions, !noshell, [...searchPath, ...pz]);
  }
  if (actions.length > 0 || noshell) return usageError('-s, -run, -eval and -noshell are for running without FILE');
  searchPath.push(...pz);
  const toBytes = (s: string) => Buffer.from(s, 'latin1');
  // A reader that went away (`erlts run x.erl | head -1`): escript's user device
  // terminates and the script dies with exit status 127; we exit with that status
  // at once, without the report (no JS stack trace either).
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(127);
    throw e;
  });
  return runEscript(file, rest.slice(1), {
    host: nodeHost(),
    searchPath,
    stdout: (s) => process.stdout.write(toBytes(s)),
    stderr: (s) => process.stderr.write(toBytes(s)),
    stdin: nodeStdin(),
    config,
    cache: noCache ? null : fileCompileCache(),
  });
}

/** erl without a script: the actions, then the shell (or nothing more with -noshell). */
async function startNode(actions: Action[], shell: boolean, searchPath: string[]): Promise<number> {
  const toBytes = (s: string) => Buffer.from(s, 'latin1');
  if (shell && process.stdin.isTTY && process.stdout.isTTY) {
    // The shell on a terminal wants readline: let `erlts shell` run it after the actions.
    const { runTtyShell } = await import('./shell-tty.js');
    return runTtyShell(nodeHost(), ['.', ...searchPath], actionTerms(actions));
  }
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const rt = new ErlangRuntime({
    host: nodeHost(),
    searchPath: ['.', ...searchPath],
    stdout: (s) => process.stdout.write(toBytes(s)),
    stderr: (s) => process.stderr.write(toBytes(s)),
    stdin: nodeStdin(),
  });
  const out = await rt.run('erlts_start', 'start', [actionTerms(actions), shell]);
  return out.kind === 'halt' ? out.status : out.kind === 'return' ? 0 : 1;
}

/** The actions as erlts_start:start/2 takes them. */
export function actionTerms(actions: Action[]): Term {
  return fromArray(
    actions.map((a): Term =>
      a.k === 'eval'
        ? ['eval', fromString(a.text)]
        : [a.k, a.mod, a.fn, fromArray(a.args.map((x) => (a.k === 's' ? x : fromString(x))))],
    ),
  );
}
