// The lexer: source text -> erl_scan tokens, one form at a time.
//
// A hand-written scanner that follows erl_scan (OTP 25) rule for rule, because epp's
// observable behaviour depends on more than token boundaries:
//
//  * Forms. epp reads a file with io:scan_erl_form/3, i.e. erl_scan:tokens/3: tokens up
//    to and including a `dot` (a `.` followed by white space, `%` or end of input; the
//    white-space character is consumed with it). `Scanner.scanForm()` does the same. At
//    end of input, tokens without a dot make a last form.
//  * Errors. erl_scan stops at the first error in a form: the tokens scanned so far in
//    that form are lost, and scanning resumes right after the error, at the location
//    erl_scan gives as the error's end. So `f() -> 16#G + 1.` is an error, then a form
//    `G + 1.`. Some errors (an unterminated string, a bad `$` literal) resume at end of
//    input. Each error's location, end location and resume point are erl_scan's.
//  * Locations. Lines and columns count code points from 1; a tab is one column; the
//    column restarts at 1 after a newline, also inside strings. The preprocessor may move
//    the scanner to another location between forms (`-file`), as epp does.
//  * Reserved words depend on the enabled features (`maybe`, `else`), switched between
//    forms by the preprocessor.
//  * Invalid UTF-8. A file that is not valid UTF-8 is scanned up to the first bad byte,
//    as OTP's file server feeds erl_scan only the characters it could decode; where
//    erl_scan would then ask for more input, the form ends with an `invalid` result at
//    erl_scan's continuation location.
//
// Values: atoms and variables -> name, integers -> bigint, floats -> number,
// chars -> code point, strings -> JS string; punctuation and reserved words -> their text.
import * as T from './tokens.js';
import type { Token } from './tokens.js';
import type { TokenType } from 'chevrotain';
import { error as mkError, type Diagnostic } from '../diagnostics.js';
import { sliceGraphemes, writeString } from './erl-text.js';
export { decodeSource, decodeSourceDetailed, type DecodedSource } from './source-encoding.js';

/** One result of `Scanner.scanForm()`, as io:scan_erl_form/3 gives it. */
export type FormScan =
  | { kind: 'form'; tokens: Token[]; /** some token is `?` */ hasQuestion: boolean }
  | { kind: 'error'; error: ScanErrorInfo }
  | { kind: 'invalid'; line: number; col: number; /** nothing was read in this form */ atStart: boolean }
  | { kind: 'eof' };

export interface ScanErrorInfo {
  /** erl_scan's descriptor tag: illegal, base, string, char. */
  code: string;
  /** erl_scan:format_error/1 of the descriptor. */
  message: string;
  line: number;
  col: number;
}

/** Reserved words: name -> keyword token type. */
export type ReservedWords = ReadonlyMap<string, TokenType>;

const BASE_KEYWORDS: ReadonlyMap<string, TokenType> = new Map(
  (Object.keys(T.Keywords) as T.Keyword[]).filter((k) => k !== 'maybe' && k !== 'else').map((k) => [k, T.Keywords[k]]),
);
const MAYBE_KEYWORDS: ReadonlyMap<string, TokenType> = new Map([
  ...BASE_KEYWORDS,
  ['maybe', T.Keywords.maybe],
  ['else', T.Keywords.else],
]);

/** The reserved words with the given features enabled (only maybe_expr adds any). */
export function reservedWords(features: readonly string[]): ReservedWords {
  return features.includes('maybe_expr') ? MAYBE_KEYWORDS : BASE_KEYWORDS;
}

const EOF = -1;

/** Make a token; every token has this one shape (V8 keeps them monomorphic). Tokens
 * carry where they start, not where they end (nothing downstream needs it). */
export function makeToken(
  tokenType: TokenType,
  value: string | number | bigint,
  image: string,
  file: string,
  startLine: number,
  startColumn: number,
  startOffset: number,
  generated = false,
): Token {
  return {
    image,
    startOffset,
    startLine,
    startColumn,
    tokenTypeIdx: tokenType.tokenTypeIdx!,
    tokenType,
    file,
    value,
    generated,
  };
}

