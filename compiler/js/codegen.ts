// Core IR -> JavaScript (docs/execution.md describes the execution model).
//
// Every Erlang function becomes one plain JS function with the same parameters. That
// is the fast path: no generators, no continuation objects; a reduction counter
// (`S.reds`, a field of one object) is decremented at each entry and loop back-edge.
// When it runs out, `rt.yieldAt` returns the sentinel `SUSP` (never a term), and the JS
// stack is *captured* as it unwinds: each non-tail call site compares its value with
// `SUSP` and, if it is, pushes onto `S.frames` a `CallFrame` naming the *resume
// function* for that call and the live variables, then returns `SUSP` in turn.
// Tail calls are plain `return f(...)`: the sentinel passes through and the tail-calling
// frame is simply dropped (BEAM has no frame for it either), so mutual tail recursion
// runs in constant memory; self tail calls become loops.
//
// Resume functions are generated from the same Core, in "segment" mode: a segment runs
// from just after a call site up to the next non-tail call, which it performs and then
// tail-calls that call's resume function, so each piece of code is emitted at most
// twice (once inline in the fast path, once in its segment) instead of once per
// preceding call site. A non-tail `case` (bound by a `let`) whose arms contain calls
// gets a *join function* holding the code after it; resumed arms end by calling it.
//
// Erlang `try` and `catch` are JS try/catch for Erlang exceptions. A capture inside
// their body leaves it with `break` (the *suspend exit* of that code is `v = SUSP;
// break T;` instead of `return SUSP;`), after which a `TryFrame` / `CatchFrame` is
// pushed so that the run loop can deliver values and exceptions to the right handler
// after resumption.
//
// Each output line remembers the Erlang line and function it came from (and whether it
// is a tail call): that table maps V8 stack frames to Erlang stack traces, and the
// source map is written from it.
import type { Atomic, BinSeg, Call, CLoc, Const, Decision, Expr, FunDef, Let, ModuleIR, Test, Access, MakeFun, LetRec } from '../core/ir.js';
import { constExpr, inlineConstMatch } from './consts.js';
import { freeVars, letrecFreeList, prepareLetrecs } from './free-vars.js';
import { collect } from '../core/vars.js';
import { STDLIB_BIFS } from './stdlib-bifs.js';
import { callsInTry, noReturnFunctions } from './no-return.js';
import { callKey, withTrmc } from './trmc.js';
import { knownFloatVars, MATH_BIFS } from './float-vars.js';
import { floatSpec, rawOp, type FloatSpec } from './float-spec.js';

/** One generated line: text plus where it came from. */
export interface GenLine {
  text: string;
  /** Index into the module's function-info table. */
  info: number;
  /** Erlang source line (0: none). */
  line: number;
  /** A tail call to an Erlang function (the frame is dropped from stack traces). */
  tail: boolean;
  /** The non-tail call site this line makes (0: none): consecutive stack frames of one
   * site are merged, as BEAM merges equal return addresses. */
  site: number;
}

export interface GenOutput {
  /** The module body: `new Function('rt', body)` returns the module object. */
  lines: GenLine[];
  /** Function-info table: [name, arity] of each Erlang-level function (funs, letrecs). */
  infos: [string, number][];
}

type Target = { k: 'ret' } | { k: 'assign'; v: string; label: string } | Cont;
/** Where a value goes when the code that computes it is resumed after a capture. */
type Cont = { k: 'ret' } | { k: 'join'; fn: string; live: string[] };
type Mode = 'fast' | 'seg';

interface Ctx {
  info: number;
  /** JS names of the Erlang-level function's parameters (function_clause args). */
  params: string[];
  /** The Erlang-level function's `local` key (`f/2`), or the letrec name, for self loops. */
  selfKey: string;
  letrecs: Map<string, { js: string; free: string[] }>;
  /** The line of the function's head (BEAM's location for errors raised before any
   * call of the function set a line, e.g. a bad receive timeout). */
  fnLine: number;
  /** Self calls are written as `selfMark(js)` (see `unrollSelfRecursion`). */
  markSelf?: boolean;
  /** In the speculative copy of a clause body (float-spec.ts), with the JS names of
   * its raw and boxed variables. */
  floats?: FloatSpec & { rawJs: Set<string>; boxedJs: Set<string> };
}

const RET: Cont = { k: 'ret' };
const MAX = '9007199254740991';

/** A self call's callee before `unrollSelfRecursion` resolves it: `\u0001name\u0001`
 * (a control character never appears raw in generated code: literals are JSON). */
const SELF_MARK = '\u0001';
const selfMark = (js: string): string => `${SELF_MARK}${js}${SELF_MARK}`;
const resolveSelf = (text: string, to: (js: string) => string): string => text.replace(/\u0001([^\u0001]*)\u0001/g, (_, js: string) => to(js));
/** A main function up to this size (JS characters) gets an unrolled twin: V8 inlines
 * functions of up to 460 bytes of bytecode, about this much of our code. */
const UNROLL_MAX_CHARS = 1800;

/** How many copies a loop applying an invariant fun is split into (`splitByFun`), and
 * the largest loop (in characters of JS) that is split. */
const FUN_SPLITS = 4; // a power of two: the copy is picked with `& (FUN_SPLITS - 1)`
const SPLIT_MAX_CHARS = 4000;

/** Characters of JS in a generated function. */
const jsSize = (out: Out): number => out.lines.reduce((n, l) => n + l.text.length, 0);

/**
 * A copy of a generated function under another name (the unrolled twin, the split
 * loops): each line's text is `text(line)` (null leaves the line out), and its
 * function info, Erlang line and call site are the original's, so stack traces and
 * frame merging cannot tell the copy from the original.
 */
function renamedCopy(out: Out, from: string, to: string, text: (l: GenLine) => string | null): Out {
  const copy = new Out(out.info, out.erlLine);
  for (const l of out.lines) {
    const t = text(l);
    if (t !== null) copy.lines.push({ ...l, text: copy.lines.length === 0 ? t.replace(`function ${from}(`, `function ${to}(`) : t });
  }
  return copy;
}

