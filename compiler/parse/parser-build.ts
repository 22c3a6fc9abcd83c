// What erl_parse does in its semantic actions, apart from the grammar itself.
//
// The grammar (parser-grammar.ts) recognises the syntax; the functions here build the
// nodes whose construction involves a check: attributes (erl_parse's build_attribute /
// build_typed_attribute / build_type_spec), the clauses of a function or fun (the "head
// mismatch" check), spec constraints, binary types, and the precedence resolution of
// operator chains. A failed check throws ParseAbort with erl_parse's message and
// position (`ret_err` uses the position of a token, `ret_abstr_err` the first_anno of a
// subtree). Because the parser runs these checks as soon as a construct is complete,
// an error in an inner construct wins over a syntax error later in the form, as with
// yecc, whose default reductions run the same actions before it notices the bad token.
import { Atom, type Token } from './tokens.js';
import type {
  Loc, Expr, Var, AtomLit, Clause, FunctionDef, Fun, Attribute, RecordFieldDef, TypeExpr,
  FunType, TypeConstraint, FA, TypeBin, IntegerLit,
} from '../ast/ast.js';
import { firstLoc } from '../ast/anno.js';
import { writeAtom, properList, type ErlTerm } from '../ast/term.js';
import { normaliseAttrValue } from '../ast/attr-term.js';

/** Thrown to stop parsing a form: a syntax error at `token` (message computed from it),
 * or an erl_parse semantic error with its own message and position. */
export class ParseAbort {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly loc: Loc | undefined,
    readonly token?: Token,
    readonly origin: 'erl_parse' | 'erlts' = 'erl_parse',
  ) {}
}

export function syntaxErrorAt(token: Token): never {
  throw new ParseAbort('syntax_error', '', undefined, token);
}

/** erl_parse's ret_err/2: an error at a token's position. */
export function retErr(loc: Loc, code: string, message: string): never {
  throw new ParseAbort(code, message, loc);
}

/** erl_parse's ret_abstr_err/2: an error at the first position of a subtree. */
export function retAbstrErr(node: Expr | TypeExpr, code: string, message: string): never {
  throw new ParseAbort(code, message, firstLoc(node));
}

/** A token's position as erl_parse's anno: with `generated` for the tokens of the
 * `-file` forms epp makes from a user's `-file`, and with the text of a quoted atom that
 * is a feature keyword (`'maybe'`, `'else'`), which epp keeps. */
export function tokLoc(t: Token): Loc {
  const l: Loc = { file: t.file, line: t.startLine!, col: t.startColumn! };
  if (t.generated === true) l.generated = true;
  if (t.tokenType === Atom && (t.value === 'maybe' || t.value === 'else') && t.image.startsWith("'")) l.text = t.image;
  return l;
}

// ------------------------------------------------------------- operators

export interface OpInfo {
  prec: number;
  assoc: 'left' | 'right' | 'nonassoc';
  name: string;
}

/** Resolve a left-to-right chain `e0 op1 e1 op2 e2 ...` by precedence (shunting yard).
 * `mk` builds one binary node; nonassociative chains were rejected while parsing. */
export function resolveChain<E>(
  first: E,
  ops: readonly Token[],
  rest: readonly E[],
  info: (t: Token) => OpInfo,
  mk: (op: Token, l: E, r: E) => E,
): E {
  if (ops.length === 0) return first;
  if (ops.length === 1) return mk(ops[0]!, first, rest[0]!);
  const vals: E[] = [first];
  const stack: Token[] = [];
  const reduce = () => {
    const r = vals.pop()!;
    const l = vals.pop()!;
    vals.push(mk(stack.pop()!, l, r));
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const { prec, assoc } = info(op);
    while (stack.length > 0) {
      const top = info(stack[stack.length - 1]!).prec;
      if (top > prec || (top === prec && assoc !== 'right')) reduce();
      else break;
    }
    stack.push(op);
    vals.push(rest[i]!);
  }
  while (stack.length > 0) reduce();
  return vals[0]!;
}