/** A copy of `tok` at the location of `at` (epp's `setelement(2, T, Anno)`). */
export function relocate(tok: Token, at: Token): Token {
  return makeToken(tok.tokenType, tok.value, tok.image, at.file, at.startLine!, at.startColumn!, at.startOffset, at.generated === true);
}

/** Thrown inside the scanner when a truncated text ends where erl_scan wants more. */
class NeedMore {
  constructor(readonly line: number, readonly col: number) {}
}

/** Raised by a scanning routine for an erl_scan error: where, and where to resume. */
interface ErrResume {
  code: string;
  message: string;
  line: number;
  col: number;
  /** Resume offset (text length: end of input) and location. */
  pos: number;
  endLine: number;
  endCol: number;
}

function isWhite(c: number): boolean {
  return (c >= 0 && c <= 32) || (c >= 128 && c <= 160);
}

function isUnicode(c: number): boolean {
  return (c >= 0 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 64 ||
    (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)
  );
}

function basedDigit(c: number, b: number): number {
  let d = 99;
  if (c >= 48 && c <= 57) d = c - 48;
  else if (c >= 65 && c <= 90) d = c - 55;
  else if (c >= 97 && c <= 122) d = c - 87;
  return d < b ? d : -1;
}

const SIMPLE_ESCAPES: Record<number, number> = {
  110: 10, 114: 13, 116: 9, 118: 11, 98: 8, 102: 12, 101: 27, 115: 32, 100: 127,
};

/** Punctuation that erl_scan recognises by looking at the characters that follow. When
 * a truncated text ends right after one of these, erl_scan asks for more input. */
const NEEDS_LOOKAHEAD = new Set(['..', '.', '?', '<', '>', '-', '+', '=:', '=/', '=', '/', '|', ':']);

/** The outcome of scanning one escape sequence. */
type Escape =
  | { kind: 'ok'; value: number; pos: number; col: number; nl: boolean }
  | { kind: 'error'; pos: number; col: number }
  | { kind: 'eof'; col: number };

export class Scanner {
  /** Offset of the next character to scan. */
  pos = 0;
  line: number;
  col: number;
  reserved: ReservedWords = BASE_KEYWORDS;
  private readonly len: number;

  /**
   * @param truncated the text is the decodable prefix of an invalid UTF-8 file: its end
   *   is not the end of input.
   */
  constructor(
    private readonly text: string,
    /** File name given to the tokens (the preprocessor changes it after `-file`). */
    public file: string,
    line = 1,
    col = 1,
    private readonly truncated = false,
  ) {
    this.len = text.length;
    this.line = line;
    this.col = col;
  }

  /** Move to another location (epp after a `-file` directive). */
  setLocation(line: number, col: number): void {
    this.line = line;
    this.col = col;
  }

  get atEnd(): boolean {
    return this.pos >= this.len;
  }

  /** The next form: io:scan_erl_form/3. */
  scanForm(): FormScan {
    const tokens: Token[] = [];
    let hasQuestion = false;
    const startPos = this.pos;
    for (;;) {
      let tok: Token | null;
      try {
        tok = this.next();
      } catch (e) {
        if (e instanceof NeedMore) {
          // At the very start, the file server had not a single character to give.
          return { kind: 'invalid', line: e.line, col: e.col, atStart: startPos >= this.len };
        }
        if (isErrResume(e)) {
          this.pos = e.pos;
          this.line = e.endLine;
          this.col = e.endCol;
          return { kind: 'error', error: { code: e.code, message: e.message, line: e.line, col: e.col } };
        }
        throw e;
      }
      if (tok === null) return tokens.length === 0 ? { kind: 'eof' } : { kind: 'form', tokens, hasQuestion };
      tokens.push(tok);
      if (tok.tokenType === T.Dot) return { kind: 'form', tokens, hasQuestion };
      if (tok.tokenType === QUESTION) hasQuestion = true;
    }
  }

