// The shell's h(): a command's expressions laid out as OTP's erl_pp:exprs/3 lays them
// out at a given column (`5: F = fun(A) ->` / `              A + 1` / `       end`).
// Clause bodies always go on lines of their own, indented 4 from their clause; a call,
// tuple or list that holds such a construct puts one element per line under the first;
// one that is merely too long is filled to 72 columns. Everything that fits on a line
// is compiler/ast/print.ts's text. Not done as erl_pp: binary comprehensions (on one
// line here), record defaults.
import type { Clause, Expr, Qualifier } from '../../compiler/ast/ast.js';
import { printExpr } from '../../compiler/ast/print.js';

const WIDTH = 72;
const sp = (n: number): string => ' '.repeat(n);

/** Expressions separated by commas: on one line if they fit and none spans lines. */
export function ppExprs(es: Expr[], col: number): string {
  const parts = es.map((e) => pp(e, col, 0));
  const flat = parts.join(', ');
  if (!flat.includes('\n') && col + flat.length <= WIDTH) return flat;
  return parts.map((p, i) => (i === 0 ? p : sp(col) + p)).join(',\n');
}

/** One expression starting at `col`, in a place that needs level `need`. */
function pp(e: Expr, col: number, need: number): string {
  if (!spans(e) && !has(e, 'bin')) return printExpr(e, need);
  switch (e.kind) {
    case 'bin': {
      // erl_pp writes a binary's segments with no space after the commas.
      const segs = e.elements.map((el) => printExpr({ kind: 'bin', loc: e.loc, elements: [el] }).slice(2, -2).trim());
      return `<<${segs.join(',')}>>`;
    }
    case 'lc':
      return '[ \n' + sp(col + 1) + pp(e.template, col + 1, 0) + ' ||\n' +
        e.qualifiers.map((q) => sp(col + 5) + qualifier(q, col + 5)).join(',\n') + '\n' + sp(col) + ']';
    case 'match': {
      // erl_pp's "cstep": a right side over several lines stays on the line of a left
      // side shorter than the indentation (`F = fun...`), else goes under it, indented 4.
      const l = printExpr(e.pattern, 150) + ' =';
      if (l.length < 4 || !spans(e.expr)) return l + ' ' + pp(e.expr, col + l.length + 1, 100);
      return l + '\n' + sp(col + 4) + pp(e.expr, col + 4, 100);
    }
    case 'call': {
      const callee = printExpr(e.callee, e.callee.kind === 'remote' ? 0 : 1000);
      return callee + '(' + items(e.args, col + callee.length + 1) + ')';
    }
    case 'tuple':
      return '{' + items(e.elements, col + 1) + '}';
    case 'cons': {
      const xs: Expr[] = [];
      let c: Expr = e;
      for (; c.kind === 'cons'; c = c.tail) xs.push(c.head);
      const tail = c.kind === 'nil' ? '' : ' | ' + pp(c, col, 0);
      return '[' + items(xs, col + 1) + tail + ']';
    }
    case 'catch':
      return 'catch ' + pp(e.expr, col + 6, 0);
    case 'op': {
      const l = pp(e.left, col, 0);
      const last = l.slice(l.lastIndexOf('\n') + 1);
      const lc = l.includes('\n') ? last.length : col + l.length;
      return `${l} ${e.op} ` + pp(e.right, lc + e.op.length + 2, 0);
    }
    case 'fun':
      return funText(e, col);
    case 'case':
      return `case ${pp(e.expr, col + 5, 0)} of` + crClauses(e.clauses, col + 4) + '\n' + sp(col) + 'end';
    case 'if':
      return 'if' + e.clauses.map((c) => '\n' + sp(col + 4) + guards(c.guards) + ' ->' + body(c.body, col + 8)).join(';') + '\n' + sp(col) + 'end';
    case 'receive': {
      let s = 'receive' + crClauses(e.clauses, col + 4);
      if (e.after) s += '\n' + sp(col) + 'after\n' + sp(col + 4) + printExpr(e.after.timeout) + ' -> ' + ppExprs(e.after.body, col + 4);
      return s + '\n' + sp(col) + 'end';
    }
    case 'try': {
      let s = 'try';
      if (e.clauses.length > 0 && e.body.length === 1) s += ' ' + pp(e.body[0]!, col + 4, 0) + ' of' + crClauses(e.clauses, col + 4);
      else {
        s += body(e.body, col + 4);
        if (e.clauses.length > 0) s += '\n' + sp(col) + 'of' + crClauses(e.clauses, col + 4);
      }
      if (e.catchClauses.length > 0) s += '\n' + sp(col) + 'catch' + e.catchClauses.map((c) => catchClause(c, col + 4)).join(';');
      if (e.after.length > 0) s += '\n' + sp(col) + 'after' + body(e.after, col + 4);
      return s + '\n' + sp(col) + 'end';
    }
    case 'block':
      return 'begin' + body(e.body, col + 4) + '\n' + sp(col) + 'end';
    default:
      return printExpr(e, need);
  }
}

