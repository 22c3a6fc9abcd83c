// normalise.ts: what it takes out of recorded and produced output before comparing.
import { describe, expect, it } from 'vitest';
import { normaliseOutput } from './normalise.js';

describe('normaliseOutput', () => {
  it('drops the numbers of heap_size, stack_size and reductions in crash reports', () => {
    const a = '    trap_exit: true\n    status: running\n    heap_size: 376\n    stack_size: 28\n    reductions: 163\n  neighbours:\n';
    const b = '    trap_exit: true\n    status: running\n    heap_size: 233\n    stack_size: 31\n    reductions: 90\n  neighbours:\n';
    expect(normaliseOutput(a)).toBe(normaliseOutput(b));
    expect(normaliseOutput(a)).toContain('    heap_size: <N>\n    stack_size: <N>\n    reductions: <N>\n');
  });
  it('keeps such words elsewhere and other report lines', () => {
    expect(normaliseOutput('reductions: 12\n')).toBe('reductions: 12\n');
    expect(normaliseOutput('    heap_size: big\n')).toBe('    heap_size: big\n');
    expect(normaliseOutput('    message_queue_len: 3\n')).toBe('    message_queue_len: 3\n');
  });
  it('renumbers pids and drops report times', () => {
    expect(normaliseOutput('=CRASH REPORT==== 25-Nov-2026::00:27:07.186039 ===\n<0.81.0> <0.9.0> <0.81.0>\n'))
      .toBe('=CRASH REPORT==== <TIME> ===\n<P1> <P2> <P1>\n');
  });
});
