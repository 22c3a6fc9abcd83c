// The compiler does no IO of its own: whoever drives it (the CLI, a test, a browser
// playground) hands it a CompilerHost. Paths are POSIX-style strings; the helpers
// below are the few path operations the front end needs, so that the compiler does
// not depend on node:path.

export interface CompilerHost {
  /** The bytes of a file, or undefined if it cannot be read. */
  readFile(path: string): Uint8Array | undefined;
  /** Names of the entries of a directory, or undefined. Optional: `-include_lib` needs it
   * to find versioned application dirs (`lib/stdlib-4.2/include`). */
  listDir?(dir: string): string[] | undefined;
}

/** A host over an in-memory set of files (tests, the browser). */
export function memoryHost(files: Record<string, string | Uint8Array>): CompilerHost {
  const enc = new TextEncoder();
  return {
    readFile(path) {
      const f = files[normalize(path)];
      if (f === undefined) return undefined;
      return typeof f === 'string' ? enc.encode(f) : f;
    },
  };
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return path.slice(0, i);
}

export function basename(path: string, ext?: string): string {
  const b = path.slice(path.lastIndexOf('/') + 1);
  return ext !== undefined && b.endsWith(ext) ? b.slice(0, b.length - ext.length) : b;
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

/** Join and normalise (`a/./b/../c` -> `a/c`), keeping a leading `/` or `..`. */
export function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'));
}

export function normalize(path: string): string {
  const abs = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (seg !== '..' || !abs) out.push(seg);
  }
  const s = out.join('/');
  return abs ? '/' + s : s === '' ? '.' : s;
}
