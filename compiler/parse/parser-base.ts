// Shared by the parser's rule modules: the precedence tables, the node builders, and
// the base class that holds the parser's state.
//
// The grammar is one chevrotain parser split over three classes, each adding rules:
// ParserBase (this module: state and helpers), TypeParser (parser-types.ts: the type
// language, used by attributes and specs) and ErlParser (parser-grammar.ts: forms,
// clauses, expressions, patterns). The most derived constructor runs chevrotain's
// self-analysis once every rule is defined.
//
// Speed. The parser reads the whole OTP source tree several times faster than epp, so
// the hot rules avoid allocating per call: the alternatives of an OR are built once and
// cached (they may refer to nothing but the parser, so what they need is passed in
// fields, read before any nested parse), loops append to the list on top of `lists`,
// and node builders run without ACTION wrappers. During chevrotain's recording phase
// (`this.R`) rules run once on placeholder tokens (and undefined rule arguments):
// builders tolerate them and checks are skipped. A few `!this.R && ...` shortcuts skip
// a loop or option whose one-token lookahead cannot match: they take exactly the path
// the DSL call would.
import { EmbeddedActionsParser, LLkLookaheadStrategy, type ILookaheadStrategy, type TokenType, type IOrAlt } from 'chevrotain';
import * as T from './tokens.js';
import type { Token } from './tokens.js';
import type { Loc, Expr, Var, AtomLit, Clause, TypeExpr } from '../ast/ast.js';
import { firstLoc } from '../ast/anno.js';
import { type OpInfo, tokLoc } from './parser-build.js';

export const P = T.Punct;
export const K = T.Keywords;

// ----------------------------------------------------------- precedence

type Assoc = OpInfo['assoc'];

function opTable(rows: [number, Assoc, TokenType[]][]): Map<number, OpInfo> {
  const m = new Map<number, OpInfo>();
  for (const [prec, assoc, toks] of rows) {
    for (const t of toks) m.set(t.tokenTypeIdx!, { prec, assoc, name: opName(t) });
  }
  return m;
}

function opName(t: TokenType): string {
  const kw = Object.entries(K).find(([, v]) => v === t);
  if (kw) return kw[0];
  const p = Object.entries(P).find(([, v]) => v === t);
  return p![0];
}

const COMP_OPS = [P['=='], P['/='], P['=<'], P['<'], P['>='], P['>'], P['=:='], P['=/=']];
const LIST_OPS = [P['++'], P['--']];
const ADD_OPS = [P['+'], P['-'], K.bor, K.bxor, K.bsl, K.bsr, K.or, K.xor];
const MULT_OPS = [P['/'], P['*'], K.div, K.rem, K.band, K.and];
const PREFIX_OPS = [P['+'], P['-'], K.bnot, K.not];

/** erl_parse's expression operators: Right 100 = !, Right 150 orelse, Right 160 andalso,
 * Nonassoc 200 comparisons, Right 300 ++ --, Left 400 additive, Left 500 multiplicative. */
export const EXPR_OPS = opTable([
  [100, 'right', [P['='], P['!']]],
  [150, 'right', [K.orelse]],
  [160, 'right', [K.andalso]],
  [200, 'nonassoc', COMP_OPS],
  [300, 'right', LIST_OPS],
  [400, 'left', ADD_OPS],
  [500, 'left', MULT_OPS],
]);
/** pat_expr has `=` and the arithmetic, list and comparison operators only. */
export const PAT_OPS = opTable([
  [100, 'right', [P['=']]],
  [200, 'nonassoc', COMP_OPS],
  [300, 'right', LIST_OPS],
  [400, 'left', ADD_OPS],
  [500, 'left', MULT_OPS],
]);
/** Types: Nonassoc 200 `..`, additive and multiplicative as in expressions. */
export const TYPE_OPS = opTable([
  [200, 'nonassoc', [P['..']]],
  [400, 'left', ADD_OPS],
  [500, 'left', MULT_OPS],
]);

export const exprOp = (t: Token): OpInfo => EXPR_OPS.get(t.tokenTypeIdx)!;
export const patOp = (t: Token): OpInfo => PAT_OPS.get(t.tokenTypeIdx)!;
export const typeOp = (t: Token): OpInfo => TYPE_OPS.get(t.tokenTypeIdx)!;

/** Token types that may follow an expr_max as its postfix part: `:`, `(`, `#`. */
export const POSTFIX_START = new Set([P[':'].tokenTypeIdx, P['('].tokenTypeIdx, P['#'].tokenTypeIdx]);

// -------------------------------------------------------------- builders

export const loc = tokLoc;

export function mkExprOp(op: Token, l: Expr, r: Expr): Expr {
  if (op.tokenType === P['=']) return { kind: 'match', loc: firstLoc(l), pattern: l, expr: r };
  return { kind: 'op', loc: loc(op), op: exprOp(op).name, left: l, right: r };
}

export function mkTypeOp(op: Token, l: TypeExpr, r: TypeExpr): TypeExpr {
  if (op.tokenType === P['..']) return { kind: 'type_range', loc: l.loc, low: l, high: r };
  return { kind: 'type_op', loc: loc(op), op: typeOp(op).name, left: l, right: r };
}

export function prefixName(op: Token): string {
  return op.tokenType === K.bnot ? 'bnot' : op.tokenType === K.not ? 'not' : op.image;
}

