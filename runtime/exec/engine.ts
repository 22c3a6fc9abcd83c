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
import type { Outcome } from './run-loop.js';
import type { InputSource } from '../proc/input.js';
import { Scheduler } from '../proc/scheduler.js';
import { registerProcessBifs } from '../proc/bifs.js';
import { writeStdout } from './stdio.js';
import { setUserEncoding } from '../bifs/io.js';
import { installControlBifs } from './control-bifs.js';
import { registerAllNatives } from '../bifs/index.js';

export class Engine {
  readonly code = new CodeServer();
  readonly rt: Rt;
  constructor() {
    registerAllNatives();
    this.rt = makeRt(this.code);
    installControlBifs(this);
    registerProcessBifs();
  }

  loadCore(ir: ModuleIR): LoadedModule {
    return this.loadJs(compileCore(ir), ir.name, ir.file);
  }

  loadJs(c: CompiledJs, name: string, file: string): LoadedModule {
    return loadCompiled(this.code, this.rt, c, name, file);
  }

  /** The node of the current run (a fresh one per run: escript's node lives as long
   * as its main function). */
  scheduler: Scheduler | null = null;

  /** Run M:F(Args) as the main process of a fresh node; resolves when it returns or
   * raises (the node stops then, as escript halts), or when any process halts. */
  run(module: string, fn: string, args: Term[], input?: InputSource, stackBottom: Term[] | null = null): Promise<Outcome> {
    this.scheduler?.stop();
    const s = new Scheduler(this.rt);
    s.report = writeStdout;
    if (input !== undefined) s.input = input;
    setUserEncoding('latin1');
    this.scheduler = s;
    return s.runMain({ fn: this.rt.callMFA as (...a: Term[]) => Term, args: [module, fn, args as unknown as Term] }, [module, fn, args.length], stackBottom);
  }
}
