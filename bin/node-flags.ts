// Node and V8 settings that can only be given when Node starts (V8 ignores them from
// `setFlagsFromString`, which bin/v8-tuning.ts uses for the others).

/** The flags: the installed command's shebang line passes them (bin/launch.ts and
 * bin/erlts.ts, checked by test/cli/launch.test.ts) and the benchmark runners start themselves again with
 * them (bench/relaunch.ts).
 *
 * A young generation of up to 64 MB semi-spaces instead of Node's 16: Erlang programs
 * allocate fast and much of it lives a while (a list being built, a tree, a map), and
 * each young collection copies what is alive in it. With larger semi-spaces there are
 * fewer collections, and what died in between is never copied. Measured in
 * docs/benchmarks.md (stop 18); the space grows only as a program's survival rate asks
 * for it, so small programs do not use more memory. */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/** Whether this process was started with NODE_FLAGS' settings (each flag's name given
 * on the command line or in NODE_OPTIONS, whatever its value, so that a run can try
 * other values). */
export function startedWithNodeFlags(): boolean {
  // V8 reads `--max_semi_space_size` as `--max-semi-space-size`.
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].map((g) => g.replace(/_/g, '-'));
  return NODE_FLAGS.every((f) => {
    const name = f.split('=')[0]!;
    return given.some((g) => g === name || g.startsWith(`${name}=`));
  });
}
