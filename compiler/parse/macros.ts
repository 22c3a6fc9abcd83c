// Macros: definitions, the uses graph that detects circular macros, and expansion,
// with epp's exact semantics (OTP 25 epp.erl: scan_define, macro_uses, expand_macros,
// bind_args, count_args, macro_arg, expand_macro, stringify, update_fun_name).
//
// Definitions. A name maps to one of
//   * `undefined`: a predefined macro without a value yet (MODULE before -module);
//   * `predef`: a predefined value; it expands whatever follows (`?LINE(1)` is `1(1)`);
//   * `user`: definitions by arity, newest first. A name with a single definition and no
//     argument list expands whatever follows; otherwise the call's argument count picks
//     the definition (`mismatch` if none has it).
//
// Expansion. The form's remaining tokens are kept in a stack (`rest`, reversed: the next
// token is at the end), so that pushing a macro's expansion back in front of them is as
// cheap as the expansion itself. epp expands
//   * a macro without parameters on its own first (its body is expanded in isolation,
//     and only a trailing `?` of the result can combine with what follows), and
//   * a macro with parameters by substituting the (unexpanded) arguments into the body
//     and scanning the result followed by the rest of the form, so the body may end in
//     a macro call whose arguments come from the text after the call.
// Every token of a body gets the location of the macro name in the call, except that
// after an argument the following body tokens take the location of that argument's
// last token (epp's expand_arg). `??Arg` makes one string token from the argument's
// tokens (token_src in epp: values written back as text, not the original text).
//
// Circularity. At definition time epp records which macros (name, arity) a body uses;
// before each expansion it walks that graph from the called macro and reports the first
// cycle it meets. Entering an include file gives epp an empty graph (a quirk we keep);
// since a cycle can then go unnoticed, expansion depth and size are also bounded.
import * as T from './tokens.js';
import type { Token } from './tokens.js';
import { makeToken, relocate } from './lexer.js';
import { EppError, eppError, msg, tokLoc, type Arity } from './epp-error.js';
import { formatFloat, writeAtom, writeChar, writeString } from './erl-text.js';

export interface MacroDef {
  /** Parameter names; null for a macro defined without an argument list. */
  params: string[] | null;
  body: Token[];
}

export type MacroEntry =
  | { kind: 'undefined' }
  | { kind: 'predef'; def: MacroDef }
  | { kind: 'user'; defs: { arity: Arity; def: MacroDef }[] };

export type Macros = Map<string, MacroEntry>;

/** For each macro name, what each of its definitions uses (newest first). */
export type Uses = Map<string, { arity: Arity; uses: MacroRef[] }[]>;
export interface MacroRef {
  name: string;
  arity: Arity;
}

const Q = T.Punct['?']!;
const LPAREN = T.Punct['(']!;
const RPAREN = T.Punct[')']!;
const COMMA = T.Punct[',']!;

/** Closing tokens macro_arg matches against the openers it has seen. */
const OPENER_CLOSER = new Map<T.Token['tokenType'], string>([
  [LPAREN, ')'],
  [T.Punct['<<']!, '>>'],
  [T.Punct['[']!, ']'],
  [T.Punct['{']!, '}'],
  [T.Keywords.begin, 'end'],
  [T.Keywords.if, 'end'],
  [T.Keywords.case, 'end'],
  [T.Keywords.receive, 'end'],
  [T.Keywords.try, 'end'],
  [T.Keywords.cond, 'end'],
]);
const CLOSER = new Map<T.Token['tokenType'], string>([
  [RPAREN, ')'],
  [T.Punct['>>']!, '>>'],
  [T.Punct[']']!, ']'],
  [T.Punct['}']!, '}'],
  [T.Keywords.end, 'end'],
]);

/** Random access to a token sequence (a forward array or the reversed `rest` stack). */
type Get = (k: number) => Token | undefined;

