// Micro-benchmark of the map core: node dist/... after tsc. Usage: node maps-micro.mjs [N]
import { performance } from 'node:perf_hooks';
const root = new URL('../../../dist/', import.meta.url);
const { EMPTY_MAP } = await import(new URL('runtime/term/map.js', root));
const { mapGet } = await import(new URL('runtime/bifs/erlang-maps.js', root));
const { put } = await import(new URL('runtime/bifs/maps.js', root));
const N = Number(process.argv[2] ?? 100000);
function build() { let m = EMPTY_MAP; for (let k = 1; k <= N; k++) m = put(k, process.env.SMI ? k : k * k, m); return m; }
function lookup(m) { let s = 0; for (let k = m.size; k > 0; k--) s += mapGet(k, m); return s; }
function best(f, runs = 7) { let b = Infinity, r; for (let i = 0; i < runs; i++) { const t = performance.now(); r = f(); b = Math.min(b, performance.now() - t); } return [b, r]; }
const m = build();
const [tp] = best(build);
const [tg, s] = best(() => lookup(m));
console.log(`N=${N} put ${tp.toFixed(1)} ms, get ${tg.toFixed(1)} ms (sum ${s})`);
