// Tab completion for the shell, as erl's edlin_expand: after `mod:` the functions `mod`
// exports (`reverse(`), after a lower-case word the module names, after an upper-case
// word the variables bound in the shell. Host-independent: the terminal front end
// (bin/shell-tty.ts) or a browser hands in the runtime and the names of the modules it
// can find on its code path.
import type { ErlangRuntime } from '../exec/index.js';
import { nativeModule, nativeModuleNames } from '../bifs/registry.js';
import { Scanner } from '../../compiler/parse/lexer.js';
import { Dot } from '../../compiler/parse/tokens.js';

/** Variable names bound in the shell after its last command (shell.erl reports them). */
let bound: string[] = [];
export function setBoundNames(names: string[]): void {
  bound = names;
}

/** The exported functions of a module, as `name/arity`, loading it if need be. */
function exportsOf(rt: ErlangRuntime, mod: string): string[] {
  const out = new Set<string>(Object.keys(nativeModule(mod) ?? {}));
  let m = rt.engine.code.modules.get(mod);
  if (!m) {
    try {
      if (rt.loadFromPath(mod)) m = rt.engine.code.modules.get(mod);
    } catch {
      m = undefined;
    }
  }
  for (const k of Object.keys(m?.exports ?? {})) out.add(k);
  return [...out].filter((k) => !k.startsWith('$') && !k.startsWith('module_info/')).concat(m ? ['module_info/0', 'module_info/1'] : []);
}

/**
 * Completions for the text before the cursor: [candidates, the word they replace], as
 * Node's readline completer wants them. A function completes to `name(`.
 */
export function complete(rt: ErlangRuntime, line: string, moduleNames: () => string[]): [string[], string] {
  const remote = /([a-z][A-Za-z0-9_@]*):([a-z][A-Za-z0-9_@]*)?$/.exec(line);
  if (remote) {
    const [word, mod, pre = ''] = remote;
    const names = [...new Set(exportsOf(rt, mod!).map((k) => k.slice(0, k.lastIndexOf('/'))))].filter((n) => n.startsWith(pre)).sort();
    return [names.map((n) => `${mod}:${n}(`), word];
  }
  const v = /(?:^|[^A-Za-z0-9_@'])([A-Z_][A-Za-z0-9_@]*)$/.exec(line);
  if (v) {
    const pre = v[1]!;
    return [bound.filter((b) => b.startsWith(pre)).sort(), pre];
  }
  const a = /(?:^|[^A-Za-z0-9_@:'])([a-z][A-Za-z0-9_@]*)$/.exec(line);
  if (a) {
    const pre = a[1]!;
    const mods = new Set([...nativeModuleNames(), ...rt.engine.code.modules.keys(), ...moduleNames()]);
    const names = [...mods].filter((m) => m.startsWith(pre) && !m.startsWith('$')).sort();
    return [names.map((m) => `${m}:`), pre];
  }
  return [[], line];
}

/** Whether the lines typed since the prompt end a command (a dot token, outside
 * strings, quoted atoms and comments): if not, a terminal shows the prompt again for
 * the next line, as erl does. */
export function commandEnds(text: string): boolean {
  const sc = new Scanner(text, 'shell');
  for (;;) {
    const r = sc.scanForm();
    if (r.kind === 'eof' || r.kind === 'invalid') return false;
    // An unterminated string or quoted atom goes on on the next line.
    if (r.kind === 'error') return r.error.code !== 'string' && r.error.code !== 'char';
    if (r.tokens.some((t) => t.tokenType === Dot)) return true;
  }
}
