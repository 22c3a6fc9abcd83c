// Our AST as the text `io_lib:format("~w", [Form])` gives for erl_parse's abstract form
// of the same code, with `{Line,Column}` annotations. Parser conformance is checked
// term for term against OTP with it (test/parser/**).
//
// Each node is written as the tuple erl_parse builds (the layouts are listed in the
// "Abstract Format" chapter of the ERTS user's guide and in erl_parse.yrl); the order of
// the children is the one ast/anno.ts walks. Details that only show here:
//   * strings are lists of code points, variable names are atoms (`'X'`);
//   * `T()` in a type is `{type,...}` for the built-in types of erl_internal:is_type/2
//     and `{user_type,...}` otherwise; `tuple()` and `map()` have the argument list `any`;
//   * the default sizes of `<<>>` in a type are `{integer,Line,0}` (a bare line);
//   * attribute values are terms (attr-term.ts), written as ~w writes terms.
// Error forms are written with their message as one flat string (erl_parse's messages
// can be deep lists, which we do not reproduce).
import type {
  Loc, Expr, Clause, Form, Module, TypeExpr, FunType, TypeConstraint, MapField, BinElement, Qualifier,
  TypeMapField, RecordFieldDef, Attribute,
} from './ast.js';
import { writeAtomW, formatFloat, writeTermW, stringT, type ErlTerm } from './term.js';
import { normaliseAttrValue } from './attr-term.js';

export function moduleToErlText(m: Module): string[] {
  return m.forms.map(formToErlText);
}

/** An erl_anno as ~w writes it: `{Line,Col}`, or `Line` where epp gave no column, or
 * a list when the anno carries more than a location. */
function anno(l: Loc): string {
  const at = l.col === 0 ? `${l.line}` : `{${l.line},${l.col}}`;
  if (l.text !== undefined) return `[{text,${str(l.text)}},{location,${at}}]`;
  if (l.generated === true) return `[{generated,true},{location,${at}}]`;
  return at;
}

const atom = writeAtomW;

function list<X>(xs: readonly X[], f: (x: X) => string): string {
  return '[' + xs.map(f).join(',') + ']';
}

function str(s: string): string {
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  return '[' + cps.join(',') + ']';
}

export function formToErlText(f: Form): string {
  switch (f.kind) {
    case 'function':
      return `{function,${anno(f.loc)},${atom(f.name)},${f.arity},${list(f.clauses, clauseText)}}`;
    case 'error_form': {
      const d = f.diagnostic;
      const msg = d === undefined ? '[]' : str(d.message);
      const mod = d === undefined ? 'erl_parse' : d.origin;
      return `{error,{${anno(f.loc)},${mod},${msg}}}`;
    }
    case 'eof':
      return `{eof,${anno(f.loc)}}`;
    default:
      return attributeText(f);
  }
}

function attr(a: Attribute, name: string, value: string): string {
  return `{attribute,${anno(a.loc)},${atom(name)},${value}}`;
}

function faList(fas: readonly { name: string; arity: number }[]): string {
  return list(fas, (x) => `{${atom(x.name)},${x.arity}}`);
}

function termOf(e: Expr): string {
  const t: ErlTerm | undefined = normaliseAttrValue(e);
  return t === undefined ? exprText(e) : writeTermW(t);
}

