// epp's error descriptors and their texts (epp:format_error/1), and the exception the
// preprocessor's helpers throw to report one: the equivalent of epp's
// `throw({error, Location, Descriptor})`.
import type { Token } from './tokens.js';
import type { Origin } from '../diagnostics.js';

/** Where epp reports an error: a token's location, or an explicit line/column. */
export interface Loc {
  line: number;
  col: number;
}

export function tokLoc(t: Token): Loc {
  return { line: t.startLine!, col: t.startColumn! };
}

export class EppError {
  constructor(
    readonly loc: Loc,
    /** Descriptor tag (`bad`, `undefined`, `circular`, ...). */
    readonly code: string,
    /** epp:format_error/1 of the descriptor. */
    readonly message: string,
    readonly origin: Origin = 'epp',
  ) {}
}

export function eppError(at: Token | Loc, code: string, message: string, origin: Origin = 'epp'): EppError {
  const loc = 'line' in at ? at : tokLoc(at);
  return new EppError(loc, code, message, origin);
}

/** Arity as epp prints it: `none` for a macro used without an argument list. */
export type Arity = number | null;

export const msg = {
  bad: (what: string) => `badly formed '${what}'`,
  duplicatedArgument: (arg: string) => `argument '${arg}' already used`,
  missingParenthesis: 'badly formed define: missing closing right parenthesis',
  missingComma: 'badly formed define: missing comma',
  prematureEnd: 'premature end',
  call: (what: string) => `illegal macro call '${what}'`,
  undefined: (m: string, a: Arity) => (a === null ? `undefined macro '${m}'` : `undefined macro '${m}/${a}'`),
  depth: (what: string) => `${what} too deep`,
  mismatch: (m: string) => `argument mismatch for macro '${m}'`,
  argError: (m: string) => `badly formed argument for macro '${m}'`,
  redefine: (m: string) => `redefining macro '${m}'`,
  redefinePredef: (m: string) => `redefining predefined macro '${m}'`,
  circular: (m: string, a: Arity) => (a === null ? `circular macro '${m}'` : `circular macro '${m}/${a}'`),
  include: (kind: 'file' | 'lib', f: string) => `can't find include ${kind} "${f}"`,
  illegal: (how: string, what: string) => `${how} '-${what}'`,
  illegalFunction: (m: string) => `?${m} can only be used within a function`,
  illegalFunctionUsage: (m: string) => `?${m} must not begin a form`,
  elifAfterElse: "'elif' following 'else'",
  ftrAfterPrefix: 'feature directive not allowed after exports or record definitions',
  cannotParse: 'cannot parse file, giving up',
  invalidUnicode: 'cannot translate from UTF-8',
};

/** Origins OTP uses that diagnostics.ts does not list yet (see docs/preprocessor.md). */
export const ERL_FEATURES: Origin = 'erl_features';
export const FILE_IO_SERVER: Origin = 'file_io_server';
