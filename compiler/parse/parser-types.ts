// The type language of erl_parse (top_type, type, fun_type, binary_type, ...), used by
// -type/-opaque/-record declarations and by -spec/-callback (parser-grammar.ts).
//
// Types have their own operator chain (`..`, additive, multiplicative, prefix; the
// nonassociative `..` is rejected on its second use, as yecc does), unions are right
// recursive and flattened as lift_unions/2 does, and `V :: T` is only possible where
// erl_parse's top_type is. Where yecc decides by shifting (`<<_:_*N>>` against a size
// written `_:V * N`), the alternatives are ordered so the same one wins.
import type { IOrAlt } from 'chevrotain';
import * as T from './tokens.js';
import type { Token } from './tokens.js';
import type { Loc, TypeExpr, FunType, TypeConstraint, TypeMapField } from '../ast/ast.js';
import { firstLoc } from '../ast/anno.js';
import {
  checkNonAssoc, resolveChain, buildConstraint, buildCompatConstraint, checkBinTypeVars, buildBinType,
} from './parser-build.js';
import { ParserBase, P, K, loc, atomNode, varNode, prefixName, typeOp, mkTypeOp } from './parser-base.js';

export abstract class TypeParser extends ParserBase {
  protected altsTypeMax?: IOrAlt<TypeExpr>[];
  protected altsTypeUnary?: IOrAlt<TypeExpr>[];

  protected typeSig = this.RULE('typeSig', (): FunType => {
    const f = this.SUBRULE(this.funType);
    const constraints: TypeConstraint[] = [];
    this.OPTION(() => {
      this.CONSUME(K.when);
      constraints.push(this.SUBRULE(this.typeGuard));
      this.MANY(() => {
        this.CONSUME(P[',']);
        constraints.push(this.SUBRULE2(this.typeGuard));
      });
    });
    // `(...)` is kept as it is here, and rejected when the spec is complete.
    return { kind: 'fun_type', loc: f.loc, params: f.params as TypeExpr[], result: f.result, constraints };
  });

  protected typeGuard = this.RULE('typeGuard', (): TypeConstraint => {
    return this.OR([
      {
        ALT: () => {
          const a = this.CONSUME(T.Atom) as Token;
          this.CONSUME(P['(']);
          const ts = this.SUBRULE(this.topTypes);
          this.CONSUME(P[')']);
          return this.R ? (undefined as unknown as TypeConstraint) : buildCompatConstraint(atomNode(a), ts);
        },
      },
      {
        ALT: () => {
          const v = this.CONSUME(T.Var) as Token;
          this.CONSUME(P['::']);
          const t = this.SUBRULE(this.topType);
          return this.R ? (undefined as unknown as TypeConstraint) : buildConstraint(varNode(v), t);
        },
      },
    ]);
  });