const forward = (a: readonly Token[]): Get => (k) => a[k];
const reversed = (a: readonly Token[]): Get => (k) => a[a.length - 1 - k];

/** macro_arg: the tokens of one argument from k, up to a `,` or `)` at depth 0. */
function macroArg(get: Get, k: number): { arg: Token[]; next: number } {
  const expect: string[] = [];
  const arg: Token[] = [];
  for (;;) {
    const t = get(k);
    if (t === undefined) return { arg, next: k };
    const tt = t.tokenType;
    if (expect.length === 0 && (tt === COMMA || tt === RPAREN)) return { arg, next: k };
    const closer = OPENER_CLOSER.get(tt);
    if (closer !== undefined) {
      expect.push(closer);
    } else if (tt === T.Keywords.fun) {
      const n1 = get(k + 1);
      if (n1?.tokenType === LPAREN) {
        expect.push('end');
      } else if (n1?.tokenType === T.Var && get(k + 2)?.tokenType === LPAREN) {
        expect.push('end');
        arg.push(t);
        arg.push(n1);
        k += 2;
        continue;
      }
    } else if (expect.length > 0 && CLOSER.get(tt) === expect[expect.length - 1]) {
      expect.pop();
    }
    arg.push(t);
    k++;
  }
}

/** count_args: the number of arguments of a call whose name is just before k (null:
 * no argument list). `at`: the macro name token, where errors are reported. */
export function countArgs(get: Get, k: number, at: Token, name: string): Arity {
  if (get(k)?.tokenType !== LPAREN) return null;
  const t1 = get(k + 1);
  if (t1?.tokenType === RPAREN) return 0;
  if (t1?.tokenType === COMMA) throw eppError(at, 'arg_error', msg.argError(name));
  let next = macroArg(get, k + 1).next;
  let n = 1;
  for (;;) {
    const t = get(next);
    if (t === undefined) throw eppError(at, 'arg_error', msg.argError(name));
    if (t.tokenType === RPAREN) return n;
    if (t.tokenType !== COMMA) throw eppError(at, 'mismatch', msg.mismatch(name));
    if (get(next + 1)?.tokenType === RPAREN) throw eppError(at, 'arg_error', msg.argError(name));
    next = macroArg(get, next + 1).next;
    n++;
  }
}

/** bind_args: the arguments of a call (k at its `(`), and where the call ends. */
function bindArgs(get: Get, k: number, at: Token, name: string, params: string[]): { bs: Map<string, Token[]>; next: number } {
  const bs = new Map<string, Token[]>();
  const mismatch = () => eppError(at, 'mismatch', msg.mismatch(name));
  if (get(k)?.tokenType !== LPAREN) throw mismatch();
  if (params.length === 0) {
    if (get(k + 1)?.tokenType === RPAREN) return { bs, next: k + 2 };
    throw mismatch();
  }
  let next = k + 1;
  for (let p = 0; ; ) {
    const { arg, next: after } = macroArg(get, next);
    if (arg.length === 0) throw mismatch();
    bs.set(params[p]!, arg);
    p++;
    const t = get(after);
    if (t === undefined) throw eppError(at, 'arg_error', msg.argError(name));
    if (t.tokenType === RPAREN && p === params.length) return { bs, next: after + 1 };
    if (t.tokenType !== COMMA || p === params.length) throw mismatch();
    next = after + 1;
  }
}

/** macro_uses: the macros a body calls, sorted as lists:usort sorts {Name, Arity}. */
export function macroUses(body: readonly Token[]): MacroRef[] {
  const refs: MacroRef[] = [];
  const get = forward(body);
  for (let i = 0; i < body.length; i++) {
    if (body[i]!.tokenType !== Q) continue;
    const n = body[i + 1];
    if (n === undefined) break;
    if (n.tokenType === Q) {
      i++;
      continue;
    }
    if (n.tokenType === T.Atom || n.tokenType === T.Var) {
      const name = n.value as string;
      refs.push({ name, arity: countArgs(get, i + 2, n, name) });
    }
  }
  refs.sort(compareRefs);
  return refs.filter((r, i) => i === 0 || compareRefs(refs[i - 1]!, r) !== 0);
}

