// Erlang stack traces from the JavaScript stack.
//
// BEAM's stack trace is the list of functions that still have work to do: the function
// that raised (with its line), then every frame waiting on a non-tail call (with the
// line of that call), at most 8 entries. Compiled code keeps no shadow stack for this;
// the JS stack already is that list, minus two things:
//   * frames of functions that made a *tail* call are still on the JS stack (JS has
//     no tail calls); the code generator marks those lines, and they are dropped;
//   * frames below the last capture live on the process's heap stack; each knows its
//     function and call line.
// So when an exception is created we take a *raw* stack: V8's structured call sites
// (`Error.captureStackTrace`, formatted lazily on first access, so an exception whose
// stack is never looked at costs only the capture) plus a snapshot of the top heap
// frames. `buildStack` turns it into the list term when a handler asks for it.
import { ErlangError } from '../term/errors.js';
import { Cons, NIL, type Term } from '../term/types.js';
import { fromString } from '../term/list.js';
import { mapFromPairs } from '../term/map.js';
import { CallFrame, S, type Frame, type FrameInfo } from './state.js';
import { STDLIB_BIFS } from '../../compiler/js/stdlib-bifs.js';

/** BEAM's default backtrace depth. */
export const DEPTH = 8;

/** Where a generated line comes from: [function name, arity, Erlang line, tail call]. */
export interface ScriptInfo {
  mod: string;
  file: string;
  /** By V8 line number. */
  lines: Map<number, { fn: string; arity: number; line: number; tail: boolean; site: number }>;
}

const scripts = new Map<string, ScriptInfo>();

export function registerScript(url: string, info: ScriptInfo): void {
  scripts.set(url, info);
}

/** Modules that share one script (a bundle, bin/bundle.ts): each owns lines
 * [from, to) of it. */
const regions = new Map<string, { from: number; to: number; info: ScriptInfo }[]>();

export function registerScriptRegion(url: string, from: number, to: number, info: ScriptInfo): void {
  let rs = regions.get(url);
  if (!rs) regions.set(url, (rs = []));
  rs.push({ from, to, info });
}

function scriptAt(url: string, line: number): ScriptInfo | undefined {
  const sc = scripts.get(url);
  if (sc || regions.size === 0) return sc;
  for (const r of regions.get(url) ?? []) if (line >= r.from && line < r.to) return r.info;
  return undefined;
}

interface CallSiteLike {
  getScriptNameOrSourceURL(): string | null;
  getLineNumber(): number | null;
}

export class RawStack {
  /** Entries before the first compiled frame (the BIF that failed, an undef). */
  top: Term[] = [];
  /** Arguments replacing the arity of the first compiled frame (function_clause, error/2). */
  topArgs: Term | null = null;
  /** Extra location items of the first compiled frame (a binary construction's
   * `{error_info, #{cause => ...}}`). */
  topExtra: Term[] = [];
  js: { stack?: unknown } | null = null;
  heap: Frame[] = [];
  built: Term | undefined = undefined;
  /** The process's entries below its first function (Process.stackBottom). */
  bottom: Term[] | null = null;
}

const raws = new WeakMap<ErlangError, RawStack>();

/** Record the current stack (JS + heap) in a fresh RawStack. */
export function captureRaw(omit?: Function): RawStack {
  const r = new RawStack();
  const holder: { stack?: unknown } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 64;
  Error.captureStackTrace(holder, omit);
  Error.stackTraceLimit = limit;
  r.js = holder;
  const proc = S.proc;
  if (proc) {
    r.bottom = proc.stackBottom;
    const st = proc.stack;
    // Consecutive frames of one call site collapse into one entry (see buildStack), so
    // a deep recursion takes one slot and the callers below it are still reached.
    let prev: FrameInfo | null = null;
    for (let i = st.length - 1; i >= 0 && r.heap.length < DEPTH; i--) {
      const info = st[i]!.info;
      if (info && info !== prev) r.heap.push(st[i]!);
      if (info) prev = info;
    }
  }
  return r;
}

/** The raw stack of an exception, capturing one now if it has none yet. */
export function rawOf(e: ErlangError): RawStack {
  let r = raws.get(e);
  if (!r) {
    r = captureRaw(rawOf);
    raws.set(e, r);
  }
  return r;
}

export function hasRaw(e: ErlangError): boolean {
  return raws.has(e);
}

export function setRaw(e: ErlangError, r: RawStack): ErlangError {
  raws.set(e, r);
  return e;
}

