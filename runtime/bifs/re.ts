// The `re` module, natively: compile/1,2, run/2,3, replace/3,4, split/2,3, inspect/2,
// version/0, over the engine in runtime/re (PCRE 8 semantics, OTP 25's API).
//
// A compiled pattern is OTP's shape {re_pattern, NumGroups, Unicode, UseCRLF, Binary};
// the binary here holds the compile options and the pattern's bytes (not PCRE's
// bytecode), and the engine's program is cached by that binary. replace and split follow
// re.erl's construction of their results (iodata shapes, empty strings at the ends),
// which programs print.
import { Bitstring, binary } from '../term/bitstring.js';
import { badarg, ErlangError } from '../term/errors.js';
import { fromArray, fromBytes } from '../term/list.js';
import { mapFromPairs } from '../term/map.js';
import { Cons, NIL, type Term } from '../term/types.js';
import { iolistToBinary } from './erlang-binary.js';
import { registerNative } from './registry.js';
import { charactersToBinary } from './unicode.js';
import { type Newline, type Options, parse, ReError } from '../re/parse.js';
import { compileProgram, LimitError, Matcher, type MatchOptions, type Program } from '../re/match.js';

// --------------------------------------------------------------------- arguments

const badoptErrors = new WeakSet<ErlangError>();

/** badarg for a bad option: error_info says cause => badopt. */
function badopt(): never {
  const e = new ErlangError('error', 'badarg');
  e.location = errorInfo(true);
  badoptErrors.add(e);
  throw e;
}

function errorInfo(badoptCause: boolean): Term {
  const info = badoptCause
    ? mapFromPairs([['cause', 'badopt'], ['module', 'erl_stdlib_errors']])
    : mapFromPairs([['module', 'erl_stdlib_errors']]);
  return fromArray([['error_info', info]]);
}

/**
 * The natives raise badarg as OTP's re does: the BIFs (compile, run, inspect) with an
 * error_info, cause badopt for options; replace and split (Erlang functions in re.erl)
 * from re.erl lines 965 (bad option) and 969 (anything else).
 */
function withErrorInfo<F extends (...a: Term[]) => Term>(fn: F, erl: boolean): F {
  return ((...args: Term[]) => {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof ErlangError && e.class === 'error' && e.reason === 'badarg') {
        const opt = badoptErrors.has(e);
        if (erl) {
          const info = errorInfo(opt);
          const ei = (info as Cons).hd;
          e.location = fromArray([['file', fromString8('re.erl')], ['line', opt ? 965 : 969], ei]);
        } else if (!opt) e.location = errorInfo(false);
      }
      throw e;
    }
  }) as F;
}

function properList(t: Term): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.hd);
    t = t.tl;
  }
  if (t !== NIL) badarg();
  return out;
}

/** Subject or pattern data as bytes: UTF-8 of chardata with unicode, else iodata bytes. */
function dataBytes(t: Term, unicode: boolean): Uint8Array {
  if (t instanceof Bitstring) {
    if (!t.isBinary) badarg();
    return t.toBytes();
  }
  if (unicode) {
    const r = charactersToBinary(t);
    if (!(r instanceof Bitstring)) badarg();
    return r.toBytes();
  }
  return iolistToBinary(t).toBytes();
}

/** UTF-8 bytes to code points, with the byte offset of each (and of the end); null if invalid. */
function decodeUtf8(b: Uint8Array): { units: Int32Array; offs: Int32Array } | null {
  const units: number[] = [];
  const offs: number[] = [];
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    offs.push(i);
    if (c < 0x80) {
      units.push(c);
      i++;
      continue;
    }
    let n: number, v: number, min: number;
    if (c >= 0xc2 && c <= 0xdf) [n, v, min] = [1, c & 0x1f, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, v, min] = [2, c & 0x0f, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, v, min] = [3, c & 0x07, 0x10000];
    else return null;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return null;
      v = (v << 6) | (d & 0x3f);
    }
    if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return null;
    units.push(v);
    i += n + 1;
  }
  offs.push(b.length);
  return { units: Int32Array.from(units), offs: Int32Array.from(offs) };
}

/** The offset of the first byte that does not start a valid UTF-8 sequence. */
function firstBadUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length || !decodeUtf8(b.subarray(i, i + n + 1))) return i;
    i += n + 1;
  }
  return i;
}

// ---------------------------------------------------------------------- options

