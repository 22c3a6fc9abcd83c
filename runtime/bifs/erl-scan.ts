// erl_scan and erl_parse, as far as programs use them to read terms: erl_scan:string/1,2,
// erl_scan:tokens/3,4 (the continuation form io:read and I/O servers use) and
// erl_parse:parse_term/1. They run the compiler's own scanner and term parser
// (compiler/parse/lexer.ts follows erl_scan rule for rule; epp-expr.ts parses terms as
// erl_parse does) and convert between its tokens and erl_scan's token tuples
// `{Category, Anno}` / `{Category, Anno, Value}`, where Anno is a line, or `{Line, Col}`
// when the start location was given as one.
import { Scanner, makeToken } from '../../compiler/parse/lexer.js';
import * as T from '../../compiler/parse/tokens.js';
import { erlCategory, type Token } from '../../compiler/parse/tokens.js';
import { parseTermResult } from '../../compiler/parse/epp-expr.js';
import * as C from '../../compiler/parse/erl-term.js';
import { Cons, Float, NIL, float, type Term } from '../term/types.js';
import { normBig } from '../term/int.js';
import { binary } from '../term/bitstring.js';
import { mapFromPairs } from '../term/map.js';
import { fromArray, fromString, toArrayOrUndefined, toJsString } from '../term/list.js';
import { badarg } from '../term/errors.js';
import { registerNative } from './registry.js';

type Loc = { line: number; col: number | null };

function location(t: Term): Loc {
  if (typeof t === 'number' && Number.isInteger(t)) return { line: t, col: null };
  if (Array.isArray(t) && t.length === 2 && typeof t[0] === 'number' && typeof t[1] === 'number') {
    return { line: t[0], col: t[1] };
  }
  return badarg();
}

const anno = (l: Loc, line: number, col: number): Term => (l.col === null ? line : [line, col]);

/** A compiler token as erl_scan's tuple. */
function tokenTerm(tok: Token, l: Loc): Term {
  const cat = erlCategory(tok);
  const a = anno(l, tok.startLine!, tok.startColumn!);
  switch (tok.tokenType) {
    case T.Atom:
    case T.Var:
      return [cat, a, tok.value as string];
    case T.Integer:
      return [cat, a, normBig(tok.value as bigint)];
    case T.Float:
      return [cat, a, float(tok.value as number)];
    case T.Char:
      return [cat, a, tok.value as number];
    case T.String:
      return [cat, a, fromString(tok.value as string)];
    default:
      return [cat, a];
  }
}

/** Characters of a string argument (a flat list of code points). */
function text(t: Term): string {
  const s = toJsString(t);
  return s ?? badarg();
}

/** Scans `src` from `l`: every token, or the first error. `end` is where scanning
 * stopped. */
function scanAll(src: string, l: Loc): Term {
  const sc = new Scanner(src, '', l.line, l.col ?? 1);
  const toks: Term[] = [];
  for (;;) {
    const r = sc.scanForm();
    if (r.kind === 'eof' || r.kind === 'invalid') break;
    if (r.kind === 'error') {
      const at = anno(l, r.error.line, r.error.col);
      return ['error', [at, 'erl_scan', scanError(r.error.code, r.error.message)], anno(l, sc.line, sc.col)];
    }
    for (const t of r.tokens) toks.push(tokenTerm(t, l));
  }
  return ['ok', fromArray(toks), anno(l, sc.line, sc.col)];
}

/** erl_scan's error descriptor, as far as the scanner tells it. */
function scanError(code: string, message: string): Term {
  if (code === 'illegal') return ['illegal', message.includes('character') ? 'character' : 'atom'];
  return [code, fromString(message)];
}

/**
 * erl_scan:tokens(Cont, Chars, StartLocation): scan up to and including a dot. The
 * continuation keeps the characters seen so far (and the start location); the form is
 * rescanned when more arrive, which is cheap for the line-sized input of io:read.
 */
function tokens(cont: Term, chars: Term, start: Term): Term {
  let prev = '';
  let l: Loc;
  if (cont === NIL) l = location(start);
  else if (Array.isArray(cont) && cont[0] === 'erl_scan_cont') {
    prev = toJsString(cont[1]!) ?? badarg();
    l = location(cont[2]!);
  } else return badarg();
  if (chars === 'eof') {
    if (prev.trim() === '') return ['done', ['eof', anno(l, l.line, l.col ?? 1)], 'eof'];
    return finish(prev + ' ', l, true);
  }
  return finish(prev + text(chars), l, false);
}

