// `erlts_shell`: the native half of the shell's evaluator (stdlib/src/shell.erl).
//
// The shell evaluates each top-level expression of a command by compiling it with
// erlts's own compiler into a throwaway module and calling it (docs/shell.md): every
// expression form, bit syntax and error term is then exactly the compiler's. For an
// expression E with the bindings {A, B, ...} it builds
//
//     -module('$erlts_shell_K').
//     -export(['$eval'/1]).
//     '$eval'({A, B}) -> V = E, {V, [{'X', X}, ...]}.
//
// where A, B are the bound variables E uses (the pattern binds them, so `A = 5` with A
// bound is a match, as in the shell) and X, ... the other variables E mentions. Which
// of those E really binds is what the linter says: a name reported unbound or unsafe at
// the result list (a place no user text has) is dropped and the module linted again.
// Local calls `f(...)` become `shell:local_func(f, [...])`, which runs the shell's own
// commands (b/f/v/h/rr/rp...) or shell_default's; `f(X)` passes X's name, not its value.
//
// Parsed commands wait here, by number, until the evaluator compiles them. No node:*
// imports: the browser playground embeds this evaluator.
import type { Clause, Expr, Form, Loc, Module } from '../../compiler/ast/ast.js';
import { lex } from '../../compiler/parse/lexer.js';
import { parseForm } from '../../compiler/parse/parser.js';
import { lint, erlcOrder } from '../../compiler/lint/lint.js';
import { isAutoBif } from '../../compiler/lint/bifs.js';
import { compileForLoad } from '../../compiler/compile.js';
import type { Diagnostic } from '../../compiler/diagnostics.js';
import { currentRuntime } from '../exec/index.js';
import { registerNative } from '../bifs/registry.js';
import { Fun, NIL, Pid, isAtom, atomName, type Term } from '../term/types.js';
import { S } from '../exec/state.js';
import { fromArray, fromString, toArrayOrUndefined, toJsString } from '../term/list.js';
import { badarg, ErlangError } from '../term/errors.js';
import { prettyPrint } from '../format/pretty.js';
import { setBoundNames } from './complete.js';
import { ppExprs } from './erl-pp.js';
import { printExpr } from '../../compiler/ast/print.js';

const FILE = 'shell';
/** Where the nodes we add live: no user text is on line 0. */
const SYN: Loc = { file: FILE, line: 0, col: 0 };
const RESULT_VAR = 'ErltsShellValue__';

/** Parsed expressions waiting to be compiled, by id. */
const pending = new Map<number, Expr>();
/** Record definitions known to the shell (rr/rd), by name, as forms: one table per
 * runtime (a node), as OTP's shell has one per shell. */
const recordTables = new WeakMap<object, Map<string, Extract<Form, { kind: 'attr_record' }>>>();
function shellRecords(): Map<string, Extract<Form, { kind: 'attr_record' }>> {
  const rt = currentRuntime() ?? recordTables;
  let t = recordTables.get(rt);
  if (!t) recordTables.set(rt, (t = new Map()));
  return t;
}

/** The shell's record_print_fun: field names of a known record of that size. */
function recordFields(name: string, arity: number): readonly string[] | undefined {
  const r = shellRecords().get(name);
  return r && r.fields.length === arity ? r.fields.map((f) => f.name) : undefined;
}
/** The commands kept for h() and e(N) (history/1), by number, as expanded: one table
 * per runtime, as the records. */
const commandTables = new WeakMap<object, Map<number, Expr[]>>();
function shellCommands(): Map<number, Expr[]> {
  const rt = currentRuntime() ?? commandTables;
  let t = commandTables.get(rt);
  if (!t) commandTables.set(rt, (t = new Map()));
  return t;
}

/** The number a history reference stands for (`e(-1)`, `v(3)`): erl evaluates it
 * without bindings; we take integer constants and their sums, differences, negations. */
function constInt(e: Expr): number | undefined {
  if (e.kind === 'integer') return Number(e.value);
  if (e.kind === 'unop' && (e.op === '-' || e.op === '+')) {
    const v = constInt(e.operand);
    return v === undefined ? undefined : e.op === '-' ? -v : v;
  }
  if (e.kind === 'op' && (e.op === '+' || e.op === '-' || e.op === '*')) {
    const a = constInt(e.left);
    const b = constInt(e.right);
    if (a === undefined || b === undefined) return undefined;
    return e.op === '+' ? a + b : e.op === '-' ? a - b : a * b;
  }
  return undefined;
}

