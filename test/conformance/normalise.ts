// What the conformance runner compares is the output *after* this normalisation, applied
// the same way to what OTP printed (recorded raw, byte for byte) and to what erlts
// printed. It removes only what cannot be deterministic between two runs of real OTP:
//   * pids `<0.80.0>` become `<P1>`, `<P2>`, ... in order of first appearance, so a
//     process OTP spent on something internal (a timer server, the logger) does not shift
//     the numbers, while "the same pid printed twice" is still checked;
//   * refs `#Ref<0.1.2.3>` become `#Ref<R1>`, ... the same way (their numbers are random);
//   * report headers `=ERROR REPORT==== 24-Nov-2026::19:56:28.336314 ===` lose the time;
//   * the memory and work figures of proc_lib's CRASH REPORT (crasher and neighbours):
//     `    heap_size: 233`, `stack_size: 28`, `reductions: 129` become `<N>` (they
//     depend on the garbage collector and on how much work OTP did before);
//     the term forms `{heap_size,233}` etc. (in single-line reports, in a
//     neighbour's list when printed with ~p) are normalised the same way.
// Line breaking is not normalised: erlts numbers its pids as escript does (main
// `<0.9.0>`, spawns from `<0.80.0>`), so `~p` sees the same widths.

export function normaliseOutput(text: string): string {
  const pids = new Map<string, string>();
  const refs = new Map<string, string>();
  return text
    .replace(/#Ref<\d+(?:\.\d+)+>/g, (r) => {
      let n = refs.get(r);
      if (n === undefined) refs.set(r, (n = `#Ref<R${refs.size + 1}>`));
      return n;
    })
    .replace(/<\d+\.\d+\.\d+>/g, (p) => {
      let n = pids.get(p);
      if (n === undefined) pids.set(p, (n = `<P${pids.size + 1}>`));
      return n;
    })
    .replace(/^=([A-Z]+ REPORT)==== \d+-[A-Za-z]+-\d+::\d\d:\d\d:\d\d\.\d+ ===$/gm, '=$1==== <TIME> ===')
    .replace(/^( +)(heap_size|stack_size|reductions): \d+$/gm, '$1$2: <N>')
    .replace(/\{(heap_size|stack_size|reductions),\d+\}/g, '{$1,<N>}');
}
