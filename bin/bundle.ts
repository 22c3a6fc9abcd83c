// `erlts bundle [--entry MOD[:FUN]] -o out.js FILE...|DIR`: one self-contained
// JavaScript file that runs the entry as `erlts run` would, under Node (`node out.js
// ARGS`) and in a browser page (docs/bundle.md).
//
// The file is two parts. First the runtime: runtime/host/bundle-main.ts bundled by
// esbuild (an IIFE named `__erlts`; Node's built-in modules are looked up at run time
// with process.getBuiltinModule, and in a browser they are stubs whose functions fail
// with ENOTSUP, so file:read_file/1 is {error, enotsup} there). Then the compiled
// modules, appended verbatim: each one the function `(rt, $tag) => module` the loader
// would otherwise make with `new Function`, at a line we know, so the runtime maps V8's
// call sites in it to Erlang lines and the bundle's source map maps the same lines to
// the .erl files. The modules are the user's (the files given, and modules found next
// to the entry as `erlts run` finds them) and the stdlib modules reached from them:
// a module is reached when a reached module calls it (`rt.modRef("m")`), or when one
// of the user's modules names it as an atom (a callback module in a child spec, a
// behaviour), starting from the entry and the modules the runtime itself calls; `--include-module`
// adds one that only a computed name reaches. The compiler goes in only when the
// stdlib module `compile` is reached (compile:file/2 at run time). With `--api` no
// entry runs: the bundle exposes the JS API (runtime/api) over its modules instead.
import { build, type Plugin } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { SourceMapConsumer, SourceMapGenerator, type RawSourceMap } from 'source-map';
import { checkFile } from '../compiler/pipeline.js';
import { compileForLoad } from '../compiler/compile.js';
import type { CompiledJs } from '../compiler/js/module.js';
import { hasErrors, renderDiagnostic } from '../compiler/diagnostics.js';
import { prepareScript } from '../runtime/escript.js';
import { tagged, withFile } from '../runtime/exec/loader.js';
import { sourceHash, type Prebuilt } from '../runtime/exec/stdlib-prebuilt.js';
import { bundledLibRoots } from '../runtime/exec/index.js';
import { nodeHost, packageRoot } from './node-host.js';

export interface BundleOptions {
  entry?: string;
  /** Run nothing: expose the JS API (runtime/api) over the bundled modules. */
  api?: boolean;
  outfile?: string;
  minify?: boolean;
  includeModule: string[];
  include: string[];
  pa: string[];
}

/** Stdlib modules the runtime calls by itself (io requests, reports, logger). */
const RUNTIME_ROOTS = ['erlts_io', 'erlts_user_input', 'io', 'io_lib', 'logger', 'error_logger', 'proc_lib', 'logger_formatter', 'logger_std_h'];
/** And those the JS API calls (Runtime.genServerCall). */
const API_ROOTS = ['gen_server'];

interface Unit {
  name: string;
  kind: 'user' | 'stdlib';
  /** The file its frames name: the path given for the user's, `lists.erl` for ours. */
  file: string;
  /** The .erl file the source map points at. */
  source: string;
  compiled: CompiledJs;
}

class BundleError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** A bad command line or input: one line, exit 2. */
function fail(msg: string): never {
  throw new BundleError(msg, 2);
}

/** The user's code did not compile (the diagnostics are out): exit 1. */
function compileErrors(): never {
  throw new BundleError('there were compilation errors', 1);
}

/** Every .erl file of the arguments (a directory: its .erl files). */
function sourceFiles(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (!existsSync(a)) fail(`cannot read ${a}`);
    if (statSync(a).isDirectory()) {
      for (const f of readdirSync(a).sort()) if (f.endsWith('.erl')) out.push(join(a, f));
    } else out.push(a);
  }
  if (out.length === 0) fail('no .erl files given');
  return out;
}

/** The JSON string literals of a body (atoms, module names of remote calls). */
function literals(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
    try {
      out.add(JSON.parse(`"${m[1]}"`) as string);
    } catch {
      // not a JSON string: skip
    }
  }
  return out;
}

