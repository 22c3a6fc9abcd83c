// Our stdlib's Erlang modules compiled ahead of time. `npm run build` writes
// dist/stdlib/<module>.json (bin/build-stdlib.ts): the compiled module together with a
// hash of the source it came from. A run loads that instead of compiling the source,
// which would otherwise happen on the first call of each module in every process (a
// first timer:send_after/3 would wait for timer.erl to compile). The hash keeps it
// honest: a source edited since the build is compiled again as before.
import type { CompiledJs } from '../../compiler/js/module.js';

export interface Prebuilt {
  module: string;
  /** sourceHash of the .erl text it was compiled from. */
  hash: string;
  compiled: CompiledJs;
}

/** Two 32-bit FNV-1a hashes of the text (different offset bases), as 16 hex digits:
 * detects an edited source, nothing more. 32-bit `Math.imul` steps, not BigInt: this
 * runs on the text of every stdlib module a program first calls (BigInt steps took
 * ~10 ms for gen_server.erl). */
export function sourceHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The prebuilt module for `text`, from the JSON text of dist/stdlib/<module>.json. */
export function prebuiltFor(json: string | undefined, module: string, text: string): CompiledJs | undefined {
  if (json === undefined) return undefined;
  try {
    const p = JSON.parse(json) as Prebuilt;
    return p.module === module && p.hash === sourceHash(text) ? p.compiled : undefined;
  } catch {
    return undefined;
  }
}