  /** Skip white space and comments, then scan one token (null at end of input). */
  private next(): Token | null {
    const s = this.text;
    const len = this.len;
    // Start of the current run of white space or comment: erl_scan's continuation
    // location if a truncated text ends inside it.
    let runLine = this.line;
    let runCol = this.col;
    for (;;) {
      if (this.pos >= len) {
        if (this.truncated) throw new NeedMore(runLine, runCol);
        return null;
      }
      const c = s.charCodeAt(this.pos);
      if (c === 10) {
        this.pos++;
        this.line++;
        this.col = 1;
        runLine = this.line;
        runCol = 1;
      } else if (c === 37) {
        runLine = this.line;
        runCol = this.col;
        this.skipComment();
      } else if (isWhite(c)) {
        this.pos++;
        this.col++;
      } else {
        return this.token(c);
      }
    }
  }

  private skipComment(): void {
    const s = this.text;
    const len = this.len;
    const startCol = this.col;
    let i = this.pos + 1;
    let n = 1;
    for (;;) {
      if (i >= len) {
        if (this.truncated) throw new NeedMore(this.line, startCol);
        break;
      }
      const c = s.charCodeAt(i);
      if (c === 10) break;
      if (c >= 0xd800 && c <= 0xdbff) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          i += 2;
          n++;
          continue;
        }
      }
      if (!isUnicode(c)) {
        // The rest of the line after the bad character is scanned as code.
        throw this.err('illegal', 'illegal character', this.line, startCol, i + 1, this.line, startCol + n + 1);
      }
      i++;
      n++;
    }
    this.pos = i;
    this.col = startCol + n;
  }

  private err(code: string, message: string, line: number, col: number, pos: number, endLine: number, endCol: number): ErrResume {
    return { code, message, line, col, pos, endLine, endCol };
  }

  private make(tt: TokenType, value: string | number | bigint, start: number, end: number, line: number, col: number): Token {
    return makeToken(tt, value, this.text.slice(start, end), this.file, line, col, start);
  }

  /** Scan the token starting with character `c` at `pos`. */
  private token(c: number): Token {
    if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) return this.name(false);
    if ((c >= 65 && c <= 90) || c === 95 || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return this.name(true);
    if (isDigit(c)) return this.number();
    switch (c) {
      case 34: return this.quoted(34);
      case 39: return this.quoted(39);
      case 36: return this.charLit();
      case 46: return this.dotOrPeriod();
    }
    return this.punct(c);
  }

  private name(isVar: boolean): Token {
    const s = this.text;
    const start = this.pos;
    let i = start + 1;
    while (i < this.len && isNameChar(s.charCodeAt(i))) i++;
    if (i >= this.len && this.truncated) throw new NeedMore(this.line, this.col);
    const n = i - start;
    const line = this.line;
    const col = this.col;
    if (n > 255) {
      throw this.err('illegal', isVar ? 'illegal var' : 'illegal atom', line, col, i, line, col + n);
    }
    const name = s.slice(start, i);
    this.pos = i;
    this.col = col + n;
    if (isVar) return makeToken(T.Var, name, name, this.file, line, col, start);
    const kw = this.reserved.get(name);
    return makeToken(kw ?? T.Atom, name, name, this.file, line, col, start);
  }

  /** Digits with `_` separators (a `_` only between two digits); returns the end. */
  private digits(i: number, base: number): number {
    const s = this.text;
    for (;;) {
      const c = i < this.len ? s.charCodeAt(i) : EOF;
      if (c !== EOF && basedDigit(c, base) >= 0) {
        i++;
      } else if (c === 95 && i + 1 < this.len && basedDigit(s.charCodeAt(i + 1), base) >= 0 && basedDigit(s.charCodeAt(i - 1), base) >= 0) {
        i += 2;
      } else {
        if (this.truncated && (c === EOF || (c === 95 && i + 1 >= this.len))) throw new NeedMore(this.line, this.col);
        return i;
      }
    }
  }

  private number(): Token {
    const s = this.text;
    const start = this.pos;
    const line = this.line;
    const col = this.col;
    let i = this.digits(start + 1, 10);
    const c = i < this.len ? s.charCodeAt(i) : EOF;
    if (c === 46) {
      if (i + 1 >= this.len && this.truncated) throw new NeedMore(line, col);
      if (isDigit(s.charCodeAt(i + 1))) return this.float(start, i + 2);
    } else if (c === 35) {
      const baseText = s.slice(start, i);
      const base = Number(baseText.replace(/_/g, ''));
      if (!(base >= 2 && base <= 36)) {
        const shown = baseText.length > 15 ? BigInt(baseText.replace(/_/g, '')).toString() : String(base);
        throw this.err('base', `illegal base '${shown}'`, line, col, i, line, col + (i - start));
      }
      const dstart = i + 1;
      const end = this.digits(dstart, base);
      if (end === dstart) {
        throw this.err('illegal', 'illegal integer', line, col, end, line, col + (end - start));
      }
      return this.intToken(start, end, line, col, parseBased(s.slice(dstart, end), base));
    }
    const text = s.slice(start, i);
    const clean = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
    return this.intToken(start, i, line, col, clean.length < 16 ? smallBigInt(Number(clean)) : BigInt(clean));
  }

  private intToken(start: number, end: number, line: number, col: number, value: bigint): Token {
    this.pos = end;
    this.col = col + (end - start);
    return this.make(T.Integer, value, start, end, line, col);
  }

  /** A float from `start`; `i` is just after the first fraction digit. */
  private float(start: number, i: number): Token {
    const s = this.text;
    const line = this.line;
    const col = this.col;
    i = this.digits(i, 10);
    let c = i < this.len ? s.charCodeAt(i) : EOF;
    if (c === 101 || c === 69) {
      i++;
      c = i < this.len ? s.charCodeAt(i) : EOF;
      if (c === EOF && this.truncated) throw new NeedMore(line, col);
      if (c === 43 || c === 45) i++;
      // Exponent digits, with separators (not right after the `e` or the sign).
      for (;;) {
        c = i < this.len ? s.charCodeAt(i) : EOF;
        if (isDigit(c)) i++;
        else if (c === 95 && isDigit(s.charCodeAt(i - 1)) && i + 1 < this.len && isDigit(s.charCodeAt(i + 1))) i += 2;
        else {
          if (this.truncated && (c === EOF || (c === 95 && i + 1 >= this.len))) throw new NeedMore(line, col);
          break;
        }
      }
    }
    const text = s.slice(start, i);
    const value = toFloat(text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text);
    if (value === undefined) throw this.err('illegal', 'illegal float', line, col, i, line, col + (i - start));
    this.pos = i;
    this.col = col + (i - start);
    return this.make(T.Float, value, start, i, line, col);
  }

  private dotOrPeriod(): Token {
    const s = this.text;
    const i = this.pos;
    const line = this.line;
    const col = this.col;
    const c1 = i + 1 < this.len ? s.charCodeAt(i + 1) : EOF;
    if (c1 === 46) return this.punctText(s.charCodeAt(i + 2) === 46 && i + 2 < this.len ? '...' : '..');
    if (c1 === EOF) {
      if (this.truncated) throw new NeedMore(line, col);
      this.pos = i + 1;
      this.col = col + 1;
      return this.make(T.Dot, '.', i, i + 1, line, col);
    }
    if (c1 === 37) {
      this.pos = i + 1;
      this.col = col + 1;
      return this.make(T.Dot, '.', i, i + 1, line, col);
    }
    if (c1 === 10) {
      this.pos = i + 2;
      this.line = line + 1;
      this.col = 1;
      return this.make(T.Dot, '.', i, i + 1, line, col);
    }
    if (isWhite(c1)) {
      this.pos = i + 2;
      this.col = col + 2;
      return this.make(T.Dot, '.', i, i + 1, line, col);
    }
    return this.punctText('.');
  }

  private punct(c: number): Token {
    const s = this.text;
    const i = this.pos;
    const c1 = i + 1 < this.len ? s.charCodeAt(i + 1) : EOF;
    let text: string;
    switch (c) {
      case 63: text = c1 === 61 ? '?=' : '?'; break;
      case 60: text = c1 === 60 ? '<<' : c1 === 45 ? '<-' : c1 === 61 ? '<=' : '<'; break;
      case 62: text = c1 === 62 ? '>>' : c1 === 61 ? '>=' : '>'; break;
      case 45: text = c1 === 62 ? '->' : c1 === 45 ? '--' : '-'; break;
      case 43: text = c1 === 43 ? '++' : '+'; break;
      case 61: {
        const c2 = i + 2 < this.len ? s.charCodeAt(i + 2) : EOF;
        if (c1 === 58 && c2 === 61) text = '=:=';
        else if (c1 === 47 && c2 === 61) text = '=/=';
        else if ((c1 === 58 || c1 === 47) && c2 === EOF && this.truncated) throw new NeedMore(this.line, this.col);
        else if (c1 === 60) text = '=<';
        else if (c1 === 62) text = '=>';
        else if (c1 === 61) text = '==';
        else text = '=';
        break;
      }
      case 47: text = c1 === 61 ? '/=' : '/'; break;
      case 124: text = c1 === 124 ? '||' : '|'; break;
      case 58: text = c1 === 61 ? ':=' : c1 === 58 ? '::' : ':'; break;
      default: {
        if (c >= 0xd800 && c <= 0xdbff && c1 >= 0xdc00 && c1 <= 0xdfff) {
          // A character outside the BMP: never a token.
          throw this.err('illegal', 'illegal character', this.line, this.col, i + 2, this.line, this.col + 1);
        }
        if (c > 255) throw this.err('illegal', 'illegal character', this.line, this.col, i + 1, this.line, this.col + 1);
        text = String.fromCharCode(c);
      }
    }
    return this.punctText(text);
  }

  private punctText(text: string): Token {
    const i = this.pos;
    if (this.truncated && i + text.length >= this.len && NEEDS_LOOKAHEAD.has(text)) throw new NeedMore(this.line, this.col);
    const tt = T.Punct[text] ?? T.OtherPunct;
    const line = this.line;
    const col = this.col;
    this.pos = i + text.length;
    this.col = col + text.length;
    return makeToken(tt, text, text, this.file, line, col, i);
  }

  /** `$c`, `$\e`: a character literal. */
  private charLit(): Token {
    const s = this.text;
    const start = this.pos;
    const line = this.line;
    const col = this.col;
    const i = start + 1;
    if (i >= this.len) {
      if (this.truncated) throw new NeedMore(line, col);
      throw this.err('char', 'unterminated character', line, col, this.len, line, col + 1);
    }
    const c = s.codePointAt(i)!;
    if (c === 92) {
      const e = this.escape(i + 1, col + 2, line, col);
      if (e.kind === 'eof') throw this.err('char', 'unterminated character', line, col, this.len, line, e.col);
      if (e.kind === 'error') throw this.err('illegal', 'illegal character', line, col, e.pos, line, e.col);
      this.pos = e.pos;
      if (e.nl) this.line = line + 1;
      this.col = e.col;
      return this.make(T.Char, e.value, start, e.pos, line, col);
    }
    if (c === 10) {
      this.pos = i + 1;
      this.line = line + 1;
      this.col = 1;
      return this.make(T.Char, 10, start, i + 1, line, col);
    }
    if (!isUnicode(c)) throw this.err('illegal', 'illegal character', line, col, this.len, line, col + 1);
    const end = i + (c > 0xffff ? 2 : 1);
    this.pos = end;
    this.col = col + 2;
    return this.make(T.Char, c, start, end, line, col);
  }

  /**
   * One escape sequence; `i` is just after the backslash, `ecol` the column erl_scan's
   * scan_escape is given (the backslash's column in a string, the column after `$\` in a
   * character literal: its column arithmetic is relative to that). `mLine`/`mCol`: where
   * erl_scan's continuation is if a truncated text ends inside the escape.
   */
  private escape(i: number, ecol: number, mLine: number, mCol: number): Escape {
    const s = this.text;
    const len = this.len;
    const at = (k: number): number => (k < len ? s.charCodeAt(k) : EOF);
    const more = (k: number): boolean => k >= len && this.truncated;
    const c0 = at(i);
    if (c0 === EOF) {
      if (this.truncated) throw new NeedMore(mLine, mCol);
      return { kind: 'eof', col: ecol };
    }
    if (c0 >= 48 && c0 <= 55) {
      let v = c0 - 48;
      let n = 1;
      while (n < 3) {
        const d = at(i + n);
        if (d === EOF && more(i + n)) throw new NeedMore(mLine, mCol);
        if (!(d >= 48 && d <= 55)) break;
        v = v * 8 + (d - 48);
        n++;
      }
      return { kind: 'ok', value: v, pos: i + n, col: ecol + n, nl: false };
    }
    if (c0 === 120) {
      const c1 = at(i + 1);
      if (c1 === EOF) {
        if (this.truncated) throw new NeedMore(mLine, mCol);
        return { kind: 'eof', col: ecol + 1 };
      }
      if (c1 === 123) {
        let k = i + 2;
        while (isHex(at(k))) k++;
        if (more(k)) throw new NeedMore(mLine, mCol);
        const hcol = ecol + 2 + (k - (i + 2));
        const close = at(k);
        if (close === EOF) return { kind: 'eof', col: hcol };
        if (close !== 125) return { kind: 'error', pos: k, col: hcol };
        const hex = s.slice(i + 2, k);
        const v = hex === '' || hex.length > 8 ? -1 : parseInt(hex, 16);
        if (!isUnicode(v)) return { kind: 'error', pos: k + 1, col: hcol + 1 };
        return { kind: 'ok', value: v, pos: k + 1, col: hcol + 1, nl: false };
      }
      if (isHex(c1)) {
        const c2 = at(i + 2);
        if (c2 === EOF && more(i + 2)) throw new NeedMore(mLine, mCol);
        if (isHex(c2)) return { kind: 'ok', value: parseInt(s.slice(i + 1, i + 3), 16), pos: i + 3, col: ecol + 3, nl: false };
      }
      return { kind: 'error', pos: i + 1, col: ecol + 1 };
    }
    if (c0 === 94) {
      const c1 = i + 1 < len ? s.codePointAt(i + 1)! : EOF;
      if (c1 === EOF) {
        if (this.truncated) throw new NeedMore(mLine, mCol);
        return { kind: 'eof', col: ecol + 1 };
      }
      if (c1 === 10) return { kind: 'ok', value: 10, pos: i + 2, col: 1, nl: true };
      return { kind: 'ok', value: c1 & 31, pos: i + 1 + (c1 > 0xffff ? 2 : 1), col: ecol + 2, nl: false };
    }
    if (c0 === 10) return { kind: 'ok', value: 10, pos: i + 1, col: 1, nl: true };
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isUnicode(cp)) return { kind: 'error', pos: i + width, col: ecol + 1 };
    return { kind: 'ok', value: SIMPLE_ESCAPES[cp] ?? cp, pos: i + width, col: ecol + 1, nl: false };
  }

  /** A string (q = `"`) or quoted atom (q = `'`). */
  private quoted(q: number): Token {
    const s = this.text;
    const len = this.len;
    const start = this.pos;
    const line0 = this.line;
    const col0 = this.col;
    let i = start + 1;
    let line = line0;
    let col = col0 + 1;
    // Decoded value so far: slices of plain text, then escapes.
    let value = '';
    let plainFrom = i;
    const unterminated = (endLine: number, endCol: number): ErrResume => {
      const head = sliceGraphemes(value, 16);
      const what = q === 39 ? 'atom' : 'string';
      const msg = `unterminated ${what} starting with ${writeString(head, String.fromCharCode(q))}`;
      return this.err('string', msg, line0, col0, len, endLine, endCol);
    };
    for (;;) {
      if (i >= len) {
        value += s.slice(plainFrom, i);
        if (this.truncated) throw new NeedMore(line, col);
        throw unterminated(line, col);
      }
      const c = s.charCodeAt(i);
      if (c === q) break;
      if (c === 10) {
        i++;
        line++;
        col = 1;
        continue;
      }
      if (c === 92) {
        value += s.slice(plainFrom, i);
        const e = this.escape(i + 1, col, line, col);
        if (e.kind === 'eof') throw unterminated(line, e.col + 1);
        if (e.kind === 'error') throw this.err('illegal', 'illegal character', line, col, e.pos, line, e.col + 1);
        value += String.fromCodePoint(e.value);
        i = e.pos;
        if (e.nl) {
          line++;
          col = e.col;
        } else {
          col = e.col + 1;
        }
        plainFrom = i;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          i += 2;
          col++;
          continue;
        }
      }
      if (!isUnicode(c)) {
        throw this.err('illegal', 'illegal character', line, col, i + 1, line, col + 1);
      }
      i++;
      col++;
    }
    value += s.slice(plainFrom, i);
    this.pos = i + 1;
    this.line = line;
    this.col = col + 1;
    if (q === 34) return this.make(T.String, value, start, i + 1, line0, col0);
    if (countCodePoints(value) > 255) {
      throw this.err('illegal', 'illegal atom', line0, col0, i + 1, line, col + 1);
    }
    return this.make(T.Atom, value, start, i + 1, line0, col0);
  }
}

