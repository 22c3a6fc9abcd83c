// The expressions epp evaluates itself:
//
//   -if(Expr). / -elif(Expr).   epp:eval_if: erl_parse:parse_exprs on `( ... ) .`, then
//       `defined(Name)` replaced by true/false, then the expression must be one guard
//       expression (erl_lint:is_guard_expr, after calls to local functions that are not
//       auto-imported non-guard BIFs are set aside), then erl_eval: the condition holds
//       iff the value is exactly `true`; any exception makes it false.
//   -error(Term). / -warning(Term).   erl_parse:parse_term on `( ... ) .`.
//
// The parser follows erl_parse's grammar and operator priorities for expressions; the
// constructs a guard can never contain (case, fun, receive, comprehensions, ...) are
// only skipped over (they make the `-if` badly formed, as in epp). Syntax errors are
// erl_parse's `syntax error before: Token`, at the offending token.
import * as T from './tokens.js';
import type { Token } from './tokens.js';
import { formatFloat, writeAtom, writeChar, writeString } from './erl-text.js';
import {
  Atom, Bin, ErlMap, ExtFun, List, NIL, Tuple, atom, bool, charList, compare, isAtom, TRUE, type Term,
} from './erl-term.js';

// ------------------------------------------------------------------ syntax tree

type Expr =
  | { k: 'lit'; v: Term; tok: Token; kind: 'int' | 'float' | 'char' | 'atom' | 'string' }
  | { k: 'var'; name: string; tok: Token }
  | { k: 'nil'; tok: Token }
  | { k: 'cons'; h: Expr; t: Expr; tok: Token }
  | { k: 'tuple'; els: Expr[]; tok: Token }
  | { k: 'map'; base: Expr | null; fields: { key: Expr; val: Expr; exact: boolean }[]; tok: Token }
  | { k: 'bin'; els: { val: Expr; size: Expr | null; types: string[] }[]; tok: Token }
  | { k: 'unop'; op: string; a: Expr; tok: Token }
  | { k: 'binop'; op: string; a: Expr; b: Expr; tok: Token }
  | { k: 'call'; fn: Expr; args: Expr[]; tok: Token }
  | { k: 'remote'; m: Expr; f: Expr; tok: Token }
  | { k: 'funref'; m: Expr | null; f: Expr; a: Expr; tok: Token }
  /** Record syntax: a legal guard whose evaluation fails here (no records are known). */
  | { k: 'record'; tok: Token }
  /** Anything a guard can never be (match, send, case, fun ... end, catch, ...). */
  | { k: 'other'; tok: Token };

/** An erl_parse error: `syntax error before: ...` at a token. */
export class ParseError {
  constructor(readonly tok: Token, readonly message: string) {}
}

/** How erl_parse names a token in `syntax error before: ...` (yecctoken2string). */
export function tokenText(t: Token): string {
  switch (t.tokenType) {
    case T.Atom: return writeAtom(t.value as string, false);
    case T.Integer: return (t.value as bigint).toString();
    case T.Float: return formatFloat(t.value as number);
    case T.Char: return writeChar(t.value as number);
    case T.Var: return t.value as string;
    case T.String: return writeString(t.value as string);
    case T.Dot: return "'.'";
    default: return writeAtom(T.erlCategory(t), false);
  }
}

/** Binary operators: priority and associativity (erl_parse's precedence table). */
const BINOPS: Record<string, [number, 'left' | 'right' | 'none']> = {
  '=': [100, 'right'], '!': [100, 'right'],
  orelse: [150, 'right'], andalso: [160, 'right'],
  '==': [200, 'none'], '/=': [200, 'none'], '=<': [200, 'none'], '<': [200, 'none'],
  '>=': [200, 'none'], '>': [200, 'none'], '=:=': [200, 'none'], '=/=': [200, 'none'],
  '++': [300, 'right'], '--': [300, 'right'],
  '+': [400, 'left'], '-': [400, 'left'], bor: [400, 'left'], bxor: [400, 'left'],
  bsl: [400, 'left'], bsr: [400, 'left'], or: [400, 'left'], xor: [400, 'left'],
  '/': [500, 'left'], '*': [500, 'left'], div: [500, 'left'], rem: [500, 'left'],
  band: [500, 'left'], and: [500, 'left'],
};
const PREFIX = new Set(['+', '-', 'bnot', 'not']);
/** Prefix operators bind tighter than every binary operator. */
const PREFIX_PRIORITY = 600;

/**
 * A recursive-descent parser for erl_parse's `exprs` (a deterministic grammar, so it
 * stops at the same token as erl_parse's LALR parser: the first one that cannot
 * continue what was read). Everything that cannot be part of a guard becomes `other`.
 */
class Parser {
  private i = 0;
  constructor(private readonly toks: readonly Token[]) {}