class NotFound {
  constructor(readonly what: Expr) {}
}

/** erl's shell's history expansion: `e(N)` becomes command N's expressions (one, or a
 * `begin ... end` of them), `v(N)` becomes `v(Number)` if that result is kept; else
 * `N: command not found`. */
function expandHistory(es: Expr[], current: number, results: ReadonlySet<number>): Expr[] {
  const cmds = shellCommands();
  const abs = (n: Expr): number | undefined => {
    const k = constInt(n);
    return k === undefined ? undefined : k < 0 ? current + k : k;
  };
  return es.map((e) =>
    rewrite(e, (n) => {
      if (n.kind !== 'call') return undefined;
      const c = n as Extract<Expr, { kind: 'call' }>;
      if (c.callee.kind !== 'atom' || c.args.length !== 1) return undefined;
      if (c.callee.value === 'e') {
        const k = abs(c.args[0]!);
        const cmd = k === undefined ? undefined : cmds.get(k);
        if (cmd === undefined) throw new NotFound(c.args[0]!);
        return cmd.length === 1 ? cmd[0] : { kind: 'block', loc: c.loc, body: cmd };
      }
      if (c.callee.value === 'v') {
        const k = abs(c.args[0]!);
        if (k === undefined || !results.has(k)) throw new NotFound(c.args[0]!);
        return { ...c, args: [{ kind: 'integer', loc: c.args[0]!.loc, value: BigInt(k) } as Expr] };
      }
      return undefined;
    }) as Expr,
  );
}

let nextId = 0;
let nextModule = 0;

function errorTerm(d: Diagnostic, lineOffset: number): Term {
  return ['error', [[d.line - lineOffset, d.col], fromString(d.message)]];
}

/** The text of a command (up to and including its dot) -> its top-level expressions. */
export function parseCommand(text: string): { ok: true; exprs: Expr[] } | { ok: false; error: Diagnostic } {
  // The function head goes on a line of its own, so the user's text keeps its columns;
  // every position is then one line too far, which the callers take off.
  const src = `'$erlts_shell_expr'() ->\n${text}`;
  const lx = lex(src, FILE);
  if (lx.errors.length > 0) return { ok: false, error: lx.errors[0]! };
  const r = parseForm(lx.tokens);
  if (r.diagnostics.length > 0) return { ok: false, error: r.diagnostics[0]! };
  const f = r.form;
  if (!f || f.kind !== 'function') return { ok: false, error: { severity: 'error', origin: 'erl_parse', code: 'syntax_error', message: 'syntax error', file: FILE, line: 2, col: 1 } };
  return { ok: true, exprs: f.clauses[0]!.body };
}

/** Generic walk over an AST value: `fn` may replace a node (return it) or not (undefined). */
function rewrite(x: unknown, fn: (n: { kind: string }) => unknown): unknown {
  if (Array.isArray(x)) return x.map((e) => rewrite(e, fn));
  if (x === null || typeof x !== 'object') return x;
  const n = x as { kind?: string };
  if (typeof n.kind === 'string') {
    const r = fn(n as { kind: string });
    if (r !== undefined) return r;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) out[k] = k === 'loc' ? v : rewrite(v, fn);
  return out;
}

const atomE = (value: string, loc: Loc = SYN): Expr => ({ kind: 'atom', loc, value });
const varE = (name: string, loc: Loc = SYN): Expr => ({ kind: 'var', loc, name });
const tupleE = (elements: Expr[], loc: Loc = SYN): Expr => ({ kind: 'tuple', loc, elements });
function listE(items: Expr[], loc: Loc = SYN): Expr {
  let l: Expr = { kind: 'nil', loc };
  for (let i = items.length - 1; i >= 0; i--) l = { kind: 'cons', loc, head: items[i]!, tail: l };
  return l;
}
function remoteCall(m: string, f: string, args: Expr[], loc: Loc): Expr {
  return { kind: 'call', loc, callee: { kind: 'remote', loc, module: atomE(m, loc), name: atomE(f, loc) }, args };
}

/** Operators as erl_eval applies them: a call of erlang:Op, whose errors show the
 * operator's own frame (`in operator  '/'/2, called as 1 / 0`). Patterns and guards
 * keep theirs. */
const OPS = new Set(['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', 'and', 'or', 'xor', 'not', 'bnot',
  '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=', '++', '--']);

