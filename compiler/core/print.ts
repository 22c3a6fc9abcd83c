// Core IR as readable text (`erlts compile --dump core`), close to Core Erlang.
//
// Expressions print one construct per line with two-space indentation; decision trees
// print as nested `test`/`switch`/`alt` blocks so the shape of a compiled match is easy
// to see in a snapshot:
//
//   'f'/1 = fun (P@0) ->
//     case <P@0> of
//       alt
//         switch P@0
//           'a' -> ...
//         else next
// Constants print as Erlang terms (strings as "...").
import type { Access, Atomic, BinSeg, Const, Decision, Expr, ModuleIR, Test } from './ir.js';

const q = (a: string) => (/^[a-z][A-Za-z0-9_@]*$/.test(a) ? a : `'${a.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);

export function printConst(k: Const): string {
  switch (k.k) {
    case 'int': return k.v.toString();
    case 'float': return Number.isInteger(k.v) ? k.v.toFixed(1) : String(k.v);
    case 'atom': return q(k.v);
    case 'nil': return '[]';
    case 'string': return k.tail ? `${JSON.stringify(k.v)} ++ ${printConst(k.tail)}` : JSON.stringify(k.v);
    case 'cons': {
      const items: string[] = [];
      let t: Const = k;
      while (t.k === 'cons') { items.push(printConst(t.hd)); t = t.tl; }
      return t.k === 'nil' ? `[${items.join(',')}]` : `[${items.join(',')}|${printConst(t)}]`;
    }
    case 'tuple': return `{${k.es.map(printConst).join(',')}}`;
    case 'map': return `#{${k.pairs.map(([a, b]) => `${printConst(a)}=>${printConst(b)}`).join(',')}}`;
    case 'bits': return `<<${k.bytes.join(',')}>>${k.bitSize % 8 ? `:${k.bitSize}` : ''}`;
  }
}

export const printAtomic = (a: Atomic): string => (a.k === 'var' ? a.name : printConst(a.c));

const args = (as: Atomic[]) => as.map(printAtomic).join(', ');

function seg(s: BinSeg): string {
  const size = s.size ? printAtomic(s.size) : s.type === 'binary' || s.type === 'bitstring' ? 'all' : 'default';
  return `${size}*${s.unit}/${s.type}${s.signed ? '-signed' : ''}${s.endian !== 'big' ? `-${s.endian}` : ''}`;
}

function test(t: Test): string {
  switch (t.k) {
    case 'is_tuple': return `is_tuple(${printAtomic(t.v)}, ${t.arity})`;
    case 'is_cons': case 'is_nil': case 'is_map': return `${t.k}(${printAtomic(t.v)})`;
    case 'map_has': return `map_has(${printAtomic(t.v)}, ${printAtomic(t.key)})`;
    case 'eq': return `${printAtomic(t.v)} =:= ${printAtomic(t.w)}`;
    case 'bin_start': return `bin_start ${t.ctx} = ${printAtomic(t.v)}`;
    case 'bin_seg': return `bin_seg ${t.bind ?? '_'} = ${t.ctx}:${seg(t.seg)}`;
    case 'bin_rest': return `bin_rest ${t.bind ?? '_'} = ${t.ctx}/${t.type}`;
    case 'bin_end': return `bin_end ${t.ctx}`;
  }
}

function access(a: Access): string {
  switch (a.k) {
    case 'element': return `element(${a.index}, ${printAtomic(a.of)})`;
    case 'hd': case 'tl': return `${a.k}(${printAtomic(a.of)})`;
    case 'map_get': return `map_get(${printAtomic(a.key)}, ${printAtomic(a.of)})`;
    case 'atomic': return printAtomic(a.a);
  }
}

class Out {
  lines: string[] = [];
  line(ind: number, s: string) {
    this.lines.push('  '.repeat(ind) + s);
  }
}

