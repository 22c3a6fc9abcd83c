// `erlts compile [-o DIR] FILE...|DIR`: each module to `<module>.js` (an ES module
// exporting the loader function the runtime calls) and `<module>.js.map`; `--check` runs
// the front end only; `--dump core|js` prints that stage instead of writing files.
//
// Incremental: the out directory keeps a manifest, `.erlts-compile.json`, with, for each
// source file, the hash of its text, of every file the preprocessor read for it (its
// -include/-include_lib headers, and the names it looked for and did not find) and of
// the header-like names of the directories it listed, the
// options that change the output (-I, --lib-root, -D) and the compiler's fingerprint.
// A file whose record still matches, and whose outputs are there, is not compiled again;
// the command says how many were up to date. On a terminal, compiling many files
// draws a progress bar on stderr (never when stderr is not a TTY).
import { nodeCrypto } from '../runtime/host/builtins.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompilerHost } from '../compiler/host.js';
import { checkFile } from '../compiler/pipeline.js';
import { compileModule } from '../compiler/compile.js';
import { printCore } from '../compiler/core/print.js';
import { renderDiagnostic, hasErrors } from '../compiler/diagnostics.js';
import { nodeHost, packageRoot } from './node-host.js';
import { compilerFingerprint } from './compile-cache.js';

export interface CompileOptions {
  check?: boolean;
  dump?: string;
  outdir?: string;
  include: string[];
  libRoot: string[];
  define: string[];
  /** Compile everything, whatever the manifest says. */
  force?: boolean;
}

export const dumpStages = ['core', 'js'];

export const MANIFEST = '.erlts-compile.json';

interface Record_ {
  /** Hash of the source text. */
  source: string;
  /** Hash of each other file the preprocessor asked for; null: it was not there. */
  deps: Record<string, string | null>;
  module: string;
}

interface Manifest {
  compiler: string;
  options: string;
  files: Record<string, Record_>;
}

const hash = (b: Uint8Array | string) => nodeCrypto().createHash('sha256').update(b).digest('hex').slice(0, 32);

/** The compiler's identity (bin/compile-cache.ts, shared with `erlts run`'s cache) and
 * the package version: a rebuilt compiler recompiles everything. */
function compilerIdentity(version: string): string {
  return `${version}:${compilerFingerprint()}`;
}

/** The .erl files of the arguments: a directory stands for its .erl files. */
function expand(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    let dir = false;
    try {
      dir = statSync(a).isDirectory();
    } catch {
      dir = false;
    }
    if (dir) for (const f of readdirSync(a).sort()) if (f.endsWith('.erl')) out.push(join(a, f));
    if (!dir) out.push(a);
  }
  return out;
}

/** `-D NAME` or `-D NAME=VALUE`, as erlc. */
export function parseDefines(defs: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const d of defs) {
    const eq = d.indexOf('=');
    if (eq < 0) out[d] = undefined;
    else out[d.slice(0, eq)] = d.slice(eq + 1);
  }
  return out;
}

function readManifest(path: string, compiler: string, options: string): Manifest {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    if (m.compiler === compiler && m.options === options && typeof m.files === 'object') return m;
  } catch {
    // none yet, or unreadable: start afresh
  }
  return { compiler, options, files: {} };
}