  private cat(k = 0): string | undefined {
    const t = this.toks[this.i + k];
    return t === undefined ? undefined : T.erlCategory(t);
  }
  private next(): Token {
    const t = this.toks[this.i];
    if (t === undefined) this.fail();
    this.i++;
    return t;
  }
  private fail(): never {
    const t = this.toks[this.i];
    if (t === undefined) throw new ParseError(this.toks[this.toks.length - 1]!, 'syntax error before: ');
    throw new ParseError(t, 'syntax error before: ' + tokenText(t));
  }
  private expect(c: string): Token {
    if (this.cat() !== c) this.fail();
    return this.next();
  }
  private accept(c: string): boolean {
    if (this.cat() !== c) return false;
    this.i++;
    return true;
  }

  /** `Expr, ..., Expr .` (what parse_exprs / parse_term read after `f() ->`). */
  exprsToDot(): Expr[] {
    const es = this.exprs();
    this.expect('dot');
    return es;
  }

  private exprs(): Expr[] {
    const es = [this.expr()];
    while (this.accept(',')) es.push(this.expr());
    return es;
  }

  /** guard: exprs separated by `,` and `;`. */
  private guard(): void {
    do this.exprs();
    while (this.accept(';'));
  }

  expr(min = 0): Expr {
    let left: Expr;
    const c = this.cat();
    if (c === 'catch') {
      const tok = this.next();
      this.expr();
      return { k: 'other', tok };
    }
    if (c !== undefined && PREFIX.has(c)) {
      const tok = this.next();
      left = { k: 'unop', op: c, a: this.expr(PREFIX_PRIORITY), tok };
    } else {
      left = this.operand();
    }
    for (;;) {
      const op = this.cat();
      const info = op === undefined ? undefined : BINOPS[op];
      if (!info || info[0] < min) break;
      const [prio, assoc] = info;
      const tok = this.next();
      const right = this.expr(assoc === 'right' ? prio : prio + 1);
      left = op === '=' || op === '!' ? { k: 'other', tok } : { k: 'binop', op: op!, a: left, b: right, tok };
      // A non-associative operator cannot be followed by another of its priority.
      if (assoc === 'none' && BINOPS[this.cat() ?? '']?.[0] === prio) this.fail();
    }
    return left;
  }

  /** map_expr | function_call | record_expr | expr_remote. */
  private operand(): Expr {
    let e: Expr;
    if (this.cat() === '#') {
      e = this.hashSuffix(this.next(), null);
    } else {
      e = this.exprMax();
      if (this.cat() === ':') {
        const tok = this.next();
        e = { k: 'remote', m: e, f: this.exprMax(), tok };
        if (this.cat() === '(') return this.call(e);
        return e;
      }
      if (this.cat() === '(') return this.call(e);
      if (this.cat() !== '#') return e;
      e = this.hashSuffix(this.next(), e);
    }
    while (this.cat() === '#') e = this.hashSuffix(this.next(), e);
    return e;
  }

  private call(fn: Expr): Expr {
    const tok = this.expect('(');
    const args = this.cat() === ')' ? [] : this.exprs();
    this.expect(')');
    return { k: 'call', fn, args, tok: fn.k === 'remote' ? fn.m.tok : fn.tok ?? tok };
  }

  /** After `#`: a map `{...}`, or a record `name{...}` / `name.field`. */
  private hashSuffix(hash: Token, base: Expr | null): Expr {
    if (this.cat() === '{') return this.mapTuple(hash, base);
    this.expect('atom');
    if (this.accept('.')) {
      this.expect('atom');
      return { k: 'record', tok: hash };
    }
    this.expect('{');
    if (!this.accept('}')) {
      do {
        const c = this.cat();
        if (c !== 'var' && c !== 'atom') this.fail();
        this.next();
        this.expect('=');
        this.expr();
      } while (this.accept(','));
      this.expect('}');
    }
    return { k: 'record', tok: hash };
  }

  private mapTuple(tok: Token, base: Expr | null): Expr {
    this.expect('{');
    const fields: { key: Expr; val: Expr; exact: boolean }[] = [];
    if (!this.accept('}')) {
      do {
        const key = this.expr();
        const sep = this.cat();
        if (sep !== '=>' && sep !== ':=') this.fail();
        this.next();
        fields.push({ key, val: this.expr(), exact: sep === ':=' });
      } while (this.accept(','));
      this.expect('}');
    }
    return { k: 'map', base, fields, tok };
  }

