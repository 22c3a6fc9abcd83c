// The typed AST of an Erlang module.
//
// It mirrors OTP's abstract format (erl_parse, "The Abstract Format" in the ERTS user's
// guide) node for node, so that what we parse can be compared with what OTP parses, and
// so that an Erlang user who knows erl_parse knows this tree. Differences:
//   * nodes are objects with a `kind` tag instead of tuples;
//   * every node carries `loc` (file, line, column) where erl_parse carries an anno;
//     `loc` is the position erl_parse gives the node (for an operator, the operator's
//     position; for a match, a call or a case clause, erl_parse's first_anno of its
//     left part, see ast/anno.ts; docs/parser.md lists them all);
//   * string literals keep their text as a JS string (erl_parse: a list of code points);
//   * integers are bigints.
// The parser builds syntax only; whether a pattern or guard is legal is decided by lint.

import type { Diagnostic } from '../diagnostics.js';

export interface Loc {
  file: string;
  line: number;
  col: number;
  /** The token's text, which epp keeps (and erl_parse shows in the anno) only for a
   * quoted atom that is a keyword of a configurable feature: `'maybe'`, `'else'`. */
  text?: string;
  /** Set on what epp marks generated: the `-file` attributes it makes from a user's
   * `-file(...)` directive (erl_parse shows `{generated, true}` in the anno). */
  generated?: boolean;
}

// ---------------------------------------------------------------- literals

export interface IntegerLit { kind: 'integer'; loc: Loc; value: bigint }
export interface FloatLit { kind: 'float'; loc: Loc; value: number }
export interface CharLit { kind: 'char'; loc: Loc; value: number }
export interface StringLit { kind: 'string'; loc: Loc; value: string }
export interface AtomLit { kind: 'atom'; loc: Loc; value: string }
export type Literal = IntegerLit | FloatLit | CharLit | StringLit | AtomLit;

// ------------------------------------------------------------- expressions
// Patterns and guards use the same node types as expressions (as erl_parse does);
// lint rejects what is not legal in each position.

export interface Var { kind: 'var'; loc: Loc; name: string }
export interface Nil { kind: 'nil'; loc: Loc }
export interface Cons { kind: 'cons'; loc: Loc; head: Expr; tail: Expr }
export interface Tuple { kind: 'tuple'; loc: Loc; elements: Expr[] }

/** `K => V` (assoc) or `K := V` (exact). */
export interface MapField { kind: 'map_field_assoc' | 'map_field_exact'; loc: Loc; key: Expr; value: Expr }
/** `#{...}` or `Base#{...}`. */
export interface MapExpr { kind: 'map'; loc: Loc; base?: Expr; fields: MapField[] }

/** A record field in creation/update/pattern; `name` is an atom or the var `_`. */
export interface RecordField { kind: 'record_field'; loc: Loc; name: AtomLit | Var; value: Expr }
/** `#r{...}` or `Base#r{...}`. */
export interface RecordExpr { kind: 'record'; loc: Loc; base?: Expr; name: string; fields: RecordField[] }
/** `Expr#r.f`. */
export interface RecordFieldAccess { kind: 'record_field_access'; loc: Loc; expr: Expr; name: string; field: AtomLit }
/** `#r.f`. */
export interface RecordIndex { kind: 'record_index'; loc: Loc; name: string; field: AtomLit }

/** A bit-syntax type specifier: `integer`, `little`, `unit:8`. */
export interface BinTypeSpec { name: string; value?: bigint }
export interface BinElement {
  kind: 'bin_element';
  loc: Loc;
  value: Expr;
  /** `default` when no size was written. */
  size: Expr | 'default';
  /** `default` when no type specifiers were written. */
  types: BinTypeSpec[] | 'default';
}
export interface Bin { kind: 'bin'; loc: Loc; elements: BinElement[] }

export interface BinaryOp { kind: 'op'; loc: Loc; op: string; left: Expr; right: Expr }
export interface UnaryOp { kind: 'unop'; loc: Loc; op: string; operand: Expr }

export interface Match { kind: 'match'; loc: Loc; pattern: Expr; expr: Expr }
/** `P ?= E` inside `maybe`. */
export interface MaybeMatch { kind: 'maybe_match'; loc: Loc; pattern: Expr; expr: Expr }

/** `M:F`, only as the callee of a call (or inside a `fun M:F/A`). */
export interface Remote { kind: 'remote'; loc: Loc; module: Expr; name: Expr }
export interface Call { kind: 'call'; loc: Loc; callee: Expr | Remote; args: Expr[] }

export interface Clause {
  kind: 'clause';
  loc: Loc;
  patterns: Expr[];
  /** Guard sequence: `;`-separated guards, each a `,`-separated list of tests. */
  guards: Expr[][];
  body: Expr[];
}