function callSites(holder: { stack?: unknown }): CallSiteLike[] {
  const prev = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, cs) => cs;
  try {
    const cs = holder.stack;
    return Array.isArray(cs) ? (cs as CallSiteLike[]) : [];
  } finally {
    Error.prepareStackTrace = prev;
  }
}

function withExtra(loc: Term, extra: Term[]): Term {
  if (extra.length === 0) return loc;
  const items: Term[] = [];
  for (let l = loc; l instanceof Cons; l = l.tl) items.push(l.hd);
  return listOf([...items, ...extra]);
}

export function location(file: string, line: number): Term {
  if (!line) return NIL;
  return new Cons([('file' as Term), fromString(file)], new Cons(['line', line], NIL));
}

const ERTS_INFO: Term = new Cons(['error_info', mapFromPairs([['module', 'erl_erts_errors']])], NIL);
const STDLIB_INFO: Term = new Cons(['error_info', mapFromPairs([['module', 'erl_stdlib_errors']])], NIL);
/** register/2 reports its badarg with `cause => none` (measured on OTP 25). */
const ERTS_INFO_NO_CAUSE: Term = new Cons(['error_info', mapFromPairs([['cause', 'none'], ['module', 'erl_erts_errors']])], NIL);

/** The stack entry of a failing BIF: `{M, F, Args, [{error_info, ...}]}`. */
export function bifEntry(mod: string, name: string, args: Term[]): Term {
  if (mod === 'erlang' && name === 'register') return [mod, name, listOf(args), ERTS_INFO_NO_CAUSE];
  const info = mod === 'erlang' ? ERTS_INFO : mod === 'maps' || mod === 'math' || STDLIB_BIFS.has(`${mod}:${name}/${args.length}`) ? STDLIB_INFO : NIL;
  return [mod, name, listOf(args), info];
}

export function listOf(items: readonly Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i]!, l);
  return l;
}

/** The stack as the Erlang list term (memoised). */
export function buildStack(r: Term | RawStack): Term {
  if (!(r instanceof RawStack)) return r; // already a term (erlang:raise/3 with a list)
  if (r.built !== undefined) return r.built;
  const out: Term[] = [...r.top];
  let first = true;
  // BEAM records a continuation pointer only when it differs from the one before it: a
  // body recursion shows up as one entry for its call site, however deep. The first
  // compiled entry is where the error happened, not a continuation: never merged.
  let prevKey: string | null = null;
  // BEAM compares return addresses: two calls on one line are different entries. A
  // call site's number (the same in its fast path, resume code and heap frames) stands
  // for the address; lines without one fall back to the line.
  const dup = (mod: string, fn: string, arity: number, line: number, site: number | undefined, isFirst: boolean): boolean => {
    const key = site ? `${mod}\0#${site}` : `${mod}\0${fn}\0${arity}\0${line}`;
    if (isFirst) {
      prevKey = null;
      return false;
    }
    if (key === prevKey) return true;
    prevKey = key;
    return false;
  };
  if (r.js) {
    for (const cs of callSites(r.js)) {
      if (out.length >= DEPTH) break;
      const url = cs.getScriptNameOrSourceURL();
      const lineNo = cs.getLineNumber() ?? -1;
      const sc = url ? scriptAt(url, lineNo) : undefined;
      if (!sc) continue;
      const li = sc.lines.get(lineNo);
      if (!li || li.fn === '') continue;
      if (li.tail && (!first || out.length > 0)) continue;
      if (dup(sc.mod, li.fn, li.arity, li.line, li.site, first)) continue;
      const arg = first && r.topArgs !== null ? r.topArgs : li.arity;
      const loc = first ? withExtra(location(sc.file, li.line), r.topExtra) : location(sc.file, li.line);
      first = false;
      out.push([sc.mod, li.fn, arg, loc]);
    }
  }
  for (const f of r.heap) {
    if (out.length >= DEPTH) break;
    const i = (f as CallFrame).info;
    if (!i) continue;
    if (dup(i.mod, i.fn, i.arity, i.line, i.site, first)) continue;
    const arg = first && r.topArgs !== null ? r.topArgs : i.arity;
    first = false;
    out.push([i.mod, i.fn, arg, location(i.file, i.line)]);
  }
  if (r.bottom) for (const f of r.bottom) if (out.length < DEPTH) out.push(f);
  r.built = listOf(out.slice(0, DEPTH));
  return r.built;
}
