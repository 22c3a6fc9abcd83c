// OTP's names for the funs and comprehension loops of a function, which fun_info/2,
// stack traces and module_info(functions) show: `-main/1-fun-2-`, `-main/1-lc$^0/1-1-`,
// `-main/1-Loop/1-0-`.
//
// Two counters make these names, both per top-level function (OTP 25):
//   * N, v3_core's `fcount`: every fun, local `fun f/A` and comprehension generator
//     draws one as v3_core lowers the function. A fun draws after its clauses; a
//     comprehension lowers all its qualifier expressions first, then names its
//     generators in order, then lowers its template. The parts of a tuple, list cell,
//     call, operator or binary are lowered from last to first (safe_list is a foldr),
//     bodies, clauses and map pairs from first to last. `-f/1-fun-N-` and the `^N` of
//     `lc$^N` come from here.
//   * M, v3_kernel's `fcount`: each letrec it lifts to a local function (a
//     comprehension generator's loop, a named fun that calls itself) draws one when
//     v3_kernel's `expr` pass meets it: in evaluation order, a letrec before its
//     function's body and that before the letrec's body (where a list comprehension's
//     first generator expression is; a binary comprehension evaluates it before).
//     Clauses are met as its pattern-match compiler (`match/4`) translates them: the
//     clauses split into runs whose first pattern is a variable or not, the runs taken
//     from last to first; within a run of constructors by type (binary, cons, tuple,
//     map, atom, float, integer, nil; a lone non-atomic literal pattern first) and by
//     value, then column by column. The `-M-` of `lc$^N/1-M-` and of a named fun comes
//     from here.
// module_info(functions) lists the lifted functions after the module's own: the last
// function's first, each function's in the reverse of the order v3_kernel's second
// pass adds them (a function after the ones inside it; clause runs in source order).
import type * as A from '../ast/ast.js';

/** What numbers a node of one function gets. Keys: `fun` and local `fun_ref`
 * expressions, comprehension generators (Generate/BGenerate qualifiers). */
export interface FunNumbers {
  /** v3_core's counter (N). */
  index: Map<object, number>;
  /** v3_kernel's counter (M): generators and named funs that are letrecs. */
  kernel: Map<object, number>;
  /** Named funs whose name is used inside them (they become letrecs in OTP). */
  recursive: Set<object>;
  /** Lifted functions (generators, funs) in module_info(functions) order. */
  lifted: object[];
}

export interface NumberingEnv {
  /** Is `fun name/arity` a local function (not an auto-imported or imported one)? */
  isLocalRef: (e: A.FunRef) => boolean;
  records: Map<string, { fields: A.RecordFieldDef[] }>;
}

const isGen = (q: A.Qualifier): q is A.Generate | A.BGenerate => q.kind === 'generate' || q.kind === 'b_generate';

/** A record construction's value for a field it does not give: the field's default,
 * copied once per construction (OTP expands records before numbering, so each
 * construction has its own funs and comprehensions). */
const defaults = new WeakMap<A.RecordExpr, Map<string, A.Expr>>();
export function recordDefault(rec: A.RecordExpr, fd: A.RecordFieldDef): A.Expr {
  let m = defaults.get(rec);
  if (!m) defaults.set(rec, (m = new Map()));
  let d = m.get(fd.name);
  if (!d) {
    d = fd.default ? structuredClone(fd.default) : { kind: 'atom', loc: fd.loc, value: 'undefined' };
    m.set(fd.name, d);
  }
  return d;
}

/** The values of a record construction without a base, in definition order. */
function recordValues(e: A.RecordExpr, env: NumberingEnv): A.Expr[] {
  const def = env.records.get(e.name);
  if (!def) return e.fields.map((x) => x.value);
  const wild = e.fields.find((x) => x.name.kind === 'var');
  return def.fields.map((fd) => e.fields.find((x) => x.name.kind === 'atom' && x.name.value === fd.name)?.value ?? wild?.value ?? recordDefault(e, fd));
}

/** Does a named fun use its own name (then OTP makes it a letrec)? */
function usesName(e: A.Fun): boolean {
  let found = false;
  const look = (x: unknown): void => {
    if (found || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) { x.forEach(look); return; }
    const o = x as { kind?: string; name?: string };
    if (o.kind === 'var' && o.name === e.name) { found = true; return; }
    for (const k of Object.keys(o)) if (k !== 'loc') look((o as Record<string, unknown>)[k]);
  };
  for (const cl of e.clauses) { look(cl.guards); look(cl.body); }
  return found;
}

