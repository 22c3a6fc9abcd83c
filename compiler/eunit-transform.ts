// EUnit's two parse transforms, which eunit.hrl asks for with
// -compile({parse_transform, ...}):
//
//   eunit_autoexport  exports every `*_test/0`, `*_test_/0` and `*_exported_/0`
//                     function (and `eunit_wrapper_/1`), and adds `test() ->
//                     eunit:test(?MODULE).` unless the module defines test/0;
//   eunit_striptests  (under NOTEST) removes those functions unless the module
//                     exports them itself.
//
// The generated export goes right after -module, the generated test/0 after the
// last form, where OTP's transform puts them (module_info(exports) order).
import type { Expr, Form, FunctionDef, Module } from './ast/ast.js';

const SUFFIXES = ['_test', '_test_', '_exported_'];

function isTestFunction(f: FunctionDef): boolean {
  return (f.arity === 0 && SUFFIXES.some((s) => f.name.endsWith(s))) || (f.name === 'eunit_wrapper_' && f.arity === 1);
}

function transformsOf(mod: Module): Set<string> {
  const names = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === 'cons') {
      visit(e.head);
      visit(e.tail);
    } else if (
      e.kind === 'tuple' && e.elements.length === 2 && e.elements[0]!.kind === 'atom' &&
      e.elements[0]!.value === 'parse_transform' && e.elements[1]!.kind === 'atom'
    ) {
      names.add(e.elements[1]!.value);
    }
  };
  for (const f of mod.forms) if (f.kind === 'attr_compile') visit(f.options);
  return names;
}

export function eunitTransform(mod: Module): void {
  const wanted = transformsOf(mod);
  if (wanted.has('eunit_autoexport')) autoexport(mod);
  else if (wanted.has('eunit_striptests')) striptests(mod);
}

function autoexport(mod: Module): void {
  const at = mod.forms.findIndex((f) => f.kind === 'attr_module');
  if (at < 0) return;
  const modAttr = mod.forms[at] as Extract<Form, { kind: 'attr_module' }>;
  const loc = modAttr.loc;
  const fns = mod.forms.filter((f): f is FunctionDef => f.kind === 'function');
  const exports = fns.filter(isTestFunction).map((f) => ({ name: f.name, arity: f.arity }));
  const seen = new Set<string>();
  const unique = exports.filter((fa) => !seen.has(`${fa.name}/${fa.arity}`) && !!seen.add(`${fa.name}/${fa.arity}`));
  const hasTest = fns.some((f) => f.name === 'test' && f.arity === 0);
  if (!hasTest) {
    const call: Expr = {
      kind: 'call',
      loc,
      callee: { kind: 'remote', loc, module: { kind: 'atom', loc, value: 'eunit' }, name: { kind: 'atom', loc, value: 'test' } },
      args: [{ kind: 'atom', loc, value: modAttr.name }],
    };
    const test: FunctionDef = {
      kind: 'function',
      loc,
      name: 'test',
      arity: 0,
      clauses: [{ kind: 'clause', loc, patterns: [], guards: [], body: [call] }],
    };
    const eof = mod.forms.findIndex((f) => f.kind === 'eof');
    mod.forms.splice(eof < 0 ? mod.forms.length : eof, 0, test);
    unique.unshift({ name: 'test', arity: 0 });
  }
  mod.forms.splice(at + 1, 0, { kind: 'attr_export', loc, functions: unique });
}

function striptests(mod: Module): void {
  const exported = new Set<string>();
  for (const f of mod.forms) if (f.kind === 'attr_export') for (const fa of f.functions) exported.add(`${fa.name}/${fa.arity}`);
  mod.forms = mod.forms.filter(
    (f) => f.kind !== 'function' || !isTestFunction(f) || (f.name !== 'eunit_wrapper_' && exported.has(`${f.name}/${f.arity}`)),
  );
}
