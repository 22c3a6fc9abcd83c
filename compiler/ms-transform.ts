// The ms_transform parse transform: in a module with
// `-compile({parse_transform, ms_transform})` (what stdlib/include/ms_transform.hrl
// sets), a call `ets:fun2ms(fun ... end)` or `dbg:fun2ms(...)` with a literal fun becomes
// the match specification the fun describes, built where the call was.
//
// The translation is OTP 25's (checked against ms_transform with erl, see docs/ets.md):
//   * each fun clause gives one match-spec clause per `;`-separated guard;
//   * head: variables become '$1', '$2', ... in order of first appearance (also `_X`),
//     `_` stays '_', `Var = Pattern` at the top makes Var stand for the whole object
//     ('$_'); a bare variable parameter is an ordinary variable;
//   * guard and body: head variables are their '$N' (or '$_'), any other variable is a
//     value from the enclosing function, `{const, Var}`; atoms starting with '$' are
//     `{const, A}`; tuples become `{{...}}`; operators and guard BIFs become
//     `{Op, Args...}`; object() is '$_', bindings() is '$*'.
// Funs that cannot be translated give OTP's compile errors (ms_transform:format_error).
import type { Clause, Expr, Loc, Module } from './ast/ast.js';
import { error as diag, type Diagnostic } from './diagnostics.js';

const GUARD_BIFS = new Set([
  'abs/1', 'element/2', 'hd/1', 'length/1', 'map_get/2', 'map_size/1', 'node/0', 'node/1', 'round/1', 'size/1',
  'bit_size/1', 'byte_size/1', 'tl/1', 'trunc/1', 'float/1', 'binary_part/2', 'binary_part/3', 'self/0',
  'is_atom/1', 'is_float/1', 'is_integer/1', 'is_list/1', 'is_number/1', 'is_pid/1', 'is_port/1',
  'is_reference/1', 'is_tuple/1', 'is_map/1', 'is_map_key/2', 'is_binary/1', 'is_function/1', 'is_record/2',
  'is_record/3', 'is_boolean/1', 'is_bitstring/1', 'tuple_size/1', 'ceil/1', 'floor/1', 'min/2', 'max/2',
  // trace-only ones, translated as calls (the match engine decides)
  'get_tcw/0', 'set_tcw/1', 'caller/0', 'message/1', 'return_trace/0', 'exception_trace/0', 'display/1',
  'process_dump/0', 'enable_trace/1', 'enable_trace/2', 'disable_trace/1', 'disable_trace/2', 'trace/2',
  'trace/3', 'silent/1', 'get_seq_token/0', 'set_seq_token/2', 'is_seq_trace/0',
]);
const OPS = new Set([
  '+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', '>', '>=', '<', '=<', '=:=', '==', '=/=', '/=',
  'and', 'or', 'xor', 'andalso', 'orelse',
]);
const UNOPS = new Set(['not', '-', '+', 'bnot']);

/** An untranslatable fun: where, ms_transform's error number (its descriptor, the
 * diagnostic's code) and its message. */
class MsError {
  constructor(
    readonly loc: Loc,
    readonly code: number,
    readonly message: string,
  ) {}
}

/** ms_transform numbers an error about the guard as its kind, about the body as 100 more. */
const base = (where: string): number => (where === 'guard' ? 0 : 100);

function atom(value: string, loc: Loc): Expr {
  return { kind: 'atom', loc, value };
}
function tuple(elements: Expr[], loc: Loc): Expr {
  return { kind: 'tuple', loc, elements };
}
function list(items: Expr[], loc: Loc, tail?: Expr): Expr {
  let l: Expr = tail ?? { kind: 'nil', loc };
  for (let i = items.length - 1; i >= 0; i--) l = { kind: 'cons', loc, head: items[i]!, tail: l };
  return l;
}

/** Does the module ask for ms_transform? */
function wantsTransform(mod: Module): boolean {
  const isIt = (e: Expr): boolean =>
    e.kind === 'tuple' && e.elements.length === 2 && e.elements[0]!.kind === 'atom' && e.elements[0]!.value === 'parse_transform' &&
    e.elements[1]!.kind === 'atom' && e.elements[1]!.value === 'ms_transform';
  for (const f of mod.forms) {
    if (f.kind !== 'attr_compile') continue;
    let o: Expr = f.options;
    if (isIt(o)) return true;
    for (; o.kind === 'cons'; o = o.tail) if (isIt(o.head)) return true;
  }
  return false;
}

