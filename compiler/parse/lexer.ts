// The lexer: source text -> erl_scan tokens.
//
// Two steps. The chevrotain lexer (token types in tokens.ts) finds token boundaries;
// then one pass over its output makes erl_scan's tokens: reserved words become keyword
// tokens, quoted atoms become atoms, literal values are decoded (escapes, based
// integers, digit separators), `.` before white space becomes the end-of-form `Dot`,
// and columns are recounted in code points where a line holds characters outside the
// BMP. Scan errors are data, with erl_scan's descriptors and texts.
import { Lexer, type IToken, type ILexingError } from 'chevrotain';
import * as T from './tokens.js';
import type { Token } from './tokens.js';
import { error as mkError, type Diagnostic } from '../diagnostics.js';

const chevLexer = new Lexer(T.lexerTokenTypes, {
  positionTracking: 'full',
  ensureOptimizations: true,
  lineTerminatorsPattern: /\n/g,
  lineTerminatorCharacters: ['\n'],
});

export interface LexResult {
  tokens: Token[];
  errors: Diagnostic[];
}

const KEYWORDS = new Map<string, T.Keyword>(
  (Object.keys(T.Keywords) as T.Keyword[]).filter((k) => k !== 'maybe' && k !== 'else').map((k) => [k, k]),
);

/** Scan a whole source text. `line0` lets a caller scan a fragment that starts mid-file. */
export function lex(text: string, file: string): LexResult {
  const res = chevLexer.tokenize(text);
  const errors: Diagnostic[] = [];
  const fixCols = /[\uD800-\uDFFF]/.test(text);
  const lineStarts = fixCols ? computeLineStarts(text) : [];
  let out: Token[] = [];
  for (const ct of res.tokens) {
    const tok = ct as Token;
    tok.file = file;
    if (fixCols) recolumn(tok, text, lineStarts);
    const d = decode(tok, text);
    if (d) {
      errors.push(mkError('erl_scan', d.code, d.message, file, tok.startLine!, tok.startColumn!));
      continue;
    }
    out.push(tok);
  }
  // An unterminated string or quoted atom swallows the rest of the file, as in erl_scan.
  let cutAt = Infinity;
  for (const e of res.errors) {
    if (e.offset >= cutAt) continue;
    const d = describeLexError(e, text);
    const col = fixCols ? codePointColumn(text, lineStarts, e.line!, e.offset) : e.column!;
    errors.push(mkError('erl_scan', d.code, d.message, file, e.line!, col));
    if (d.cut) cutAt = e.offset;
  }
  if (cutAt !== Infinity) out = out.filter((t) => t.startOffset < cutAt);
  errors.sort((a, b) => a.line - b.line || a.col - b.col);
  return { tokens: out, errors };
}

function computeLineStarts(text: string): number[] {
  const starts = [0, 0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function codePointColumn(text: string, lineStarts: number[], line: number, offset: number): number {
  let col = 1;
  for (let i = lineStarts[line]!; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) col++;
  }
  return col;
}

function recolumn(tok: IToken, text: string, lineStarts: number[]): void {
  tok.startColumn = codePointColumn(text, lineStarts, tok.startLine!, tok.startOffset);
  tok.endColumn = codePointColumn(text, lineStarts, tok.endLine!, tok.endOffset!);
}

interface ScanError {
  code: string;
  message: string;
}

function describeLexError(e: ILexingError, text: string): ScanError & { cut: boolean } {
  const c = text[e.offset];
  if (c === '"' || c === "'") {
    const head = decodeEscapes(text.slice(e.offset + 1), 0).value;
    const h = Array.from(head).slice(0, 16).join('');
    const thing = c === "'" ? 'atom' : 'string';
    return { code: 'string', message: `unterminated ${thing} starting with ${writeString(h, c)}`, cut: true };
  }
  if (c === '$') return { code: 'char', message: 'unterminated character', cut: true };
  return { code: 'illegal', message: 'illegal character', cut: false };
}

/** io_lib:write_string/2 for the texts erl_scan quotes in its messages. */
function writeString(s: string, q: string): string {
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 27) out += '\\e';
    else if (c === 127) out += '\\d';
    else if (c < 32) out += '\\' + c.toString(8).padStart(3, '0');
    else out += ch;
  }
  return out + q;
}