function expr(o: Out, ind: number, e: Expr): void {
  switch (e.k) {
    case 'ret': o.line(ind, printAtomic(e.a)); break;
    case 'let': {
      if (isSimple(e.e)) o.line(ind, `let ${e.v ?? '_'} = ${simple(e.e)} in`);
      else {
        o.line(ind, `let ${e.v ?? '_'} =`);
        expr(o, ind + 2, e.e);
        o.line(ind, 'in');
      }
      expr(o, ind, e.body);
      break;
    }
    case 'call': case 'prim': case 'raise': case 'bin': case 'fail':
      o.line(ind, simple(e));
      break;
    case 'fun':
      o.line(ind, `fun ${q(e.name)}#${e.index} (${e.params.join(', ')})${e.selfName ? ` self ${e.selfName}` : ''} free [${e.free.join(', ')}] ->`);
      expr(o, ind + 1, e.body);
      break;
    case 'case':
      o.line(ind, `case <${args(e.args)}> of`);
      dec(o, ind + 1, e.tree);
      break;
    case 'receive':
      o.line(ind, `receive ${e.msgVar} of`);
      dec(o, ind + 1, e.tree);
      if (e.after) {
        o.line(ind, `after ${printAtomic(e.after.timeout)} ->`);
        expr(o, ind + 1, e.after.body);
      }
      break;
    case 'try':
      o.line(ind, 'try');
      expr(o, ind + 1, e.body);
      o.line(ind, `of ${e.ofVar} ->`);
      expr(o, ind + 1, e.ofBody);
      o.line(ind, `catch ${e.classVar}:${e.reasonVar}:${e.stackVar} ->`);
      expr(o, ind + 1, e.handler);
      break;
    case 'catch':
      o.line(ind, 'catch');
      expr(o, ind + 1, e.body);
      break;
    case 'letrec':
      o.line(ind, 'letrec');
      for (const d of e.defs) {
        o.line(ind + 1, `${q(d.name)}/${d.params.length} = fun (${d.params.join(', ')}) ->`);
        expr(o, ind + 2, d.body);
      }
      o.line(ind, 'in');
      expr(o, ind, e.body);
      break;
  }
}

const isSimple = (e: Expr) => ['ret', 'call', 'prim', 'raise', 'bin', 'fail'].includes(e.k);

function simple(e: Expr): string {
  switch (e.k) {
    case 'ret': return printAtomic(e.a);
    case 'call': {
      const t = e.target;
      const callee = t.k === 'local' ? `${q(t.name)}/${t.arity}` : t.k === 'letrec' ? `letrec ${q(t.name)}/${t.arity}`
        : t.k === 'remote' ? `${printAtomic(t.mod)}:${printAtomic(t.fn)}` : `apply ${printAtomic(t.f)}`;
      return `${callee}(${args(e.args)})`;
    }
    case 'prim': return `%${e.op}(${args(e.args)})`;
    case 'raise': return `raise ${printAtomic(e.cls)}:${printAtomic(e.reason)}${e.stack ? ` stack ${printAtomic(e.stack)}` : ''}`;
    case 'bin': return `<<${e.segs.map((s) => `${printAtomic(s.value)}:${seg(s.seg)}`).join(', ')}>>`;
    case 'fail': return `fail ${e.reason}${e.value ? ` ${printAtomic(e.value)}` : ''}`;
    default: return `<${e.k}>`;
  }
}

function dec(o: Out, ind: number, d: Decision): void {
  switch (d.k) {
    case 'leaf':
      o.line(ind, '->');
      expr(o, ind + 1, d.body);
      break;
    case 'next': o.line(ind, 'next'); break;
    case 'fail': o.line(ind, simple(d)); break;
    case 'alt':
      o.line(ind, 'alt');
      dec(o, ind + 1, d.first);
      o.line(ind, 'or');
      dec(o, ind + 1, d.rest);
      break;
    case 'test':
      o.line(ind, `test ${test(d.test)}`);
      dec(o, ind + 1, d.then);
      if (d.else.k !== 'next') {
        o.line(ind, 'else');
        dec(o, ind + 1, d.else);
      }
      break;
    case 'switch':
      o.line(ind, `switch ${printAtomic(d.on)}`);
      for (const x of d.cases) {
        o.line(ind + 1, `${printConst(x.c)}:`);
        dec(o, ind + 2, x.then);
      }
      if (d.default.k !== 'next') {
        o.line(ind, 'default');
        dec(o, ind + 1, d.default);
      }
      break;
    case 'bind':
      o.line(ind, `bind ${d.v} = ${access(d.access)}`);
      dec(o, ind, d.next);
      break;
    case 'guard':
      o.line(ind, 'when');
      expr(o, ind + 2, d.body);
      dec(o, ind + 1, d.then);
      if (d.else.k !== 'next') {
        o.line(ind, 'else');
        dec(o, ind + 1, d.else);
      }
      break;
    case 'eval':
      o.line(ind, `eval ${d.v} =`);
      expr(o, ind + 2, d.e);
      dec(o, ind + 1, d.then);
      if (d.else.k !== 'next') {
        o.line(ind, 'else');
        dec(o, ind + 1, d.else);
      }
      break;
  }
}

export function printExpr(e: Expr, indent = 0): string {
  const o = new Out();
  expr(o, indent, e);
  return o.lines.join('\n');
}

export function printCore(ir: ModuleIR): string {
  const o = new Out();
  o.line(0, `module ${q(ir.name)} [${ir.exports.map((e) => `${q(e.name)}/${e.arity}`).join(', ')}]`);
  for (const a of ir.attributes) o.line(1, `attribute ${q(a.name)} = ${printConst(a.value)}`);
  for (const f of ir.functions) {
    o.line(0, '');
    o.line(0, `${q(f.name)}/${f.arity} = fun (${f.params.join(', ')}) ->`);
    expr(o, 1, f.body);
  }
  return o.lines.join('\n') + '\n';
}
