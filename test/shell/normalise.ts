// What the shell tests compare: the output of `erl` and of `erlts shell` for the same
// input, after taking out what differs for reasons that are not behaviour:
//   * pids and refs, numbered by first appearance (test/conformance/normalise.ts);
//   * the emulator version of the banner (`Eshell V13.1.5`);
//   * the text of a fun (`#Fun<erl_eval.42.3316493>`: erl_eval's funs there, the
//     compiled command's module here);
//   * the line of a stdlib module in a stack entry (`(lists.erl, line 198)`): our stdlib
//     sources are not OTP's.
import { normaliseOutput } from '../conformance/normalise.js';

export function normaliseShell(text: string): string {
  return normaliseOutput(text)
    .replace(/^Eshell V[\d.]+/m, 'Eshell V<VSN>')
    .replace(/#Fun<[^>]*>/g, '#Fun<...>')
    .replace(/\((\w+)\.erl, line \d+\)/g, '($1.erl, line <N>)');
}