function operatorCalls(e: Expr): Expr {
  return rewrite(e, (n) => {
    switch (n.kind) {
      case 'clause': {
        const c = n as Clause;
        return { ...c, body: c.body.map(operatorCalls) };
      }
      case 'match':
      case 'maybe_match':
      case 'generate':
      case 'b_generate':
      case 'm_generate': {
        const m = n as { kind: string; loc: Loc; pattern: unknown; expr: Expr };
        return { ...m, expr: operatorCalls(m.expr) };
      }
      case 'call': {
        // A call of a BIF or a remote function, made as erl_eval makes it (apply/3):
        // the callee's own frame and arguments show in errors (`maps:get/2`, which
        // compiled code turns into erlang:map_get/2, stays maps:get/2).
        const c = n as Extract<Expr, { kind: 'call' }>;
        const args = c.args.map(operatorCalls);
        let m: string | undefined;
        let f: string | undefined;
        if (c.callee.kind === 'atom' && isAutoBif(c.callee.value, args.length)) [m, f] = ['erlang', c.callee.value];
        else if (c.callee.kind === 'remote' && c.callee.module.kind === 'atom' && c.callee.name.kind === 'atom')
          [m, f] = [c.callee.module.value, c.callee.name.value];
        // Any other callee (`(fun() -> ... end)()`, `F()`, `M:f()`) is an expression too.
        if (m === undefined || f === undefined) return { ...c, callee: operatorCalls(c.callee), args };
        if (m === 'shell') return { ...c, args };
        return remoteCall('shell', 'apply_fun', [atomE(m, c.loc), atomE(f, c.loc), listE(args, c.loc)], c.loc);
      }
      case 'op': {
        const o = n as Extract<Expr, { kind: 'op' }>;
        if (!OPS.has(o.op)) return undefined;
        const args = [operatorCalls(o.left), operatorCalls(o.right)];
        // Compiled code gives `/` no frame of its own (erlc's, and ours); erl_eval does.
        if (o.op === '/') return remoteCall('shell', 'apply_op', [atomE(o.op, o.loc), listE(args, o.loc)], o.loc);
        return remoteCall('erlang', o.op, args, o.loc);
      }
      case 'unop': {
        const o = n as Extract<Expr, { kind: 'unop' }>;
        // A negative number literal stays a literal.
        if (!OPS.has(o.op) || (o.op === '-' && (o.operand.kind === 'integer' || o.operand.kind === 'float'))) return undefined;
        if (o.op === '+') return remoteCall('shell', 'apply_op', [atomE(o.op, o.loc), listE([operatorCalls(o.operand)], o.loc)], o.loc);
        return remoteCall('erlang', o.op, [operatorCalls(o.operand)], o.loc);
      }
    }
    return undefined;
  }) as Expr;
}

/** A fun written in a command becomes an erl_eval fun (`erlts_shell:erl_eval_fun/3`),
 * as the funs erl's evaluator makes: it prints `#Fun<erl_eval.42.3316493>` and
 * erlang:fun_info/2 says erl_eval, wherever it goes. */
function shellFuns(e: Expr, sources: Expr[]): Expr {
  let next = 0;
  const walk = (x: Expr): Expr =>
    rewrite(x, (n) => {
      if (n.kind !== 'fun') return undefined;
      const f = n as Extract<Expr, { kind: 'fun' }>;
      // Funs are met in the same order as in the text as typed (sources).
      const src = sources[next++];
      const id = src === undefined ? 0 : ++nextSource;
      if (src !== undefined) funSources.set(id, src);
      const inner: Expr = { ...f, clauses: f.clauses.map((c) => walk(c as unknown as Expr) as unknown as Clause) };
      return remoteCall('erlts_shell', 'erl_eval_fun', [inner, atomE(f.name === undefined ? 'false' : 'true', f.loc), { kind: 'integer', loc: f.loc, value: BigInt(id) }], f.loc);
    }) as Expr;
  return walk(e);
}

/** The funs of an expression as typed, outermost first, in text order. */
function funsOf(e: Expr): Expr[] {
  const out: Expr[] = [];
  rewrite(e, (n) => {
    if (n.kind === 'fun') out.push(n as Expr);
    return undefined;
  });
  return out;
}

/** The text of the funs made by commands, for b() (erl prints a fun binding as source). */
let nextSource = 0;
const funSources = new Map<number, Expr>();
const funText = new WeakMap<Fun, Expr>();

