// Micro-benchmark: the least a JS engine can spend building a 1,000,000-cell list that
// stays alive, which is what lists:map/2 over 1M integers must do (bench case
// lists_map). A plain loop, no Erlang semantics at all: one `new Cons(f(x), NIL)` per
// element, each written into the previous cell's tail (what compiler/js/trmc.ts
// generates, minus the reduction check and the fun-call protocol). All the cells
// survive, so V8's young-generation collector copies each of them (40 bytes: map,
// properties, elements, hd, tl) once or twice; BEAM's cons is 16 bytes.
// Run: node test/exec/bench/cons-floor-micro.mjs   (docs/execution.md)
class Cons {
  constructor(hd, tl) {
    this.hd = hd;
    this.tl = tl;
  }
}
const NIL = Object.freeze({ nil: true });
let input = NIL;
for (let i = 1e6; i >= 1; i--) input = new Cons(i, input);
const f = (x) => x * 3 + 1;
function map(l) {
  const head = new Cons(0, NIL);
  let dst = head;
  for (; l instanceof Cons; l = l.tl) {
    const c = new Cons(f(l.hd), NIL);
    dst.tl = c;
    dst = c;
  }
  return head.tl;
}
const times = [];
for (let r = 0; r < 15; r++) {
  const t = performance.now();
  map(input);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`1M-cell list kept alive: best ${times[0].toFixed(1)} ms, median ${times[times.length >> 1].toFixed(1)} ms`);
