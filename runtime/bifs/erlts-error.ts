// `erlts_error`: erl_error:format_exception for the reports of proc_lib and the OTP
// behaviours, whose PF is io_lib:format("~.Itp", [Term]) (or "~.ItP" with a depth, "~p"
// for latin1). Written natively on top of runtime/format/erl-error.ts, which escript's
// own exception report uses too.
//
//   format_exception(Indent, Class, Reason, Stack, TrimMods, Depth, Encoding) -> string()
//     Indent    erl_error's I (the text goes at column I)
//     TrimMods  modules whose frames are dropped from the end of the stack (StackFun)
//     Depth     unlimited | integer()
//     Encoding  latin1 | unicode | utf8
import { NIL } from '../term/types.js';
import { fromString, toArrayOrUndefined } from '../term/list.js';
import { badarg } from '../term/errors.js';
import { formatExceptionAt } from '../format/erl-error.js';
import { registerNative } from './registry.js';

export function registerErltsErrorBifs(): void {
  registerNative('erlts_error', {
    'format_exception/7': (indent, cls, reason, stack, trimMods, depth, enc) => {
      if (typeof indent !== 'number' || (cls !== 'error' && cls !== 'exit' && cls !== 'throw')) badarg();
      const mods = toArrayOrUndefined(trimMods);
      if (!mods) badarg();
      const d = depth === 'unlimited' ? -1 : typeof depth === 'number' ? depth : badarg();
      const text = formatExceptionAt(indent, cls, reason, stack, (m) => mods.includes(m), d, enc !== 'latin1');
      return text === '' ? NIL : fromString(text);
    },
  });
}