export interface Block { kind: 'block'; loc: Loc; body: Expr[] }
export interface If { kind: 'if'; loc: Loc; clauses: Clause[] }
export interface Case { kind: 'case'; loc: Loc; expr: Expr; clauses: Clause[] }
export interface Receive {
  kind: 'receive';
  loc: Loc;
  clauses: Clause[];
  after?: { timeout: Expr; body: Expr[] };
}
/** try Body [of Clauses] [catch CatchClauses] [after After] end. Catch clause patterns
 * hold one `{Class, Reason, Stack}` tuple pattern, as erl_parse builds them. */
export interface Try {
  kind: 'try';
  loc: Loc;
  body: Expr[];
  clauses: Clause[];
  catchClauses: Clause[];
  after: Expr[];
}
export interface Catch { kind: 'catch'; loc: Loc; expr: Expr }
/** `maybe Body [else Clauses] end` (feature maybe_expr). `elseLoc` is the position of
 * `else` (erl_parse keeps it: `{'else', Anno, Clauses}`). */
export interface Maybe { kind: 'maybe'; loc: Loc; body: Expr[]; elseClauses?: Clause[]; elseLoc?: Loc }

/** `fun F/A` */
export interface FunRef { kind: 'fun_ref'; loc: Loc; name: string; arity: number }
/** `fun M:F/A`, each part an atom/integer or a variable. */
export interface FunRemote { kind: 'fun_remote'; loc: Loc; module: Expr; name: Expr; arity: Expr }
/** `fun (...) -> ... end`, or a named fun `fun Name(...) -> ... end`. */
export interface Fun { kind: 'fun'; loc: Loc; name?: string; clauses: Clause[] }

export interface Generate { kind: 'generate'; loc: Loc; pattern: Expr; expr: Expr }
export interface BGenerate { kind: 'b_generate'; loc: Loc; pattern: Expr; expr: Expr }
/** `K := V <- Map` (OTP 26 map generator). */
export interface MGenerate { kind: 'm_generate'; loc: Loc; pattern: MapField; expr: Expr }
export type Qualifier = Generate | BGenerate | MGenerate | Expr;
export interface ListComp { kind: 'lc'; loc: Loc; template: Expr; qualifiers: Qualifier[] }
export interface BinComp { kind: 'bc'; loc: Loc; template: Expr; qualifiers: Qualifier[] }
/** `#{K => V || ...}` (OTP 26). */
export interface MapComp { kind: 'mc'; loc: Loc; template: MapField; qualifiers: Qualifier[] }

/** `Remote` is an expression too: erl_parse accepts a bare `M:F` (`expr -> expr_remote`),
 * and lint rejects it as an illegal expression. */
export type Expr =
  | Literal | Var | Nil | Cons | Tuple | MapExpr | RecordExpr | RecordFieldAccess | RecordIndex
  | Bin | BinaryOp | UnaryOp | Match | MaybeMatch | Call | Block | If | Case | Receive | Try
  | Catch | Maybe | FunRef | FunRemote | Fun | ListComp | BinComp | MapComp | Remote;

// -------------------------------------------------------------------- types

export interface TypeAnn { kind: 'ann_type'; loc: Loc; var: Var; type: TypeExpr }
export interface TypeUnion { kind: 'type_union'; loc: Loc; types: TypeExpr[] }
export interface TypeRange { kind: 'type_range'; loc: Loc; low: TypeExpr; high: TypeExpr }
/** A type operator on integer types: `-1`, `1 bsl 8`, ... */
export interface TypeBinOp { kind: 'type_op'; loc: Loc; op: string; left: TypeExpr; right: TypeExpr }
export interface TypeUnOp { kind: 'type_unop'; loc: Loc; op: string; operand: TypeExpr }
/** `name(Args)`: a built-in (`integer()`, `list(T)`) or a local user type. erl_parse
 * splits these into `type` and `user_type`; lint decides which by name and arity. */
