// `npm run build`: the erlts command as one CommonJS file, dist/bin/erlts.cjs, which
// bin/launch.ts loads with a V8 code cache. Starting Node on the ~100 ES modules of
// dist/ costs about a second of module resolution and loading; one file that V8 has
// already compiled once costs a tenth of that (docs/cli-startup.md).
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shim = join(root, 'dist', 'bin', 'import-meta-url.cjs');
// The two places that find files of the package from their own location
// (import.meta.url: runtime/exec/index.ts, bin/node-host.ts) see the bundle's URL,
// which is in dist/bin/ like bin/node-host.js, so their relative paths still hold.
writeFileSync(shim, "export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;\n");
// commander requires node:child_process when it loads (for executable subcommands,
// which erlts does not use), and child_process loads node:net: ~3.5 ms of every start.
// In this file it becomes an object that loads the real module on first use.
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, () => ({ path: 'child_process', namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      loader: 'js',
      contents: `let m; module.exports = new Proxy({}, { get(_t, k) { m ??= process.getBuiltinModule('node:child_process'); return m[k]; } });`,
    }));
  },
};
// The compiler (its front end builds a chevrotain parser, ~100 KB of code to run before
// the first form is parsed) is loaded by a script's first compilation, not at start-up:
// `erlts run` of a script the compile cache has (bin/compile-cache.ts) never needs it.
// Every import of a dist/compiler module from outside dist/compiler becomes an object
// whose properties load the real module on first use (the modules of the compiler
// import each other as usual).
const compilerDir = join(root, 'dist', 'compiler') + sep;
const lazyCompiler: Plugin = {
  name: 'lazy-compiler',
  setup(b) {
    b.onResolve({ filter: /compiler\// }, (args) => {
      if (args.namespace !== 'file' || args.kind !== 'import-statement' || !args.path.startsWith('.')) return undefined;
      const target = resolve(args.resolveDir, args.path);
      if (!target.startsWith(compilerDir) || args.importer.startsWith(compilerDir)) return undefined;
      return { path: target, namespace: 'lazy-compiler' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-compiler' }, async (args) => {
      const names = Object.keys((await import(pathToFileURL(args.path).href)) as object).filter((n) => n !== 'default');
      const getters = names.map((n) => `Object.defineProperty(exports, ${JSON.stringify(n)}, { enumerable: true, get: () => load()[${JSON.stringify(n)}] });`);
      return {
        loader: 'js',
        resolveDir: dirname(args.path),
        contents: [
          'let m;',
          `const load = () => (m ??= require(${JSON.stringify(`./${basename(args.path)}`)}));`,
          "Object.defineProperty(exports, '__esModule', { value: true });",
          ...getters,
        ].join('\n'),
      };
    });
  },
};

/** What the compile cache keys its entries by: a hash of the built compiler and runtime
 * (the code a compiled module is made by and runs against) and the package version. */
function buildFingerprint(): string {
  const h = createHash('sha256').update(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string);
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) h.update(relative(root, p)).update(readFileSync(p));
    }
  };
  walk(join(root, 'dist', 'compiler'));
  walk(join(root, 'dist', 'runtime'));
  return `build:${h.digest('hex').slice(0, 32)}`;
}

/** Both files: one CommonJS file for Node 20, `import.meta.url` supplied by the shim. */
const nodeCjs: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', inject: [shim], logLevel: 'warning' };

await build({
  ...nodeCjs,
  entryPoints: [join(root, 'dist', 'bin', 'erlts.js')],
  outfile: join(root, 'dist', 'bin', 'erlts.cjs'),
  define: { 'import.meta.url': 'importMetaUrl', ERLTS_BUILD_FINGERPRINT: JSON.stringify(buildFingerprint()) },
  // `erlts bundle` (esbuild, source-map) is loaded from dist/bin/bundle.js when it runs:
  // it stays out of the file every command starts with.
  external: ['./bundle.js'],
  // Names kept: an internal error's stack trace stays readable.
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [lazyChildProcess, lazyCompiler],
});
// The installed command (package.json's bin) is bin/launch.ts as one CommonJS file,
// dist/bin/launch.cjs: started as an ES module (dist/bin/launch.js, which still works)
// Node first sets up its ES module loader, reading the file through fs/promises and its
// streams, ~7 ms of CPU time of every start (docs/cli-startup.md).
await build({
  ...nodeCjs,
  entryPoints: [join(root, 'dist', 'bin', 'launch.js')],
  outfile: join(root, 'dist', 'bin', 'launch.cjs'),
  define: { 'import.meta.url': 'importMetaUrl' },
  minifySyntax: true,
});