function attributeText(a: Attribute): string {
  switch (a.kind) {
    case 'attr_module':
      return attr(a, 'module', a.params === undefined ? atom(a.name) : `{${atom(a.name)},${list(a.params, (v) => atom(v.name))}}`);
    case 'attr_export':
      return attr(a, 'export', faList(a.functions));
    case 'attr_import':
      return attr(a, 'import', `{${atom(a.module)},${faList(a.functions)}}`);
    case 'attr_export_type':
      return attr(a, 'export_type', faList(a.types));
    case 'attr_optional_callbacks':
      return attr(a, 'optional_callbacks', faList(a.functions));
    case 'attr_compile':
      return attr(a, 'compile', termOf(a.options));
    case 'attr_file':
      return attr(a, 'file', `{${writeTermW(stringT(a.file))},${a.line}}`);
    case 'attr_record':
      return attr(a, 'record', `{${atom(a.name)},${list(a.fields, recordFieldDefText)}}`);
    case 'attr_type':
      return attr(a, a.opaque ? 'opaque' : 'type', `{${atom(a.name)},${typeText(a.type)},${list(a.params, exprText)}}`);
    case 'attr_spec': {
      const fa = a.module === undefined ? `{${atom(a.name)},${a.arity}}` : `{${atom(a.module)},${atom(a.name)},${a.arity}}`;
      return attr(a, a.callback ? 'callback' : 'spec', `{${fa},${list(a.types, funTypeText)}}`);
    }
    case 'attr_behaviour':
      return attr(a, a.spelling, atom(a.name));
    case 'attr_on_load':
      return attr(a, 'on_load', `{${atom(a.function.name)},${a.function.arity}}`);
    case 'attr_wild':
      return attr(a, a.name, termOf(a.value));
  }
}

function recordFieldDefText(f: RecordFieldDef): string {
  const a = anno(f.loc);
  const field =
    f.default === undefined
      ? `{record_field,${a},{atom,${a},${atom(f.name)}}}`
      : `{record_field,${a},{atom,${a},${atom(f.name)}},${exprText(f.default)}}`;
  return f.type === undefined ? field : `{typed_record_field,${field},${typeText(f.type)}}`;
}

function clauseText(c: Clause): string {
  return `{clause,${anno(c.loc)},${list(c.patterns, exprText)},${list(c.guards, (g) => list(g, exprText))},${list(c.body, exprText)}}`;
}

function mapFieldText(f: MapField): string {
  return `{${f.kind},${anno(f.loc)},${exprText(f.key)},${exprText(f.value)}}`;
}

function binElementText(b: BinElement): string {
  const size = b.size === 'default' ? 'default' : exprText(b.size);
  const types =
    b.types === 'default' ? 'default' : list(b.types, (t) => (t.value === undefined ? atom(t.name) : `{${atom(t.name)},${t.value}}`));
  return `{bin_element,${anno(b.loc)},${exprText(b.value)},${size},${types}}`;
}

function qualifierText(q: Qualifier): string {
  switch (q.kind) {
    case 'generate':
    case 'b_generate':
      return `{${q.kind},${anno(q.loc)},${exprText(q.pattern)},${exprText(q.expr)}}`;
    case 'm_generate':
      return `{m_generate,${anno(q.loc)},${mapFieldText(q.pattern)},${exprText(q.expr)}}`;
    default:
      return exprText(q);
  }
}

