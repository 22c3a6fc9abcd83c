// AST -> Erlang source text that reads back (lex + parseForm) to an equal AST, ignoring
// positions.
//
// Parentheses are added only where the grammar needs them, from the precedence table
// the parser uses (parse/parser-grammar.ts):
//
//   level  expressions                              types
//   0      catch E
//   100    P = E, A ! B (right)
//   150    orelse (right)                           V :: T, T | T (top types)
//   160    andalso (right)
//   200    comparisons (nonassociative)             L..H (nonassociative)
//   300    ++ -- (right)
//   400    + - bor bxor bsl bsr or xor (left)       same
//   500    * / div rem band and (left)              same
//   600    prefix + - bnot not                      same
//   800    calls, M:F, E#r.f, E#{...} (postfix)
//   1000   primaries (expr_max)                     primaries
//
// An operand printed in a context that needs a higher level is parenthesised. Some
// places in the grammar want an expr_max (binary segments and sizes, the template of a
// binary comprehension, the parts of `M:F`, the base of a record or map chain, a
// callee). Layout: one clause per line, bodies indented, short expressions on one line.
import type {
  Expr, Clause, Form, Module, TypeExpr, FunType, MapField, BinElement, Qualifier, Attribute,
  RecordFieldDef, TypeMapField, FA,
} from './ast.js';
import { atomNeedsQuotes, quotedAtom, writeString, writeChar, formatFloat } from './term.js';

const IND = '    ';

/** `maybe` and `else` are keywords where the maybe_expr feature is on: always quote them. */
const FEATURE_WORDS: ReadonlySet<string> = new Set(['maybe', 'else']);

function atomText(name: string): string {
  return atomNeedsQuotes(name, FEATURE_WORDS) ? quotedAtom(name) : name;
}

// ============================================================== modules

export function printModule(m: Module): string {
  return m.forms.map(printForm).filter((s) => s !== '').join('\n');
}

export function printForm(f: Form): string {
  switch (f.kind) {
    case 'function':
      return f.clauses.map((c) => atomText(f.name) + clauseText(c, '')).join(';\n') + '.\n';
    case 'error_form':
      return `%% form not parsed: ${f.diagnostic?.message ?? 'error'}\n`;
    case 'eof':
      return '';
    default:
      return attributeText(f) + '.\n';
  }
}

function faText(fa: FA): string {
  return `${atomText(fa.name)}/${fa.arity}`;
}

function attributeText(a: Attribute): string {
  switch (a.kind) {
    case 'attr_module':
      return a.params === undefined ? `-module(${atomText(a.name)})` : `-module(${atomText(a.name)}, [${a.params.map((v) => v.name).join(', ')}])`;
    case 'attr_export':
      return `-export([${a.functions.map(faText).join(', ')}])`;
    case 'attr_import':
      return `-import(${atomText(a.module)}, [${a.functions.map(faText).join(', ')}])`;
    case 'attr_export_type':
      return `-export_type([${a.types.map(faText).join(', ')}])`;
    case 'attr_optional_callbacks':
      return `-optional_callbacks([${a.functions.map(faText).join(', ')}])`;
    case 'attr_compile':
      return `-compile(${expr(a.options, 0, '')})`;
    case 'attr_file':
      return `-file(${writeString(a.file)}, ${a.line})`;
    case 'attr_record':
      return `-record(${atomText(a.name)}, {${a.fields.map(recordFieldDefText).join(', ')}})`;
    case 'attr_type': {
      const head = `${atomText(a.name)}(${a.params.map((v) => v.name).join(', ')})`;
      return `-${a.opaque ? 'opaque' : 'type'} ${head} :: ${type(a.type, 0)}`;
    }
    case 'attr_spec': {
      const name = (a.module === undefined ? '' : atomText(a.module) + ':') + atomText(a.name);
      const sigs = a.types.map((t, i) => (i === 0 ? name : '') + funTypeText(t)).join(';\n    ');
      return `-${a.callback ? 'callback' : 'spec'} ${sigs}`;
    }
    case 'attr_behaviour':
      return `-${a.spelling}(${atomText(a.name)})`;
    case 'attr_on_load':
      return `-on_load(${faText(a.function)})`;
    case 'attr_wild':
      return `-${atomText(a.name)}(${expr(a.value, 0, '')})`;
  }
}

