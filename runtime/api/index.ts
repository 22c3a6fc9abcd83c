// erlts from JavaScript: the package's main export (docs/js-interop.md).
//
//     import { Runtime, atom, tuple } from 'erlts';
//     const rt = await Runtime.start();
//     rt.load('counter.erl');
//     await rt.call('counter', 'start', []);
//     await rt.genServerCall(atom('counter'), tuple(atom('add'), 5));
//     await rt.stop();
//
// A Runtime is one Erlang node with a long-lived main process (it only waits), so the
// node lives until stop() or until Erlang code halts it. Arguments, messages and
// results are terms in their JS shapes (docs/terms.md); the builders below make them
// and toJS/fromJS convert to and from ordinary JS values. Erlang exceptions reach JS
// as ErlangException (an Error with `class`, `reason`, `stacktrace`).
//
// No node:* import here or in what this module imports statically: under Node the
// default file host is loaded with a dynamic import (node-host.ts); elsewhere pass
// `host` (compiler/host.ts has memoryHost).
import { Float, NIL, Pid, atom as mkAtom, type Term } from '../term/types.js';
import { binary as mkBinary, binaryFromString } from '../term/bitstring.js';
import { fromArray } from '../term/list.js';
import { mapFromPairs, mapFromObject, type ErlMap } from '../term/map.js';
import { prettyPrint } from '../format/pretty.js';
import { renderDiagnostic } from '../../compiler/diagnostics.js';
import type { CompilerHost } from '../../compiler/host.js';
import { ErlangRuntime, type EmbeddedModules, type Outcome } from '../exec/index.js';
import { CallFrame, S, SUSPENDED, WaitFrame } from '../exec/state.js';
import { setUserEncoding } from '../bifs/io.js';
import type { Process } from '../proc/process.js';
import type { Scheduler } from '../proc/scheduler.js';
import { abandonCalls, spawnCall } from './process-call.js';
import { ErlangException, forgetScheduler, jsThrown, setDefaultScheduler } from './convert.js';

export { ErlangException, fromJS, toJS } from './convert.js';
export type { ErlangClass } from './convert.js';
export type { Term, Pid, Ref, Port, Fun, JsRef } from '../term/types.js';
export type { Bitstring } from '../term/bitstring.js';
export type { ErlMap } from '../term/map.js';
export type { CompilerHost } from '../../compiler/host.js';
export { memoryHost } from '../../compiler/host.js';

export interface StartOptions {
  /** Where Erlang's standard output goes, as text (default: the host process's stdout). */
  stdout?: (text: string) => void;
  /** Standard error, as text (default: the host process's stderr). */
  stderr?: (text: string) => void;
  /** Directories searched for `M.erl` (or an erlts `M.beam`) when M is first called. */
  searchPath?: string[];
  /** Directories for `-include("...")` in loaded modules. */
  includePaths?: string[];
  /** How files are read (default under Node: the file system). */
  host?: CompilerHost;
  /** Modules compiled ahead of time (a bundle made with `erlts bundle --api` passes its
   * own: runtime/host/bundle-main.ts). */
  embedded?: EmbeddedModules;
}

/** A module that did not compile: the diagnostics, rendered as erlc prints them. */
export class CompileError extends Error {
  constructor(
    message: string,
    readonly diagnostics: readonly string[],
  ) {
    super(message);
    this.name = 'CompileError';
  }
}

/** What a handler registered with Runtime.register/handler receives: each message. */
export type MessageHandler = (message: Term) => void;

/** Text from the runtime's byte sinks (one char per byte), decoded as UTF-8. */
function textSink(f: ((text: string) => void) | undefined): ((s: string) => void) | undefined {
  if (f === undefined) return undefined;
  const dec = new TextDecoder('utf-8');
  return (s) => {
    const bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
    const text = dec.decode(bytes, { stream: true });
    if (text !== '') f(text);
  };
}