/** A double as a JS literal (-0 kept). */
function floatLiteral(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

export function jsVar(name: string): string {
  return 'v_' + name.replace(/[^A-Za-z0-9_]/g, (c) => '$' + c.charCodeAt(0).toString(16));
}

function jsFnName(prefix: string, name: string, arity: number): string {
  return `${prefix}_${name.replace(/[^A-Za-z0-9_]/g, (c) => '$' + c.charCodeAt(0).toString(16))}_${arity}`;
}

/** Output buffer for one JS function. */
class Out {
  lines: GenLine[] = [];
  depth = 1;
  /** Set in the main function of an Erlang function with a self tail call. */
  loop: { key: string; params: string[] } | null = null;
  /** Loop-invariant parameters applied as funs: `param/arity` -> the const holding
   * the fun's JS function, or null when it is not a fun of that arity (`genEntry`). */
  funs: Map<string, string> | null = null;
  inGuard = false;
  /** What code does once a capture's frame is pushed: `return SUSP;` at function level,
   * a `break` out of the body of an enclosing Erlang try/catch (innermost last). */
  exits: string[] = ['return SUSP;'];
  get exit(): string {
    return this.exits[this.exits.length - 1]!;
  }
  constructor(
    public info: number,
    public erlLine: number,
  ) {}
  emit(text: string, line = this.erlLine, tail = false, site = 0): void {
    this.lines.push({ text: '  '.repeat(this.depth) + text, info: this.info, line, tail, site });
  }
}

/** JS stack bytes one reduction may cost: the budget (2000) times this must stay
 * below half of V8's default stack (~984 KB). */
const BYTES_PER_REDUCTION = 225;

/** How many reductions a function's entry counts, so that the reductions run since the
 * last capture bound the JS stack depth in bytes, not in frames: an interpreted V8 frame
 * takes ~100 bytes plus ~8 per parameter and declared variable (measured with
 * generated code, docs/execution.md), and a body recursion through a function with a
 * hundred variables overflowed the stack within one budget of 2000 frames. */
function frameWeight(params: number, lines: { text: string }[], from: number): number {
  let decls = params;
  for (let i = from; i < lines.length; i++) {
    const m = lines[i]!.text.match(/\b(let|const|catch) /g);
    if (m) decls += m.length;
  }
  return Math.max(1, Math.ceil((100 + 8 * decls) / BYTES_PER_REDUCTION));
}

export function generate(mod: ModuleIR): GenOutput {
  return new Gen(mod).run();
}

class Gen {
  private head: string[] = [];
  private hoisted = new Map<string, string>();
  private bifs = new Map<string, string>();
  private mods = new Map<string, string>();
  private frameInfos = new Map<string, string>();
  private infos: [string, number][] = [];
  private fnOut: Out[] = [];
  private queue: (() => void)[] = [];
  private resumes = new WeakMap<object, { fn: string; live: string[] }>();
  private joins = new WeakMap<Let, Cont>();
  private captureMemo = new WeakMap<object, boolean>();
  private counter = 0;
  private locals = new Map<string, string>();
  /** Local functions that never return (no-return.ts): their callers' frames are dropped. */
  private noReturn = new Set<string>();
  /** Calls inside a try/catch body of their function: never dropped. */
  private inTry = new Set<Call>();
  /** Main functions whose self calls are marked, with the twin's name (`unrollSelfRecursion`). */
  private unrolls: { out: Out; js: string; twin: string }[] = [];
  /** Loops applying an invariant fun, with their dispatch line (`splitByFun`). */
  private splits: { out: Out; js: string; args: string[]; dispatch: GenLine; fun: string; fnConst: string }[] = [];

  constructor(private mod: ModuleIR) {}

  run(): GenOutput {
    this.mod = withTrmc(this.mod);
    prepareLetrecs(this.mod);
    this.floatVars = knownFloatVars(this.mod);
    this.noReturn = noReturnFunctions(this.mod);
    this.inTry = callsInTry(this.mod);
    for (const f of this.mod.functions) this.locals.set(`${f.name}/${f.arity}`, jsFnName('F', f.name, f.arity));
    for (const f of this.mod.functions) this.genFunDef(f);
    while (this.queue.length) this.queue.shift()!();
    this.splitByFun();
    this.unrollSelfRecursion();
    // Attribute values are constants too: hoist them before the head is written out.
    const attrs = this.mod.attributes.map((a) => `[${JSON.stringify(a.name)}, ${this.konst(a.value)}]`);
    const lines: GenLine[] = [];
    const plain = (text: string) => lines.push({ text, info: -1, line: 0, tail: false, site: 0 });
    plain(`'use strict';`);
    plain(`const S = rt.S, NIL = rt.NIL, Cons = rt.Cons, SUSP = rt.SUSP, Fun = rt.Fun, Float = rt.Float;`);
    plain(`const CallFrame = rt.CallFrame, CallFrame1 = rt.CallFrame1, CallFrame2 = rt.CallFrame2, CallFrame3 = rt.CallFrame3, CallFrameN = rt.CallFrameN;`);
    plain(`const F0 = rt.F0, F1 = rt.F1, F2 = rt.F2, F3 = rt.F3;`);
    plain(`const MOD = ${JSON.stringify(this.mod.name)}, FILE = ${JSON.stringify(this.mod.file)};`);
    for (const h of this.head) plain(h);
    for (const o of this.fnOut) for (const l of o.lines) lines.push(l);
    for (const [fn, info] of this.resumeInfo) plain(`${fn}.info = ${info};`);
    const exps = this.mod.exports.map((e) => `${JSON.stringify(`${e.name}/${e.arity}`)}: ${this.locals.get(`${e.name}/${e.arity}`) ?? 'undefined'}`);
    const locs = this.mod.functions.filter((f) => f.trmcOf === undefined).map((f) => `${JSON.stringify(`${f.name}/${f.arity}`)}: ${this.locals.get(`${f.name}/${f.arity}`)}`);
    // OTP's lifted funs and comprehension loops, for module_info(functions).
    const lifted = (this.mod.lifted ?? []).map((x) => `[${JSON.stringify(x.name)}, ${x.arity}]`);
    plain(`return { name: MOD, file: FILE, exports: { ${exps.join(', ')} }, locals: { ${locs.join(', ')} }, attributes: [${attrs.join(', ')}]${lifted.length ? `, lifted: [${lifted.join(', ')}]` : ''} };`);
    return { lines, infos: this.infos };
  }

  // ------------------------------------------------------------ module-level names

  private fresh(p: string): string {
    return `${p}${this.counter++}`;
  }

  private konst(c: Const): string {
    return constExpr(c, (src) => {
      let n = this.hoisted.get(src);
      if (!n) {
        n = this.fresh('K');
        this.hoisted.set(src, n);
        this.head.push(`const ${n} = ${src};`);
      }
      return n;
    });
  }

  private atomic(a: Atomic): string {
    return a.k === 'var' ? jsVar(a.name) : this.konst(a.c);
  }

  private bif(name: string, arity: number, guard: boolean, bare = false, mod = 'erlang'): string {
    const kind = guard ? 'guardBif' : bare ? 'bareOp' : 'bif';
    const key = `${kind}:${mod}:${name}/${arity}`;
    let n = this.bifs.get(key);
    if (!n) {
      n = this.fresh(guard ? 'G' : 'B');
      this.bifs.set(key, n);
      this.head.push(`const ${n} = rt.${kind}(${JSON.stringify(mod)}, ${JSON.stringify(name)}, ${arity});`);
    }
    return n;
  }

  private modRef(name: string): string {
    let n = this.mods.get(name);
    if (!n) {
      n = this.fresh('M');
      this.mods.set(name, n);
      this.head.push(`const ${n} = rt.modRef(${JSON.stringify(name)});`);
    }
    return n;
  }

  private newInfo(name: string, arity: number): number {
    this.infos.push([name, arity]);
    return this.infos.length - 1;
  }

  /** A module-level FrameInfo constant for a call site. */
  private frameInfo(ctx: Ctx, loc: CLoc, site = 0): string {
    const key = `${ctx.info}:${loc.line}:${site}`;
    let n = this.frameInfos.get(key);
    if (!n) {
      n = this.fresh('I');
      this.frameInfos.set(key, n);
      const [fn, ar] = this.infos[ctx.info]!;
      this.head.push(`const ${n} = { mod: MOD, fn: ${JSON.stringify(fn)}, arity: ${ar}, file: FILE, line: ${loc.line}, site: ${site} };`);
    }
    return n;
  }

  // ------------------------------------------------------------------- functions

  private genFunDef(f: FunDef): void {
    // A destination-passing twin (trmc.ts) shows as the function it was made from.
    const twin = f.trmcOf !== undefined;
    const info = this.newInfo(f.trmcOf ?? f.name, twin ? f.arity - 1 : f.arity);
    const js = this.locals.get(`${f.name}/${f.arity}`)!;
    const all = f.params.map(jsVar);
    const params = twin ? all.slice(0, -1) : all;
    const ctx: Ctx = { info, params, selfKey: `local:${f.name}/${f.arity}`, letrecs: new Map(), fnLine: f.loc.line, markSelf: !twin };
    const at = this.fnOut.length;
    this.genEntry(js, all, f.body, ctx, f.loc, all);
    if (!twin) this.unrolls.push({ out: this.fnOut[at]!, js, twin: `${js}$u` });
  }

  /**
   * A loop applying a fun it passes on unchanged (lists:foldl_1/3, lists:map/2's loop)
   * is one call site for every fun any caller passes, so in a real program V8 soon sees
   * more than four different functions there, stops inlining the fun and makes a
   * generic call per element (lists_foldl: ~9 ms instead of ~5, docs/benchmarks.md).
   * So the loop gets FUN_SPLITS - 1 copies with the same code, and on entry a fun
   * goes to the copy its index and uniq pick (the same copy for every instance of one
   * fun): each copy's call site sees about a quarter of the funs. The copies' lines
   * carry the original's function info and call-site numbers (stack traces are the
   * original's), and a yield re-enters the original, which picks the same copy again.
   * Loops that also call themselves in body position (the unrolled twin) are not
   * split; neither are large ones.
   */
  private splitByFun(): void {
    const copies = new Map<Out, Out[]>();
    for (const sp of this.splits) {
      const { out, js } = sp;
      if (jsSize(out) > SPLIT_MAX_CHARS || out.lines.some((l) => l.text.includes(SELF_MARK))) {
        out.lines.splice(out.lines.indexOf(sp.dispatch), 1);
        continue;
      }
      const made: Out[] = [];
      for (let k = 1; k < FUN_SPLITS; k++) made.push(renamedCopy(out, js, `${js}$s${k}`, (l) => (l === sp.dispatch ? null : l.text)));
      const cases = made.map((_, k) => `case ${k + 1}: return ${js}$s${k + 1}(${sp.args.join(', ')});`).join(' ');
      // A tail call: the original's frame does not show in stack traces. The line was
      // emitted empty, with the loop's indentation.
      sp.dispatch.tail = true;
      sp.dispatch.text += `if (${sp.fnConst} !== null) switch ((${sp.fun}.uniq ^ ${sp.fun}.index) & ${FUN_SPLITS - 1}) { ${cases} }`;
      copies.set(out, made);
    }
    this.fnOut = this.fnOut.flatMap((o) => [o, ...(copies.get(o) ?? [])]);
  }

  /**
   * Body recursion, one level unrolled. V8 never inlines a function into itself, so
   * every call of `fib(N) -> fib(N-1) + fib(N-2)` is a real JS call; a twin with the
   * same body, whose self calls go back to the original while the original's go to
   * the twin, lets V8 inline the twin into the original when both are small, which
   * halves the calls that are made (fib(30): ~30% less time, docs/execution.md). The
   * twin's lines carry the original's function info and call-site numbers, so stack
   * traces, frame merging and function_clause are the original's; it is not exported
   * and not listed. Self calls were written as `selfMark(js)`; here they are resolved:
   * in a small main function with a self call to the twin, everywhere else (resume
   * functions, large functions) to the function itself.
   */
  private unrollSelfRecursion(): void {
    const byOut = new Map(this.unrolls.map((u) => [u.out, u]));
    const outs: Out[] = [];
    for (const out of this.fnOut) {
      const u = byOut.get(out);
      const marked = u !== undefined && out.lines.some((l) => l.text.includes(SELF_MARK));
      if (u && marked && jsSize(out) <= UNROLL_MAX_CHARS) {
        const copy = renamedCopy(out, u.js, u.twin, (l) => resolveSelf(l.text, () => u.js));
        for (const l of out.lines) l.text = resolveSelf(l.text, () => u.twin);
        outs.push(out, copy);
        continue;
      }
      for (const l of out.lines) if (l.text.includes(SELF_MARK)) l.text = resolveSelf(l.text, (js) => js);
      outs.push(out);
    }
    this.fnOut = outs;
  }

  /** A function entered by calls (Erlang function, fun, letrec def): reduction check,
   * and a loop when it tail-calls itself. `entryArgs` are what `yieldAt` re-calls with. */
  private genEntry(js: string, params: string[], body: Expr, ctx: Ctx, loc: CLoc, entryArgs: string[], prologue: string[] = []): void {
    const out = new Out(ctx.info, loc.line);
    this.fnOut.push(out);
    out.depth = 0;
    out.emit(`function ${js}(${entryArgs.join(', ')}) {`);
    out.depth = 1;
    const loops = this.hasSelfTail(body, ctx.selfKey);
    if (loops) {
      out.loop = { key: ctx.selfKey, params };
      // A parameter every self tail call passes on unchanged (lists:foldl's F) and that
      // the loop applies: its type test and `.fn` load are done once, before the loop
      // (the call through a local function is also cheaper for V8 than `F.fn(...)`).
      // An error is still raised at the call, by rt.applyFun, as before.
      const applied = this.invariantApplied(body, ctx.selfKey, params);
      if (applied.length > 0) {
        out.funs = new Map();
        for (const [p, n] of applied) {
          const c = `${p}$f${n}`;
          out.funs.set(`${p}/${n}`, c);
          out.emit(`const ${c} = ${p} instanceof Fun && ${p}.arity === ${n} ? ${p}.fn : null;`);
        }
        const [p, n] = applied[0]!;
        out.emit(''); // the dispatch to the loop's copies, written by splitByFun
        this.splits.push({ out, js, args: entryArgs, dispatch: out.lines[out.lines.length - 1]!, fun: p, fnConst: out.funs.get(`${p}/${n}`)! });
      }
      out.emit(`top: for (;;) {`);
      out.depth++;
    }
    // A function that calls nothing (a leaf) needs no check: it cannot deepen the JS
    // stack or run long, and its caller's check already counted the call.
    const check = loops || this.mayCapture(body) ? out.lines.length : -1;
    const checkText = `if (--S.reds < 0 && rt.mustYield()) return rt.yieldAt(${js}, [${entryArgs.join(', ')}]);`;
    // When some clauses call nothing (`fib(N) when N < 2 -> N`), the check goes into the
    // clauses that call instead: matching and guards have no effects, so re-entering
    // the function repeats nothing observable, and the leaf clauses (half of fib's
    // calls) skip the counter. Their callers' checks bound the work as before.
    const top = body.k === 'case' ? this.topLeaves(body.tree) : null;
    const leaves = check >= 0 && !loops && prologue.length === 0 ? top : null;
    const atLeaves = leaves !== null && [...leaves].some((d) => !this.mayCapture(d.body));
    const checks: number[] = [];
    if (atLeaves) this.leafChecks = { leaves: leaves!, text: checkText, at: checks };
    else if (check >= 0) {
      checks.push(out.lines.length);
      out.emit(checkText);
    }
    for (const p of prologue) out.emit(p);
    const outerSpec = this.specLeaves;
    this.specLeaves = top;
    if (body.k === 'case') this.emit(body, RET, RET, 'fast', out, ctx);
    else this.emitBody(body, RET, RET, 'fast', out, ctx);
    this.specLeaves = outerSpec;
    this.leafChecks = null;
    if (checks.length > 0) {
      const w = frameWeight(entryArgs.length, out.lines, check);
      if (w > 1) for (const i of checks) out.lines[i]!.text = out.lines[i]!.text.replace('--S.reds < 0', `(S.reds -= ${w}) < 0`);
    }
    if (loops) {
      out.depth--;
      out.emit(`}`);
    }
    out.depth = 0;
    out.emit(`}`);
  }

  /** The leaves of the function being generated whose bodies may be speculated on. */
  private specLeaves: Set<Decision & { k: 'leaf' }> | null = null;

  /** A clause body: with a float-speculating copy first when float-spec.ts says so. */
  private emitBody(body: Expr, t: Target, cont: Cont, mode: Mode, out: Out, ctx: Ctx): void {
    const spec = ctx.floats ? null : floatSpec(body, (c) => !isSiteCall(c));
    if (!spec) return this.emit(body, t, cont, mode, out, ctx);
    out.emit(`if (${spec.candidates.map((c) => `${jsVar(c)} instanceof Float`).join(' && ')}) {`);
    out.depth++;
    out.emit(`const ${spec.candidates.map((c) => `${jsVar(c)}$d = ${jsVar(c)}.value`).join(', ')};`);
    const floats = { ...spec, rawJs: new Set([...spec.raw].map(jsVar)), boxedJs: new Set([...spec.boxed].map(jsVar)) };
    this.emit(body, t, cont, mode, out, { ...ctx, floats });
    out.depth--;
    out.emit(`} else {`);
    out.depth++;
    this.emit(body, t, cont, mode, out, ctx);
    out.depth--;
    out.emit(`}`);
  }

  /** `x = A op B` on raw doubles in a speculative copy (float-spec.ts); a result that
   * is not finite goes to the general code, which raises as it always did. */
  private emitRawFloat(xj: string, e: Call, out: Out, ctx: Ctx): void {
    const spec = ctx.floats!;
    const r = rawOp(e)!;
    const raw = (a: Atomic) => (a.k === 'var' ? `${jsVar(a.name)}$d` : a.c.k === 'float' ? floatLiteral(a.c.v) : String((a.c as { v: bigint }).v));
    const [a, b] = r.args.map(raw);
    const L = e.loc.line;
    const value = r.op === 'sqrt' ? `Math.sqrt(${a})` : `${a} ${r.op} ${b}`;
    // sqrt of a negative number is NaN: not finite either.
    out.emit(`let ${xj}$d = ${value};`, L);
    // The general code needs the raw operands boxed under their own names.
    const boxes = r.args.filter((x): x is { k: 'var'; name: string } => x.k === 'var' && spec.raw.has(x.name) && !spec.boxed.has(x.name));
    out.emit(`if (!(${xj}$d - ${xj}$d === 0)) {`, L);
    out.depth++;
    for (const x of new Set(boxes.map((x) => x.name))) out.emit(`const ${jsVar(x)} = new Float(${jsVar(x)}$d);`, L);
    this.emitBifCall(`${xj}$e`, e, out, 'let ');
    out.emit(`throw new Error("codegen: float operation did not fail");`, L);
    out.depth--;
    out.emit(`}`, L);
    if (spec.boxedJs.has(xj)) out.emit(`const ${xj} = new Float(${xj}$d);`, L);
  }

  /** Where the reduction check goes when it is not at the entry (`genEntry`). */
  private leafChecks: { leaves: Set<Decision & { k: 'leaf' }>; text: string; at: number[] } | null = null;

  /** The leaves of a function's clause tree (not those of cases inside clause bodies). */
  private topLeaves(d: Decision, into = new Set<Decision & { k: 'leaf' }>()): Set<Decision & { k: 'leaf' }> {
    switch (d.k) {
      case 'leaf':
        into.add(d);
        break;
      case 'alt':
        this.topLeaves(d.first, into);
        this.topLeaves(d.rest, into);
        break;
      case 'test':
      case 'guard':
      case 'eval':
        this.topLeaves(d.then, into);
        this.topLeaves(d.else, into);
        break;
      case 'switch':
        for (const c of d.cases) this.topLeaves(c.then, into);
        this.topLeaves(d.default, into);
        break;
      case 'bind':
        this.topLeaves(d.next, into);
        break;
    }
    return into;
  }

  /** The parameters (JS names) that every self tail call of `body` passes unchanged
   * and that `body` applies as funs, with the arities they are applied with. */
  private invariantApplied(body: Expr, key: string, params: string[]): [string, number][] {
    const invariant = new Set(params);
    for (const c of this.selfTailCalls(body, key)) {
      params.forEach((p, i) => {
        const a = c.args[i];
        if (!(a && a.k === 'var' && jsVar(a.name) === p)) invariant.delete(p);
      });
    }
    const applied = new Map<string, Set<number>>();
    collect(body, (c) => {
      const t = c.target;
      if (t.k === 'apply' && t.f.k === 'var' && invariant.has(jsVar(t.f.name))) {
        const p = jsVar(t.f.name);
        if (!applied.has(p)) applied.set(p, new Set());
        applied.get(p)!.add(c.args.length);
      }
      return undefined;
    });
    return [...applied].flatMap(([p, ns]) => [...ns].map((n): [string, number] => [p, n]));
  }

  private hasSelfTail(e: Expr, key: string): boolean {
    return this.selfTailCalls(e, key).length > 0;
  }

  /** The calls of the function `key` itself in tail positions of `e` (its loops). */
  private selfTailCalls(e: Expr, key: string, out: Call[] = []): Call[] {
    const inTree = (d: Decision): void => {
      switch (d.k) {
        case 'leaf':
          this.selfTailCalls(d.body, key, out);
          return;
        case 'alt':
          inTree(d.first);
          return inTree(d.rest);
        case 'test':
        case 'guard':
        case 'eval':
          inTree(d.then);
          return inTree(d.else);
        case 'switch':
          for (const c of d.cases) inTree(c.then);
          return inTree(d.default);
        case 'bind':
          return inTree(d.next);
        default:
          return;
      }
    };
    switch (e.k) {
      case 'call':
        if (callKey(e) === key) out.push(e);
        break;
      case 'let':
      case 'letrec':
        this.selfTailCalls(e.body, key, out);
        break;
      case 'case':
        inTree(e.tree);
        break;
      case 'try':
        this.selfTailCalls(e.ofBody, key, out);
        this.selfTailCalls(e.handler, key, out);
        break;
      case 'receive':
        inTree(e.tree);
        if (e.after) this.selfTailCalls(e.after.body, key, out);
        break;
    }
    return out;
  }

  /** A resume/join function: `fn(first, ...live)` runs `body` in segment mode. */
  private genSegment(js: string, firstParams: string[], live: string[], body: Expr, cont: Cont, ctx: Ctx, line: number): void {
    this.queue.push(() => {
      const out = new Out(ctx.info, line);
      this.fnOut.push(out);
      out.depth = 0;
      out.emit(`function ${js}(${[...firstParams, ...live.map(jsVar)].join(', ')}) {`);
      out.depth = 1;
      this.emit(body, cont, cont, 'seg', out, ctx);
      out.depth = 0;
      out.emit(`}`);
    });
  }

  private liveOf(c: Cont): string[] {
    return c.k === 'join' ? c.live : [];
  }

  private liveAfter(body: Expr, bound: (string | null)[], cont: Cont): string[] {
    const s = new Set<string>();
    for (const v of freeVars(body)) if (!bound.includes(v)) s.add(v);
    for (const v of this.liveOf(cont)) s.add(v);
    return [...s].sort();
  }

  /** The resume function for a call whose value `x` continues into `body`. */
  private resumeFor(body: Expr, x: string | null, cont: Cont, ctx: Ctx, line: number): { fn: string; live: string[] } {
    let r = this.resumes.get(body);
    if (!r) {
      const live = this.liveAfter(body, [x], cont);
      r = { fn: this.fresh('R'), live };
      this.resumes.set(body, r);
      this.genSegment(r.fn, [x ? jsVar(x) : '_'], live, body, cont, ctx, line);
    }
    return r;
  }

  /** The join continuation for a `let` whose bound expression is a compound construct. */
  private joinFor(l: Let, cont: Cont, ctx: Ctx): Cont {
    let j = this.joins.get(l);
    if (!j) {
      const live = this.liveAfter(l.body, [l.v], cont);
      const fn = this.fresh('J');
      j = { k: 'join', fn, live };
      this.joins.set(l, j);
      this.genSegment(fn, [l.v ? jsVar(l.v) : '_'], live, l.body, cont, ctx, 0);
    }
    return j;
  }

  private applyTarget(v: string, t: Target, out: Out): void {
    switch (t.k) {
      case 'ret':
        out.emit(`return ${v};`);
        break;
      case 'assign':
        out.emit(`${t.v} = ${v}; break ${t.label};`);
        break;
      case 'join':
        out.emit(`return ${t.fn}(${[v, ...t.live.map(jsVar)].join(', ')});`, out.erlLine, true);
        break;
    }
  }

  /** Does evaluating `e` possibly capture (a call that may suspend, a receive)? */
  private mayCapture(e: Expr | Decision): boolean {
    const m = this.captureMemo.get(e);
    if (m !== undefined) return m;
    let r = false;
    switch (e.k) {
      case 'call':
        r = isSiteCall(e);
        break;
      case 'let':
        r = this.mayCapture(e.e) || this.mayCapture(e.body);
        break;
      case 'case':
        r = this.mayCapture(e.tree);
        break;
      case 'receive':
        r = true;
        break;
      case 'try':
        r = this.mayCapture(e.body) || this.mayCapture(e.ofBody) || this.mayCapture(e.handler);
        break;
      case 'catch':
        r = this.mayCapture(e.body);
        break;
      case 'letrec':
        r = this.mayCapture(e.body);
        break;
      case 'leaf':
        r = this.mayCapture(e.body);
        break;
      case 'alt':
        r = this.mayCapture(e.first) || this.mayCapture(e.rest);
        break;
      case 'test':
      case 'guard':
      case 'eval':
        r = this.mayCapture(e.then) || this.mayCapture(e.else);
        break;
      case 'switch':
        r = e.cases.some((c) => this.mayCapture(c.then)) || this.mayCapture(e.default);
        break;
      case 'bind':
        r = this.mayCapture(e.next);
        break;
      default:
        r = false;
    }
    this.captureMemo.set(e, r);
    return r;
  }

  // ---------------------------------------------------------------- expressions

  private emit(e: Expr, t: Target, cont: Cont, mode: Mode, out: Out, ctx: Ctx): void {
    switch (e.k) {
      case 'ret':
        return this.applyTarget(this.atomic(e.a), t, out);
      case 'let':
        return this.emitLet(e, t, cont, mode, out, ctx);
      case 'call':
        if (isSiteCall(e)) {
          if (t.k === 'ret') return this.emitTailCall(e, out, ctx);
          // A call whose value flows on: a non-tail call site.
          const tmp = this.fresh('t');
          return this.emitLet({ k: 'let', v: tmp, e, body: { k: 'ret', a: { k: 'var', name: tmp } } }, t, cont, mode, out, ctx);
        }
        break;
      case 'case':
        return this.emitCase(e.tree, t, cont, mode, out, ctx, e.loc);
      case 'receive':
        return this.emitReceive(e, t, cont, mode, out, ctx);
      case 'try':
      case 'catch': {
        // A try in tail position: its of and catch clauses are too (BEAM leaves the
        // try's scope before running them), so their calls are tail calls.
        if (e.k === 'try' && t.k === 'ret') return this.emitTry(e, { k: 'ret' }, () => RET, out, ctx);
        // Compute into a variable, then pass it on.
        const tmp = this.fresh('t');
        return this.emitLet({ k: 'let', v: tmp, e, body: { k: 'ret', a: { k: 'var', name: tmp } } }, t, cont, mode, out, ctx);
      }
      case 'letrec':
        this.genLetrec(e, ctx);
        return this.emit(e.body, t, cont, mode, out, ctx);
      case 'raise':
        out.emit(`throw rt.raise(${this.atomic(e.cls)}, ${this.atomic(e.reason)}${e.stack ? ', ' + this.atomic(e.stack) : ''});`, e.loc.line);
        return;
      case 'fail':
        return this.emitFail(e, out, ctx);
      default:
        break;
    }
    // A simple expression: compute, then deliver.
    const tmp = this.fresh('t');
    this.emitSimple(jsVar(tmp), e, out, ctx, true);
    this.applyTarget(jsVar(tmp), t, out);
  }

  private emitFail(e: { reason: string; value?: Atomic; loc: CLoc }, out: Out, ctx: Ctx): void {
    const l = e.loc.line;
    switch (e.reason) {
      case 'function_clause':
        out.emit(`throw rt.fnClause([${ctx.params.join(', ')}]);`, l);
        return;
      case 'if_clause':
        out.emit(`throw rt.fail("if_clause");`, l);
        return;
      default:
        out.emit(`throw rt.fail([${JSON.stringify(e.reason)}, ${e.value ? this.atomic(e.value) : 'NIL'}]);`, l);
    }
  }

  private emitLet(l: Let, t: Target, cont: Cont, mode: Mode, out: Out, ctx: Ctx): void {
    const e = l.e;
    const x = l.v ?? this.fresh('u');
    const xj = jsVar(x);
    if (e.k === 'call' && isSiteCall(e)) {
      out.emit(`let ${xj};`, e.loc.line);
      const r = this.resumeFor(l.body, l.v, mode === 'seg' ? (t as Cont) : this.contOfBody(t, cont), ctx, e.loc.line);
      this.emitSiteCall(xj, e, r, out, ctx);
      if (mode === 'seg') out.emit(`return ${r.fn}(${[xj, ...r.live.map(jsVar)].join(', ')});`, e.loc.line, true);
      else this.emit(l.body, t, cont, mode, out, ctx);
      return;
    }
    if (e.k === 'case' || e.k === 'try' || e.k === 'catch' || e.k === 'receive') {
      const inner = this.joinLazy(l, mode === 'seg' ? (t as Cont) : this.contOfBody(t, cont), ctx);
      out.emit(`let ${xj};`, e.loc.line);
      if (mode === 'seg' && e.k === 'case' && this.mayCapture(e)) {
        // Arms end by calling the join function.
        const j = inner();
        this.emitCase(e.tree, j, j, 'seg', out, ctx, e.loc);
        return;
      }
      const label = this.fresh('L');
      out.emit(`${label}: {`);
      out.depth++;
      this.emitCompound(e, { k: 'assign', v: xj, label }, inner, out, ctx);
      out.depth--;
      out.emit(`}`);
      this.emit(l.body, t, cont, mode, out, ctx);
      return;
    }
    if (e.k === 'letrec') {
      this.genLetrec(e, ctx);
      // `let x = letrec ... in B`: the letrec body computes x.
      return this.emitLet({ k: 'let', v: l.v, e: e.body, body: l.body }, t, cont, mode, out, ctx);
    }
    if (e.k === 'let') {
      // Not produced by lowering (invariant), handled anyway: flatten.
      return this.emitLet({ k: 'let', v: e.v, e: e.e, body: { k: 'let', v: l.v, e: e.body, body: l.body } }, t, cont, mode, out, ctx);
    }
    if (e.k === 'raise' || e.k === 'fail') {
      this.emit(e, RET, RET, mode, out, ctx);
      return;
    }
    this.emitSimple(xj, e, out, ctx, true);
    this.emit(l.body, t, cont, mode, out, ctx);
  }

  /** In fast mode, the static continuation of a let body is that of the enclosing
   * construct: `ret` when the target returns, else the enclosing join. */
  private contOfBody(t: Target, cont: Cont): Cont {
    return t.k === 'ret' ? RET : cont;
  }

  private joinLazy(l: Let, cont: Cont, ctx: Ctx): () => Cont {
    return () => this.joinFor(l, cont, ctx);
  }

  private emitCompound(e: Expr, t: { k: 'assign'; v: string; label: string }, cont: () => Cont, out: Out, ctx: Ctx): void {
    switch (e.k) {
      case 'case':
        return this.emitCase(e.tree, t, this.lazyCont(cont), 'fast', out, ctx, e.loc);
      case 'try':
        return this.emitTry(e, t, cont, out, ctx);
      case 'catch':
        return this.emitCatch(e, t, cont, out, ctx);
      case 'receive':
        return this.emitReceive(e, t, this.lazyCont(cont), 'fast', out, ctx);
      default:
        throw new Error('not compound');
    }
  }

  /** A Cont that is created only if some resume function needs it. */
  private lazyCont(f: () => Cont): Cont {
    let c: Cont | null = null;
    const get = () => (c ??= f());
    return {
      get k() {
        return get().k;
      },
      get fn() {
        return (get() as { fn: string }).fn;
      },
      get live() {
        return (get() as { live: string[] }).live;
      },
    } as Cont;
  }

  private emitTailCall(e: Call, out: Out, ctx: Ctx): void {
    const key = callKey(e);
    if (out.loop && key === out.loop.key) {
      const tmps = e.args.map(() => this.fresh('a'));
      out.emit(`{`, e.loc.line);
      out.depth++;
      e.args.forEach((a, i) => out.emit(`const ${tmps[i]} = ${this.atomic(a)};`));
      out.loop.params.forEach((p, i) => out.emit(`${p} = ${tmps[i]};`));
      out.emit(`continue top;`);
      out.depth--;
      out.emit(`}`);
      return;
    }
    // In a try/catch body (a resumed segment of one) the value goes on to the try's
    // frame: BEAM keeps this function's frame for the call, so its line is no tail call.
    // A BIF in tail position (maps:get/2 compiled to map_get/2, lists:member/2) runs in
    // this frame.
    if (this.inTry.has(e) || isMapsBif(e) || isStdlibBif(e)) out.emit(`return ${this.callExpr(e, ctx, out)};`, e.loc.line, false, this.siteOf(e));
    else out.emit(`return ${this.callExpr(e, ctx, out)};`, e.loc.line, true);
  }

  private emitSiteCall(xj: string, e: Call, r: { fn: string; live: string[] }, out: Out, ctx: Ctx): void {
    // A call to a function that never returns keeps no frame in BEAM (unless a try or
    // catch of this function encloses it): mark its line like a tail call.
    const t = e.target;
    const dropped = t.k === 'local' && !this.inTry.has(e) && this.noReturn.has(`${t.name}/${t.arity}`);
    const site = this.siteOf(e);
    out.emit(`${xj} = ${this.callExpr(e, ctx, out)};`, e.loc.line, dropped, site);
    const frame = this.callFrame(r, ctx, e.loc, dropped, site);
    // At function level, a capture helper (rt.F1...) pushes the frame and answers SUSP.
    const short = out.exit === 'return SUSP;' ? /^new CallFrame([0-3]?)\((.*)\)$/.exec(frame) : null;
    if (short) out.emit(`if (${xj} === SUSP) return F${short[1] || '0'}(${short[2]});`, e.loc.line);
    else out.emit(`if (${xj} === SUSP) { S.frames.push(${frame}); ${out.exit} }`, e.loc.line);
  }

  /** `new CallFrame…(resume, info, live…)` for a call site. */
  private sites = new WeakMap<Call, number>();
  private siteCount = 0;

  /** The call's site number: one per Core call node, however often it is emitted. */
  private siteOf(e: Call): number {
    let n = this.sites.get(e);
    if (n === undefined) {
      n = ++this.siteCount;
      this.sites.set(e, n);
    }
    return n;
  }

  /** Resume function -> the frame info its frames report (see `callFrame`). */
  private resumeInfo = new Map<string, string>();

  private callFrame(r: { fn: string; live: string[] }, ctx: Ctx, loc: CLoc, hidden = false, site = 0): string {
    // A hidden frame (a call that never returns) has no info: stack traces skip it.
    // The info lives on the resume function (`R7.info = I8;` at the end of the module),
    // not in each frame: one field less in a million-deep recursion's million frames.
    // A resume function belongs to one call site, so it has one info.
    const info = hidden ? 'null' : this.frameInfo(ctx, loc, site);
    const prev = this.resumeInfo.get(r.fn);
    if (prev !== undefined && prev !== info) throw new Error(`resume function ${r.fn} shared by two call sites`);
    this.resumeInfo.set(r.fn, info);
    const live = r.live.map(jsVar);
    if (live.length === 0) return `new CallFrame(${r.fn})`;
    if (live.length <= 3) return `new CallFrame${live.length}(${r.fn}, ${live.join(', ')})`;
    return `new CallFrameN(${r.fn}, [${live.join(', ')}])`;
  }

  /** The JS expression calling an Erlang function (local, letrec, remote, fun). */
  private callExpr(e: Call, ctx: Ctx, out?: Out): string {
    const args = e.args.map((a) => this.atomic(a));
    const t = e.target;
    switch (t.k) {
      case 'local': {
        const js = this.locals.get(`${t.name}/${t.arity}`);
        if (!js) return `rt.undefLocal(MOD, ${JSON.stringify(t.name)}, [${args.join(', ')}])`;
        if (ctx.markSelf && ctx.selfKey === `local:${t.name}/${t.arity}`) return `${selfMark(js)}(${args.join(', ')})`;
        return `${js}(${args.join(', ')})`;
      }
      case 'letrec': {
        const lr = ctx.letrecs.get(t.name);
        if (!lr) throw new Error(`codegen: unknown letrec ${t.name}`);
        return `${lr.js}(${[...args, ...lr.free.map(jsVar)].join(', ')})`;
      }
      case 'apply': {
        const f = this.atomic(t.f);
        const hoisted = out?.funs?.get(`${f}/${args.length}`);
        if (hoisted) return `(${hoisted} !== null ? ${hoisted}(${[...args, f].join(', ')}) : rt.applyFun(${f}, [${args.join(', ')}]))`;
        return `(${f} instanceof Fun && ${f}.arity === ${args.length} ? ${f}.fn(${[...args, f].join(', ')}) : rt.applyFun(${f}, [${args.join(', ')}]))`;
      }
      case 'remote': {
        if (t.mod.k === 'const' && t.fn.k === 'const' && t.mod.c.k === 'atom' && t.fn.c.k === 'atom') {
          const m = t.mod.c.v;
          const f = t.fn.c.v;
          if (m === 'erlang' && f === 'apply' && args.length === 3) return `rt.applyMFA(${args.join(', ')})`;
          if (m === 'erlang' && f === 'apply' && args.length === 2) return `rt.applyFunList(${args.join(', ')})`;
          // erlc compiles these maps functions to BIFs: their errors show erlang:map_get...
          const asBif = m === 'maps' ? MAPS_AS_BIFS[`${f}/${args.length}`] : undefined;
          if (asBif) return `${this.bif(asBif, args.length, false)}(${args.join(', ')})`;
          const ref = this.modRef(m);
          const key = JSON.stringify(`${f}/${args.length}`);
          return `(${ref}.e[${key}] ?? rt.resolve(${ref}, ${JSON.stringify(f)}, ${args.length}))(${args.join(', ')})`;
        }
        return `rt.callMFA(${this.atomic(t.mod)}, ${this.atomic(t.fn)}, [${args.join(', ')}])`;
      }
    }
  }

  // ------------------------------------------------------------- simple exprs

  /** Emit `x = <e>` for an expression that cannot capture. `declare`: with `let`. */
  private emitSimple(xj: string, e: Expr, out: Out, ctx: Ctx, declare: boolean): void {
    const d = declare ? 'let ' : '';
    switch (e.k) {
      case 'ret':
        out.emit(`${d}${xj} = ${this.atomic(e.a)};`);
        return;
      case 'call':
        if (ctx.floats && declare && ctx.floats.rawJs.has(xj) && rawOp(e)) return this.emitRawFloat(xj, e, out, ctx);
        return this.emitBifCall(xj, e, out, d);
      case 'prim':
        out.emit(`${d}${xj} = ${this.primExpr(e.op, e.args)};`, e.loc.line);
        return;
      case 'fun':
        out.emit(`${d}${xj} = ${this.makeFun(e, ctx)};`, e.loc.line);
        return;
      case 'bin':
        out.emit(
          `${d}${xj} = rt.binBuild([${e.segs
            .map((s) => `${this.atomic(s.value)}, ${s.seg.size ? this.atomic(s.seg.size) : 'null'}, ${segSpec(s.seg)}`)
            .join(', ')}]);`,
          e.loc.line,
        );
        return;
      default:
        throw new Error(`codegen: unexpected ${e.k} in simple position`);
    }
  }

  private primExpr(op: string, args: Atomic[]): string {
    const a = args.map((x) => this.atomic(x));
    switch (op) {
      case 'tuple':
        return `[${a.join(', ')}]`;
      case 'cons':
        return `new Cons(${a[0]}, ${a[1]})`;
      case 'map_new':
        return `rt.mapNew([${a.join(', ')}])`;
      case 'map_put':
        return `rt.mapPut(${a[0]}, [${a.slice(1).join(', ')}])`;
      case 'map_update':
        return `rt.mapUpdate(${a[0]}, [${a.slice(1).join(', ')}])`;
      case 'build_stacktrace':
        return `rt.buildStack(${a[0]})`;
      case 'record_check':
        return `rt.recordCheck(${a.join(', ')})`;
      case 'make_export_fun':
        return `rt.makeExportFun(${a.join(', ')})`;
      case 'recv_accept':
        return `rt.recvAccept()`;
      case 'set_tail':
        return `(${a[0]}.tl = ${a[1]})`;
      default:
        throw new Error(`codegen: unknown prim ${op}`);
    }
  }

  /** `math:F(...)`: the native bound once; sqrt of a non-negative float inline (the
   * native raises for everything else, with its stack entry). */
  private emitMathCall(xj: string, name: string, e: Call, out: Out, d: string): void {
    const b = this.bif(name, e.args.length, false, false, 'math');
    const a = e.args.map((x) => this.atomic(x));
    const call = `${b}(${a.join(', ')})`;
    const text = name === 'sqrt' && e.args[0]!.k === 'var' ? `${a[0]} instanceof Float && ${a[0]}.value >= 0 ? new Float(Math.sqrt(${a[0]}.value)) : ${call}` : call;
    out.emit(`${d}${xj} = ${text};`, e.loc.line);
  }

  /** Variables known to hold a float (see emitBifCall's `knownFloat`). */
  private floatVars = new Set<string>();

  /** Calls to `erlang` functions: operator fast paths inline, BIFs bound directly. */
  private emitBifCall(xj: string, e: Call, out: Out, d: string): void {
    const t = e.target;
    if (t.k !== 'remote' || t.fn.k !== 'const' || t.fn.c.k !== 'atom') throw new Error('codegen: not a BIF call');
    if (isMathBif(e)) return this.emitMathCall(xj, t.fn.c.v, e, out, d);
    // `Dest ! Msg` is erlang:send/2: its errors show `{erlang,send,[Dest,Msg],...}`.
    const name = t.fn.c.v === '!' ? 'send' : t.fn.c.v;
    const n = e.args.length;
    // erlc puts the literal of a commutative operator second: `2 * X` fails as `X * 2`.
    const [a0, a1] = e.args;
    if ((name === '+' || name === '*') && n === 2 && a0!.k === 'const' && a1!.k === 'var') e = { ...e, args: [a1!, a0!] };
    const a = e.args.map((x) => this.atomic(x));
    // Small-integer literals need no `typeof` check (a JS number is a small integer).
    const lit = e.args.map(smallIntLit);
    // OTP 25 gives these no {erlang,Op,Args} stack entry of their own (measured with erlc
    // and escript: `/` and unary `+` never; `A + 1`, `1 + A`, `A - 1` when A is a parameter
    // of the function (`f(A) -> {A + 1}`), but they do when A came from a call
    // (`X = id(a), X + 1`). Parameters are the `A<i>@<n>` (functions) and `p@<n>` (funs) variables of compiler/core/lower.ts.
    const intLit = e.args.some((x) => x.k === 'const' && x.c.k === 'int');
    const paramOperand = e.args.some((x) => x.k === 'var' && /^(A\d+|p)@\d+$/.test(x.name));
    // A float operand known at compile time (a literal, or the value of `/`, of a float
    // operation or of a math function: floatVars) makes erlc use its float
    // instructions, whose badarith has no {erlang,Op,Args} entry either.
    const knownFloat = e.args.some((x) => (x.k === 'const' && x.c.k === 'float') || (x.k === 'var' && this.floatVars.has(x.name)));
    const bare =
      (n === 2 && (name === '+' || name === '-' || name === '*') && knownFloat) ||
      (n === 2 && name === '/') ||
      (n === 1 && name === '+') ||
      (n === 2 && (name === '+' || name === '-') && intLit && paramOperand);
    const B = () => `${this.bif(name, n, out.inGuard, bare)}(${a.join(', ')})`;
    const L = e.loc.line;
    const isNum = (i: number) => (lit[i] !== null ? [] : [`typeof ${a[i]} === 'number'`]);
    const num2 = [...isNum(0), ...isNum(1)].join(' && ') || 'true';
    // A 32-bit integer, for the bitwise fast paths. The `typeof` comes first: `x | 0`
    // throws a TypeError for a bigint.
    const i32 = (i: number) => {
      const c = lit[i];
      if (c !== null && c !== undefined) return (c | 0) === c ? 'true' : 'false';
      return `(typeof ${a[i]} === 'number' && (${a[i]} | 0) === ${a[i]})`;
    };
    if (name === 'send' && n === 2 && !out.inGuard) {
      // `!` to a pid: delivered inline (rt.send); names and errors go through the BIF.
      out.emit(`${d}${xj} = rt.send(${a[0]}, ${a[1]});`, L);
      return;
    }
    const emit = (s: string) => out.emit(`${d}${xj} = ${s};`, L);
    // A float operation inline: two floats give the double operation, boxed if the
    // result is finite; anything else goes to the BIF (bigints, integers that
    // overflowed, non-numbers; it raises badarith on a non-finite result). V8's escape
    // analysis can then drop the box of a temporary that only feeds the next operation
    // (nbody's `DX * DX + DY * DY`: 6.4x -> 1.7x BEAM). `/` also takes a float and a
    // small integer, or two small integers, inline (converted exactly), before the BIF;
    // for `+ - *` that wider test measured slower on nbody (378 vs 205 ms, best of 48).
    // A literal operand: the BIF, as before.
    const dbl = (i: number) => `(${a[i]} instanceof Float ? ${a[i]}.value : typeof ${a[i]} === 'number' ? ${a[i]} : NaN)`;
    const floatOp = (op: string) => {
      if (lit[0] !== null || lit[1] !== null) return B();
      const both = `${a[0]} instanceof Float && ${a[1]} instanceof Float && (${xj} = ${a[0]}.value ${op} ${a[1]}.value) - ${xj} === 0 ? new Float(${xj})`;
      if (name !== '/') return `${both} : ${B()}`;
      return `${both} : (${xj} = ${dbl(0)} ${op} ${dbl(1)}) - ${xj} === 0 ? new Float(${xj}) : ${B()}`;
    };
    if (n === 2) {
      switch (name) {
        case '+':
        case '-': {
          // Adding a literal c can only leave the safe range on one side.
          const c = lit[1] !== null ? (name === '+' ? lit[1] : -lit[1]) : name === '+' ? lit[0] : null;
          const set = `(${xj} = ${a[0]} ${name} ${a[1]})`;
          // With a literal, a 32-bit bound first: V8 compares a small integer with
          // an immediate, where the safe-integer bound is a double comparison.
          const range = c === null ? `Math.abs${set} > ${MAX}` : c >= 0 ? `${set} > 2147483647 && ${xj} > ${MAX}` : `${set} < -2147483648 && ${xj} < -${MAX}`;
          const typed = num2 === 'true' ? '' : `!(${num2}) || `;
          out.emit(`${d}${xj};`, L);
          out.emit(`if (${typed}${range}) ${xj} = ${floatOp(name)};`, L);
          return;
        }
        case '*':
          out.emit(`${d}${xj};`, L);
          out.emit(`if (!(${num2}) || (${xj} = ${a[0]} * ${a[1]} + 0) > ${MAX} || ${xj} < -${MAX}) ${xj} = ${floatOp('*')};`, L);
          return;
        case '/':
          if (out.inGuard) break;
          out.emit(`${d}${xj};`, L);
          out.emit(`${xj} = ${floatOp('/')};`, L);
          return;
        case '<':
        case '>':
        case '>=':
          return emit(`${num2} ? ${a[0]} ${name} ${a[1]} : rt.compare(${a[0]}, ${a[1]}) ${name} 0`);
        case '=<':
          return emit(`${num2} ? ${a[0]} <= ${a[1]} : rt.compare(${a[0]}, ${a[1]}) <= 0`);
        case '=:=':
          return emit(`${a[0]} === ${a[1]} || (typeof ${a[0]} === 'object' && typeof ${a[1]} === 'object' && rt.exactEq(${a[0]}, ${a[1]}))`);
        case '=/=':
          return emit(`!(${a[0]} === ${a[1]} || (typeof ${a[0]} === 'object' && typeof ${a[1]} === 'object' && rt.exactEq(${a[0]}, ${a[1]})))`);
        case '==':
          return emit(`${a[0]} === ${a[1]} || rt.eq(${a[0]}, ${a[1]})`);
        case '/=':
          return emit(`!(${a[0]} === ${a[1]} || rt.eq(${a[0]}, ${a[1]}))`);
        case 'div':
          return emit(`${num2} && ${a[1]} !== 0 ? (${a[0]} - ${a[0]} % ${a[1]}) / ${a[1]} + 0 : ${B()}`);
        case 'rem':
          return emit(`${num2} && ${a[1]} !== 0 ? ${a[0]} % ${a[1]} + 0 : ${B()}`);
        case 'band':
          return emit(`${i32(0)} && ${i32(1)} ? ${a[0]} & ${a[1]} : ${B()}`);
        case 'bor':
          return emit(`${i32(0)} && ${i32(1)} ? ${a[0]} | ${a[1]} : ${B()}`);
        case 'bsr':
          return emit(`${i32(0)} && typeof ${a[1]} === 'number' && ${a[1]} >= 0 && ${a[1]} < 32 ? ${a[0]} >> ${a[1]} : ${B()}`);
        case 'element':
          return emit(`Array.isArray(${a[1]}) && typeof ${a[0]} === 'number' && ${a[0]} >= 1 && ${a[0]} <= ${a[1]}.length ? ${a[1]}[${a[0]} - 1] : ${B()}`);
      }
    }
    if (n === 1) {
      const v = a[0];
      switch (name) {
        case 'is_integer':
          return emit(`typeof ${v} === 'number' || typeof ${v} === 'bigint'`);
        case 'is_atom':
          return emit(`typeof ${v} === 'string' || typeof ${v} === 'boolean'`);
        case 'is_boolean':
          return emit(`typeof ${v} === 'boolean'`);
        case 'is_tuple':
          return emit(`Array.isArray(${v})`);
        case 'is_list':
          return emit(`${v} === NIL || ${v} instanceof Cons`);
        case 'is_float':
          return emit(`${v} instanceof rt.Float`);
        case 'is_number':
          return emit(`typeof ${v} === 'number' || typeof ${v} === 'bigint' || ${v} instanceof rt.Float`);
        case 'is_map':
          return emit(`${v} instanceof rt.ErlMap`);
        case 'is_function':
          return emit(`${v} instanceof Fun`);
        case 'not':
          return emit(`${v} === true ? false : ${v} === false ? true : ${B()}`);
        case 'hd':
          return emit(`${v} instanceof Cons ? ${v}.hd : ${B()}`);
        case 'tl':
          return emit(`${v} instanceof Cons ? ${v}.tl : ${B()}`);
        case 'tuple_size':
          return emit(`Array.isArray(${v}) ? ${v}.length : ${B()}`);
      }
    }
    emit(B());
  }

  private funFns = new WeakMap<MakeFun, string>();
  private letrecDone = new WeakSet<LetRec>();

  private makeFun(f: MakeFun, ctx: Ctx): string {
    const made = this.funFns.get(f);
    const js = made ?? this.fresh(`L${f.index}_`);
    const env = `[${f.free.map(jsVar).join(', ')}]`;
    const expr = `new Fun(MOD, ${JSON.stringify(f.name)}, ${f.params.length}, ${js}, ${env}, ${f.index}, rt.funUniq(MOD, ${f.index}))`;
    if (made) return expr;
    this.funFns.set(f, js);
    // BEAM lifts a fun to a function taking its free variables after its parameters:
    // stack traces show that arity.
    const info = this.newInfo(f.name, f.params.length + f.free.length);
    const params = f.params.map(jsVar);
    const prologue = f.free.map((v, i) => `const ${jsVar(v)} = self.env[${i}];`);
    if (f.selfName) prologue.push(`const ${jsVar(f.selfName)} = self;`);
    const fctx: Ctx = { info, params, selfKey: `fun:${js}`, letrecs: new Map(ctx.letrecs), fnLine: f.loc.line };
    this.queue.push(() => this.genEntry(js, params, f.body, fctx, f.loc, [...params, 'self'], prologue));
    return expr;
  }

  private genLetrec(e: LetRec, ctx: Ctx): void {
    if (this.letrecDone.has(e)) return;
    this.letrecDone.add(e);
    // Set by prepareLetrecs: includes what the letrecs it calls need.
    const freeList = letrecFreeList(e.defs[0]!.name);
    for (const d of e.defs) ctx.letrecs.set(d.name, { js: this.fresh(`LR_${d.name.replace(/[^A-Za-z0-9_]/g, '_')}_`), free: freeList });
    for (const d of e.defs) {
      const lr = ctx.letrecs.get(d.name)!;
      // Like BEAM's lifted comprehension functions, the free variables are parameters:
      // they count in the arity stack traces show.
      const twin = d.trmcOf !== undefined;
      const info = this.newInfo(d.trmcOf ?? d.name, d.params.length - (twin ? 1 : 0) + freeList.length);
      const params = d.params.map(jsVar);
      const dctx: Ctx = { info, params: twin ? params.slice(0, -1) : params, selfKey: `letrec:${d.name}`, letrecs: ctx.letrecs, fnLine: d.loc.line };
      this.genEntry(lr.js, params, d.body, dctx, d.loc, [...params, ...freeList.map(jsVar)]);
    }
  }

  // ---------------------------------------------------------- case and trees

  private emitCase(tree: Decision, t: Target, cont: Cont, mode: Mode, out: Out, ctx: Ctx, loc: CLoc): void {
    this.emitTree(tree, t, cont, mode, out, ctx, null, loc);
  }

  /** `if (cond) { then } else { otherwise }` over two subtrees. */
  private emitBranch(cond: string, then: Decision, otherwise: Decision, t: Target, cont: Cont, mode: Mode, out: Out, ctx: Ctx, next: string | null, loc: CLoc): void {
    out.emit(`if (${cond}) {`);
    out.depth++;
    this.emitTree(then, t, cont, mode, out, ctx, next, loc);
    out.depth--;
    out.emit(`} else {`);
    out.depth++;
    this.emitTree(otherwise, t, cont, mode, out, ctx, next, loc);
    out.depth--;
    out.emit(`}`);
  }

  private emitTree(d: Decision, t: Target, cont: Cont, mode: Mode, out: Out, ctx: Ctx, next: string | null, loc: CLoc): void {
    switch (d.k) {
      case 'leaf':
        out.emit(`{`);
        out.depth++;
        if (this.leafChecks?.leaves.has(d) && this.mayCapture(d.body)) {
          this.leafChecks.at.push(out.lines.length);
          out.emit(this.leafChecks.text);
        }
        if (this.specLeaves?.has(d)) this.emitBody(d.body, t, cont, mode, out, ctx);
        else this.emit(d.body, t, cont, mode, out, ctx);
        out.depth--;
        out.emit(`}`);
        return;
      case 'next':
        if (next === null) out.emit(`throw new Error("codegen: next outside alt");`);
        else out.emit(`break ${next};`);
        return;
      case 'alt': {
        const lbl = this.fresh('A');
        out.emit(`${lbl}: {`);
        out.depth++;
        this.emitTree(d.first, t, cont, mode, out, ctx, lbl, loc);
        out.depth--;
        out.emit(`}`);
        this.emitTree(d.rest, t, cont, mode, out, ctx, next, loc);
        return;
      }
      case 'test': {
        this.emitBranch(this.testExpr(d.test, out), d.then, d.else, t, cont, mode, out, ctx, next, loc);
        return;
      }
      case 'switch': {
        const plainCase = (c: Const) => c.k === 'atom' || c.k === 'int';
        if (!d.cases.every((c) => plainCase(c.c))) {
          // Floats or structured constants: a chain of exact-equality tests.
          let tree: Decision = d.default;
          for (let i = d.cases.length - 1; i >= 0; i--)
            tree = { k: 'test', test: { k: 'eq', v: d.on, w: { k: 'const', c: d.cases[i]!.c } }, then: d.cases[i]!.then, else: tree };
          return this.emitTree(tree, t, cont, mode, out, ctx, next, loc);
        }
        out.emit(`switch (${this.atomic(d.on)}) {`);
        out.depth++;
        for (const c of d.cases) {
          out.emit(`case ${this.konst(c.c)}: {`);
          out.depth++;
          this.emitTree(c.then, t, cont, mode, out, ctx, next, loc);
          out.depth--;
          out.emit(`}`);
        }
        out.emit(`default: {`);
        out.depth++;
        this.emitTree(d.default, t, cont, mode, out, ctx, next, loc);
        out.depth--;
        out.emit(`}`);
        out.depth--;
        out.emit(`}`);
        return;
      }
      case 'bind':
        out.emit(`const ${jsVar(d.v)} = ${this.accessExpr(d.access)};`);
        this.emitTree(d.next, t, cont, mode, out, ctx, next, loc);
        return;
      case 'guard': {
        const direct = this.directGuard(d.body, out);
        if (direct !== null) {
          // A single comparison or type test: no temporary, no block.
          this.emitBranch(`${direct} === true`, d.then, d.else, t, cont, mode, out, ctx, next, loc);
          return;
        }
        const g = this.fresh('g');
        const lbl = this.fresh('G');
        out.emit(`let ${g};`);
        // Most guards are comparisons and type tests, which cannot raise: no `try` then.
        const safe = cannotRaise(d.body);
        out.emit(safe ? `${lbl}: {` : `${lbl}: try {`);
        out.depth++;
        const wasGuard = out.inGuard;
        out.inGuard = true;
        this.emit(d.body, { k: 'assign', v: g, label: lbl }, RET, 'fast', out, ctx);
        out.inGuard = wasGuard;
        out.depth--;
        out.emit(safe ? `}` : `} catch (e) { ${g} = rt.guardFailed(e); }`);
        this.emitBranch(`${g} === true`, d.then, d.else, t, cont, mode, out, ctx, next, loc);
        return;
      }
      case 'eval': {
        // Guard semantics: an exception means `else`; `$fail` marks it.
        const v = jsVar(d.v);
        const lbl = this.fresh('E');
        out.emit(`let ${v};`);
        out.emit(`${lbl}: try {`);
        out.depth++;
        const wasGuard = out.inGuard;
        out.inGuard = true;
        this.emit(d.e, { k: 'assign', v, label: lbl }, RET, 'fast', out, ctx);
        out.inGuard = wasGuard;
        out.depth--;
        out.emit(`} catch (e) { ${v} = rt.guardFailed(e) ? undefined : rt.EVAL_FAILED; }`);
        this.emitBranch(`${v} !== rt.EVAL_FAILED`, d.then, d.else, t, cont, mode, out, ctx, next, loc);
        return;
      }
      case 'fail':
        return this.emitFail(d, out, ctx);
    }
  }

  /** The guard as one JS expression, when it is a single never-raising BIF call that
   * compiles to one assignment, or a conjunction of them (`when is_integer(N), N >= 0`
   * lowers to `let X = C1 in case X of true -> <rest>; _ -> false`): then
   * `(C1) === true && (<rest>)`, no temporaries, no block; else null. */
  private directGuard(body: Expr, out: Out): string | null {
    if (
      body.k === 'let' && body.v !== null && body.e.k === 'call' && body.body.k === 'case' &&
      body.body.args.length === 1 && body.body.args[0]!.k === 'var' && body.body.args[0]!.name === body.v
    ) {
      const tree = body.body.tree;
      if (
        tree.k === 'switch' && tree.on.k === 'var' && tree.on.name === body.v && tree.cases.length === 1 &&
        tree.cases[0]!.c.k === 'atom' && tree.cases[0]!.c.v === 'true' && tree.cases[0]!.then.k === 'leaf' &&
        tree.default.k === 'leaf' && tree.default.body.k === 'ret' && tree.default.body.a.k === 'const' &&
        tree.default.body.a.c.k === 'atom' && tree.default.body.a.c.v === 'false'
      ) {
        const first = this.directGuard(body.e, out);
        const rest = first === null ? null : this.directGuard(tree.cases[0]!.then.body, out);
        return rest === null ? null : `(${first} === true && ${rest})`;
      }
      return null;
    }
    const call =
      body.k === 'call'
        ? body
        : body.k === 'let' && body.e.k === 'call' && body.body.k === 'ret' && body.body.a.k === 'var' && body.body.a.name === body.v
          ? body.e
          : null;
    if (call === null || !neverRaises(call)) return null;
    const scratch = new Out(out.info, out.erlLine);
    scratch.depth = 0;
    scratch.inGuard = true;
    const tmp = jsVar(this.fresh('g'));
    this.emitBifCall(tmp, call, scratch, 'let ');
    if (scratch.lines.length !== 1) return null;
    const text = scratch.lines[0]!.text;
    const prefix = `let ${tmp} = `;
    if (!text.startsWith(prefix) || !text.endsWith(';')) return null;
    return `(${text.slice(prefix.length, -1)})`;
  }

  /** `map_has` tests whose value is in a const, by map and key (see testExpr). */
  private mapGot = new Map<string, string>();

  private testExpr(t: Test, out: Out): string {
    switch (t.k) {
      case 'is_tuple': {
        const v = this.atomic(t.v);
        return `Array.isArray(${v}) && ${v}.length === ${t.arity}`;
      }
      case 'is_cons':
        return `${this.atomic(t.v)} instanceof Cons`;
      case 'is_nil':
        return `${this.atomic(t.v)} === NIL`;
      case 'is_map':
        return `${this.atomic(t.v)} instanceof rt.ErlMap`;
      case 'map_has': {
        // One lookup, not has() then get(): the value waits in a const for the bind of
        // `map_get` that follows the test (compiler/core/match.ts matchMapFields).
        const m = this.atomic(t.v);
        const k = this.atomic(t.key);
        const g = this.fresh('mg');
        out.emit(`const ${g} = ${m}.get(${k});`);
        this.mapGot.set(`${m}|${k}`, g);
        return `${g} !== undefined`;
      }
      case 'eq': {
        const v = this.atomic(t.v);
        const w = this.atomic(t.w);
        if (t.w.k === 'const' && (t.w.c.k === 'atom' || t.w.c.k === 'int' || t.w.c.k === 'nil')) return `${v} === ${w}`;
        if (t.w.k === 'const' && t.v.k === 'var') {
          const inline = inlineConstMatch(v, t.w.c);
          if (inline !== null) return inline;
        }
        return `(${v} === ${w} || rt.exactEq(${v}, ${w}))`;
      }
      case 'bin_start':
        out.emit(`const ${jsVar(t.ctx)} = rt.binStart(${this.atomic(t.v)});`);
        return `${jsVar(t.ctx)} !== null`;
      case 'bin_seg': {
        const c = jsVar(t.ctx);
        const b = t.bind ? jsVar(t.bind) : this.fresh('s');
        out.emit(`const ${b} = rt.binSeg(${c}, ${t.seg.size ? this.atomic(t.seg.size) : 'null'}, ${segSpec(t.seg)});`);
        return `${b} !== undefined`;
      }
      case 'bin_rest': {
        const b = t.bind ? jsVar(t.bind) : this.fresh('s');
        out.emit(`const ${b} = rt.binRest(${jsVar(t.ctx)}, ${JSON.stringify(t.type)});`);
        return `${b} !== undefined`;
      }
      case 'bin_end':
        return `rt.binEnd(${jsVar(t.ctx)})`;
    }
  }

  private accessExpr(a: Access): string {
    switch (a.k) {
      case 'element':
        return `${this.atomic(a.of)}[${a.index - 1}]`;
      case 'hd':
        return `${this.atomic(a.of)}.hd`;
      case 'tl':
        return `${this.atomic(a.of)}.tl`;
      case 'map_get': {
        const m = this.atomic(a.of);
        const k = this.atomic(a.key);
        const g = this.mapGot.get(`${m}|${k}`);
        if (g === undefined) return `${m}.get(${k})`;
        this.mapGot.delete(`${m}|${k}`);
        return g;
      }
      case 'atomic':
        return this.atomic(a.a);
    }
  }

  // ------------------------------------------------------ try, catch, receive

  private emitTry(e: Extract<Expr, { k: 'try' }>, t: { k: 'assign'; v: string; label: string } | { k: 'ret' }, cont: () => Cont, out: Out, ctx: Ctx): void {
    const v = this.fresh('tv');
    const x = this.fresh('tx');
    const lbl = this.fresh('T');
    const L = e.loc.line;
    // Resume functions exist only if the body can capture.
    let frame = '';
    if (this.mayCapture(e.body)) {
      const c = cont();
      const live = [...new Set([...this.liveAfter(e.ofBody, [e.ofVar], c), ...this.liveAfter(e.handler, [e.classVar, e.reasonVar, e.stackVar], c)])].sort();
      const of = this.fresh('TO');
      const h = this.fresh('TH');
      this.genSegment(of, [jsVar(e.ofVar)], live, e.ofBody, c, ctx, L);
      this.genSegment(h, [jsVar(e.classVar), jsVar(e.reasonVar), jsVar(e.stackVar)], live, e.handler, c, ctx, L);
      frame = `if (${v} === SUSP) { S.frames.push(new rt.TryFrame(${of}, ${h}, [${live.map(jsVar).join(', ')}])); ${out.exit} }`;
    }
    out.emit(`let ${v}, ${x} = null;`, L);
    out.emit(`${lbl}: try {`, L);
    out.depth++;
    out.exits.push(`${v} = SUSP; break ${lbl};`);
    this.emit(e.body, { k: 'assign', v, label: lbl }, RET, 'fast', out, ctx);
    out.exits.pop();
    out.depth--;
    out.emit(`} catch (e) { ${x} = rt.caught(e); }`, L);
    if (frame) out.emit(frame, L);
    out.emit(`if (${x} === null) {`, L);
    out.depth++;
    out.emit(`const ${jsVar(e.ofVar)} = ${v};`);
    this.emit(e.ofBody, t, this.lazyCont(cont), 'fast', out, ctx);
    out.depth--;
    out.emit(`} else {`);
    out.depth++;
    out.emit(`const ${jsVar(e.classVar)} = ${x}.class, ${jsVar(e.reasonVar)} = ${x}.reason, ${jsVar(e.stackVar)} = rt.rawOf(${x});`);
    this.emit(e.handler, t, this.lazyCont(cont), 'fast', out, ctx);
    out.depth--;
    out.emit(`}`);
  }

  private emitCatch(e: Extract<Expr, { k: 'catch' }>, t: { k: 'assign'; v: string; label: string }, cont: () => Cont, out: Out, ctx: Ctx): void {
    const v = this.fresh('cv');
    const lbl = this.fresh('C');
    const L = e.loc.line;
    let frame = '';
    if (this.mayCapture(e.body)) {
      const c = cont();
      const fr = c.k === 'join' ? `new rt.CatchFrame(${c.fn}, [${c.live.map(jsVar).join(', ')}])` : `new rt.CatchFrame(null, [])`;
      frame = `if (${v} === SUSP) { S.frames.push(${fr}); ${out.exit} }`;
    }
    out.emit(`let ${v};`, L);
    out.emit(`${lbl}: try {`, L);
    out.depth++;
    out.exits.push(`${v} = SUSP; break ${lbl};`);
    this.emit(e.body, { k: 'assign', v, label: lbl }, RET, 'fast', out, ctx);
    out.exits.pop();
    out.depth--;
    out.emit(`} catch (e) { ${v} = rt.catchValue(e); }`, L);
    if (frame) out.emit(frame, L);
    out.emit(`${t.v} = ${v}; break ${t.label};`);
  }

  // A receive scans the mailbox from the process's save pointer (runtime/proc/process.ts):
  //
  //   rt.recvStart(ref?);                       // where the scan starts
  //   RL: for (;;) {
  //     const msg = rt.recvNext();
  //     if (msg === rt.NOMSG) { <after 0: the after body> ; rt.recvWait(ms); push frame; exit }
  //     NM: { <the clauses' tree; a matching leaf first calls rt.recvAccept()> }
  //     rt.recvSkip();                          // no clause matched: next message
  //   }
  //
  // When no message matches, the process waits: a capture whose innermost frame is a
  // WaitFrame, with a CallFrame for the *receive resume function* (RR) above it. RR runs
  // the same loop without resetting the scan (messages already looked at stay skipped);
  // the scheduler calls it with RECV_TIMEOUT when the `after` time has run out. A
  // receive in tail position keeps its clauses' calls as tail calls (a server loop
  // runs in constant memory); elsewhere it delivers to its target like a `case`.
  private emitReceive(e: Extract<Expr, { k: 'receive' }>, t: Target, cont: Cont, mode: Mode, out: Out, ctx: Ctx): void {
    const L = e.loc.line;
    const ref = refVarOf(e);
    out.emit(`rt.recvStart(${ref ? jsVar(ref) : ''});`, L);
    // Where the value goes when the receive is resumed: an assignment target is the
    // code after it, which is the continuation.
    const resumeTarget: Cont = t.k === 'assign' ? cont : t;
    this.emitReceiveLoop(e, t, cont, mode, out, ctx, this.receiveResume(e, resumeTarget, ctx));
  }

  private emitReceiveLoop(
    e: Extract<Expr, { k: 'receive' }>, t: Target, cont: Cont, mode: Mode, out: Out, ctx: Ctx,
    resume: { fn: string; live: string[] },
  ): void {
    const L = e.loc.line;
    const loop = this.fresh('RL');
    const nm = this.fresh('NM');
    const msg = jsVar(e.msgVar);
    out.emit(`${loop}: for (;;) {`, L);
    out.depth++;
    out.emit(`const ${msg} = rt.recvNext();`, L);
    out.emit(`if (${msg} === rt.NOMSG) {`, L);
    out.depth++;
    // The timeout is checked only when the process would wait, as in BEAM: a bad one
    // raises timeout_value then, not when a message matches at once.
    const ms = e.after ? this.fresh('ms') : null;
    if (e.after) {
      // BEAM's wait_timeout has no line of its own: the error shows the function's
      // line (measured: `wait(T) -> receive ... after T -> ...` reports wait's line).
      out.emit(`const ${ms} = rt.timeoutValue(${this.atomic(e.after.timeout)});`, ctx.fnLine);
      out.emit(`if (${ms} === 0) {`, L);
      out.depth++;
      out.emit(`rt.recvTimeout();`, L);
      this.emit(e.after.body, t, cont, mode, out, ctx);
      out.depth--;
      out.emit(`}`);
    }
    out.emit(`rt.recvWait(${ms ?? 'null'}); S.frames.push(${this.callFrame(resume, ctx, e.loc)}); ${out.exit}`, L);
    out.depth--;
    out.emit(`}`);
    out.emit(`${nm}: {`);
    out.depth++;
    this.emitTree(this.acceptingTree(e), t, cont, mode, out, ctx, nm, e.loc);
    out.depth--;
    out.emit(`}`);
    out.emit(`rt.recvSkip();`, L);
    out.depth--;
    out.emit(`}`);
  }

  private receiveResumes = new WeakMap<object, Map<string, { fn: string; live: string[] }>>();

  /** RR(v, ...live): the receive resumed after a wait, its value going to `target`. */
  private receiveResume(e: Extract<Expr, { k: 'receive' }>, target: Cont, ctx: Ctx): { fn: string; live: string[] } {
    let byTarget = this.receiveResumes.get(e);
    if (!byTarget) this.receiveResumes.set(e, (byTarget = new Map()));
    const key = target.k === 'join' ? target.fn : 'ret';
    const known = byTarget.get(key);
    if (known) return known;
    const live = [...new Set([...freeVars(e), ...this.liveOf(target)])].sort();
    const rr = { fn: this.fresh('RR'), live };
    byTarget.set(key, rr);
    const L = e.loc.line;
    this.queue.push(() => {
      const out = new Out(ctx.info, L);
      this.fnOut.push(out);
      out.depth = 0;
      out.emit(`function ${rr.fn}(${['v', ...live.map(jsVar)].join(', ')}) {`);
      out.depth = 1;
      if (e.after) {
        out.emit(`if (v === rt.RECV_TIMEOUT) {`, L);
        out.depth++;
        out.emit(`rt.recvTimeout();`, L);
        this.emit(e.after.body, target, target, 'seg', out, ctx);
        out.depth--;
        out.emit(`}`);
      }
      this.emitReceiveLoop(e, target, target, 'seg', out, ctx, rr);
      out.depth = 0;
      out.emit(`}`);
    });
    return rr;
  }

  private accepting = new WeakMap<object, Decision>();

  /** The receive's tree with `rt.recvAccept()` first in every matching leaf. */
  private acceptingTree(e: Extract<Expr, { k: 'receive' }>): Decision {
    let d = this.accepting.get(e);
    if (d) return d;
    const map = (t: Decision): Decision => {
      switch (t.k) {
        case 'leaf':
          return { k: 'leaf', body: { k: 'let', v: null, e: { k: 'prim', op: 'recv_accept', args: [], loc: e.loc }, body: t.body } };
        case 'alt':
          return { ...t, first: map(t.first), rest: map(t.rest) };
        case 'test':
        case 'guard':
        case 'eval':
          return { ...t, then: map(t.then), else: map(t.else) };
        case 'switch':
          return { ...t, cases: t.cases.map((c) => ({ c: c.c, then: map(c.then) })), default: map(t.default) };
        case 'bind':
          return { ...t, next: map(t.next) };
        default:
          return t;
      }
    };
    d = map(e.tree);
    this.accepting.set(e, d);
    return d;
  }
}

/**
 * A variable bound before the receive that every clause compares the message (or a
 * part of it) with, by `=:=`: `receive {Ref, Reply} -> ...` after `Ref = make_ref()`.
 * If it holds the reference the process made last, no message older than that
 * reference can match, and the scan starts after them (BEAM's reference-receive
 * optimisation; the runtime checks the identity). Null if there is none.
 */
function refVarOf(e: Extract<Expr, { k: 'receive' }>): string | null {
  const bound = new Set<string>([e.msgVar]);
  const outer = (a: Atomic): string | null => (a.k === 'var' && !bound.has(a.name) ? a.name : null);
  const both = (a: Set<string> | null, b: Set<string> | null): Set<string> | null => {
    if (a === null) return b;
    if (b === null) return a;
    return new Set([...a].filter((v) => b.has(v)));
  };
  // The outer variables tested on every path to a matching leaf (null: no leaf below).
  const walk = (d: Decision, path: string[]): Set<string> | null => {
    switch (d.k) {
      case 'leaf':
        return new Set(path);
      case 'next':
      case 'fail':
        return null;
      case 'alt':
        return both(walk(d.first, path), walk(d.rest, path));
      case 'test': {
        const t = d.test;
        let then = path;
        if (t.k === 'eq') {
          const v = outer(t.v) ?? outer(t.w);
          if (v !== null) then = [...path, v];
        }
        if (t.k === 'bin_start') bound.add(t.ctx);
        if ((t.k === 'bin_seg' || t.k === 'bin_rest') && t.bind) bound.add(t.bind);
        return both(walk(d.then, then), walk(d.else, path));
      }
      case 'switch': {
        let acc: Set<string> | null = walk(d.default, path);
        for (const c of d.cases) acc = both(acc, walk(c.then, path));
        return acc;
      }
      case 'bind':
        bound.add(d.v);
        return walk(d.next, path);
      case 'eval':
        bound.add(d.v);
        return both(walk(d.then, path), walk(d.else, path));
      case 'guard':
        return both(walk(d.then, path), walk(d.else, path));
    }
  };
  const vars = walk(e.tree, []);
  if (vars === null || vars.size === 0) return null;
  return [...vars].sort()[0]!;
}

/** maps functions erlc compiles to erlang BIFs (same arguments), seen in `erlc -S`. */
const MAPS_AS_BIFS: Record<string, string | undefined> = { 'get/2': 'map_get', 'size/1': 'map_size', 'is_key/2': 'is_map_key' };

/** The self-call key of a call (`local:f/2`, `letrec:name`), or null. */
/** Calls that run Erlang code (and so may capture): everything except `erlang` BIFs. */
export function isSiteCall(e: Call): boolean {
  const t = e.target;
  if (t.k !== 'remote') return true;
  if (isMathBif(e)) return false;
  if (t.mod.k === 'const' && t.mod.c.k === 'atom' && t.mod.c.v === 'erlang' && t.fn.k === 'const' && t.fn.c.k === 'atom')
    return t.fn.c.v === 'apply' || SUSPENDING_BIFS.has(`${t.fn.c.v}/${e.args.length}`);
  return true;
}

/** `erlang` BIFs that may suspend the caller (runtime/proc/bifs.ts): called like
 * Erlang functions, with a resume frame. The spawns with a node argument wait for the
 * other node's spawn reply (runtime/dist). */
const SUSPENDING_BIFS = new Set(['process_info/1', 'process_info/2', 'spawn/2', 'spawn/4', 'spawn_link/2', 'spawn_link/4',
  'spawn_monitor/2', 'spawn_monitor/4', 'spawn_opt/3', 'spawn_opt/5']);

/** BIFs that raise for no arguments: term comparisons and type tests. */
const NEVER_RAISES = new Set([
  '</2', '>/2', '>=/2', '=</2', '=:=/2', '=/=/2', '==/2', '/=/2',
  'is_atom/1', 'is_binary/1', 'is_bitstring/1', 'is_boolean/1', 'is_float/1', 'is_function/1',
  'is_integer/1', 'is_list/1', 'is_map/1', 'is_number/1', 'is_pid/1', 'is_port/1',
  'is_reference/1', 'is_tuple/1',
]);

/** A call of an `erlang` BIF that never raises. */
function neverRaises(b: Expr): boolean {
  if (b.k !== 'call' || b.target.k !== 'remote') return false;
  const { mod, fn } = b.target;
  if (mod.k !== 'const' || mod.c.k !== 'atom' || mod.c.v !== 'erlang') return false;
  return fn.k === 'const' && fn.c.k === 'atom' && NEVER_RAISES.has(`${fn.c.v}/${b.args.length}`);
}

/** Whether a guard body is only lets of never-raising `erlang` BIF calls ending in a
 * value or in one more such call. */
function cannotRaise(e: Expr): boolean {
  for (;;) {
    if (e.k === 'ret') return true;
    if (e.k === 'call') return neverRaises(e);
    if (e.k !== 'let') return false;
    if (e.e.k !== 'ret' && !neverRaises(e.e)) return false;
    e = e.body;
  }
}

/** The value of a small-integer literal operand (a JS number in generated code), else null. */
function smallIntLit(a: Atomic): number | null {
  if (a.k !== 'const' || a.c.k !== 'int') return null;
  const v = a.c.v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : null;
}

/** A segment's static spec as a JS object literal (its size is passed separately). */
function segSpec(seg: BinSeg): string {
  return JSON.stringify({ type: seg.type, unit: seg.unit, signed: seg.signed, endian: seg.endian });
}

/** A call of a `math` function (MATH_BIFS): called directly, never suspends, and a call
 * in tail position keeps its caller's stack frame, as BEAM's BIF calls do. */
function isMathBif(e: Call): boolean {
  const t = e.target;
  return (
    t.k === 'remote' && t.mod.k === 'const' && t.mod.c.k === 'atom' && t.mod.c.v === 'math' &&
    t.fn.k === 'const' && t.fn.c.k === 'atom' && MATH_BIFS.has(`${t.fn.c.v}/${e.args.length}`)
  );
}

/** A `maps` call that erlc compiles to an `erlang` BIF (MAPS_AS_BIFS). */
/** A call of a stdlib BIF (stdlib-bifs.ts) by name. */
function isStdlibBif(e: Call): boolean {
  const t = e.target;
  return t.k === 'remote' && t.mod.k === 'const' && t.mod.c.k === 'atom' && t.fn.k === 'const' && t.fn.c.k === 'atom' &&
    STDLIB_BIFS.has(`${t.mod.c.v}:${t.fn.c.v}/${e.args.length}`);
}

function isMapsBif(e: Call): boolean {
  const t = e.target;
  return (
    t.k === 'remote' && t.mod.k === 'const' && t.mod.c.k === 'atom' && t.mod.c.v === 'maps' &&
    t.fn.k === 'const' && t.fn.c.k === 'atom' && MAPS_AS_BIFS[`${t.fn.c.v}/${e.args.length}`] !== undefined
  );
}
