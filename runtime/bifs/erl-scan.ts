// erl_scan and erl_parse, as far as programs use them to read terms: erl_scan:string/1,2,
// erl_scan:tokens/3,4 (the continuation form io:read and I/O servers use) and
// erl_parse:parse_term/1, and file:consult's reading of terms (file.ts). They run the
// compiler's own scanner (compiler/parse/lexer.ts follows erl_scan rule for rule) and
// parser (a term is parsed as the body of `f() -> ...`, then checked to be a literal as
// erl_parse:normalise/1 does), and convert between its tokens and erl_scan's token tuples
// `{Category, Anno}` / `{Category, Anno, Value}`, where Anno is a line, or `{Line, Col}`
// when the start location was given as one.
import { Scanner, makeToken, type ScanErrorInfo } from '../../compiler/parse/lexer.js';
import * as T from '../../compiler/parse/tokens.js';
import { erlCategory, type Token } from '../../compiler/parse/tokens.js';
import { parseForm } from '../../compiler/parse/parser.js';
import type { Expr } from '../../compiler/ast/ast.js';
import { Cons, Float, NIL, float, type Term } from '../term/types.js';
import { normBig } from '../term/int.js';
import { binary } from '../term/bitstring.js';
import { mapFromPairs } from '../term/map.js';
import { fromArray, fromString, toArrayOrUndefined, toJsString } from '../term/list.js';
import { badarg } from '../term/errors.js';
import { registerNative } from './registry.js';
import { writeString } from '../../compiler/parse/erl-text.js';
import { writeDepth } from '../format/write.js';
import { S } from '../exec/state.js';
import type { Process } from '../proc/process.js';

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
      return ['error', [at, 'erl_scan', scanErrorTerm(src, r.error)], anno(l, sc.line, sc.col)];
    }
    for (const t of r.tokens) toks.push(tokenTerm(t, l));
  }
  return ['ok', fromArray(toks), anno(l, sc.line, sc.col)];
}

/** erl_scan's error descriptor, rebuilt from the scanner's code and message (and, for an
 * unterminated string or atom, the first 16 characters after its quote). */
export function scanErrorTerm(text: string, e: ScanErrorInfo): Term {
  if (e.code === 'string') {
    const lines = text.split('\n');
    let off = 0;
    for (let i = 0; i < e.line - 1 && i < lines.length; i++) off += lines[i]!.length + 1;
    const rest = Array.from(text.slice(off)).slice(e.col - 1);
    const q = rest[0] ?? '"';
    return ['string', q.codePointAt(0)!, fromString(rest.slice(1, 17).join(''))];
  }
  if (e.code === 'char') return 'char';
  const base = /^illegal base '(\d+)'$/.exec(e.message);
  if (base) return ['base', Number(base[1])];
  const ill = /^illegal (\w+)$/.exec(e.message);
  if (ill) return ['illegal', ill[1]!];
  return fromString(e.message);
}