function moduleNameOf(source: string): string | undefined {
  const m = /^\s*-\s*module\s*\(\s*('(?:[^'\\]|\\.)*'|[a-z][a-zA-Z0-9_@]*)\s*\)/m.exec(source.replace(/%[^\n]*/g, ''));
  if (m === null) return undefined;
  const n = m[1]!;
  return n.startsWith("'") ? n.slice(1, -1).replace(/\\(.)/g, '$1') : n;
}

export class Runtime {
  private readonly erl: ErlangRuntime;
  private readonly sched: Scheduler;
  private running = true;
  /** Settles with the exit status when the node stops: 0 after stop(), N when
   * Erlang code calls halt(N). */
  readonly halted: Promise<number>;

  /** Starts a node. Under Node with no `host`, files are read from disk. */
  static async start(opts: StartOptions = {}): Promise<Runtime> {
    const host = opts.host ?? (await import('./node-host.js')).nodeFsHost();
    return new Runtime(host, opts);
  }

  private constructor(host: CompilerHost, opts: StartOptions) {
    this.erl = new ErlangRuntime({
      host,
      searchPath: opts.searchPath ?? [],
      includePaths: opts.includePaths ?? [],
      stdout: textSink(opts.stdout),
      stderr: textSink(opts.stderr),
      ...(opts.embedded === undefined ? {} : { embedded: opts.embedded }),
    });
    const done = this.erl.run('erlts_js', 'idle', []);
    this.sched = this.erl.engine.scheduler!;
    setDefaultScheduler(this.sched);
    // A JS host is not a terminal of bytes: standard_io is a unicode device, as in `erl`.
    setUserEncoding('unicode');
    this.halted = done.then((o: Outcome) => {
      this.running = false;
      abandonCalls(this.sched);
      forgetScheduler(this.sched);
      return o.kind === 'halt' ? o.status : 0;
    });
  }

  /** Is the node running (not stopped, not halted)? */
  get isRunning(): boolean {
    return this.running;
  }

  private live(): Scheduler {
    if (!this.running) throw new Error('erlts: the runtime has stopped');
    return this.sched;
  }

  /** Compiles an Erlang source file (or `{ source }`: source text, as loadSource) and
   * loads it; returns the module name. Throws CompileError with erlc's diagnostics
   * when it does not compile. */
  load(file: string | { source: string }): string {
    if (typeof file !== 'string') return this.loadSource(file.source);
    return this.loaded(this.erl.loadFile(file), (f) => this.text(f));
  }

  /** Compiles Erlang source text (a whole module) and loads it; returns its name. */
  loadSource(source: string): string {
    const mod = moduleNameOf(source) ?? 'nofile';
    const file = `${mod}.erl`;
    return this.loaded(this.erl.loadFile(file, { sourceText: source }), (f) => (f === file ? source : this.text(f)));
  }

  private text(file: string): string | undefined {
    const b = this.erl.opts.host.readFile(file);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  }

  private loaded(r: ReturnType<ErlangRuntime['loadFile']>, text: (f: string) => string | undefined): string {
    if (r.ok) return r.module;
    const diags = r.diagnostics.filter((d) => d.severity !== 'warning').map((d) => renderDiagnostic(d, text));
    throw new CompileError(diags.join('') || 'compilation failed', diags);
  }

  /** Runs M:F(Args) in a new process; resolves with its value, rejects with an
   * ErlangException if it raises (or the process is killed, or the node stops). */
  call(module: string, fn: string, args: Term[] = []): Promise<Term> {
    const sched = this.live();
    const { outcome } = spawnCall(sched, sched.rt.callMFA as never, [module, fn, args as unknown as Term], [module, fn, args.length]);
    return outcome.then(settled);
  }

  /** Spawns M:F(Args) as an ordinary process (a crash prints OTP's error report). */
  spawn(module: string, fn: string, args: Term[] = []): Pid {
    const sched = this.live();
    const p = sched.spawn({ fn: sched.rt.callMFA as (...a: Term[]) => Term, args: [module, fn, args as unknown as Term] }, [module, fn, args.length], null);
    return p.pid;
  }

