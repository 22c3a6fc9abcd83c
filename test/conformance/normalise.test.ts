// The normalisation both sides of the conformance corpus go through (normalise.ts).
import { describe, expect, it } from 'vitest';
import { normaliseOutput } from './normalise.js';

describe('normaliseOutput', () => {
  it('renumbers pids and refs by first appearance', () => {
    expect(normaliseOutput('<0.85.0> #Ref<0.1.2.3> <0.80.0> <0.85.0> #Ref<0.1.2.3>')).toBe(
      '<P1> #Ref<R1> <P2> <P1> #Ref<R1>',
    );
  });

  it('drops report times', () => {
    expect(normaliseOutput('=CRASH REPORT==== 25-Nov-2026::00:26:51.035299 ===\n')).toBe(
      '=CRASH REPORT==== <TIME> ===\n',
    );
  });

  it('hides the memory and work figures of a crash report, in both layouts', () => {
    const otp = '    heap_size: 233\n    stack_size: 28\n    reductions: 129\n      reductions: 7\n';
    const ts = '    heap_size: 376\n    stack_size: 0\n    reductions: 3\n      reductions: 12\n';
    expect(normaliseOutput(otp)).toBe(normaliseOutput(ts));
    expect(normaliseOutput(otp)).toBe('    heap_size: <N>\n    stack_size: <N>\n    reductions: <N>\n      reductions: <N>\n');
    expect(normaliseOutput('[{heap_size,233},{stack_size,28},{reductions,9}]')).toBe(
      '[{heap_size,<N>},{stack_size,<N>},{reductions,<N>}]',
    );
  });

  it('leaves other numbers alone', () => {
    expect(normaliseOutput('    message_queue_len: 3\nreductions: 5 extra\n')).toBe('    message_queue_len: 3\nreductions: 5 extra\n');
  });
});
