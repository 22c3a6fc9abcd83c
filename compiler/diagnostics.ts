// Diagnostics are data: every pass returns them, and this module alone turns them into
// text. Codes are stable and follow OTP: `origin` names the OTP module whose
// format_error/1 would describe the problem (erl_scan, epp, erl_parse, erl_lint) and
// `code` is the tag of OTP's error descriptor (`unbound_var`, `undefined_function`,
// ...), so our corpus can be compared with erlc's verdicts kind for kind, and `message`
// is the exact text OTP's format_error/1 gives for it.
//
// Rendering follows erlc (compile.erl + sys_messages.erl in OTP 25):
//
//   t.erl:4:29: variable 'Q' is unbound
//   %    4|     Z = Q,
//   %     |         ^
//   <blank line>
//
// warnings get `Warning: ` before the message.

export type Severity = 'error' | 'warning';
export type Origin = 'erl_scan' | 'epp' | 'erl_parse' | 'erl_lint' | 'erl_features' | 'file_io_server' | 'ms_transform' | 'erlts';

export interface Diagnostic {
  severity: Severity;
  origin: Origin;
  /** OTP's descriptor tag: `unbound_var`, `{illegal,character}` -> `illegal`, ... */
  code: string;
  /** Exact text of OTP's Module:format_error(Descriptor). */
  message: string;
  file: string;
  /** 1-based line and column (column counts code points, tab = 1), 0 when unknown. */
  line: number;
  col: number;
}

export function error(origin: Origin, code: string, message: string, file: string, line: number, col: number): Diagnostic {
  return { severity: 'error', origin, code, message, file, line, col };
}

export function warning(origin: Origin, code: string, message: string, file: string, line: number, col: number): Diagnostic {
  return { severity: 'warning', origin, code, message, file, line, col };
}

/** Where rendering finds a file's text to quote; return undefined when it cannot be read. */
export type SourceLookup = (file: string) => string | undefined;

/** One diagnostic as erlc prints it, quoted source line and caret included, ending in "\n". */
export function renderDiagnostic(d: Diagnostic, source?: SourceLookup): string {
  const prefix = d.severity === 'warning' ? 'Warning: ' : '';
  if (d.line <= 0) return `${d.file}: ${prefix}${d.message}\n`;
  const pos = d.col > 0 ? `${d.line}:${d.col}` : `${d.line}`;
  return `${d.file}:${pos}: ${prefix}${d.message}\n${quoteSource(d, source)}`;
}

function quoteSource(d: Diagnostic, source?: SourceLookup): string {
  const text = source?.(d.file);
  if (text === undefined) return '';
  const line = nthLine(text, d.line);
  if (line === undefined) return '';
  const num = String(d.line);
  const width = Math.max(4, num.length);
  let out = `% ${num.padStart(width)}| ${line}\n`;
  const caret = underline(line, d.col > 0 ? d.col : 1);
  if (caret !== '') out += `% ${''.padStart(width)}| ${caret}\n`;
  return out + '\n';
}

/** Spaces up to the column (tabs kept, so the caret lines up), then one caret. */
function underline(line: string, col: number): string {
  const chars = Array.from(line);
  let s = '';
  for (let i = 1; i < col; i++) {
    const c = chars[i - 1];
    if (c === undefined) break;
    s += c === '\t' ? '\t' : ' ';
  }
  return s + '^';
}

function nthLine(text: string, n: number): string | undefined {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  if (start >= text.length) return undefined; // no such line (an empty file has none): erlc quotes nothing
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return text.slice(start, end);
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}
