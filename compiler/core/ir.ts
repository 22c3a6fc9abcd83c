// Core IR: the small language between the Erlang AST and JavaScript.
//
// It is A-normal form: every operand of a call, a primitive or a test is an `Atomic`
// (a variable or a constant), and every intermediate result is named by a `let`. That
// makes two things explicit that the execution model (docs/execution.md) needs:
//   * which calls are in tail position (a call that is the whole body of a function,
//     or of a case arm in tail position) and which are not (the bound expression of a
//     `let`), and
//   * which variables are live across each non-tail call (the free variables of the
//     `let` body), which is what a frame records when a process is suspended.
//
// Pattern matching is compiled before this IR is built: `case`, function heads,
// `receive`, `=` and generators become `Decision` trees of simple tests, bindings and
// guards, with `alt` giving ordered fallthrough (try one clause's tree; where it says
// `next`, go on with the rest), so trees stay linear in the size of the clauses.
//
// Invariants (checked by core/lint.ts):
//   * every variable is bound exactly once in a function (lowering renames), and is
//     bound before use; names are opaque strings, codegen makes JS identifiers of them;
//   * a `let`'s bound expression is never itself a `let` (lowering flattens);
//   * a `fun` lists its free variables exactly.

// ------------------------------------------------------------------- constants

/** A compile-time constant term. Strings are code-point lists, kept compact. */
export type Const =
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'atom'; v: string } // 'true' / 'false' included
  | { k: 'nil' }
  | { k: 'string'; v: string; tail?: Const } // [c1, c2, ... | tail], tail default nil
  | { k: 'cons'; hd: Const; tl: Const }
  | { k: 'tuple'; es: Const[] }
  | { k: 'map'; pairs: [Const, Const][] }
  | { k: 'bits'; bytes: number[]; bitSize: number }; // a bitstring literal

export type Atomic = { k: 'var'; name: string } | { k: 'const'; c: Const };

/** Position of the construct in the source (for stack traces and source maps). */
export interface CLoc {
  file: string;
  line: number;
  col: number;
}

// ----------------------------------------------------------------- expressions

export type Expr =
  | Ret
  | Let
  | Call
  | Prim
  | MakeFun
  | Case
  | Receive
  | Try
  | CatchExpr
  | LetRec
  | Raise
  | BinBuild
  | Fail;

/** The value of an atomic. */
export interface Ret { k: 'ret'; a: Atomic }

/** `let V = E in Body`. `v` null when the value is unused (a sequence). */
export interface Let { k: 'let'; v: string | null; e: Expr; body: Expr }

export type CallTarget =
  /** A function of this module (`f(X)`; not hot-swapped: stays in its version). */
  | { k: 'local'; name: string; arity: number }
  /** A letrec-bound local function (comprehension helpers); `name` as in LetRec. */
  | { k: 'letrec'; name: string; arity: number }
  /** `M:F(Args)` through the code server (hot code loading). Constant M and F are
   * the common case; either may be a variable. Calls to `erlang` auto-imported BIFs,
   * operators and guard BIFs also use this with constant `erlang` and a known name:
   * codegen inlines operator fast paths and binds known BIFs directly. */
  | { k: 'remote'; mod: Atomic; fn: Atomic }
  /** Call a fun value `F(Args)`: {badfun,F} / {badarity,{F,Args}} when it is not. */
  | { k: 'apply'; f: Atomic };

export interface Call { k: 'call'; target: CallTarget; args: Atomic[]; loc: CLoc }

/** Primitives that cannot suspend and whose errors name no function. */
export type PrimOp =
  | 'tuple' //           args: elements
  | 'cons' //            args: [head, tail]
  | 'map_new' //         args: [k1, v1, k2, v2, ...]            (#{K => V})
  | 'map_put' //         args: [map, k1, v1, ...]  {badmap,M}    (M#{K => V})
  | 'map_update' //      args: [map, k1, v1, ...]  {badmap,M} / {badkey,K} (M#{K := V})
  | 'build_stacktrace' // args: [rawStack] -> the list term of a caught exception's stack
  | 'record_check' //    args: [value, recordName, size] -> value, or error {badrecord,V}
  | 'make_export_fun' // args: [module, name, arity] -> `fun M:F/A` (badarg if not atom/atom/arity)
  | 'recv_accept' //     args: [] -> removes the message a receive matched (added by the code generator)
  | 'set_tail'; //       args: [cell, value] -> sets a cell's tail (compiler/js/trmc.ts: only on cells it just built)

export interface Prim { k: 'prim'; op: PrimOp; args: Atomic[]; loc: CLoc }

/** A fun expression: a closure over `free`. `selfName`, for a named fun, is the
 * variable bound to the fun itself inside `body`. `name` is the function name OTP
 * gives it (`-f/1-fun-0-`), `index` its index in the module (both for fun_info/ETF). */
export interface MakeFun {
  k: 'fun';
  name: string;
  index: number;
  params: string[];
  free: string[];
  selfName?: string;
  body: Expr;
  loc: CLoc;
}

/** `case` with its clauses compiled to a decision tree over `args` (usually one; a
 * function head has one per parameter). */
export interface Case { k: 'case'; args: Atomic[]; tree: Decision; loc: CLoc }

/** `receive`: `tree` is tried on each message in turn (bound to `msgVar`); a `next`
 * leaf means "this message does not match". A matching leaf removes the message. */
export interface Receive {
  k: 'receive';
  msgVar: string;
  tree: Decision;
  after?: { timeout: Atomic; body: Expr };
  loc: CLoc;
}

/** `try Body of OfVar -> OfBody catch Class:Reason:Stack -> Handler`. `after` is
 * lowered to nested trys and `raise`. `stackVar` is bound to the raw stack (use the
 * `build_stacktrace` prim to get the list term only when it is used). */
