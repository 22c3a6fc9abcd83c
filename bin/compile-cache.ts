// The compile cache of `erlts run`: the compiled JavaScript of a script kept on disk, so
// that running it again loads that instead of parsing and compiling the source (which
// also keeps the parser and compiler out of the run: docs/cli-startup.md).
//
// Where: $ERLTS_CACHE_DIR, else $XDG_CACHE_HOME/erlts, else ~/.cache/erlts; one file
// per source file and set of options, `run/<hash>.json`. `--no-cache` or ERLTS_NO_CACHE
// turns it off; a directory that is missing and cannot be made, or is read-only, just
// means no cache.
//
// An entry is used only if everything the compiler saw is still the same, compared
// byte for byte, not by hash: the source text, every file the preprocessor read (its
// headers) or looked for and did not find, the listings of the directories it looked
// into (-include_lib), the options, and the compiler's fingerprint (a hash of the
// built compiler and runtime). Otherwise, and when the entry is unreadable or corrupt
// (its checksum does not match), the source is compiled and the entry rewritten; a
// new entry is written to a temporary file and renamed into place, so concurrent runs
// never see a torn one.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CompilerHost } from '../compiler/host.js';
import { sourceHash } from '../runtime/exec/stdlib-prebuilt.js';
import type { CompileCache } from '../runtime/exec/compile-cache.js';
import { packageRoot } from './node-host.js';

/** Set by bin/build-cli.ts in dist/bin/erlts.cjs: the fingerprint of what it bundled. */
declare const ERLTS_BUILD_FINGERPRINT: string | undefined;

const VERSION = 1;

/** The cache directory the environment names, or null when caching is off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const off = env['ERLTS_NO_CACHE'];
  if (off !== undefined && off !== '' && off !== '0') return null;
  if (env['ERLTS_CACHE_DIR']) return resolve(env['ERLTS_CACHE_DIR']);
  if (env['XDG_CACHE_HOME']) return join(resolve(env['XDG_CACHE_HOME']), 'erlts');
  try {
    return join(homedir(), '.cache', 'erlts');
  } catch {
    return null;
  }
}

let walked: string | undefined;
/** The compiler's identity. The bundle has it from its build (a hash of the compiler's
 * and runtime's built files); the unbundled CLI (dist/bin/erlts.js) derives one from
 * the names, sizes and times of those files, which any rebuild changes. */
export function compilerFingerprint(): string {
  if (typeof ERLTS_BUILD_FINGERPRINT === 'string') return ERLTS_BUILD_FINGERPRINT;
  if (walked !== undefined) return walked;
  const parts: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(dir, n);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (n.endsWith('.js')) parts.push(`${p}\0${s.size}\0${s.mtimeMs}`);
    }
  };
  const dist = join(packageRoot(), 'dist');
  walk(join(dist, 'compiler'));
  walk(join(dist, 'runtime'));
  return (walked = `files:${sourceHash(parts.join('\n'))}`);
}

/** What an entry records of one compilation. */
interface Entry {
  v: number;
  fingerprint: string;
  /** The path as given, the absolute path and the options, as JSON. */
  id: string;
  source: string;
  /** Every other file read: its text (latin1, byte for byte), or null when missing. */
  reads: [string, string | null][];
  /** Every directory listed: its names, or null when it could not be listed. */
  listings: [string, string[] | null][];
  /** sourceHash of JSON.stringify(value). */
  sum: string;
  value: unknown;
}

const bytesText = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** A compile cache in `dir` (cacheDir() by default); null when caching is off. */
export function fileCompileCache(dir: string | null = cacheDir(), fingerprint = compilerFingerprint()): CompileCache | null {
  if (dir === null) return null;
  const runDir = join(dir, 'run');
  return {
    compile<T>(file: string, source: string, options: unknown, host: CompilerHost, compile: (host: CompilerHost) => { value: T; keep: boolean }): T {
      const id = JSON.stringify([file, resolve(file), options]);
      // Named by file and options only: a new build of the compiler (or an edit)
      // replaces the entry instead of adding one.
      const path = join(runDir, `${sourceHash(id)}.json`);
      const hit = lookup(path, id, fingerprint, source, host);
      if (hit !== undefined) return hit as T;
      const reads: [string, string | null][] = [];
      const listings: [string, string[] | null][] = [];
      const recording: CompilerHost = {
        ...host,
        readFile(p) {
          const b = host.readFile(p);
          if (p !== file) reads.push([p, b === undefined ? null : bytesText(b)]);
          return b;
        },
      };
      const list = host.listDir;
      if (list !== undefined) {
        recording.listDir = (d) => {
          const names = list.call(host, d);
          listings.push([d, names ?? null]);
          return names;
        };
      }
      const out = compile(recording);
      if (out.keep) {
        let value: string | undefined;
        try {
          value = JSON.stringify(out.value);
        } catch {
          // Not JSON (a diagnostic carrying a bigint, say): this one is not cached.
          value = undefined;
        }
        if (value !== undefined) {
          const entry: Entry = { v: VERSION, fingerprint, id, source, reads, listings, sum: sourceHash(value), value: out.value };
          store(runDir, path, JSON.stringify(entry));
        }
      }
      return out.value;
    },
  };
}

/** The value of a still-valid entry at `path`, else undefined. */
function lookup(path: string, id: string, fingerprint: string, source: string, host: CompilerHost): unknown {
  let e: Entry;
  try {
    e = JSON.parse(readFileSync(path, 'utf8')) as Entry;
  } catch {
    return undefined;
  }
  try {
    if (e.v !== VERSION || e.fingerprint !== fingerprint || e.id !== id || e.source !== source) return undefined;
    for (const [p, text] of e.reads) {
      const b = host.readFile(p);
      if ((b === undefined ? null : bytesText(b)) !== text) return undefined;
    }
    for (const [d, names] of e.listings) {
      const now = host.listDir?.(d) ?? null;
      if (JSON.stringify(now) !== JSON.stringify(names)) return undefined;
    }
    if (sourceHash(JSON.stringify(e.value)) !== e.sum) return undefined;
    return e.value;
  } catch {
    // not an entry of ours (fields missing or of the wrong type)
    return undefined;
  }
}

function store(dir: string, path: string, text: string): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch {
    // read-only or full: no cache this time
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing of ours there
    }
  }
}