/** Erlang term order of {Name, Arity}: atoms by code points; integers before `none`. */
function compareRefs(a: MacroRef, b: MacroRef): number {
  if (a.name !== b.name) return compareCodePoints(a.name, b.name);
  if (a.arity === b.arity) return 0;
  if (a.arity === null) return 1;
  if (b.arity === null) return -1;
  return a.arity - b.arity;
}

function compareCodePoints(a: string, b: string): number {
  // Without surrogates, UTF-16 order is code point order.
  if (!/[\uD800-\uDFFF]/.test(a + b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** get_macro_uses: what definition {name, arity} uses (falling back to the one
 * without argument list). */
function usesOf(uses: Uses, name: string, arity: Arity): MacroRef[] {
  const l = uses.get(name);
  if (!l) return [];
  const exact = l.find((u) => u.arity === arity);
  if (exact) return exact.uses;
  return l.find((u) => u.arity === null)?.uses ?? [];
}

const key = (name: string, arity: Arity) => `${arity === null ? 'none' : arity}/${name}`;

/** check_uses: walk the uses graph from {name, arity}; throw at the first cycle.
 * `acyclic` remembers nodes whose whole reachable graph is known to be acyclic (valid
 * until the graph changes), so repeated calls cost nothing. */
function checkUses(uses: Uses, acyclic: Set<string>, name: string, arity: Arity, at: Token): void {
  // Depth-first, with an explicit stack (chains of macros can be long): each entry is a
  // node and the index of its next child to visit; `onPath` holds the ancestors.
  const stack: { k: string; refs: MacroRef[]; next: number }[] = [];
  const onPath = new Set<string>();
  const enter = (n: string, a: Arity): void => {
    const k = key(n, a);
    if (onPath.has(k)) throw eppError(at, 'circular', msg.circular(n, a));
    if (acyclic.has(k)) return;
    onPath.add(k);
    stack.push({ k, refs: usesOf(uses, n, a), next: 0 });
  };
  enter(name, arity);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.refs.length) {
      const r = top.refs[top.next++]!;
      enter(r.name, r.arity);
    } else {
      stack.pop();
      onPath.delete(top.k);
      acyclic.add(top.k);
    }
  }
}

/** token_src + stringify: one string token spelling the tokens back as text. */
export function stringify(toks: readonly Token[], at: Token): Token {
  const parts = toks.map(tokenSource);
  const s = parts.join(' ');
  return makeToken(T.String, s, writeString(s), at.file, at.startLine!, at.startColumn!, at.startOffset, at.generated === true);
}

export function tokenSource(t: Token): string {
  switch (t.tokenType) {
    case T.Dot: return '.';
    case T.Var: return t.value as string;
    case T.Char: return writeChar(t.value as number);
    case T.String: return writeString(t.value as string);
    case T.Atom: return writeAtom(t.value as string);
    case T.Integer: return (t.value as bigint).toString();
    case T.Float: return formatFloat(t.value as number);
    default: return t.image;
  }
}

/** expand_macro: the body with arguments substituted and locations set (see top). */
function substitute(body: readonly Token[], call: Token, bs: ReadonlyMap<string, Token[]> | null): Token[] {
  const out: Token[] = [];
  let at = call;
  for (let i = 0; i < body.length; i++) {
    const t = body[i]!;
    if (t.tokenType === T.Var) {
      const arg = bs?.get(t.value as string);
      if (arg) {
        for (const a of arg) out.push(a);
        at = arg[arg.length - 1]!;
      } else {
        out.push(relocate(t, at));
      }
      continue;
    }
    if (t.tokenType === Q && body[i + 1]?.tokenType === Q && body[i + 2]?.tokenType === T.Var) {
      const v = body[i + 2]!;
      const arg = bs?.get(v.value as string);
      out.push(arg ? stringify(arg, at) : relocate(v, at));
      i += 2;
      continue;
    }
    out.push(relocate(t, at));
  }
  return out;
}

/** State of ?FUNCTION_NAME / ?FUNCTION_ARITY for the form being expanded (epp's fname). */
type FunName =
  | { kind: 'form'; tokens: readonly Token[] }
  | { kind: 'undefined' }
  | { kind: 'known'; name: string; arity: number };

export interface ExpandEnv {
  macros: Macros;
  uses: Uses;
  /** Nodes of `uses` known to be acyclic; cleared whenever `uses` changes. */
  acyclic: Set<string>;
}

/** Limits that stop runaway expansions (where epp would loop or exhaust memory): a
 * nesting deeper than MAX_DEPTH can only come from a cycle epp did not detect (see
 * the top); MAX_TOKENS bounds what one form may grow to. */
const MAX_DEPTH = 1000;
const MAX_TOKENS = 1_000_000;

class Expander {
  private produced = 0;
  constructor(private readonly env: ExpandEnv, private fname: FunName) {}

  /** expand_macros over a whole token list. */
  expand(tokens: readonly Token[], depth: number): Token[] {
    const rest = tokens.slice().reverse();
    const out: Token[] = [];
    while (rest.length > 0) {
      const t = rest.pop()!;
      if (t.tokenType !== Q || rest.length === 0) {
        out.push(t);
        continue;
      }
      const n = rest.pop()!;
      if (n.tokenType === T.Atom) {
        this.call(n, n.value as string, rest, out, depth);
      } else if (n.tokenType === T.Var) {
        const v = n.value as string;
        if (v === 'FUNCTION_NAME' || v === 'FUNCTION_ARITY') {
          const fa = this.functionName(n);
          if (fa === undefined) out.push(t, n);
          else if (v === 'FUNCTION_NAME') out.push(relocate(makeAtom(fa.name), n));
          else out.push(relocate(makeInt(BigInt(fa.arity)), n));
        } else if (v === 'LINE') {
          out.push(relocate(makeInt(BigInt(n.startLine!)), n));
        } else {
          this.call(n, v, rest, out, depth);
        }
      } else {
        throw eppError(n, 'call', msg.call('?' + illegalCallText(n)));
      }
    }
    return out;
  }

  /** Expand the call of macro `name` (its name token `at`; `rest` after it). */
  private call(at: Token, name: string, rest: Token[], out: Token[], depth: number): void {
    const get = reversed(rest);
    const arity = countArgs(get, 0, at, name);
    const def = lookup(this.env.macros, name, arity, at);
    if (depth > MAX_DEPTH) throw eppError(at, 'circular', msg.circular(name, def.params === null ? null : def.params.length));
    if (def.params === null) {
      checkUses(this.env.uses, this.env.acyclic, name, null, at);
      const toks = this.expand(substitute(def.body, at, null), depth + 1);
      this.count(toks.length, at, name);
      const last = toks[toks.length - 1];
      if (last !== undefined && last.tokenType === Q) {
        // A trailing `?` meets the tokens after the call (epp rescans Toks1 ++ Toks).
        for (let i = 0; i < toks.length - 1; i++) out.push(toks[i]!);
        rest.push(last);
      } else {
        for (const x of toks) out.push(x);
      }
      return;
    }
    checkUses(this.env.uses, this.env.acyclic, name, def.params.length, at);
    const { bs, next } = bindArgs(get, 0, at, name, def.params);
    rest.length -= next;
    const body = substitute(def.body, at, bs);
    this.count(body.length, at, name);
    for (let i = body.length - 1; i >= 0; i--) rest.push(body[i]!);
  }

  private count(n: number, at: Token, name: string): void {
    this.produced += n;
    if (this.produced > MAX_TOKENS) {
      throw eppError(at, 'expansion_limit', `expanding macro '${name}' makes more than ${MAX_TOKENS} tokens`, 'erlts');
    }
  }

  /** update_fun_name: name and arity of the function the form defines. */
  private functionName(at: Token): { name: string; arity: number } | undefined {
    const f = this.fname;
    if (f.kind === 'undefined') return undefined;
    if (f.kind === 'known') return f;
    let toks: Token[] | undefined;
    try {
      toks = new Expander(this.env, { kind: 'undefined' }).expand(f.tokens, 0);
    } catch (e) {
      if (!(e instanceof EppError)) throw e;
    }
    const macro = at.value as string;
    let known: { kind: 'known'; name: string; arity: number };
    if (toks === undefined) {
      known = { kind: 'known', name: '_', arity: 0 };
    } else if (toks[0]?.tokenType === T.Atom && toks[1]?.tokenType === LPAREN) {
      known = { kind: 'known', name: toks[0].value as string, arity: headArity(toks, 2) };
    } else if (toks[0]?.tokenType === Q) {
      throw eppError(at, 'illegal_function_usage', msg.illegalFunctionUsage(macro));
    } else {
      throw eppError(at, 'illegal_function', msg.illegalFunction(macro));
    }
    this.fname = known;
    return known;
  }
}

const LEFT = new Set([LPAREN, T.Punct['{']!, T.Punct['[']!, T.Punct['<<']!]);
const RIGHT = new Set([RPAREN, T.Punct['}']!, T.Punct[']']!, T.Punct['>>']!]);

/** update_fun_name_1: count the top-level arguments of a function head. Like epp, an
 * argument that starts with a bracket is only counted at its first comma. */
function headArity(toks: readonly Token[], from: number): number {
  let depth = 1;
  let arity = 0;
  for (let i = from; i < toks.length; i++) {
    const tt = toks[i]!.tokenType;
    if (tt === COMMA) {
      if (depth === 1) arity++;
    } else if (LEFT.has(tt)) {
      depth++;
    } else if (RIGHT.has(tt)) {
      if (depth === 1) return arity;
      depth--;
    } else if (arity === 0) {
      arity = 1;
    }
  }
  return arity;
}

/** expand_macro1: the definition a call with this many arguments uses. */
function lookup(macros: Macros, name: string, arity: Arity, at: Token): MacroDef {
  const e = macros.get(name);
  if (e === undefined || e.kind === 'undefined') throw eppError(at, 'undefined', msg.undefined(name, arity));
  if (e.kind === 'predef') return e.def;
  if (e.defs.length === 1 && e.defs[0]!.arity === null) return e.defs[0]!.def;
  const d = e.defs.find((x) => x.arity === arity);
  if (!d) throw eppError(at, 'mismatch', msg.mismatch(name));
  return d.def;
}

/** What epp shows after `?` in an illegal macro call: erl_scan's symbol, ~tp-written. */
function illegalCallText(t: Token): string {
  switch (t.tokenType) {
    case T.Integer: return (t.value as bigint).toString();
    case T.Float: return formatFloat(t.value as number);
    case T.Char: return String(t.value);
    case T.String: return printString(t.value as string);
    case T.Dot: return 'dot';
    default: return writeAtom(t.image, false);
  }
}

/** ~tp of a list of characters: a string when printable (latin-1 range), else a list. */
function printString(s: string): string {
  if (s === '') return '[]';
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const printable = cps.every((c) => (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || (c >= 8 && c <= 13) || c === 27);
  return printable ? writeString(s) : '[' + cps.join(',') + ']';
}

function makeAtom(name: string): Token {
  return makeToken(T.Atom, name, writeAtom(name, false), '', 0, 0, 0);
}

function makeInt(v: bigint): Token {
  return makeToken(T.Integer, v, v.toString(), '', 0, 0, 0);
}

/**
 * expand_macros for one form (or directive argument list). `formTokens` are the form's
 * tokens for ?FUNCTION_NAME (epp passes the unexpanded form; `[]` for directives, where
 * those macros are illegal).
 */
export function expandMacros(tokens: readonly Token[], env: ExpandEnv, formTokens: readonly Token[]): Token[] {
  return new Expander(env, { kind: 'form', tokens: formTokens }).expand(tokens, 0);
}

// ---------------------------------------------------------------- -define

/** A parsed -define: name, arity (null: no argument list) and definition. */
export interface Define {
  nameTok: Token;
  name: string;
  arity: Arity;
  def: MacroDef;
}

/** find_mismatch + no_match: the token epp blames when a directive's tokens do not have
 * the expected shape (`var_or_atom` matches either). */
export function findMismatch(expected: readonly string[], toks: readonly Token[], t0: Token): Token {
  let last = t0;
  for (let i = 0; i < expected.length; i++) {
    const t = toks[i];
    if (t === undefined || !matches(expected[i]!, t)) return t ?? last;
    last = t;
  }
  return toks[expected.length] ?? last;
}

function matches(what: string, t: Token): boolean {
  const c = T.erlCategory(t);
  return what === 'var_or_atom' ? c === 'var' || c === 'atom' : c === what;
}

/** scan_define: parse `( Name [ ( Params ) ] , Body ) .` (toks: after `define`). */
export function parseDefine(toks: readonly Token[], defineTok: Token): Define {
  const nameTok = toks[1];
  if (toks[0]?.tokenType !== LPAREN || !nameTok || (nameTok.tokenType !== T.Atom && nameTok.tokenType !== T.Var)) {
    const t = findMismatch(['(', 'var_or_atom'], toks, defineTok);
    throw eppError(t, 'bad', msg.bad('define'));
  }
  const name = nameTok.value as string;
  const t2 = toks[2];
  if (t2?.tokenType === COMMA) {
    return { nameTok, name, arity: null, def: { params: null, body: macroBody(toks, 3, t2) } };
  }
  if (t2?.tokenType === LPAREN) {
    const params: string[] = [];
    let i = 3;
    let prev = t2;
    for (;;) {
      const t = toks[i];
      if (t?.tokenType === RPAREN) {
        i++;
        break;
      }
      if (params.length > 0) {
        if (t?.tokenType !== COMMA || toks[i + 1]?.tokenType !== T.Var) throw eppError(t ?? prev, 'bad', msg.bad('define'));
        i++;
      }
      const v = toks[i];
      if (v?.tokenType !== T.Var) throw eppError(v ?? prev, 'bad', msg.bad('define'));
      if (params.includes(v.value as string)) throw eppError(v, 'duplicated_argument', msg.duplicatedArgument(v.value as string));
      params.push(v.value as string);
      prev = v;
      i++;
    }
    const comma = toks[i];
    if (comma?.tokenType !== COMMA) throw eppError(comma ?? toks[i - 1]!, 'missing_comma', msg.missingComma);
    return { nameTok, name, arity: params.length, def: { params, body: macroBody(toks, i + 1, comma) } };
  }
  throw eppError(t2 ?? defineTok, 'bad', msg.bad('define'));
}

/** macro_expansion: the tokens up to the final `) .`. */
function macroBody(toks: readonly Token[], from: number, t0: Token): Token[] {
  const n = toks.length;
  const last = toks[n - 1];
  if (n - from >= 2 && last?.tokenType === T.Dot && toks[n - 2]!.tokenType === RPAREN) return toks.slice(from, n - 2);
  if (last?.tokenType === T.Dot) throw eppError(last, 'missing_parenthesis', msg.missingParenthesis);
  throw eppError(n > from ? last! : t0, 'premature_end', msg.prematureEnd);
}

export { tokLoc };