function finish(src: string, l: Loc, atEof: boolean): Term {
  const sc = new Scanner(src, '', l.line, l.col ?? 1);
  const r = sc.scanForm();
  if (r.kind === 'form' && r.tokens[r.tokens.length - 1]!.tokenType === T.Dot) {
    const rest = fromString(src.slice(sc.pos));
    return ['done', ['ok', fromArray(r.tokens.map((t) => tokenTerm(t, l))), anno(l, sc.line, sc.col)], rest];
  }
  if (r.kind === 'error') {
    const at = anno(l, r.error.line, r.error.col);
    return ['done', ['error', [at, 'erl_scan', scanError(r.error.code, r.error.message)], anno(l, sc.line, sc.col)], fromString(src.slice(sc.pos))];
  }
  if (atEof) {
    if (r.kind === 'form') {
      const end = anno(l, sc.line, sc.col);
      return ['done', ['error', [end, 'erl_scan', 'scan'], end], 'eof'];
    }
    return ['done', ['eof', anno(l, sc.line, sc.col)], 'eof'];
  }
  return ['more', ['erl_scan_cont', fromString(src), anno(l, l.line, l.col ?? 1)]];
}

// ------------------------------------------------------------------ erl_parse

/** erl_scan token tuples back to the compiler's tokens. */
function compilerTokens(ts: Term[]): Token[] | undefined {
  const out: Token[] = [];
  for (const t of ts) {
    if (!Array.isArray(t) || t.length < 2 || typeof t[0] !== 'string') return undefined;
    const cat = t[0] as string;
    const a = t[1]!;
    const line = typeof a === 'number' ? a : Array.isArray(a) && typeof a[0] === 'number' ? (a[0] as number) : 0;
    const col = Array.isArray(a) && typeof a[1] === 'number' ? (a[1] as number) : 1;
    const mk = (type: Parameters<typeof makeToken>[0], value: string | number | bigint, image: string) =>
      makeToken(type, value, image, '', line, col, 0);
    const v = t[2];
    switch (cat) {
      case 'atom': out.push(mk(T.Atom, v as string, v as string)); break;
      case 'var': out.push(mk(T.Var, v as string, v as string)); break;
      case 'integer': out.push(mk(T.Integer, BigInt(v as number | bigint), String(v))); break;
      case 'float': out.push(mk(T.Float, (v as Float).value, String((v as Float).value))); break;
      case 'char': out.push(mk(T.Char, v as number, '$')); break;
      case 'string': out.push(mk(T.String, toJsString(v!) ?? '', '"')); break;
      case 'dot': out.push(mk(T.Dot, '.', '.')); break;
      default: {
        const type = (T.Keywords as Record<string, Parameters<typeof makeToken>[0]>)[cat] ?? T.Punct[cat] ?? T.OtherPunct;
        out.push(mk(type, cat, cat));
      }
    }
  }
  return out;
}

function fromCompilerTerm(t: C.Term): Term {
  if (typeof t === 'bigint') return normBig(t);
  if (typeof t === 'number') return float(t);
  if (t instanceof C.Atom) return t.name === 'true' ? true : t.name === 'false' ? false : t.name;
  if (t instanceof C.List) return fromArray(t.items.map(fromCompilerTerm), t.tail === null ? NIL : fromCompilerTerm(t.tail));
  if (t instanceof C.Tuple) return t.items.map(fromCompilerTerm);
  if (t instanceof C.ErlMap) return mapFromPairs(t.entries.map(([k, v]) => [fromCompilerTerm(k), fromCompilerTerm(v)] as const));
  if (t instanceof C.Bin) return binary(Uint8Array.from(t.bytes));
  throw new Error('parse_term: unsupported term');
}

function parseTerm(toks: Term): Term {
  const ts = toArrayOrUndefined(toks);
  if (ts === undefined) return badarg();
  const ctoks = compilerTokens(ts);
  if (ctoks === undefined) return badarg();
  const r = parseTermResult(ctoks);
  if ('ok' in r) {
    try {
      return ['ok', fromCompilerTerm(r.ok)];
    } catch {
      return ['error', [lineOf(ts[0]), 'erl_parse', fromString('bad term')]];
    }
  }
  const i = ctoks.indexOf(r.tok);
  const at = i >= 0 ? (ts[i] as Term[])[1]! : lineOf(ts[ts.length - 1]);
  const prefix = 'syntax error before: ';
  const msg = r.error.startsWith(prefix)
    ? new Cons(fromString(prefix), new Cons(fromString(r.error.slice(prefix.length)), NIL))
    : fromString(r.error);
  return ['error', [at, 'erl_parse', msg]];
}

function lineOf(t: Term | undefined): Term {
  return Array.isArray(t) ? (t as Term[])[1]! : 1;
}

export function registerErlScanBifs(): void {
  registerNative('erl_scan', {
    'string/1': (s) => scanAll(text(s), { line: 1, col: null }),
    'string/2': (s, l) => scanAll(text(s), location(l)),
    'string/3': (s, l) => scanAll(text(s), location(l)),
    'tokens/3': (c, s, l) => tokens(c, s, l),
    'tokens/4': (c, s, l) => tokens(c, s, l),
  });
  registerNative('erl_parse', {
    'parse_term/1': parseTerm,
  });
}
