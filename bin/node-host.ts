// The CompilerHost the CLI hands the compiler: reads files from disk, remembers the
// text of what it read so diagnostics can quote source lines without a second read.
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompilerHost } from '../compiler/host.js';

export interface NodeHost extends CompilerHost {
  /** Text of a file read earlier (or read now), for quoting in diagnostics. */
  sourceText(path: string): string | undefined;
}

/** A host over the file system; relative paths are taken from `root` (default: the
 * current directory). */
export function nodeHost(root?: string): NodeHost {
  const abs = (p: string) => (root === undefined || isAbsolute(p) ? p : join(root, p));
  const cache = new Map<string, Uint8Array | undefined>();
  const read = (path: string): Uint8Array | undefined => {
    if (cache.has(path)) return cache.get(path);
    let bytes: Uint8Array | undefined;
    try {
      bytes = readFileSync(abs(path));
    } catch {
      bytes = undefined;
    }
    cache.set(path, bytes);
    return bytes;
  };
  const dec = new TextDecoder('utf-8');
  return {
    readFile: read,
    listDir(dir) {
      try {
        return readdirSync(abs(dir));
      } catch {
        return undefined;
      }
    },
    sourceText(path) {
      const b = read(path);
      return b === undefined ? undefined : dec.decode(b);
    },
  };
}

/** The directory this package is installed in (dist/bin/.. /..). */
export function packageRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}
