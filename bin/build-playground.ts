// `npm run build`'s playground step: dist/playground/, a static page that compiles and
// runs Erlang in the browser (playground/, docs/playground.md). playground.js is
// playground/main.ts bundled by esbuild with the compiler and the runtime (Node's
// built-in modules stubbed as in `erlts bundle`); stdlib.json is the prebuilt stdlib
// (dist/stdlib, by bin/build-stdlib.ts) in one file, fetched by the page at start.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Prebuilt } from '../runtime/exec/stdlib-prebuilt.js';
import { runtimePlugins } from './bundle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'playground');
const out = join(root, 'dist', 'playground');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(src, 'main.ts')],
  outfile: join(out, 'playground.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  minify: true,
  plugins: runtimePlugins,
  logLevel: 'warning',
});
for (const f of ['index.html', 'playground.css']) copyFileSync(join(src, f), join(out, f));

const stdlib: Record<string, Prebuilt['compiled']> = {};
const dir = join(root, 'dist', 'stdlib');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const p = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Prebuilt;
  stdlib[p.module] = p.compiled;
}
writeFileSync(join(out, 'stdlib.json'), JSON.stringify(stdlib));
process.stdout.write(`build-playground: dist/playground (${Object.keys(stdlib).length} stdlib modules)\n`);
