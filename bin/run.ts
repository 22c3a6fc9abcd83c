// `erlts run [-pa DIR]... FILE [ARGS...]`: run an Erlang source file as escript does
// (runtime/escript.ts). Everything after FILE goes to main/1 untouched, so options
// meant for the script are never taken as ours. Output bytes go out as they are (the
// runtime writes one character per byte: standard_io is a latin1 device).
import { runEscript } from '../runtime/escript.js';
import { registerIoBifs } from '../runtime/bifs/io.js';
import { registerErlangBifs } from '../runtime/bifs/erlang.js';
import { registerListsBifs } from '../runtime/bifs/lists.js';
import { registerMapsBifs } from '../runtime/bifs/maps.js';
import { registerMathBifs } from '../runtime/bifs/math.js';
import { nodeHost } from './node-host.js';

const USAGE = 'usage: erlts run [-pa DIR]... FILE [ARGS...]\n';

export async function runCommand(argv: string[]): Promise<number> {
  const searchPath: string[] = [];
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    const opt = argv[i]!;
    if (opt === '-pa' || opt === '--pa') {
      // -pa takes every following argument up to the next option, as erl does.
      i++;
      if (i >= argv.length || argv[i]!.startsWith('-')) {
        process.stderr.write(USAGE);
        return 2;
      }
      searchPath.push(argv[i++]!);
      continue;
    }
    if (opt === '-h' || opt === '--help') {
      process.stdout.write(USAGE);
      return 0;
    }
    process.stderr.write(`erlts run: unknown option ${opt}\n${USAGE}`);
    return 2;
  }
  const file = argv[i];
  if (file === undefined) {
    process.stderr.write('escript: Missing filename\n');
    return 127;
  }
  // Until the runtime registers its native modules itself.
  registerErlangBifs();
  registerListsBifs();
  registerMapsBifs();
  registerMathBifs();
  registerIoBifs();
  const toBytes = (s: string) => Buffer.from(s, 'latin1');
  return runEscript(file, argv.slice(i + 1), {
    host: nodeHost(),
    searchPath,
    stdout: (s) => process.stdout.write(toBytes(s)),
    stderr: (s) => process.stderr.write(toBytes(s)),
  });
}