export function numberFuns(fn: A.FunctionDef, env: NumberingEnv): FunNumbers {
  const index = new Map<object, number>();
  const kernel = new Map<object, number>();
  const recursive = new Set<object>();
  const named = (e: A.Fun) => e.name !== undefined && e.name !== '_' && usesName(e);

  // ---- v3_core's order (N)
  let n = 0;
  const core = (e: A.Expr): void => {
    const rev = (xs: A.Expr[]) => { for (let i = xs.length - 1; i >= 0; i--) core(xs[i]!); };
    const fwd = (xs: A.Expr[]) => xs.forEach(core);
    const clauses = (cs: A.Clause[]) => cs.forEach((cl) => fwd(cl.body));
    switch (e.kind) {
      case 'lc': case 'bc': {
        for (const q of e.qualifiers) core(isGen(q) ? q.expr : q.kind === 'm_generate' ? q.expr : (q as A.Expr));
        for (const q of e.qualifiers) if (isGen(q)) index.set(q, n++);
        core(e.template);
        break;
      }
      case 'fun':
        clauses(e.clauses);
        index.set(e, n++);
        if (named(e)) recursive.add(e);
        break;
      case 'fun_ref': if (env.isLocalRef(e)) index.set(e, n++); break;
      case 'cons': rev([e.head, e.tail]); break;
      case 'tuple': rev(e.elements); break;
      case 'map': fwd([...(e.base ? [e.base] : []), ...e.fields.flatMap((x) => [x.key, x.value])]); break;
      case 'record':
        if (e.base) fwd([...e.fields.map((x) => x.value), e.base]);
        else rev(recordValues(e, env));
        break;
      case 'record_field_access': core(e.expr); break;
      case 'bin':
        for (let i = e.elements.length - 1; i >= 0; i--) {
          const x = e.elements[i]!;
          core(x.value);
          if (x.size !== 'default') core(x.size);
        }
        break;
      case 'op':
        if (e.op === '++' && e.left.kind === 'lc') fwd([e.right, e.left]);
        else if (e.op === 'andalso' || e.op === 'orelse') fwd([e.left, e.right]);
        else rev([e.left, e.right]);
        break;
      case 'unop': core(e.operand); break;
      case 'match': case 'maybe_match': core(e.expr); break;
      case 'call': {
        const c = e.callee;
        if (c.kind === 'remote') rev([c.module, c.name, ...e.args]);
        else if (c.kind === 'atom') rev(e.args);
        else { core(c); rev(e.args); }
        break;
      }
      case 'block': fwd(e.body); break;
      case 'if': clauses(e.clauses); break;
      case 'case': core(e.expr); clauses(e.clauses); break;
      case 'receive':
        if (e.after) { core(e.after.timeout); fwd(e.after.body); }
        clauses(e.clauses);
        break;
      case 'try': fwd(e.body); clauses(e.clauses); clauses(e.catchClauses); fwd(e.after); break;
      case 'catch': core(e.expr); break;
      case 'maybe': fwd(e.body); if (e.elseClauses) clauses(e.elseClauses); break;
      default: break;
    }
  };
  for (const cl of fn.clauses) cl.body.forEach(core);

  // ---- v3_kernel's order (M), and its second pass's order (module_info)
  const inlined = inlinedFuns(fn);
  const kernelWalk = (runsBackwards: boolean, enter: (k: object) => void, exit: (k: object) => void) => {
    const fwd = (xs: A.Expr[]) => xs.forEach(walk);
    const match = (cs: MClause[], cols: number): void => matchClauses(cs, cols, runsBackwards, env.records);
    const clauses = (cs: A.Clause[]) =>
      match(cs.map((cl) => ({ pats: cl.patterns, guarded: isGuarded(cl), body: () => fwd(cl.body) })), cs[0]?.patterns.length ?? 0);
    function walk(e: A.Expr): void {
      switch (e.kind) {
        case 'lc': case 'bc': {
          const isBc = e.kind === 'bc';
          const qs = e.qualifiers;
          const from = (j: number): void => {
            for (let i = j; i < qs.length; i++) {
              const q = qs[i]!;
              if (isGen(q)) {
                const first = i === 0;
                if (isBc && first) walk(q.expr);
                enter(q);
                from(i + 1);
                exit(q);
                if (!(isBc && first)) walk(q.expr);
                return;
              }
              walk(q.kind === 'm_generate' ? q.expr : (q as A.Expr));
            }
            walk(e.template);
          };
          from(0);
          break;
        }
        case 'fun': {
          if (recursive.has(e)) enter(e);
          // A fun's clauses end in a function_clause failure, and v3_kernel draws a
          // number (for an `-inlined-` name it does not use) when it translates it.
          const any: A.Expr = { kind: 'var', loc: e.loc, name: '_' };
          const arity = e.clauses[0]?.patterns.length ?? 0;
          match([
            ...e.clauses.map((cl) => ({ pats: cl.patterns, guarded: isGuarded(cl), body: () => fwd(cl.body) })),
            { pats: Array.from({ length: arity }, () => any), guarded: false, body: () => enter({}) },
          ], arity);
          if (!inlined.has(e)) exit(e);
          break;
        }
        case 'cons': fwd([e.head, e.tail]); break;
        case 'tuple': fwd(e.elements); break;
        case 'map': fwd([...(e.base ? [e.base] : []), ...e.fields.flatMap((x) => [x.key, x.value])]); break;
        case 'record':
          if (e.base) fwd([...e.fields.map((x) => x.value), e.base]);
          else fwd(recordValues(e, env));
          break;
        case 'record_field_access': walk(e.expr); break;
        case 'bin':
          for (const x of e.elements) { walk(x.value); if (x.size !== 'default') walk(x.size); }
          break;
        case 'op':
          if (e.op === '++' && e.left.kind === 'lc') fwd([e.right, e.left]);
          else fwd([e.left, e.right]);
          break;
        case 'unop': walk(e.operand); break;
        case 'match': case 'maybe_match': walk(e.expr); break;
        case 'call': {
          const c = e.callee;
          if (c.kind === 'remote') fwd([c.module, c.name, ...e.args]);
          else if (c.kind === 'atom') fwd(e.args);
          else if (c.kind === 'fun' && !c.name && c.clauses.length === 1 && c.clauses[0]!.patterns.length === e.args.length) {
            // sys_core_fold inlines a fun applied where it is written: no function.
            fwd(e.args);
            fwd(c.clauses[0]!.body);
          } else fwd([c, ...e.args]);
          break;
        }
        case 'block': fwd(e.body); break;
        case 'if': clauses(e.clauses); break;
        case 'case': walk(e.expr); clauses(e.clauses); break;
        case 'receive':
          // v3_kernel meets the after body before the clauses, its second pass after.
          if (e.after) walk(e.after.timeout);
          if (e.after && runsBackwards) fwd(e.after.body);
          clauses(e.clauses);
          if (e.after && !runsBackwards) fwd(e.after.body);
          break;
        case 'try': fwd(e.body); clauses(e.clauses); clauses(e.catchClauses); fwd(e.after); break;
        case 'catch': walk(e.expr); break;
        case 'maybe': fwd(e.body); if (e.elseClauses) clauses(e.elseClauses); break;
        default: break;
      }
    }
    clauses(fn.clauses);
  };
  let m = 0;
  kernelWalk(true, (k) => kernel.set(k, m++), () => {});
  const added: object[] = [];
  kernelWalk(false, () => {}, (k) => { if (!added.includes(k)) added.push(k); });
  return { index, kernel, recursive, lifted: added.reverse() };
}