const QUESTION = T.Punct['?']!;

function isErrResume(e: unknown): e is ErrResume {
  return typeof e === 'object' && e !== null && 'endCol' in e && 'code' in e;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function countCodePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** Small integers are frequent: their bigints are made once (bigints are values). */
const SMALL_BIGINTS: bigint[] = Array.from({ length: 1024 }, (_, k) => BigInt(k));

function smallBigInt(n: number): bigint {
  return n < 1024 ? SMALL_BIGINTS[n]! : BigInt(n);
}

function parseBased(digits: string, base: number): bigint {
  const clean = digits.indexOf('_') >= 0 ? digits.replace(/_/g, '') : digits;
  if (base === 16) return BigInt('0x' + clean);
  if (base === 2) return BigInt('0b' + clean);
  if (base === 8) return BigInt('0o' + clean);
  if (base === 10) return BigInt(clean);
  const b = BigInt(base);
  let v = 0n;
  for (let k = 0; k < clean.length; k++) v = v * b + BigInt(basedDigit(clean.charCodeAt(k), base));
  return v;
}

/** list_to_float/1: undefined where it fails (out of range). */
function toFloat(text: string): number | undefined {
  const v = Number(text);
  return Number.isFinite(v) ? v : undefined;
}

export interface LexResult {
  tokens: Token[];
  errors: Diagnostic[];
}

/** Scan a whole text as epp reads a file (without preprocessing): the tokens of every
 * form that scans without error, and the scan errors. */
export function lex(text: string, file: string): LexResult {
  const sc = new Scanner(text, file);
  const tokens: Token[] = [];
  const errors: Diagnostic[] = [];
  for (;;) {
    const r = sc.scanForm();
    if (r.kind === 'eof' || r.kind === 'invalid') break;
    if (r.kind === 'error') {
      errors.push(mkError('erl_scan', r.error.code, r.error.message, file, r.error.line, r.error.col));
    } else {
      for (const t of r.tokens) tokens.push(t);
    }
  }
  return { tokens, errors };
}