/** A nonassociative operator may not follow another of the same precedence unless an
 * operator of lower precedence separates them: `A == B == C` is an error at the second
 * `==` (yecc's nonassoc), `A == B + C == D` too, `A == B andalso C == D` is not. */
export function checkNonAssoc(ops: readonly Token[], op: Token, info: (t: Token) => OpInfo): void {
  const cur = info(op);
  if (cur.assoc !== 'nonassoc') return;
  for (let i = ops.length - 1; i >= 0; i--) {
    const p = info(ops[i]!).prec;
    if (p < cur.prec) return;
    if (p === cur.prec) syntaxErrorAt(op);
  }
}

// ----------------------------------------------------------- functions

export interface NamedClause {
  /** The clause's name: an atom for function clauses, a variable for a named fun's
   * clauses, undefined for an anonymous fun's. */
  name: string | undefined;
  clause: Clause;
}

/** check_clauses/3: every clause must have the first one's name and arity. */
function checkClauses(cs: readonly NamedClause[]): Clause[] {
  const name = cs[0]!.name;
  const arity = cs[0]!.clause.patterns.length;
  for (const c of cs) {
    if (c.name !== name || c.clause.patterns.length !== arity) retErr(c.clause.loc, 'head_mismatch', 'head mismatch');
  }
  return cs.map((c) => c.clause);
}

export function buildFunction(cs: readonly NamedClause[]): FunctionDef {
  const first = cs[0]!;
  const clauses = checkClauses(cs);
  return { kind: 'function', loc: first.clause.loc, name: first.name!, arity: first.clause.patterns.length, clauses };
}

export function buildFun(loc: Loc, cs: readonly NamedClause[]): Fun {
  const clauses = checkClauses(cs);
  const name = cs[0]!.name;
  return name === undefined ? { kind: 'fun', loc, clauses } : { kind: 'fun', loc, name, clauses };
}

// ------------------------------------------------------------------ types

/** build_constraint/2 (`V :: T`). */
export function buildConstraint(v: Var, type: TypeExpr): TypeConstraint {
  if (v.name === '_') retErr(v.loc, 'bad_type_variable', 'bad type variable');
  return { kind: 'constraint', loc: v.loc, var: v, type };
}

/** build_compat_constraint/2 (the old `is_subtype(V, T)`). */
export function buildCompatConstraint(atom: AtomLit, types: TypeExpr[]): TypeConstraint {
  if (atom.value === 'is_subtype' && types.length === 2) {
    const lhs = types[0]!;
    if (lhs.kind === 'var') return buildConstraint(lhs, types[1]!);
    retAbstrErr(lhs, 'bad_type_variable', 'bad type variable');
  }
  return retErr(atom.loc, 'unsupported_constraint', `unsupported constraint ${writeAtom(atom.value)}`);
}

/** build_bin_type/2: the variables of `<<_:M, _:_*N>>` must all be `_`. */
export function checkBinTypeVars(vars: readonly Var[]): void {
  for (const v of vars) if (v.name !== '_') retErr(v.loc, 'bad_binary_type', 'Bad binary type');
}

export function buildBinType(loc: Loc, m: TypeExpr | undefined, n: TypeExpr | undefined): TypeBin {
  const t: TypeBin = { kind: 'type_bin', loc };
  if (m !== undefined) t.m = m;
  if (n !== undefined) t.n = n;
  return t;
}

export function specArity(types: readonly FunType[]): number {
  return types[0]!.params.length;
}

/** A spec clause `(...) -> T` has no arity: OTP 25 crashes on it (erl_parse when it is
 * the first clause, erl_lint otherwise). We report it instead. */
export function rejectAnySpec(at: Loc): never {
  throw new ParseAbort('spec_any_arity', 'a spec clause cannot have (...) as its arguments', at, undefined, 'erlts');
}

