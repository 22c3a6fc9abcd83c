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
import { fromString } from '../term/list.js';
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
