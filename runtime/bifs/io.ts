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
import { badarg } from '../term/errors.js';
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

export function emit(dev: Device, chars: readonly number[]): void {
  const b = latin1DeviceBytes(chars);
  if (dev === 'stdout') writeStdoutBytes(b);
  else writeStderrBytes(b);
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

function formatTo(dev: Device, fmt: Term, args: Term): Term {
  emit(dev, flattenChars(ioLibFormat(fmt, args)));
  return 'ok';
}

export const io: NativeModule = {
  'format/1': (f) => formatTo('stdout', f, NIL),
  'format/2': (f, a) => formatTo('stdout', f, a),
  'format/3': (d, f, a) => formatTo(device(d), f, a),
  'fwrite/1': (f) => formatTo('stdout', f, NIL),
  'fwrite/2': (f, a) => formatTo('stdout', f, a),
  'fwrite/3': (d, f, a) => formatTo(device(d), f, a),
  'put_chars/1': (c) => (emit('stdout', chardata(c)), 'ok'),
  'put_chars/2': (d, c) => (emit(device(d), chardata(c)), 'ok'),
  'nl/0': () => (emit('stdout', [10]), 'ok'),
  'nl/1': (d) => (emit(device(d), [10]), 'ok'),
  'write/1': (t) => (emit('stdout', Array.from(writeDepth(t, -1, false), (c) => c.codePointAt(0)!)), 'ok'),
  'write/2': (d, t) => (emit(device(d), Array.from(writeDepth(t, -1, false), (c) => c.codePointAt(0)!)), 'ok'),
};

export function registerIoBifs(): void {
  registerNative('io', io);
  registerNative('io_lib', ioLib);
}
