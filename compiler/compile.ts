// From a linted AST to loadable JavaScript: lowering (AST -> Core, compiler/core) then
// code generation (Core -> JS, compiler/js). `dumpStage` serves `--dump core|js`.
import type { Module } from './ast/ast.js';
import type { ModuleIR } from './core/ir.js';
import type { CompilerHost } from './host.js';
import { hasErrors, type Diagnostic } from './diagnostics.js';
import { lowerModule } from './core/lower.js';
import { printCore } from './core/print.js';
import { checkFile } from './pipeline.js';
import { compileCore, esModule, sourceMap, type CompiledJs } from './js/module.js';

export interface CompileOptions {
  /** Name of the JS file the source map describes (default `<module>.js`). */
  jsFile?: string;
}

export interface CompiledModule {
  /** The ES module text. */
  js: string;
  /** Its source map (JSON). */
  map: string;
  core: ModuleIR;
  /** What the code server loads (body + line table). */
  compiled: CompiledJs;
}

export function compileModule(ast: Module, opts: CompileOptions = {}): CompiledModule {
  const { core, compiled } = compileForLoad(ast);
  const jsFile = opts.jsFile ?? `${core.name}.js`;
  return { js: esModule(compiled), map: sourceMap(compiled, core.file, jsFile), core, compiled };
}

/** What a runtime needs to load a module: no ES module text, no source map. */
export function compileForLoad(ast: Module): { core: ModuleIR; compiled: CompiledJs } {
  const core = lowerModule(ast);
  return { core, compiled: compileCore(core) };
}

/** The text of one stage for a source file, or its diagnostics. */
export function dumpStage(
  file: string,
  stage: 'core' | 'js',
  opts: { host: CompilerHost; includePaths?: string[] },
): { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] } {
  const r = checkFile(file, { host: opts.host, includePaths: opts.includePaths });
  if (hasErrors(r.diagnostics)) return { ok: false, diagnostics: r.diagnostics };
  const c = compileModule(r.module);
  return { ok: true, text: stage === 'core' ? printCore(c.core) : c.js };
}
