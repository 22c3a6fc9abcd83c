// Questions about AST nodes that lowering asks before it emits anything.
//
//   * `constOf`: is this expression (or pattern) a compile-time constant? Literal terms,
//     `-1`, and integer arithmetic on literals (legal in patterns: `1 bsl 8`) fold;
//     maps and binaries do not (a map pattern matches a sub-map, a binary is built).
//   * `patVars`: the variables a pattern binds (fun heads and generators shadow them).
//   * `isGuardTest`: whether a comprehension filter is a guard test (erl_lint's
//     is_guard_test): then it is evaluated with guard semantics (an exception is just
//     false) instead of as an expression that must return a boolean ({bad_filter,V}).
import type { Expr } from '../ast/ast.js';
import type { Const } from './ir.js';
import { isGuardBif, opType } from '../lint/bifs.js';
import { codePoints } from './build.js';

export function constOf(e: Expr): Const | undefined {
  switch (e.kind) {
    case 'integer':
      return { k: 'int', v: e.value };
    case 'char':
      return { k: 'int', v: BigInt(e.value) };
    case 'float':
      return { k: 'float', v: e.value };
    case 'atom':
      return { k: 'atom', v: e.value };
    case 'string':
      return e.value === '' ? { k: 'nil' } : { k: 'string', v: e.value };
    case 'nil':
      return { k: 'nil' };
    case 'cons': {
      const hd = constOf(e.head);
      const tl = hd && constOf(e.tail);
      if (!hd || !tl) return undefined;
      return { k: 'cons', hd, tl };
    }
    case 'tuple': {
      const es: Const[] = [];
      for (const x of e.elements) {
        const k = constOf(x);
        if (!k) return undefined;
        es.push(k);
      }
      return { k: 'tuple', es };
    }
    case 'unop': {
      const x = constOf(e.operand);
      if (!x) return undefined;
      if (e.op === '-' && x.k === 'int') return { k: 'int', v: -x.v };
      if (e.op === '-' && x.k === 'float') return { k: 'float', v: -x.v };
      if (e.op === '+' && (x.k === 'int' || x.k === 'float')) return x;
      if (e.op === 'bnot' && x.k === 'int') return { k: 'int', v: ~x.v };
      return undefined;
    }
    case 'op': {
      if (e.op === '++') {
        // "ab" ++ "cd" in a pattern or an expression.
        const l = constOf(e.left);
        const r = constOf(e.right);
        if (!l || !r) return undefined;
        const items = constListItems(l);
        if (!items) return undefined;
        return items.reduceRight<Const>((tl, hd) => ({ k: 'cons', hd, tl }), r);
      }
      const l = constOf(e.left);
      const r = constOf(e.right);
      if (!l || !r || l.k !== 'int' || r.k !== 'int') return undefined;
      const a = l.v;
      const b = r.v;
      switch (e.op) {
        case '+': return { k: 'int', v: a + b };
        case '-': return { k: 'int', v: a - b };
        case '*': return { k: 'int', v: a * b };
        case 'div': return b === 0n ? undefined : { k: 'int', v: a / b };
        case 'rem': return b === 0n ? undefined : { k: 'int', v: a % b };
        case 'band': return { k: 'int', v: a & b };
        case 'bor': return { k: 'int', v: a | b };
        case 'bxor': return { k: 'int', v: a ^ b };
        case 'bsl': return b > 4096n ? undefined : { k: 'int', v: b >= 0n ? a << b : a >> -b };
        case 'bsr': return b < -4096n ? undefined : { k: 'int', v: b >= 0n ? a >> b : a << -b };
        default: return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** The elements of a proper constant list, or undefined. */
function constListItems(k: Const): Const[] | undefined {
  const out: Const[] = [];
  for (;;) {
    if (k.k === 'nil') return out;
    if (k.k === 'string') {
      for (const cp of codePoints(k.v)) out.push({ k: 'int', v: BigInt(cp) });
      if (!k.tail) return out;
      k = k.tail;
    } else if (k.k === 'cons') {
      out.push(k.hd);
      k = k.tl;
    } else return undefined;
  }
}

/** Variables a pattern binds, in order of first occurrence (`_` excluded). */
export function patVars(p: Expr, out: string[] = []): string[] {
  const add = (n: string) => {
    if (n !== '_' && !out.includes(n)) out.push(n);
  };
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'var': add(e.name); break;
      case 'cons': walk(e.head); walk(e.tail); break;
      case 'tuple': e.elements.forEach(walk); break;
      case 'match': walk(e.pattern); walk(e.expr); break;
      case 'op': walk(e.left); walk(e.right); break;
      case 'map': for (const f of e.fields) walk(f.value); break;
      case 'record': for (const f of e.fields) walk(f.value); break;
      case 'bin': for (const el of e.elements) walk(el.value); break;
      default: break;
    }
  };
  walk(p);
  return out;
}

/** erl_lint:is_guard_test/1, as far as a comprehension filter needs it. */
export function isGuardTest(e: Expr, isLocal: (name: string, arity: number) => boolean): boolean {
  const g = (x: Expr): boolean => isGuardTest(x, isLocal);
  switch (e.kind) {
    case 'var': case 'integer': case 'char': case 'float': case 'atom': case 'string': case 'nil':
    case 'record_index':
      return true;
    case 'cons': return g(e.head) && g(e.tail);
    case 'tuple': return e.elements.every(g);
    case 'map': return (!e.base || g(e.base)) && e.fields.every((f) => g(f.key) && g(f.value));
    case 'record': return !e.base && e.fields.every((f) => g(f.value));
    case 'record_field_access': return g(e.expr);
    case 'bin':
      return e.elements.every((el) => g(el.value) && (el.size === 'default' || g(el.size)));
    case 'op': {
      if (e.op === 'andalso' || e.op === 'orelse') return g(e.left) && g(e.right);
      const t = opType(e.op, 2);
      return (t === 'arith' || t === 'bool' || t === 'comp') && g(e.left) && g(e.right);
    }
    case 'unop': {
      const t = opType(e.op, 1);
      return (t === 'arith' || t === 'bool') && g(e.operand);
    }
    case 'call': {
      const n = e.args.length;
      if (e.callee.kind === 'atom') {
        const name = e.callee.value;
        if (name === 'is_record' && (n === 2 || n === 3)) return e.args.every(g);
        return isGuardBif(name, n) && !isLocal(name, n) && e.args.every(g);
      }
      if (e.callee.kind === 'remote' && e.callee.module.kind === 'atom' && e.callee.module.value === 'erlang' &&
        e.callee.name.kind === 'atom') {
        return isGuardBif(e.callee.name.value, n) && e.args.every(g);
      }
      return false;
    }
    default:
      return false;
  }
}