export function atomNode(t: Token): AtomLit {
  return { kind: 'atom', loc: loc(t), value: t.value as string };
}

export function varNode(t: Token): Var {
  return { kind: 'var', loc: loc(t), name: t.value as string };
}

export function unopNode(op: Token, e: Expr): Expr {
  return { kind: 'unop', loc: loc(op), op: prefixName(op), operand: e };
}

export function clause(l: Loc, patterns: Expr[], guards: Expr[][], body: Expr[]): Clause {
  return { kind: 'clause', loc: l, patterns, guards, body };
}

export function consChain(lb: Token, elems: Expr[], tail: Expr): Expr {
  let acc = tail;
  for (let i = elems.length - 1; i >= 0; i--) {
    const h = elems[i]!;
    acc = { kind: 'cons', loc: i === 0 ? loc(lb) : firstLoc(h), head: h, tail: acc };
  }
  return acc;
}

/** Which `#` chain we are in: a map chain stays one, and so does a record chain. */
export type ChainKind = 'map' | 'record' | 'any';

export const NO_LOC: Loc = { file: '', line: 0, col: 0 };

// -------------------------------------------------------------- grammar

/** The parser's state and helpers (no rules). */
export abstract class ParserBase extends EmbeddedActionsParser {
  /** The node most recently read inside `( ... )`: a parenthesised atom, variable or
   * binary is not a bare one, which matters where erl_parse wants a token (see
   * parser-grammar.ts). */
  protected lastParen: object | undefined;
  /** Lists being filled by loops (the top one is the innermost). */
  protected lists: unknown[][] = [];
  /** Operators and operands of the innermost operator chain being read. */
  protected chainOps: Token[] | undefined;
  protected chainRest: unknown[] | undefined;
  /** Context handed to cached alternatives; each reads it before parsing anything. */
  protected ctxExpr: Expr | undefined;
  protected ctxTok: Token | undefined;
  protected ctxFlag = false;

  protected readonly exprOpAlts: IOrAlt<Token>[];
  protected readonly patOpAlts: IOrAlt<Token>[];
  /** Per call site of typeOps (a rule may read operators in more than one place). */
  protected readonly typeOpAlts: IOrAlt<Token>[][];
  protected readonly prefixAlts: IOrAlt<Token>[];

  /** `validate` runs chevrotain's grammar checks (ambiguities, left recursion, ...):
   * the tests do, everyone else saves the time. */
  protected constructor(validate: boolean) {
    super(T.allTokenTypes, {
      maxLookahead: 1,
      recoveryEnabled: false,
      skipValidations: !validate,
      lookaheadStrategy: validate ? new LLkLookaheadStrategy({ maxLookahead: 1 }) : lazyLookahead(),
    });
    // The alternatives of the operator choices are built once (chevrotain allows it
    // when they refer to nothing but the parser).
    const alts = (m: Map<number, OpInfo>, idx = 0): IOrAlt<Token>[] =>
      T.allTokenTypes.filter((t) => m.has(t.tokenTypeIdx!)).map((t) => ({ ALT: () => this.consume(idx, t) as Token }));
    this.exprOpAlts = alts(EXPR_OPS);
    this.patOpAlts = alts(PAT_OPS);
    this.typeOpAlts = [0, 1, 2, 3, 4].map((i) => alts(TYPE_OPS, 20 + i));
    this.prefixAlts = PREFIX_OPS.map((t) => ({ ALT: () => this.CONSUME(t) as Token }));
  }

  /** Reset the per-form state (after an aborted parse the stacks may be unbalanced). */
  resetState(): void {
    this.lastParen = undefined;
    this.lists = [];
    this.chainOps = undefined;
    this.chainRest = undefined;
  }

  /** The token after what was parsed (chevrotain's EOF token at the end). */
  nextToken(): Token {
    return this.LA(1) as Token;
  }

  /** In chevrotain's recording phase (rules run once, on placeholder tokens). */
  protected get R(): boolean {
    return this.RECORDING_PHASE;
  }

  protected isBare(e: Expr): boolean {
    return e !== this.lastParen;
  }

  /** first_anno, or nothing while recording. */
  protected fl(n: Expr): Loc {
    return this.R ? NO_LOC : firstLoc(n);
  }

  protected topList<X>(): X[] {
    return this.lists[this.lists.length - 1] as X[];
  }

  protected nextIs(t: TokenType): boolean {
    return this.LA(1).tokenType === t;
  }
}

/** chevrotain's LL(1) lookahead, each decision's function computed the first time the
 * parser reaches it instead of all of them when the parser is built: building them
 * all is most of the parser's construction, which every `erlts run` pays, and a
 * typical file reaches a fraction of them. */
function lazyLookahead(): ILookaheadStrategy {
  const llk = new LLkLookaheadStrategy({ maxLookahead: 1 });
  type LaFn = (this: unknown, ...args: unknown[]) => unknown;
  const lazy = (build: () => LaFn): LaFn => {
    let f: LaFn | undefined;
    return function (this: unknown, ...args: unknown[]) {
      f ??= build();
      return f.apply(this, args);
    };
  };
  return {
    validate: (o) => llk.validate(o),
    initialize: (o) => llk.initialize?.(o),
    buildLookaheadForAlternation: (o) => lazy(() => llk.buildLookaheadForAlternation(o) as LaFn) as never,
    buildLookaheadForOptional: (o) => lazy(() => llk.buildLookaheadForOptional(o) as LaFn) as never,
  };
}
