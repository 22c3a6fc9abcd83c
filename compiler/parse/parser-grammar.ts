// The Erlang grammar (OTP 25's erl_parse.yrl) as a chevrotain parser that builds the AST
// directly (EmbeddedActionsParser, no CST): forms, attributes, clauses, expressions and
// patterns here, the type language in parser-types.ts, state, precedence tables and node
// builders in parser-base.ts (which also explains how the hot rules stay fast).
//
// erl_parse is an LALR(1) grammar; this is an LL(1) one that accepts the same forms and
// rejects the others at the same token, so that our syntax errors name the token yecc
// names. How it gets there:
//   * Left factoring: where yecc decides late (`fun foo/1` vs `fun foo:bar/1`, `X :: T`
//     vs a type starting with a variable, the forms of an attribute), the rules consume
//     the common prefix and branch on the next token. Every decision looks at one token.
//   * Operators: an expression is a flat chain `unary (op unary)*` resolved by the
//     precedence table (parser-base.ts) with a shunting yard. Nonassociative operators
//     (comparisons, `..`) are rejected the moment the second one is read, as yecc does.
//   * Patterns have their own, smaller rules (erl_parse's pat_expr): no calls, no `!`,
//     no `catch`, ... Inside lists, tuples and binaries a pattern is a full expression,
//     as in erl_parse.
//   * A few places in erl_parse depend on what a subtree *is* (the class of a
//     `Class:Reason` catch pattern is a bare atom or variable; `<<..>> <= E` needs a
//     bare binary; a map chain `M#{}#{}` may not turn into a record chain). The parser
//     reads the subtree and checks it in an action, raising the syntax error at the
//     token yecc would stop at.
//   * Semantic checks (erl_parse's build_* functions, see parser-build.ts) run when the
//     construct is complete, which is when yecc runs them too.
// Positions follow erl_parse: most nodes take their first token's, operators the
// operator's, and matches, calls, cons cells of list elements and clauses the
// first_anno of their left part (ast/anno.ts).
import type { IOrAlt } from 'chevrotain';
import * as T from './tokens.js';
import type { Token } from './tokens.js';
import type {
  Loc, Expr, Var, AtomLit, Clause, Form, Attribute, FunType, MapField, RecordField, BinElement, BinTypeSpec,
  Qualifier, Maybe, Receive, FunctionDef,
} from '../ast/ast.js';
import { firstLoc, lastLoc } from '../ast/anno.js';
import {
  type NamedClause, type AttrValue, type TypedElem, syntaxErrorAt, resolveChain, checkNonAssoc, buildFunction,
  buildFun, specArity, buildAttribute, rejectAnySpec,
} from './parser-build.js';
import {
  P, K, loc, EXPR_OPS, PAT_OPS, POSTFIX_START, NO_LOC, type ChainKind, exprOp, patOp, mkExprOp, atomNode,
  varNode, unopNode, clause, consChain,
} from './parser-base.js';
import { TypeParser } from './parser-types.js';

/** The parser: one instance is reused for every form (parser.ts). */
export class ErlParser extends TypeParser {
  // Cached alternatives and loop bodies (built on first use, during recording).
  private altsExprMax?: IOrAlt<Expr>[];
  private altsUnary?: IOrAlt<Expr>[];
  private altsPostfix?: IOrAlt<Expr>[];
  private altsPatMax?: IOrAlt<Expr>[];
  private altsPatUnary?: IOrAlt<Expr>[];
  private altsList?: IOrAlt<Expr>[];
  private altsListRest?: IOrAlt<Expr>[];
  private altsMapOp?: IOrAlt<Token>[];
  private altsFieldName?: IOrAlt<AtomLit | Var>[];
  private fnExprsMore?: () => void;
  private fnExprOp?: () => void;
  private fnPatOp?: () => void;
  private fnPostfix?: () => Expr;
  private fnRemoteCall?: () => Expr;
  private fnArgs?: () => Expr[];
  private fnPatArgs?: () => void;
  private fnPatArgsMore?: () => void;
  private fnGuard?: () => Expr[][];
  private fnGuardMore?: () => void;
  private fnClauseMore?: () => void;
  private fnFunctionClauseMore?: () => void;

  constructor(opts: { validate?: boolean } = {}) {
    super(opts.validate ?? false);
    this.performSelfAnalysis();
  }

  // ================================================================ forms