/** Rewrites every ets:fun2ms/dbg:fun2ms call with a literal fun; OTP's errors otherwise. */
export function msTransform(mod: Module): Diagnostic[] {
  if (!wantsTransform(mod)) return [];
  const diags: Diagnostic[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as { kind?: string } & Record<string, unknown>;
    if (n.kind === 'call') {
      const call = n as unknown as Extract<Expr, { kind: 'call' }>;
      const c = call.callee;
      if (
        c.kind === 'remote' && c.module.kind === 'atom' && (c.module.value === 'ets' || c.module.value === 'dbg') &&
        c.name.kind === 'atom' && c.name.value === 'fun2ms' && call.args.length === 1
      ) {
        try {
          const ms = translate(call.args[0]!, c.module.value === 'dbg', call.loc);
          for (const k of Object.keys(n)) delete n[k];
          Object.assign(n, ms);
        } catch (e) {
          if (!(e instanceof MsError)) throw e;
          diags.push(diag('ms_transform', String(e.code), e.message, e.loc.file, e.loc.line, e.loc.col));
          // OTP stops at the transform's errors; lint must not also see the fun.
          for (const k of Object.keys(n)) if (k !== 'loc') delete n[k];
          Object.assign(n, { kind: 'atom', value: 'ms_transform_error' });
        }
        return;
      }
    }
    for (const k of Object.keys(n)) if (k !== 'loc') visit(n[k]);
  };
  for (const f of mod.forms) if (f.kind === 'function') visit(f.clauses);
  return diags;
}

function translate(fun: Expr, dbg: boolean, callLoc: Loc): Expr {
  if (fun.kind !== 'fun' || fun.name !== undefined) throw new MsError(callLoc, 1, 'Parameter of ets/dbg:fun2ms/1 is not a literal fun');
  const out: Expr[] = [];
  for (const cl of fun.clauses) out.push(...clause(cl, dbg));
  return list(out, fun.loc);
}

type Scope = { vars: Map<string, string>; next: number };

function clause(cl: Clause, dbg: boolean): Expr[] {
  const scope: Scope = { vars: new Map(), next: 1 };
  if (cl.patterns.length !== 1) {
    throw new MsError(cl.loc, dbg ? 3 : 2, dbg ? 'dbg:fun2ms requires fun with single variable or list parameter' : 'ets:fun2ms requires fun with single variable or tuple parameter');
  }
  let p = cl.patterns[0]!;
  // `Var = Pattern` (either way round) at the top: Var is the whole object.
  if (p.kind === 'match') {
    const [v, pat] = p.pattern.kind === 'var' ? [p.pattern, p.expr] : p.expr.kind === 'var' ? [p.expr, p.pattern] : [null, null];
    if (v === null || v.kind !== 'var') throw new MsError(p.loc, 4, 'in fun head, only matching (=) on toplevel can be translated into match_spec');
    if (v.name !== '_') scope.vars.set(v.name, '$_');
    p = pat!;
  }
  const okHead = dbg ? p.kind === 'var' || p.kind === 'nil' || p.kind === 'cons' : p.kind === 'var' || p.kind === 'tuple';
  if (!okHead) {
    throw new MsError(cl.loc, dbg ? 3 : 2, dbg ? 'dbg:fun2ms requires fun with single variable or list parameter' : 'ets:fun2ms requires fun with single variable or tuple parameter');
  }
  const head = pattern(p, scope);
  const body = list(cl.body.map((e) => expr(e, scope, 'body')), cl.loc);
  const alternatives = cl.guards.length === 0 ? [[] as Expr[]] : cl.guards;
  return alternatives.map((g) => tuple([head, list(g.map((e) => expr(e, scope, 'guard')), cl.loc), body], cl.loc));
}

function pattern(p: Expr, scope: Scope): Expr {
  switch (p.kind) {
    case 'var': {
      if (p.name === '_') return atom('_', p.loc);
      let v = scope.vars.get(p.name);
      if (v === undefined) scope.vars.set(p.name, (v = `$${scope.next++}`));
      return atom(v, p.loc);
    }
    case 'atom':
      if (p.value.startsWith('$')) throw new MsError(p.loc, 10, `fun head contains atom ${quoteAtom(p.value)}, which conflics with reserved atoms in match_spec heads`);
      return p;
    case 'integer':
    case 'float':
    case 'char':
    case 'string':
    case 'nil':
      return p;
    case 'tuple':
      return tuple(p.elements.map((e) => pattern(e, scope)), p.loc);
    case 'cons':
      return { kind: 'cons', loc: p.loc, head: pattern(p.head, scope), tail: pattern(p.tail, scope) };
    case 'map':
      return {
        kind: 'map', loc: p.loc,
        fields: p.fields.map((f) => ({ kind: 'map_field_assoc' as const, loc: f.loc, key: f.key, value: pattern(f.value, scope) })),
      };
    case 'match':
      throw new MsError(p.loc, 4, 'in fun head, only matching (=) on toplevel can be translated into match_spec');
    case 'unop':
      if (p.operand.kind === 'integer' || p.operand.kind === 'float') return p;
      break;
  }
  throw new MsError(p.loc, 18, `the language element ${elementName(p)} (in guard) cannot be translated into match_spec`);
}