// What erl_eval's funs are in OTP 25 (erl_eval.beam's): one fun per arity 0..20 in
// erl_eval:expr/6, unnamed ones at indexes 43 - Arity, named ones at 20 - Arity.
const ERL_EVAL_UNIQ = 3316493;
const ERL_EVAL_MD5 = Uint8Array.from([6, 83, 97, 170, 70, 21, 144, 209, 189, 241, 235, 98, 209, 166, 235, 8]);

/** The erl_eval fun standing for a fun compiled from a command: same code; its
 * environment is the compiled fun (so two such funs are equal only if their code and
 * free variables are), its creator the calling process. */
export function erlEvalFun(f: Fun, named: boolean, source?: Expr): Fun {
  const a = f.arity;
  if (f.isExport) return f;
  // erl_eval has funs of up to 20 parameters; a longer one is an error where it is made.
  if (a > 20) throw new ErlangError('error', ['argument_limit', ['fun', 1, ['clauses', NIL]]]);
  const index = named ? 20 - a : 43 - a;
  const name = named ? `-expr/6-RF/${a}-${a + 2}-` : `-expr/6-fun-${a + 2}-`;
  const inner = f.fn as (...args: unknown[]) => unknown;
  const fn = (...args: unknown[]): unknown => {
    args[args.length - 1] = f;
    return inner(...args);
  };
  const pid = S.proc ? (S.proc as unknown as { pid: Pid }).pid : null;
  const g = new Fun('erl_eval', name, a, fn, [f], index, ERL_EVAL_UNIQ, ERL_EVAL_MD5, index, pid);
  if (source !== undefined) funText.set(g, source);
  return g;
}

// ------------------------------------------------------------- stacks of catch and try
//
// The stack a `catch` or `try` of a command sees is, under erl, erl_eval's: under the
// failing call, frames of erl_eval for each construct on the way from it up to the
// command, then the shell's. Ours holds the command's module instead. Each catch and
// each try that binds the stack is given what erl's would hold, worked out from the
// command's text: `Site`, the constructs from a failing call up to the body of the
// catch or try (`do_apply` for the call, `match`, `expr_list`+`tuple`, `cons`, ...), `Match` the same
// when the failure is a badmatch of the body's own match, and `Ctx`, the catch or try
// itself and the constructs around it up to the command. shell:catch_value/2 and
// shell:erl_stack/2 put them in place of our frames. Inside a fun, the frames below the
// fun are what called it, with the command's left out. Where the path is not one we
// know (an argument that is not a value, a case, ...), the command's frames are only
// dropped ('unknown').

type Keys = string[] | null;

/** Is the expression evaluated without a call (so it cannot be where a failure is)? */
function simple(e: Expr): boolean {
  switch (e.kind) {
    case 'integer': case 'float': case 'char': case 'string': case 'atom': case 'var': case 'nil': case 'fun': case 'fun_ref': case 'fun_remote':
      return true;
    case 'tuple':
      return e.elements.every(simple);
    case 'cons':
      return simple(e.head) && simple(e.tail);
    case 'unop':
      return e.op === '-' && (e.operand.kind === 'integer' || e.operand.kind === 'float');
    default:
      return false;
  }
}

/** Frames from the failing place up to `e`, if there is one place that can fail. */
function siteOf(e: Expr): { site: Keys; match: Keys } {
  switch (e.kind) {
    case 'call':
      return { site: e.args.every(simple) ? ['do_apply'] : null, match: null };
    case 'op': {
      if (simple(e.left) && simple(e.right)) return { site: ['do_apply'], match: null };
      // A failing left operand (the right one is a value): erl_eval's expr/6 over it.
      if (!simple(e.left) && simple(e.right) && e.op !== 'andalso' && e.op !== 'orelse') {
        const r = siteOf(e.left);
        return { site: r.site && [...r.site, 'op_left'], match: null };
      }
      return { site: null, match: null };
    }
    case 'match': {
      if (simple(e.expr)) return { site: null, match: ['badmatch'] };
      const r = siteOf(e.expr);
      return { site: r.site && [...r.site, 'match'], match: ['badmatch'] };
    }
    case 'tuple': {
      const xs = e.elements.filter((x) => !simple(x));
      if (xs.length !== 1) return { site: null, match: null };
      const r = siteOf(xs[0]!);
      return { site: r.site && [...r.site, 'expr_list', 'tuple'], match: null };
    }
    case 'cons': {
      // erl_eval evaluates a list's head, then its tail, each in expr/6.
      const h = simple(e.head);
      const t = simple(e.tail);
      if (h === t) return { site: null, match: null };
      const r = siteOf(h ? e.tail : e.head);
      return { site: r.site && [...r.site, h ? 'cons_tail' : 'cons'], match: null };
    }
    case 'block':
      return e.body.length === 1 ? siteOf(e.body[0]!) : { site: null, match: null };
    default:
      return { site: null, match: null };
  }
}

