// The parser's entry point: one form's tokens (ending with its Dot) -> one AST form.
//
// One chevrotain parser instance (parser-grammar.ts) is built on first use and reused
// for every form. A form that does not parse gives an `error_form` and one diagnostic,
// exactly as erl_parse:parse_form/1 gives one `{error, {Location, erl_parse, Message}}`:
//   * syntax errors: "syntax error before: <token>" at the token yecc stops at, the
//     token written as yecc's yecctoken2string/1 writes it (atoms and punctuation
//     quoted as atoms, strings as strings, ...; nothing at all at the end of input);
//   * erl_parse's other errors ("head mismatch", "bad attribute", ...) with its text
//     and position (see parser-build.ts).
// The diagnostic code is `syntax_error` for the first kind and a snake_case name of the
// message for the others (erl_parse's descriptors are bare strings, without a tag).
import { EOF } from 'chevrotain';
import type { Token } from './tokens.js';
import * as T from './tokens.js';
import { error as mkError, type Diagnostic } from '../diagnostics.js';
import type { Form, Loc } from '../ast/ast.js';
import { ErlParser } from './parser-grammar.js';
import { ParseAbort, tokLoc } from './parser-build.js';
import { writeAtom, writeChar, writeString, formatFloat } from '../ast/term.js';

export interface ParseFormResult {
  form?: Form;
  diagnostics: Diagnostic[];
}

let shared: ErlParser | undefined;

function parser(): ErlParser {
  return (shared ??= new ErlParser());
}

/** Parse the tokens of one form (ending with its Dot token). */
export function parseForm(tokens: Token[]): ParseFormResult {
  if (tokens.length === 0) return { diagnostics: [] };
  const p = parser();
  p.input = tokens;
  p.resetState();
  let form: Form | undefined;
  try {
    form = isSpecAttribute(tokens) ? p.specForm() : p.form();
  } catch (e) {
    if (e instanceof ParseAbort) return failed(e.token ? syntaxError(e.token, tokens) : semanticError(e));
    return failed(internalError(e, tokens));
  }
  if (p.errors.length > 0) return failed(syntaxError(p.errors[0]!.token as Token, tokens));
  // Tokens after the dot (never from epp, which splits forms at dots): yecc wants the end.
  const next = p.nextToken();
  if (next.tokenType !== EOF) return failed(syntaxError(next, tokens));
  return { form, diagnostics: [] };
}

/** erl_parse:parse_form/1 retags the atom after `-` when it is `spec` or `callback`. */
function isSpecAttribute(tokens: Token[]): boolean {
  const a = tokens[1];
  return (
    tokens[0]!.tokenType === T.Punct['-'] &&
    a !== undefined &&
    a.tokenType === T.Atom &&
    (a.value === 'spec' || a.value === 'callback')
  );
}

function failed(d: Diagnostic): ParseFormResult {
  const loc: Loc = { file: d.file, line: d.line, col: d.col };
  return { form: { kind: 'error_form', loc, diagnostic: d }, diagnostics: [d] };
}

function syntaxError(tok: Token, tokens: Token[]): Diagnostic {
  // Past the last token (no Dot): yecc reports '$end' at the last token's position.
  const atEnd = tok.tokenType === EOF || tok.startLine === undefined || Number.isNaN(tok.startLine);
  const at = atEnd ? tokens[tokens.length - 1]! : tok;
  const text = atEnd ? '' : tokenText(tok);
  return mkError('erl_parse', 'syntax_error', `syntax error before: ${text}`, at.file, at.startLine!, at.startColumn!);
}

function semanticError(e: ParseAbort): Diagnostic {
  const l = e.loc!;
  return mkError(e.origin, e.code, e.message, l.file, l.line, l.col);
}

function internalError(e: unknown, tokens: Token[]): Diagnostic {
  const l = tokLoc(tokens[0]!);
  const msg = e instanceof Error ? e.message : String(e);
  return mkError('erlts', 'internal_error', `internal parser error: ${msg}`, l.file, l.line, l.col);
}

/** yecctoken2string/1 (with erl_scan:text/1 for the quoted `'maybe'`/`'else'` atoms
 * whose text epp keeps). */
export function tokenText(t: Token): string {
  const tt = t.tokenType;
  if (tt === T.Atom) {
    const v = t.value as string;
    if ((v === 'maybe' || v === 'else') && t.image.startsWith("'")) return t.image;
    return writeAtom(v);
  }
  if (tt === T.Var) return t.value as string;
  if (tt === T.Integer) return (t.value as bigint).toString();
  if (tt === T.Float) return formatFloat(t.value as number);
  if (tt === T.Char) return writeChar(t.value as number);
  if (tt === T.String) return writeString(t.value as string);
  if (tt === T.Dot) return "'.'";
  for (const [k, v] of Object.entries(T.Keywords)) if (v === tt) return writeAtom(k);
  return writeAtom(t.image);
}