interface CompileOpts {
  unicode: boolean;
  anchored: boolean;
  caseless: boolean;
  dollar_endonly: boolean;
  dotall: boolean;
  extended: boolean;
  firstline: boolean;
  multiline: boolean;
  no_auto_capture: boolean;
  dupnames: boolean;
  ungreedy: boolean;
  no_start_optimize: boolean;
  ucp: boolean;
  newline: Newline;
  bsr_anycrlf: boolean;
}

const FLAG_OPTS = [
  'unicode', 'anchored', 'caseless', 'dollar_endonly', 'dotall', 'extended', 'firstline', 'multiline',
  'no_auto_capture', 'dupnames', 'ungreedy', 'no_start_optimize', 'ucp',
] as const;

function defaultCompileOpts(): CompileOpts {
  return {
    unicode: false, anchored: false, caseless: false, dollar_endonly: false, dotall: false, extended: false,
    firstline: false, multiline: false, no_auto_capture: false, dupnames: false, ungreedy: false,
    no_start_optimize: false, ucp: false, newline: 'lf', bsr_anycrlf: false,
  };
}

const NEWLINES = ['cr', 'lf', 'crlf', 'anycrlf', 'any'];

type CaptureValues = 'all' | 'all_but_first' | 'first' | 'none' | 'all_names' | Term[];
type CaptureType = 'index' | 'list' | 'binary';

interface RunOpts {
  global: boolean;
  notbol: boolean;
  noteol: boolean;
  notempty: boolean;
  notempty_atstart: boolean;
  anchored: boolean;
  offset: number;
  values: CaptureValues;
  type: CaptureType;
  report_errors: boolean;
  match_limit: number;
  match_limit_recursion: number;
  newline: Newline | null;
  bsr: boolean | null;
}

function defaultRunOpts(): RunOpts {
  return {
    global: false, notbol: false, noteol: false, notempty: false, notempty_atstart: false, anchored: false,
    offset: 0, values: 'all', type: 'index', report_errors: false, match_limit: 10_000_000,
    match_limit_recursion: 10_000_000, newline: null, bsr: null,
  };
}

/** Applies one compile option; false if it is not one. */
function compileOption(o: Term, c: CompileOpts): boolean {
  if (typeof o === 'string') {
    if ((FLAG_OPTS as readonly string[]).includes(o)) {
      (c as unknown as Record<string, boolean>)[o] = true;
      return true;
    }
    if (o === 'bsr_anycrlf' || o === 'bsr_unicode') {
      c.bsr_anycrlf = o === 'bsr_anycrlf';
      return true;
    }
    if (o === 'never_utf') return true;
    return false;
  }
  if (Array.isArray(o) && o.length === 2 && o[0] === 'newline' && NEWLINES.includes(o[1] as string)) {
    c.newline = o[1] as Newline;
    return true;
  }
  return false;
}

function nonNegInt(t: Term): number {
  if (typeof t !== 'number' || !Number.isInteger(t) || t < 0) return badopt();
  return t;
}

/** Applies one run option; false if it is not one. */
function runOption(o: Term, r: RunOpts): boolean {
  if (typeof o === 'string') {
    switch (o) {
      case 'global': r.global = true; return true;
      case 'notbol': r.notbol = true; return true;
      case 'noteol': r.noteol = true; return true;
      case 'notempty': r.notempty = true; return true;
      case 'notempty_atstart': r.notempty_atstart = true; return true;
      case 'anchored': r.anchored = true; return true;
      case 'report_errors': r.report_errors = true; return true;
      case 'bsr_anycrlf': r.bsr = true; return true;
      case 'bsr_unicode': r.bsr = false; return true;
    }
    return false;
  }
  if (!Array.isArray(o)) return false;
  const [k, v, w] = o as Term[];
  if (o.length === 2 && k === 'offset') {
    r.offset = nonNegInt(v!);
    return true;
  }
  if (o.length === 2 && k === 'match_limit') {
    r.match_limit = nonNegInt(v!);
    return true;
  }
  if (o.length === 2 && k === 'match_limit_recursion') {
    r.match_limit_recursion = nonNegInt(v!);
    return true;
  }
  if (o.length === 2 && k === 'newline' && NEWLINES.includes(v as string)) {
    r.newline = v as Newline;
    return true;
  }
  if (k === 'capture' && (o.length === 2 || o.length === 3)) {
    // a bad capture specification is a plain badarg (not badopt) in OTP
    if (o.length === 3) {
      if (w !== 'index' && w !== 'list' && w !== 'binary') return badarg();
      r.type = w;
    }
    if (v === 'all' || v === 'all_but_first' || v === 'first' || v === 'none' || v === 'all_names') r.values = v;
    else if (v === NIL || v instanceof Cons) r.values = properList(v!);
    else return badarg();
    return true;
  }
  return false;
}

