// Micro-benchmark: cost per frame of unwinding a capture through N frames, by a JS
// exception each frame catches, records and rethrows, versus a returned sentinel each
// frame checks. Run: node test/exec/bench/unwind-micro.mjs (docs/execution.md).
class Suspend { constructor(){ this.frames=[]; } push(f){ this.frames.push(f); } }
class Frame { constructor(a,b){this.a=a;this.b=b;} }
// variant: return-sentinel based unwinding inside catch: the catch converts throw to a flag
let SUSP = null;
function rec(n){ if (n === 0) throw new Suspend(); let r; try { r = rec(n-1); } catch(e){ if (e instanceof Suspend) e.push(new Frame(rec, n)); throw e; } return r+1; }
// variant B: only the innermost throws; each catch returns a sentinel instead of rethrowing; callers check sentinel
const SENT = {};
function recB(n){ if (n === 0) { SUSP = new Suspend(); return SENT; } let r; r = recB(n-1); if (r === SENT) { SUSP.push(new Frame(recB, n)); return SENT; } return r+1; }
function recC(n){ if (n === 0) throw new Suspend(); let r; try { r = recC(n-1); } catch(e){ if (e instanceof Suspend) { e.push(new Frame(recC, n)); SUSP = e; return SENT; } throw e; } if (r === SENT) { SUSP.push(new Frame(recC, n)); return SENT; } return r+1; }
for (let rep=0; rep<2; rep++) for (const [name,f] of [['rethrow',rec],['sentinel',recB]]) for (const d of [100, 2000]) {
  const t = performance.now();
  for (let i=0;i<200;i++){ try { f(d); } catch(e){ } }
  console.log(name, d, ((performance.now()-t)/200/d*1e6).toFixed(0), 'ns/frame');
}
