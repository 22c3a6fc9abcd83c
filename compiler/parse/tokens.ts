// Token vocabulary of Erlang/OTP 25 (erl_scan), as chevrotain token types.
//
// The lexer (lexer.ts) is hand-written: it builds Token objects itself and tags each
// with one of the token types below, so the parser sees exactly erl_scan's categories:
// atom, var, integer, float, char, string, every reserved word, every punctuation mark,
// and `dot` (a `.` followed by white space, `%` or end of input: the end of a form).
// None of these types has a chevrotain pattern: chevrotain's own lexer is not used,
// the types only serve as the parser's vocabulary.
//
// Tokens are immutable once made: the preprocessor shares them between forms (and,
// for cached include files, between compilations) and makes new ones where epp gives
// a token a new location.
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';

/** A scanned or macro-produced token. Positions are 1-based and count code points, as
 * erl_scan (a tab is one column). `startColumn` is 0 where epp gives a token a line but
 * no column (the `)` of a `-file` attribute epp makes for a `-file` directive). */
export interface Token extends IToken {
  /** File the token is in, as epp names it: the file of the last `-file` attribute epp
   * emitted before it (an included file while inside it; for tokens a macro produced,
   * the file of the macro call). */
  file: string;
  /** Decoded value: atom/var name, bigint for integers, number for floats and chars,
   * string for strings; for punctuation and reserved words the text itself. */
  value: string | number | bigint;
  /** Set on the tokens of the `-file` attributes epp makes from a user's `-file`
   * directive (erl_anno's `generated` flag). */
  generated?: boolean;
}

const na = (name: string): TokenType => createToken({ name, pattern: Lexer.NA });

// Kept for compatibility with code that lists them; the lexer never produces them.
export const WhiteSpace = na('WhiteSpace');
export const Comment = na('Comment');
export const QAtom = na('QAtom');

export const Float = na('Float');
export const Integer = na('Integer');
export const Char = na('Char');
export const String = na('String');
export const Var = na('Var');
export const Atom = na('Atom');

/** Reserved words. `maybe` and `else` only while the maybe_expr feature is enabled. */
const KW_NAMES = [
  'after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr', 'bxor', 'case', 'catch',
  'cond', 'div', 'end', 'fun', 'if', 'let', 'not', 'of', 'or', 'orelse', 'receive', 'rem', 'try',
  'when', 'xor', 'maybe', 'else',
] as const;
export type Keyword = (typeof KW_NAMES)[number];

export const Keywords: Record<Keyword, TokenType> = Object.fromEntries(
  KW_NAMES.map((k) => [k, na(`Kw_${k}`)]),
) as Record<Keyword, TokenType>;

/** Punctuation and operators (every multi-character one erl_scan knows, then the
 * single characters). `??` is not an erl_scan token (it scans as two `?`); its type
 * is kept only so that existing references to it still compile. */
const PUNCT: ReadonlyArray<readonly [string, string]> = [
  ['...', 'DotDotDot'], ['=:=', 'EqExact'], ['=/=', 'NeExact'],
  ['<<', 'BinOpen'], ['>>', 'BinClose'], ['<-', 'LArrow'], ['<=', 'LDArrow'], ['->', 'Arrow'],
  ['=>', 'MapAssoc'], [':=', 'MapExact'], ['::', 'ColonColon'], ['||', 'DoubleBar'], ['++', 'PlusPlus'],
  ['--', 'MinusMinus'], ['==', 'Eq'], ['/=', 'Ne'], ['=<', 'Le'], ['>=', 'Ge'], ['..', 'DotDot'],
  ['??', 'QQ'], ['?=', 'MaybeMatch'],
  ['(', 'LParen'], [')', 'RParen'], ['[', 'LBracket'], [']', 'RBracket'], ['{', 'LBrace'], ['}', 'RBrace'],
  [',', 'Comma'], [';', 'Semi'], ['|', 'Bar'], ['+', 'Plus'], ['-', 'Minus'], ['*', 'Star'], ['/', 'Slash'],
  ['<', 'Lt'], ['>', 'Gt'], ['=', 'Match'], ['!', 'Bang'], ['?', 'Question'], ['#', 'Hash'], [':', 'Colon'],
  ['.', 'Period'],
];

export const Punct: Record<string, TokenType> = {};
for (const [text, name] of PUNCT) Punct[text] = na(name);

/** Any other character below 256 that is neither white space nor the start of another
 * token (`@`, `\`, `^`, `` ` ``, `~`, `&`, DEL, `¡`..`¿`, `×`, `÷`): erl_scan makes it a
 * token whose category is the character itself. The parser only ever rejects it. */
export const OtherPunct = na('OtherPunct');

/** `.` followed by white space, `%` or end of input: the end of a form. */
export const Dot = na('Dot');

/** The token types the lexer produces, in no particular order. */
export const lexerTokenTypes: TokenType[] = [
  Float, Integer, Char, String, Var, Atom, ...PUNCT.map(([text]) => Punct[text]!), OtherPunct,
];

/** Every token type the parser may see. */
export const allTokenTypes: TokenType[] = [...lexerTokenTypes, ...Object.values(Keywords), Dot];

/** Name of a token type (used in parser messages). */
export function tokenKindName(t: TokenType): string {
  return t.name;
}

const CATEGORY = new Map<TokenType, string>([
  [Atom, 'atom'], [Var, 'var'], [Integer, 'integer'], [Float, 'float'], [Char, 'char'],
  [String, 'string'], [Dot, 'dot'],
]);
for (const k of KW_NAMES) CATEGORY.set(Keywords[k], k);
for (const [text] of PUNCT) CATEGORY.set(Punct[text]!, text);

/** erl_scan's category of a token: `atom`, `var`, `integer`, `float`, `char`, `string`,
 * `dot`, the reserved word, or the punctuation text. */
export function erlCategory(tok: Token): string {
  if (tok.tokenType === OtherPunct) return tok.image;
  return CATEGORY.get(tok.tokenType) ?? tok.tokenType.name;
}