  private exprMax(): Expr {
    const t = this.toks[this.i];
    if (t === undefined) return this.fail();
    switch (T.erlCategory(t)) {
      case 'var': this.i++; return { k: 'var', name: t.value as string, tok: t };
      case 'atom': this.i++; return { k: 'lit', v: atom(t.value as string), tok: t, kind: 'atom' };
      case 'integer': this.i++; return { k: 'lit', v: t.value as bigint, tok: t, kind: 'int' };
      case 'float': this.i++; return { k: 'lit', v: t.value as number, tok: t, kind: 'float' };
      case 'char': this.i++; return { k: 'lit', v: BigInt(t.value as number), tok: t, kind: 'char' };
      case 'string': {
        let s = '';
        while (this.cat() === 'string') s += this.next().value as string;
        return { k: 'lit', v: charList(s), tok: t, kind: 'string' };
      }
      case '(': {
        this.i++;
        const e = this.expr();
        this.expect(')');
        return e;
      }
      case '{': {
        this.i++;
        const els = this.cat() === '}' ? [] : this.exprs();
        this.expect('}');
        return { k: 'tuple', els, tok: t };
      }
      case '[': return this.list(t);
      case '<<': return this.binary(t);
      case 'begin': this.i++; this.exprs(); this.expect('end'); return { k: 'other', tok: t };
      case 'if': return this.ifExpr(t);
      case 'case': return this.caseExpr(t);
      case 'receive': return this.receiveExpr(t);
      case 'fun': return this.funExpr(t);
      case 'try': return this.tryExpr(t);
      case 'maybe': return this.maybeExpr(t);
    }
    return this.fail();
  }

  private list(open: Token): Expr {
    this.i++;
    if (this.accept(']')) return { k: 'nil', tok: open };
    const first = this.expr();
    if (this.accept('||')) {
      this.lcExprs();
      this.expect(']');
      return { k: 'other', tok: open };
    }
    const items = [first];
    while (this.accept(',')) items.push(this.expr());
    let tail: Expr = { k: 'nil', tok: open };
    if (this.accept('|')) tail = this.expr();
    this.expect(']');
    for (let j = items.length - 1; j >= 0; j--) tail = { k: 'cons', h: items[j]!, t: tail, tok: items[j]!.tok };
    return tail;
  }

  /** Qualifiers of a comprehension: generators (`P <- E`, `B <= E`) and filters. */
  private lcExprs(): void {
    do {
      this.expr();
      if (this.accept('<-') || this.accept('<=')) this.expr();
    } while (this.accept(','));
  }

  private binary(open: Token): Expr {
    this.i++;
    const els: { val: Expr; size: Expr | null; types: string[] }[] = [];
    if (this.accept('>>')) return { k: 'bin', els, tok: open };
    for (;;) {
      const val = this.bitExpr();
      if (els.length === 0 && this.accept('||')) {
        this.lcExprs();
        this.expect('>>');
        return { k: 'other', tok: open };
      }
      const size = this.accept(':') ? this.exprMax() : null;
      const types: string[] = [];
      if (this.accept('/')) {
        do {
          let name = this.expect('atom').value as string;
          if (this.accept(':')) name += ':' + String(this.expect('integer').value);
          types.push(name);
        } while (this.accept('-'));
      }
      els.push({ val, size, types });
      if (!this.accept(',')) break;
    }
    this.expect('>>');
    return { k: 'bin', els, tok: open };
  }

  private bitExpr(): Expr {
    const c = this.cat();
    if (c !== undefined && PREFIX.has(c)) {
      const tok = this.next();
      return { k: 'unop', op: c, a: this.exprMax(), tok };
    }
    return this.exprMax();
  }

  /** clause_guard clause_body: `[when Guard] -> Exprs`. */
  private clauseRest(): void {
    if (this.accept('when')) this.guard();
    this.expect('->');
    this.exprs();
  }

  /** cr_clauses: `Pattern [when Guard] -> Exprs; ...`. */
  private crClauses(): void {
    do {
      this.expr();
      this.clauseRest();
    } while (this.accept(';'));
  }

  private ifExpr(t: Token): Expr {
    this.i++;
    do {
      this.guard();
      this.expect('->');
      this.exprs();
    } while (this.accept(';'));
    this.expect('end');
    return { k: 'other', tok: t };
  }

  private caseExpr(t: Token): Expr {
    this.i++;
    this.expr();
    this.expect('of');
    this.crClauses();
    this.expect('end');
    return { k: 'other', tok: t };
  }

  private receiveExpr(t: Token): Expr {
    this.i++;
    if (this.cat() !== 'after') this.crClauses();
    if (this.accept('after')) {
      this.expr();
      this.expect('->');
      this.exprs();
    }
    this.expect('end');
    return { k: 'other', tok: t };
  }

