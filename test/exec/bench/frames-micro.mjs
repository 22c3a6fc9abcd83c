// How much of a million-deep body recursion is the shape of heap frames?
//   node test/exec/bench/frames-micro.mjs
// Simulates lists:map/2 over 1M integers as the run loop does it: frames captured in
// segments of 2000, copied onto a heap stack, then resumed one by one, each building a
// list cell. Compares one object per frame (what runtime/exec/state.ts does, with and
// without the `info` field) with flat segments (the resume function and its live
// variable as two slots of a plain array, the segment kept in capture order), and the
// list cells alone. Prints the best of 6 runs per variant (docs/execution.md).
class Cons { constructor(hd, tl) { this.hd = hd; this.tl = tl; } }
class CF { constructor(fn, info) { this.fn = fn; this.info = info; } }
class CF1 extends CF { constructor(fn, info, a) { super(fn, info); this.a = a; } resume(v) { return this.fn(v, this.a); } }
class CF0 { constructor(fn, a) { this.fn = fn; this.a = a; } resume(v) { return this.fn(v, this.a); } }
const I = { x: 1 };
function R(v, a) { return new Cons(a, v); }
let input = null; for (let i = 1000000; i > 0; i--) input = new Cons(i, input);
function objects() {
  const st = []; let seg = [];
  let l = input;
  while (l) { seg.push(new CF1(R, I, l.hd * 3 + 1)); if (seg.length === 2000) { for (let i = seg.length - 1; i >= 0; i--) st.push(seg[i]); seg = []; } l = l.tl; }
  let v = null; while (st.length) { const f = st.pop(); if (!(f instanceof CF)) break; v = f.resume(v); } return v;
}
function objectsNoInfo() {
  const st = []; let seg = [];
  let l = input;
  while (l) { seg.push(new CF0(R, l.hd * 3 + 1)); if (seg.length === 2000) { for (let i = seg.length - 1; i >= 0; i--) st.push(seg[i]); seg = []; } l = l.tl; }
  let v = null; while (st.length) { const f = st.pop(); v = f.resume(v); } return v;
}
function flat() {
  const segs = []; let seg = [];
  let l = input;
  while (l) { seg.push(R, l.hd * 3 + 1); if (seg.length === 4000) { segs.push(seg); seg = []; } l = l.tl; }
  let v = null; while (segs.length) { const s = segs.pop(); for (let i = s.length - 2; i >= 0; i -= 2) v = s[i](v, s[i + 1]); } return v;
}
function consOnly() { const a = []; let l = input; while (l) { a.push(l.hd * 3 + 1); l = l.tl; } let v = null; for (let i = a.length - 1; i >= 0; i--) v = new Cons(a[i], v); return v; }
for (const [name, f] of [['frame objects (now)', objects], ['frame objects without info', objectsNoInfo], ['flat segments', flat], ['list cells only', consOnly]]) {
  let best = Infinity; for (let k = 0; k < 6; k++) { const t = performance.now(); f(); best = Math.min(best, performance.now() - t); }
  console.log(`${name}: ${best.toFixed(1)} ms`);
}
