// Positions the way erl_parse computes them from subtrees.
//
// erl_parse gives some nodes the position of their leftmost part instead of a token of
// their own: a match `P = E` and a call `F(...)` take `first_anno` of their left part, a
// case clause that of its pattern, a list element's cons cell that of the element, a
// union type that of its first member. `first_anno(T)` is not simply "the first token":
// it folds over T's annotations in erl_parse's traversal order (a node's own anno, then
// its children in tuple order) and stops at the first one that is *after* the smallest
// seen so far. So `(X):f()` has X's position (parentheses leave no node) and `A + B = C`
// has A's. `last_anno(T)` is the largest position anywhere in T (the `_` stack variable
// of a `catch Pattern ->` clause gets it).
//
// walkAnnos visits a node's positions in exactly that order, so the two functions
// below can be written as erl_parse's are. erl-parse-text prints the same children in
// the same order (a test checks the two agree).
import type { Loc, Node, Clause, FunType } from './ast.js';

/** Visit each position in erl_parse's fold order; `visit` returns true to stop. Returns true if stopped. */
export function walkAnnos(n: Node, visit: (l: Loc) => boolean): boolean {
  if (visit(n.loc)) return true;
  switch (n.kind) {
    case 'integer': case 'float': case 'char': case 'string': case 'atom': case 'var': case 'nil':
    case 'fun_ref':
      return false;
    case 'cons':
      return walkAnnos(n.head, visit) || walkAnnos(n.tail, visit);
    case 'tuple':
      return walkAll(n.elements, visit);
    case 'map':
      return (n.base !== undefined && walkAnnos(n.base, visit)) || walkAll(n.fields, visit);
    case 'map_field_assoc': case 'map_field_exact':
      return walkAnnos(n.key, visit) || walkAnnos(n.value, visit);
    case 'record':
      return (n.base !== undefined && walkAnnos(n.base, visit)) || walkAll(n.fields, visit);
    case 'record_field':
      return walkAnnos(n.name, visit) || walkAnnos(n.value, visit);
    case 'record_field_access':
      return walkAnnos(n.expr, visit) || walkAnnos(n.field, visit);
    case 'record_index':
      return walkAnnos(n.field, visit);
    case 'bin':
      return walkAll(n.elements, visit);
    case 'bin_element':
      return walkAnnos(n.value, visit) || (n.size !== 'default' && walkAnnos(n.size, visit));
    case 'op':
      return walkAnnos(n.left, visit) || walkAnnos(n.right, visit);
    case 'unop':
      return walkAnnos(n.operand, visit);
    case 'match': case 'maybe_match':
      return walkAnnos(n.pattern, visit) || walkAnnos(n.expr, visit);
    case 'remote':
      return walkAnnos(n.module, visit) || walkAnnos(n.name, visit);
    case 'call':
      return walkAnnos(n.callee, visit) || walkAll(n.args, visit);
    case 'clause':
      return walkClauseRest(n, visit);
    case 'block':
      return walkAll(n.body, visit);
    case 'if':
      return walkAll(n.clauses, visit);
    case 'case':
      return walkAnnos(n.expr, visit) || walkAll(n.clauses, visit);
    case 'receive':
      return walkAll(n.clauses, visit) || (n.after !== undefined && (walkAnnos(n.after.timeout, visit) || walkAll(n.after.body, visit)));
    case 'try':
      return walkAll(n.body, visit) || walkAll(n.clauses, visit) || walkAll(n.catchClauses, visit) || walkAll(n.after, visit);
    case 'catch':
      return walkAnnos(n.expr, visit);
    case 'maybe':
      return walkAll(n.body, visit) || (n.elseClauses !== undefined && (visit(n.elseLoc ?? n.loc) || walkAll(n.elseClauses, visit)));
    case 'fun_remote':
      return walkAnnos(n.module, visit) || walkAnnos(n.name, visit) || walkAnnos(n.arity, visit);
    case 'fun':
      return walkAll(n.clauses, visit);
    case 'generate': case 'b_generate':
      return walkAnnos(n.pattern, visit) || walkAnnos(n.expr, visit);
    case 'm_generate':
      return walkAnnos(n.pattern, visit) || walkAnnos(n.expr, visit);
    case 'lc': case 'bc':
      return walkAnnos(n.template, visit) || walkAll(n.qualifiers as Node[], visit);
    case 'mc':
      return walkAnnos(n.template, visit) || walkAll(n.qualifiers as Node[], visit);
    default:
      return walkTypeAnnos(n, visit);
  }
}

function walkAll(xs: readonly Node[], visit: (l: Loc) => boolean): boolean {
  for (let i = 0; i < xs.length; i++) if (walkAnnos(xs[i]!, visit)) return true;
  return false;
}