export interface Try {
  k: 'try';
  body: Expr;
  ofVar: string;
  ofBody: Expr;
  classVar: string;
  reasonVar: string;
  stackVar: string;
  handler: Expr;
  loc: CLoc;
}

/** `catch Expr`: throw -> the term, error -> {'EXIT',{Reason,Stack}}, exit -> {'EXIT',R}. */
export interface CatchExpr { k: 'catch'; body: Expr; loc: CLoc }

/** Local functions (comprehension loops). Each may call itself and the others. */
export interface LetRec {
  k: 'letrec';
  defs: { name: string; params: string[]; body: Expr; loc: CLoc; trmcOf?: string }[];
  body: Expr;
}

/** erlang:raise/3 with a raw stack from a `Try` (re-raise keeps the original stack).
 * With `stack` absent, a new exception of class `cls` is raised here. */
export interface Raise { k: 'raise'; cls: Atomic; reason: Atomic; stack?: Atomic; loc: CLoc }

/** A match failure: `function_clause` (args are the function's parameters),
 * `{case_clause,V}`, `if_clause`, `{try_clause,V}`, `{badmatch,V}`, `{else_clause,V}`. */
export interface Fail {
  k: 'fail';
  reason: 'function_clause' | 'case_clause' | 'if_clause' | 'try_clause' | 'badmatch' | 'else_clause';
  value?: Atomic;
  loc: CLoc;
}

/** Bit-syntax segment specification (sizes in units; `size` null = default or all). */
export interface BinSeg {
  type: 'integer' | 'float' | 'binary' | 'bitstring' | 'utf8' | 'utf16' | 'utf32';
  size: Atomic | null;
  unit: number;
  signed: boolean;
  endian: 'big' | 'little' | 'native';
}

/** `<<V:Size/Type, ...>>` construction; errors are `badarg` as in OTP 25. */
export interface BinBuild { k: 'bin'; segs: { value: Atomic; seg: BinSeg }[]; loc: CLoc }

// ------------------------------------------------------------- decision trees

export type Decision =
  | { k: 'leaf'; body: Expr }
  /** This alternative does not match: continue with the enclosing `alt`'s `rest`. */
  | { k: 'next' }
  /** Try `first`; where it reaches `next`, continue with `rest`. */
  | { k: 'alt'; first: Decision; rest: Decision }
  | { k: 'test'; test: Test; then: Decision; else: Decision }
  /** Multiway branch on an exact constant (atoms, integers): `=:=` semantics. */
  | { k: 'switch'; on: Atomic; cases: { c: Const; then: Decision }[]; default: Decision }
  /** Bind `v` to a part of an already tested term, then continue. */
  | { k: 'bind'; v: string; access: Access; next: Decision }
  /** A guard: `body` evaluates to a term; true -> then; anything else, or any
   * exception inside, -> else. */
  | { k: 'guard'; body: Expr; then: Decision; else: Decision }
  /** Evaluate `e` with guard semantics (an exception -> else) and bind its value to
   * `v`, then continue: bit-syntax sizes and map-pattern keys that are expressions
   * (`<<S:8, B:(S*8)/binary>>` needs S from the same pattern). Additive to the contract. */
  | { k: 'eval'; v: string; e: Expr; then: Decision; else: Decision }
  | Fail;

export type Test =
  | { k: 'is_tuple'; v: Atomic; arity: number }
  | { k: 'is_cons'; v: Atomic }
  | { k: 'is_nil'; v: Atomic }
  | { k: 'is_map'; v: Atomic }
  | { k: 'map_has'; v: Atomic; key: Atomic }
  /** Exact equality (`=:=`) with another atomic: literal patterns, repeated variables. */
  | { k: 'eq'; v: Atomic; w: Atomic }
  /** Start matching a bitstring: is `v` a bitstring? binds match context `ctx`. */
  | { k: 'bin_start'; ctx: string; v: Atomic }
  /** Read one segment from `ctx` into `bind` (null for `_`); fails if it does not fit. */
  | { k: 'bin_seg'; ctx: string; seg: BinSeg; bind: string | null }
  /** Bind the rest of `ctx` (a `/binary` or `/bitstring` tail of default size). */
  | { k: 'bin_rest'; ctx: string; type: 'binary' | 'bitstring'; bind: string | null }
  /** No bits left in `ctx`. */
  | { k: 'bin_end'; ctx: string };

export type Access =
  | { k: 'element'; of: Atomic; index: number } // 1-based, tuple already tested
  | { k: 'hd'; of: Atomic }
  | { k: 'tl'; of: Atomic }
  | { k: 'map_get'; of: Atomic; key: Atomic } // key already tested present
  | { k: 'atomic'; a: Atomic }; // plain alias

// ----------------------------------------------------------------- a module

export interface FunDef {
  name: string;
  arity: number;
  params: string[];
  body: Expr;
  loc: CLoc;
  /** Set on the destination-passing twin of function `trmcOf` (compiler/js/trmc.ts):
   * its last parameter is the list cell to write into, and stack traces show it as
   * `trmcOf` with one argument less. */
  trmcOf?: string;
}

export interface ModuleIR {
  name: string;
  /** The source file as given to the compiler (for module_info and stack traces). */
  file: string;
  exports: { name: string; arity: number }[];
  functions: FunDef[];
  /** `-Name(Value)` attributes for module_info(attributes), as constants. */
  attributes: { name: string; value: Const }[];
  /** How many fun expressions the module has (MakeFun.index ranges over them). */
  funCount: number;
  /** The funs and comprehension loops OTP lifts to local functions, with OTP's names
   * and arities, in module_info(functions) order (fun-names.ts). */
  lifted?: { name: string; arity: number }[];
}