/** The modules of a body's remote calls and `fun M:F/A` values. */
function remoteCalls(body: string): Set<string> {
  return new Set([...body.matchAll(/rt\.(?:modRef|makeExportFun|applyMFA)\("((?:[^"\\\n]|\\.)*)"[,)]/g)].map((m) => JSON.parse(`"${m[1]}"`) as string));
}

export async function bundleCommand(args: string[], opts: BundleOptions): Promise<number> {
  try {
    return await bundle(args, opts);
  } catch (e) {
    if (!(e instanceof BundleError)) throw e;
    process.stderr.write(`erlts bundle: ${e.message}\n`);
    return e.status;
  }
}

async function bundle(args: string[], opts: BundleOptions): Promise<number> {
  if (opts.outfile === undefined) fail('missing -o FILE (the bundle to write)');
  const files = sourceFiles(args);
  const host = nodeHost();
  const root = packageRoot();
  const libRoots = bundledLibRoots();

  // The entry: MOD[:FUN], by default the first file's module and main.
  const [entryMod0, entryFn = 'main'] = (opts.entry ?? '').split(':');
  if (opts.entry !== undefined && !/^[a-z][A-Za-z0-9_@]*$/.test(entryMod0!)) fail(`bad --entry ${opts.entry} (MOD or MOD:FUN)`);
  if (opts.api && opts.entry !== undefined) fail('--api runs no entry: give --entry or --api, not both');
  const moduleOfFile = (f: string) => /^\s*-\s*module\s*\(\s*([a-z][A-Za-z0-9_@]*)\s*\)/m.exec(readFileSync(f, 'utf8'))?.[1] ?? basename(f, '.erl');
  const entryFile = entryMod0 ? files.find((f) => moduleOfFile(f) === entryMod0) : files[0];
  if (entryFile === undefined) fail(`no file given defines module ${entryMod0}`);

  const units = new Map<string, Unit>();
  let errors = false;
  let mode: 'compile' | 'interpret' = 'compile';
  const compileUser = (file: string, asScript: boolean): Unit | undefined => {
    const text = readFileSync(file, 'utf8');
    let h = host;
    let scriptSource: string | null = null;
    if (asScript || text.startsWith('#!')) {
      const p = prepareScript(file, text);
      if (file === entryFile) mode = p.mode;
      scriptSource = p.source;
      h = { ...host, readFile: (f) => (f === file ? new TextEncoder().encode(p.source) : host.readFile(f)) };
    }
    const r = checkFile(file, { host: h, includePaths: opts.include, libRoots });
    const diags = asScript ? r.diagnostics.filter((d) => d.code !== 'module_name') : r.diagnostics;
    // A script's lines are escript's (without a shebang, the file's line 2 is line 1):
    // quote the text the compiler saw.
    const sourceOf = (f: string) => (f === file && scriptSource !== null ? scriptSource : host.sourceText(f));
    for (const d of diags) process.stderr.write(renderDiagnostic(d, sourceOf));
    if (hasErrors(diags)) {
      errors = true;
      return undefined;
    }
    const c = compileForLoad(r.module);
    return { name: c.core.name, kind: 'user', file, source: file, compiled: c.compiled };
  };
  // The entry is prepared as a script (as `erlts run` would) when it is one: a `#!`
  // line, or a main/1 to call; otherwise it is compiled as the module it is.
  const isScript = (f: string) => {
    const text = readFileSync(f, 'utf8');
    return text.startsWith('#!') || /^main\s*\(/m.test(text);
  };
  for (const f of files) {
    const u = compileUser(f, !opts.api && f === entryFile && entryFn === 'main' && isScript(f));
    if (u) units.set(u.name, u);
  }
  if (errors) compileErrors();
  const entryUnit = [...units.values()].find((u) => u.file === entryFile)!;

  // Reachability: over the names each reached module mentions.
  const userDirs = [dirname(entryFile), ...opts.pa];
  const stdlibSrc = join(root, 'stdlib', 'src');
  const stdlibNames = new Set(readdirSync(stdlibSrc).filter((f) => f.endsWith('.erl')).map((f) => f.slice(0, -4)));
  const reached = new Set<string>();
  const queue = [entryUnit.name, ...RUNTIME_ROOTS, ...(opts.api ? API_ROOTS : []), ...opts.includeModule, ...units.keys()];
  for (const m of opts.includeModule) {
    if (!stdlibNames.has(m) && !units.has(m) && !userDirs.some((d) => existsSync(join(d, `${m}.erl`)))) fail(`--include-module ${m}: no such module (not given, not next to the entry, not in the stdlib)`);
  }
  // Sources beside the entry that the program may compile and load while it runs
  // (compile:file/2, code:load_file/1) are not in the bundle unless reached, but the
  // modules they call are.
  for (const dir of userDirs) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.erl')).map((x) => join(dir, x))) {
      if (files.includes(f) || f === entryFile) continue;
      const r = checkFile(f, { host, includePaths: opts.include, libRoots });
      // (a module named otherwise than its file is fine: it may be copied before use)
      if (hasErrors(r.diagnostics.filter((d) => d.code !== 'module_name'))) continue;
      for (const name of remoteCalls(compileForLoad(r.module).compiled.body)) if (stdlibNames.has(name)) queue.push(name);
    }
  }
  while (queue.length > 0) {
    const m = queue.pop()!;
    if (reached.has(m)) continue;
    let u = units.get(m);
    if (u === undefined) {
      const dir = userDirs.find((d) => existsSync(join(d, `${m}.erl`)));
      if (dir !== undefined) u = compileUser(join(dir, `${m}.erl`), false);
      else if (stdlibNames.has(m)) u = stdlibUnit(m, stdlibSrc, root);
      if (errors) compileErrors();
      if (u === undefined) continue;
      units.set(m, u);
    }
    reached.add(m);
    // The user's modules name callback modules as atoms (child specs, behaviours);
    // ours are followed over their remote calls only, or every atom that happens to
    // be a module name (`compile`, `sets`) would pull that module in.
    for (const name of u.kind === 'user' ? literals(u.compiled.body) : remoteCalls(u.compiled.body)) {
      if (!reached.has(name) && (units.has(name) || stdlibNames.has(name) || userDirs.some((d) => existsSync(join(d, `${name}.erl`))))) queue.push(name);
    }
  }
  const included = [...units.values()].filter((u) => reached.has(u.name));
  const withCompiler = reached.has('compile');

  // The runtime.
  const entryJs = join(root, 'dist', 'runtime', 'host', 'bundle-main.js');
  const rtBuild = await build({
    entryPoints: [entryJs],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__erlts',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    sourcemap: 'external',
    // (the real name: esbuild makes the map's sources relative to its directory)
    outfile: resolve(opts.outfile),
    minify: opts.minify === true,
    keepNames: false,
    define: { 'import.meta.url': '"erlts-bundle:/"' },
    plugins: [...runtimePlugins, ...(withCompiler ? [] : [noCompiler])],
    logLevel: 'silent',
  });
  const outJs = rtBuild.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const outMap = JSON.parse(rtBuild.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as RawSourceMap;

  // The modules, appended.
  const outfile = opts.outfile;
  const outDir = dirname(resolve(outfile));
  const parts: string[] = [outJs.endsWith('\n') ? outJs : `${outJs}\n`];
  let line = parts[0]!.split('\n').length; // the next line's number
  const gen = new SourceMapGenerator({ file: basename(outfile) });
  await SourceMapConsumer.with(outMap, null, (c) => {
    c.eachMapping((m) => {
      if (m.source === null || m.originalLine === null) return;
      gen.addMapping({
        generated: { line: m.generatedLine, column: m.generatedColumn },
        original: { line: m.originalLine, column: m.originalColumn },
        source: m.source,
        name: m.name ?? undefined,
      });
    });
  });
  const entry = opts.api ? null : { module: entryUnit.name, fn: entryFn, arity: entryArityOf(entryUnit, entryFn), mode };
  parts.push('__erlts.boot({\n');
  line++;
  parts.push(`entry: ${JSON.stringify(entry)},\n`);
  line++;
  // For a browser, which has no file system: the sources and headers beside the
  // entry, in its in-memory one (runtime/host/memfs.ts), at the paths given here.
  const memFiles: Record<string, string> = {};
  for (const d of userDirs) {
    for (const f of readdirSync(d).filter((x) => /\.(erl|hrl)$/.test(x))) memFiles[join(d, f)] = readFileSync(join(d, f), 'utf8');
  }
  parts.push(`files: ${JSON.stringify(memFiles)},\n`);
  line++;
  parts.push('modules: {\n');
  line++;
  for (const u of included) {
    let body = tagged(withFile(u.compiled.body, u.file));
    if (opts.minify) body = body.replace(/^[ \t]+/gm, '');
    const head = `${JSON.stringify(u.name)}: [${JSON.stringify(u.kind)}, ${JSON.stringify(u.file)}, ${line + 1}, ${JSON.stringify(u.compiled.lineTable)}, ${JSON.stringify(u.compiled.infos)}, function (rt, $tag) {\n`;
    parts.push(head, body, '\n}],\n');
    const src = relative(outDir, resolve(u.source));
    u.compiled.lineTable.forEach(([, erlLine], i) => {
      if (erlLine > 0) gen.addMapping({ generated: { line: line + 1 + i, column: 0 }, original: { line: erlLine, column: 0 }, source: src });
    });
    if (u.kind === 'user') gen.setSourceContent(src, readFileSync(u.source, 'utf8'));
    line += 1 + body.split('\n').length + 1;
  }
  parts.push('}});\n');
  // --api: the API is globalThis.erlts; required from Node (CommonJS), also the exports.
  if (opts.api) parts.push(`if (typeof module === 'object' && module !== null && module.exports) module.exports = globalThis.erlts;\n`);
  parts.push(`//# sourceMappingURL=${basename(outfile)}.map\n`);
  const text = parts.join('');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outfile, text);
  writeFileSync(`${outfile}.map`, gen.toString());

  const users = included.filter((u) => u.kind === 'user').length;
  const bytes = Buffer.byteLength(text);
  const gz = gzipSync(text).length;
  process.stdout.write(
    `${outfile}  ${size(bytes)} (gzip ${size(gz)})  ${included.length} modules: ${users} yours, ${included.length - users} stdlib${withCompiler ? ', with the compiler' : ''}\n`,
  );
  return 0;
}

