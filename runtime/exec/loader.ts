// Loading a compiled module body into the running system.
//
// `new Function('rt', body)` keeps loading synchronous and works in browsers (no
// node:vm). The `//# sourceURL` names the script, so V8's call sites tell us which
// module a frame is in; the line table from the compiler maps its lines to Erlang
// functions and lines (V8 numbers the body's first line 3: `new Function` prepends
// two lines).
//
// Loading also makes the module's atoms *exist* (list_to_existing_atom/1 must find them,
// as BEAM's loader enters a module's atoms into the atom table). The compiled body has
// no atom table of its own, but every atom it mentions is a JSON string literal in it
// (atoms are inline strings; strings are `rt.fromString("...")`, which we skip). The
// scan also registers a few names that are not atoms in BEAM (the `"f/1"` export keys,
// the file name), which no program can tell apart from atoms it never used.
//
// Version tagging (hot code loading, docs/code-loading.md): before the body's final
// `return {` the loader inserts one call, `$tag([F_f_1, R3, L0_7, ...])`, listing every
// top-level function of the body (resume functions, fun bodies, entries); they go into
// the code server's `owner` WeakMap with this load's LoadedModule. A frame on a heap
// stack holds one of those functions, so check_process_code finds the version of any
// suspended frame without a field on the frame or any work on the fast path.
import { registerAtom } from '../term/atoms.js';
import type { CompiledJs } from '../../compiler/js/module.js';
import type { CodeServer, LoadedModule } from './code-server.js';
import type { Rt } from './rt.js';
import { registerScript, registerScriptRegion, type ScriptInfo } from './stack.js';

const FN_LINE_OFFSET = 2;
let serial = 0;

export function loadCompiled(cs: CodeServer, rt: Rt, c: CompiledJs, modName: string, file: string): LoadedModule {
  const url = `erlts:///${modName}.erl.js?v=${++serial}`;
  registerScript(url, { mod: modName, file, lines: lineInfo(c, FN_LINE_OFFSET) });
  // The module's FILE (used by the frames of captured stacks) is the file it is loaded
  // as, like the script's: a stdlib module compiled from its full path shows
  // {file,"proc_lib.erl"} in every frame, as OTP's modules do.
  const body = withFile(c.body, file);
  const factory = new Function('rt', '$tag', `${tagged(body)}\n//# sourceURL=${url}`) as ModuleFactory;
  return install(cs, rt, c, modName, factory);
}

/** The body with its FILE constant set to `file`. */
export function withFile(body: string, file: string): string {
  return body.replace(/(const MOD = "(?:[^"\\\n]|\\.)*", FILE = )"(?:[^"\\\n]|\\.)*";/, (_, pre: string) => `${pre}${JSON.stringify(file)};`);
}

/** A compiled body already made a function `(rt, $tag) => module` (tagged, its FILE
 * set) by a bundle (bin/bundle.ts): it sits in the script `url` with its first body
 * line at line `firstLine`, and V8's call sites in it map to Erlang lines from there. */
export type ModuleFactory = (rt: Rt, tag: (fs: object[]) => void) => LoadedModule;

export function loadFactory(
  cs: CodeServer,
  rt: Rt,
  c: CompiledJs,
  modName: string,
  file: string,
  factory: ModuleFactory,
  url: string,
  firstLine: number,
): LoadedModule {
  registerScriptRegion(url, firstLine, firstLine + c.lineTable.length, { mod: modName, file, lines: lineInfo(c, firstLine - 1) });
  return install(cs, rt, c, modName, factory);
}

/** The line table by V8 line number: body line i + 1 is script line i + 1 + offset. */
function lineInfo(c: CompiledJs, offset: number): ScriptInfo['lines'] {
  const lines: ScriptInfo['lines'] = new Map();
  c.lineTable.forEach(([info, line, tail, site], i) => {
    if (info < 0) return;
    const [fn, arity] = c.infos[info]!;
    lines.set(i + 1 + offset, { fn, arity, line, tail: tail === 1, site: site ?? 0 });
  });
  return lines;
}

function install(cs: CodeServer, rt: Rt, c: CompiledJs, modName: string, factory: ModuleFactory): LoadedModule {
  registerAtom(modName);
  for (const [fn] of c.infos) registerAtom(fn);
  registerBodyAtoms(c.body);
  const fns: object[] = [];
  const m = factory(rt, (fs) => fns.push(...fs));
  for (const f of fns) cs.owner.set(f, m);
  cs.install(m);
  return m;
}

const TOP_FUNCTION = /^function ([A-Za-z_$][\w$]*)\(/gm;
const FINAL_RETURN = '\nreturn { name: MOD';

/** The body with the `$tag([...])` call before its final return (see the header). */
export function tagged(body: string): string {
  const at = body.lastIndexOf(FINAL_RETURN);
  if (at < 0) throw new Error('loader: compiled body without its module return');
  const names = [...body.matchAll(TOP_FUNCTION)].map((m) => m[1]!);
  return `${body.slice(0, at)}\n$tag([${names.join(', ')}]);${body.slice(at)}`;
}

const STRING_LITERAL = /(fromString\()?"((?:[^"\\\n]|\\.)*)"/g;

/** Registers every JSON string literal of `body` that is not a string constant. */
function registerBodyAtoms(body: string): void {
  for (const m of body.matchAll(STRING_LITERAL)) {
    if (m[1]) continue;
    try {
      registerAtom(JSON.parse(`"${m[2]}"`) as string);
    } catch {
      // not a JSON string after all (e.g. inside a regexp in the runtime shim): skip it
    }
  }
}
