// Erlang exceptions as JavaScript throwables.
//
// An Erlang exception has a class (`error`, `exit`, `throw`) and a reason (any term).
// The runtime throws `ErlangError` and compiled `try`/`catch` catches it. It does not
// extend `Error`: capturing a JS stack trace costs microseconds, and `throw` is ordinary
// control flow in Erlang. Where a JS stack is wanted (an uncaught error in a process),
// the process runtime records it itself. `stacktrace` is the Erlang stack trace (a list
// term), filled in by whoever knows it.
import type { Term } from './types.js';

export type ErlangClass = 'error' | 'exit' | 'throw';

export class ErlangError {
  readonly class: ErlangClass;
  readonly reason: Term;
  stacktrace: Term | undefined = undefined;
  /** The location list of the failing native's stack entry, when it is not the usual
   * one (io functions report a place in io.erl and an error_info). */
  location: Term | undefined = undefined;
  constructor(cls: ErlangClass, reason: Term) {
    this.class = cls;
    this.reason = reason;
  }
  toString(): string {
    return `ErlangError(${this.class}, ${String(this.reason)})`;
  }
}

export function isErlangError(e: unknown): e is ErlangError {
  return e instanceof ErlangError;
}

/** erlang:error(Reason). */
export function error(reason: Term): never {
  throw new ErlangError('error', reason);
}

/** erlang:exit(Reason). */
export function exit(reason: Term): never {
  throw new ErlangError('exit', reason);
}

/** erlang:throw(Term). */
export function throwTerm(t: Term): never {
  throw new ErlangError('throw', t);
}

export function badarg(): never {
  throw new ErlangError('error', 'badarg');
}

export function badarith(): never {
  throw new ErlangError('error', 'badarith');
}

export function systemLimit(): never {
  throw new ErlangError('error', 'system_limit');
}
