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

/** FNV-1a (64-bit) of the text: detects an edited source, nothing more. */
export function sourceHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
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