  /** form -> attribute dot | function dot (a -spec/-callback goes to specForm). */
  public form = this.RULE('form', (): Form => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.attributeForm) },
      { ALT: () => this.SUBRULE(this.functionForm) },
    ]);
  });

  public functionForm = this.RULE('functionForm', (): FunctionDef => {
    const cs: NamedClause[] = [this.SUBRULE(this.functionClause)];
    this.lists.push(cs);
    this.MANY(
      (this.fnFunctionClauseMore ??= () => {
        this.CONSUME(P[';']);
        const l = this.topList<NamedClause>();
        l.push(this.SUBRULE2(this.functionClause));
      }),
    );
    this.lists.pop();
    // Before the dot: an error in the clauses wins over a missing dot, as in yecc.
    const f = this.R ? (undefined as unknown as FunctionDef) : buildFunction(cs);
    this.CONSUME(T.Dot);
    return f;
  });

  private functionClause = this.RULE('functionClause', (): NamedClause => {
    const name = this.CONSUME(T.Atom) as Token;
    const args = this.SUBRULE(this.patArgList);
    const guards = this.SUBRULE(this.clauseGuard);
    this.CONSUME(P['->']);
    const body = this.SUBRULE(this.exprs);
    return { name: name.value as string, clause: clause(loc(name), args.args, guards, body) };
  });

  public attributeForm = this.RULE('attributeForm', (): Attribute => {
    this.CONSUME(P['-']);
    const name = this.CONSUME(T.Atom) as Token;
    const v = this.SUBRULE(this.attrValue);
    const a = this.R ? (undefined as unknown as Attribute) : buildAttribute(name, v);
    this.CONSUME(T.Dot);
    return a;
  });

  /** attr_val / typed_attr_val / '(' typed_attr_val ')'. A leading `(` may open the
   * argument list or a parenthesised first expression (`-foo (a) + 1.`). */
  private attrValue = this.RULE('attrValue', (): AttrValue => {
    return this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(P['(']);
            const e1 = this.SUBRULE(this.expr);
            return this.OR2([
              {
                ALT: () => {
                  this.CONSUME(P[')']);
                  this.lastParen = e1;
                  const e = this.SUBRULE(this.exprAfterPrimary, { ARGS: [e1] });
                  return this.SUBRULE(this.attrTail, { ARGS: [e] });
                },
              },
              {
                ALT: () => {
                  this.CONSUME(P[',']);
                  const v = this.SUBRULE(this.attrSecond, { ARGS: [e1] });
                  this.CONSUME2(P[')']);
                  return v;
                },
              },
              {
                ALT: (): AttrValue => {
                  this.CONSUME(P['::']);
                  const type = this.SUBRULE(this.topType);
                  this.CONSUME3(P[')']);
                  return { kind: 'type_def', expr: e1, type };
                },
              },
            ]);
          },
        },
        {
          ALT: () => {
            const e = this.SUBRULE2(this.expr);
            return this.SUBRULE2(this.attrTail, { ARGS: [e] });
          },
        },
      ],
    });
  });

  /** After the first value of an unparenthesised attribute. */
  private attrTail = this.RULE('attrTail', (e1: Expr): AttrValue => {
    const v = this.OPTION(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(P[',']);
            return this.SUBRULE(this.attrSecond, { ARGS: [e1] });
          },
        },
        {
          ALT: (): AttrValue => {
            this.CONSUME(P['::']);
            const type = this.SUBRULE(this.topType);
            return { kind: 'type_def', expr: e1, type };
          },
        },
      ]),
    );
    return v ?? { kind: 'values', values: [e1] };
  });

  /** After `Value1,`: a record declaration's tuple whose fields may have types, or the
   * remaining values. */
  private attrSecond = this.RULE('attrSecond', (e1: Expr): AttrValue => {
    return this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.SUBRULE(this.typedTuple, { ARGS: [e1] }) },
        {
          ALT: (): AttrValue => {
            const values = [e1, this.SUBRULE(this.expr)];
            this.MANY(() => {
              this.CONSUME(P[',']);
              values.push(this.SUBRULE2(this.expr));
            });
            return { kind: 'values', values };
          },
        },
      ],
    });
  });

  /** `{E1 [:: T1], ...}`: typed_record_fields if some element has a type, otherwise a
   * plain tuple, which may go on as an expression (`{a} ++ b`) and be followed by more
   * values. */
  private typedTuple = this.RULE('typedTuple', (e1: Expr): AttrValue => {
    const lb = this.CONSUME(P['{']) as Token;
    const elems: TypedElem[] = [];
    this.OPTION(() => {
      elems.push(this.SUBRULE(this.typedElem));
      this.MANY(() => {
        this.CONSUME(P[',']);
        elems.push(this.SUBRULE2(this.typedElem));
      });
    });
    this.CONSUME(P['}']);
    const typed = !this.R && elems.some((x) => x.type !== undefined);
    const tuple: Expr = { kind: 'tuple', loc: loc(lb), elements: elems.map((x) => x.expr) };
    let values: Expr[] = [e1, tuple];
    this.OPTION2({
      GATE: () => !typed,
      DEF: () => {
        values = [e1, this.SUBRULE(this.exprAfterPrimary, { ARGS: [tuple] })];
        this.MANY2(() => {
          this.CONSUME2(P[',']);
          values.push(this.SUBRULE(this.expr));
        });
      },
    });
    return typed ? { kind: 'typed_record', expr: e1, fields: elems } : { kind: 'values', values };
  });

  private typedElem = this.RULE('typedElem', (): TypedElem => {
    const expr = this.SUBRULE(this.expr);
    const type = this.OPTION(() => {
      this.CONSUME(P['::']);
      return this.SUBRULE(this.topType);
    });
    return type === undefined ? { expr } : { expr, type };
  });

  /** -spec / -callback (erl_parse retags the atom after `-`). */
  public specForm = this.RULE('specForm', (): Attribute => {
    this.CONSUME(P['-']);
    const kw = this.CONSUME(T.Atom) as Token;
    const s = this.OR([
      {
        ALT: () => {
          this.CONSUME(P['(']);
          const r = this.SUBRULE(this.specBody);
          this.CONSUME(P[')']);
          return r;
        },
      },
      { ALT: () => this.SUBRULE2(this.specBody) },
    ]);
    let a = undefined as unknown as Attribute;
    if (!this.R) {
      const any = s.types.find((t) => (t.params as unknown) === 'any');
      if (any !== undefined) rejectAnySpec(any.loc);
      const base = { kind: 'attr_spec' as const, loc: loc(kw), callback: kw.value === 'callback', name: s.name, arity: specArity(s.types), types: s.types };
      a = s.module === undefined ? base : { ...base, module: s.module };
    }
    this.CONSUME(T.Dot);
    return a;
  });

  private specBody = this.RULE('specBody', (): { module?: string; name: string; types: FunType[] } => {
    const n1 = this.CONSUME(T.Atom) as Token;
    const n2 = this.OPTION(() => {
      this.CONSUME(P[':']);
      return this.CONSUME2(T.Atom) as Token;
    });
    const types = [this.SUBRULE(this.typeSig)];
    this.MANY(() => {
      this.CONSUME(P[';']);
      types.push(this.SUBRULE2(this.typeSig));
    });
    return n2 === undefined ? { name: n1.value as string, types } : { module: n1.value as string, name: n2.value as string, types };
  });


  // ============================================================ clauses

  private patArgList = this.RULE('patArgList', (): { loc: Loc; args: Expr[] } => {
    const lp = this.CONSUME(P['(']) as Token;
    const args: Expr[] = [];
    this.lists.push(args);
    this.OPTION(
      (this.fnPatArgs ??= () => {
        const l = this.topList<Expr>();
        l.push(this.SUBRULE(this.patExpr));
        this.MANY(
          (this.fnPatArgsMore ??= () => {
            this.CONSUME(P[',']);
            const l2 = this.topList<Expr>();
            l2.push(this.SUBRULE2(this.patExpr));
          }),
        );
      }),
    );
    this.lists.pop();
    this.CONSUME(P[')']);
    return { loc: loc(lp), args };
  });

  private argList = this.RULE('argList', (): Expr[] => {
    this.CONSUME(P['(']);
    const args = this.OPTION((this.fnArgs ??= () => this.SUBRULE(this.exprs)));
    this.CONSUME(P[')']);
    return args ?? [];
  });

  private clauseGuard = this.RULE('clauseGuard', (): Expr[][] => {
    if (!this.R && !this.nextIs(K.when)) return [];
    const g = this.OPTION(
      (this.fnGuard ??= () => {
        this.CONSUME(K.when);
        return this.SUBRULE(this.guard);
      }),
    );
    return g ?? [];
  });

  private guard = this.RULE('guard', (): Expr[][] => {
    const gs = [this.SUBRULE(this.exprs)];
    this.lists.push(gs);
    this.MANY(
      (this.fnGuardMore ??= () => {
        this.CONSUME(P[';']);
        const l = this.topList<Expr[]>();
        l.push(this.SUBRULE2(this.exprs));
      }),
    );
    this.lists.pop();
    return gs;
  });

  public exprs = this.RULE('exprs', (): Expr[] => {
    const es = [this.SUBRULE(this.expr)];
    if (!this.R && !this.nextIs(P[','])) return es;
    this.lists.push(es);
    this.MANY(
      (this.fnExprsMore ??= () => {
        this.CONSUME(P[',']);
        const l = this.topList<Expr>();
        l.push(this.SUBRULE2(this.expr));
      }),
    );
    this.lists.pop();
    return es;
  });

  /** cr_clause -> expr clause_guard clause_body (case and receive clauses take full
   * expressions as patterns, as in erl_parse). */
  private crClauses = this.RULE('crClauses', (): Clause[] => {
    const cs = [this.SUBRULE(this.crClause)];
    this.lists.push(cs);
    this.MANY(
      (this.fnClauseMore ??= () => {
        this.CONSUME(P[';']);
        const l = this.topList<Clause>();
        l.push(this.SUBRULE2(this.crClause));
      }),
    );
    this.lists.pop();
    return cs;
  });

  private crClause = this.RULE('crClause', (): Clause => {
    const p = this.SUBRULE(this.expr);
    const g = this.SUBRULE(this.clauseGuard);
    this.CONSUME(P['->']);
    const b = this.SUBRULE(this.exprs);
    return clause(this.fl(p), [p], g, b);
  });

  // ========================================================= expressions

  /** expr: a chain of unary expressions and binary operators. */
  public expr = this.RULE('expr', (): Expr => {
    const first = this.SUBRULE(this.unary);
    return this.exprOps(first);
  });

  /** The rest of an expression whose first expr_max was already read (attributes). */
  private exprAfterPrimary = this.RULE('exprAfterPrimary', (p: Expr): Expr => {
    const first = this.postfix(p);
    return this.exprOps(first);
  });

  private exprOps(first: Expr): Expr {
    if (!this.R && !EXPR_OPS.has(this.LA(1).tokenTypeIdx)) return first;
    const savedOps = this.chainOps;
    const savedRest = this.chainRest;
    this.chainOps = undefined;
    this.chainRest = undefined;
    this.MANY9(
      (this.fnExprOp ??= () => {
        const op = this.OR9(this.exprOpAlts);
        let ops = this.chainOps;
        if (ops === undefined) {
          ops = this.chainOps = [];
          this.chainRest = [];
        } else if (!this.R) checkNonAssoc(ops, op, exprOp);
        const rest = this.chainRest as Expr[];
        const r = this.SUBRULE9(this.unary);
        ops.push(op);
        rest.push(r);
      }),
    );
    const ops = this.chainOps as Token[] | undefined;
    const rest = this.chainRest as Expr[] | undefined;
    this.chainOps = savedOps;
    this.chainRest = savedRest;
    if (this.R || ops === undefined) return first;
    return resolveChain(first, ops, rest!, exprOp, mkExprOp);
  }

  /** prefix_op expr | 'catch' expr | a primary expression with its postfix parts. */
  private unary = this.RULE('unary', (): Expr => {
    return this.OR(
      (this.altsUnary ??= [
        {
          ALT: () => {
            const op = this.OR2(this.prefixAlts);
            return unopNode(op, this.SUBRULE(this.unary));
          },
        },
        {
          ALT: (): Expr => {
            const c = this.CONSUME(K.catch) as Token;
            return { kind: 'catch', loc: loc(c), expr: this.SUBRULE(this.expr) };
          },
        },
        { ALT: () => this.hashChain(undefined, 0) },
        { ALT: () => this.postfix(this.SUBRULE(this.exprMax)) },
      ]),
    );
  });

  /** After an expr_max: `:F` (remote, maybe called), `(Args)` (call), or a record/map
   * chain `#...`. A call ends the expression (no `f()()`, `f()#r.a`). */
  private postfix(e: Expr): Expr {
    if (!this.R && !POSTFIX_START.has(this.LA(1).tokenTypeIdx)) return e;
    this.ctxExpr = e;
    const r = this.OPTION5((this.fnPostfix ??= () => this.OR5((this.altsPostfix ??= this.postfixAlts()))));
    return r ?? e;
  }

  private postfixAlts(): IOrAlt<Expr>[] {
    return [
      {
        ALT: () => {
          const m = this.ctxExpr!;
          const c = this.CONSUME5(P[':']) as Token;
          const f = this.SUBRULE5(this.exprMax);
          const rem: Expr = { kind: 'remote', loc: loc(c), module: m, name: f };
          this.ctxExpr = rem;
          return this.OPTION6(
            (this.fnRemoteCall ??= (): Expr => {
              const callee = this.ctxExpr!;
              const args = this.SUBRULE5(this.argList);
              return { kind: 'call', loc: this.fl(callee), callee, args };
            }),
          ) ?? rem;
        },
      },
      {
        ALT: (): Expr => {
          const callee = this.ctxExpr!;
          const args = this.SUBRULE6(this.argList);
          return { kind: 'call', loc: this.fl(callee), callee, args };
        },
      },
      { ALT: () => this.hashChain(this.ctxExpr!, 1) },
    ];
  }

  /** `#{...}`, `#r{...}`, `#r.f` and chains of them on a base: map_expr / record_expr.
   * A map chain stays a map chain and a record chain a record chain. */
  private hashChain(base: Expr | undefined, idx: number): Expr {
    // Called from two places in the `unary` rule: each call site needs its own
    // occurrence indices.
    const i = 30 + idx * 2;
    let cur = base;
    let kind: ChainKind = 'any';
    this.atLeastOne(i, () => {
      const h = this.consume(i, P['#']) as Token;
      cur = this.or(i, [
        {
          ALT: (): Expr => {
            const lb = this.consume(i, P['{']) as Token;
            if (!this.R && kind === 'record') syntaxErrorAt(lb);
            const m = this.subrule(i, this.mapTuple, { ARGS: [cur === undefined] });
            if (m.comp) {
              kind = 'any';
              return { kind: 'mc', loc: loc(h), template: m.fields[0]!, qualifiers: m.comp };
            }
            kind = 'map';
            return cur === undefined ? { kind: 'map', loc: loc(h), fields: m.fields } : { kind: 'map', loc: loc(h), base: cur, fields: m.fields };
          },
        },
        {
          ALT: () => {
            const name = this.consume(i, T.Atom) as Token;
            if (!this.R && kind === 'map') syntaxErrorAt(name);
            kind = 'record';
            return this.or(i + 1, [
              {
                ALT: (): Expr => {
                  this.consume(i, P['.']);
                  const f = atomNode(this.consume(i + 1, T.Atom) as Token);
                  return cur === undefined
                    ? { kind: 'record_index', loc: loc(h), name: name.value as string, field: f }
                    : { kind: 'record_field_access', loc: loc(h), expr: cur, name: name.value as string, field: f };
                },
              },
              {
                ALT: (): Expr => {
                  const fields = this.subrule(i, this.recordTuple);
                  return cur === undefined
                    ? { kind: 'record', loc: loc(h), name: name.value as string, fields }
                    : { kind: 'record', loc: loc(h), base: cur, name: name.value as string, fields };
                },
              },
            ]);
          },
        },
      ]);
    });
    return cur!;
  }

  /** `K => V, K := V, ...}` after the `{`; with `comp`, `K => V || Qualifiers}` (OTP 26). */
  private mapTuple = this.RULE('mapTuple', (allowComp: boolean): { fields: MapField[]; comp?: Qualifier[] } => {
    const fields: MapField[] = [];
    let comp: Qualifier[] | undefined;
    this.OPTION(() => {
      fields.push(this.SUBRULE(this.mapField));
      this.OR([
        {
          ALT: () => {
            const bar = this.CONSUME(P['||']) as Token;
            if (!this.R && (!allowComp || fields[0]!.kind !== 'map_field_assoc')) syntaxErrorAt(bar);
            comp = this.SUBRULE(this.lcExprs);
          },
        },
        {
          ALT: () => {
            this.MANY(() => {
              this.CONSUME(P[',']);
              fields.push(this.SUBRULE2(this.mapField));
            });
          },
        },
      ]);
    });
    this.CONSUME(P['}']);
    return comp === undefined ? { fields } : { fields, comp };
  });

  private mapField = this.RULE('mapField', (): MapField => {
    const k = this.SUBRULE(this.expr);
    const op = this.OR(
      (this.altsMapOp ??= [{ ALT: () => this.CONSUME(P['=>']) as Token }, { ALT: () => this.CONSUME(P[':=']) as Token }]),
    );
    const v = this.SUBRULE2(this.expr);
    return { kind: op.tokenType === P['=>'] ? 'map_field_assoc' : 'map_field_exact', loc: loc(op), key: k, value: v };
  });

  private recordTuple = this.RULE('recordTuple', (): RecordField[] => {
    this.CONSUME(P['{']);
    const fields: RecordField[] = [];
    this.OPTION(() => {
      fields.push(this.SUBRULE(this.recordField));
      this.MANY(() => {
        this.CONSUME(P[',']);
        fields.push(this.SUBRULE2(this.recordField));
      });
    });
    this.CONSUME(P['}']);
    return fields;
  });

  private recordField = this.RULE('recordField', (): RecordField => {
    const n = this.OR(
      (this.altsFieldName ??= [
        { ALT: () => varNode(this.CONSUME(T.Var) as Token) },
        { ALT: () => atomNode(this.CONSUME(T.Atom) as Token) },
      ]),
    );
    this.CONSUME(P['=']);
    const v = this.SUBRULE(this.expr);
    return { kind: 'record_field', loc: n.loc, name: n, value: v };
  });

  /** expr_max: the primary expressions. */
  private exprMax = this.RULE('exprMax', (): Expr => {
    return this.OR(
      (this.altsExprMax ??= [
        { ALT: () => varNode(this.CONSUME(T.Var) as Token) },
        { ALT: () => atomNode(this.CONSUME(T.Atom) as Token) },
        {
          ALT: (): Expr => {
            const t = this.CONSUME(T.Integer) as Token;
            return { kind: 'integer', loc: loc(t), value: t.value as bigint };
          },
        },
        {
          ALT: (): Expr => {
            const t = this.CONSUME(T.Float) as Token;
            return { kind: 'float', loc: loc(t), value: t.value as number };
          },
        },
        {
          ALT: (): Expr => {
            const t = this.CONSUME(T.Char) as Token;
            return { kind: 'char', loc: loc(t), value: t.value as number };
          },
        },
        { ALT: () => this.SUBRULE(this.strings) },
        { ALT: () => this.SUBRULE(this.list, { ARGS: [true] }) },
        { ALT: () => this.SUBRULE(this.binary, { ARGS: [true] }) },
        { ALT: () => this.SUBRULE(this.tuple) },
        {
          ALT: () => {
            this.CONSUME(P['(']);
            const e = this.SUBRULE(this.expr);
            this.CONSUME(P[')']);
            this.lastParen = e;
            return e;
          },
        },
        {
          ALT: (): Expr => {
            const b = this.CONSUME(K.begin) as Token;
            const body = this.SUBRULE(this.exprs);
            this.CONSUME(K.end);
            return { kind: 'block', loc: loc(b), body };
          },
        },
        { ALT: () => this.SUBRULE(this.ifExpr) },
        { ALT: () => this.SUBRULE(this.caseExpr) },
        { ALT: () => this.SUBRULE(this.receiveExpr) },
        { ALT: () => this.SUBRULE(this.funExpr) },
        { ALT: () => this.SUBRULE(this.tryExpr) },
        { ALT: () => this.SUBRULE(this.maybeExpr) },
      ]),
    );
  });

  /** Adjacent string literals are one string (erl_parse's `strings`). */
  private strings = this.RULE('strings', (): Expr => {
    const first = this.CONSUME(T.String) as Token;
    let value = first.value as string;
    if (this.R || this.nextIs(T.String)) {
      this.MANY(() => {
        value += (this.CONSUME2(T.String) as Token).value as string;
      });
    }
    return { kind: 'string', loc: loc(first), value };
  });

  /** `[]`, `[E, ... | T]`, and (in expressions) `[E || Qualifiers]`. */
  private list = this.RULE('list', (allowComp: boolean): Expr => {
    this.ctxTok = this.CONSUME(P['[']) as Token;
    this.ctxFlag = allowComp;
    return this.OR((this.altsList ??= this.listAlts()));
  });

  private listAlts(): IOrAlt<Expr>[] {
    return [
      {
        ALT: (): Expr => {
          const lb = this.ctxTok!;
          this.CONSUME(P[']']);
          return { kind: 'nil', loc: loc(lb) };
        },
      },
      {
        ALT: () => {
          const lb = this.ctxTok!;
          const allowComp = this.ctxFlag;
          const first = this.SUBRULE(this.expr);
          this.ctxTok = lb;
          this.ctxFlag = allowComp;
          this.ctxExpr = first;
          return this.OR2((this.altsListRest ??= this.listRestAlts()));
        },
      },
    ];
  }

  private listRestAlts(): IOrAlt<Expr>[] {
    return [
      {
        ALT: (): Expr => {
          const lb = this.ctxTok!;
          const first = this.ctxExpr!;
          const allowComp = this.ctxFlag;
          const bar = this.CONSUME(P['||']) as Token;
          if (!this.R && !allowComp) syntaxErrorAt(bar);
          const qs = this.SUBRULE(this.lcExprs);
          this.CONSUME2(P[']']);
          return { kind: 'lc', loc: loc(lb), template: first, qualifiers: qs };
        },
      },
      {
        ALT: () => {
          const lb = this.ctxTok!;
          const elems = [this.ctxExpr!];
          this.lists.push(elems);
          this.MANY(this.fnExprsMore!);
          this.lists.pop();
          const tail = this.OPTION(() => {
            this.CONSUME(P['|']);
            return this.SUBRULE3(this.expr);
          });
          const rb = this.CONSUME3(P[']']) as Token;
          return this.R ? elems[0]! : consChain(lb, elems, tail ?? { kind: 'nil', loc: loc(rb) });
        },
      },
    ];
  }

  /** `<<>>`, `<<Elements>>`, and (in expressions) `<<ExprMax || Qualifiers>>`. */
  private binary = this.RULE('binary', (allowComp: boolean): Expr => {
    const open = this.CONSUME(P['<<']) as Token;
    return this.OR([
      {
        ALT: (): Expr => {
          this.CONSUME(P['>>']);
          return { kind: 'bin', loc: loc(open), elements: [] };
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.bitExpr);
          return this.OR2([
            {
              ALT: (): Expr => {
                const bar = this.CONSUME(P['||']) as Token;
                if (!this.R && (!allowComp || first.prefixed)) syntaxErrorAt(bar);
                const qs = this.SUBRULE(this.lcExprs);
                this.CONSUME2(P['>>']);
                return { kind: 'bc', loc: loc(open), template: first.e, qualifiers: qs };
              },
            },
            {
              ALT: (): Expr => {
                const elems = [this.SUBRULE(this.binElementRest, { ARGS: [first.e] })];
                this.MANY(() => {
                  this.CONSUME(P[',']);
                  elems.push(this.SUBRULE(this.binElement));
                });
                this.CONSUME3(P['>>']);
                return { kind: 'bin', loc: loc(open), elements: elems };
              },
            },
          ]);
        },
      },
    ]);
  });

  private binElement = this.RULE('binElement', (): BinElement => {
    const v = this.SUBRULE(this.bitExpr);
    return this.SUBRULE(this.binElementRest, { ARGS: [v.e] });
  });

  /** bit_expr -> prefix_op expr_max | expr_max */
  private bitExpr = this.RULE('bitExpr', (): { e: Expr; prefixed: boolean } => {
    return this.OR([
      {
        ALT: () => {
          const op = this.OR2(this.prefixAlts);
          return { e: unopNode(op, this.SUBRULE(this.exprMax)), prefixed: true };
        },
      },
      { ALT: () => ({ e: this.SUBRULE2(this.exprMax), prefixed: false }) },
    ]);
  });

  /** `[:Size] [/Types]` after the value of a segment. */
  private binElementRest = this.RULE('binElementRest', (value: Expr): BinElement => {
    const size = this.OPTION(() => {
      this.CONSUME(P[':']);
      return this.SUBRULE(this.exprMax);
    });
    const types = this.OPTION2(() => {
      this.CONSUME(P['/']);
      const ts = [this.SUBRULE(this.bitType)];
      this.MANY(() => {
        this.CONSUME(P['-']);
        ts.push(this.SUBRULE2(this.bitType));
      });
      return ts;
    });
    return { kind: 'bin_element', loc: this.fl(value), value, size: size ?? 'default', types: types ?? 'default' };
  });

  private bitType = this.RULE('bitType', (): BinTypeSpec => {
    const a = this.CONSUME(T.Atom) as Token;
    const n = this.OPTION(() => {
      this.CONSUME(P[':']);
      return this.CONSUME(T.Integer) as Token;
    });
    return n === undefined ? { name: a.value as string } : { name: a.value as string, value: n.value as bigint };
  });

  private tuple = this.RULE('tuple', (): Expr => {
    const lb = this.CONSUME(P['{']) as Token;
    const es = this.OPTION(this.fnArgs!);
    this.CONSUME(P['}']);
    return { kind: 'tuple', loc: loc(lb), elements: es ?? [] };
  });

  private lcExprs = this.RULE('lcExprs', (): Qualifier[] => {
    const qs = [this.SUBRULE(this.lcExpr)];
    this.MANY(() => {
      this.CONSUME(P[',']);
      qs.push(this.SUBRULE2(this.lcExpr));
    });
    return qs;
  });

  /** A filter, `P <- E`, `<<..>> <= E` (the pattern a bare binary) or `K := V <- E`. */
  private lcExpr = this.RULE('lcExpr', (): Qualifier => {
    const e = this.SUBRULE(this.expr);
    const q = this.OPTION(() =>
      this.OR([
        {
          ALT: (): Qualifier => {
            const a = this.CONSUME(P['<-']) as Token;
            const x = this.SUBRULE2(this.expr);
            return { kind: 'generate', loc: loc(a), pattern: e, expr: x };
          },
        },
        {
          ALT: (): Qualifier => {
            const a = this.CONSUME(P['<=']) as Token;
            if (!this.R && (e.kind !== 'bin' || !this.isBare(e))) syntaxErrorAt(a);
            const x = this.SUBRULE3(this.expr);
            return { kind: 'b_generate', loc: loc(a), pattern: e, expr: x };
          },
        },
        {
          ALT: (): Qualifier => {
            const m = this.CONSUME(P[':=']) as Token;
            const v = this.SUBRULE4(this.expr);
            const a = this.CONSUME2(P['<-']) as Token;
            const x = this.SUBRULE5(this.expr);
            return { kind: 'm_generate', loc: loc(a), pattern: { kind: 'map_field_exact', loc: loc(m), key: e, value: v }, expr: x };
          },
        },
      ]),
    );
    return q ?? e;
  });

  private ifExpr = this.RULE('ifExpr', (): Expr => {
    const i = this.CONSUME(K.if) as Token;
    const cs = [this.SUBRULE(this.ifClause)];
    this.MANY(() => {
      this.CONSUME(P[';']);
      cs.push(this.SUBRULE2(this.ifClause));
    });
    this.CONSUME(K.end);
    return { kind: 'if', loc: loc(i), clauses: cs };
  });

  private ifClause = this.RULE('ifClause', (): Clause => {
    const g = this.SUBRULE(this.guard);
    this.CONSUME(P['->']);
    const b = this.SUBRULE(this.exprs);
    return clause(this.R ? NO_LOC : firstLoc(g[0]![0]!), [], g, b);
  });

  private caseExpr = this.RULE('caseExpr', (): Expr => {
    const c = this.CONSUME(K.case) as Token;
    const e = this.SUBRULE(this.expr);
    this.CONSUME(K.of);
    const cs = this.SUBRULE(this.crClauses);
    this.CONSUME(K.end);
    return { kind: 'case', loc: loc(c), expr: e, clauses: cs };
  });

  private receiveExpr = this.RULE('receiveExpr', (): Expr => {
    const r = this.CONSUME(K.receive) as Token;
    let cs: Clause[] = [];
    let after: Receive['after'];
    this.OR([
      { ALT: () => { after = this.SUBRULE(this.afterPart); } },
      {
        ALT: () => {
          cs = this.SUBRULE(this.crClauses);
          after = this.OPTION(() => this.SUBRULE2(this.afterPart));
        },
      },
    ]);
    this.CONSUME(K.end);
    return after === undefined ? { kind: 'receive', loc: loc(r), clauses: cs } : { kind: 'receive', loc: loc(r), clauses: cs, after };
  });

  private afterPart = this.RULE('afterPart', (): NonNullable<Receive['after']> => {
    this.CONSUME(K.after);
    const timeout = this.SUBRULE(this.expr);
    this.CONSUME(P['->']);
    const body = this.SUBRULE(this.exprs);
    return { timeout, body };
  });

  /** fun_expr: `fun F/A`, `fun M:F/A` (atoms or variables), `fun (...) -> ... end`,
   * `fun Name(...) -> ... end`. */
  private funExpr = this.RULE('funExpr', (): Expr => {
    const f = this.CONSUME(K.fun) as Token;
    return this.OR([
      {
        ALT: () => {
          const a = this.CONSUME(T.Atom) as Token;
          return this.OR2([
            {
              ALT: (): Expr => {
                this.CONSUME(P['/']);
                const n = this.CONSUME(T.Integer) as Token;
                return { kind: 'fun_ref', loc: loc(f), name: a.value as string, arity: Number(n.value) };
              },
            },
            { ALT: () => this.SUBRULE(this.funRemoteRest, { ARGS: [f, atomNode(a)] }) },
          ]);
        },
      },
      {
        ALT: () => {
          const v = this.CONSUME(T.Var) as Token;
          return this.OR3([
            { ALT: () => this.SUBRULE2(this.funRemoteRest, { ARGS: [f, varNode(v)] }) },
            {
              ALT: () => {
                const first = this.SUBRULE(this.funClauseRest, { ARGS: [v] });
                return this.SUBRULE(this.funClausesEnd, { ARGS: [f, first] });
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE2(this.funClauseRest, { ARGS: [undefined] });
          return this.SUBRULE2(this.funClausesEnd, { ARGS: [f, first] });
        },
      },
    ]);
  });

  /** `:F/A` of `fun M:F/A`. */
  private funRemoteRest = this.RULE('funRemoteRest', (f: Token, m: Expr): Expr => {
    this.CONSUME(P[':']);
    const name = this.SUBRULE(this.atomOrVar);
    this.CONSUME(P['/']);
    const arity = this.OR([
      {
        ALT: (): Expr => {
          const t = this.CONSUME(T.Integer) as Token;
          return { kind: 'integer', loc: loc(t), value: t.value as bigint };
        },
      },
      { ALT: () => varNode(this.CONSUME(T.Var) as Token) },
    ]);
    // (Rule arguments are undefined while recording.)
    return { kind: 'fun_remote', loc: this.R ? NO_LOC : loc(f), module: m, name, arity };
  });

  private atomOrVar = this.RULE('atomOrVar', (): Expr => {
    return this.OR([
      { ALT: () => atomNode(this.CONSUME(T.Atom) as Token) },
      { ALT: () => varNode(this.CONSUME(T.Var) as Token) },
    ]);
  });

  /** A fun clause after its optional name: `(Patterns) [when Guard] -> Body`. An
   * anonymous clause is at its `(`, a named one at its name. */
  private funClauseRest = this.RULE('funClauseRest', (name: Token | undefined): NamedClause => {
    const args = this.SUBRULE(this.patArgList);
    const g = this.SUBRULE(this.clauseGuard);
    this.CONSUME(P['->']);
    const b = this.SUBRULE(this.exprs);
    return {
      name: name === undefined ? undefined : (name.value as string),
      clause: clause(name === undefined ? args.loc : loc(name), args.args, g, b),
    };
  });

  private funClausesEnd = this.RULE('funClausesEnd', (f: Token, first: NamedClause): Expr => {
    const cs = [first];
    this.MANY(() => {
      this.CONSUME(P[';']);
      cs.push(
        this.OR([
          { ALT: () => this.SUBRULE(this.funClauseRest, { ARGS: [undefined] }) },
          {
            ALT: () => {
              const v = this.CONSUME(T.Var) as Token;
              return this.SUBRULE2(this.funClauseRest, { ARGS: [v] });
            },
          },
        ]),
      );
    });
    this.CONSUME(K.end);
    return this.R ? (undefined as unknown as Expr) : buildFun(loc(f), cs);
  });

  private tryExpr = this.RULE('tryExpr', (): Expr => {
    const t = this.CONSUME(K.try) as Token;
    const body = this.SUBRULE(this.exprs);
    const clauses = this.OPTION(() => {
      this.CONSUME(K.of);
      return this.SUBRULE(this.crClauses);
    });
    let catchClauses: Clause[] = [];
    let after: Expr[] = [];
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.catch);
          catchClauses = this.SUBRULE(this.tryClauses);
          after =
            this.OPTION2(() => {
              this.CONSUME(K.after);
              return this.SUBRULE2(this.exprs);
            }) ?? [];
        },
      },
      {
        ALT: () => {
          this.CONSUME2(K.after);
          after = this.SUBRULE3(this.exprs);
        },
      },
    ]);
    this.CONSUME(K.end);
    return { kind: 'try', loc: loc(t), body, clauses: clauses ?? [], catchClauses, after };
  });

  private tryClauses = this.RULE('tryClauses', (): Clause[] => {
    const cs = [this.SUBRULE(this.tryClause)];
    this.MANY(() => {
      this.CONSUME(P[';']);
      cs.push(this.SUBRULE2(this.tryClause));
    });
    return cs;
  });

  /** `Pattern`, `Class:Pattern` or `Class:Pattern:Stack`, made into the one tuple
   * pattern `{Class, Pattern, Stack}` erl_parse builds (`throw` and `_` by default). */
  private tryClause = this.RULE('tryClause', (): Clause => {
    const p = this.SUBRULE(this.patExpr);
    let reason: Expr | undefined;
    let stack: Token | undefined;
    this.OPTION(() => {
      const c = this.CONSUME(P[':']) as Token;
      if (!this.R && !((p.kind === 'atom' || p.kind === 'var') && this.isBare(p))) syntaxErrorAt(c);
      reason = this.SUBRULE2(this.patExpr);
      this.OPTION2(() => {
        this.CONSUME2(P[':']);
        stack = this.CONSUME(T.Var) as Token;
      });
    });
    const g = this.SUBRULE(this.clauseGuard);
    this.CONSUME(P['->']);
    const b = this.SUBRULE(this.exprs);
    if (this.R) return undefined as unknown as Clause;
    if (reason === undefined) {
      const a = firstLoc(p);
      const pat: Expr = {
        kind: 'tuple', loc: a,
        elements: [{ kind: 'atom', loc: a, value: 'throw' }, p, { kind: 'var', loc: lastLoc(p), name: '_' }],
      };
      return clause(a, [pat], g, b);
    }
    const a = p.loc;
    const st: Expr = stack === undefined ? { kind: 'var', loc: lastLoc(reason), name: '_' } : varNode(stack);
    return clause(a, [{ kind: 'tuple', loc: a, elements: [p, reason, st] }], g, b);
  });

  /** maybe_expr (the keywords arrive only when the feature is enabled). */
  private maybeExpr = this.RULE('maybeExpr', (): Expr => {
    const m = this.CONSUME(K.maybe) as Token;
    const body = [this.SUBRULE(this.maybeItem)];
    this.MANY(() => {
      this.CONSUME(P[',']);
      body.push(this.SUBRULE2(this.maybeItem));
    });
    let elseTok: Token | undefined;
    let cs: Clause[] | undefined;
    this.OPTION(() => {
      elseTok = this.CONSUME(K.else) as Token;
      cs = this.SUBRULE(this.crClauses);
    });
    this.CONSUME(K.end);
    const r: Maybe = { kind: 'maybe', loc: loc(m), body };
    if (cs !== undefined) {
      r.elseClauses = cs;
      r.elseLoc = loc(elseTok!);
    }
    return r;
  });

  private maybeItem = this.RULE('maybeItem', (): Expr => {
    const e = this.SUBRULE(this.expr);
    const r = this.OPTION((): Expr => {
      const q = this.CONSUME(P['?=']) as Token;
      const x = this.SUBRULE2(this.expr);
      return { kind: 'maybe_match', loc: loc(q), pattern: e, expr: x };
    });
    return r ?? e;
  });

  // ============================================================ patterns

  /** pat_expr: `=`, comparison, list, additive and multiplicative operators over
   * pattern primaries. */
  public patExpr = this.RULE('patExpr', (): Expr => {
    const first = this.SUBRULE(this.patUnary);
    if (!this.R && !PAT_OPS.has(this.LA(1).tokenTypeIdx)) return first;
    const savedOps = this.chainOps;
    const savedRest = this.chainRest;
    this.chainOps = undefined;
    this.chainRest = undefined;
    this.MANY(
      (this.fnPatOp ??= () => {
        const op = this.OR(this.patOpAlts);
        let ops = this.chainOps;
        if (ops === undefined) {
          ops = this.chainOps = [];
          this.chainRest = [];
        } else if (!this.R) checkNonAssoc(ops, op, patOp);
        const rest = this.chainRest as Expr[];
        const r = this.SUBRULE2(this.patUnary);
        ops.push(op);
        rest.push(r);
      }),
    );
    const ops = this.chainOps as Token[] | undefined;
    const rest = this.chainRest as Expr[] | undefined;
    this.chainOps = savedOps;
    this.chainRest = savedRest;
    if (this.R || ops === undefined) return first;
    return resolveChain(first, ops, rest!, patOp, mkExprOp);
  });

  private patUnary = this.RULE('patUnary', (): Expr => {
    return this.OR(
      (this.altsPatUnary ??= [
        {
          ALT: () => {
            const op = this.OR2(this.prefixAlts);
            return unopNode(op, this.SUBRULE(this.patUnary));
          },
        },
        { ALT: () => this.SUBRULE(this.patMax) },
      ]),
    );
  });

  /** pat_expr_max, map_pat_expr and record_pat_expr. */
  private patMax = this.RULE('patMax', (): Expr => {
    return this.OR(
      (this.altsPatMax ??= [
        { ALT: () => varNode(this.CONSUME(T.Var) as Token) },
        { ALT: () => atomNode(this.CONSUME(T.Atom) as Token) },
        {
          ALT: (): Expr => {
            const t = this.CONSUME(T.Integer) as Token;
            return { kind: 'integer', loc: loc(t), value: t.value as bigint };
          },
        },
        {
          ALT: (): Expr => {
            const t = this.CONSUME(T.Float) as Token;
            return { kind: 'float', loc: loc(t), value: t.value as number };
          },
        },
        {
          ALT: (): Expr => {
            const t = this.CONSUME(T.Char) as Token;
            return { kind: 'char', loc: loc(t), value: t.value as number };
          },
        },
        { ALT: () => this.SUBRULE(this.strings) },
        { ALT: () => this.SUBRULE(this.list, { ARGS: [false] }) },
        { ALT: () => this.SUBRULE(this.binary, { ARGS: [false] }) },
        { ALT: () => this.SUBRULE(this.tuple) },
        {
          ALT: () => {
            this.CONSUME(P['(']);
            const e = this.SUBRULE(this.patExpr);
            this.CONSUME(P[')']);
            this.lastParen = e;
            return e;
          },
        },
        { ALT: () => this.SUBRULE(this.patHash) },
      ]),
    );
  });

  /** `#{...}`, `#r{...}` and `#r.f` in a pattern. */
  private patHash = this.RULE('patHash', (): Expr => {
    const h = this.CONSUME(P['#']) as Token;
    return this.OR([
      {
        ALT: (): Expr => {
          this.CONSUME(P['{']);
          const m = this.SUBRULE(this.mapTuple, { ARGS: [false] });
          return { kind: 'map', loc: loc(h), fields: m.fields };
        },
      },
      {
        ALT: () => {
          const name = this.CONSUME(T.Atom) as Token;
          return this.OR2([
            {
              ALT: (): Expr => {
                this.CONSUME(P['.']);
                const f = atomNode(this.CONSUME2(T.Atom) as Token);
                return { kind: 'record_index', loc: loc(h), name: name.value as string, field: f };
              },
            },
            {
              ALT: (): Expr => {
                const fields = this.SUBRULE(this.recordTuple);
                return { kind: 'record', loc: loc(h), name: name.value as string, fields };
              },
            },
          ]);
        },
      },
    ]);
  });
}
