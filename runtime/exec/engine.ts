// The execution engine without the front end: a code server, the `rt` object compiled
// modules receive, loading of compiled Core, and running M:F(Args) as a process.
// runtime/exec/index.ts adds compiling from source (ErlangRuntime); tests of the code
// generator use this directly with hand-built Core.
import type { Term } from '../term/types.js';
import type { ModuleIR } from '../../compiler/core/ir.js';
import { compileCore, type CompiledJs } from '../../compiler/js/module.js';
import { CodeServer, type LoadedModule } from './code-server.js';
import { makeRt, type Rt } from './rt.js';
import { loadCompiled } from './loader.js';
import { runProcess, type Outcome } from './run-loop.js';
import { installControlBifs } from './control-bifs.js';
import { registerAllNatives } from '../bifs/index.js';

export class Engine {
  readonly code = new CodeServer();
  readonly rt: Rt;
  constructor() {
    registerAllNatives();
    this.rt = makeRt(this.code);
    installControlBifs(this);
  }

  loadCore(ir: ModuleIR): LoadedModule {
    return this.loadJs(compileCore(ir), ir.name, ir.file);
  }

  loadJs(c: CompiledJs, name: string, file: string): LoadedModule {
    return loadCompiled(this.code, this.rt, c, name, file);
  }

  /** Run M:F(Args) as a process until it finishes. */
  run(module: string, fn: string, args: Term[]): Promise<Outcome> {
    return runProcess(() => this.rt.callMFA(module, fn, args));
  }
}