const SPANNING = new Set(['fun', 'case', 'if', 'receive', 'try', 'block', 'maybe', 'lc']);

/** Does the expression hold a construct that erl_pp puts on several lines? */
function spans(e: unknown): boolean {
  return has(e, ...SPANNING);
}

function has(e: unknown, ...kinds: string[]): boolean {
  if (Array.isArray(e)) return e.some((x) => has(x, ...kinds));
  if (e === null || typeof e !== 'object') return false;
  const k = (e as { kind?: string }).kind;
  if (k !== undefined && kinds.includes(k)) return true;
  return Object.entries(e).some(([key, v]) => key !== 'loc' && has(v, ...kinds));
}

function qualifier(q: Qualifier, col: number): string {
  if (q.kind === 'generate') {
    const l = printExpr(q.pattern) + ' <- ';
    return l + pp(q.expr, col + l.length, 0);
  }
  if (q.kind === 'b_generate' || q.kind === 'm_generate') return printExpr({ kind: 'lc', loc: q.loc, template: { kind: 'nil', loc: q.loc }, qualifiers: [q] }).slice(6, -1);
  return pp(q, col, 0);
}

/** Elements of a call, tuple or list from column `col`. */
function items(es: Expr[], col: number): string {
  const parts = es.map((x) => pp(x, col, 0));
  if (parts.some((p) => p.includes('\n'))) return parts.join(',\n' + sp(col));
  const flat = parts.join(', ');
  if (col + flat.length <= WIDTH) return flat;
  // Filled: as many elements per line as fit.
  let out = '';
  let c = col;
  parts.forEach((p, i) => {
    const piece = p + (i < parts.length - 1 ? ',' : '');
    if (i > 0 && c + 1 + piece.length > WIDTH) {
      out += '\n' + sp(col);
      c = col;
    } else if (i > 0) {
      out += ' ';
      c += 1;
    }
    out += piece;
    c += piece.length;
  });
  return out;
}

function body(es: Expr[], col: number): string {
  return es.map((x) => '\n' + sp(col) + pp(x, col, 0)).join(',');
}

function guards(gs: Expr[][]): string {
  return gs.map((g) => g.map((t) => printExpr(t)).join(', ')).join('; ');
}

function guardText(gs: Expr[][]): string {
  return gs.length === 0 ? '' : ' when ' + guards(gs);
}

function crClauses(cs: Clause[], col: number): string {
  return cs.map((c) => '\n' + sp(col) + printExpr(c.patterns[0]!) + guardText(c.guards) + ' ->' + body(c.body, col + 4)).join(';');
}

function catchClause(c: Clause, col: number): string {
  const p = c.patterns[0]!;
  let head: string;
  if (p.kind === 'tuple' && p.elements.length === 3) {
    const [cls, reason, stack] = p.elements as [Expr, Expr, Expr];
    head = printExpr(cls, 1000) + ':' + printExpr(reason) + (stack.kind === 'var' && stack.name === '_' ? '' : ':' + printExpr(stack, 1000));
  } else head = printExpr(p);
  return '\n' + sp(col) + head + guardText(c.guards) + ' ->' + body(c.body, col + 4);
}

function funText(f: Extract<Expr, { kind: 'fun' }>, col: number): string {
  const name = f.name ?? '';
  // An unnamed fun's later clauses line up with the first's `(`; a named fun's with its name.
  const hcol = f.name === undefined ? col + 3 : col + 4;
  const clauses = f.clauses.map((c, i) => {
    const head = `${name}(${items(c.patterns, hcol + name.length + 1)})${guardText(c.guards)} ->`;
    return (i === 0 ? (f.name === undefined ? '' : ' ') : '\n' + sp(hcol)) + head + body(c.body, hcol + 4);
  });
  return 'fun' + clauses.join(';') + '\n' + sp(col) + 'end';
}