function recordFieldDefText(f: RecordFieldDef): string {
  let s = atomText(f.name);
  // The default is the right side of `Name = Default` (level 100, right associative).
  if (f.default !== undefined) s += ' = ' + expr(f.default, 100, '');
  if (f.type !== undefined) s += ' :: ' + type(f.type, 0);
  return s;
}

// ============================================================== clauses

/** `(Patterns) when Guards -> Body` with the body on the following lines. */
function clauseText(c: Clause, ind: string): string {
  return `(${c.patterns.map((p) => expr(p, 0, ind)).join(', ')})${guardText(c.guards, ind)} ->${bodyText(c.body, ind + IND)}`;
}

function guardText(gs: Expr[][], ind: string): string {
  return gs.length === 0 ? '' : ' when ' + guardTests(gs, ind);
}

function guardTests(gs: Expr[][], ind: string): string {
  return gs.map((g) => g.map((t) => expr(t, 0, ind)).join(', ')).join('; ');
}

function bodyText(body: Expr[], ind: string): string {
  return body.map((e) => '\n' + ind + expr(e, 0, ind)).join(',');
}

/** The clauses of case, receive, the `of` part of try, and maybe's `else`. */
function crClausesText(cs: Clause[], ind: string): string {
  return cs.map((c) => '\n' + ind + expr(c.patterns[0]!, 0, ind) + guardText(c.guards, ind) + ' ->' + bodyText(c.body, ind + IND)).join(';');
}

/** A catch clause: erl_parse's pattern is `{Class, Reason, Stack}`. */
function catchClauseText(c: Clause, ind: string): string {
  const p = c.patterns[0]!;
  let head: string;
  if (p.kind === 'tuple' && p.elements.length === 3 && (p.elements[0]!.kind === 'atom' || p.elements[0]!.kind === 'var')) {
    const [cls, reason, stack] = p.elements as [Expr, Expr, Expr];
    const defaultStack = stack.kind === 'var' && stack.name === '_';
    const r = expr(reason, 0, ind);
    if (defaultStack && cls.kind === 'atom' && cls.value === 'throw') head = r;
    else head = expr(cls, 1000, ind) + ':' + r + (defaultStack ? '' : ':' + expr(stack, 1000, ind));
  } else head = expr(p, 0, ind);
  return '\n' + ind + head + guardText(c.guards, ind) + ' ->' + bodyText(c.body, ind + IND);
}

// ========================================================== expressions

interface OpLevel {
  prec: number;
  left: number;
  right: number;
}

function binLevel(prec: number, assoc: 'left' | 'right' | 'nonassoc'): OpLevel {
  return {
    prec,
    left: assoc === 'left' ? prec : prec + 1,
    right: assoc === 'right' ? prec : prec + 1,
  };
}

const EXPR_OPS: Record<string, OpLevel> = {};
for (const [prec, assoc, ops] of [
  [100, 'right', ['!']],
  [150, 'right', ['orelse']],
  [160, 'right', ['andalso']],
  [200, 'nonassoc', ['==', '/=', '=<', '<', '>=', '>', '=:=', '=/=']],
  [300, 'right', ['++', '--']],
  [400, 'left', ['+', '-', 'bor', 'bxor', 'bsl', 'bsr', 'or', 'xor']],
  [500, 'left', ['/', '*', 'div', 'rem', 'band', 'and']],
] as const) {
  for (const op of ops) EXPR_OPS[op] = binLevel(prec, assoc);
}
const MATCH = binLevel(100, 'right');
const PREFIX = 600;
const POSTFIX = 800;
const MAX = 1000;

/** The level at which `e` prints without parentheses. */
function levelOf(e: Expr): number {
  switch (e.kind) {
    case 'catch':
      return 0;
    case 'match':
      return 100;
    case 'op':
      return EXPR_OPS[e.op]?.prec ?? 0;
    case 'unop':
      return PREFIX;
    case 'call':
    case 'remote':
    case 'record':
    case 'record_field_access':
    case 'record_index':
    case 'map':
      return POSTFIX;
    case 'maybe_match':
      return 0;
    default:
      return MAX;
  }
}

function paren(s: string, need: number, have: number): string {
  return have < need ? `(${s})` : s;
}