// -------------------------------------------------------------------- compiling

/** Newline and \R settings given to re:run (they win over the pattern's own). */
interface Forced {
  newline: Newline | null;
  bsr: boolean | null;
}

interface Compiled {
  prog: Program;
  opts: CompileOpts;
}

const cache = new Map<string, Compiled>();

function mpKey(opts: CompileOpts, pat: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode('ERLTS-RE ' + JSON.stringify(opts) + '\0');
  const out = new Uint8Array(head.length + pat.length);
  out.set(head);
  out.set(pat, head.length);
  return out;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

/** Compiles pattern bytes; a ReError (with a byte offset) for a bad pattern. */
function compileBytes(pat: Uint8Array, opts: CompileOpts, forced?: Forced): Compiled | ReError {
  const key = latin1(mpKey(opts, pat)) + (forced ? `\0${forced.newline ?? ''}/${forced.bsr ?? ''}` : '');
  const hit = cache.get(key);
  if (hit) return hit;
  let units: number[];
  let offs: Int32Array | null = null;
  if (opts.unicode) {
    const d = decodeUtf8(pat);
    if (!d) return new ReError('invalid UTF-8 string', firstBadUtf8(pat));
    units = Array.from(d.units);
    offs = d.offs;
  } else units = Array.from(pat);
  const po: Options = {
    caseless: opts.caseless, multiline: opts.multiline, dotall: opts.dotall, extended: opts.extended,
    ungreedy: opts.ungreedy, dupnames: opts.dupnames, dollarEndonly: opts.dollar_endonly,
    noAutoCapture: opts.no_auto_capture, utf: opts.unicode, ucp: opts.ucp, newline: opts.newline,
    bsrAnycrlf: opts.bsr_anycrlf,
    forceNewline: forced?.newline ?? undefined,
    forceBsr: forced?.bsr ?? undefined,
  };
  try {
    const parsed = parse(units, po);
    if (opts.no_start_optimize) parsed.noStartOpt = true;
    const c = { prog: compileProgram(parsed), opts };
    if (cache.size > 500) cache.clear();
    cache.set(key, c);
    return c;
  } catch (e) {
    if (e instanceof ReError) {
      return new ReError(e.message, (offs ? offs[Math.min(e.offset, offs.length - 1)]! : e.offset) + e.byteDelta);
    }
    throw e;
  }
}

function makeMp(c: Compiled, pat: Uint8Array): Term {
  const crlf = ['crlf', 'anycrlf', 'any'].includes(c.opts.newline) ? 1 : 0;
  return ['re_pattern', c.prog.ncap, c.opts.unicode ? 1 : 0, crlf, binary(mpKey(c.opts, pat))];
}

/** The options and pattern of a compiled pattern term, or undefined if it is not one. */
function fromMp(t: Term): { opts: CompileOpts; pat: Uint8Array } | undefined {
  if (!Array.isArray(t) || t.length !== 5 || t[0] !== 're_pattern') return undefined;
  const b = t[4];
  if (!(b instanceof Bitstring) || !b.isBinary) return undefined;
  const bytes = b.toBytes();
  const zero = bytes.indexOf(0);
  const head = 'ERLTS-RE ';
  if (zero < 0 || latin1(bytes.subarray(0, head.length)) !== head) return undefined;
  try {
    const opts = JSON.parse(new TextDecoder().decode(bytes.subarray(head.length, zero))) as CompileOpts;
    return { opts, pat: bytes.slice(zero + 1) };
  } catch {
    return undefined;
  }
}

function errorTuple(e: ReError): Term {
  return [fromString8(e.message), e.offset];
}

function fromString8(s: string): Term {
  return fromArray([...s].map((c) => c.codePointAt(0)!));
}

function compile(p: Term, options: Term = NIL): Term {
  const opts = defaultCompileOpts();
  let list: Term[];
  try {
    list = properList(options);
  } catch {
    return badopt();
  }
  for (const o of list) if (!compileOption(o, opts)) badopt();
  if (fromMp(p)) return badarg();
  const pat = dataBytes(p, opts.unicode);
  const c = compileBytes(pat, opts);
  if (c instanceof ReError) return ['error', errorTuple(c)];
  return ['ok', makeMp(c, pat)];
}


// ---------------------------------------------------------------------- running

interface Subject {
  bytes: Uint8Array;
  units: Int32Array;
  /** byte offset of each unit (and the end); null when units are bytes */
  offs: Int32Array | null;
  bin: Bitstring;
}

function subjectOf(t: Term, unicode: boolean): Subject {
  const bytes = dataBytes(t, unicode);
  const bin = t instanceof Bitstring ? t : binary(bytes);
  if (!unicode) return { bytes, units: Int32Array.from(bytes), offs: null, bin };
  const d = decodeUtf8(bytes);
  if (!d) return badarg();
  return { bytes, units: d.units, offs: d.offs, bin };
}

type RunResult = { kind: 'nomatch' } | { kind: 'error'; reason: Term } | { kind: 'match'; matches: Int32Array[] };

/** Runs a compiled program over a subject; match slots are byte offsets. */
function execute(c: Compiled, subj: Subject, r: RunOpts): RunResult {
  const prog = c.prog;
  const toUnit = (byteOff: number): number => {
    if (!subj.offs) return byteOff;
    // binary search
    let lo = 0;
    let hi = subj.offs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (subj.offs[mid]! < byteOff) lo = mid + 1;
      else hi = mid;
    }
    return subj.offs[lo] === byteOff ? lo : -1;
  };
  if (r.offset > subj.bytes.length) return badarg();
  const start = toUnit(r.offset);
  if (start < 0) return badarg();
  const mo: MatchOptions = {
    notbol: r.notbol, noteol: r.noteol, notempty: r.notempty, notemptyAtstart: r.notempty_atstart,
    anchored: r.anchored || c.opts.anchored, matchLimit: r.match_limit, recursionLimit: r.match_limit_recursion,
  };
  const m = new Matcher(prog, subj.units, mo);
  const len = subj.units.length;
  let firstlineEnd = len;
  if (c.opts.firstline) {
    firstlineEnd = len;
    for (let k = 0; k < len; k++) if (m.nlAt(k) > 0) {
      firstlineEnd = k;
      break;
    }
  }
  const toBytes = (caps: Int32Array): Int32Array => {
    const n = 2 * (prog.ncap + 1);
    const out = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const v = caps[k]!;
      out[k] = v < 0 ? -1 : subj.offs ? subj.offs[v]! : v;
    }
    // a group whose end is unset is unset
    for (let g = 0; g <= prog.ncap; g++) if (out[2 * g + 1]! < 0 || out[2 * g]! < 0) {
      out[2 * g] = -1;
      out[2 * g + 1] = -1;
    }
    return out;
  };
  const matches: Int32Array[] = [];
  try {
    if (!r.global) {
      const caps = m.exec(start, firstlineEnd);
      if (!caps) return { kind: 'nomatch' };
      return { kind: 'match', matches: [toBytes(caps)] };
    }
    // OTP's loop (measured on OTP 25): after an empty match, search again from the same
    // start offset as the search that found it, anchored and refusing an empty match at
    // that offset; if that fails (or is empty too), go on one character past the empty
    // match (two over a CRLF for the CRLF newline conventions).
    const nl = prog.parsed.opts.newline;
    const crlf = nl === 'crlf' || nl === 'any' || nl === 'anycrlf';
    const past = (e: number): number => (crlf && subj.units[e] === 13 && subj.units[e + 1] === 10 ? e + 2 : e + 1);
    let off = start;
    let retry = false;
    let lastEnd = start;
    while (off <= len) {
      let caps: Int32Array | null;
      if (retry) {
        const save = { ...mo };
        mo.notemptyAtstart = true;
        mo.anchored = true;
        caps = m.exec(off, firstlineEnd);
        Object.assign(mo, save);
      } else caps = m.exec(off, firstlineEnd);
      if (!caps) {
        if (!retry) break;
        retry = false;
        off = past(lastEnd);
        continue;
      }
      matches.push(toBytes(caps));
      const e = caps[1]!;
      lastEnd = e;
      if (e !== caps[0]!) {
        off = e;
        retry = false;
      } else if (retry) {
        retry = false;
        off = past(e);
      } else retry = true;
    }
  } catch (e) {
    if (e instanceof LimitError) return { kind: 'error', reason: e.kind };
    throw e;
  }
  if (matches.length === 0) return { kind: 'nomatch' };
  return { kind: 'match', matches };
}