/** Funs that sys_core_fold inlines, so that they are no functions of their own (the
 * simple case only): `V = fun(X, ...) -> ... end, V(...)`, one clause of variables,
 * V used nowhere else. */
function inlinedFuns(fn: A.FunctionDef): Set<A.Expr> {
  const out = new Set<A.Expr>();
  const uses = new Map<string, number>();
  const bodies: A.Expr[][] = [];
  const look = (x: unknown): void => {
    if (x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) { x.forEach(look); return; }
    const o = x as Record<string, unknown> & { kind?: string; name?: string };
    if (o.kind === 'var' && typeof o.name === 'string') uses.set(o.name, (uses.get(o.name) ?? 0) + 1);
    if (o.kind === 'clause' || o.kind === 'block') bodies.push(o.body as A.Expr[]);
    for (const k of Object.keys(o)) if (k !== 'loc') look(o[k]);
  };
  look(fn.clauses);
  const callOf = (x: A.Expr | undefined): A.Call | undefined => {
    if (x?.kind === 'match') x = x.expr;
    return x?.kind === 'call' ? x : undefined;
  };
  for (const body of bodies) {
    for (let i = 0; i + 1 < body.length; i++) {
      const b = body[i]!;
      if (b.kind !== 'match' || b.pattern.kind !== 'var' || b.expr.kind !== 'fun') continue;
      const fun = b.expr, name = b.pattern.name;
      const call = callOf(body[i + 1]);
      if (fun.name || fun.clauses.length !== 1 || fun.clauses[0]!.guards.length > 0) continue;
      if (!fun.clauses[0]!.patterns.every((p) => p.kind === 'var')) continue;
      if (!call || call.callee.kind !== 'var' || call.callee.name !== name || call.args.length !== fun.clauses[0]!.patterns.length) continue;
      if (uses.get(name) === 2) out.add(fun);
    }
  }
  return out;
}

