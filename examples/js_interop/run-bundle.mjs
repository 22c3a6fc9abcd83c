// Runs page.mjs under Node against a bundle made with `erlts bundle --api`:
//     node examples/js_interop/run-bundle.mjs /tmp/jsi/inventory.js
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { run } from './page.mjs';

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write('usage: node run-bundle.mjs BUNDLE.js (made with erlts bundle --api)\n');
  process.exit(2);
}
// The bundle is a script: required, its exports are the API (also globalThis.erlts).
const erlts = createRequire(import.meta.url)(resolve(file));
await run(erlts, (line) => console.log(line));
