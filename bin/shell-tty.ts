// The shell on a terminal: Node's readline edits the line (arrows, Ctrl-A/E/K/W, ...),
// keeps the history (in ~/.erlang-history-erlts, or $ERLTS_HISTORY; persisted line by
// line) and completes with Tab (runtime/shell/complete.ts). The Erlang side is the same
// shell as from a pipe: readline hands each line it reads to the node's standard input,
// and what the node writes goes to the terminal, except that a prompt (text left
// without its newline while the shell waits for input) becomes readline's prompt, so
// that readline can redraw it.
//
// Ctrl-C opens erl's BREAK menu (c continues, a aborts; Ctrl-C there aborts too),
// Ctrl-G the `User switch command` prompt (c continues, q quits, h helps); neither
// loses the session by accident. Ctrl-D on an empty line is the end of input, which
// ends the shell as q() does. Errors are red unless NO_COLOR is set.
import { createInterface, type Interface } from 'node:readline';
import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CompilerHost } from '../compiler/host.js';
import { ErlangRuntime } from '../runtime/exec/index.js';
import type { InputSource } from '../runtime/proc/input.js';
import { commandEnds, complete } from '../runtime/shell/complete.js';
import { fromArray } from '../runtime/term/list.js';
import type { Term } from '../runtime/term/types.js';
import { packageRoot } from './node-host.js';

const BREAK =
  '\nBREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n' +
  '       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n';
const USER_SWITCH = '\nUser switch command\n';
const USER_SWITCH_HELP =
  '  c [nn]            - connect to job\n' +
  '  i [nn]            - interrupt job\n' +
  '  k [nn]            - kill job\n' +
  '  j                 - list all jobs\n' +
  '  s [shell]         - start local shell\n' +
  '  r [node [shell]]  - start remote shell\n' +
  '  q                 - quit erlang\n' +
  '  ? | h             - this message\n';

function historyFile(): string {
  return process.env['ERLTS_HISTORY'] ?? join(homedir(), '.erlang-history-erlts');
}

function loadHistory(): string[] {
  try {
    const lines = readFileSync(historyFile(), 'utf8').split('\n').filter((l) => l.trim() !== '');
    return lines.slice(-500).reverse();
  } catch {
    return [];
  }
}

/** Module names on the code path: .erl files of these directories and the stdlib. */
function pathModules(dirs: string[]): () => string[] {
  let cache: string[] | undefined;
  return () => {
    if (cache) return cache;
    const names = new Set<string>();
    for (const d of [...dirs, join(packageRoot(), 'stdlib', 'src')]) {
      try {
        for (const f of readdirSync(d)) if (f.endsWith('.erl')) names.add(f.slice(0, -4));
      } catch {
        // an unreadable directory has no modules
      }
    }
    return (cache = [...names]);
  };
}

