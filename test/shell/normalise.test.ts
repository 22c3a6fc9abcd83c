// The shell tests' normalisation takes out only what is not behaviour.
import { describe, expect, it } from 'vitest';
import { normaliseShell } from './normalise.js';

describe('normaliseShell', () => {
  it('numbers pids, hides the version, module funs\' uniqs and stdlib line numbers', () => {
    const a = 'Eshell V13.1.5  (abort with ^G)\n1> <0.87.0>\n2> #Fun<m.0.3316493>\n3> x (lists.erl, line 198)\n4> <0.87.0>\n';
    const b = 'Eshell V13.2  (abort with ^G)\n1> <0.80.0>\n2> #Fun<m.0.1234>\n3> x (lists.erl, line 54)\n4> <0.80.0>\n';
    expect(normaliseShell(a)).toBe(normaliseShell(b));
  });

  it('keeps what is behaviour', () => {
    expect(normaliseShell('1> 2\n')).not.toBe(normaliseShell('1> 3\n'));
    expect(normaliseShell('1> <0.80.0> <0.80.0>\n')).not.toBe(normaliseShell('1> <0.80.0> <0.81.0>\n'));
    expect(normaliseShell('(shell.erl, line 3)')).not.toBe(normaliseShell('(other.erl, line 3)'));
    // The shell's funs are erl_eval's, index and uniq included.
    expect(normaliseShell('#Fun<erl_eval.42.3316493>')).not.toBe(normaliseShell('#Fun<erl_eval.43.3316493>'));
    expect(normaliseShell('#Fun<erl_eval.42.3316493>')).not.toBe(normaliseShell("#Fun<'$erlts_shell_2'.0.3316493>"));
    expect(normaliseShell('#Fun<m.0.1>')).not.toBe(normaliseShell('#Fun<m.1.1>'));
  });
});
