// The `user` and `standard_error` processes' side of the Erlang I/O protocol: what it does with an
// `{io_request, From, ReplyAs, Request}` sent to it (by code that talks to its group
// leader directly, or by io functions given the pid). Output requests write to the
// runtime's standard output and are answered `{io_reply, ReplyAs, ok}`; input is not
// supported yet (`{error, enotsup}`).
//
// The io module's own functions on standard_io write directly (runtime/bifs/io.ts):
// with one thread, a direct write lands in the same order a request to the group
// leader would.
import { ErlangError } from '../term/errors.js';
import { Cons, LOCAL_NODE, NIL, Pid, type Term } from '../term/types.js';
import { chardata, emit, type Device } from '../bifs/io.js';
import { ioLibFormat } from '../bifs/io_lib.js';
import { flattenChars } from '../format/format.js';
import { writeDepth } from '../format/write.js';
import { toArrayOrUndefined } from '../term/list.js';
import type { Scheduler } from './scheduler.js';

function request(r: Term, dev: Device): Term {
  if (Array.isArray(r)) {
    const t = r as Term[];
    try {
      if (t[0] === 'put_chars' && t.length === 3) return emit(dev, chardata(t[2]!)), 'ok';
      if (t[0] === 'put_chars' && t.length === 2) return emit(dev, chardata(t[1]!)), 'ok';
      // {put_chars, Enc, io_lib, format | write, Args}: what io:format sends.
      if (t[0] === 'put_chars' && t.length === 5 && t[2] === 'io_lib') {
        const args = toArrayOrUndefined(t[4]!);
        if ((t[3] === 'format' || t[3] === 'fwrite') && args?.length === 2) return emit(dev, flattenChars(ioLibFormat(args[0]!, args[1]!))), 'ok';
        if (t[3] === 'write' && args?.length === 1) return emit(dev, Array.from(writeDepth(args[0]!, -1, false), (c) => c.codePointAt(0)!)), 'ok';
      }
    } catch (e) {
      if (e instanceof ErlangError) return ['error', 'put_chars'];
      throw e;
    }
    if (t[0] === 'requests' && t.length === 2) {
      let last: Term = 'ok';
      for (let l = t[1]!; l instanceof Cons; l = l.tl) {
        last = request(l.hd, dev);
        if (Array.isArray(last) && last[0] === 'error') return last;
      }
      return last;
    }
  }
  if (r === 'getopts') return new Cons(['binary', false], new Cons(['encoding', 'latin1'], NIL));
  return ['error', 'enotsup'];
}

export function ioServe(sched: Scheduler, msg: Term, dev: Device): void {
  if (!Array.isArray(msg) || msg.length !== 4 || msg[0] !== 'io_request' || !(msg[1] instanceof Pid)) return;
  const from = sched.lookup(msg[1] as Pid);
  const reply = request(msg[3]!, dev);
  if (from !== null) sched.deliver(from, ['io_reply', msg[2]!, reply]);
  // a process of another node whose group leader is here (rpc from there)
  else if ((msg[1] as Pid).node !== LOCAL_NODE) sched.remoteSend?.(dev === 'stderr' ? 'standard_error' : 'user', msg[1] as Pid, ['io_reply', msg[2]!, reply]);
}