  private funExpr(t: Token): Expr {
    this.i++;
    const c = this.cat();
    // `fun Name/Arity`, `fun M:F/A`, else clauses (after an atom, only `/` or `:` fit).
    if (c === 'atom' || (c === 'var' && this.cat(1) === ':')) {
      const first = this.exprMax();
      let m: Expr | null = null;
      let f = first;
      if (this.accept(':')) {
        const fc = this.cat();
        if (fc !== 'atom' && fc !== 'var') this.fail();
        m = first;
        f = this.exprMax();
        this.expect('/');
        const ac = this.cat();
        if (ac !== 'integer' && ac !== 'var') this.fail();
      } else {
        this.expect('/');
        if (this.cat() !== 'integer') this.fail();
      }
      return { k: 'funref', m, f, a: this.exprMax(), tok: t };
    }
    do {
      if (this.cat() === 'var') this.i++;
      this.expect('(');
      if (this.cat() !== ')') this.exprs();
      this.expect(')');
      this.clauseRest();
    } while (this.accept(';'));
    this.expect('end');
    return { k: 'other', tok: t };
  }

  private tryExpr(t: Token): Expr {
    this.i++;
    this.exprs();
    if (this.accept('of')) this.crClauses();
    if (this.accept('catch')) {
      do {
        this.expr();
        if (this.accept(':')) {
          this.expr();
          if (this.accept(':')) this.expect('var');
        }
        this.clauseRest();
      } while (this.accept(';'));
      if (this.accept('after')) this.exprs();
    } else {
      this.expect('after');
      this.exprs();
    }
    this.expect('end');
    return { k: 'other', tok: t };
  }

  private maybeExpr(t: Token): Expr {
    this.i++;
    do {
      this.expr();
      if (this.accept('?=')) this.expr();
    } while (this.accept(','));
    if (this.accept('else')) this.crClauses();
    this.expect('end');
    return { k: 'other', tok: t };
  }
}

// ------------------------------------------------------------------ -if

const GUARD_BIFS = new Set([
  'abs/1', 'binary_part/2', 'binary_part/3', 'bit_size/1', 'byte_size/1', 'ceil/1', 'element/2', 'float/1',
  'floor/1', 'hd/1', 'is_atom/1', 'is_binary/1', 'is_bitstring/1', 'is_boolean/1', 'is_float/1',
  'is_function/1', 'is_function/2', 'is_integer/1', 'is_list/1', 'is_map/1', 'is_map_key/2', 'is_number/1',
  'is_pid/1', 'is_port/1', 'is_record/2', 'is_record/3', 'is_reference/1', 'is_tuple/1', 'length/1',
  'map_get/2', 'map_size/1', 'node/0', 'node/1', 'round/1', 'self/0', 'size/1', 'tl/1', 'trunc/1',
  'tuple_size/1',
]);

/** Auto-imported BIFs that are not guard BIFs (erl_internal:bif/2 minus guard_bif/2). */
const OTHER_BIFS = new Set(
  ('alias/0 alias/1 apply/2 apply/3 atom_to_binary/1 atom_to_binary/2 atom_to_list/1 binary_to_atom/1 ' +
    'binary_to_atom/2 binary_to_existing_atom/1 binary_to_existing_atom/2 binary_to_float/1 ' +
    'binary_to_integer/1 binary_to_integer/2 binary_to_list/1 binary_to_list/3 binary_to_term/1 ' +
    'binary_to_term/2 bitstring_to_list/1 check_old_code/1 check_process_code/2 check_process_code/3 ' +
    'date/0 delete_module/1 demonitor/1 demonitor/2 disconnect_node/1 erase/0 erase/1 error/1 error/2 ' +
    'error/3 exit/1 exit/2 float_to_binary/1 float_to_binary/2 float_to_list/1 float_to_list/2 ' +
    'garbage_collect/0 garbage_collect/1 garbage_collect/2 get/0 get/1 get_keys/0 get_keys/1 ' +
    'group_leader/0 group_leader/2 halt/0 halt/1 halt/2 integer_to_binary/1 integer_to_binary/2 ' +
    'integer_to_list/1 integer_to_list/2 iolist_size/1 iolist_to_binary/1 is_alive/0 is_process_alive/1 ' +
    'link/1 list_to_atom/1 list_to_binary/1 list_to_bitstring/1 list_to_existing_atom/1 list_to_float/1 ' +
    'list_to_integer/1 list_to_integer/2 list_to_pid/1 list_to_port/1 list_to_ref/1 list_to_tuple/1 ' +
    'load_module/2 make_ref/0 max/2 min/2 module_loaded/1 monitor/2 monitor/3 monitor_node/2 nodes/0 ' +
    'nodes/1 nodes/2 now/0 open_port/2 pid_to_list/1 port_close/1 port_command/2 port_command/3 ' +
    'port_connect/2 port_control/3 port_to_list/1 pre_loaded/0 process_flag/2 process_flag/3 ' +
    'process_info/1 process_info/2 processes/0 purge_module/1 put/2 ref_to_list/1 register/2 registered/0 ' +
    'setelement/3 spawn/1 spawn/2 spawn/3 spawn/4 spawn_link/1 spawn_link/2 spawn_link/3 spawn_link/4 ' +
    'spawn_monitor/1 spawn_monitor/2 spawn_monitor/3 spawn_monitor/4 spawn_opt/2 spawn_opt/3 spawn_opt/4 ' +
    'spawn_opt/5 spawn_request/1 spawn_request/2 spawn_request/3 spawn_request/4 spawn_request/5 ' +
    'spawn_request_abandon/1 split_binary/2 statistics/1 term_to_binary/1 term_to_binary/2 ' +
    'term_to_iovec/1 term_to_iovec/2 throw/1 time/0 tuple_to_list/1 unalias/1 unlink/1 unregister/1 whereis/1')
    .split(' '),
);