const keysE = (k: Keys): Expr => (k === null ? atomE('none') : listE(k.map((x) => atomE(x))));

/** Info for shell:catch_value/2, shell:erl_stack/2. A context ending in 'infun' is
 * inside a fun's body: what is below the fun is only known when it runs. */
function stackInfo(body: Expr | undefined, ctx: Keys, own: string): Expr {
  if (ctx === null || body === undefined) return atomE('unknown');
  const { site, match } = siteOf(body);
  if (ctx.at(-1) === 'infun') return tupleE([keysE(site), keysE(match), keysE([own, ...ctx.slice(0, -1)]), atomE('infun')]);
  return tupleE([keysE(site), keysE(match), keysE([own, ...ctx])]);
}

/** What erl_eval's stack holds between a failing call and a whole command (its `Info`
 * with no construct of its own: shell:command_stack/1), by command module. */
const commandInfo = new Map<string, Term>();
function topInfo(e: Expr): Term {
  const { site, match } = siteOf(e);
  const keys = (k: Keys): Term => (k === null ? 'none' : fromArray(k));
  return [keys(site), keys(match), NIL];
}

/** The erl_eval frames for the one place in a fun's body that can fail (a body
 * expression that is not a value), up to the fun: none for a call that is the body's
 * last expression (erl_eval calls it last), `exprs` under an earlier one. Only for a
 * command with one fun: its frames are then those of the stack's fun frames. */
const funSite = new Map<string, Term>();
function funSiteOf(e: Expr): Term {
  const funs = funsOf(e);
  if (funs.length !== 1) return 'unknown';
  const f = funs[0] as Extract<Expr, { kind: 'fun' }>;
  if (f.clauses.length !== 1) return 'unknown';
  const body = f.clauses[0]!.body;
  const places = body.map((x, i) => [x, i] as const).filter(([x]) => !simple(x));
  if (places.length !== 1) return places.length === 0 ? NIL : 'unknown';
  const [x, i] = places[0]!;
  const { site } = siteOf(x);
  if (site === null) return 'unknown';
  const last = i === body.length - 1;
  const keys = last ? (site.length === 1 && site[0] === 'do_apply' ? [] : site) : [...site, 'exprs'];
  return fromArray(keys);
}

/** A body's expressions: the last one in the body's context, the others in exprs/6. */
function bodyCtx(i: number, n: number, c: Keys): Keys {
  return c && (i === n - 1 ? c : ['exprs', ...c]);
}

let nextStackVar = 0;

/** Wrap each catch, and each try catch clause binding the stack, in the command. */
function catchStacks(e: Expr, ctx: Keys = []): Expr {
  const walk = (x: unknown, c: Keys): unknown => {
    if (Array.isArray(x)) return x.map((y) => walk(y, c));
    if (x === null || typeof x !== 'object') return x;
    const n = x as Expr;
    switch (n.kind) {
      case 'match':
        return { ...n, expr: walk(n.expr, c && ['match', ...c]) };
      case 'tuple':
        return { ...n, elements: n.elements.map((y) => walk(y, c && ['expr_list', 'tuple', ...c])) };
      case 'cons':
        return { ...n, head: walk(n.head, c && ['cons', ...c]), tail: walk(n.tail, c && ['cons_tail', ...c]) };
      case 'block':
        return { ...n, body: n.body.map((y, i) => walk(y, bodyCtx(i, n.body.length, c))) };
      case 'fun':
        return {
          ...n,
          clauses: n.clauses.map((cl) => ({ ...cl, body: cl.body.map((y, i) => walk(y, bodyCtx(i, cl.body.length, ['infun']))) })),
        };
      case 'catch': {
        const inner: Expr = { ...n, expr: walk(n.expr, c && ['catch', ...c]) as Expr };
        return remoteCall('shell', 'catch_value', [inner, stackInfo(n.expr, c, 'catch')], n.loc);
      }
      case 'try': {
        const info = stackInfo(n.body.length === 1 ? n.body[0] : undefined, c, 'try');
        const catchClauses = n.catchClauses.map((cl) => {
          const p = cl.patterns[0];
          if (!p || p.kind !== 'tuple' || p.elements.length !== 3) return walk(cl, null) as Clause;
          const st = p.elements[2]!;
          if (st.kind !== 'var' || st.name === '_') return walk(cl, null) as Clause;
          const raw = `ErltsStack__${++nextStackVar}`;
          const fix: Expr = { kind: 'match', loc: st.loc, pattern: st, expr: remoteCall('shell', 'erl_stack', [varE(raw, st.loc), info], st.loc) };
          return {
            ...cl,
            patterns: [{ ...p, elements: [p.elements[0]!, p.elements[1]!, varE(raw, st.loc)] }],
            body: [fix, ...(walk(cl.body, null) as Expr[])],
          } as Clause;
        });
        const body = n.body.length === 1 ? [walk(n.body[0], c && ['try', ...c]) as Expr] : (walk(n.body, null) as Expr[]);
        return { ...n, body, clauses: walk(n.clauses, null) as Clause[], catchClauses, after: walk(n.after, null) as Expr[] };
      }
      default: {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(n)) out[k] = k === 'loc' ? v : walk(v, null);
        return out;
      }
    }
  };
  return walk(e, ctx) as Expr;
}