// Forward walk for numberFunIndices.
function forChildren(e: A.Expr, f: (x: A.Expr) => void, reversed: boolean): void {
  const each = (xs: A.Expr[]) => {
    if (reversed) for (let i = xs.length - 1; i >= 0; i--) f(xs[i]!);
    else xs.forEach(f);
  };
  // Sequences (bodies) always run forwards.
  const body = (xs: A.Expr[]) => xs.forEach(f);
  const clauses = (cs: A.Clause[]) => {
    const go = (cl: A.Clause) => {
      each(cl.guards.flat());
      body(cl.body);
    };
    if (reversed) for (let i = cs.length - 1; i >= 0; i--) go(cs[i]!);
    else cs.forEach(go);
  };
  switch (e.kind) {
    case 'cons': each([e.head, e.tail]); break;
    case 'tuple': each(e.elements); break;
    case 'map': each([...(e.base ? [e.base] : []), ...e.fields.flatMap((x) => [x.key, x.value])]); break;
    case 'record': each([...(e.base ? [e.base] : []), ...e.fields.map((x) => x.value)]); break;
    case 'record_field_access': f(e.expr); break;
    case 'bin': each(e.elements.flatMap((x) => [x.value, ...(x.size === 'default' ? [] : [x.size])])); break;
    case 'op': each([e.left, e.right]); break;
    case 'unop': f(e.operand); break;
    case 'match': case 'maybe_match': f(e.expr); break;
    case 'call': {
      const c = e.callee;
      each([...(c.kind === 'remote' ? [c.module, c.name] : [c]), ...e.args]);
      break;
    }
    case 'block': body(e.body); break;
    case 'if': clauses(e.clauses); break;
    case 'case': f(e.expr); clauses(e.clauses); break;
    case 'receive':
      clauses(e.clauses);
      if (e.after) { f(e.after.timeout); body(e.after.body); }
      break;
    case 'try': body(e.body); clauses(e.clauses); clauses(e.catchClauses); body(e.after); break;
    case 'catch': f(e.expr); break;
    case 'maybe': body(e.body); if (e.elseClauses) clauses(e.elseClauses); break;
    case 'fun': clauses(e.clauses); break;
    case 'lc': case 'bc': {
      const qs: A.Expr[] = [];
      for (const q of e.qualifiers) {
        if (q.kind === 'generate' || q.kind === 'b_generate') qs.push(q.expr);
        else if (q.kind === 'm_generate') qs.push(q.expr);
        else qs.push(q as A.Expr);
      }
      each([e.template, ...qs]);
      break;
    }
    default: break;
  }
}

/** OTP's module-wide fun indices (fun_info(F, index)). Observed on OTP 25: the funs
 * directly in the module's functions are numbered first, in source order; then lambda
 * lifting takes the bodies it has collected from a stack, last found first, numbering
 * the funs directly in each body and pushing them in turn (so a fun's whole subtree is
 * numbered before the fun found before it). A comprehension is lifted too (it becomes a
 * function) but takes no index; `fun f/1` of a local function takes one and has no body. */
export function numberFunIndices(fns: A.FunctionDef[], isLocalRef: (e: A.FunRef) => boolean): Map<A.Expr, number> {
  const out = new Map<A.Expr, number>();
  let n = 0;
  const isNode = (e: A.Expr) => e.kind === 'fun' || e.kind === 'lc' || e.kind === 'bc' || (e.kind === 'fun_ref' && isLocalRef(e));
  const stack: A.Expr[] = [];
  const scan = (roots: A.Expr[]): void => {
    const walk = (e: A.Expr): void => {
      if (!isNode(e)) return forChildren(e, walk, false);
      if (e.kind !== 'lc' && e.kind !== 'bc') out.set(e, n++);
      if (e.kind !== 'fun_ref') stack.push(e);
    };
    for (const r of roots) walk(r);
  };
  const inside = (e: A.Expr): A.Expr[] => {
    const xs: A.Expr[] = [];
    forChildren(e, (x) => xs.push(x), false);
    return xs;
  };
  scan(fns.flatMap((fn) => fn.clauses.flatMap((cl) => [...cl.guards.flat(), ...cl.body])));
  while (stack.length > 0) scan(inside(stack.pop()!));
  return out;
}