// ------------------------------------------------------------- attributes

/** What followed `-name`: erl_parse's attr_val (a list of expressions) or one of the
 * typed_attr_val forms. */
export type AttrValue =
  | { kind: 'values'; values: Expr[] }
  | { kind: 'typed_record'; expr: Expr; fields: TypedElem[] }
  | { kind: 'type_def'; expr: Expr; type: TypeExpr };

/** An element of a record declaration's tuple; `type` when written `E :: T`. */
export interface TypedElem {
  expr: Expr;
  type?: TypeExpr;
}

function badDecl(node: Expr, what: string): never {
  return retAbstrErr(node, `bad_${what}_declaration`, `bad ${what} declaration`);
}

export function buildAttribute(nameTok: Token, v: AttrValue): Attribute {
  const name = nameTok.value as string;
  const loc = tokLoc(nameTok);
  if (v.kind === 'values') return buildPlainAttribute(name, loc, v.values);
  return buildTypedAttribute(name, loc, v);
}

/** build_typed_attribute/2. */
function buildTypedAttribute(name: string, loc: Loc, v: Exclude<AttrValue, { kind: 'values' }>): Attribute {
  const atomHere: AtomLit = { kind: 'atom', loc, value: name };
  if (name === 'record' && v.kind === 'typed_record' && v.expr.kind === 'atom') {
    return { kind: 'attr_record', loc, name: v.expr.value, fields: recordFields(v.fields) };
  }
  if ((name === 'type' || name === 'opaque') && v.kind === 'type_def') {
    const e = v.expr;
    if (e.kind === 'call' && e.callee.kind === 'atom') {
      for (const a of e.args) if (a.kind === 'var' && a.name === '_') retErr(a.loc, 'bad_type_variable', 'bad type variable');
      for (const a of e.args) if (a.kind !== 'var') retAbstrErr(a, 'bad_type_variable', 'bad type variable');
      return { kind: 'attr_type', loc, opaque: name === 'opaque', name: e.callee.value, params: e.args as Var[], type: v.type };
    }
  }
  if (name === 'record' || name === 'type' || name === 'opaque') badDecl(atomHere, name);
  return retErr(loc, 'bad_attribute', 'bad attribute');
}

/** record_tuple/1 and record_fields/1 for an untyped declaration `-record(r, {...})`. */
function recordTuple(e: Expr): RecordFieldDef[] {
  if (e.kind !== 'tuple') retAbstrErr(e, 'bad_record_declaration', 'bad record declaration');
  return recordFields(e.elements.map((x) => ({ expr: x })));
}

function recordFields(elems: readonly TypedElem[]): RecordFieldDef[] {
  return elems.map(({ expr, type }) => {
    let f: RecordFieldDef;
    if (expr.kind === 'atom') f = { loc: expr.loc, name: expr.value };
    else if (expr.kind === 'match' && expr.pattern.kind === 'atom') {
      f = { loc: expr.pattern.loc, name: expr.pattern.value, default: expr.expr };
    } else return retAbstrErr(expr, 'bad_record_field', 'bad record field');
    if (type !== undefined) f.type = type;
    return f;
  });
}