/** Local calls go to the shell (its commands, then user_default and shell_default). */
function localCalls(e: Expr): Expr {
  return rewrite(e, (n) => {
    if (n.kind !== 'call') return undefined;
    const c = n as Extract<Expr, { kind: 'call' }>;
    if (c.callee.kind !== 'atom') return undefined;
    const name = c.callee.value;
    if (isAutoBif(name, c.args.length)) return undefined;
    if (name === 'rd' && c.args.length === 2) {
      const def = recordDefinition(c.args[0]!, c.args[1]!);
      if (def) {
        shellRecords().set(def.name, def);
        return atomE(def.name, c.loc);
      }
    }
    let args: Expr[];
    if (name === 'f' && c.args.length === 1 && c.args[0]!.kind === 'var') {
      args = [tupleE([atomE('$var', c.loc), atomE(c.args[0]!.name, c.loc)], c.loc)];
    } else args = c.args.map((a) => localCalls(a));
    return remoteCall('shell', 'local_func', [atomE(name, c.loc), listE(args, c.loc)], c.loc);
  }) as Expr;
}

/** rd(Name, {field, field = Default, ...}): the record definition it stands for. */
function recordDefinition(n: Expr, def: Expr): Extract<Form, { kind: 'attr_record' }> | undefined {
  if (n.kind !== 'atom' || def.kind !== 'tuple') return undefined;
  const fields: { loc: Loc; name: string; default?: Expr }[] = [];
  for (const e of def.elements) {
    if (e.kind === 'atom') fields.push({ loc: e.loc, name: e.value });
    else if (e.kind === 'match' && e.pattern.kind === 'atom') fields.push({ loc: e.loc, name: e.pattern.value, default: e.expr });
    else return undefined;
  }
  return { kind: 'attr_record', loc: n.loc, name: n.value, fields };
}

/** Every variable name the expression mentions, in order. */
function varNames(e: Expr): string[] {
  const names = new Set<string>();
  rewrite(e, (n) => {
    if (n.kind === 'var') {
      const v = (n as unknown as { name: string }).name;
      if (v !== '_') names.add(v);
    }
    return undefined;
  });
  return [...names];
}

function moduleAst(name: string, expr: Expr, used: string[], fresh: string[]): Module {
  const clause: Clause = {
    kind: 'clause',
    loc: SYN,
    patterns: [tupleE(used.map((v) => varE(v)))],
    guards: [],
    body: [
      { kind: 'match', loc: SYN, pattern: varE(RESULT_VAR), expr },
      tupleE([varE(RESULT_VAR), listE(fresh.map((v) => tupleE([atomE(v), varE(v)])))]),
    ],
  };
  const forms: Form[] = [
    { kind: 'attr_module', loc: SYN, name },
    { kind: 'attr_export', loc: SYN, functions: [{ name: '$eval', arity: 1 }] },
    ...shellRecords().values(),
    { kind: 'function', loc: SYN, name: '$eval', arity: 1, clauses: [clause] },
    { kind: 'eof', loc: SYN },
  ];
  return { file: FILE, forms };
}

type Compiled = { ok: true; module: string; used: string[]; fresh: string[] } | { ok: false; error: Diagnostic };