/** erl_scan:format_error/1: the text of an error descriptor. */
function formatError(d: Term): Term {
  if (Array.isArray(d) && d[0] === 'string' && d.length === 3 && typeof d[1] === 'number') {
    const q = String.fromCodePoint(d[1]);
    const head = toJsString(d[2]!) ?? badarg();
    return fromString(`unterminated ${q === "'" ? 'atom' : 'string'} starting with ${writeString(head, q)}`);
  }
  if (Array.isArray(d) && d[0] === 'illegal' && d.length === 2) return fromString(`illegal ${writeDepth(d[1]!, -1, false)}`);
  if (d === 'char') return fromString('unterminated character');
  if (Array.isArray(d) && d[0] === 'base' && d.length === 2) return fromString(`illegal base '${writeDepth(d[1]!, -1, false)}'`);
  // erlts's own descriptors are the message itself.
  const text = toJsString(d);
  return fromString(text !== undefined && d !== NIL ? text : writeDepth(d, -1, false));
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
    // A string or quoted atom left open is reported as it is (no space added).
    const r = new Scanner(prev, '', l.line, l.col ?? 1).scanForm();
    if (r.kind === 'error' && (r.error.code === 'string' || r.error.code === 'char')) return finish(prev, l, true);
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
  // A string, quoted atom or character literal still open at the end of the chars
  // given goes on in the next ones (OTP's erl_scan asks for more), unless that is eof.
  const open = r.kind === 'error' && (r.error.code === 'string' || r.error.code === 'char');
  if (r.kind === 'error' && !(open && !atEof)) {
    const at = anno(l, r.error.line, r.error.col);
    return ['done', ['error', [at, 'erl_scan', scanErrorTerm(src, r.error)], anno(l, sc.line, sc.col)], atEof ? 'eof' : fromString(src.slice(sc.pos))];
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

/** Tokens up to a dot (or the end) read as one term, as erl_parse:parse_term/1 does:
 * `{ok, Term}`, or `{error, {Loc, erl_parse, Reason}}` with `loc` making the location.
 * The tokens are parsed as the body of `f() -> ...` (one parser for everything). */
export function parseTermTokens(toks: readonly Token[], loc: (line: number, col: number) => Term): Term {
  const first = toks[0]!;
  const pre = new Scanner('f()->', '', first.startLine!, 1).scanForm();
  const res = parseForm([...(pre.kind === 'form' ? pre.tokens : []), ...toks]);
  const form = res.form as unknown as { kind: string; clauses?: { body: Expr[] }[] } | undefined;
  if (res.diagnostics.length > 0 || form === undefined || form.kind !== 'function') {
    const d = res.diagnostics[0]!;
    const m = /^syntax error before: (.*)$/s.exec(d.message);
    const what = m ? fromArray([fromString('syntax error before: '), fromString(m[1]!)]) : fromString(d.message);
    return ['error', [loc(d.line, d.col), 'erl_parse', what]];
  }
  const body = form.clauses![0]!.body;
  const bad = (line: number, col: number): Term => ['error', [loc(line, col), 'erl_parse', fromString('bad term')]];
  if (body.length !== 1) return bad(locOf(body[1]!).line, locOf(body[1]!).col);
  try {
    return ['ok', normalise(body[0]!)];
  } catch (e) {
    if (e instanceof BadTerm) return bad(locOf(e.at).line, locOf(e.at).col);
    throw e;
  }
}

function parseTerm(toks: Term): Term {
  const ts = toArrayOrUndefined(toks);
  if (ts === undefined) return badarg();
  const ctoks = compilerTokens(ts);
  if (ctoks === undefined || ctoks.length === 0) return badarg();
  // Locations in the style of the tokens' annotations.
  const lineOnly = !Array.isArray((ts[0] as Term[])[1]);
  return parseTermTokens(ctoks, (line, col) => (lineOnly ? line : [line, col]));
}

/** A parsed expression that is not a term literal (erl_parse's `bad term`). */
class BadTerm {
  constructor(readonly at: Expr) {}
}

function locOf(e: Expr): { line: number; col: number } {
  return (e as { loc: { line: number; col: number } }).loc;
}

/** The runtime term of a parsed literal expression (erl_parse:normalise/1). */
function normalise(e: Expr): Term {
  switch (e.kind) {
    case 'integer': {
      const v = e.value;
      return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    }
    case 'float': return new Float(e.value);
    case 'char': return e.value;
    case 'atom': return e.value === 'true' ? true : e.value === 'false' ? false : e.value;
    case 'string': return fromString(e.value);
    case 'nil': return NIL;
    case 'cons': return new Cons(normalise(e.head), normalise(e.tail));
    case 'tuple': return e.elements.map(normalise);
    case 'map': {
      if (e.base !== undefined) throw new BadTerm(e);
      const pairs: [Term, Term][] = [];
      for (const f of e.fields) {
        if (f.kind !== 'map_field_assoc') throw new BadTerm(e);
        pairs.push([normalise(f.key), normalise(f.value)]);
      }
      return mapFromPairs(pairs);
    }
    case 'bin': {
      const bytes: number[] = [];
      for (const el of e.elements) {
        const x = el as unknown as { value: Expr; size?: unknown; types?: unknown };
        if (x.size !== undefined && x.size !== 'default' && x.size !== null) throw new BadTerm(e);
        if (Array.isArray(x.types) ? x.types.length > 0 : x.types !== undefined && x.types !== 'default' && x.types !== null) throw new BadTerm(e);
        const v = normalise(x.value);
        if (typeof v === 'number') bytes.push(v & 255);
        else {
          let l: Term = v;
          while (l instanceof Cons && typeof l.hd === 'number') {
            bytes.push(l.hd & 255);
            l = l.tl;
          }
          if (l !== NIL) throw new BadTerm(e);
        }
      }
      return binary(Uint8Array.from(bytes));
    }
    case 'unop': {
      const a = e.operand;
      if ((e.op === '-' || e.op === '+') && (a.kind === 'integer' || a.kind === 'float' || a.kind === 'char')) {
        const v = normalise(a);
        if (e.op === '+') return v;
        if (v instanceof Float) return new Float(-v.value);
        return typeof v === 'bigint' ? (-v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(-v) : -v) : -(v as number);
      }
      throw new BadTerm(e);
    }
    case 'fun_remote': {
      const m = e.module;
      const f = e.name;
      const a = e.arity;
      if (m.kind === 'atom' && f.kind === 'atom' && a.kind === 'integer') {
        return (S.proc as Process).sched.rt.makeExportFun(m.value, f.value, Number(a.value));
      }
      throw new BadTerm(e);
    }
    default:
      throw new BadTerm(e);
  }
}

export function registerErlScanBifs(): void {
  registerNative('erl_scan', {
    'string/1': (s) => scanAll(text(s), { line: 1, col: null }),
    'string/2': (s, l) => scanAll(text(s), location(l)),
    'string/3': (s, l) => scanAll(text(s), location(l)),
    'tokens/3': (c, s, l) => tokens(c, s, l),
    'tokens/4': (c, s, l) => tokens(c, s, l),
    'format_error/1': formatError,
  });
  registerNative('erl_parse', {
    'parse_term/1': parseTerm,
  });
}