function expr(e: Expr, scope: Scope, where: 'guard' | 'body'): Expr {
  switch (e.kind) {
    case 'var': {
      const v = scope.vars.get(e.name);
      if (v !== undefined) return atom(v, e.loc);
      return tuple([atom('const', e.loc), e], e.loc);
    }
    case 'atom':
      return e.value.startsWith('$') ? tuple([atom('const', e.loc), e], e.loc) : e;
    case 'integer':
    case 'float':
    case 'char':
    case 'string':
    case 'nil':
      return e;
    case 'tuple':
      return tuple([tuple(e.elements.map((x) => expr(x, scope, where)), e.loc)], e.loc);
    case 'cons':
      return { kind: 'cons', loc: e.loc, head: expr(e.head, scope, where), tail: expr(e.tail, scope, where) };
    case 'map':
      if (e.base === undefined) {
        return {
          kind: 'map', loc: e.loc,
          fields: e.fields.map((f) => ({ kind: 'map_field_assoc' as const, loc: f.loc, key: expr(f.key, scope, where), value: expr(f.value, scope, where) })),
        };
      }
      break;
    case 'op':
      if (e.op === '!') break;
      if (OPS.has(e.op)) return tuple([atom(e.op, e.loc), expr(e.left, scope, where), expr(e.right, scope, where)], e.loc);
      throw new MsError(e.loc, 24 + base(where), `the operator ${e.op} is not allowed in ${where === 'guard' ? 'guards' : 'function bodies'}`);
    case 'unop':
      if (UNOPS.has(e.op)) {
        if ((e.op === '-' || e.op === '+') && (e.operand.kind === 'integer' || e.operand.kind === 'float')) return e;
        return tuple([atom(e.op, e.loc), expr(e.operand, scope, where)], e.loc);
      }
      break;
    case 'match':
      throw new MsError(e.loc, 16 + base(where), where === 'guard' ? "fun with guard matching ('=' in guard) is illegal as match_spec as well" : "fun with body matching ('=' in body) is illegal as match_spec");
    case 'call': {
      const c = e.callee;
      let name: string | null = null;
      if (c.kind === 'atom') name = c.value;
      else if (c.kind === 'remote' && c.module.kind === 'atom' && c.name.kind === 'atom') {
        if (c.module.value !== 'erlang') {
          throw new MsError(e.loc, 22 + base(where), `fun containing the remote function call '${quoteAtom(c.module.value)}:${quoteAtom(c.name.value)}/${e.args.length}' (called in ${where}) cannot be translated into match_spec`);
        }
        name = c.name.value;
      }
      if (name === null) break;
      const arity = e.args.length;
      if (c.kind === 'atom' && arity === 0 && name === 'object') return atom('$_', e.loc);
      if (c.kind === 'atom' && arity === 0 && name === 'bindings') return atom('$*', e.loc);
      if (!GUARD_BIFS.has(`${name}/${arity}`) || name === 'is_record') {
        throw new MsError(e.loc, 17 + base(where), `fun containing the local function call '${quoteAtom(name)}/${arity}' (called in ${where}) cannot be translated into match_spec`);
      }
      return tuple([atom(name, e.loc), ...e.args.map((a) => expr(a, scope, where))], e.loc);
    }
  }
  throw new MsError(e.loc, 18 + base(where), `the language element ${elementName(e)} (in ${where}) cannot be translated into match_spec`);
}

function elementName(e: Expr): string {
  switch (e.kind) {
    case 'case': return 'case';
    case 'if': return 'if';
    case 'receive': return 'receive';
    case 'try': return 'try';
    case 'catch': return 'catch';
    case 'fun': return 'fun';
    case 'lc': return 'list comprehension';
    case 'bc': return 'binary comprehension';
    case 'block': return 'begin';
    default: return e.kind;
  }
}

function quoteAtom(a: string): string {
  return /^[a-z][a-zA-Z0-9_@]*$/.test(a) ? a : `'${a.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