/** Group numbers to report, per match (trailing unset groups dropped for all/all_but_first). */
function selectGroups(c: Compiled, values: CaptureValues, caps: Int32Array): number[] {
  const ncap = c.prog.ncap;
  if (values === 'first') return [0];
  if (values === 'all' || values === 'all_but_first') {
    let top = 0;
    for (let g = ncap; g > 0; g--) if (caps[2 * g]! >= 0) {
      top = g;
      break;
    }
    const out: number[] = [];
    for (let g = values === 'all' ? 0 : 1; g <= top; g++) out.push(g);
    return out;
  }
  if (values === 'all_names') return sortedNames(c).map(([name]) => setGroupOf(c, name, caps));
  if (values === 'none') return [];
  return (values as Term[]).map((v) => groupNumber(c, v, caps));
}

function sortedNames(c: Compiled): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const [name, ns] of c.prog.parsed.names) out.push([name, ns[0]!]);
  const key = (s: string): string => latin1(new TextEncoder().encode(s));
  out.sort((a, b) => (key(a[0]) < key(b[0]) ? -1 : key(a[0]) > key(b[0]) ? 1 : 0));
  return out;
}

/**
 * The group a name stands for. With the dupnames option OTP takes the first group of that
 * name that is set; otherwise (names made duplicate by (?J)) it asks PCRE for "the" number,
 * which is a binary search in PCRE's name table (sorted by name, then group number).
 */