/** The shell on this terminal; `actions` (erlts_start's) run first, as with erl -eval. */
export async function runTtyShell(host: CompilerHost, searchPath: string[], actions?: Term): Promise<number> {
  let deliver: ((chunk: Uint8Array | null) => void) | null = null;
  const early: (Uint8Array | null)[] = [];
  const toNode = (b: Uint8Array | null) => (deliver ? deliver(b) : early.push(b));
  const stdin: InputSource = {
    start(onData) {
      deliver = onData;
      for (const b of early.splice(0)) onData(b);
    },
    stop() {
      deliver = null;
    },
  };
  let rl: Interface | null = null;
  /** What the node wrote after its last newline: the prompt, while it waits. */
  let partial = '';
  const write = (s: string) => {
    const nl = s.lastIndexOf('\n');
    if (nl >= 0) {
      process.stdout.write(Buffer.from(s.slice(0, nl + 1), 'latin1'));
      partial = s.slice(nl + 1);
    } else partial += s;
    if (partial !== '' && rl) {
      const p = Buffer.from(partial, 'latin1').toString('utf8');
      rl.setPrompt(p);
      rl.prompt(true);
    } else if (partial !== '') process.stdout.write(Buffer.from(partial, 'latin1'));
  };
  const rt = new ErlangRuntime({
    host,
    searchPath,
    stdout: write,
    stderr: (s) => process.stderr.write(Buffer.from(s, 'latin1')),
    stdin,
  });
  const modules = pathModules(searchPath);
  rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    history: loadHistory(),
    historySize: 500,
    removeHistoryDuplicates: true,
    completer: (line: string) => complete(rt, line, modules),
  });
  rl.setPrompt('');
  /** The lines of the command being typed (a command ends with its dot). */
  let typed = '';
  let mode: 'normal' | 'break' | 'switch' = 'normal';
  // Back from the BREAK menu or Ctrl-G, erl shows no prompt until the line is redrawn.
  const resume = () => {
    mode = 'normal';
    rl!.setPrompt(partial);
  };
  rl.on('line', (line) => {
    if (mode === 'break') {
      const c = line.trim();
      if (c === 'a' || c === 'A' || c === '') process.exit(0);
      if (c === 'c') return resume();
      if (c === 'v') process.stdout.write('Erlang (BEAM) emulator version 13.1.5\n');
      else if (c !== 'p' && c !== 'i' && c !== 'l' && c !== 'k' && c !== 'D' && c !== 'd' && c !== 'q')
        process.stdout.write(`Eh?\n`);
      process.stdout.write(BREAK);
      return;
    }
    if (mode === 'switch') {
      const c = line.trim();
      if (c === 'c' || c === 'c 1' || c === '') return resume();
      if (c === 'q') process.exit(0);
      if (c === 'j') process.stdout.write('   1* {shell,start,[init]}\n');
      else if (c === 'h' || c === '?') process.stdout.write(USER_SWITCH_HELP);
      else process.stdout.write('Unknown command\n');
      rl!.setPrompt(' --> ');
      rl!.prompt();
      return;
    }
    typed += line + '\n';
    if (commandEnds(typed)) {
      // The node answers, then writes the next prompt.
      typed = '';
      partial = '';
      rl!.setPrompt('');
    } else rl!.prompt();
    if (line.trim() !== '') {
      try {
        appendFileSync(historyFile(), line + '\n');
      } catch {
        // no history file: the session goes on without one
      }
    }
    toNode(Buffer.from(line + '\n', 'utf8'));
  });
  rl.on('SIGINT', () => {
    if (mode === 'break') process.exit(0);
    mode = 'break';
    rl!.write(null, { ctrl: true, name: 'u' });
    process.stdout.write(BREAK);
    rl!.setPrompt('');
  });
  process.stdin.on('keypress', (_s: string, key: { ctrl?: boolean; name?: string } | undefined) => {
    if (key?.ctrl && key.name === 'g' && mode === 'normal') {
      mode = 'switch';
      rl!.write(null, { ctrl: true, name: 'u' });
      process.stdout.write(USER_SWITCH);
      rl!.setPrompt(' --> ');
      rl!.prompt();
    }
  });
  let finished = false;
  rl.on('close', () => {
    if (finished) return;
    process.stdout.write('\n');
    toNode(null);
  });
  // On a terminal erl first names the system it runs on (erlang:system_info(system_version));
  // the shell prints that line.
  const colour = process.env['NO_COLOR'] === undefined || process.env['NO_COLOR'] === '';
  const opts = fromArray([['system_banner', true], ['colour', colour], ['encoding', 'unicode']]);
  const out = actions === undefined ? await rt.run('shell', 'start', [opts]) : await rt.run('erlts_start', 'start', [actions, opts]);
  finished = true;
  rl.close();
  // The terminal is ours no more: nothing may keep the process waiting on it.
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  process.stdin.pause();
  process.stdin.unref();
  return out.kind === 'halt' ? out.status : 0;
}
