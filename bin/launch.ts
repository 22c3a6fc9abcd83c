#!/usr/bin/env -S node --max-semi-space-size=64
// The `erlts` command: runs dist/bin/erlts.cjs (bin/build-cli.ts) with a V8 code cache
// kept beside it (erlts.cjs.cache, written when the process ends if it was missing or
// stale; a read-only installation just goes without), so that starting erlts costs
// little more than starting Node.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
// Before the script is compiled: V8 rejects a code cache made under other flags, and
// the bundle sets this one as it starts (bin/v8-tuning.ts).
import './v8-tuning.js';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'erlts.cjs');
const cacheFile = `${file}.cache`;
// The shebang line becomes a comment of the same length, so positions stay.
const source = readFileSync(file, 'utf8').replace(/^#!/, '//');
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
const script = new Script(wrapper, { filename: file, cachedData });
const fn = script.runInThisContext() as (e: object, r: NodeRequire, m: object, f: string, d: string) => void;
// import() does not work in code compiled by vm.Script without an experimental
// option: the bundle loads what it imports lazily (dist/bin/bundle.js) through this.
(globalThis as Record<symbol, unknown>)[Symbol.for('erlts.import')] = (url: string) => import(url);
const mod = { exports: {} };
fn(mod.exports, createRequire(file), mod, file, here);
if (cachedData === undefined || script.cachedDataRejected) {
  // When the process ends, so that the functions this run compiled are in. The compiler
  // is loaded only by a script's first compilation (bin/compile-cache.ts); when this
  // run did not need it, the bundle compiles a small module first (erlts.warm), as a
  // cache without the compiler makes every compiling run ~20 ms slower.
  process.once('exit', () => {
    const tmp = `${cacheFile}.${process.pid}`;
    let fd: number;
    try {
      fd = openSync(tmp, 'w');
    } catch {
      return; // not writable (an installation of someone else's): run without a cache
    }
    try {
      (globalThis as Record<symbol, (() => void) | undefined>)[Symbol.for('erlts.warm')]?.();
    } catch {
      // a cache of what this run compiled is still worth having
    }
    try {
      writeSync(fd, script.createCachedData());
      closeSync(fd);
      renameSync(tmp, cacheFile);
    } catch {
      try {
        closeSync(fd);
      } catch {
        // closed already
      }
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing of ours there
      }
    }
  });
}
