// The canonical text of a preprocessing result, exactly as otp-corpus-dump.escript
// writes it for epp's (see there for the format), so that the two can be compared by
// their md5 without moving every token of OTP's sources between the two VMs.
import { createHash } from 'node:crypto';
import type { Token } from '../../compiler/parse/tokens.js';
import * as T from '../../compiler/parse/tokens.js';
import type { PpItem } from '../../compiler/parse/preprocess.js';

function cps(s: string): string {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out.join('.');
}

function floatHex(f: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, f);
  let s = '';
  for (let i = 0; i < 8; i++) s += dv.getUint8(i).toString(16).padStart(2, '0');
  return s.toUpperCase();
}

function value(t: Token): string {
  switch (t.tokenType) {
    case T.Atom: case T.Var: case T.String: return cps(t.value as string);
    case T.Char: return String(t.value);
    case T.Integer: return (t.value as bigint).toString();
    case T.Float: return floatHex(t.value as number);
    default: return '-';
  }
}

function token(t: Token): string {
  return `${T.erlCategory(t)} ${t.startLine} ${t.startColumn} ${t.generated ? 1 : 0} ${value(t)}`;
}

export function canonicalText(items: readonly PpItem[]): string {
  let out = '';
  for (const it of items) {
    if (it.kind === 'form') {
      out += 'F ' + cps(it.tokens[0]?.file ?? '');
      for (const t of it.tokens) out += '\t' + token(t);
      out += '\n';
    } else {
      const d = it.diagnostic;
      out += `${d.severity === 'error' ? 'E' : 'W'} ${cps(d.file)} ${d.line} ${d.col} ${d.origin} ${d.code} ${cps(d.message)}\n`;
    }
  }
  return out;
}

export function canonicalMd5(items: readonly PpItem[]): string {
  return createHash('md5').update(canonicalText(items), 'utf8').digest('hex').toUpperCase();
}