// ------------------------------------------------------------- v3_kernel's match order

interface MClause { pats: A.Expr[]; guarded: boolean; body: () => void }

/** A clause with a guard other than `true`. */
function isGuarded(cl: A.Clause): boolean {
  const g = cl.guards;
  if (g.length === 0) return false;
  return !(g.length === 1 && g[0]!.length === 1 && g[0]![0]!.kind === 'atom' && (g[0]![0] as A.AtomLit).value === 'true');
}

type Con = { type: number; value: string; sub: A.Expr[] };
const TYPES = { binary: 0, literal: 1, cons: 2, tuple: 3, map: 4, atom: 5, float: 6, int: 7, nil: 8 } as const;

/** The pattern without aliases: `P = V` is P, `V = P` is P. */
function unalias(p: A.Expr): A.Expr {
  while (p.kind === 'match') p = p.pattern.kind === 'var' ? p.expr : p.pattern;
  return p;
}

function isVarPat(p: A.Expr): boolean {
  return unalias(p).kind === 'var';
}

/** A literal pattern's value as text, or undefined when it has variables. */
function litText(p: A.Expr): string | undefined {
  p = unalias(p);
  switch (p.kind) {
    case 'atom': return `a:${p.value}`;
    case 'integer': return `i:${p.value}`;
    case 'char': return `i:${p.value}`;
    case 'float': return `f:${p.value}`;
    case 'nil': return 'nil';
    case 'string': return `s:${p.value}`;
    case 'unop': return p.op === '-' && (p.operand.kind === 'integer' || p.operand.kind === 'float') ? `${p.operand.kind === 'integer' ? 'i' : 'f'}:-${p.operand.value}` : undefined;
    case 'tuple': {
      const xs = p.elements.map(litText);
      return xs.every((x) => x !== undefined) ? `t{${xs.join(',')}}` : undefined;
    }
    case 'cons': {
      const h = litText(p.head), t = litText(p.tail);
      return h !== undefined && t !== undefined ? `c[${h}|${t}]` : undefined;
    }
    default: return undefined;
  }
}

function con(p0: A.Expr, records: NumberingEnv['records']): Con {
  const p = unalias(p0);
  switch (p.kind) {
    case 'atom': return { type: TYPES.atom, value: p.value, sub: [] };
    case 'integer': return { type: TYPES.int, value: String(p.value), sub: [] };
    case 'char': return { type: TYPES.int, value: String(p.value), sub: [] };
    case 'float': return { type: TYPES.float, value: String(p.value), sub: [] };
    case 'unop': return { type: p.operand.kind === 'float' ? TYPES.float : TYPES.int, value: `-${String((p.operand as A.IntegerLit).value)}`, sub: [] };
    case 'nil': return { type: TYPES.nil, value: '', sub: [] };
    case 'string': {
      if (p.value === '') return { type: TYPES.nil, value: '', sub: [] };
      const rest: A.Expr = { kind: 'string', loc: p.loc, value: p.value.slice(1) };
      return { type: TYPES.cons, value: '', sub: [{ kind: 'char', loc: p.loc, value: p.value.codePointAt(0)! }, rest] };
    }
    case 'op':
      if (p.op === '++') {
        // "abc" ++ T: a cons chain ending in T.
        const l = p.left;
        if (l.kind === 'nil' || (l.kind === 'string' && l.value === '')) return con(p.right, records);
        if (l.kind === 'string') {
          const rest: A.Expr = { kind: 'op', loc: p.loc, op: '++', left: { kind: 'string', loc: l.loc, value: l.value.slice(1) }, right: p.right };
          return { type: TYPES.cons, value: '', sub: [{ kind: 'char', loc: l.loc, value: l.value.codePointAt(0)! }, rest] };
        }
        if (l.kind === 'cons') return { type: TYPES.cons, value: '', sub: [l.head, { kind: 'op', loc: p.loc, op: '++', left: l.tail, right: p.right }] };
      }
      return { type: TYPES.int, value: '?', sub: [] };
    case 'cons': return { type: TYPES.cons, value: '', sub: [p.head, p.tail] };
    case 'tuple': return { type: TYPES.tuple, value: String(p.elements.length), sub: p.elements };
    case 'map': return { type: TYPES.map, value: p.fields.map((f) => litText(f.key) ?? '?').join(','), sub: p.fields.map((f) => f.value) };
    case 'bin': return { type: TYPES.binary, value: '', sub: [] };
    case 'record': {
      // #r{f = P}: the tuple {r, ...} with `_` for the fields not given.
      const def = records.get(p.name);
      const wild = p.fields.find((x) => x.name.kind === 'var')?.value;
      const any: A.Expr = { kind: 'var', loc: p.loc, name: '_' };
      const es = (def?.fields ?? []).map((fd) => p.fields.find((x) => x.name.kind === 'atom' && x.name.value === fd.name)?.value ?? wild ?? any);
      return { type: TYPES.tuple, value: String(es.length + 1), sub: [{ kind: 'atom', loc: p.loc, value: p.name }, ...es] };
    }
    case 'record_index': return { type: TYPES.int, value: `${p.name}.${p.field.value}`, sub: [] };
    default: return { type: TYPES.atom, value: '?', sub: [] };
  }
}