export function exprText(e: Expr): string {
  const a = anno(e.loc);
  switch (e.kind) {
    case 'integer':
      return `{integer,${a},${e.value}}`;
    case 'float':
      return `{float,${a},${formatFloat(e.value)}}`;
    case 'char':
      return `{char,${a},${e.value}}`;
    case 'string':
      return `{string,${a},${str(e.value)}}`;
    case 'atom':
      return `{atom,${a},${atom(e.value)}}`;
    case 'var':
      return `{var,${a},${atom(e.name)}}`;
    case 'nil':
      return `{nil,${a}}`;
    case 'cons':
      return `{cons,${a},${exprText(e.head)},${exprText(e.tail)}}`;
    case 'tuple':
      return `{tuple,${a},${list(e.elements, exprText)}}`;
    case 'map':
      return e.base === undefined
        ? `{map,${a},${list(e.fields, mapFieldText)}}`
        : `{map,${a},${exprText(e.base)},${list(e.fields, mapFieldText)}}`;
    case 'record': {
      const fs = list(e.fields, (f) => `{record_field,${anno(f.loc)},${exprText(f.name)},${exprText(f.value)}}`);
      return e.base === undefined ? `{record,${a},${atom(e.name)},${fs}}` : `{record,${a},${exprText(e.base)},${atom(e.name)},${fs}}`;
    }
    case 'record_field_access':
      return `{record_field,${a},${exprText(e.expr)},${atom(e.name)},${exprText(e.field)}}`;
    case 'record_index':
      return `{record_index,${a},${atom(e.name)},${exprText(e.field)}}`;
    case 'bin':
      return `{bin,${a},${list(e.elements, binElementText)}}`;
    case 'op':
      return `{op,${a},${atom(e.op)},${exprText(e.left)},${exprText(e.right)}}`;
    case 'unop':
      return `{op,${a},${atom(e.op)},${exprText(e.operand)}}`;
    case 'match':
    case 'maybe_match':
      return `{${e.kind},${a},${exprText(e.pattern)},${exprText(e.expr)}}`;
    case 'remote':
      return `{remote,${a},${exprText(e.module)},${exprText(e.name)}}`;
    case 'call':
      return `{call,${a},${exprText(e.callee)},${list(e.args, exprText)}}`;
    case 'block':
      return `{block,${a},${list(e.body, exprText)}}`;
    case 'if':
      return `{'if',${a},${list(e.clauses, clauseText)}}`;
    case 'case':
      return `{'case',${a},${exprText(e.expr)},${list(e.clauses, clauseText)}}`;
    case 'receive':
      return e.after === undefined
        ? `{'receive',${a},${list(e.clauses, clauseText)}}`
        : `{'receive',${a},${list(e.clauses, clauseText)},${exprText(e.after.timeout)},${list(e.after.body, exprText)}}`;
    case 'try':
      return `{'try',${a},${list(e.body, exprText)},${list(e.clauses, clauseText)},${list(e.catchClauses, clauseText)},${list(e.after, exprText)}}`;
    case 'catch':
      return `{'catch',${a},${exprText(e.expr)}}`;
    case 'maybe':
      return e.elseClauses === undefined
        ? `{maybe,${a},${list(e.body, exprText)}}`
        : `{maybe,${a},${list(e.body, exprText)},{else,${anno(e.elseLoc ?? e.loc)},${list(e.elseClauses, clauseText)}}}`;
    case 'fun_ref':
      return `{'fun',${a},{function,${atom(e.name)},${e.arity}}}`;
    case 'fun_remote':
      return `{'fun',${a},{function,${exprText(e.module)},${exprText(e.name)},${exprText(e.arity)}}}`;
    case 'fun':
      return e.name === undefined
        ? `{'fun',${a},{clauses,${list(e.clauses, clauseText)}}}`
        : `{named_fun,${a},${atom(e.name)},${list(e.clauses, clauseText)}}`;
    case 'lc':
    case 'bc':
      return `{${e.kind},${a},${exprText(e.template)},${list(e.qualifiers, qualifierText)}}`;
    case 'mc':
      return `{mc,${a},${mapFieldText(e.template)},${list(e.qualifiers, qualifierText)}}`;
  }
}

// -------------------------------------------------------------------- types

/** erl_internal:is_type/2 of OTP 25. */
const BUILTIN_TYPES = new Set([
  'any/0', 'arity/0', 'atom/0', 'binary/0', 'bitstring/0', 'bool/0', 'boolean/0', 'byte/0', 'char/0',
  'float/0', 'function/0', 'identifier/0', 'integer/0', 'iodata/0', 'iolist/0', 'list/0', 'list/1',
  'map/0', 'maybe_improper_list/0', 'maybe_improper_list/2', 'mfa/0', 'module/0', 'neg_integer/0',
  'nil/0', 'no_return/0', 'node/0', 'non_neg_integer/0', 'none/0', 'nonempty_binary/0',
  'nonempty_bitstring/0', 'nonempty_improper_list/2', 'nonempty_list/0', 'nonempty_list/1',
  'nonempty_maybe_improper_list/0', 'nonempty_maybe_improper_list/2', 'nonempty_string/0', 'number/0',
  'pid/0', 'port/0', 'pos_integer/0', 'reference/0', 'string/0', 'term/0', 'timeout/0', 'tuple/0',
]);

