// Shared by the parser tests: reading a file through the front end (preprocess, then
// parseForm on each form), comparing ASTs without positions, and finding `erl`.
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompilerHost } from '../../compiler/host.js';
import { nodeHost } from '../../bin/node-host.js';
import { preprocess, type PreprocessOptions } from '../../compiler/parse/preprocess.js';
import { parseForm } from '../../compiler/parse/parser.js';
import { lex } from '../../compiler/parse/lexer.js';
import * as T from '../../compiler/parse/tokens.js';
import type { Token } from '../../compiler/parse/tokens.js';
import type { Form } from '../../compiler/ast/ast.js';
import type { Diagnostic } from '../../compiler/diagnostics.js';

/** The repository root (the tests' paths are relative to it, as the escripts' are). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OTP_LIB = '/usr/lib/erlang/lib';

/** A host reading files relative to `root` (absolute paths as they are), with listDir. */
export function dirHost(root: string = ROOT): CompilerHost {
  return nodeHost(root);
}

export interface ParsedFile {
  forms: Form[];
  /** The parser's diagnostics (the preprocessor's are in `ppDiagnostics`). */
  diagnostics: Diagnostic[];
  ppDiagnostics: Diagnostic[];
  /** The token list of each form, as given to the parser. */
  tokens: Token[][];
}

/** Preprocess and parse a file the way the pipeline does. */
export function parseFile(path: string, opts: Partial<PreprocessOptions> = {}): ParsedFile {
  const pp = preprocess(path, { host: dirHost(), ...opts });
  const forms: Form[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const toks of pp.forms) {
    const r = parseForm(toks);
    if (r.form) forms.push(r.form);
    diagnostics.push(...r.diagnostics);
  }
  return { forms, diagnostics, ppDiagnostics: pp.diagnostics, tokens: pp.forms };
}

/** Lex a text and parse each form (no preprocessing): for printed output. `maybe`
 * makes `maybe`/`else` keywords, as `-feature(maybe_expr, enable)` would. */
export function parseText(text: string, file: string, maybe = false): { forms: Form[]; diagnostics: Diagnostic[] } {
  const lx = lex(text, file);
  const forms: Form[] = [];
  const diagnostics: Diagnostic[] = [...lx.errors];
  let cur: Token[] = [];
  for (const t of lx.tokens) {
    cur.push(maybe ? asKeyword(t) : t);
    if (t.tokenType === T.Dot) {
      const r = parseForm(cur);
      if (r.form) forms.push(r.form);
      diagnostics.push(...r.diagnostics);
      cur = [];
    }
  }
  if (cur.length > 0) {
    const r = parseForm(cur);
    diagnostics.push(...r.diagnostics);
  }
  return { forms, diagnostics };
}

function asKeyword(t: Token): Token {
  if (t.tokenType !== T.Atom || t.image.startsWith("'")) return t;
  if (t.value !== 'maybe' && t.value !== 'else') return t;
  const tt = T.Keywords[t.value];
  return { ...t, tokenType: tt, tokenTypeIdx: tt.tokenTypeIdx! };
}

/** Whether the tokens of a module use the maybe keywords (so printed text needs them). */
export function usesMaybe(tokens: Token[][]): boolean {
  return tokens.some((f) => f.some((t) => t.tokenType === T.Keywords.maybe));
}

const POSITION_KEYS = new Set(['loc', 'elseLoc', 'nameLoc', 'diagnostic']);

/** The first difference between two ASTs, positions ignored; undefined if equal. */
export function astDiff(a: unknown, b: unknown, path = '$'): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path}: ${show(a)} vs ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs non-array`;
  const ka = Object.keys(a).filter((k) => !POSITION_KEYS.has(k) && (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => !POSITION_KEYS.has(k) && (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length || ka.some((k) => !kb.includes(k))) return `${path}: keys [${ka}] vs [${kb}]`;
  for (const k of ka) {
    const d = astDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}

function show(x: unknown): string {
  return typeof x === 'bigint' ? `${x}n` : JSON.stringify(x) ?? String(x);
}

/** Why tests that need OTP cannot run here, or undefined if they can. */
export function otpMissing(needSources = false): string | undefined {
  if (spawnSync('erl', ['-version'], { stdio: 'ignore' }).status !== 0) return 'erl is not on the PATH';
  if (!needSources) return undefined;
  if (!existsSync(OTP_LIB)) return `${OTP_LIB} not found`;
  const srcs = readdirSync(OTP_LIB).filter((d) => existsSync(join(OTP_LIB, d, 'src')));
  if (srcs.length === 0) return `no OTP sources under ${OTP_LIB} (apt-get install erlang-src)`;
  return undefined;
}

/** Every lib/APP/src dir, then every lib/APP/include dir (the include path the OTP
 * corpus escripts give epp). */
export function otpIncludePaths(): string[] {
  const apps = readdirSync(OTP_LIB).sort();
  const out: string[] = [];
  for (const sub of ['src', 'include']) {
    for (const a of apps) if (existsSync(join(OTP_LIB, a, sub))) out.push(join(OTP_LIB, a, sub));
  }
  return out;
}

/** The .erl files of a directory, sorted. */
export function erlFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.erl')).sort();
}
