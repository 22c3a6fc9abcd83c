// What the shell tests compare: the output of `erl` and of `erlts shell` for the same
// input, after taking out what differs for reasons that are not behaviour:
//   * pids and refs, numbered by first appearance (test/conformance/normalise.ts);
//   * the emulator version of the banner (`Eshell V13.1.5`);
//   * the uniq of a fun of a module compiled by each (`#Fun<shell_recs.0.84213907>`);
//     the shell's own funs are erl_eval's on both sides and are compared as they are;
//   * the line of a stdlib module in a stack entry (`(lists.erl, line 198)`): our stdlib
//     sources are not OTP's.
import { normaliseOutput } from '../conformance/normalise.js';

export function normaliseShell(text: string): string {
  return normaliseOutput(text)
    .replace(/^Eshell V[\d.]+/m, 'Eshell V<VSN>')
    .replace(/#Fun<(?!erl_eval\.)([^.>]*)\.(\d+)\.\d+>/g, '#Fun<$1.$2.<UNIQ>>')
    .replace(/\((\w+)\.erl, line \d+\)/g, '($1.erl, line <N>)');
}
