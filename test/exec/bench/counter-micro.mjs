// Micro-benchmark: fib(30) exactly as compiled (gen), with the capture path in a helper
// (compact), without the reduction counter (noreds), and with the counter in a typed
// array, a module-level let, a nested branch, a split load/store, another object.
// Run: node test/exec/bench/counter-micro.mjs (docs/execution.md).
const SUSP = {s:1}; class St { reds = 2000; frames = []; proc = null; noYield = 0 } const S = new St();
class CallFrame { constructor(fn, vars, info) { this.fn = fn; this.vars = vars; this.info = info; } }
const rt = { mustYield() { S.reds = 2000; RA[0] = 2000; reds = 2000; C.reds = 2000; return false; }, yieldAt() { return SUSP; }, compare() { return 0; } };
function B2(a,b){ throw new Error('x'); }
const B9 = B2;
function P(R, I, vars) { S.frames.push(new CallFrame(R, vars, I)); return SUSP; }
const I4 = {}; const RA = new Int32Array(1); RA[0]=2000; let reds = 2000; const C = { reds: 2000 };
function R3(){} function R5(){}
function gen(v_A0) {
  if (--S.reds < 0 && rt.mustYield()) return rt.yieldAt(gen, [v_A0]);
  A0: { if ((typeof v_A0 === 'number' ? v_A0 < 2 : rt.compare(v_A0, 2) < 0) === true) { { return v_A0; } } else { break A0; } }
  {
    let v_402; if (!(typeof v_A0 === 'number') || (v_402 = v_A0 - 1) < -9007199254740991) v_402 = B2(v_A0, 1);
    let v_403; v_403 = gen(v_402);
    if (v_403 === SUSP) { S.frames.push(new CallFrame(R3, [v_A0], I4)); return SUSP; }
    let v_404; if (!(typeof v_A0 === 'number') || (v_404 = v_A0 - 2) < -9007199254740991) v_404 = B2(v_A0, 2);
    let v_405; v_405 = gen(v_404);
    if (v_405 === SUSP) { S.frames.push(new CallFrame(R5, [v_403], I4)); return SUSP; }
    let v_t8; if (!(typeof v_403 === 'number' && typeof v_405 === 'number') || Math.abs(v_t8 = v_403 + v_405) > 9007199254740991) v_t8 = B9(v_403, v_405);
    return v_t8;
  }
}
function compact(v_A0) {
  if (--S.reds < 0 && rt.mustYield()) return rt.yieldAt(compact, [v_A0]);
  A0: { if ((typeof v_A0 === 'number' ? v_A0 < 2 : rt.compare(v_A0, 2) < 0) === true) { { return v_A0; } } else { break A0; } }
  {
    let v_402; if (!(typeof v_A0 === 'number') || (v_402 = v_A0 - 1) < -9007199254740991) v_402 = B2(v_A0, 1);
    let v_403; v_403 = compact(v_402);
    if (v_403 === SUSP) return P(R3, I4, [v_A0]);
    let v_404; if (!(typeof v_A0 === 'number') || (v_404 = v_A0 - 2) < -9007199254740991) v_404 = B2(v_A0, 2);
    let v_405; v_405 = compact(v_404);
    if (v_405 === SUSP) return P(R5, I4, [v_403]);
    let v_t8; if (!(typeof v_403 === 'number' && typeof v_405 === 'number') || Math.abs(v_t8 = v_403 + v_405) > 9007199254740991) v_t8 = B9(v_403, v_405);
    return v_t8;
  }
}
function typed(v_A0) {
  if (--RA[0] < 0 && rt.mustYield()) return rt.yieldAt(typed, [v_A0]);
  A0: { if ((typeof v_A0 === 'number' ? v_A0 < 2 : rt.compare(v_A0, 2) < 0) === true) { { return v_A0; } } else { break A0; } }
  {
    let v_402; if (!(typeof v_A0 === 'number') || (v_402 = v_A0 - 1) < -9007199254740991) v_402 = B2(v_A0, 1);
    let v_403; v_403 = typed(v_402);
    if (v_403 === SUSP) return P(R3, I4, [v_A0]);
    let v_404; if (!(typeof v_A0 === 'number') || (v_404 = v_A0 - 2) < -9007199254740991) v_404 = B2(v_A0, 2);
    let v_405; v_405 = typed(v_404);
    if (v_405 === SUSP) return P(R5, I4, [v_403]);
    let v_t8; if (!(typeof v_403 === 'number' && typeof v_405 === 'number') || Math.abs(v_t8 = v_403 + v_405) > 9007199254740991) v_t8 = B9(v_403, v_405);
    return v_t8;
  }
}
function letv(v_A0) {
  if (--reds < 0 && rt.mustYield()) return rt.yieldAt(letv, [v_A0]);
  A0: { if ((typeof v_A0 === 'number' ? v_A0 < 2 : rt.compare(v_A0, 2) < 0) === true) { { return v_A0; } } else { break A0; } }
  {
    let v_402; if (!(typeof v_A0 === 'number') || (v_402 = v_A0 - 1) < -9007199254740991) v_402 = B2(v_A0, 1);
    let v_403; v_403 = letv(v_402);
    if (v_403 === SUSP) return P(R3, I4, [v_A0]);
    let v_404; if (!(typeof v_A0 === 'number') || (v_404 = v_A0 - 2) < -9007199254740991) v_404 = B2(v_A0, 2);
    let v_405; v_405 = letv(v_404);
    if (v_405 === SUSP) return P(R5, I4, [v_403]);
    let v_t8; if (!(typeof v_403 === 'number' && typeof v_405 === 'number') || Math.abs(v_t8 = v_403 + v_405) > 9007199254740991) v_t8 = B9(v_403, v_405);
    return v_t8;
  }
}
function nested(v_A0) {
  if (--S.reds < 0) { if (rt.mustYield()) return rt.yieldAt(nested, [v_A0]); }
  A0: { if ((typeof v_A0 === 'number' ? v_A0 < 2 : rt.compare(v_A0, 2) < 0) === true) { { return v_A0; } } else { break A0; } }
  {
    let v_402; if (!(typeof v_A0 === 'number') || (v_402 = v_A0 - 1) < -9007199254740991) v_402 = B2(v_A0, 1);
    let v_403; v_403 = nested(v_402);
    if (v_403 === SUSP) return P(R3, I4, [v_A0]);
    let v_404; if (!(typeof v_A0 === 'number') || (v_404 = v_A0 - 2) < -9007199254740991) v_404 = B2(v_A0, 2);
    let v_405; v_405 = nested(v_404);
    if (v_405 === SUSP) return P(R5, I4, [v_403]);
    let v_t8; if (!(typeof v_403 === 'number' && typeof v_405 === 'number') || Math.abs(v_t8 = v_403 + v_405) > 9007199254740991) v_t8 = B9(v_403, v_405);
    return v_t8;
  }
}
function split(v_A0) {
  const r = S.reds - 1; S.reds = r; if (r < 0 && rt.mustYield()) return rt.yieldAt(split, [v_A0]);
  A0: { if ((typeof v_A0 === 'number' ? v_A0 < 2 : rt.compare(v_A0, 2) < 0) === true) { { return v_A0; } } else { break A0; } }
  {
    let v_402; if (!(typeof v_A0 === 'number') || (v_402 = v_A0 - 1) < -9007199254740991) v_402 = B2(v_A0, 1);
    let v_403; v_403 = split(v_402);
    if (v_403 === SUSP) return P(R3, I4, [v_A0]);
    let v_404; if (!(typeof v_A0 === 'number') || (v_404 = v_A0 - 2) < -9007199254740991) v_404 = B2(v_A0, 2);
    let v_405; v_405 = split(v_404);
    if (v_405 === SUSP) return P(R5, I4, [v_403]);
    let v_t8; if (!(typeof v_403 === 'number' && typeof v_405 === 'number') || Math.abs(v_t8 = v_403 + v_405) > 9007199254740991) v_t8 = B9(v_403, v_405);
    return v_t8;
  }
}
function obj2(v_A0) {
  if (--C.reds < 0 && rt.mustYield()) return rt.yieldAt(obj2, [v_A0]);
  A0: { if ((typeof v_A0 === 'number' ? v_A0 < 2 : rt.compare(v_A0, 2) < 0) === true) { { return v_A0; } } else { break A0; } }
  {
    let v_402; if (!(typeof v_A0 === 'number') || (v_402 = v_A0 - 1) < -9007199254740991) v_402 = B2(v_A0, 1);
    let v_403; v_403 = obj2(v_402);
    if (v_403 === SUSP) return P(R3, I4, [v_A0]);
    let v_404; if (!(typeof v_A0 === 'number') || (v_404 = v_A0 - 2) < -9007199254740991) v_404 = B2(v_A0, 2);
    let v_405; v_405 = obj2(v_404);
    if (v_405 === SUSP) return P(R5, I4, [v_403]);
    let v_t8; if (!(typeof v_403 === 'number' && typeof v_405 === 'number') || Math.abs(v_t8 = v_403 + v_405) > 9007199254740991) v_t8 = B9(v_403, v_405);
    return v_t8;
  }
}
function noreds(v_A0) {
  A0: { if ((typeof v_A0 === 'number' ? v_A0 < 2 : rt.compare(v_A0, 2) < 0) === true) { { return v_A0; } } else { break A0; } }
  {
    let v_402; if (!(typeof v_A0 === 'number') || (v_402 = v_A0 - 1) < -9007199254740991) v_402 = B2(v_A0, 1);
    let v_403; v_403 = noreds(v_402);
    if (v_403 === SUSP) return P(R3, I4, [v_A0]);
    let v_404; if (!(typeof v_A0 === 'number') || (v_404 = v_A0 - 2) < -9007199254740991) v_404 = B2(v_A0, 2);
    let v_405; v_405 = noreds(v_404);
    if (v_405 === SUSP) return P(R5, I4, [v_403]);
    let v_t8; if (!(typeof v_403 === 'number' && typeof v_405 === 'number') || Math.abs(v_t8 = v_403 + v_405) > 9007199254740991) v_t8 = B9(v_403, v_405);
    return v_t8;
  }
}
function plain(n){ if (n < 2) return n; return plain(n-1) + plain(n-2); }
const fns = { plain, gen, compact, noreds, typed, letv, nested, split, obj2 };
const best = {};
for (let i = 0; i < 30; i++) for (const [k, f] of Object.entries(fns)) { const t = performance.now(); f(30); const d = performance.now() - t; best[k] = Math.min(best[k] ?? 1e9, d); }
for (const [k, v] of Object.entries(best)) console.log(k, v.toFixed(2), (v / best.plain).toFixed(2));
