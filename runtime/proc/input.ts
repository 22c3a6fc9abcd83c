// Standard input of a node: where the bytes come from, and the process that serves
// input requests to `user`.
//
// `user` itself is native (runtime/proc/io-server.ts) and writes output at once. Input
// must wait for bytes, so `user` hands every input request (get_line, get_chars,
// get_until, getopts, setopts, get_geometry, ...) to an Erlang process,
// erlts_user_input (stdlib/src/erlts_user_input.erl), started on the first such
// request as <0.64.0>. The bytes of standard input reach that process as messages
// `{erlts_stdin, Binary}` and finally `{erlts_stdin, eof}`; the source starts reading
// only when the first input request arrives, so a program that never reads leaves
// stdin alone.
import { Bitstring } from '../term/bitstring.js';
import type { Term } from '../term/types.js';

/** Where a node's standard input comes from. */
export interface InputSource {
  /** Start delivering bytes; `onData(null)` once at the end of input. */
  start(onData: (chunk: Uint8Array | null) => void): void;
  /** Stop delivering (the node is gone). */
  stop(): void;
}

/** Input that is these bytes and then end of input (a file, a test's fixed text;
 * no bytes at all is what `< /dev/null` gives). */
export function bytesInput(bytes: Uint8Array): InputSource {
  let stopped = false;
  return {
    start(onData) {
      // Asynchronous like a real stream: the reader waits at least once.
      setImmediate(() => {
        if (stopped) return;
        if (bytes.length > 0) onData(bytes);
        if (!stopped) onData(null);
      });
    },
    stop() {
      stopped = true;
    },
  };
}

/** The host process's stdin (Node). Paused again when the node stops, so that a
 * program that has finished does not wait for more input. */
export function nodeStdin(): InputSource {
  let onData: ((b: Buffer) => void) | null = null;
  let onEnd: (() => void) | null = null;
  return {
    start(deliver) {
      onData = (b) => deliver(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
      onEnd = () => deliver(null);
      process.stdin.on('data', onData);
      process.stdin.on('end', onEnd);
      process.stdin.resume();
    },
    stop() {
      if (onData === null) return;
      process.stdin.off('data', onData);
      process.stdin.off('end', onEnd!);
      process.stdin.pause();
      onData = onEnd = null;
    },
  };
}

/** The message that carries a chunk of input (or its end) to erlts_user_input. */
export function inputMessage(chunk: Uint8Array | null): Term {
  return ['erlts_stdin', chunk === null ? 'eof' : new Bitstring(chunk, 0, chunk.length * 8)];
}

/** The requests `user` hands to the input process (everything but output). */
export function isInputRequest(req: Term): boolean {
  if (req === 'getopts' || req === 'get_password') return true;
  if (!Array.isArray(req)) return false;
  const op = (req as Term[])[0];
  return (
    op === 'get_line' || op === 'get_chars' || op === 'get_until' || op === 'get_password' ||
    op === 'setopts' || op === 'get_geometry'
  );
}