function setGroupOf(c: Compiled, name: string, caps: Int32Array | null): number {
  const ns = c.prog.parsed.names.get(name);
  if (!ns) return -1;
  if (ns.length === 1) return ns[0]!;
  if (c.opts.dupnames) {
    if (caps) for (const n of ns) if (caps[2 * n]! >= 0) return n;
    return ns[0]!;
  }
  const table = nameTable(c);
  const key = nameKey(name);
  let bot = 0;
  let top = table.length;
  while (top > bot) {
    const mid = (top + bot) >> 1;
    const k = nameKey(table[mid]![0]);
    if (k === key) return table[mid]![1];
    if (key > k) bot = mid + 1;
    else top = mid;
  }
  return ns[0]!;
}

function nameKey(s: string): string {
  return latin1(new TextEncoder().encode(s));
}

/** PCRE's name table: one entry per named group, sorted by name then number. */
function nameTable(c: Compiled): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const [name, ns] of c.prog.parsed.names) for (const n of ns) out.push([name, n]);
  out.sort((a, b) => (nameKey(a[0]) < nameKey(b[0]) ? -1 : nameKey(a[0]) > nameKey(b[0]) ? 1 : a[1] - b[1]));
  return out;
}

/** A capture list element: a number, or a name (atom, string, binary). -1: no such group. */
function groupNumber(c: Compiled, v: Term, caps: Int32Array | null = null): number {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0) return badarg();
    return v <= c.prog.ncap ? v : -1;
  }
  let name: string;
  if (typeof v === 'string') name = v;
  else if (typeof v === 'boolean') name = v ? 'true' : 'false';
  else if (v instanceof Bitstring) name = new TextDecoder().decode(v.toBytes());
  else if (v instanceof Cons || v === NIL) {
    const cs = properList(v);
    if (!cs.every((x) => typeof x === 'number')) return badarg();
    name = String.fromCodePoint(...(cs as number[]));
  } else return badarg();
  return setGroupOf(c, name, caps);
}

function captureTerm(subj: Subject, caps: Int32Array, g: number, type: CaptureType, unicode: boolean): Term {
  const s = g < 0 ? -1 : caps[2 * g]!;
  const e = g < 0 ? -1 : caps[2 * g + 1]!;
  if (type === 'index') return s < 0 ? [-1, 0] : [s, e - s];
  if (s < 0) return type === 'list' ? NIL : binary(new Uint8Array(0));
  const part = subj.bytes.subarray(s, e);
  if (type === 'binary') return subj.bin.isBinary && subj.bin.bitOffset % 8 === 0 ? subBinary(subj.bin, s, e) : binary(part.slice());
  if (!unicode) return fromBytes(part);
  const d = decodeUtf8(part)!;
  return fromArray(Array.from(d.units));
}

function subBinary(b: Bitstring, s: number, e: number): Bitstring {
  return new Bitstring(b.buf, b.bitOffset + s * 8, (e - s) * 8);
}