function matchClauses(cs: MClause[], cols: number, runsBackwards: boolean, records: NumberingEnv['records']): void {
  if (cs.length === 0) return;
  if (cols === 0) {
    // The guarded clauses up to the first one without a guard (the others are never
    // translated); the second pass takes the guarded ones from last to first.
    const upTo = cs.findIndex((c) => !c.guarded);
    const live = upTo < 0 ? cs : cs.slice(0, upTo + 1);
    if (runsBackwards) live.forEach((c) => c.body());
    else {
      const guarded = live.filter((c) => c.guarded);
      [...guarded].reverse().forEach((c) => c.body());
      if (upTo >= 0) live[upTo]!.body();
    }
    return;
  }
  // Runs of clauses whose first pattern is a variable, or is not.
  const runs: MClause[][] = [];
  for (const c of cs) {
    const last = runs[runs.length - 1];
    if (last && isVarPat(last[0]!.pats[0]!) === isVarPat(c.pats[0]!)) last.push(c);
    else runs.push([c]);
  }
  if (runsBackwards) runs.reverse();
  for (const run of runs) {
    if (isVarPat(run[0]!.pats[0]!)) {
      matchClauses(run.map((c) => ({ ...c, pats: c.pats.slice(1) })), cols - 1, runsBackwards, records);
      continue;
    }
    // By type, then by value (v3_kernel sorts the values of atoms and numbers by the
    // clauses, that is by where they are written).
    const byType = new Map<number, { c: MClause; k: Con }[]>();
    for (const c of run) {
      const k = con(c.pats[0]!, records);
      const xs = byType.get(k.type) ?? [];
      xs.push({ c, k });
      byType.set(k.type, xs);
    }
    // A type with one clause whose pattern is a whole non-atomic literal is matched
    // as that literal, before the other types (but after binaries).
    for (const [t, xs] of [...byType]) {
      const lit = xs.length === 1 && t !== TYPES.binary ? litText(xs[0]!.c.pats[0]!) : undefined;
      if (lit !== undefined && (t === TYPES.cons || t === TYPES.tuple)) {
        byType.delete(t);
        const l = byType.get(TYPES.literal) ?? [];
        l.push({ c: xs[0]!.c, k: { type: TYPES.literal, value: lit, sub: [] } });
        byType.set(TYPES.literal, l);
      }
    }
    // v3_kernel's second pass takes types and values from last to first (a foldr).
    const types = [...byType.keys()].sort((a, b) => a - b);
    if (!runsBackwards) types.reverse();
    for (const t of types) {
      const xs = byType.get(t)!;
      const groups: { k: Con; cs: MClause[] }[] = [];
      for (const { c, k } of xs) {
        const single = t === TYPES.cons || t === TYPES.nil || t === TYPES.binary;
        const g = single ? groups[0] : t === TYPES.map ? (groups[groups.length - 1]?.k.value === k.value ? groups[groups.length - 1] : undefined) : groups.find((x) => x.k.value === k.value);
        const sub = { pats: [...k.sub, ...c.pats.slice(1)], guarded: c.guarded, body: c.body };
        if (g) g.cs.push(sub);
        else groups.push({ k, cs: [sub] });
      }
      if (!runsBackwards) groups.reverse();
      for (const g of groups) matchClauses(g.cs, g.k.sub.length + cols - 1, runsBackwards, records);
    }
  }
}
