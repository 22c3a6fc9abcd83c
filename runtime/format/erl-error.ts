// The report of an uncaught exception, as escript prints it (erl_error:format_exception
// with escript's print function `~.IP` at depth 50, latin1): a first line
// `exception <class>: <explanation>`, then the stack, one entry per line:
//
//   exception error: bad argument
//     in function  atom_to_list/1
//        called as atom_to_list(3)
//        *** argument 1: not an atom
//     in call from e1:main/1 (e1.erl, line 3)
//
// Explanations: the standard error reasons have their sentences (badarith, badmatch,
// case_clause, ...); others are pretty printed at column 18. A function_clause or
// undef error takes its first stack entry into the explanation. The first stack entry,
// when it carries `{error_info, #{module => erl_erts_errors}}`, gets the `*** argument
// N:` lines of erts-errors.ts. An entry with an argument list prints `called as
// f(Args)` (operators as `a + 1`), laid out as erl_error decides between one line and
// a break after the function name.
import { Cons, Fun, NIL, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { funToString, writeAtom } from '../term/print.js';
import { toArrayOrUndefined } from '../term/list.js';
import { charsToString, flattenChars } from './format.js';
import { prettyPrint, cpLength } from './pretty.js';
import { autoImportedBif, ertsArgErrors } from './erts-errors.js';
import { stdlibArgErrors } from './stdlib-errors.js';

type Cls = 'error' | 'exit' | 'throw';

/** The PF in use: escript's io_lib:format("~.IP", [Term, 50]) unless formatExceptionAt set another. */
let pfDepth = 50;
let pfUnicode = false;
function pf(t: Term, col: number): string {
  return prettyPrint(t, { column: col, lineLength: 80, depth: pfDepth, unicode: pfUnicode, strings: true });
}

function exited(cls: Cls): string {
  return `exception ${cls}: `;
}

const countNl = (s: string): number => s.split('\n').length - 1;
const spaces = (n: number): string => ' '.repeat(Math.max(0, n));
const atomName = (a: Term): string => (typeof a === 'string' ? a : a === true ? 'true' : 'false');
const isAtom = (a: Term): a is string | boolean => typeof a === 'string' || typeof a === 'boolean';
/** ~w of a term (atoms as io_lib:write). */
const w = (t: Term): string => (isAtom(t) ? writeAtom(atomName(t)) : String(t));

interface Frame {
  m: Term;
  f: Term;
  /** The arity, or the argument list. */
  a: number | Term[];
  loc: Term[];
}

function isStacktrace(st: Term): Frame[] | undefined {
  const l = toArrayOrUndefined(st);
  if (!l) return undefined;
  const out: Frame[] = [];
  for (const e of l) {
    if (!Array.isArray(e) || e.length !== 4) return undefined;
    const [m, f, a, i] = e as Term[];
    if (!isAtom(m!) || !isAtom(f!)) return undefined;
    const loc = toArrayOrUndefined(i!);
    if (!loc) return undefined;
    if (typeof a === 'number') out.push({ m: m!, f: f!, a, loc });
    else {
      const as = toArrayOrUndefined(a!);
      if (!as) return undefined;
      out.push({ m: m!, f: f!, a: as, loc });
    }
  }
  return out;
}

const BINARY_OPS = new Set([
  '+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', 'and', 'or', 'xor',
  '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=', '++', '--', '!',
]);
const UNARY_OPS = new Set(['+', '-', 'bnot', 'not']);

/** erl_error:is_op: {erlang, Op} with an operator of that arity. */
function isOp(m: Term, f: Term, arity: number): string | undefined {
  if (m !== 'erlang' || !isAtom(f)) return undefined;
  const n = atomName(f);
  if ((arity === 2 && BINARY_OPS.has(n)) || (arity === 1 && UNARY_OPS.has(n))) return n;
  return undefined;
}

function mfToString(m: Term, f: Term, arity: number): string {
  if (m === 'erlang' && autoImportedBif(atomName(f), arity)) return w(f);
  const op = isOp(m, f, arity);
  if (op === '/') return w(f);
  if (op !== undefined) return op;
  return w(m) + ':' + writeAtom(atomName(f));
}

function mfaToString(m: Term, f: Term, arity: number): string {
  return mfToString(m, f, arity) + '/' + arity;
}

function formatFun(fn: Fun): string {
  if (fn.name === '') return funToString(fn);
  if (!fn.isExport && fn.module === 'erl_eval') return `interpreted function with arity ${fn.arity}`;
  return mfaToString(fn.module, fn.name, fn.arity);
}

function location(loc: Term[]): string {
  let file: Term | undefined;
  let line: Term | undefined;
  for (const p of loc) {
    if (Array.isArray(p) && p.length === 2) {
      if (p[0] === 'file' && file === undefined) file = p[1];
      if (p[0] === 'line' && line === undefined) line = p[1];
    }
  }
  if (file === undefined || line === undefined) return '';
  const fs = charsToString(flattenChars(file));
  return `(${fs}, line ${w(line)})`;
}

function isPrintableLatin1List(as: Term[]): boolean {
  return as.every((c) => typeof c === 'number' && ((c >= 32 && c <= 126) || (c >= 160 && c <= 255) || (c >= 8 && c <= 13) || c === 27));
}

function listOf(as: Term[]): Term {
  let l: Term = NIL;
  for (let i = as.length - 1; i >= 0; i--) l = new Cons(as[i]!, l);
  return l;
}

/** pp_arguments: the argument list printed at column I+1, brackets turned to parens. */
function ppArguments(as: Term[], i: number): string {
  let s: string;
  if (as.length > 0 && isPrintableLatin1List(as)) {
    // A list of "characters" would print as a string: print the first as an atom of
    // the same width, then put the integer back.
    const l = String(as[0]);
    const a = 'a'.repeat(l.length);
    const s0 = pf(listOf([a, ...as.slice(1)]), i + 1);
    s = '[' + l + Array.from(s0).slice(1 + l.length).join('');
  } else s = pf(listOf(as), i + 1);
  return '(' + s.slice(1, -1) + ')';
}

function formatOp(errStr: string, pre: string, op: string, as: Term[]): string {
  if (as.length === 1) {
    const ops = op + ' ';
    const i1 = cpLength(errStr + pre + ops);
    return ops + pf(as[0]!, i1 + 1);
  }
  const i1 = cpLength(errStr + pre);
  const s1 = pf(as[0]!, i1 + 1);
  const s2 = pf(as[1]!, i1 + 1);
  const pre1 = '\n' + spaces(i1);
  if (countNl(s1) > 0) return s1 + pre1 + op + pre1 + s2;
  const ops2 = ' ' + op + ' ';
  const size1 = cpLength(errStr + pre + ops2);
  const s22 = pf(as[1]!, size1 + cpLength(s1) + 1);
  if (countNl(s2) < countNl(s22)) return s1 + pre1 + op + pre1 + s2;
  return s1 + ops2 + s22;
}

/** format_call(ErrStr, Pre1, {M,F} | Fun, As). */
function formatCall(errStr: string, pre1: string, m: Term, f: Term | Fun, as: Term[]): string {
  const op = f instanceof Fun ? undefined : isOp(m, f, as.length);
  if (op !== undefined) return errStr + formatOp(errStr, pre1, op, as);
  const mfs = f instanceof Fun ? formatFun(f) : mfToString(m, f, as.length);
  const i1 = cpLength(pre1 + errStr + mfs);
  const s1 = ppArguments(as, i1);
  const s2 = ppArguments(as, cpLength(pre1 + mfs));
  const s3 = ppArguments(['a2345', 'b2345'], i1);
  const long = countNl(s3) > 0;
  if (long || countNl(s2) < countNl(s1)) return errStr + '\n' + pre1 + mfs + s2;
  return errStr + mfs + s1;
}

function formatValue(v: Term, errStr: string, cls: Cls, s: string): string {
  const pre1Sz = exited(cls).length;
  const s1 = pf(v, pre1Sz + cpLength(s + errStr) + 1);
  const n1 = countNl(s1);
  if (n1 > 1) {
    const s2 = pf(v, cpLength(s) + 1 + pre1Sz);
    if (countNl(s2) < n1) return errStr + '\n' + s + spaces(pre1Sz) + s2;
  }
  return errStr + s1;
}

const ARGSS = ['no arguments', 'one argument', 'two arguments'];

function explainReason(term: Term, cls: Cls, trace1: Frame[], s: string): string {
  if (cls === 'error') {
    const t = Array.isArray(term) && term.length === 2 && isAtom(term[0]!) ? atomName(term[0]!) : undefined;
    const v = t !== undefined ? (term as Term[])[1]! : undefined;
    if (trace1.length === 0) {
      if (term === 'badarg') return 'bad argument';
      if (t === 'badarg') return formatValue(v!, 'bad argument: ', cls, s);
      if (t === 'badkey') return formatValue(v!, 'bad key: ', cls, s);
      if (t === 'badmap') return formatValue(v!, 'bad map: ', cls, s);
      if (term === 'badarith') return 'an error occurred when evaluating an arithmetic expression';
      if (t === 'badarity' && Array.isArray(v) && v.length === 2 && v[0] instanceof Fun) {
        const as = toArrayOrUndefined(v[1]!);
        if (as) {
          const n = as.length;
          return `${formatFun(v[0])} called with ${n < 3 ? ARGSS[n] : `${n} arguments`}`;
        }
      }
      if (t === 'badfun') return formatValue(v!, 'bad function ', cls, s);
      // erl_eval's reason for a fun of more than 20 parameters.
      if (t === 'argument_limit') return 'limit of number of arguments to interpreted function exceeded';
      if (t === 'badmatch') return formatValue(v!, 'no match of right hand side value ', cls, s);
      if (t === 'case_clause') return formatValue(v!, 'no case clause matching ', cls, s);
      if (term === 'if_clause') return 'no true branch found when evaluating an if expression';
      if (term === 'noproc') return 'no such process or port';
      if (term === 'notalive') return 'the node cannot be part of a distributed system';
      if (term === 'system_limit') return 'a system limit has been reached';
      if (term === 'timeout_value') return 'bad receive timeout value';
      if (t === 'try_clause') return formatValue(v!, 'no try clause matching ', cls, s);
      if (t === 'bad_filter') return formatValue(v!, 'bad filter ', cls, s);
      if (t === 'bad_generator') return formatValue(v!, 'bad generator ', cls, s);
      if (t === 'unbound') return `variable ${w(v!)} is unbound`;
      // The shell's reason for a local call it does not know (shell_default has no F/A).
      if (Array.isArray(term) && term.length === 4 && term[0] === 'shell_undef' && isAtom(term[1]!) && typeof term[2] === 'number')
        return `undefined shell command ${writeAtom(atomName(term[1]!), true)}/${term[2]}`;
    } else if (trace1.length === 1) {
      const fr = trace1[0]!;
      if (term === 'function_clause' && Array.isArray(fr.a)) {
        const pre1 = s + spaces(exited(cls).length);
        return formatCall('no function clause matching ', pre1, fr.m, fr.f, fr.a) + ' ' + location(fr.loc);
      }
      if (term === 'undef') {
        const n = Array.isArray(fr.a) ? fr.a.length : fr.a;
        return 'undefined function ' + mfaToString(fr.m, fr.f, n);
      }
    }
  }
  return pf(term, cpLength(s) + 1 + exited(cls).length);
}

/** The `error_info` map of a frame's location list, if any. */
function errorInfo(loc: Term[]): ErlMap | undefined {
  for (const p of loc) if (Array.isArray(p) && p.length === 2 && p[0] === 'error_info' && p[1] instanceof ErlMap) return p[1];
  return undefined;
}

/** get_extended_error: argument explanations for the first frame (erl_erts_errors only). */
function extendedError(reason: Term, trace: Frame[]): Map<number | 'general', string> {
  const fr = trace[0];
  if (!fr) return new Map();
  const info = errorInfo(fr.loc);
  if (!info) return new Map();
  const mod = info.get('module') ?? fr.m;
  if (mod === 'erl_stdlib_errors' && Array.isArray(fr.a) && info.get('function') === undefined)
    return stdlibArgErrors(atomName(fr.m), atomName(fr.f), fr.a);
  if (mod !== 'erl_erts_errors' || info.get('function') !== undefined) return new Map();
  if (fr.m !== 'erlang' || !Array.isArray(fr.a)) return new Map();
  return ertsArgErrors(atomName(fr.f), fr.a, reason, info.get('cause'));
}

function callFormatError(errs: Map<number | 'general', string>, arity: number, sep: string): string {
  const lines: string[] = [];
  for (let i = 1; i <= arity; i++) {
    const e = errs.get(i);
    if (e === undefined) continue;
    const [first, ...rest] = e.split(/[\r\n]+/).filter((x) => x !== '');
    const argStr = `*** argument ${i}: `;
    lines.push(argStr + (first ?? ''));
    for (const l of rest) lines.push(spaces(argStr.length) + l);
  }
  if (lines.length === 0 && errs.has('general')) lines.push('*** ' + errs.get('general')!);
  return lines.map((l) => '\n' + sep + '   ' + l).join('');
}

function formatStacktrace(s0: string, stack: Frame[], errs: Map<number | 'general', string>): string {
  const s = '  ' + s0;
  const out: string[] = [];
  stack.forEach((fr, idx) => {
    const n = idx + 1;
    const sep = n === 1 ? s : '\n' + s;
    const arity = Array.isArray(fr.a) ? fr.a.length : fr.a;
    const origin = n === 1 ? (isOp(fr.m, fr.f, arity) !== undefined ? 'in operator ' : 'in function ') : 'in call from';
    const fe = n === 1 ? callFormatError(errs, arity, sep) : '';
    if (Array.isArray(fr.a)) {
      const calledAs = s + '   called as ';
      const c = formatCall('', calledAs, fr.m, fr.f, fr.a);
      out.push(`${sep}${origin} ${mfaToString(fr.m, fr.f, arity)}\n${calledAs}${c}${fe}`);
    } else out.push(`${sep}${origin} ${mfaToString(fr.m, fr.f, arity)} ${location(fr.loc)}${fe}`);
  });
  return out.join('');
}

/**
 * erl_error:format_exception(1, Class, Reason, Stack, TrimFun, PF, latin1) with
 * escript's PF; `trim(m)` drops trailing frames of those modules (escript trims
 * erl_eval and escript). Returns the text without the `escript: ` prefix.
 */
export function formatException(cls: Cls, reason: Term, stack: Term, trim: (m: Term) => boolean = () => false): string {
  return formatExceptionS('', cls, reason, stack, trim);
}

/**
 * erl_error:format_exception(I, Class, Reason, Stack, TrimFun, PF, Enc) where PF is
 * io_lib:format("~.Ctp", [Term]) (or `~.CtP` with a depth; `~p`/`~P` for latin1), as
 * proc_lib's crash report and the behaviours' reports use it. depth -1 is unlimited.
 */
export function formatExceptionAt(
  indent: number, cls: Cls, reason: Term, stack: Term, trim: (m: Term) => boolean, depth: number, unicode: boolean,
): string {
  const [d, u] = [pfDepth, pfUnicode];
  pfDepth = depth;
  pfUnicode = unicode;
  try {
    return formatExceptionS(spaces(indent - 1), cls, reason, stack, trim);
  } finally {
    pfDepth = d;
    pfUnicode = u;
  }
}

function formatExceptionS(s: string, cls: Cls, reason: Term, stack: Term, trim: (m: Term) => boolean): string {
  let term: Term = reason;
  let trace1: Frame[] = [];
  let trace: Frame[] = [];
  const st = isStacktrace(stack);
  if (!st) term = [reason, stack];
  else if (cls === 'error' && st.length > 0 && reason === 'function_clause' && Array.isArray(st[0]!.a)) {
    trace1 = [st[0]!];
    trace = st.slice(1);
  } else if (cls === 'error' && st.length > 0 && reason === 'undef') {
    trace1 = [st[0]!];
    trace = st.slice(1);
  } else trace = st;
  const errs = extendedError(reason, trace);
  let keep = trace.length;
  while (keep > 0 && trim(trace[keep - 1]!.m)) keep--;
  const stText = formatStacktrace(s, trace.slice(0, keep), errs);
  const expl = errs.get('reason' as never) ?? explainReason(term, cls, trace1, s);
  const first = exited(cls) + expl;
  return stText === '' ? first : first + '\n' + stText;
}
