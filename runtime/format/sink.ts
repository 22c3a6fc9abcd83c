// Where io:format and friends send bytes: an interim, settable pair of writers.
//
// The execution engine owns the process's standard streams (runtime/exec); until it
// provides them, this module is the one place io output goes through. The default
// writers use Node's process streams; `runEscript` and tests install their own.
// Writers take bytes: the io server has already applied the device's encoding
// (see io.ts: standard_io in an escript is a latin1 device).
export type ByteWriter = (bytes: Uint8Array) => void;

const defaultOut: ByteWriter = (b) => {
  (globalThis as { process?: { stdout: { write(b: Uint8Array): void } } }).process?.stdout.write(b);
};
const defaultErr: ByteWriter = (b) => {
  (globalThis as { process?: { stderr: { write(b: Uint8Array): void } } }).process?.stderr.write(b);
};

let out: ByteWriter = defaultOut;
let err: ByteWriter = defaultErr;

export function setStdoutWriter(w: ByteWriter | null): void {
  out = w ?? defaultOut;
}
export function setStderrWriter(w: ByteWriter | null): void {
  err = w ?? defaultErr;
}
export function writeStdoutBytes(b: Uint8Array): void {
  out(b);
}
export function writeStderrBytes(b: Uint8Array): void {
  err(b);
}
