// Erlang AST (a module that passed lint) -> Core IR.
//
// The module-level part: read the attributes (module name, exports, `export_all`,
// imports, `no_auto_import`, records, user attributes for module_info), lower every
// function, and add `module_info/0,1` as OTP does (calls to erlang:get_module_info).
// A function's clauses become one `case` over fresh parameter variables whose
// decision tree ends in `function_clause` at the function's line. Expressions are
// lowered in expr.ts, patterns and guards in match.ts, comprehensions in comp.ts.
import type { FunctionDef, Module } from '../ast/ast.js';
import type { Const, Expr, FunDef, ModuleIR } from './ir.js';
import { asFA, attributeTerm, flattenList, type Term } from '../lint/terms.js';
import { TAIL, atom, cloc, v } from './build.js';
import { FnCtx, ModCtx, type RecordDef } from './context.js';
import { clausesTree } from './match.js';
import { numberFunIndices, numberFuns } from './fun-names.js';

export function lowerModule(mod: Module): ModuleIR {
  let name = '';
  const exports: { name: string; arity: number }[] = [];
  const records = new Map<string, RecordDef>();
  const defined = new Set<string>();
  const imports = new Map<string, string>();
  const compile: Term[] = [];
  const attributes: { name: string; value: Const }[] = [];
  const fns: FunctionDef[] = [];
  for (const f of mod.forms) {
    switch (f.kind) {
      case 'attr_module': name = f.name; break;
      case 'attr_export': exports.push(...f.functions); break;
      case 'attr_import': for (const fa of f.functions) imports.set(`${fa.name}/${fa.arity}`, f.module); break;
      case 'attr_record': records.set(f.name, { name: f.name, fields: f.fields }); break;
      case 'attr_compile': {
        const t = attributeTerm(f.options);
        if (t) compile.push(...flattenList(t));
        break;
      }
      case 'attr_behaviour':
        attributes.push({ name: f.spelling, value: { k: 'cons', hd: { k: 'atom', v: f.name }, tl: { k: 'nil' } } });
        break;
      case 'attr_wild': {
        const t = attributeTerm(f.value);
        if (t && !NOT_USER_ATTRS.has(f.name)) {
          const c = termConst(t);
          // module_info(attributes) shows every value as a list: -foo(bar) -> {foo,[bar]}.
          attributes.push({ name: f.name, value: t.k === 'list' ? c : { k: 'cons', hd: c, tl: { k: 'nil' } } });
        }
        break;
      }
      case 'function':
        fns.push(f);
        defined.add(`${f.name}/${f.arity}`);
        break;
      default: break;
    }
  }
  const isAtom = (t: Term, n: string) => t.k === 'atom' && t.v === n;
  let noAuto: 'all' | Set<string> = new Set();
  for (const o of compile) {
    if (isAtom(o, 'no_auto_import')) noAuto = 'all';
    else if (o.k === 'tuple' && o.v.length === 2 && isAtom(o.v[0]!, 'no_auto_import') && noAuto !== 'all') {
      for (const t of flattenList(o.v[1]!)) {
        const fa = asFA(t);
        if (fa) noAuto.add(`${fa.name}/${fa.arity}`);
      }
    }
  }
  const m = new ModCtx(name, mod.file, records, defined, imports, noAuto);
  m.funIndices = numberFunIndices(fns, (e) => m.resolveLocal(e.name, e.arity).k === 'local');
  m.funIndex = m.funIndices.size;
  const lifted: { name: string; arity: number }[][] = [];
  const functions: FunDef[] = fns.map((fn) => lowerFunction(m, fn, lifted));
  const miLoc = cloc(fns[fns.length - 1]?.loc ?? { file: mod.file, line: 0, col: 0 });
  const key = m.names.fresh('Key');
  functions.push(
    {
      name: 'module_info', arity: 0, params: [], loc: miLoc,
      body: { k: 'call', target: { k: 'remote', mod: atom('erlang'), fn: atom('get_module_info') }, args: [atom(name)], loc: miLoc },
    },
    {
      name: 'module_info', arity: 1, params: [key], loc: miLoc,
      body: { k: 'call', target: { k: 'remote', mod: atom('erlang'), fn: atom('get_module_info') }, args: [atom(name), v(key)], loc: miLoc },
    },
  );
  const exportAll = compile.some((t) => isAtom(t, 'export_all'));
  const seen = new Set<string>();
  const exp: { name: string; arity: number }[] = [];
  const add = (e: { name: string; arity: number }) => {
    const k = `${e.name}/${e.arity}`;
    if (!seen.has(k)) { seen.add(k); exp.push({ name: e.name, arity: e.arity }); }
  };
  (exportAll ? fns : exports).forEach(add);
  add({ name: 'module_info', arity: 0 });
  add({ name: 'module_info', arity: 1 });
    // module_info(functions): OTP lists the lifted functions after the module's own,
  // the last function's first (fun-names.ts).
  return { name, file: mod.file, exports: exp, functions, attributes, funCount: m.funIndex, lifted: lifted.reverse().flat() };
}

const NOT_USER_ATTRS = new Set(['module', 'export', 'import', 'record', 'type', 'opaque', 'spec', 'callback',
  'export_type', 'compile', 'file', 'optional_callbacks', 'on_load', 'nifs', 'feature']);

function lowerFunction(m: ModCtx, fn: FunctionDef, lifted: { name: string; arity: number }[][]): FunDef {
  const numbers = numberFuns(fn, { isLocalRef: (e) => m.resolveLocal(e.name, e.arity).k === 'local', records: m.records });
  const f = new FnCtx(m, fn.name, fn.arity, numbers);
  const params = Array.from({ length: fn.arity }, (_, i) => m.names.fresh(`A${i}`));
  const loc = cloc(fn.loc);
  const tree = clausesTree(fn.clauses, params.map(v), new Map(), f, () => TAIL, { k: 'fail', reason: 'function_clause', loc });
  // A single clause that cannot fail (only variables) needs no case.
  const body: Expr = tree.k === 'leaf' ? tree.body : { k: 'case', args: params.map(v), tree, loc };
  const seen = new Set<string>();
  lifted.push(numbers.lifted.flatMap((k) => {
    const x = f.lifted.get(k);
    if (!x || seen.has(`${x.name}/${x.arity}`)) return [];
    seen.add(`${x.name}/${x.arity}`);
    return [x];
  }));
  return { name: fn.name, arity: fn.arity, params, loc, body };
}

/** An attribute value (already a term) as an IR constant. */
function termConst(t: Term): Const {
  switch (t.k) {
    case 'atom': return { k: 'atom', v: t.v };
    case 'int': return { k: 'int', v: t.v };
    case 'float': return { k: 'float', v: t.v };
    case 'tuple': return { k: 'tuple', es: t.v.map(termConst) };
    case 'list':
      return t.v.reduceRight<Const>((tl, hd) => ({ k: 'cons', hd: termConst(hd), tl }), t.tail ? termConst(t.tail) : { k: 'nil' });
    case 'other':
      // Maps, binaries and funs in attributes are rare; keep their text.
      return { k: 'string', v: t.text };
  }
}

