// How deep can a body recursion go on V8's default stack, by frame size?
//   node test/exec/bench/stack-depth-micro.mjs
// A function with K variables live across its recursive call, interpreted (cold) and
// optimized (warm): the depth at which a RangeError comes, to 500. Bytes per frame ~
// 984 KB / depth. This is what compiler/js/codegen.ts `frameWeight` is calibrated on
// (docs/execution.md).
for (const K of [2, 10, 30, 60, 120]) {
  const lets = Array.from({ length: K }, (_, i) => `let t${i} = n + ${i};`).join(' ');
  const sum = Array.from({ length: K }, (_, i) => `t${i}`).join(' + ');
  const f = new Function(`return function f(n) { ${lets} if (n === 0) return 0; const r = f(n - 1); return r + ${sum}; }`)();
  for (const warm of [false, true]) {
    if (warm) for (let i = 0; i < 20000; i++) f(50);
    let d = 500;
    try {
      for (;; d += 500) f(d);
    } catch {
      console.log(`K=${K} ${warm ? 'optimized' : 'interpreted'}: RangeError at depth ~${d} (~${Math.round(984 * 1024 / d)} bytes/frame)`);
    }
  }
}