const OP_ARITY1 = new Set(['+', '-', 'bnot', 'not']);
const GUARD_OPS2 = new Set([
  '+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', 'and', 'or', 'xor',
  '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=',
]);

/** Outcome of `-if(...)`: the condition's value, or why it is not acceptable. */
export type IfResult =
  | { kind: 'value'; holds: boolean }
  | { kind: 'bad' }
  | { kind: 'syntax'; error: ParseError };

/**
 * eval_if on the (macro-expanded) tokens after `if`: `( Expr ) .`.
 * `isDefined(name)`: whether epp's macro table has the name (for `defined/1`).
 */
export function evalIf(toks: readonly Token[], isDefined: (name: string) => boolean): IfResult {
  let es: Expr[];
  try {
    es = new Parser(toks).exprsToDot();
  } catch (e) {
    if (e instanceof ParseError) return { kind: 'syntax', error: e };
    throw e;
  }
  let rewritten: Expr[];
  try {
    rewritten = es.map((e) => rewriteDefined(e, isDefined));
  } catch (e) {
    if (e === BAD) return { kind: 'bad' };
    throw e;
  }
  if (rewritten.length !== 1) return { kind: 'bad' };
  const e = rewritten[0]!;
  try {
    if (!isGuard(e)) return { kind: 'bad' };
  } catch (err) {
    if (err === BAD) return { kind: 'bad' };
    throw err;
  }
  try {
    return { kind: 'value', holds: isAtom(evaluate(e), 'true') };
  } catch (err) {
    if (err instanceof EvalFail) return { kind: 'value', holds: false };
    throw err;
  }
}

const BAD = Symbol('bad if');

/** rewrite_expr(E, St): `defined(Name)` -> true | false. */
function rewriteDefined(e: Expr, isDefined: (name: string) => boolean): Expr {
  const r = (x: Expr) => rewriteDefined(x, isDefined);
  switch (e.k) {
    case 'call':
      if (e.fn.k === 'lit' && isAtom(e.fn.v, 'defined') && e.args.length === 1) {
        const a = e.args[0]!;
        let name: string;
        if (a.k === 'var') name = a.name;
        else if (a.k === 'lit' && a.v instanceof Atom) name = a.v.name;
        else throw BAD;
        return { k: 'lit', v: bool(isDefined(name)), tok: e.tok, kind: 'atom' };
      }
      return { ...e, fn: r(e.fn), args: e.args.map(r) };
    case 'cons': return { ...e, h: r(e.h), t: r(e.t) };
    case 'tuple': return { ...e, els: e.els.map(r) };
    case 'unop': return { ...e, a: r(e.a) };
    case 'binop': return { ...e, a: r(e.a), b: r(e.b) };
    case 'remote': return { ...e, m: r(e.m), f: r(e.f) };
    case 'map': return { ...e, base: e.base && r(e.base), fields: e.fields.map((f) => ({ ...f, key: r(f.key), val: r(f.val) })) };
    case 'bin': return { ...e, els: e.els.map((b) => ({ ...b, val: r(b.val), size: b.size && r(b.size) })) };
    default: return e;
  }
}

/** rewrite_expr(E, none) + erl_lint:is_guard_expr. Throws BAD for a call of a
 * non-guard auto-imported BIF. */