interface Prepared {
  compiled: Compiled;
  run: RunOpts;
}

/** Options and pattern of run/3: compile options only with a pattern given as data. */
function prepare(re: Term, options: Term): Prepared | { compileError: ReError; run: RunOpts } {
  let list: Term[];
  try {
    list = properList(options);
  } catch {
    return badopt();
  }
  const run = defaultRunOpts();
  const copts = defaultCompileOpts();
  const mp = fromMp(re);
  let hadCompile = false;
  for (const o of list) {
    if (runOption(o, run)) continue;
    if (compileOption(o, copts)) {
      hadCompile = true;
      continue;
    }
    badopt();
  }
  if (mp) {
    // a compiled pattern takes run-time options only (newline and bsr may change)
    if (hadCompile) badarg();
    const opts = { ...mp.opts };
    const c = compileBytes(mp.pat, opts, forcedOf(run));
    if (c instanceof ReError) return badarg();
    return { compiled: c, run };
  }
  if (Array.isArray(re)) badarg();
  if (run.newline) copts.newline = run.newline;
  if (run.bsr !== null) copts.bsr_anycrlf = run.bsr;
  if (run.anchored) copts.anchored = true;
  const pat = dataBytes(re, copts.unicode);
  const c = compileBytes(pat, copts, forcedOf(run));
  if (c instanceof ReError) return { compileError: c, run };
  return { compiled: c, run };
}

function forcedOf(run: RunOpts): Forced | undefined {
  return run.newline || run.bsr !== null ? { newline: run.newline, bsr: run.bsr } : undefined;
}

function runRe(subject: Term, re: Term, options: Term = NIL): Term {
  const p = prepare(re, options);
  if ('compileError' in p) {
    if (p.run.report_errors) return ['error', ['compile', errorTuple(p.compileError)]];
    return badarg();
  }
  const c = p.compiled;
  const r = p.run;
  const unicode = c.opts.unicode;
  const subj = subjectOf(subject, unicode);
  // a capture list is checked even when nothing matches
  if (Array.isArray(r.values)) for (const v of r.values) groupNumber(c, v);
  const res = execute(c, subj, r);
  if (res.kind === 'nomatch') return 'nomatch';
  if (res.kind === 'error') return r.report_errors ? ['error', res.reason] : 'nomatch';
  if (r.values === 'none' || (Array.isArray(r.values) && r.values.length === 0)) return 'match';
  if (r.values === 'all_names' && c.prog.parsed.names.size === 0) return 'match';
  const one = (caps: Int32Array): Term =>
    fromArray(selectGroups(c, r.values, caps).map((g) => captureTerm(subj, caps, g, r.type, unicode)));
  if (!r.global) return ['match', one(res.matches[0]!)];
  return ['match', fromArray(res.matches.map(one))];
}

// ----------------------------------------------------------------- replace/split

type Piece = Uint8Array | number;

/** The replacement's parts: literal bytes, and group numbers for & \N \g{N} \gN. */
function replacementParts(b: Uint8Array): Piece[] {
  const out: Piece[] = [];
  let lit: number[] = [];
  const flush = (): void => {
    if (lit.length) out.push(Uint8Array.from(lit));
    lit = [];
  };
  const digits = (i: number): [number, number] => {
    let j = i;
    while (j < b.length && b[j]! >= 48 && b[j]! <= 57) j++;
    if (j === i) badarg();
    return [Number(latin1(b.subarray(i, j))), j];
  };
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c === 0x5c && i + 1 < b.length) {
      const d = b[i + 1]!;
      if (d === 0x67 && i + 2 < b.length) {
        // \g{N} or \gN
        if (b[i + 2] === 0x7b && i + 3 < b.length) {
          const [n, j] = digits(i + 3);
          if (b[j] !== 0x7d) badarg();
          flush();
          out.push(n);
          i = j + 1;
        } else {
          const [n, j] = digits(i + 2);
          flush();
          out.push(n);
          i = j;
        }
        continue;
      }
      if (d >= 0x31 && d <= 0x39) {
        const [n, j] = digits(i + 1);
        flush();
        out.push(n);
        i = j;
        continue;
      }
      lit.push(d);
      i += 2;
      continue;
    }
    if (c === 0x26) {
      flush();
      out.push(0);
      i++;
      continue;
    }
    lit.push(c);
    i++;
  }
  flush();
  return out;
}


