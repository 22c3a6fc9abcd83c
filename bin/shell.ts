// `erlts shell [-pa DIR]... [-eval EXPR]...`: the Erlang shell (stdlib/src/shell.erl) on
// this process's terminal or pipe (docs/shell.md).
//
// From a pipe it behaves as `erl` with stdin not a terminal: prompts are written, input
// is not echoed, and the end of input ends the node (`*** Terminating erlang ...`).
// On a terminal, Node's readline does the line editing (bin/shell-tty.ts): history kept
// in ~/.erlang-history-erlts, tab completion, Ctrl-C's BREAK menu and Ctrl-G.
import { nodeHost } from './node-host.js';

const USAGE = 'usage: erlts shell [-pa DIR]...';

export interface ShellOptions {
  searchPath: string[];
}

function usageError(what: string): number {
  process.stderr.write(`erlts shell: ${what} (${USAGE})\n`);
  return 2;
}

export function parseShellArgs(argv: string[]): ShellOptions | number {
  const searchPath: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-pa' || a === '-pz' || a === '--pa') {
      const d = argv[++i];
      if (d === undefined || d.startsWith('-')) return usageError(`${a} needs a directory`);
      searchPath.push(d);
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n\nThe Erlang shell, as erl: numbered prompts, commands end with a dot,\nq(). or end of input quits. -pa DIR adds DIR to the code path.\n`);
      return 0;
    } else return usageError(`unknown option ${a}`);
  }
  return { searchPath };
}

export async function shellCommand(argv: string[]): Promise<number> {
  const opts = parseShellArgs(argv);
  if (typeof opts === 'number') return opts;
  const { ErlangRuntime } = await import('../runtime/exec/index.js');
  const tty = process.stdin.isTTY && process.stdout.isTTY;
  const host = nodeHost();
  const searchPath = ['.', ...opts.searchPath];
  if (tty) {
    const { runTtyShell } = await import('./shell-tty.js');
    return runTtyShell(host, searchPath);
  }
  const { nodeStdin } = await import('../runtime/proc/input.js');
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const toBytes = (s: string) => Buffer.from(s, 'latin1');
  const rt = new ErlangRuntime({
    host,
    searchPath,
    stdout: (s) => process.stdout.write(toBytes(s)),
    stderr: (s) => process.stderr.write(toBytes(s)),
    stdin: nodeStdin(),
  });
  const out = await rt.run('shell', 'start', []);
  return out.kind === 'halt' ? out.status : 0;
}
