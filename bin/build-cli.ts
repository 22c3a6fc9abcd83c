// `npm run build`: the erlts command as one CommonJS file, dist/bin/erlts.cjs, which
// bin/launch.ts loads with a V8 code cache. Starting Node on the ~100 ES modules of
// dist/ costs about a second of module resolution and loading; one file that V8 has
// already compiled once costs a tenth of that (docs/cli-startup.md).
import { build, type Plugin } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
await build({
  entryPoints: [join(root, 'dist', 'bin', 'erlts.js')],
  outfile: join(root, 'dist', 'bin', 'erlts.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: [shim],
  // `erlts bundle` (esbuild, source-map) is loaded from dist/bin/bundle.js when it runs:
  // it stays out of the file every command starts with.
  external: ['./bundle.js'],
  // Names kept: an internal error's stack trace stays readable.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  plugins: [lazyChildProcess],
});