/** Compile one expression against the names bound now; load the module. */
export function compileExpr(e0: Expr, bound: ReadonlySet<string>): Compiled {
  const expr = shellFuns(operatorCalls(localCalls(catchStacks(e0))), funsOf(e0));
  const names = varNames(expr);
  const used = names.filter((v) => bound.has(v));
  let fresh = names.filter((v) => !bound.has(v));
  const name = `$erlts_shell_${++nextModule}`;
  for (;;) {
    const mod = moduleAst(name, expr, used, fresh);
    const ds = erlcOrder(lint(mod)).filter((d) => d.severity === 'error' && d.code !== 'module_name');
    const ours = ds.filter((d) => d.line === 0 && (d.code === 'unbound_var' || d.code === 'unsafe_var'));
    if (ours.length > 0) {
      const drop = new Set(ours.map((d) => /^variable '((?:[^'\\]|\\.)*)'/.exec(d.message)?.[1] ?? ''));
      const before = fresh.length;
      fresh = fresh.filter((v) => !drop.has(v));
      if (fresh.length < before) continue;
    }
    const user = ds.filter((d) => d.line !== 0);
    if (user.length > 0) return { ok: false, error: user[0]! };
    if (ds.length > 0) return { ok: false, error: ds[0]! };
    const rt = currentRuntime();
    if (rt === null) throw new Error('erlts_shell: no runtime');
    const c = compileForLoad(mod);
    rt.engine.loadJs(c.compiled, name, FILE);
    commandInfo.set(name, topInfo(e0));
    funSite.set(name, funSiteOf(e0));
    return { ok: true, module: name, used, fresh };
  }
}

/** Record creations as the tuples they make (`#pt{}` -> `{pt, 0, undefined}`), as erl's
 * shell keeps record definitions (erl_expand_records has been over them). */
function recordTuples(e: Expr, depth = 0): Expr {
  return rewrite(e, (n) => {
    if (n.kind !== 'record' || depth > 20) return undefined;
    const r = n as Extract<Expr, { kind: 'record' }>;
    const def = shellRecords().get(r.name);
    if (r.base !== undefined || def === undefined) return undefined;
    const given = new Map<string, Expr>();
    for (const f of r.fields) if (f.name.kind === 'atom') given.set(f.name.value, f.value);
    const els = def.fields.map((f) => recordTuples(given.get(f.name) ?? f.default ?? atomE('undefined', r.loc), depth + 1));
    return tupleE([atomE(r.name, r.loc), ...els], r.loc);
  }) as Expr;
}

/** A record definition for the shell (rr/rd): `-record(Name, {...}).` as text. */
export function defineRecord(text: string): string | null {
  const lx = lex(text, FILE);
  if (lx.errors.length > 0) return null;
  const r = parseForm(lx.tokens);
  if (!r.form || r.form.kind !== 'attr_record') return null;
  shellRecords().set(r.form.name, r.form);
  return r.form.name;
}

function textArg(t: Term): string {
  const s = toJsString(t);
  if (s === undefined) return badarg();
  return s;
}

function namesArg(t: Term): Set<string> {
  const l = toArrayOrUndefined(t);
  if (!l || !l.every(isAtom)) return badarg();
  return new Set(l.map((a) => atomName(a as string)));
}

