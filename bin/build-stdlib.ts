// `npm run build`'s last step: compile every stdlib/src/*.erl to
// dist/stdlib/<module>.json (runtime/exec/stdlib-prebuilt.ts). A module that does not
// compile fails the build with its diagnostics.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from '../compiler/pipeline.js';
import { compileForLoad } from '../compiler/compile.js';
import { hasErrors, renderDiagnostic } from '../compiler/diagnostics.js';
import { sourceHash, type Prebuilt } from '../runtime/exec/stdlib-prebuilt.js';
import { bundledLibRoots } from '../runtime/exec/index.js';
import { nodeHost } from './node-host.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'stdlib', 'src');
const out = join(root, 'dist', 'stdlib');
mkdirSync(out, { recursive: true });
const host = nodeHost();
let failed = 0;
let n = 0;
for (const f of readdirSync(src).filter((x) => x.endsWith('.erl')).sort()) {
  const file = join(src, f);
  const r = checkFile(file, { host, libRoots: bundledLibRoots() });
  if (hasErrors(r.diagnostics)) {
    for (const d of r.diagnostics) process.stderr.write(renderDiagnostic(d, (p) => host.sourceText(p)));
    failed++;
    continue;
  }
  const c = compileForLoad(r.module);
  const p: Prebuilt = { module: c.core.name, hash: sourceHash(readFileSync(file, 'utf8')), compiled: c.compiled };
  writeFileSync(join(out, `${c.core.name}.json`), JSON.stringify(p));
  n++;
}
if (failed > 0) {
  process.stderr.write(`build-stdlib: ${failed} module(s) did not compile\n`);
  process.exit(1);
}
process.stdout.write(`build-stdlib: ${n} modules -> dist/stdlib\n`);
