// Reports as OTP's logger prints them with its default (legacy-header) formatting.
//
// A process that dies of an uncaught error or throw (not exit/1) gets
//
//     =ERROR REPORT==== 24-Nov-2026::19:56:28.336314 ===
//     Error in process <0.85.0> with exit value:
//     {foo,[{m,f,0,[{file,"m.erl"},{line,10}]}]}
//     <blank line>
//
// The time is local time with microseconds, as OTP prints it.
//
// OTP sends this report through logger; here it is printed directly, but only when
// logger's configuration (stdlib/src/logger.erl, kept in the node's term tables)
// lets an error event reach the default handler: the primary level, the default
// handler still being there and its level. Handlers a program adds do not see it.
import { fromString, toArray } from '../term/list.js';
import { isMap } from '../term/map.js';
import type { Scheduler } from './scheduler.js';
import { nodeStoreGet } from '../bifs/node-store.js';
import { formatToString } from '../format/format.js';
import { Cons, NIL, type Pid, type Term } from '../term/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** `24-Nov-2026::19:56:28.336314`, local time. */
export function reportTime(d = new Date()): string {
  const micro = d.getMilliseconds() * 1000 + Math.floor((performance.now() % 1) * 1000);
  return (
    `${pad(d.getDate(), 2)}-${MONTHS[d.getMonth()]}-${d.getFullYear()}::` +
    `${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}:${pad(d.getSeconds(), 2)}.${pad(micro, 6)}`
  );
}

export function reportHeader(kind: string): string {
  return `=${kind} REPORT==== ${reportTime()} ===\n`;
}

/** The report for a process that died of an uncaught error or throw. */
export function errorReport(pid: Pid, reason: Term): string {
  const body = formatToString(fromString('Error in process ~p with exit value:~n~p~n'), new Cons(pid, new Cons(reason, NIL)));
  return reportHeader('ERROR') + body + '\n';
}

const LEVELS = ['emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'debug'];

function allowsError(level: Term | undefined): boolean {
  if (level === 'all') return true;
  if (level === 'none') return false;
  const i = LEVELS.indexOf(level as string);
  return i < 0 || i >= LEVELS.indexOf('error');
}

/** Whether logger's configuration on this node lets the process error report print. */
export function reportAllowed(s: Scheduler): boolean {
  const primary = nodeStoreGet(s, 'logger', 'primary');
  if (primary === undefined || !isMap(primary)) return true;
  if (!allowsError(primary.get('level'))) return false;
  const handlers = primary.get('handlers');
  if (handlers === undefined || !toArray(handlers).includes('default')) return false;
  const h = nodeStoreGet(s, 'logger', ['handler', 'default']);
  return h === undefined || !isMap(h) || allowsError(h.get('level'));
}