/** replace and split hand other options to re:run, whose badarg re.erl reports without a cause. */
function asRun<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ErlangError) badoptErrors.delete(e);
    throw e;
  }
}

/** Parses {return, T} and refuses report_errors/capture, as re.erl's replace/split do. */
function replace(subject: Term, re: Term, repl: Term, options: Term = NIL): Term {
  let ret: 'iodata' | 'list' | 'binary' = 'iodata';
  const rest: Term[] = [];
  for (const o of properListOr(options, () => badopt())) {
    if (o === 'report_errors' || (Array.isArray(o) && o[0] === 'capture')) badopt();
    if (Array.isArray(o) && o.length === 2 && o[0] === 'return') {
      if (o[1] !== 'iodata' && o[1] !== 'list' && o[1] !== 'binary') badopt();
      ret = o[1];
      continue;
    }
    rest.push(o);
  }
  const unicode = unicodeOf(re, rest);
  const flat = flatBinary(subject, unicode);
  const replBytes = dataBytes(repl, unicode);
  const p = asRun(() => prepare(re, fromArray(rest)));
  if ('compileError' in p) return badarg();
  const c = p.compiled;
  const subj = subjectOf(flat, c.opts.unicode);
  const res = execute(c, subj, p.run);
  let io: Term;
  if (res.kind !== 'match') io = subject;
  else {
    const parts = replacementParts(replBytes);
    const pieces: Term[] = [];
    let pos = 0;
    for (const caps of res.matches) {
      const ms = caps[0]!;
      const me = caps[1]!;
      if (ms > pos) pieces.push(subBinary(flat, pos, ms));
      let data: Term;
      if (parts.length === 1 && parts[0] instanceof Uint8Array) data = binary(parts[0]);
      else {
        const ncaps = selectGroups(c, 'all', caps).length;
        data = fromArray(
          parts.map((x) => {
            if (x instanceof Uint8Array) return binary(x);
            if (x >= ncaps || caps[2 * x]! < 0) return binary(new Uint8Array(0));
            return subBinary(flat, caps[2 * x]!, caps[2 * x + 1]!);
          }),
        );
      }
      pieces.push(data);
      pos = me;
    }
    const tail: Term = pos < flat.byteSize ? subBinary(flat, pos, flat.byteSize) : NIL;
    io = fromArray(pieces, tail);
  }
  if (ret === 'iodata') return io;
  const bytes = unicode ? dataBytes(io, true) : iolistToBinary(io).toBytes();
  if (ret === 'binary') return binary(bytes.slice());
  if (!unicode) return fromBytes(bytes);
  return fromArray(Array.from(decodeUtf8(bytes)!.units));
}

function properListOr(t: Term, bad: () => never): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.hd);
    t = t.tl;
  }
  if (t !== NIL) bad();
  return out;
}

function unicodeOf(re: Term, opts: Term[]): boolean {
  if (Array.isArray(re) && re.length === 5 && re[0] === 're_pattern') return re[2] === 1;
  return opts.includes('unicode');
}

function flatBinary(t: Term, unicode: boolean): Bitstring {
  if (t instanceof Bitstring) {
    if (!t.isBinary) badarg();
    return t;
  }
  return binary(dataBytes(t, unicode));
}

