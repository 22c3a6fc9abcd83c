// A loop applying a fun it passes on unchanged is split into copies, one picked per
// fun on entry (codegen splitByFun): the copies exist, carry the original's function
// info, lines and call sites, the dispatch is a tail call (no frame of its own), and a
// large loop is left whole. Behaviour against OTP (values, stack traces of a fun that
// fails inside each copy, yields in long lists): test/conformance/funs/fn_split_loops.erl.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFile } from '../../compiler/pipeline.js';
import { compileForLoad } from '../../compiler/compile.js';
import { nodeHost } from '../../bin/node-host.js';

function compile(src: string) {
  const dir = mkdtempSync(join(tmpdir(), 'erlts-split-'));
  try {
    const file = join(dir, 't.erl');
    writeFileSync(file, src);
    const r = checkFile(file, { host: nodeHost() });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return compileForLoad(r.module).compiled;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const bigBody = Array.from({ length: 120 }, (_, i) => `X${i} = H + ${i}`).join(', ');
const c = compile(`-module(t).
-export([fold/3, big/3]).
fold(F, Acc, [H | T]) -> fold(F, F(H, Acc), T);
fold(_, Acc, []) -> Acc.
big(F, Acc, [H | T]) -> ${bigBody}, big(F, F(X119, Acc), T);
big(_, Acc, []) -> Acc.
`);
const lines = c.body.split('\n');
const fnLines = (name: string) => {
  const from = lines.findIndex((l) => l.startsWith(`function ${name}(`));
  const to = lines.findIndex((l, i) => i > from && l === '}');
  return { from, to };
};

describe('loops split by fun', () => {
  it('gives a loop applying its fun three copies, and a dispatch on entry', () => {
    for (const k of [1, 2, 3]) expect(fnLines(`F_fold_3$s${k}`).from).toBeGreaterThan(0);
    const { from, to } = fnLines('F_fold_3');
    const orig = lines.slice(from, to + 1).join('\n');
    expect(orig).toMatch(/switch \(\(v_\w+\$\w+\.uniq \^ v_\w+\$\w+\.index\) & 3\) \{ case 1: return F_fold_3\$s1\(/);
    expect(lines.slice(fnLines('F_fold_3$s1').from, fnLines('F_fold_3$s1').to + 1).join('\n')).not.toContain('switch');
  });

  it("keeps the original's function info, lines and call sites on the copies", () => {
    const o = fnLines('F_fold_3');
    const rows = c.lineTable.slice(o.from, o.to + 1);
    const dispatch = lines.slice(o.from, o.to + 1).findIndex((l) => l.includes('switch'));
    expect(rows[dispatch]![2]).toBe(1); // a tail call: no frame in stack traces
    const rest = rows.filter((_, i) => i !== dispatch);
    for (const k of [1, 2, 3]) {
      const s = fnLines(`F_fold_3$s${k}`);
      expect(c.lineTable.slice(s.from, s.to + 1)).toEqual(rest);
    }
  });

  it('leaves a large loop whole', () => {
    expect(fnLines('F_big_3$s1').from).toBe(-1);
    const b = fnLines('F_big_3');
    expect(lines.slice(b.from, b.to + 1).join('\n')).not.toContain('switch');
  });
});
