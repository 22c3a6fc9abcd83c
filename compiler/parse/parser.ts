// PLACEHOLDER: the chevrotain parser is being written; this file only fixes its API.
import type { Token } from './tokens.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Form } from '../ast/ast.js';

export interface ParseFormResult {
  form?: Form;
  diagnostics: Diagnostic[];
}

/** Parse the tokens of one form (ending with its Dot token). */
export function parseForm(tokens: Token[]): ParseFormResult {
  void tokens;
  throw new Error('parseForm: not written yet');
}
