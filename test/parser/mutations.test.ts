// Syntax errors against erl_parse on thousands of broken forms: mutations.escript
// (ONE run of erl) takes the forms of a few OTP source files as epp tokenizes them,
// breaks each with one or two random token edits, and records erl_parse's verdict.
// We parse the same tokens: the verdict must be the same, a form equal term for term
// or an error naming the same token at the same position with the same message.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OTP_LIB, otpMissing } from './helpers.js';
import { parseForm } from '../../compiler/parse/parser.js';
import { formToErlText } from '../../compiler/ast/erl-parse-text.js';
import * as T from '../../compiler/parse/tokens.js';
import type { Token } from '../../compiler/parse/tokens.js';
import type { TokenType } from 'chevrotain';

const script = fileURLToPath(new URL('./mutations.escript', import.meta.url));
const why = otpMissing(true);
if (why) console.warn(`SKIPPED: parser mutation tests against erl_parse (${why})`);

const SOURCES = ['stdlib/src/lists.erl', 'stdlib/src/gen_server.erl', 'stdlib/src/maps.erl', 'stdlib/src/erl_pp.erl',
  'stdlib/src/io_lib_format.erl', 'kernel/src/file.erl', 'stdlib/src/supervisor.erl', 'compiler/src/beam_ssa_opt.erl'];

function otpFile(rel: string): string {
  const [app, ...rest] = rel.split('/');
  const dir = readdirSync(OTP_LIB).find((d) => d === app || d.startsWith(`${app}-`));
  return join(OTP_LIB, dir ?? app!, ...rest);
}

const BY_CATEGORY = new Map<string, TokenType>();
for (const tt of T.allTokenTypes) BY_CATEGORY.set(T.erlCategory({ tokenType: tt, image: '' } as Token), tt);

const codes = (s: string): string => (s === '[]' ? '' : String.fromCodePoint(...s.slice(1, -1).split(',').map(Number)));

/** A token from a line "Category Line Col Value Text Generated". */
function token(line: string): Token {
  const m = /^('(?:[^'\\]|\\.)*'|\S+) (\d+) (\d+) (.*) (\S+) (true|false)$/.exec(line)!;
  const cat = m[1]!.startsWith("'") ? m[1]!.slice(1, -1) : m[1]!;
  const tt = BY_CATEGORY.get(cat)!;
  let value: string | number | bigint = cat;
  if (tt === T.Atom || tt === T.Var || tt === T.String) value = codes(m[4]!);
  else if (tt === T.Integer) value = BigInt(m[4]!);
  else if (tt === T.Float || tt === T.Char) value = Number(m[4]!);
  const image = m[5] !== 'none' ? codes(m[5]!) : typeof value === 'string' ? value : String(value);
  const t = { tokenType: tt, tokenTypeIdx: tt.tokenTypeIdx!, image, startLine: Number(m[2]), startColumn: Number(m[3]), startOffset: 0, file: 'f', value } as Token;
  if (m[6] === 'true') t.generated = true;
  return t;
}

function verdict(toks: Token[]): string {
  const r = parseForm(toks);
  if (r.form && r.form.kind !== 'error_form') return 'E ' + formToErlText(r.form);
  const d = r.diagnostics[0]!;
  return `X ${d.line} ${d.col} ${d.message}`;
}

describe.skipIf(why !== undefined)('parser on broken OTP forms (against erl_parse)', () => {
  it('gives erl_parse verdict, error token and message for every broken form', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'erlts-mut-'));
    try {
      const out = join(tmp, 'mutations.txt');
      execFileSync('escript', [script, out, '1', '3', ...SOURCES.map(otpFile)], { stdio: 'inherit' });
      let toks: Token[] = [];
      let n = 0;
      let errors = 0;
      const bad: string[] = [];
      for (const line of readFileSync(out, 'utf8').split('\n')) {
        if (line === 'F') toks = [];
        else if (line.startsWith('E ') || line.startsWith('X ')) {
          n++;
          let expected = line;
          if (line.startsWith('X ')) {
            errors++;
            const m = /^X (\d+) (\d+) (.*)$/.exec(line)!;
            expected = `X ${m[1]} ${m[2]} ${codes(m[3]!)}`;
          }
          const got = verdict(toks);
          if (got !== expected && bad.length < 5) bad.push(`${toks.map((t) => t.image).join(' ')}\n  erl_parse: ${expected.slice(0, 300)}\n  erlts:     ${got.slice(0, 300)}`);
        } else if (line !== '' && line !== 'C') toks.push(token(line));
      }
      console.log(`parser mutations: ${n} broken forms (${errors} rejected by erl_parse) compared`);
      expect(n).toBeGreaterThan(3000);
      expect(bad.join('\n')).toBe('');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);
});