export function registerShellNatives(): void {
  registerNative('erlts_shell', {
    // parse(Text) -> {ok, [Id]} | {error, {{Line, Col}, Message}}
    'parse/1': (text) => {
      const r = parseCommand(textArg(text));
      if (!r.ok) return errorTerm(r.error, 1);
      const ids = r.exprs.map((e) => {
        const id = ++nextId;
        pending.set(id, e);
        return id;
      });
      return ['ok', fromArray(ids)];
    },
    // compile(Id, BoundNames) -> {ok, Module, UsedNames, FreshNames} | {error, ...}
    'compile/2': (id, bound) => {
      const e = typeof id === 'number' ? pending.get(id) : undefined;
      if (e === undefined) return badarg();
      pending.delete(id as number);
      const r = compileExpr(e, namesArg(bound));
      if (!r.ok) return errorTerm(r.error, 1);
      return ['ok', r.module, fromArray(r.used), fromArray(r.fresh)];
    },
    // forget(Ids): commands that will not be compiled (an earlier one failed).
    'forget/1': (ids) => {
      for (const id of toArrayOrUndefined(ids) ?? []) pending.delete(id as number);
      return 'ok';
    },
    // pp(Term, Column, LineLength, Depth, Encoding): io_lib_pretty as the shell calls it.
    'pp/5': (t, col, ll, depth, enc) => {
      if (typeof col !== 'number' || typeof ll !== 'number' || typeof depth !== 'number') return badarg();
      const s = prettyPrint(t, { column: col, lineLength: ll, depth, unicode: enc === 'unicode', strings: true, lineMaxChars: 60, records: recordFields });
      return fromString(s);
    },
    // record(Text): define a record for later commands; its name or error.
    'record/1': (text) => {
      const n = defineRecord(textArg(text));
      return n === null ? 'error' : n;
    },
    // bound(Names): the variables bound now, for tab completion.
    'bound/1': (names) => {
      setBoundNames([...namesArg(names)]);
      return 'ok';
    },
    // erl_eval_fun(Fun, Named, Id): the fun as erl_eval's (see shellFuns); Id names its text for b().
    'erl_eval_fun/3': (f, named, id) => (f instanceof Fun ? erlEvalFun(f, named === true, funSources.get(id as number)) : badarg()),
    // fun_text(Value, Name): `Name = fun(...) -> ... end` as erl's b() prints a fun
    // binding (erl_pp), or false for any other value.
    'fun_text/2': (v, name) => {
      const src = v instanceof Fun ? funText.get(v) : undefined;
      if (src === undefined || typeof name !== 'string') return false;
      return fromString(ppExprs([{ kind: 'match', loc: SYN, pattern: varE(atomName(name)), expr: src }], 0));
    },
    // expand(Ids, N, ResultNumbers) -> {ok, Ids} | {error, Message}: the history
    // references of command N expanded; the command is kept as number N.
    'expand/3': (ids, n, results) => {
      const list = toArrayOrUndefined(ids);
      if (!list || typeof n !== 'number') return badarg();
      const es = list.map((id) => pending.get(id as number));
      for (const id of list) pending.delete(id as number);
      if (es.some((e) => e === undefined)) return badarg();
      let out: Expr[];
      try {
        out = expandHistory(es as Expr[], n, new Set((toArrayOrUndefined(results) ?? []) as number[]));
      } catch (err) {
        if (err instanceof NotFound) return ['error', fromString(`${printExpr(err.what)}: command not found`)];
        throw err;
      }
      shellCommands().set(n, out);
      return ['ok', fromArray(out.map((e) => { const id = ++nextId; pending.set(id, e); return id; }))];
    },
    // forget_commands(Below): commands numbered below it are no longer kept.
    'forget_commands/1': (below) => {
      if (typeof below !== 'number') return badarg();
      for (const k of [...shellCommands().keys()]) if (k < below) shellCommands().delete(k);
      return 'ok';
    },
    // commands() -> the numbers of the kept commands, in order.
    'commands/0': () => fromArray([...shellCommands().keys()].sort((a, b) => a - b)),
    // command_text(N, Column): command N as erl_pp:exprs/3 lays it out from that column.
    'command_text/2': (n, col) => {
      const es = typeof n === 'number' ? shellCommands().get(n) : undefined;
      if (es === undefined || typeof col !== 'number') return badarg();
      return fromString(ppExprs(es, col));
    },
    // record_text(Name): `-record(Name,{...}).` as erl_pp:attribute/1 writes it, or undefined.
    'record_text/1': (name) => {
      const r = typeof name === 'string' ? shellRecords().get(atomName(name)) : undefined;
      if (r === undefined) return 'undefined';
      const fields = r.fields.map((f) => printExpr({ kind: 'atom', loc: SYN, value: f.name }) + (f.default ? ' = ' + printExpr(recordTuples(f.default)) : ''));
      return fromString(`-record(${printExpr({ kind: 'atom', loc: SYN, value: r.name })},{${fields.join(', ')}}).\n`);
    },
    // The names in erl's order (its record table is an ordered_set).
    // stack_info(Module): see topInfo (taken once: the module runs once).
    'stack_info/1': (m) => {
      const info = typeof m === 'string' ? commandInfo.get(m) : undefined;
      if (typeof m === 'string') commandInfo.delete(m);
      return info ?? 'unknown';
    },
    // fun_site(Module): see funSiteOf (taken once).
    'fun_site/1': (m) => {
      const info = typeof m === 'string' ? funSite.get(m) : undefined;
      if (typeof m === 'string') funSite.delete(m);
      return info ?? 'unknown';
    },
    'records/0': () => fromArray([...shellRecords().keys()].sort()),
    'forget_records/1': (names) => {
      const records = shellRecords();
      if (names === 'all') records.clear();
      else for (const n of toArrayOrUndefined(names) ?? []) records.delete(atomName(n as string));
      return 'ok';
    },
  });
  void NIL;
}
