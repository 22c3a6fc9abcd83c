// Warnings for io:format/io:fwrite/io_lib:format/io_lib:fwrite calls whose format
// string is a literal (erl_lint's check_format_*): a bad control sequence, or an
// argument list of the wrong length.
//
// erl_lint grades each finding (level 1 or 2) and reports those up to the
// `warn_format` option, 1 by default; level-2 findings ("format string not a
// textual constant", "perhaps not a list") are therefore only computed, not shown,
// unless the option is raised.
import { firstLoc } from '../ast/anno.js';
import type { Expr, Loc } from '../ast/ast.js';
import type { Lint } from './context.js';
import { atom, list, str, tuple } from './terms.js';

type Finding = { level: number; loc: Loc; fmt: string; args: string[] } | undefined;

const arguments_ = (n: number) => (n === 1 ? '1 argument' : `${n} arguments`);

export function checkFormatCall(st: Lint, loc: Loc, m: string, f: string, args: Expr[]): void {
  if (!((m === 'io' || m === 'io_lib') && (f === 'format' || f === 'fwrite'))) return;
  if (st.warnFormat <= 0) return;
  const w = checkFormat(loc, args);
  if (w && w.level <= st.warnFormat) {
    st.warning(w.loc, tuple(atom('format_error'), tuple(str(w.fmt), list(w.args.map(str)))));
  }
}

function checkFormat(callLoc: Loc, args: Expr[]): Finding {
  let fmt: Expr;
  let as: Expr | 'none';
  if (args.length === 1) [fmt, as] = [args[0]!, 'none'];
  else if (args.length === 2) [fmt, as] = [args[0]!, args[1]!];
  else if (args.length === 3) [fmt, as] = [args[1]!, args[2]!];
  else return { level: 1, loc: callLoc, fmt: 'format call with wrong number of arguments', args: [] };
  let text: string;
  if (fmt.kind === 'string') text = fmt.value;
  else if (fmt.kind === 'atom') text = fmt.value;
  else return { level: 2, loc: firstLoc(fmt), fmt: 'format string not a textual constant', args: [] };
  const fmtLoc = fmt.loc;
  let argc: number | 'none' = 'none';
  if (as !== 'none') {
    const kind = argsList(as);
    if (kind === 'no') return { level: 1, loc: as.loc, fmt: 'format arguments not a list', args: [] };
    if (kind === 'maybe') return { level: 2, loc: firstLoc(as), fmt: 'format arguments perhaps not a list', args: [] };
    argc = kind;
  }
  const need = formatNeeds(text);
  if (typeof need === 'string') return { level: 1, loc: fmtLoc, fmt: 'format string invalid (~ts)', args: [need] };
  if (argc === 'none') {
    if (need === 0) return undefined;
    return {
      level: 1, loc: fmtLoc,
      fmt: 'the format string requires an argument list with ~s, but no argument list is given',
      args: [arguments_(need)],
    };
  }
  const asLoc = (as as Expr).loc;
  const prefix = 'the format string requires an argument list with ~s, but the argument list ';
  if (argc === need) return undefined;
  if (need === 0) {
    return { level: 1, loc: asLoc, fmt: 'the format string requires an empty argument list, but the argument list contains ~s', args: [arguments_(argc)] };
  }
  if (argc === 0) return { level: 1, loc: asLoc, fmt: prefix + 'is empty', args: [arguments_(need)] };
  if (argc < need) return { level: 1, loc: asLoc, fmt: prefix + 'contains only ~s', args: [arguments_(need), arguments_(argc)] };
  return { level: 1, loc: asLoc, fmt: prefix + 'contains ~s', args: [arguments_(need), arguments_(argc)] };
}

/** The length of a literal argument list, 'no' for a literal that is not a list,
 * 'maybe' when it cannot be known. A string literal counts as a list of chars. */
function argsList(e: Expr): number | 'no' | 'maybe' {
  if (e.kind === 'string') return Array.from(e.value).length;
  let n = 0;
  let cur: Expr = e;
  while (cur.kind === 'cons') {
    n++;
    cur = cur.tail;
  }
  if (cur.kind === 'nil') return n;
  if (n === 0 && (cur.kind === 'atom' || cur.kind === 'integer' || cur.kind === 'float')) return 'no';
  return 'maybe';
}

/** How many arguments the format string consumes, or the error text. Follows
 * erl_lint's extract_sequence/3 state by state: 1 field width, 2 precision, 3 pad
 * character, 4 modifiers (t, l), 5 the control character. */
export function formatNeeds(fmt: string): number | string {
  let cs = Array.from(fmt);
  let need = 0;
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  for (;;) {
    const at = cs.indexOf('~');
    if (at < 0) return need;
    cs = cs.slice(at + 1);
    let state = 1;
    let i = 0;
    const digitsThen = (next: number) => {
      while (isDigit(cs[i])) i++;
      state = next;
    };
    let ctl: string | undefined;
    while (ctl === undefined) {
      if (i >= cs.length) return 'truncated';
      const c0 = cs[i];
      const c1 = cs[i + 1];
      if (state === 1) {
        if (c0 === '-' && isDigit(c1)) { i += 2; digitsThen(2); }
        else if (isDigit(c0)) { i += 1; digitsThen(2); }
        else if (c0 === '-' && c1 === '*') { i += 2; need++; state = 2; }
        else if (c0 === '*') { i += 1; need++; state = 2; }
        else state = 2;
      } else if (state === 2) {
        if (c0 === '.' && isDigit(c1)) { i += 2; digitsThen(3); }
        else if (c0 === '.' && c1 === '*') { i += 2; need++; state = 3; }
        else if (c0 === '.') { i += 1; state = 3; }
        else state = 4;
      } else if (state === 3) {
        if (c0 === '.' && c1 === '*') { i += 2; need++; }
        else if (c0 === '.' && c1 !== undefined) i += 2;
        state = 4;
      } else if (state === 4) {
        const c2 = cs[i + 2];
        if (c0 === 't' && c1 === 'l') { cs[i] = 'l'; cs[i + 1] = 't'; }
        else if (c0 === 't' && c1 !== undefined && 'cspPwW'.includes(c1)) { i += 1; state = 5; }
        else if (c0 === 't' && c1 !== undefined) return `invalid control ~t${c1}`;
        else if (c0 === 'l' && (c1 === 'p' || c1 === 'P')) { i += 1; state = 5; }
        else if (c0 === 'l' && c1 === 't' && (c2 === 'p' || c2 === 'P')) { i += 2; state = 5; }
        else if (c0 === 'l' && c1 === 't' && c2 !== undefined) return `invalid control ~lt${c2}`;
        else if (c0 === 'l' && c1 !== undefined) return `invalid control ~l${c1}`;
        else state = 5;
      } else {
        ctl = c0!;
        i += 1;
      }
    }
    switch (ctl) {
      case '~': case 'n':
        break;
      case 'c': case 'f': case 'e': case 'g': case 's': case 'w': case 'p': case 'b': case 'B': case '+': case '#': case 'i':
        need += 1;
        break;
      case 'W': case 'P': case 'x': case 'X':
        need += 2;
        break;
      default:
        return `invalid control ~${ctl}`;
    }
    cs = cs.slice(i);
  }
}
