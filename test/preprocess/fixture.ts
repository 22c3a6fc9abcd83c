// Shared by the preprocessor and lexer tests: our results in the JSON shape that
// gen-expected.escript writes for OTP's, and a host over a directory of cases.
import type { Token } from '../../compiler/parse/tokens.js';
import * as T from '../../compiler/parse/tokens.js';
import type { Diagnostic } from '../../compiler/diagnostics.js';
import type { PpItem } from '../../compiler/parse/preprocess.js';
import { nodeHost } from '../../bin/node-host.js';
import type { CompilerHost } from '../../compiler/host.js';

export type JsonToken = [string, string | number | null, number, number | null] | [string, string | number | null, number, number | null, true];

export interface JsonDiag {
  line: number;
  col: number | null;
  module: string;
  tag: string;
  message: string;
}

export type JsonItem =
  | { file: string; form: JsonToken[] }
  | { file: string; error: JsonDiag }
  | { file: string; warning: JsonDiag };

export function tokenJson(t: Token): JsonToken {
  const cat = T.erlCategory(t);
  let value: string | number | null = null;
  switch (t.tokenType) {
    case T.Atom: case T.Var: case T.String: value = t.value as string; break;
    case T.Char: case T.Float: value = t.value as number; break;
    case T.Integer: value = (t.value as bigint).toString(); break;
  }
  const col = t.startColumn === 0 ? null : t.startColumn!;
  return t.generated ? [cat, value, t.startLine!, col, true] : [cat, value, t.startLine!, col];
}

export function diagJson(d: Diagnostic): JsonDiag {
  return { line: d.line, col: d.col === 0 ? null : d.col, module: d.origin, tag: d.code, message: d.message };
}

export function itemJson(it: PpItem): JsonItem {
  if (it.kind === 'diagnostic') {
    const d = it.diagnostic;
    return d.severity === 'error' ? { file: d.file, error: diagJson(d) } : { file: d.file, warning: diagJson(d) };
  }
  return { file: it.tokens[0]?.file ?? '', form: it.tokens.map(tokenJson) };
}

/** A host reading files relative to `root` (absolute paths as they are), with listDir. */
export function dirHost(root: string): CompilerHost {
  return nodeHost(root);
}

/** The options of a case's first line `%% pp-opts: D=NAME D=NAME=VALUE I=DIR S=SOURCE`. */
export function caseOptions(text: string): { defines: Record<string, string | undefined>; includePaths: string[]; sourceName?: string } {
  const first = text.split('\n', 1)[0]!;
  const defines: Record<string, string | undefined> = {};
  const includePaths: string[] = [];
  let sourceName: string | undefined;
  if (first.startsWith('%% pp-opts:')) {
    for (const w of first.slice('%% pp-opts:'.length).split(' ').filter((x) => x !== '')) {
      if (w.startsWith('D=')) {
        const [name, ...v] = w.slice(2).split('=');
        defines[name!] = v.length ? v.join('=') : undefined;
      } else if (w.startsWith('I=')) includePaths.push(w.slice(2));
      else if (w.startsWith('S=')) sourceName = w.slice(2);
    }
  }
  includePaths.push('include');
  return { defines, includePaths, sourceName };
}