function size(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} kB` : `${(n / 1024 / 1024).toFixed(2)} MB`;
}

/** 1 when the entry takes the argument list (main/1), 0 for FUN/0. */
function entryArityOf(u: Unit, fn: string): 0 | 1 {
  const exported = (a: number) => new RegExp(`"${fn}/${a}"`).test(u.compiled.body);
  if (exported(1)) return 1;
  if (exported(0)) return 0;
  fail(`the entry ${u.name}:${fn} is not an exported function of arity 1 (the arguments) or 0`);
}

/** A stdlib module: prebuilt (dist/stdlib) when its source has not changed since. */
function stdlibUnit(m: string, srcDir: string, root: string): Unit {
  const file = join(srcDir, `${m}.erl`);
  const text = readFileSync(file, 'utf8');
  let compiled: CompiledJs | undefined;
  try {
    const p = JSON.parse(readFileSync(join(root, 'dist', 'stdlib', `${m}.json`), 'utf8')) as Prebuilt;
    if (p.hash === sourceHash(text)) compiled = p.compiled;
  } catch {
    compiled = undefined;
  }
  if (compiled === undefined) {
    const r = checkFile(file, { host: nodeHost(), libRoots: bundledLibRoots() });
    if (hasErrors(r.diagnostics)) fail(`stdlib module ${m} does not compile`);
    compiled = compileForLoad(r.module).compiled;
  }
  return { name: m, kind: 'stdlib', file: `${m}.erl`, source: file, compiled };
}

// Node's built-in modules, as the runtime imports them (fs, os, ...): under Node the
// real ones (process.getBuiltinModule); in a browser, objects whose functions fail
// with the error code ENOTSUP, which the file and os natives turn into
// {error, enotsup}, as OTP answers for an operation the platform lacks.
const BUILTIN_NAMES: Record<string, string[]> = {
  fs: [
    'accessSync', 'chmodSync', 'chownSync', 'closeSync', 'fdatasyncSync', 'fstatSync', 'fsyncSync', 'ftruncateSync',
    'linkSync', 'lstatSync', 'mkdirSync', 'mkdtempSync', 'openSync', 'readFileSync', 'readSync', 'readdirSync',
    'readlinkSync', 'renameSync', 'rmSync', 'rmdirSync', 'statSync', 'symlinkSync', 'unlinkSync', 'utimesSync',
    'writeFileSync', 'writeSync', 'existsSync', 'Stats',
  ],
  os: ['release', 'tmpdir', 'hostname', 'type', 'platform', 'cpus', 'homedir', 'userInfo', 'EOL', 'endianness'],
  child_process: ['spawnSync', 'execSync'],
  path: ['join', 'dirname', 'basename', 'resolve', 'relative', 'isAbsolute', 'sep'],
  crypto: ['createCipheriv', 'createDecipheriv', 'createHash', 'createHmac', 'pbkdf2Sync', 'randomBytes', 'timingSafeEqual'],
  buffer: ['Buffer'],
};

const nodeBuiltins: Plugin = {
  name: 'erlts-node-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (a) => ({ path: a.path.slice(5), namespace: 'erlts-node' }));
    b.onLoad({ filter: /.*/, namespace: 'erlts-node' }, (a) => {
      const names = BUILTIN_NAMES[a.path];
      if (names === undefined) return { errors: [{ text: `the runtime imports node:${a.path}, which bundles do not provide` }] };
      // In a browser: files in memory (runtime/host/memfs.ts), Buffer from the npm
      // package `buffer`, the host name `localhost` (inet:gethostname/0); the rest
      // unsupported.
      const stub =
        a.path === 'fs'
          ? `require(${JSON.stringify(join(packageRoot(), 'dist', 'runtime', 'host', 'memfs.js'))}).memfs`
          : a.path === 'buffer'
            ? `require('buffer/')`
            : `{${names.map((n) => `${JSON.stringify(n)}: ${a.path === 'os' && n === 'hostname' ? `() => 'localhost'` : `unsupported(${JSON.stringify(`${a.path}.${n}`)})`}`).join(', ')}}`;
      return {
        resolveDir: packageRoot(),
        loader: 'js',
        contents: `
          function unsupported(what) {
            return function () {
              const e = new Error(what + ' is not available in this host');
              e.code = 'ENOTSUP';
              throw e;
            };
          }
          const p = globalThis.process;
          const real = p && typeof p.getBuiltinModule === 'function' ? p.getBuiltinModule(${JSON.stringify(`node:${a.path}`)}) : undefined;
          module.exports = real || ${stub};
        `,
      };
    });
  },
};

// compiler/js/module.ts makes source maps for `erlts compile`; nothing at run time does.
const noSourceMap: Plugin = {
  name: 'erlts-no-source-map',
  setup(b) {
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'erlts-no-source-map' }));
    b.onLoad({ filter: /.*/, namespace: 'erlts-no-source-map' }, () => ({
      loader: 'js',
      contents: `export class SourceMapGenerator { constructor() { throw new Error('no source maps in a bundle'); } }`,
    }));
  },
};

/** What esbuild needs to bundle the runtime for any host (also the playground's,
 * bin/build-playground.ts). */
export const runtimePlugins: Plugin[] = [nodeBuiltins, noSourceMap];

// Without the module `compile`, nothing compiles at run time: the front and back end
// stay out of the bundle (a call that still gets there says why).
const noCompiler: Plugin = {
  name: 'erlts-no-compiler',
  setup(b) {
    b.onResolve({ filter: /compiler\/(pipeline|compile)\.js$/ }, (a) => ({ path: a.path, namespace: 'erlts-no-compiler' }));
    b.onLoad({ filter: /.*/, namespace: 'erlts-no-compiler' }, () => ({
      loader: 'js',
      contents: `
        function absent() { throw new Error('this bundle has no compiler (bundle with --include-module compile)'); }
        export const checkFile = absent, compileForLoad = absent, compileModule = absent;
      `,
    }));
  },
};