  /** top_type: `V :: T`, or a type, or a union `T | TopType`. */
  public topType = this.RULE('topType', (): TypeExpr => {
    return this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            const v = this.CONSUME(T.Var) as Token;
            return this.OR2([
              {
                ALT: (): TypeExpr => {
                  this.CONSUME(P['::']);
                  const t = this.SUBRULE(this.topType);
                  return { kind: 'ann_type', loc: loc(v), var: varNode(v), type: t };
                },
              },
              {
                ALT: () => {
                  const t = this.typeOps(varNode(v), 1);
                  return this.unionTail(t, 1);
                },
              },
            ]);
          },
        },
        {
          ALT: () => {
            const t0 = this.SUBRULE(this.typeUnary);
            const t = this.typeOps(t0, 2);
            return this.unionTail(t, 2);
          },
        },
      ],
    });
  });

  /** `| TopType`: lift_unions/2 (a union on the right is flattened). */
  protected unionTail(t: TypeExpr, idx: 1 | 2): TypeExpr {
    const rest = this.option(idx + 10, () => {
      this.consume(idx + 10, P['|']);
      return this.subrule(idx + 10, this.topType);
    });
    if (rest === undefined || this.R) return t;
    return { kind: 'type_union', loc: firstLoc(t), types: rest.kind === 'type_union' ? [t, ...rest.types] : [t, rest] };
  }

  /** type (no union): operators over unary types. */
  protected typeExpr = this.RULE('typeExpr', (): TypeExpr => {
    const t0 = this.SUBRULE(this.typeUnary);
    return this.typeOps(t0, 3);
  });

  protected typeOps(first: TypeExpr, idx: number): TypeExpr {
    let ops: Token[] | undefined;
    let rest: TypeExpr[] | undefined;
    this.many(idx + 20, () => {
      const op = this.or(idx + 20, this.typeOpAlts[idx]!);
      if (ops === undefined) {
        ops = [];
        rest = [];
      } else if (!this.R) checkNonAssoc(ops, op, typeOp);
      const r = this.subrule(idx + 20, this.typeUnary);
      ops.push(op);
      rest!.push(r);
    });
    return ops === undefined || this.R ? first : resolveChain(first, ops, rest!, typeOp, mkTypeOp);
  }

  protected typeUnary = this.RULE('typeUnary', (): TypeExpr => {
    return this.OR(
      (this.altsTypeUnary ??= [
        {
          ALT: (): TypeExpr => {
            const op = this.OR2(this.prefixAlts);
            const t = this.SUBRULE(this.typeUnary);
            return { kind: 'type_unop', loc: loc(op), op: prefixName(op), operand: t };
          },
        },
        { ALT: () => this.SUBRULE(this.typeMax) },
      ]),
    );
  });

  protected topTypes = this.RULE('topTypes', (): TypeExpr[] => {
    const ts = [this.SUBRULE(this.topType)];
    this.MANY(() => {
      this.CONSUME(P[',']);
      ts.push(this.SUBRULE2(this.topType));
    });
    return ts;
  });

  protected typeMax = this.RULE('typeMax', (): TypeExpr => {
    return this.OR(
      (this.altsTypeMax ??= [
        {
          ALT: () => {
            this.CONSUME(P['(']);
            const t = this.SUBRULE(this.topType);
            this.CONSUME(P[')']);
            return t;
          },
        },
        { ALT: () => varNode(this.CONSUME(T.Var) as Token) },
        { ALT: () => this.SUBRULE(this.atomType) },
        { ALT: () => this.SUBRULE(this.listType) },
        { ALT: () => this.SUBRULE(this.hashType) },
        { ALT: () => this.SUBRULE(this.tupleType) },
        { ALT: () => this.SUBRULE(this.binaryType) },
        {
          ALT: (): TypeExpr => {
            const t = this.CONSUME(T.Integer) as Token;
            return { kind: 'integer', loc: loc(t), value: t.value as bigint };
          },
        },
        {
          ALT: (): TypeExpr => {
            const t = this.CONSUME(T.Char) as Token;
            return { kind: 'char', loc: loc(t), value: t.value as number };
          },
        },
        { ALT: () => this.SUBRULE(this.funTypeExpr) },
      ]),
    );
  });

  protected tupleType = this.RULE('tupleType', (): TypeExpr => {
    const lb = this.CONSUME(P['{']) as Token;
    const ts = this.OPTION(() => this.SUBRULE(this.topTypes));
    this.CONSUME(P['}']);
    return { kind: 'type_tuple', loc: loc(lb), elements: ts ?? [] };
  });

  /** `fun()` or `fun(FunType)`. */
  protected funTypeExpr = this.RULE('funTypeExpr', (): TypeExpr => {
    const f = this.CONSUME(K.fun) as Token;
    this.CONSUME(P['(']);
    return this.OR([
      {
        ALT: (): TypeExpr => {
          this.CONSUME(P[')']);
          return { kind: 'type_fun', loc: loc(f) };
        },
      },
      {
        ALT: (): TypeExpr => {
          const ft = this.SUBRULE(this.funType);
          this.CONSUME2(P[')']);
          return { kind: 'type_fun', loc: ft.loc, sig: { params: ft.params, result: ft.result } };
        },
      },
    ]);
  });

  /** `a`, `a()`, `a(T, ...)`, `m:a(...)`. */
  protected atomType = this.RULE('atomType', (): TypeExpr => {
    const a = this.CONSUME(T.Atom) as Token;
    const r = this.OPTION(() =>
      this.OR([
        {
          ALT: (): TypeExpr => {
            const args = this.SUBRULE(this.typeArgs);
            return { kind: 'type_call', loc: loc(a), name: a.value as string, args };
          },
        },
        {
          ALT: (): TypeExpr => {
            this.CONSUME(P[':']);
            const n = this.CONSUME2(T.Atom) as Token;
            const args = this.SUBRULE2(this.typeArgs);
            return { kind: 'type_remote', loc: loc(a), module: a.value as string, name: n.value as string, args, nameLoc: loc(n) };
          },
        },
      ]),
    );
    return r ?? atomNode(a);
  });

  protected typeArgs = this.RULE('typeArgs', (): TypeExpr[] => {
    this.CONSUME(P['(']);
    const ts = this.OPTION(() => this.SUBRULE(this.topTypes));
    this.CONSUME(P[')']);
    return ts ?? [];
  });

  /** `[]`, `[T]`, `[T, ...]`. */
  protected listType = this.RULE('listType', (): TypeExpr => {
    const lb = this.CONSUME(P['[']) as Token;
    return this.OR([
      {
        ALT: (): TypeExpr => {
          this.CONSUME(P[']']);
          return { kind: 'type_list', loc: loc(lb), nonempty: false };
        },
      },
      {
        ALT: () => {
          const t = this.SUBRULE(this.topType);
          return this.OR2([
            {
              ALT: (): TypeExpr => {
                this.CONSUME2(P[']']);
                return { kind: 'type_list', loc: loc(lb), element: t, nonempty: false };
              },
            },
            {
              ALT: (): TypeExpr => {
                this.CONSUME(P[',']);
                this.CONSUME(P['...']);
                this.CONSUME3(P[']']);
                return { kind: 'type_list', loc: loc(lb), element: t, nonempty: true };
              },
            },
          ]);
        },
      },
    ]);
  });

  /** `#{...}` map types and `#r{f :: T}` record types. */
  protected hashType = this.RULE('hashType', (): TypeExpr => {
    const h = this.CONSUME(P['#']) as Token;
    return this.OR([
      {
        ALT: (): TypeExpr => {
          this.CONSUME(P['{']);
          const fields: TypeMapField[] = [];
          this.OPTION(() => {
            fields.push(this.SUBRULE(this.mapPairType));
            this.MANY(() => {
              this.CONSUME(P[',']);
              fields.push(this.SUBRULE2(this.mapPairType));
            });
          });
          this.CONSUME(P['}']);
          return { kind: 'type_map', loc: loc(h), fields };
        },
      },
      {
        ALT: (): TypeExpr => {
          const n = this.CONSUME(T.Atom) as Token;
          this.CONSUME2(P['{']);
          const fields: { loc: Loc; name: string; type: TypeExpr }[] = [];
          this.OPTION2(() => {
            fields.push(this.SUBRULE(this.fieldType));
            this.MANY2(() => {
              this.CONSUME2(P[',']);
              fields.push(this.SUBRULE2(this.fieldType));
            });
          });
          this.CONSUME2(P['}']);
          return { kind: 'type_record', loc: loc(h), name: n.value as string, fields, nameLoc: loc(n) };
        },
      },
    ]);
  });

  protected mapPairType = this.RULE('mapPairType', (): TypeMapField => {
    const k = this.SUBRULE(this.topType);
    const op = this.OR([{ ALT: () => this.CONSUME(P['=>']) as Token }, { ALT: () => this.CONSUME(P[':=']) as Token }]);
    const v = this.SUBRULE2(this.topType);
    return { kind: op.tokenType === P['=>'] ? 'type_map_field_assoc' : 'type_map_field_exact', loc: loc(op), key: k, value: v };
  });

  protected fieldType = this.RULE('fieldType', (): { loc: Loc; name: string; type: TypeExpr } => {
    const a = this.CONSUME(T.Atom) as Token;
    this.CONSUME(P['::']);
    const t = this.SUBRULE(this.topType);
    return { loc: loc(a), name: a.value as string, type: t };
  });

  /** `(...) -> T`, `() -> T`, `(T, ...) -> T`: a spec clause or the inside of `fun(...)`. */
  protected funType = this.RULE('funType', (): { loc: Loc; params: TypeExpr[] | 'any'; result: TypeExpr } => {
    const lp = this.CONSUME(P['(']) as Token;
    const params = this.OR([
      {
        ALT: () => {
          this.CONSUME(P['...']);
          this.CONSUME(P[')']);
          return 'any' as const;
        },
      },
      {
        ALT: () => {
          this.CONSUME2(P[')']);
          return [] as TypeExpr[];
        },
      },
      {
        ALT: () => {
          const ts = this.SUBRULE(this.topTypes);
          this.CONSUME3(P[')']);
          return ts;
        },
      },
    ]);
    this.CONSUME(P['->']);
    const result = this.SUBRULE(this.topType);
    return { loc: loc(lp), params, result };
  });

  /** `<<>>`, `<<_:M>>`, `<<_:_*N>>`, `<<_:M, _:_*N>>` (build_bin_type checks the `_`s). */
  protected binaryType = this.RULE('binaryType', (): TypeExpr => {
    const open = this.CONSUME(P['<<']) as Token;
    let m: TypeExpr | undefined;
    let n: TypeExpr | undefined;
    this.OPTION(() => {
      const v1 = this.CONSUME(T.Var) as Token;
      this.CONSUME(P[':']);
      // `<<_:_*N>>` vs a size type starting with a variable; and `_:_*N` vs `_:V * N`:
      // yecc shifts, so the unit form wins.
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            ALT: () => {
              const v2 = this.CONSUME2(T.Var) as Token;
              this.OR2({
                IGNORE_AMBIGUITIES: true,
                DEF: [
                  {
                    ALT: () => {
                      this.CONSUME3(P['*']);
                      n = this.SUBRULE(this.typeExpr);
                      if (!this.R) checkBinTypeVars([varNode(v1), varNode(v2)]);
                    },
                  },
                  {
                    ALT: () => {
                      m = this.typeOps(varNode(v2), 4);
                      if (!this.R) checkBinTypeVars([varNode(v1)]);
                      n = this.OPTION2(() => this.SUBRULE(this.binUnitType));
                    },
                  },
                ],
              });
            },
          },
          {
            ALT: () => {
              m = this.SUBRULE2(this.typeExpr);
              if (!this.R) checkBinTypeVars([varNode(v1)]);
              n = this.OPTION3(() => this.SUBRULE2(this.binUnitType));
            },
          },
        ],
      });
    });
    this.CONSUME(P['>>']);
    return buildBinType(loc(open), m, n);
  });

  /** `, _:_*N` after the base size of a binary type. */
  protected binUnitType = this.RULE('binUnitType', (): TypeExpr => {
    this.CONSUME(P[',']);
    const v1 = this.CONSUME(T.Var) as Token;
    this.CONSUME(P[':']);
    const v2 = this.CONSUME2(T.Var) as Token;
    this.CONSUME3(P['*']);
    const t = this.SUBRULE(this.typeExpr);
    if (!this.R) checkBinTypeVars([varNode(v1), varNode(v2)]);
    return t;
  });
}