export function isBuiltinType(name: string, arity: number): boolean {
  return BUILTIN_TYPES.has(`${name}/${arity}`);
}

function typeMapFieldText(f: TypeMapField): string {
  const tag = f.kind === 'type_map_field_assoc' ? 'map_field_assoc' : 'map_field_exact';
  return `{type,${anno(f.loc)},${tag},[${typeText(f.key)},${typeText(f.value)}]}`;
}

export function typeText(t: TypeExpr): string {
  const a = anno(t.loc);
  switch (t.kind) {
    case 'var':
    case 'atom':
    case 'integer':
    case 'char':
      return exprText(t);
    case 'ann_type':
      return `{ann_type,${a},[${exprText(t.var)},${typeText(t.type)}]}`;
    case 'type_union':
      return `{type,${a},union,${list(t.types, typeText)}}`;
    case 'type_range':
      return `{type,${a},range,[${typeText(t.low)},${typeText(t.high)}]}`;
    case 'type_op':
      return `{op,${a},${atom(t.op)},${typeText(t.left)},${typeText(t.right)}}`;
    case 'type_unop':
      return `{op,${a},${atom(t.op)},${typeText(t.operand)}}`;
    case 'type_call':
      if ((t.name === 'tuple' || t.name === 'map') && t.args.length === 0) return `{type,${a},${t.name},any}`;
      return `{${isBuiltinType(t.name, t.args.length) ? 'type' : 'user_type'},${a},${atom(t.name)},${list(t.args, typeText)}}`;
    case 'type_remote':
      return `{remote_type,${a},[{atom,${a},${atom(t.module)}},{atom,${anno(t.nameLoc ?? t.loc)},${atom(t.name)}},${list(t.args, typeText)}]}`;
    case 'type_fun':
      if (t.sig === undefined) return `{type,${a},'fun',[]}`;
      return `{type,${a},'fun',[${productText(a, t.sig.params)},${typeText(t.sig.result)}]}`;
    case 'type_tuple':
      return `{type,${a},tuple,${list(t.elements, typeText)}}`;
    case 'type_list':
      if (t.element === undefined) return `{type,${a},nil,[]}`;
      return `{type,${a},${t.nonempty ? 'nonempty_list' : 'list'},[${typeText(t.element)}]}`;
    case 'type_map':
      return `{type,${a},map,${list(t.fields, typeMapFieldText)}}`;
    case 'type_record': {
      const fields = t.fields.map((f) => `{type,${anno(f.loc)},field_type,[{atom,${anno(f.loc)},${atom(f.name)}},${typeText(f.type)}]}`);
      return `{type,${a},record,[{atom,${anno(t.nameLoc ?? t.loc)},${atom(t.name)}}${fields.map((x) => ',' + x).join('')}]}`;
    }
    case 'type_bin': {
      const dflt = `{integer,${t.loc.line},0}`;
      return `{type,${a},binary,[${t.m === undefined ? dflt : typeText(t.m)},${t.n === undefined ? dflt : typeText(t.n)}]}`;
    }
  }
}

function productText(a: string, params: TypeExpr[] | 'any'): string {
  return params === 'any' ? `{type,${a},any}` : `{type,${a},product,${list(params, typeText)}}`;
}

export function funTypeText(f: FunType): string {
  const a = anno(f.loc);
  const fun = `{type,${a},'fun',[${productText(a, f.params)},${typeText(f.result)}]}`;
  if (f.constraints.length === 0) return fun;
  return `{type,${a},bounded_fun,[${fun},${list(f.constraints, constraintText)}]}`;
}

function constraintText(c: TypeConstraint): string {
  const a = anno(c.loc);
  return `{type,${a},constraint,[{atom,${a},is_subtype},[${exprText(c.var)},${typeText(c.type)}]]}`;
}