/** build_attribute/2. */
function buildPlainAttribute(name: string, loc: Loc, vals: Expr[]): Attribute {
  const [v0, v1] = vals;
  switch (name) {
    case 'module':
      if (v0!.kind === 'atom' && vals.length === 1) return { kind: 'attr_module', loc, name: v0!.value };
      if (v0!.kind === 'atom' && vals.length === 2) return { kind: 'attr_module', loc, name: v0!.value, params: varList(v1!) };
      return badDecl(v0!, 'module');
    case 'export':
      if (vals.length === 1) return { kind: 'attr_export', loc, functions: farityList(v0!) };
      return badDecl(v1!, 'export');
    case 'import':
      if (vals.length === 2 && v0!.kind === 'atom') return { kind: 'attr_import', loc, module: v0!.value, functions: farityList(v1!) };
      if (vals.length >= 2) return badDecl(v1!, 'import');
      // erl_parse has no clause for a one-element import and crashes; report it as bad.
      return badDecl(v0!, 'import');
    case 'record':
      if (vals.length === 2 && v0!.kind === 'atom') return { kind: 'attr_record', loc, name: v0!.value, fields: recordTuple(v1!) };
      return badDecl(v0!, 'record');
    case 'file':
      if (vals.length === 2 && v0!.kind === 'string' && v1!.kind === 'integer') {
        return { kind: 'attr_file', loc, file: v0!.value, line: Number(v1!.value) };
      }
      return badDecl(v0!, 'file');
    default:
      if (vals.length !== 1) return retAbstrErr(v1!, 'bad_attribute', 'bad attribute');
      return termAttribute(name, loc, v0!);
  }
}

/** A generic attribute: its value must be a term. Attributes with a meaning (behaviour,
 * export_type, ...) get their own node when the term has the expected shape. */
function termAttribute(name: string, loc: Loc, e: Expr): Attribute {
  const t = normaliseAttrValue(e);
  if (t === undefined) retAbstrErr(e, 'bad_attribute', 'bad attribute');
  switch (name) {
    case 'behaviour':
    case 'behavior':
      if (t.k === 'atom') return { kind: 'attr_behaviour', loc, spelling: name, name: t.v };
      break;
    case 'export_type':
    case 'optional_callbacks': {
      const fas = faTerms(t);
      if (fas !== undefined) {
        return name === 'export_type'
          ? { kind: 'attr_export_type', loc, types: fas }
          : { kind: 'attr_optional_callbacks', loc, functions: fas };
      }
      break;
    }
    case 'on_load': {
      const fa = faTerm(t);
      if (fa !== undefined) return { kind: 'attr_on_load', loc, function: fa };
      break;
    }
    case 'compile':
      return { kind: 'attr_compile', loc, options: e };
  }
  return { kind: 'attr_wild', loc, name, value: e };
}

function faTerm(t: ErlTerm): FA | undefined {
  if (t.k !== 'tuple' || t.items.length !== 2) return undefined;
  const [f, a] = t.items;
  if (f!.k !== 'atom' || a!.k !== 'int') return undefined;
  return { name: f!.v, arity: Number(a!.v) };
}

function faTerms(t: ErlTerm): FA[] | undefined {
  const items = properList(t);
  if (items === undefined) return undefined;
  const out: FA[] = [];
  for (const i of items) {
    const fa = faTerm(i);
    if (fa === undefined) return undefined;
    out.push(fa);
  }
  return out;
}

/** var_list/1 for `-module(M, [Vars])`. */
function varList(e: Expr): Var[] {
  const out: Var[] = [];
  let c = e;
  while (c.kind === 'cons' && c.head.kind === 'var') {
    out.push(c.head);
    c = c.tail;
  }
  if (c.kind !== 'nil') retAbstrErr(c, 'bad_variable_list', 'bad variable list');
  return out;
}

/** farity_list/1 for export and import. */
function farityList(e: Expr): FA[] {
  const out: FA[] = [];
  let c = e;
  while (c.kind === 'cons' && c.head.kind === 'op' && c.head.op === '/') {
    const { left, right } = c.head;
    if (left.kind !== 'atom') retAbstrErr(left, 'bad_function_name', 'bad function name');
    if (right.kind !== 'integer') retAbstrErr(right, 'bad_function_arity', 'bad function arity');
    out.push({ name: left.value, arity: Number((right as IntegerLit).value) });
    c = c.tail;
  }
  if (c.kind !== 'nil') retAbstrErr(c, 'bad_name_arity', 'bad Name/Arity');
  return out;
}