function walkClauseRest(c: Clause, visit: (l: Loc) => boolean): boolean {
  for (const p of c.patterns) if (walkAnnos(p, visit)) return true;
  for (const g of c.guards) for (const t of g) if (walkAnnos(t, visit)) return true;
  for (const b of c.body) if (walkAnnos(b, visit)) return true;
  return false;
}

/** Types, whose erl_parse tuples nest their parts in lists (`{type, A, Name, Args}`). */
function walkTypeAnnos(n: Node, visit: (l: Loc) => boolean): boolean {
  const all = (xs: readonly Node[]): boolean => walkAll(xs, visit);
  switch (n.kind) {
    case 'ann_type':
      return walkAnnos(n.var, visit) || walkAnnos(n.type, visit);
    case 'type_union':
      return all(n.types);
    case 'type_range':
      return walkAnnos(n.low, visit) || walkAnnos(n.high, visit);
    case 'type_op':
      return walkAnnos(n.left, visit) || walkAnnos(n.right, visit);
    case 'type_unop':
      return walkAnnos(n.operand, visit);
    case 'type_call':
      return all(n.args);
    case 'type_remote':
      // {remote_type, A, [{atom, A, M}, {atom, NameA, N}, Args]}
      return visit(n.loc) || visit(n.nameLoc ?? n.loc) || all(n.args);
    case 'type_fun':
      if (n.sig === undefined) return false;
      // {type, A, 'fun', [{type, A, any | product, Params}, Result]}
      return visit(n.loc) || (n.sig.params !== 'any' && all(n.sig.params)) || walkAnnos(n.sig.result, visit);
    case 'type_tuple':
      return all(n.elements);
    case 'type_list':
      return n.element !== undefined && walkAnnos(n.element, visit);
    case 'type_map':
      return all(n.fields);
    case 'type_map_field_assoc': case 'type_map_field_exact':
      return walkAnnos(n.key, visit) || walkAnnos(n.value, visit);
    case 'type_record':
      if (visit(n.nameLoc ?? n.loc)) return true;
      for (const f of n.fields) {
        // {type, A, field_type, [{atom, A, Name}, Type]}
        if (visit(f.loc) || visit(f.loc) || walkAnnos(f.type, visit)) return true;
      }
      return false;
    case 'type_bin': {
      // The default sizes are `{integer, Line, 0}`: a bare line, compared as {Line, 1}.
      const dflt = { ...n.loc, col: 1 };
      return (n.m !== undefined ? walkAnnos(n.m, visit) : visit(dflt)) || (n.n !== undefined ? walkAnnos(n.n, visit) : visit(dflt));
    }
    case 'fun_type':
      return walkFunType(n, visit);
    case 'constraint':
      // {type, A, constraint, [{atom, A, is_subtype}, [Var, Type]]}
      return visit(n.loc) || walkAnnos(n.var, visit) || walkAnnos(n.type, visit);
    default:
      return false;
  }
}

function walkFunType(n: FunType, visit: (l: Loc) => boolean): boolean {
  const params = (): boolean => {
    for (const p of n.params) if (walkAnnos(p, visit)) return true;
    return false;
  };
  // Without constraints: {type, A, 'fun', [{type, A, product, Ps}, R]}; with them the
  // same tuple sits inside {type, A, bounded_fun, [Fun, Constraints]}.
  if (n.constraints.length > 0 && visit(n.loc)) return true;
  if (visit(n.loc) || params() || walkAnnos(n.result, visit)) return true;
  for (const c of n.constraints) if (walkAnnos(c, visit)) return true;
  return false;
}

function locLte(a: Loc, b: Loc): boolean {
  return a.line < b.line || (a.line === b.line && a.col <= b.col);
}

// The visitors keep their state in module variables (no closure per call: firstLoc
// runs for every call, match and list element the parser builds).
let minLoc: Loc = { file: '', line: 0, col: 0 };
let maxLoc: Loc = minLoc;

function visitMin(l: Loc): boolean {
  if (locLte(l, minLoc)) {
    minLoc = l;
    return false;
  }
  return true;
}

function visitMax(l: Loc): boolean {
  if (!locLte(l, maxLoc)) maxLoc = l;
  return false;
}

/** erl_parse:first_anno/1. */
export function firstLoc(n: Node): Loc {
  minLoc = n.loc;
  walkAnnos(n, visitMin);
  return minLoc;
}

/** erl_parse's last_anno/1 (tokens carry no end locations, so: the largest position). */
export function lastLoc(n: Node): Loc {
  maxLoc = n.loc;
  walkAnnos(n, visitMax);
  return maxLoc;
}