/** Print `e` where the grammar needs level `need`. */
function expr(e: Expr, need: number, ind: string): string {
  return paren(exprText(e, ind), need, levelOf(e));
}

/** An expr_max, or a chain of the same kind of `#` expressions. */
function chainBase(e: Expr, kind: 'map' | 'record', ind: string): string {
  const ok =
    levelOf(e) === MAX ||
    (kind === 'map' && e.kind === 'map') ||
    (kind === 'record' && (e.kind === 'record' || e.kind === 'record_field_access' || e.kind === 'record_index'));
  const s = exprText(e, ind);
  return ok ? s : `(${s})`;
}

function args(es: Expr[], ind: string): string {
  return '(' + es.map((x) => expr(x, 0, ind)).join(', ') + ')';
}

function exprText(e: Expr, ind: string): string {
  switch (e.kind) {
    case 'integer':
      return e.value.toString();
    case 'float':
      return formatFloat(e.value);
    case 'char':
      return writeChar(e.value);
    case 'string':
      return writeString(e.value);
    case 'atom':
      return atomText(e.value);
    case 'var':
      return e.name;
    case 'nil':
      return '[]';
    case 'cons':
      return consText(e, ind);
    case 'tuple':
      return '{' + e.elements.map((x) => expr(x, 0, ind)).join(', ') + '}';
    case 'map':
      return (e.base === undefined ? '' : chainBase(e.base, 'map', ind)) + '#{' + e.fields.map((f) => mapFieldText(f, ind)).join(', ') + '}';
    case 'record': {
      const fields = e.fields.map((f) => `${f.name.kind === 'var' ? f.name.name : atomText(f.name.value)} = ${expr(f.value, 0, ind)}`);
      return (e.base === undefined ? '' : chainBase(e.base, 'record', ind)) + `#${atomText(e.name)}{${fields.join(', ')}}`;
    }
    case 'record_field_access':
      return `${chainBase(e.expr, 'record', ind)}#${atomText(e.name)}.${atomText(e.field.value)}`;
    case 'record_index':
      return `#${atomText(e.name)}.${atomText(e.field.value)}`;
    case 'bin':
      return binText(e.elements, ind);
    case 'op': {
      const l = EXPR_OPS[e.op]!;
      return `${expr(e.left, l.left, ind)} ${opText(e.op)} ${expr(e.right, l.right, ind)}`;
    }
    case 'unop':
      return prefixText(e.op, expr(e.operand, PREFIX, ind));
    case 'match':
      return `${expr(e.pattern, MATCH.left, ind)} = ${expr(e.expr, MATCH.right, ind)}`;
    case 'maybe_match':
      return `${expr(e.pattern, 0, ind)} ?= ${expr(e.expr, 0, ind)}`;
    case 'remote':
      return `${expr(e.module, MAX, ind)}:${expr(e.name, MAX, ind)}`;
    case 'call': {
      const callee = e.callee.kind === 'remote' ? exprText(e.callee, ind) : expr(e.callee, MAX, ind);
      return callee + args(e.args, ind);
    }
    case 'block':
      return 'begin' + bodyText(e.body, ind + IND) + '\n' + ind + 'end';
    case 'if':
      return 'if' + e.clauses.map((c) => '\n' + ind + IND + guardTests(c.guards, ind) + ' ->' + bodyText(c.body, ind + IND + IND)).join(';') + '\n' + ind + 'end';
    case 'case':
      return `case ${expr(e.expr, 0, ind)} of` + crClausesText(e.clauses, ind + IND) + '\n' + ind + 'end';
    case 'receive': {
      let s = 'receive' + crClausesText(e.clauses, ind + IND);
      if (e.after !== undefined) s += '\n' + ind + 'after ' + expr(e.after.timeout, 0, ind) + ' ->' + bodyText(e.after.body, ind + IND + IND);
      return s + '\n' + ind + 'end';
    }
    case 'try': {
      let s = 'try' + bodyText(e.body, ind + IND);
      if (e.clauses.length > 0) s += '\n' + ind + 'of' + crClausesText(e.clauses, ind + IND);
      if (e.catchClauses.length > 0) s += '\n' + ind + 'catch' + e.catchClauses.map((c) => catchClauseText(c, ind + IND)).join(';');
      if (e.after.length > 0) s += '\n' + ind + 'after' + bodyText(e.after, ind + IND);
      return s + '\n' + ind + 'end';
    }
    case 'catch':
      return 'catch ' + expr(e.expr, 0, ind);
    case 'maybe': {
      let s = 'maybe' + bodyText(e.body, ind + IND);
      if (e.elseClauses !== undefined) s += '\n' + ind + 'else' + crClausesText(e.elseClauses, ind + IND);
      return s + '\n' + ind + 'end';
    }
    case 'fun_ref':
      return `fun ${atomText(e.name)}/${e.arity}`;
    case 'fun_remote':
      return `fun ${exprText(e.module, ind)}:${exprText(e.name, ind)}/${exprText(e.arity, ind)}`;
    case 'fun': {
      const name = e.name ?? '';
      return 'fun' + e.clauses.map((c, i) => (i === 0 ? ' ' : '\n' + ind + IND) + name + clauseText(c, ind + IND)).join(';') + '\n' + ind + 'end';
    }
    case 'lc':
      return `[${expr(e.template, 0, ind)} || ${qualifiersText(e.qualifiers, ind)}]`;
    case 'bc':
    {
      const t = expr(e.template, MAX, ind);
      return `<<${t.startsWith('<') ? ' ' : ''}${t} || ${qualifiersText(e.qualifiers, ind)}>>`;
    }
    case 'mc':
      return `#{${mapFieldText(e.template, ind)} || ${qualifiersText(e.qualifiers, ind)}}`;
  }
}