export interface TypeCall { kind: 'type_call'; loc: Loc; name: string; args: TypeExpr[] }
/** `m:n(Args)`. `loc` is the module atom's; erl_parse keeps the name atom's too (`nameLoc`). */
export interface TypeRemote { kind: 'type_remote'; loc: Loc; module: string; name: string; args: TypeExpr[]; nameLoc?: Loc }
/** `fun()`, `fun((...) -> T)`, `fun((A, B) -> T)`. `params: 'any'` is `(...)`. */
export interface TypeFun {
  kind: 'type_fun';
  loc: Loc;
  sig?: { params: TypeExpr[] | 'any'; result: TypeExpr };
}
/** `{}`/`{A, B}`, or `tuple()` is a TypeCall. */
export interface TypeTuple { kind: 'type_tuple'; loc: Loc; elements: TypeExpr[] }
/** `[]` (nil), `[T]`, `[T, ...]`. */
export interface TypeList { kind: 'type_list'; loc: Loc; element?: TypeExpr; nonempty: boolean }
export interface TypeMapField { kind: 'type_map_field_assoc' | 'type_map_field_exact'; loc: Loc; key: TypeExpr; value: TypeExpr }
export interface TypeMap { kind: 'type_map'; loc: Loc; fields: TypeMapField[] }
/** `#r{f :: T}`. `loc` is the `#`; `nameLoc` the record name atom's (erl_parse keeps both). */
export interface TypeRecord { kind: 'type_record'; loc: Loc; name: string; fields: { loc: Loc; name: string; type: TypeExpr }[]; nameLoc?: Loc }
/** `<<>>`, `<<_:M>>`, `<<_:_*N>>`, `<<_:M, _:_*N>>`. */
export interface TypeBin { kind: 'type_bin'; loc: Loc; m?: TypeExpr; n?: TypeExpr }
export type TypeExpr =
  | TypeAnn | TypeUnion | TypeRange | TypeBinOp | TypeUnOp | TypeCall | TypeRemote | TypeFun
  | TypeTuple | TypeList | TypeMap | TypeRecord | TypeBin | Var | AtomLit | IntegerLit | CharLit;

/** A constraint `X :: T` (or the old `is_subtype(X, T)`) in a spec's `when`. */
export interface TypeConstraint { kind: 'constraint'; loc: Loc; var: Var; type: TypeExpr }
/** One clause of a spec/callback: `(Args) -> Result when Constraints`. */
export interface FunType {
  kind: 'fun_type';
  loc: Loc;
  params: TypeExpr[];
  result: TypeExpr;
  constraints: TypeConstraint[];
}

// -------------------------------------------------------------------- forms

export interface FunctionDef { kind: 'function'; loc: Loc; name: string; arity: number; clauses: Clause[] }

export interface RecordFieldDef { loc: Loc; name: string; default?: Expr; type?: TypeExpr }

export type FA = { name: string; arity: number };

/** An attribute. erl_parse checks module, export, import, record, file, type, opaque,
 * spec and callback; every other attribute's value must be a term (`f/1` read as
 * `{f, 1}`). The parser gives behaviour/behavior, export_type, optional_callbacks and
 * on_load their own node when the term has the expected shape (an atom; a list of
 * `F/A`; one `F/A`), and `attr_wild` otherwise; compile's options are kept as written. */
export type Attribute =
  | { kind: 'attr_module'; loc: Loc; name: string; params?: Var[] }
  | { kind: 'attr_export'; loc: Loc; functions: FA[] }
  | { kind: 'attr_import'; loc: Loc; module: string; functions: FA[] }
  | { kind: 'attr_export_type'; loc: Loc; types: FA[] }
  | { kind: 'attr_optional_callbacks'; loc: Loc; functions: FA[] }
  | { kind: 'attr_compile'; loc: Loc; options: Expr }
  | { kind: 'attr_file'; loc: Loc; file: string; line: number }
  | { kind: 'attr_record'; loc: Loc; name: string; fields: RecordFieldDef[] }
  | { kind: 'attr_type'; loc: Loc; opaque: boolean; name: string; params: Var[]; type: TypeExpr }
  /** -spec / -callback; `module` for `-spec M:F(...)`. */
  | { kind: 'attr_spec'; loc: Loc; callback: boolean; module?: string; name: string; arity: number; types: FunType[] }
  | { kind: 'attr_behaviour'; loc: Loc; spelling: 'behaviour' | 'behavior'; name: string }
  | { kind: 'attr_on_load'; loc: Loc; function: FA }
  /** Any other `-name(Value).`: value is a term in expression syntax. */
  | { kind: 'attr_wild'; loc: Loc; name: string; value: Expr };

/** A form the front end could not read; its diagnostics were reported. `diagnostic` is
 * the error that replaced it (erl_parse's `{error, {Loc, Module, Descriptor}}` form). */
export interface ErrorForm { kind: 'error_form'; loc: Loc; diagnostic?: Diagnostic }
/** Warnings from the preprocessor carried in the form list (erl_parse `{warning, ...}`). */
export interface EofForm { kind: 'eof'; loc: Loc }

export type Form = FunctionDef | Attribute | ErrorForm | EofForm;

export interface Module {
  file: string;
  forms: Form[];
}

/** Every node kind that has a `loc`. */
export type Node = Expr | TypeExpr | Form | Clause | MapField | RecordField | BinElement | Qualifier | FunType | TypeConstraint | TypeMapField;
