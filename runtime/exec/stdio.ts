// The standard streams of the running system, as strings. Native io functions write
// bytes through runtime/format/sink.ts; ErlangRuntime points both at its sinks.
import { writeStderrBytes, writeStdoutBytes } from '../format/sink.js';

const enc = new TextEncoder();

export function writeStdout(s: string): void {
  writeStdoutBytes(enc.encode(s));
}

export function writeStderr(s: string): void {
  writeStderrBytes(enc.encode(s));
}
