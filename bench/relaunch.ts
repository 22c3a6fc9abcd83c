// The benchmark runners measure what the installed erlts command runs, so they run
// under the Node flags its shebang line gives (bin/node-flags.ts). Started
// without them (`node dist/bench/run.js`), a runner starts itself again with them and
// exits with that process's status.
import { spawnSync } from 'node:child_process';
import { NODE_FLAGS, startedWithNodeFlags } from '../bin/node-flags.js';

/** Undefined when this process already has the flags (go on); otherwise the exit
 * status of the same command run again under them. */
export function relaunchWithNodeFlags(): number | undefined {
  if (startedWithNodeFlags()) return undefined;
  const r = spawnSync(process.execPath, [...NODE_FLAGS, ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  return r.status ?? 1;
}