function split(subject: Term, re: Term, options: Term = NIL): Term {
  let ret: 'iodata' | 'list' | 'binary' = 'iodata';
  let limit = -1;
  let strip = false;
  let group = false;
  const rest: Term[] = [];
  for (const o of properListOr(options, () => badopt())) {
    if (o === 'trim') {
      limit = -1;
      strip = true;
    } else if (Array.isArray(o) && o.length === 2 && o[0] === 'parts') {
      const n = o[1];
      if (n === 0) {
        limit = -1;
        strip = true;
      } else if (typeof n === 'number' && Number.isInteger(n) && n >= 1) {
        limit = n - 1;
        strip = false;
      } else if (n === 'infinity') {
        limit = -1;
        strip = false;
      } else badopt();
    } else if (o === 'group') group = true;
    else if (o === 'global' || o === 'report_errors' || (Array.isArray(o) && o[0] === 'capture')) badopt();
    else if (Array.isArray(o) && o.length === 2 && o[0] === 'return') {
      if (o[1] !== 'iodata' && o[1] !== 'list' && o[1] !== 'binary') badopt();
      ret = o[1];
    } else rest.push(o);
  }
  const unicode = unicodeOf(re, rest);
  const flat = flatBinary(subject, unicode);
  const p = asRun(() => prepare(re, fromArray([...rest, 'global'])));
  if ('compileError' in p) return badarg();
  const c = p.compiled;
  const subj = subjectOf(flat, c.opts.unicode);
  const res = execute(c, subj, p.run);
  const size = flat.byteSize;
  const nsub = c.prog.ncap;
  const restFrom = (off: number): Bitstring => subBinary(flat, off, size);
  let parts: Term[];
  if (res.kind !== 'match') parts = group ? [fromArray([flat])] : [flat];
  else {
    const out: Term[] = [];
    let off = 0;
    let lim = limit;
    let k = 0;
    const ms = res.matches;
    for (;;) {
      if (lim === 0 || k >= ms.length) {
        out.push(group ? fromArray([restFrom(off)]) : restFrom(off));
        break;
      }
      if (size <= off) {
        out.push(group ? fromArray([binary(new Uint8Array(0))]) : binary(new Uint8Array(0)));
        break;
      }
      const caps = ms[k++]!;
      const mi = caps[0]!;
      const ml = caps[1]! - mi;
      const subs: Array<[number, number]> = [];
      for (let g = 1; g <= selectGroups(c, 'all', caps).length - 1; g++) {
        subs.push(caps[2 * g]! < 0 ? [-1, 0] : [caps[2 * g]!, caps[2 * g + 1]! - caps[2 * g]!]);
      }
      const kept = mi - off;
      const emptySub = subs.every(([, l]) => l === 0);
      if (kept === 0 && emptySub && ml === 0) {
        off = mi + ml;
        continue;
      }
      while (subs.length < nsub) subs.push([0, 0]);
      const keep = subBinary(flat, off, mi);
      const subBins = subs.map(([s, l]) => (s < 0 ? binary(new Uint8Array(0)) : subBinary(flat, s, s + l)));
      if (group) out.push(fromArray([keep, ...subBins]));
      else out.push(keep, ...subBins);
      off = mi + ml;
      lim--;
    }
    parts = out;
  }
  let list = parts as Term[];
  if (strip) list = group ? stripGroups(list) : stripEmpty(list);
  const conv = (b: Term): Term => {
    if (ret !== 'list') return b;
    const bytes = (b as Bitstring).toBytes();
    if (!unicode) return fromBytes(bytes);
    return fromArray(Array.from(decodeUtf8(bytes)!.units));
  };
  if (group) return fromArray(list.map((g) => fromArray(properList(g).map(conv))));
  return fromArray(list.map(conv));
}


function isEmptyBin(t: Term): boolean {
  return t instanceof Bitstring && t.bitSize === 0;
}

/** Drops the empty binaries at the end. */
function stripEmpty(l: Term[]): Term[] {
  let n = l.length;
  while (n > 0 && isEmptyBin(l[n - 1]!)) n--;
  return l.slice(0, n);
}

/** Drops the trailing groups that hold only empty binaries. */
function stripGroups(l: Term[]): Term[] {
  let n = l.length;
  while (n > 0 && stripEmpty(properList(l[n - 1]!)).length === 0) n--;
  return l.slice(0, n);
}

function inspect(mp: Term, what: Term): Term {
  const m = fromMp(mp);
  if (!m || what !== 'namelist') return badarg();
  const c = compileBytes(m.pat, m.opts);
  if (c instanceof ReError) return badarg();
  // one entry per named group, except that the dupnames option lists a name once
  const entries = c.opts.dupnames ? sortedNames(c) : nameTable(c);
  const names = entries.map(([n]) => binary(new TextEncoder().encode(n)));
  return ['namelist', fromArray(names)];
}

export function registerReBifs(): void {
  const bif = <F extends (...a: Term[]) => Term>(f: F): F => withErrorInfo(f, false);
  const erl = <F extends (...a: Term[]) => Term>(f: F): F => withErrorInfo(f, true);
  registerNative('re', {
    'version/0': () => binary(new TextEncoder().encode('8.44 2020-02-12')),
    'compile/1': bif((p) => compile(p)),
    'compile/2': bif(compile),
    'run/2': bif((s, r) => runRe(s, r)),
    'run/3': bif(runRe),
    'replace/3': erl((s, r, x) => replace(s, r, x)),
    'replace/4': erl(replace),
    'split/2': erl((s, r) => split(s, r)),
    'split/3': erl(split),
    'inspect/2': bif(inspect),
  });
}
