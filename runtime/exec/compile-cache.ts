// What the runtime asks of a compile cache (the CLI's keeps compiled code on disk
// between runs: bin/compile-cache.ts): the runtime itself does no file IO.
import type { CompilerHost } from '../../compiler/host.js';

/** `compile(file, source, options, host, f)` returns what `f` returns for the same file,
 * source text (the file's bytes, one char each) and options, calling `f` (with a host
 * that records what the compiler reads) unless an earlier result is still valid. A
 * result whose `keep` is false (compilation errors) is not kept. */
export interface CompileCache {
  compile<T>(file: string, source: string, options: unknown, host: CompilerHost, compile: (host: CompilerHost) => { value: T; keep: boolean }): T;
}
