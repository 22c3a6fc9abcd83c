// A front end without the preprocessor, for lint tests: scan form by form, parse each
// form. For sources without macros, includes or conditionals (such as OTP files already
// preprocessed and printed by OTP), so lint can be tested on real parses independently
// of epp.
import { Scanner } from '../../compiler/parse/lexer.js';
import { parseForm } from '../../compiler/parse/parser.js';
import type { Form, Module } from '../../compiler/ast/ast.js';
import type { Diagnostic } from '../../compiler/diagnostics.js';
import { error as mkError } from '../../compiler/diagnostics.js';

export function parseWithoutPreprocessor(text: string, file: string): { module: Module; diagnostics: Diagnostic[] } {
  const sc = new Scanner(text, file);
  const forms: Form[] = [];
  const diagnostics: Diagnostic[] = [];
  for (;;) {
    const r = sc.scanForm();
    if (r.kind === 'eof' || r.kind === 'invalid') break;
    if (r.kind === 'error') {
      diagnostics.push(mkError('erl_scan', r.error.code, r.error.message, file, r.error.line, r.error.col));
      continue;
    }
    const p = parseForm(r.tokens);
    diagnostics.push(...p.diagnostics);
    if (p.form) forms.push(p.form);
  }
  return { module: { file, forms }, diagnostics };
}