  /** Sends `message` to a pid or a registered name (as `!`; badarg for a name nobody has). */
  send(dest: Pid | string, message: Term): void {
    const sched = this.live();
    const p = dest instanceof Pid ? sched.lookup(dest) : sched.registry.get(dest);
    if (p === undefined) throw new ErlangException('error', 'badarg');
    if (p !== null) sched.deliver(p, message);
  }

  /** gen_server:call(Server, Request, Timeout) from a new process. */
  genServerCall(server: Term, request: Term, timeout: number | 'infinity' = 5000): Promise<Term> {
    return this.call('gen_server', 'call', [server, request, timeout]);
  }

  /** The pid registered as `name`, or undefined. */
  whereis(name: string): Pid | undefined {
    return this.live().registry.get(name)?.pid;
  }

  /** A process that hands every message it receives to `handler` (in order), and
   * its pid: JS code's mailbox. A handler that throws crashes that process, with
   * OTP's error report, as an Erlang process would. */
  handler(handler: MessageHandler): Pid {
    const sched = this.live();
    const wait = new WaitFrame(null);
    const serve = (): Term => {
      const p = S.proc as Process;
      for (let m = p.head.next; m !== null; m = p.head.next) {
        p.removeAfter(p.head);
        try {
          handler(m.msg);
        } catch (e) {
          throw jsThrown(e);
        }
      }
      S.frames.push(wait, resume);
      return SUSPENDED;
    };
    const resume = new CallFrame(serve as never);
    return sched.spawn({ fn: serve, args: [] }, ['erlts_js', 'handler', 1], null).pid;
  }

  /** handler(), registered as `name` (Erlang code can then `name ! Msg`). */
  register(name: string, handler: MessageHandler): Pid {
    const sched = this.live();
    if (name === 'undefined' || sched.registry.has(name)) throw new ErlangException('error', 'badarg');
    const pid = this.handler(handler);
    sched.register(name, sched.lookup(pid)!);
    return pid;
  }

  /** Stops the node: every process ends, pending calls reject with exit `stopped`. */
  async stop(): Promise<void> {
    if (this.running) this.sched.halt(0);
    await this.halted;
  }
}

function settled(o: Outcome): Term {
  if (o.kind === 'return') return o.value;
  if (o.kind === 'exception') throw new ErlangException(o.cls, o.reason, o.stack);
  throw new ErlangException('exit', 'stopped');
}

// ----------------------------------------------------------------- term builders

/** The atom `name` (`true`/`false` are the JS booleans). */
export function atom(name: string): Term {
  return mkAtom(name);
}

/** A tuple (a JS array, never to be mutated). */
export function tuple(...elements: Term[]): Term {
  return elements;
}

/** A proper list of these elements. */
export function list(...elements: Term[]): Term {
  return fromArray(elements);
}

/** A string in Erlang's sense: the list of code points. */
export function charlist(s: string): Term {
  return list(...Array.from(s, (c) => c.codePointAt(0)!));
}

/** A binary: a JS string's UTF-8 bytes, or a copy of the bytes given. */
export function binary(x: string | Uint8Array): Term {
  return typeof x === 'string' ? binaryFromString(x) : mkBinary(x.slice());
}

/** A float (a JS number alone is an integer when it has no fraction). */
export function float(x: number): Term {
  return new Float(x);
}

/** A map: from [key, value] pairs, or from an object whose keys become atoms. */
export function map(entries: Iterable<readonly [Term, Term]> | Record<string, Term>): ErlMap {
  if (Symbol.iterator in entries) return mapFromPairs(entries as Iterable<readonly [Term, Term]>);
  return mapFromObject(entries as Record<string, Term>);
}

/** `[]`. */
export const nil: Term = NIL;

/** A term on one line as `~tp` prints it (`{ok,<<"x">>,"abc"}`), for logs and tests. */
export function show(t: Term): string {
  return prettyPrint(t, { column: 1, lineLength: 1 << 30, depth: -1, unicode: true, strings: true });
}
