// parseForm never throws, whatever tokens it gets: random token lists (property based)
// give either a form or exactly one erl_parse diagnostic, never an internal error.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lex } from '../../compiler/parse/lexer.js';
import { parseForm } from '../../compiler/parse/parser.js';
import * as T from '../../compiler/parse/tokens.js';
import { ErlParser } from '../../compiler/parse/parser-grammar.js';
import type { Token } from '../../compiler/parse/tokens.js';

// Token texts to draw from: every punctuation mark and keyword, and some literals.
const PIECES = [
  '(', ')', '[', ']', '{', '}', ',', ';', '->', '=', '#', ':', '::', '|', '||', '<-', '<=', '<<', '>>', '+', '-',
  '*', '/', '==', '=<', '=>', ':=', '!', '...', '..', '?=', '++', '--', 'a.b', 'end', 'fun', 'case', 'of', 'when',
  'catch', 'try', 'after', 'begin', 'receive', 'if', 'andalso', 'orelse', 'not', 'bnot', 'div', 'band', 'spec',
  'callback', 'record', 'type', 'export', 'foo', 'X', '_', '1', '2.5', '"s"', '$a', "'q'", 'f(X) ->', '-spec',
  '-record(r,', '-type t() ::', '<<_:_*8>>', '#{', '#r{', 'fun() ->',
];

function tokensOf(pieces: string[], dot: boolean): Token[] {
  const text = pieces.join(' ') + (dot ? '.\n' : '');
  return lex(text, 'fuzz.erl').tokens;
}

describe('the grammar', () => {
  it("passes chevrotain's checks (no ambiguity left unresolved, no left recursion)", () => {
    // parseForm's parser skips them to start faster.
    expect(() => new ErlParser({ validate: true })).not.toThrow();
  });
});

describe('parseForm on arbitrary tokens', () => {
  it('never throws and reports at most one erl_parse error', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.boolean(), (pieces, dot) => {
        const toks = tokensOf(pieces, dot);
        const r = parseForm(toks);
        if (toks.length === 0) return;
        if (r.diagnostics.length === 0) {
          expect(r.form).toBeDefined();
          expect(r.form!.kind).not.toBe('error_form');
        } else {
          expect(r.diagnostics.length).toBe(1);
          expect(r.diagnostics[0]!.code).not.toBe('internal_error');
          expect(r.form!.kind).toBe('error_form');
        }
      }),
      { numRuns: 3000, seed: 20240601 },
    );
  });

  it('handles the maybe keywords as tokens in any position', () => {
    const kw = (k: 'maybe' | 'else') => {
      const t = tokensOf(['x'], false)[0]!;
      return { ...t, tokenType: T.Keywords[k], tokenTypeIdx: T.Keywords[k].tokenTypeIdx!, image: k, value: k } as Token;
    };
    const base = tokensOf(['f()', '->', 'x'], true);
    for (let i = 0; i <= base.length; i++) {
      for (const k of ['maybe', 'else'] as const) {
        const toks = [...base.slice(0, i), kw(k), ...base.slice(i)];
        const r = parseForm(toks);
        expect(r.diagnostics.every((d) => d.code !== 'internal_error')).toBe(true);
      }
    }
  });
});
