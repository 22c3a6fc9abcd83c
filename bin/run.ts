// `erlts run [-pa DIR]... FILE [ARGS...]`: run an Erlang source file as escript does
// (runtime/escript.ts); -config FILE gives the application environment (an erlts
// extension: erl's option, which escript lacks). Everything after FILE goes to main/1 untouched, so options
// meant for the script are never taken as ours. Output bytes go out as they are (the
// runtime writes one character per byte: standard_io is a latin1 device).
import { runEscript } from '../runtime/escript.js';
import { nodeHost } from './node-host.js';
import { nodeStdin } from '../runtime/proc/input.js';

const USAGE = 'usage: erlts run [-pa DIR]... [-config FILE] FILE [ARGS...]';
const HELP = `${USAGE}

Run an Erlang source file as escript does: line 1 is a header (shebang), main/1 gets
ARGS as strings; exit 0 on return, N on halt(N), 127 on an uncaught exception.

Options:
  -pa DIR      also look for modules in DIR (modules next to FILE are always found)
  -config FILE the application environment from a sys.config file (".config" is
               added when missing), as erl -config does; escript has no such option
               (a "%%! -config FILE" line in the script does the same there and here)
  -sname NAME  start distribution as NAME@host (short names), as erl -sname
  -name NAME   start distribution with long names (NAME or NAME@host), as erl -name
  -setcookie C the cookie (default: ~/.erlang.cookie, created when missing)
  -h, --help   display this help
`;

/** A bad command line: one line on stderr, exit 2. */
function usageError(what: string): number {
  process.stderr.write(`erlts run: ${what} (${USAGE})\n`);
  return 2;
}

export async function runCommand(argv: string[]): Promise<number> {
  const searchPath: string[] = [];
  let config: string | undefined;
  const node: { name?: string; longnames?: boolean; cookie?: string } = {};
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    const opt = argv[i]!;
    if (opt === '-sname' || opt === '-name' || opt === '-setcookie') {
      // Distribution (runtime/dist): erl's options.
      const v = argv[++i];
      if (v === undefined) return usageError(`${opt} needs a value`);
      if (opt === '-setcookie') node.cookie = v;
      else (node.name = v), (node.longnames = opt === '-name');
      i++;
      continue;
    }
    if (opt === '-pa' || opt === '--pa') {
      // One directory per -pa (repeat -pa for more).
      i++;
      if (i >= argv.length || argv[i]!.startsWith('-')) return usageError('-pa needs a directory');
      searchPath.push(argv[i++]!);
      continue;
    }
    if (opt === '-config' || opt === '--config') {
      i++;
      if (i >= argv.length) return usageError('-config needs a file');
      config = argv[i++]!;
      continue;
    }
    if (opt === '-h' || opt === '--help') {
      process.stdout.write(HELP);
      return 0;
    }
    return usageError(`unknown option ${opt}`);
  }
  const file = argv[i];
  if (file === undefined) return usageError('missing FILE');
  if (node.name !== undefined) {
    const { startNode } = await import('../runtime/dist/cli.js');
    const err = await startNode(node.name, node.longnames === true, node.cookie);
    if (err !== null) {
      process.stderr.write(`erlts run: could not start distribution as ${node.name}: ${err}\n`);
      return 1;
    }
  }
  const toBytes = (s: string) => Buffer.from(s, 'latin1');
  // A reader that went away (`erlts run x.erl | head -1`): escript's user device
  // terminates and the script dies with exit status 127; we exit with that status
  // at once, without the report (no JS stack trace either).
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(127);
    throw e;
  });
  return runEscript(file, argv.slice(i + 1), {
    host: nodeHost(),
    searchPath,
    stdout: (s) => process.stdout.write(toBytes(s)),
    stderr: (s) => process.stderr.write(toBytes(s)),
    stdin: nodeStdin(),
    config,
  });
}