function isGuard(e: Expr): boolean {
  switch (e.k) {
    case 'lit': case 'var': case 'nil': case 'record': return true;
    case 'cons': return isGuard(e.h) && isGuard(e.t);
    case 'tuple': return e.els.every(isGuard);
    case 'map': return (e.base === null || isGuard(e.base)) && e.fields.every((f) => isGuard(f.key) && isGuard(f.val));
    case 'bin': return e.els.every((b) => isGuard(b.val) && (b.size === null || isGuard(b.size)));
    case 'unop': return OP_ARITY1.has(e.op) && isGuard(e.a);
    case 'binop':
      if (e.op === 'andalso' || e.op === 'orelse') return isGuard(e.a) && isGuard(e.b);
      return GUARD_OPS2.has(e.op) && isGuard(e.a) && isGuard(e.b);
    case 'call': {
      if (e.fn.k === 'lit' && e.fn.v instanceof Atom) {
        // A local call: a non-guard BIF is an error; anything else is set aside (the
        // call fails at evaluation), leaving its arguments to check.
        if (OTHER_BIFS.has(`${e.fn.v.name}/${e.args.length}`)) throw BAD;
        return e.args.every(isGuard);
      }
      if (e.fn.k === 'remote' && isLitAtom(e.fn.m, 'erlang') && e.fn.f.k === 'lit' && e.fn.f.v instanceof Atom) {
        const key = `${e.fn.f.v.name}/${e.args.length}`;
        const op = e.fn.f.v.name;
        const isOp = (e.args.length === 1 && OP_ARITY1.has(op)) || (e.args.length === 2 && GUARD_OPS2.has(op));
        return (GUARD_BIFS.has(key) || isOp) && e.args.every(isGuard);
      }
      return false;
    }
    default: return false;
  }
}

function isLitAtom(e: Expr, name: string): boolean {
  return e.k === 'lit' && isAtom(e.v, name);
}

class EvalFail {}
const fail = (): never => {
  throw new EvalFail();
};

function evaluate(e: Expr): Term {
  switch (e.k) {
    case 'lit': return e.v;
    case 'nil': return NIL;
    case 'var': return fail();
    case 'cons': {
      const h = evaluate(e.h);
      const t = evaluate(e.t);
      return t instanceof List ? new List([h, ...t.items], t.tail) : new List([h], t);
    }
    case 'tuple': return new Tuple(e.els.map(evaluate));
    case 'map': {
      if (e.base !== null) return fail();
      const entries: [Term, Term][] = [];
      for (const f of e.fields) {
        if (f.exact) return fail();
        const k = evaluate(f.key);
        const v = evaluate(f.val);
        const i = entries.findIndex((x) => compare(x[0], k, true) === 0);
        if (i >= 0) entries[i] = [k, v];
        else entries.push([k, v]);
      }
      return new ErlMap(entries);
    }
    case 'bin': return evalBin(e.els.map((b) => ({ val: evaluate(b.val), size: b.size && evaluate(b.size), types: b.types })));
    case 'unop': return applyOp(e.op, [evaluate(e.a)]);
    case 'binop': {
      if (e.op === 'andalso' || e.op === 'orelse') {
        const a = evaluate(e.a);
        if (!isAtom(a, 'true') && !isAtom(a, 'false')) return fail();
        if (e.op === 'andalso' ? isAtom(a, 'false') : isAtom(a, 'true')) return a;
        return evaluate(e.b);
      }
      return applyOp(e.op, [evaluate(e.a), evaluate(e.b)]);
    }
    case 'call': {
      if (e.fn.k === 'lit' && e.fn.v instanceof Atom) {
        if (!GUARD_BIFS.has(`${e.fn.v.name}/${e.args.length}`)) return fail();
        return guardBif(e.fn.v.name, e.args.map(evaluate));
      }
      if (e.fn.k === 'remote') {
        const m = evaluate(e.fn.m);
        const f = evaluate(e.fn.f);
        if (!isAtom(m, 'erlang') || !(f instanceof Atom)) return fail();
        const args = e.args.map(evaluate);
        if (GUARD_BIFS.has(`${f.name}/${args.length}`)) return guardBif(f.name, args);
        return applyOp(f.name, args);
      }
      return fail();
    }
    default: return fail();
  }
}

const isInt = (t: Term): t is bigint => typeof t === 'bigint';
const isNum = (t: Term): t is bigint | number => typeof t === 'bigint' || typeof t === 'number';
const isBool = (t: Term): t is Atom => isAtom(t, 'true') || isAtom(t, 'false');

function checkFloat(x: number): number {
  return Number.isFinite(x) ? x : fail();
}