/** Keep `<<` and `>>` from gluing to what they enclose (`<< <<X>> >>`). */
function spaced(s: string): string {
  return (s.startsWith('<') ? ' ' : '') + s + (s.endsWith('>') ? ' ' : '');
}

function opText(op: string): string {
  return op;
}

function prefixText(op: string, operand: string): string {
  if (op === 'not' || op === 'bnot') return `${op} ${operand}`;
  // `- -X` must not become `--X`.
  return operand.startsWith('-') || operand.startsWith('+') ? `${op} ${operand}` : op + operand;
}

function consText(e: Expr & { kind: 'cons' }, ind: string): string {
  const items: string[] = [];
  let c: Expr = e;
  while (c.kind === 'cons') {
    items.push(expr(c.head, 0, ind));
    c = c.tail;
  }
  const tail = c.kind === 'nil' ? '' : ' | ' + expr(c, 0, ind);
  return '[' + items.join(', ') + tail + ']';
}

function mapFieldText(f: MapField, ind: string): string {
  return `${expr(f.key, 0, ind)} ${f.kind === 'map_field_assoc' ? '=>' : ':='} ${expr(f.value, 0, ind)}`;
}

function binText(els: BinElement[], ind: string): string {
  if (els.length === 0) return '<<>>';
  return '<<' + spaced(els.map((b) => binElementText(b, ind)).join(', ')) + '>>';
}

function binElementText(b: BinElement, ind: string): string {
  // bit_expr -> prefix_op expr_max | expr_max
  let s =
    b.value.kind === 'unop' && levelOf(b.value.operand) === MAX
      ? prefixText(b.value.op, exprText(b.value.operand, ind))
      : expr(b.value, MAX, ind);
  if (b.size !== 'default') s += ':' + expr(b.size, MAX, ind);
  if (b.types !== 'default') s += '/' + b.types.map((t) => (t.value === undefined ? atomText(t.name) : `${atomText(t.name)}:${t.value}`)).join('-');
  return s;
}

function qualifiersText(qs: Qualifier[], ind: string): string {
  return qs.map((q) => qualifierText(q, ind)).join(', ');
}

function qualifierText(q: Qualifier, ind: string): string {
  switch (q.kind) {
    case 'generate':
      return `${expr(q.pattern, 0, ind)} <- ${expr(q.expr, 0, ind)}`;
    case 'b_generate':
      return `${exprText(q.pattern, ind)} <= ${expr(q.expr, 0, ind)}`;
    case 'm_generate':
      return `${expr(q.pattern.key, 0, ind)} := ${expr(q.pattern.value, 0, ind)} <- ${expr(q.expr, 0, ind)}`;
    default:
      return expr(q, 0, ind);
  }
}

// ================================================================ types

