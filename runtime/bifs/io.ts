// io in TypeScript: format/fwrite, put_chars, nl, write, on the standard devices.
//
// An escript's standard_io in OTP 25 is a latin1 device (io:getopts() says
// {encoding,latin1} even under a UTF-8 locale): characters up to 255 go out as one byte
// each (so é is the single byte E9, not UTF-8), and characters above 255 — which only
// ~ts, ~tp or put_chars of unicode data can produce — are written as `\x{20AC}`. A
// binary given to put_chars is UTF-8 chardata (decoded first). `registerIoBifs` adds
// both `io` and `io_lib` to the native registry.
import { Cons, NIL, type Term } from '../term/types.js';
import { Bitstring } from '../term/bitstring.js';
import { badarg, ErlangError } from '../term/errors.js';
import { mapFromPairs } from '../term/map.js';
import { fromString } from '../term/list.js';
import { registerNative, type NativeModule } from './registry.js';
import { ioLib, ioLibFormat } from './io_lib.js';
import { flattenChars } from '../format/format.js';
import { writeDepth } from '../format/write.js';
import { writeStderrBytes, writeStdoutBytes } from '../format/sink.js';

/** The bytes a latin1 device writes for these characters. */
export function latin1DeviceBytes(chars: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (const c of chars) {
    if (c <= 255) out.push(c);
    else for (const ch of '\\x{' + c.toString(16).toUpperCase() + '}') out.push(ch.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

export type Device = 'stdout' | 'stderr';

function device(d: Term): Device {
  if (d === 'standard_io' || d === 'user') return 'stdout';
  if (d === 'standard_error') return 'stderr';
  badarg();
}

function utf8Bytes(chars: readonly number[]): Uint8Array {
  let s = '';
  for (const c of chars) s += String.fromCodePoint(c);
  return new TextEncoder().encode(s);
}

/** The encoding of the `user` device (standard output): latin1 as escript starts it,
 * unicode (UTF-8) after io:setopts([{encoding, unicode}]). Reset by every run. */
let userEncoding: 'latin1' | 'unicode' = 'latin1';

export function setUserEncoding(e: 'latin1' | 'unicode'): void {
  userEncoding = e;
}

export function emit(dev: Device, chars: readonly number[]): void {
  if (dev === 'stdout') {
    writeStdoutBytes(userEncoding === 'latin1' ? latin1DeviceBytes(chars) : utf8Bytes(chars));
  } else writeStderrBytes(latin1DeviceBytes(chars));
}

/** unicode:characters_to_list semantics for put_chars: chars, nested lists, UTF-8 binaries. */
export function chardata(t: Term): number[] {
  const out: number[] = [];
  const walk = (x: Term): void => {
    if (x instanceof Bitstring) {
      if ((x.bitSize & 7) !== 0) badarg();
      const bytes = x.toBytes().slice(0, x.bitSize >>> 3);
      let s: string;
      try {
        s = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        badarg();
      }
      for (const ch of s) out.push(ch.codePointAt(0)!);
      return;
    }
    let l = x;
    while (l instanceof Cons) {
      const h = l.hd;
      if (typeof h === 'number') {
        if (h < 0 || h > 0x10ffff) badarg();
        out.push(h);
      } else walk(h);
      l = l.tl;
    }
    if (l !== NIL) badarg();
  };
  walk(t);
  return out;
}

/**
 * Where output for a device goes. The default knows only the standard devices; the
 * process runtime (runtime/proc/bifs.ts) replaces it so that standard_io means the
 * calling process's group leader: the node's `user` process is written to directly,
 * any other group leader gets an I/O-protocol request (`{to: Pid}`), which
 * `delegate` sends and waits for in Erlang (the native returns a capture that
 * continues in erlts_io:request/2).
 */
export interface OutputRoute {
  resolve(dev: Term): Device | { to: Term };
  delegate(to: Term, request: Term): Term;
}

let route: OutputRoute = {
  resolve: (dev) => device(dev),
  delegate: () => badarg(),
};

export function setOutputRoute(r: OutputRoute): void {
  route = r;
}

/**
 * badarg as io.erl raises it (measured on OTP 25): bad data is reported from io.erl
 * line 99 with `cause => {device, put_chars}`, an unknown device from line 94 with
 * `cause => {io, arguments}`.
 */
function ioBadarg(cause: 'data' | 'device'): never {
  const e = new ErlangError('error', 'badarg');
  const info = mapFromPairs([
    ['cause', cause === 'data' ? ['device', 'put_chars'] : ['io', 'arguments']],
    ['module', 'erl_stdlib_errors'],
  ]);
  e.location = list(['file', fromString('io.erl')], ['line', cause === 'data' ? 99 : 94], ['error_info', info]);
  throw e;
}

/** Writes `chars()` to `dev`, or sends `request()` to its group leader. */
function output(dev: Term, chars: () => readonly number[], request: () => Term): Term {
  let r: Device | { to: Term };
  try {
    r = route.resolve(dev);
  } catch (e) {
    if (e instanceof ErlangError && e.reason === 'badarg') ioBadarg('device');
    throw e;
  }
  let cs: readonly number[];
  try {
    cs = chars(); // bad arguments fail here, in the caller, whichever way output goes
  } catch (e) {
    if (e instanceof ErlangError && e.reason === 'badarg') ioBadarg('data');
    throw e;
  }
  if (typeof r === 'string') {
    emit(r, cs);
    return 'ok';
  }
  return route.delegate(r.to, request());
}

const list = (...items: Term[]): Term => items.reduceRight<Term>((t, h) => new Cons(h, t), NIL);
const formatReq = (f: Term, a: Term): Term => ['put_chars', 'unicode', 'io_lib', 'format', list(f, a)];
const charsReq = (c: Term): Term => {
  const bytes = utf8Bytes(chardata(c)); // no spread: a long text would overflow the stack
  return ['put_chars', 'unicode', new Bitstring(bytes, 0, bytes.length * 8)];
};
const formatted = (f: Term, a: Term) => () => flattenChars(ioLibFormat(f, a));
const written = (t: Term) => () => Array.from(writeDepth(t, -1, false), (c) => c.codePointAt(0)!);

export const io: NativeModule = {
  'format/1': (f) => output('standard_io', formatted(f, NIL), () => formatReq(f, NIL)),
  'format/2': (f, a) => output('standard_io', formatted(f, a), () => formatReq(f, a)),
  'format/3': (d, f, a) => output(d, formatted(f, a), () => formatReq(f, a)),
  'fwrite/1': (f) => output('standard_io', formatted(f, NIL), () => formatReq(f, NIL)),
  'fwrite/2': (f, a) => output('standard_io', formatted(f, a), () => formatReq(f, a)),
  'fwrite/3': (d, f, a) => output(d, formatted(f, a), () => formatReq(f, a)),
  'put_chars/1': (c) => output('standard_io', () => chardata(c), () => charsReq(c)),
  'put_chars/2': (d, c) => output(d, () => chardata(c), () => charsReq(c)),
  'nl/0': () => output('standard_io', () => [10], () => ['put_chars', 'unicode', list(10)]),
  'nl/1': (d) => output(d, () => [10], () => ['put_chars', 'unicode', list(10)]),
  'write/1': (t) => output('standard_io', written(t), () => ['put_chars', 'unicode', 'io_lib', 'write', list(t)]),
  'write/2': (d, t) => output(d, written(t), () => ['put_chars', 'unicode', 'io_lib', 'write', list(t)]),
};

export function registerIoBifs(): void {
  registerNative('io', io);
  // Called by erlts_user_input (stdlib/src) when io:setopts changes the encoding.
  registerNative('erlts_io', {
    'set_user_encoding/1': (e) => (setUserEncoding(e === 'unicode' ? 'unicode' : 'latin1'), 'ok'),
  });
  registerNative('io_lib', ioLib);
}