function applyOp(op: string, args: Term[]): Term {
  if (args.length === 1) {
    const [a] = args as [Term];
    switch (op) {
      case '-': return isInt(a) ? -a : isNum(a) ? -a : fail();
      case '+': return isNum(a) ? a : fail();
      case 'bnot': return isInt(a) ? ~a : fail();
      case 'not': return isBool(a) ? bool(a.name === 'false') : fail();
    }
    return fail();
  }
  if (args.length !== 2) return fail();
  const [a, b] = args as [Term, Term];
  switch (op) {
    case '==': return bool(compare(a, b) === 0);
    case '/=': return bool(compare(a, b) !== 0);
    case '=<': return bool(compare(a, b) <= 0);
    case '<': return bool(compare(a, b) < 0);
    case '>=': return bool(compare(a, b) >= 0);
    case '>': return bool(compare(a, b) > 0);
    case '=:=': return bool(compare(a, b, true) === 0);
    case '=/=': return bool(compare(a, b, true) !== 0);
    case 'and': case 'or': case 'xor': {
      if (!isBool(a) || !isBool(b)) return fail();
      const x = a.name === 'true';
      const y = b.name === 'true';
      return bool(op === 'and' ? x && y : op === 'or' ? x || y : x !== y);
    }
  }
  if (!isNum(a) || !isNum(b)) return fail();
  if (op === '/') {
    const d = Number(b);
    return d === 0 ? fail() : checkFloat(Number(a) / d);
  }
  if (op === '+' || op === '-' || op === '*') {
    if (isInt(a) && isInt(b)) return op === '+' ? a + b : op === '-' ? a - b : a * b;
    const x = Number(a);
    const y = Number(b);
    return checkFloat(op === '+' ? x + y : op === '-' ? x - y : x * y);
  }
  if (!isInt(a) || !isInt(b)) return fail();
  switch (op) {
    case 'div': return b === 0n ? fail() : a / b;
    case 'rem': return b === 0n ? fail() : a % b;
    case 'band': return a & b;
    case 'bor': return a | b;
    case 'bxor': return a ^ b;
    case 'bsl': return b > 100000n ? fail() : b >= 0n ? a << b : a >> -b;
    case 'bsr': return b < -100000n ? fail() : b >= 0n ? a >> b : a << -b;
  }
  return fail();
}

function listItems(t: Term): Term[] | undefined {
  return t instanceof List && t.tail === null ? t.items : undefined;
}

function guardBif(name: string, args: Term[]): Term {
  const [a, b] = args;
  switch (name) {
    case 'is_atom': return bool(a instanceof Atom);
    case 'is_boolean': return bool(isBool(a!));
    case 'is_integer': return bool(isInt(a!));
    case 'is_float': return bool(typeof a === 'number');
    case 'is_number': return bool(isNum(a!));
    case 'is_list': return bool(a instanceof List);
    case 'is_tuple': return bool(a instanceof Tuple);
    case 'is_map': return bool(a instanceof ErlMap);
    case 'is_binary': case 'is_bitstring': return bool(a instanceof Bin);
    case 'is_function': return bool(a instanceof ExtFun && (b === undefined || (isInt(b) && b === a.a)));
    case 'is_pid': case 'is_port': case 'is_reference': return bool(false);
    case 'is_record': {
      if (!(b instanceof Atom)) return fail();
      const ok = a instanceof Tuple && a.items.length > 0 && isAtom(a.items[0]!, b.name);
      return bool(args.length === 3 ? ok && isInt(args[2]!) && BigInt(a.items.length) === args[2] : ok);
    }
    case 'abs': return isInt(a!) ? (a < 0n ? -a : a) : isNum(a!) ? Math.abs(a) : fail();
    case 'float': return isNum(a!) ? checkFloat(Number(a)) : fail();
    case 'trunc': case 'round': case 'floor': case 'ceil': {
      if (isInt(a!)) return a;
      if (typeof a !== 'number') return fail();
      const f = name === 'trunc' ? Math.trunc : name === 'floor' ? Math.floor : name === 'ceil' ? Math.ceil : roundHalfAway;
      return BigInt(f(a));
    }
    case 'hd': { const l = a instanceof List && a.items.length > 0 ? a.items[0]! : fail(); return l; }
    case 'tl': {
      if (!(a instanceof List) || a.items.length === 0) return fail();
      return a.items.length === 1 ? (a.tail ?? NIL) : new List(a.items.slice(1), a.tail);
    }
    case 'length': { const l = listItems(a!); return l ? BigInt(l.length) : fail(); }
    case 'tuple_size': return a instanceof Tuple ? BigInt(a.items.length) : fail();
    case 'size': return a instanceof Tuple ? BigInt(a.items.length) : a instanceof Bin ? BigInt(a.bytes.length) : fail();
    case 'byte_size': return a instanceof Bin ? BigInt(a.bytes.length) : fail();
    case 'bit_size': return a instanceof Bin ? BigInt(a.bytes.length * 8) : fail();
    case 'element': {
      if (!isInt(a!) || !(b instanceof Tuple) || a < 1n || a > BigInt(b.items.length)) return fail();
      return b.items[Number(a) - 1]!;
    }
    case 'map_size': return a instanceof ErlMap ? BigInt(a.entries.length) : fail();
    case 'map_get': case 'is_map_key': {
      if (!(b instanceof ErlMap)) return fail();
      const hit = b.entries.find((x) => compare(x[0], a!, true) === 0);
      if (name === 'is_map_key') return bool(hit !== undefined);
      return hit ? hit[1] : fail();
    }
    case 'node': return atom('nonode@nohost');
  }
  return fail();
}

function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** A binary from evaluated elements (bit syntax on whole bytes: integers, floats,
 * strings, utf8/16/32, binaries). Anything else fails, as a bad term. */