/** Decode a token in place; return an error to drop it. */
function decode(tok: Token, text: string): ScanError | undefined {
  const tt = tok.tokenType;
  const img = tok.image;
  switch (tt) {
    case T.Atom: {
      const kw = KEYWORDS.get(img);
      if (kw) retype(tok, T.Keywords[kw]);
      tok.value = img;
      return undefined;
    }
    case T.Var:
      tok.value = img;
      return undefined;
    case T.QAtom: {
      const r = decodeEscapes(img.slice(1, -1), 0);
      if (r.error) return r.error;
      if (Array.from(r.value).length > 255) return { code: 'illegal', message: 'illegal atom' };
      retype(tok, T.Atom);
      tok.value = r.value;
      return undefined;
    }
    case T.String: {
      const r = decodeEscapes(img.slice(1, -1), 0);
      if (r.error) return r.error;
      tok.value = r.value;
      return undefined;
    }
    case T.Char: {
      const r = decodeEscapes(img.slice(1), 0);
      if (r.error) return r.error;
      tok.value = r.value.codePointAt(0)!;
      return undefined;
    }
    case T.Integer:
      return decodeInteger(tok, img);
    case T.Float: {
      const v = Number(img.replace(/_/g, ''));
      if (!Number.isFinite(v)) return { code: 'illegal', message: 'illegal float' };
      tok.value = v;
      return undefined;
    }
    case T.Punct['.']: {
      const next = text.charCodeAt(tok.endOffset! + 1);
      if (Number.isNaN(next) || next <= 32 || next === 37 /* % */ || (next >= 128 && next <= 160)) retype(tok, T.Dot);
      tok.value = '.';
      return undefined;
    }
    default:
      tok.value = img;
      return undefined;
  }
}

function retype(tok: IToken, tt: typeof T.Dot): void {
  tok.tokenType = tt;
  tok.tokenTypeIdx = tt.tokenTypeIdx!;
}

function decodeInteger(tok: Token, img: string): ScanError | undefined {
  const clean = img.replace(/_/g, '');
  const hash = clean.indexOf('#');
  if (hash < 0) {
    tok.value = clean.length < 16 ? BigInt(Number(clean)) : BigInt(clean);
    return undefined;
  }
  const base = Number(clean.slice(0, hash));
  if (base < 2 || base > 36) return { code: 'base', message: `illegal base '${base}'` };
  let v = 0n;
  const b = BigInt(base);
  for (const ch of clean.slice(hash + 1)) {
    const d = parseInt(ch, 36);
    if (d >= base) return { code: 'illegal', message: 'illegal integer' };
    v = v * b + BigInt(d);
  }
  tok.value = v;
  return undefined;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10, r: 13, t: 9, v: 11, b: 8, f: 12, e: 27, s: 32, d: 127,
};

/** Decode erl_scan escapes in the body of a string, quoted atom or char literal. */
function decodeEscapes(s: string, from: number): { value: string; error?: ScanError } {
  if (s.indexOf('\\', from) < 0) return { value: from === 0 ? s : s.slice(from) };
  let out = '';
  let i = from;
  while (i < s.length) {
    const c = s[i]!;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = s[i + 1];
    if (e === undefined) break;
    if (e >= '0' && e <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < s.length && j < i + 4 && s[j]! >= '0' && s[j]! <= '7') v = v * 8 + (s.charCodeAt(j++) - 48);
      out += String.fromCodePoint(v);
      i = j;
    } else if (e === 'x') {
      if (s[i + 2] === '{') {
        const close = s.indexOf('}', i + 3);
        const hex = close < 0 ? '' : s.slice(i + 3, close);
        if (close < 0 || !/^[0-9a-fA-F]+$/.test(hex)) return { value: out, error: illegalChar() };
        const v = parseInt(hex, 16);
        if (!isUnicode(v)) return { value: out, error: illegalChar() };
        out += String.fromCodePoint(v);
        i = close + 1;
      } else if (/^[0-9a-fA-F]{2}$/.test(s.slice(i + 2, i + 4))) {
        out += String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16));
        i += 4;
      } else {
        return { value: out, error: illegalChar() };
      }
    } else if (e === '^') {
      const x = s.codePointAt(i + 2);
      if (x === undefined) break;
      out += x === 10 ? '\n' : String.fromCharCode(x & 31);
      i += x > 0xffff ? 4 : 3;
    } else {
      const simple = SIMPLE_ESCAPES[e];
      if (simple !== undefined) {
        out += String.fromCharCode(simple);
        i += 2;
      } else {
        const cp = s.codePointAt(i + 1)!;
        out += String.fromCodePoint(cp);
        i += cp > 0xffff ? 3 : 2;
      }
    }
  }
  return { value: out };
}

function illegalChar(): ScanError {
  return { code: 'illegal', message: 'illegal character' };
}

function isUnicode(c: number): boolean {
  return (c >= 0 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff);
}

/** Decode a source file's bytes the way epp does: UTF-8 unless a `coding:` comment in
 * the first two lines says latin-1. */
export function decodeSource(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').split('\n', 2).join('\n');
  const m = /coding\s*[:=]\s*([-a-zA-Z0-9_]+)/.exec(head);
  const enc = m ? m[1]!.toLowerCase() : 'utf-8';
  if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1') return Buffer.from(bytes).toString('latin1');
  return new TextDecoder('utf-8').decode(bytes);
}
