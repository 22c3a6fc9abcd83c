// PLACEHOLDER: the preprocessor (epp semantics) is being written; this file only fixes its API.
import type { Token } from './tokens.js';
import type { Diagnostic } from '../diagnostics.js';
import type { CompilerHost } from '../host.js';

export interface PreprocessOptions {
  host: CompilerHost;
  /** Directories searched by -include after the including file's own directory. */
  includePaths?: string[];
  /** Directories holding OTP-style applications (`eunit/include/eunit.hrl`) for -include_lib. */
  libRoots?: string[];
  /** Predefined macros, as `erlc -D`: name -> replacement text (undefined: `true`). */
  defines?: Record<string, string | undefined>;
}

export interface PreprocessResult {
  /** One token list per form, each ending with its Dot token. */
  forms: Token[][];
  diagnostics: Diagnostic[];
}

export function preprocess(file: string, opts: PreprocessOptions): PreprocessResult {
  void file;
  void opts;
  throw new Error('preprocess: not written yet');
}