function evalBin(els: { val: Term; size: Term | null; types: string[] }[]): Term {
  const bytes: number[] = [];
  for (const el of els) {
    const little = el.types.includes('little');
    const kind = el.types.find((x) => ['integer', 'float', 'binary', 'bytes', 'utf8', 'utf16', 'utf32'].includes(x)) ?? 'integer';
    const unitSpec = el.types.find((x) => x.startsWith('unit:'));
    const unit = unitSpec ? BigInt(unitSpec.slice(5)) : kind === 'binary' || kind === 'bytes' ? 8n : 1n;
    const chars = el.val instanceof List && el.size === null ? listItems(el.val) : undefined;
    const values: Term[] = chars ?? [el.val];
    for (const v of values) {
      if (kind.startsWith('utf')) {
        if (!isInt(v)) return fail();
        bytes.push(...encodeUtf(Number(v), kind, little));
      } else if (kind === 'binary' || kind === 'bytes') {
        if (!(v instanceof Bin) || el.size !== null) return fail();
        bytes.push(...v.bytes);
      } else if (kind === 'float') {
        const bits = (el.size === null ? 64n : isInt(el.size) ? el.size : fail()) * unit;
        if (!isNum(v) || (bits !== 64n && bits !== 32n)) return fail();
        const dv = new DataView(new ArrayBuffer(8));
        if (bits === 64n) dv.setFloat64(0, Number(v), little);
        else dv.setFloat32(0, Number(v), little);
        for (let k = 0; k < Number(bits) / 8; k++) bytes.push(dv.getUint8(k));
      } else {
        const bits = (el.size === null ? 8n : isInt(el.size) ? el.size : fail()) * unit;
        if (!isInt(v) || bits % 8n !== 0n || bits < 0n) return fail();
        const chunk: number[] = [];
        for (let k = bits - 8n; k >= 0n; k -= 8n) chunk.push(Number((v >> k) & 255n));
        bytes.push(...(little ? chunk.reverse() : chunk));
      }
    }
  }
  return new Bin(bytes);
}

function encodeUtf(c: number, kind: string, little: boolean): number[] {
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return fail();
  const order = (b: number[]) => (little ? b.reverse() : b);
  if (kind === 'utf8') return Array.from(new TextEncoder().encode(String.fromCodePoint(c)));
  if (kind === 'utf32') return order([(c >> 24) & 255, (c >> 16) & 255, (c >> 8) & 255, c & 255]);
  const units = c > 0xffff ? [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)] : [c];
  return units.flatMap((u) => order([u >> 8, u & 255]));
}

// ------------------------------------------------------------------ parse_term

/** erl_parse:parse_term on the tokens after `error`/`warning`: the term, or undefined
 * when they do not make one. */
export function parseTerm(toks: readonly Token[]): Term | undefined {
  let es: Expr[];
  try {
    es = new Parser(toks).exprsToDot();
  } catch (e) {
    if (e instanceof ParseError) return undefined;
    throw e;
  }
  if (es.length !== 1) return undefined;
  try {
    return normalise(es[0]!);
  } catch (e) {
    if (e instanceof EvalFail) return undefined;
    throw e;
  }
}

function normalise(e: Expr): Term {
  switch (e.k) {
    case 'lit': return e.v;
    case 'nil': return NIL;
    case 'cons': {
      const t = normalise(e.t);
      const h = normalise(e.h);
      return t instanceof List ? new List([h, ...t.items], t.tail) : new List([h], t);
    }
    case 'tuple': return new Tuple(e.els.map(normalise));
    case 'map':
      if (e.base !== null || e.fields.some((f) => f.exact)) return fail();
      return evaluate({ ...e, fields: e.fields.map((f) => ({ ...f, key: litExpr(normalise(f.key), f.key.tok), val: litExpr(normalise(f.val), f.val.tok) })) });
    case 'bin': return evalBin(e.els.map((b) => ({ val: normalise(b.val), size: b.size && normalise(b.size), types: b.types })));
    case 'unop': {
      const a = e.a;
      if ((e.op === '-' || e.op === '+') && a.k === 'lit' && (a.kind === 'int' || a.kind === 'float' || a.kind === 'char')) {
        return e.op === '+' ? a.v : applyOp('-', [a.v]);
      }
      return fail();
    }
    case 'funref': {
      if (e.m && e.m.k === 'lit' && e.m.v instanceof Atom && e.f.k === 'lit' && e.f.v instanceof Atom && e.a.k === 'lit' && e.a.kind === 'int') {
        return new ExtFun(e.m.v.name, e.f.v.name, e.a.v as bigint);
      }
      return fail();
    }
    default: return fail();
  }
}

function litExpr(v: Term, tok: Token): Expr {
  return { k: 'lit', v, tok, kind: 'atom' };
}

export { TRUE };
