// A generated module: JS text, its line table and its source map.
//
// The body is the text of a function of `rt` that returns the module object, so the
// code server can load it synchronously with `new Function('rt', body)` (in Node and in
// browsers alike), and `esModule()` wraps the same text as an ES module
// (`export default function (rt) { ... }`) for writing to disk.
import { SourceMapGenerator } from 'source-map';
import type { ModuleIR } from '../core/ir.js';
import { generate } from './codegen.js';

export interface CompiledJs {
  /** The body of `function (rt) { ... }`. */
  body: string;
  /** Per body line (index 0 = line 1): [info index, Erlang line, tail call 0/1], info -1 for none. */
  /** Per body line: [function info, Erlang line, tail call 0/1, call site (0: none)]. */
  lineTable: [number, number, number, number][];
  /** Erlang-level functions: [name, arity]. */
  infos: [string, number][];
}

export function compileCore(ir: ModuleIR): CompiledJs {
  const g = generate(ir);
  return {
    body: g.lines.map((l) => l.text).join('\n'),
    lineTable: g.lines.map((l) => [l.info, l.line, l.tail ? 1 : 0, l.site]),
    infos: g.infos,
  };
}

/** The ES module text (one header line before the body). */
export function esModule(c: CompiledJs): string {
  return `export default function (rt) {\n${c.body}\n}\n`;
}

/** A source map for `esModule(c)` (body line i is file line i + 2), mapping each line to
 * its Erlang line. */
export function sourceMap(c: CompiledJs, erlFile: string, jsFile: string): string {
  const gen = new SourceMapGenerator({ file: jsFile });
  c.lineTable.forEach(([, line], i) => {
    if (line > 0) gen.addMapping({ generated: { line: i + 2, column: 0 }, original: { line, column: 0 }, source: erlFile });
  });
  return gen.toString();
}
