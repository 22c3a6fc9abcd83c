// Constant folding as erl_eval:partial_eval/1 does it for erl_lint.
//
// erl_lint asks "does this expression evaluate to a number or an atom?" in a few
// places: a pattern such as `f(1 + 2)` is legal because it folds to an integer, a
// binary segment size `<<X:(2*4)>>` is known to be 8, a type range `1..(1 bsl 8)` must
// fold to integers. The expression may use literals, tuples, lists and operators
// (anything erlang:Op/1,2 accepts); the answer counts only if it is an integer, a
// float or an atom. Whatever raises an exception in Erlang (badarith, badarg) makes
// the expression "not constant", which is what the `undefined` result means here.
import type { Expr, TypeExpr } from '../ast/ast.js';
import { atom, compareTerms, int, list, tuple, type Term } from './terms.js';

/** The value of a constant expression if it is an integer, float or atom. */
export function partialEval(e: Expr | TypeExpr): Term | undefined {
  const v = evalConst(e);
  if (v === undefined) return undefined;
  return v.k === 'int' || v.k === 'float' || v.k === 'atom' ? v : undefined;
}

/** The integer value of a constant expression, or undefined. */
export function partialEvalInt(e: Expr | TypeExpr): bigint | undefined {
  const v = partialEval(e);
  return v?.k === 'int' ? v.v : undefined;
}

class Fail extends Error {}
const fail = (): never => {
  throw new Fail();
};

function evalConst(e: Expr | TypeExpr): Term | undefined {
  try {
    return ev(e);
  } catch (err) {
    if (err instanceof Fail) return undefined;
    throw err;
  }
}

function ev(e: Expr | TypeExpr): Term {
  switch (e.kind) {
    case 'integer':
    case 'char':
      return int(e.value);
    case 'float':
      return { k: 'float', v: e.value };
    case 'atom':
      return atom(e.value);
    case 'tuple':
      return tuple(...e.elements.map(ev));
    case 'nil':
      return list([]);
    case 'cons': {
      const h = ev(e.head);
      const t = ev(e.tail);
      if (t.k === 'list' && t.tail === undefined) return list([h, ...t.v]);
      return { k: 'list', v: [h], tail: t };
    }
    case 'op':
    case 'type_op':
      return binop(e.op, ev(e.left), ev(e.right));
    case 'unop':
    case 'type_unop':
      return unop(e.op, ev(e.operand));
    default:
      return fail();
  }
}

const isNum = (t: Term): t is { k: 'int'; v: bigint } | { k: 'float'; v: number } => t.k === 'int' || t.k === 'float';
const toFloat = (t: Term) => (t.k === 'int' ? Number(t.v) : t.k === 'float' ? t.v : fail());
const bool = (b: boolean): Term => atom(b ? 'true' : 'false');
const asBool = (t: Term) => (t.k === 'atom' && (t.v === 'true' || t.v === 'false') ? t.v === 'true' : fail());
const asInt = (t: Term) => (t.k === 'int' ? t.v : fail());

function float(x: number): Term {
  if (!Number.isFinite(x)) fail();
  return { k: 'float', v: x };
}

/** erlang:'=='/2: numbers compare by value. */
function equalNum(a: Term, b: Term): boolean {
  if (isNum(a) && isNum(b)) {
    if (a.k === 'int' && b.k === 'int') return a.v === b.v;
    return toFloat(a) === toFloat(b);
  }
  return compareTerms(a, b) === 0 && exactEqual(a, b);
}

/** erlang:'=:='/2. */
function exactEqual(a: Term, b: Term): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'float' && b.k === 'float') return a.v === b.v;
  if (a.k === 'tuple' && b.k === 'tuple') return a.v.length === b.v.length && a.v.every((x, i) => exactEqual(x, b.v[i]!));
  if (a.k === 'list' && b.k === 'list') {
    if (a.v.length !== b.v.length) return false;
    if (!a.v.every((x, i) => exactEqual(x, b.v[i]!))) return false;
    if (a.tail === undefined || b.tail === undefined) return a.tail === b.tail;
    return exactEqual(a.tail, b.tail);
  }
  return compareTerms(a, b) === 0;
}

function binop(op: string, a: Term, b: Term): Term {
  switch (op) {
    case '+':
    case '-':
    case '*': {
      if (!isNum(a) || !isNum(b)) return fail();
      if (a.k === 'int' && b.k === 'int') return int(op === '+' ? a.v + b.v : op === '-' ? a.v - b.v : a.v * b.v);
      const x = toFloat(a);
      const y = toFloat(b);
      return float(op === '+' ? x + y : op === '-' ? x - y : x * y);
    }
    case '/': {
      if (!isNum(a) || !isNum(b)) return fail();
      const y = toFloat(b);
      if (y === 0) return fail();
      return float(toFloat(a) / y);
    }
    case 'div':
    case 'rem': {
      const x = asInt(a);
      const y = asInt(b);
      if (y === 0n) return fail();
      return int(op === 'div' ? x / y : x % y);
    }
    case 'band':
      return int(asInt(a) & asInt(b));
    case 'bor':
      return int(asInt(a) | asInt(b));
    case 'bxor':
      return int(asInt(a) ^ asInt(b));
    case 'bsl':
    case 'bsr': {
      const x = asInt(a);
      let n = asInt(b);
      if (op === 'bsr') n = -n;
      // Erlang would hit system_limit long before this; we only refuse absurd shifts.
      if (n > 1_000_000n) return fail();
      return int(n >= 0n ? x << n : x >> -n);
    }
    case 'and':
      return bool(asBool(a) && asBool(b));
    case 'or':
      return bool(asBool(a) || asBool(b));
    case 'xor':
      return bool(asBool(a) !== asBool(b));
    case '==':
      return bool(equalNum(a, b));
    case '/=':
      return bool(!equalNum(a, b));
    case '=:=':
      return bool(exactEqual(a, b));
    case '=/=':
      return bool(!exactEqual(a, b));
    case '<':
      return bool(compareTerms(a, b) < 0);
    case '>':
      return bool(compareTerms(a, b) > 0);
    case '=<':
      return bool(compareTerms(a, b) <= 0);
    case '>=':
      return bool(compareTerms(a, b) >= 0);
    default:
      // ++, --, ! and the short-circuit operators: not worth folding (the result is
      // never a number or an atom) or not a function of module erlang.
      return fail();
  }
}

function unop(op: string, a: Term): Term {
  switch (op) {
    case '-':
      if (a.k === 'int') return int(-a.v);
      if (a.k === 'float') return float(-a.v);
      return fail();
    case '+':
      return isNum(a) ? a : fail();
    case 'bnot':
      return int(~asInt(a));
    case 'not':
      return bool(!asBool(a));
    default:
      return fail();
  }
}
