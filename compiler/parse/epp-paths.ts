// File names as epp builds them, and where -include / -include_lib find their files.
//
// The names matter beyond finding the file: they are what `-file` attributes, ?FILE and
// every token's `file` show, so they are built exactly as OTP builds them:
//   * filename:join/2 (erlJoin): removes `/./` and repeated or trailing slashes, keeps a
//     leading `./` and every `..`;
//   * filename:dirname/1 (erlDirname): `.` for a bare name;
//   * file:path_open/3 (pathOpen): an absolute name is opened as given; a relative one is
//     tried in each directory of the path, `dir/name` (just `name` for the directory `.`);
//   * -include_lib's fallback (libDir): `app/rest` is looked up as code:lib_dir(app)/rest;
//     our lib roots stand in for the code path: `<root>/<app>` or `<root>/<app>-<vsn>`
//     (the highest version; listing directories needs the host's optional `listDir`).
import type { CompilerHost } from '../host.js';

const joined = new Map<string, string>();

/** filename:join(A, B) on Unix. */
export function erlJoin(a: string, b: string): string {
  const key = a + '\0' + b;
  let r = joined.get(key);
  if (r === undefined) {
    r = b.startsWith('/') ? joinChars(b, '') : joinChars(a, b);
    if (joined.size > 100_000) joined.clear();
    joined.set(key, r);
  }
  return r;
}

/** The join1/maybe_remove_dirsep algorithm of filename.erl, on characters. */
function joinChars(name: string, relative: string): string {
  const out: string[] = [];
  const top = (k = 0) => out[out.length - 1 - k];
  const feed = (s: string) => {
    for (const c of s) {
      if (c === '/') {
        if (top() === '.' && top(1) === '/') {
          out.pop();
          continue;
        }
        if (top() === '/') continue;
      }
      out.push(c);
    }
  };
  feed(name);
  if (relative !== '') {
    if (top() === '.' && top(1) === '/') out.pop();
    else if (top() !== '/') out.push('/');
    feed(relative);
  }
  if (out.length > 1 && top() === '/') out.pop();
  return out.join('');
}

/** filename:dirname/1 on Unix. */
export function erlDirname(name: string): string {
  let dir = '';
  let file = '';
  for (const c of name) {
    if (c === '/') {
      dir += file;
      file = '/';
    } else {
      file += c;
    }
  }
  while (dir.endsWith('/')) dir = dir.slice(0, -1);
  if (dir === '') return file.startsWith('/') ? '/' : '.';
  return dir;
}

/** filename:split/1 on Unix. */
export function erlSplit(name: string): string[] {
  const parts = name.split('/').filter((p) => p !== '');
  return name.startsWith('/') ? ['/', ...parts] : parts;
}

export interface Opened {
  /** The name epp gives the file (-file attributes, ?FILE, token.file). */
  name: string;
  bytes: Uint8Array;
}

/**
 * file:path_open(Path, Name, [read]). `mayExist(file)` may say that a file certainly
 * does not exist (from directory listings), which spares the host a failing read.
 */
export function pathOpen(host: CompilerHost, path: readonly string[], name: string, mayExist: (file: string) => boolean = () => true): Opened | undefined {
  if (name.startsWith('/')) {
    const bytes = host.readFile(name);
    return bytes === undefined ? undefined : { name, bytes };
  }
  for (const dir of path) {
    const full = dir === '.' ? name : erlJoin(dir, name);
    if (!mayExist(full)) continue;
    const bytes = host.readFile(full);
    if (bytes !== undefined) return { name: full, bytes };
  }
  return undefined;
}

/** epp's expand_lib_dir + open: `app/rest` under the first lib root that has the app. */
export function openLib(host: CompilerHost, libRoots: readonly string[], name: string, listing: (dir: string) => ReadonlySet<string> | undefined): Opened | undefined {
  const parts = erlSplit(name);
  if (parts.length < 2 || parts[0] === '/') return undefined;
  const [app, ...rest] = parts as [string, ...string[]];
  for (const root of libRoots) {
    const entries = listing(root);
    let appDir: string | undefined;
    if (entries === undefined) {
      // Without a directory listing, only `<root>/<app>` can be tried.
      const full = joinAll([erlJoin(root, app), ...rest]);
      const bytes = host.readFile(full);
      if (bytes !== undefined) return { name: full, bytes };
      continue;
    }
    if (entries.has(app)) appDir = app;
    else appDir = highestVersion(entries, app);
    if (appDir === undefined) continue;
    const full = joinAll([erlJoin(root, appDir), ...rest]);
    const bytes = host.readFile(full);
    return bytes === undefined ? undefined : { name: full, bytes };
  }
  return undefined;
}

function joinAll(parts: string[]): string {
  return parts.reduce((a, b) => erlJoin(a, b));
}

/** Among entries `app-1.2.3`, the one with the highest version. */
function highestVersion(entries: ReadonlySet<string>, app: string): string | undefined {
  let best: string | undefined;
  let bestV: number[] = [];
  for (const e of entries) {
    if (!e.startsWith(app + '-')) continue;
    const v = e.slice(app.length + 1);
    if (!/^[0-9][0-9.]*$/.test(v)) continue;
    const nums = v.split('.').map((x) => Number(x));
    if (best === undefined || cmpVersion(nums, bestV) > 0) {
      best = e;
      bestV = nums;
    }
  }
  return best;
}

function cmpVersion(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** epp's expand_var: `$VAR/rest` -> value of VAR joined with rest (unchanged if unset). */
export function expandVar(name: string, env: ((v: string) => string | undefined) | undefined): string {
  if (!name.startsWith('$') || env === undefined) return name;
  const [first, ...rest] = erlSplit(name);
  const value = env(first!.slice(1));
  if (value === undefined) return name;
  const parts = [value, ...rest];
  // fname_join drops a leading "." component.
  if (parts[0] === '.' && parts.length > 1) parts.shift();
  return joinAll(parts);
}
