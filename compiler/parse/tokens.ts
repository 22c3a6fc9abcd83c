// Token vocabulary of Erlang/OTP 25 (erl_scan), as chevrotain token types.
//
// The lexer (lexer.ts) matches every name-like word as `Atom` and every quoted
// atom as `QAtom`, then a post-pass turns reserved words into keyword tokens, decodes
// literal values and splits `.` into `Dot` (end of form) and `Period` (record field).
// So the chevrotain patterns here only need to find token boundaries, and the
// parser sees exactly erl_scan's categories: atom, var, integer, float, char,
// string, every reserved word and every punctuation mark.
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';

/** A scanned or macro-produced token. Positions are 1-based and count code points, as erl_scan. */
export interface Token extends IToken {
  /** File the token comes from (for tokens produced by a macro: the file of the macro call). */
  file: string;
  /** Decoded value: atom/var name, bigint for integers, number for floats and chars, string for strings. */
  value: string | number | bigint;
}

// Name characters per erl_scan: ASCII letters, digits, _ and @, and Latin-1 letters
// (U+00C0-U+00FF except U+00D7 and U+00F7).
const L1 = '\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF';
const NAMECH = `[A-Za-z0-9_@${L1}]`;

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  // erl_scan treats every char =< 32 and 128..160 as white space.
  pattern: /[\u0000-\u0020\u0080-\u00A0]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const Comment = createToken({ name: 'Comment', pattern: /%[^\n]*/, group: Lexer.SKIPPED });

export const Float = createToken({
  name: 'Float',
  pattern: /\d(?:_?\d)*\.\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?/,
});
export const Integer = createToken({
  name: 'Integer',
  // Decimal, or Base#Digits (base checked in the post-pass).
  pattern: /\d(?:_?\d)*(?:#[0-9a-zA-Z](?:_?[0-9a-zA-Z])*)?/,
});
export const Char = createToken({
  name: 'Char',
  // $c, $\escape, $\x{...}, $\^c, $\ooo, $\xHH. A lone `$` at end of input is an error.
  pattern: /\$(?:\\(?:x\{[0-9a-fA-F]*\}|x[0-9a-fA-F]{0,2}|[0-7]{1,3}|\^[\s\S]|[\s\S])|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S])/,
  line_breaks: true,
});
export const String = createToken({
  name: 'String',
  pattern: /"(?:[^"\\]|\\[\s\S])*"/,
  line_breaks: true,
});
export const QAtom = createToken({
  name: 'QAtom',
  pattern: /'(?:[^'\\]|\\[\s\S])*'/,
  line_breaks: true,
});
export const Var = createToken({ name: 'Var', pattern: new RegExp(`[A-Z_\\u00C0-\\u00D6\\u00D8-\\u00DE]${NAMECH}*`) });
export const Atom = createToken({ name: 'Atom', pattern: new RegExp(`[a-z\\u00DF-\\u00F6\\u00F8-\\u00FF]${NAMECH}*`) });

/** Reserved words, produced from Atom by the lexer's post-pass. `maybe` and `else` only
 * when the maybe_expr feature is enabled (the preprocessor retags them). */
const KW_NAMES = [
  'after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr', 'bxor', 'case', 'catch',
  'cond', 'div', 'end', 'fun', 'if', 'let', 'not', 'of', 'or', 'orelse', 'receive', 'rem', 'try',
  'when', 'xor', 'maybe', 'else',
] as const;
export type Keyword = (typeof KW_NAMES)[number];

// Keywords have no pattern of their own: the lexer never matches them directly.
export const Keywords: Record<Keyword, TokenType> = Object.fromEntries(
  KW_NAMES.map((k) => [k, createToken({ name: `Kw_${k}`, pattern: Lexer.NA })]),
) as Record<Keyword, TokenType>;

/** Punctuation and operators, longest first where one is a prefix of another. */
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
for (const [text, name] of PUNCT) {
  Punct[text] = createToken({ name, pattern: text });
}
/** `.` followed by white space, `%` or end of input: the end of a form. Made by the post-pass. */
export const Dot = createToken({ name: 'Dot', pattern: Lexer.NA });

/** Token types in the order the chevrotain lexer tries them. */
export const lexerTokenTypes: TokenType[] = [
  WhiteSpace, Comment, Float, Integer, Char, String, QAtom, Var, Atom,
  ...PUNCT.map(([text]) => Punct[text]!),
];

/** Every token type the parser may see. */
export const allTokenTypes: TokenType[] = [
  ...lexerTokenTypes.filter((t) => t !== WhiteSpace && t !== Comment && t !== QAtom),
  ...Object.values(Keywords),
  Dot,
];

/** Text of a token as erl_scan's category would print it in a message (`syntax error before: ...`). */
export function tokenKindName(t: TokenType): string {
  return t.name;
}