const TYPE_OPS: Record<string, OpLevel> = {};
for (const op of ['+', '-', 'bor', 'bxor', 'bsl', 'bsr', 'or', 'xor']) TYPE_OPS[op] = binLevel(400, 'left');
for (const op of ['/', '*', 'div', 'rem', 'band', 'and']) TYPE_OPS[op] = binLevel(500, 'left');
const RANGE = binLevel(200, 'nonassoc');
/** Level of a `type` (an operand of the type operators); below it are top types. */
const TYPE = 170;

function typeLevel(t: TypeExpr): number {
  switch (t.kind) {
    case 'ann_type':
    case 'type_union':
      return 150;
    case 'type_range':
      return 200;
    case 'type_op':
      return TYPE_OPS[t.op]?.prec ?? 0;
    case 'type_unop':
      return PREFIX;
    default:
      return MAX;
  }
}

function type(t: TypeExpr, need: number): string {
  return paren(typeText(t), need, typeLevel(t));
}

function typeList(ts: TypeExpr[]): string {
  return ts.map((t) => type(t, 0)).join(', ');
}

function typeText(t: TypeExpr): string {
  switch (t.kind) {
    case 'var':
      return t.name;
    case 'atom':
      return atomText(t.value);
    case 'integer':
      return t.value.toString();
    case 'char':
      return writeChar(t.value);
    case 'ann_type':
      return `${t.var.name} :: ${type(t.type, 0)}`;
    case 'type_union':
      // Members that are unions or annotated types need parentheses.
      return t.types.map((m) => type(m, TYPE)).join(' | ');
    case 'type_range':
      return `${type(t.low, RANGE.left)}..${type(t.high, RANGE.right)}`;
    case 'type_op': {
      const l = TYPE_OPS[t.op]!;
      return `${type(t.left, l.left)} ${t.op} ${type(t.right, l.right)}`;
    }
    case 'type_unop':
      return prefixText(t.op, type(t.operand, PREFIX));
    case 'type_call':
      return `${atomText(t.name)}(${typeList(t.args)})`;
    case 'type_remote':
      return `${atomText(t.module)}:${atomText(t.name)}(${typeList(t.args)})`;
    case 'type_fun':
      if (t.sig === undefined) return 'fun()';
      return `fun((${t.sig.params === 'any' ? '...' : typeList(t.sig.params)}) -> ${type(t.sig.result, 0)})`;
    case 'type_tuple':
      return `{${typeList(t.elements)}}`;
    case 'type_list':
      if (t.element === undefined) return '[]';
      return `[${type(t.element, 0)}${t.nonempty ? ', ...' : ''}]`;
    case 'type_map':
      return `#{${t.fields.map(typeMapFieldText).join(', ')}}`;
    case 'type_record':
      return `#${atomText(t.name)}{${t.fields.map((f) => `${atomText(f.name)} :: ${type(f.type, 0)}`).join(', ')}}`;
    case 'type_bin':
      return binTypeText(t.m, t.n);
  }
}

function typeMapFieldText(f: TypeMapField): string {
  return `${type(f.key, 0)} ${f.kind === 'type_map_field_assoc' ? '=>' : ':='} ${type(f.value, 0)}`;
}

function binTypeText(m: TypeExpr | undefined, n: TypeExpr | undefined): string {
  const parts: string[] = [];
  if (m !== undefined) {
    // `_:V * 8` would read as the unit form `_:_*8`: a size starting with a variable
    // that is not just the variable goes in parentheses.
    let s = type(m, TYPE);
    if (m.kind !== 'var' && /^[A-Z_]/.test(s)) s = `(${s})`;
    parts.push('_:' + s);
  }
  if (n !== undefined) parts.push('_:_*' + type(n, TYPE));
  return '<<' + parts.join(', ') + '>>';
}

function funTypeText(f: FunType): string {
  let s = `(${typeList(f.params)}) -> ${type(f.result, 0)}`;
  if (f.constraints.length > 0) s += ' when ' + f.constraints.map((c) => `${c.var.name} :: ${type(c.type, 0)}`).join(', ');
  return s;
}

/** One expression on its own (the shell's h() lays out the constructs that span lines
 * itself, runtime/shell/erl-pp.ts); `need` is the precedence level its place needs. */
export function printExpr(e: Expr, need = 0): string {
  return expr(e, need, '');
}
