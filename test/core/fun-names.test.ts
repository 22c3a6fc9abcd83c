// Fun names and indices as OTP gives them (fun_info(F, name) / fun_info(F, index)):
// erl/fun_names.expected is recorded by erl/record.escript from real OTP; every fun
// there must appear in our Core IR with the same name and index.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile } from '../../compiler/pipeline.js';
import { nodeHost } from '../../bin/node-host.js';
import { lowerModule } from '../../compiler/core/lower.js';
import type { Decision, Expr } from '../../compiler/core/ir.js';

const dir = join(import.meta.dirname, 'erl');

function funsOf(e: Expr, out: Map<string, number>): void {
  const dec = (d: Decision): void => {
    switch (d.k) {
      case 'leaf': funsOf(d.body, out); break;
      case 'alt': dec(d.first); dec(d.rest); break;
      case 'test': dec(d.then); dec(d.else); break;
      case 'switch': d.cases.forEach((c) => dec(c.then)); dec(d.default); break;
      case 'bind': dec(d.next); break;
      case 'guard': funsOf(d.body, out); dec(d.then); dec(d.else); break;
      case 'eval': funsOf(d.e, out); dec(d.then); dec(d.else); break;
      default: break;
    }
  };
  switch (e.k) {
    case 'let': funsOf(e.e, out); funsOf(e.body, out); break;
    case 'fun': out.set(e.name, e.index); funsOf(e.body, out); break;
    case 'case': dec(e.tree); break;
    case 'receive': dec(e.tree); if (e.after) funsOf(e.after.body, out); break;
    case 'try': funsOf(e.body, out); funsOf(e.ofBody, out); funsOf(e.handler, out); break;
    case 'catch': funsOf(e.body, out); break;
    case 'letrec': e.defs.forEach((d) => funsOf(d.body, out)); funsOf(e.body, out); break;
    default: break;
  }
}

describe('fun names and indices (fun_names.erl vs OTP)', () => {
  const r = checkFile(join(dir, 'fun_names.erl'), { host: nodeHost(dir) });
  const ir = lowerModule(r.module);
  const ours = new Map<string, number>();
  for (const f of ir.functions) funsOf(f.body, ours);
  const expected = readFileSync(join(dir, 'fun_names.expected'), 'utf8').trim().split('\n').map((l) => l.split(' '));
  for (const [name, index] of expected) {
    it(`${name} #${index}`, () => {
      expect(ours.get(name!)).toBe(Number(index));
    });
  }
  it('counts the funs', () => {
    expect(ir.funCount).toBe(expected.length);
  });
});