/** A progress bar on stderr, drawn only on a terminal. */
function progressBar(total: number): { step(name: string): void; done(): void } {
  const tty = process.stderr.isTTY === true && total >= 8;
  let n = 0;
  const width = 30;
  return {
    step(name) {
      n++;
      if (!tty) return;
      const full = Math.round((n / total) * width);
      const cols = process.stderr.columns ?? 80;
      const line = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${n}/${total} ${name}`;
      process.stderr.write(`\r${line.slice(0, cols - 1)}\x1b[K`);
    },
    done() {
      if (tty && n > 0) process.stderr.write('\r\x1b[K');
    },
  };
}

export function compile(args: string[], opts: CompileOptions, version: string): number {
  if (opts.dump !== undefined && !dumpStages.includes(opts.dump)) {
    process.stderr.write(`erlts compile: unknown stage '${opts.dump}' for --dump (one of: ${dumpStages.join(', ')})\n`);
    return 2;
  }
  const files = expand(args);
  const host = nodeHost();
  const libRoots = [...opts.libRoot, join(packageRoot(), 'stdlib', 'lib')];
  const defines = parseDefines(opts.define);
  const writing = !opts.check && opts.dump === undefined;
  const dir = opts.outdir ?? '.';
  const manifestPath = join(dir, MANIFEST);
  const compiler = writing ? compilerIdentity(version) : '';
  const options = JSON.stringify({ include: opts.include, libRoots, defines: Object.entries(defines).map(([k, v]) => [k, v ?? null]) });
  const manifest = writing && !opts.force ? readManifest(manifestPath, compiler, options) : { compiler, options, files: {} as Manifest['files'] };
  const bar = progressBar(files.length);
  let failed = false;
  let compiled = 0;
  let upToDate = 0;
  for (const file of files) {
    const text = host.readFile(file);
    if (text === undefined) {
      process.stderr.write(`erlts: cannot read ${file}\n`);
      failed = true;
      continue;
    }
    const sourceHash = hash(text);
    if (writing) {
      const rec = manifest.files[file];
      if (rec !== undefined && rec.source === sourceHash && depsUnchanged(rec, host) && outputsExist(dir, rec.module)) {
        upToDate++;
        bar.step(file);
        continue;
      }
    }
    // Every file the preprocessor reads or looks for besides the source itself.
    const deps: Record<string, string | null> = {};
    const recording: CompilerHost = {
      ...host,
      readFile(p) {
        const b = host.readFile(p);
        if (p !== file) deps[p] = b === undefined ? null : hash(b);
        return b;
      },
      // The preprocessor skips names a directory listing lacks, without a read: a
      // header that appears there later must be seen too.
      listDir(d) {
        const names = host.listDir?.(d);
        deps[`${d}${LISTING}`] = listingHash(names);
        return names;
      },
    };
    try {
      const { module, diagnostics } = checkFile(file, { host: recording, includePaths: opts.include, libRoots, defines });
      bar.step(file);
      if (diagnostics.length > 0) bar.done();
      for (const d of diagnostics) process.stdout.write(renderDiagnostic(d, (f) => host.sourceText(f)));
      if (hasErrors(diagnostics)) {
        failed = true;
        delete manifest.files[file];
        continue;
      }
      if (opts.check) continue;
      const out = compileModule(module);
      if (opts.dump === 'core') process.stdout.write(printCore(out.core));
      else if (opts.dump === 'js') process.stdout.write(out.js);
      else {
        mkdirSync(dir, { recursive: true });
        const js = join(dir, `${out.core.name}.js`);
        writeFileSync(js, `${out.js}//# sourceMappingURL=${out.core.name}.js.map\n`);
        writeFileSync(`${js}.map`, out.map);
        manifest.files[file] = { source: sourceHash, deps, module: out.core.name };
        compiled++;
      }
    } catch (e) {
      // A bug of ours, not the user's mistake: one line, and the stack only on request.
      bar.done();
      process.stderr.write(`erlts: internal error while checking ${file}: ${(e as Error).message}\n`);
      if (process.env['ERLTS_DEBUG']) process.stderr.write(`${(e as Error).stack}\n`);
      failed = true;
    }
  }
  bar.done();
  if (writing) {
    if (compiled > 0 || upToDate > 0) {
      mkdirSync(dir, { recursive: true });
      const tmp = `${manifestPath}.${process.pid}`;
      writeFileSync(tmp, JSON.stringify(manifest));
      renameSync(tmp, manifestPath);
    }
    process.stdout.write(`erlts compile: ${compiled} compiled, ${upToDate} up to date\n`);
  }
  return failed ? 1 : 0;
}

/** The key of a directory listing in a record's deps. */
const LISTING = '\0listing';

/** A listing's names that could be headers (not sources, objects or outputs), so that
 * adding a module beside a source does not make its includers out of date. */
function listingHash(names: string[] | undefined): string | null {
  if (names === undefined) return null;
  return hash(names.filter((n) => !/\.(erl|beam|js|map|json)$/.test(n)).sort().join('\0'));
}

function depsUnchanged(rec: Record_, host: CompilerHost): boolean {
  for (const [p, h] of Object.entries(rec.deps)) {
    if (p.endsWith(LISTING)) {
      if (listingHash(host.listDir?.(p.slice(0, -LISTING.length))) !== h) return false;
      continue;
    }
    const b = host.readFile(p);
    if ((b === undefined ? null : hash(b)) !== h) return false;
  }
  return true;
}

function outputsExist(dir: string, module: string): boolean {
  return existsSync(join(dir, `${module}.js`)) && existsSync(join(dir, `${module}.js.map`));
}
