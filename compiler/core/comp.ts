// List and binary comprehensions -> `letrec` loops.
//
// Every generator becomes a local function that walks its list (or bitstring);
// qualifiers after it are lowered inside the loop body, and "go on with the next
// element" is a call to the loop. When an inner loop is done it continues the
// enclosing loop. As in OTP, a list comprehension is body-recursive, `loop(L)`
// returning the list of results (`[T | loop(Tail)]`, the template evaluated before the
// recursive call), and a binary comprehension threads an accumulator,
// `loop(L, Acc)`, appending each template to it. The loops are named as OTP names
// them (`-f/1-lc$^0/1-0-`, fun-names.ts), so stack traces through them read the same.
//
// OTP's semantics kept here:
//   * a list generator whose pattern does not match an element skips it; a value that
//     is not a list (at any point of the walk) is `{bad_generator,V}`;
//   * a bitstring generator: where the pattern does not match but its segments fit,
//     those bits are skipped; when they do not fit the generator ends;
//   * a filter that is a guard test is evaluated with guard semantics (exception ->
//     false); any other filter must return a boolean, else `{bad_filter,V}`;
//   * generator patterns bind new variables (shadowing outer ones).
import type * as A from '../ast/ast.js';
import type { Atomic, BinSeg, Decision, Expr } from './ir.js';
import { NIL, c, cloc, emit, mkLet, v, type Env, type K } from './build.js';
import type { FnCtx } from './context.js';
import { guardExpr, mp } from './match.js';
import { isGuardTest, patVars } from './syntax.js';
import { lowerBin, lx, raiseTagged } from './expr.js';
import { collect } from './vars.js';

/** Continue with the enclosing loop; `acc` is the accumulator (bc) or null (lc). */
type Cont = (acc: Atomic | null) => Expr;

export function lowerComp(e: A.ListComp | A.BinComp, env: Env, k: K, f: FnCtx): Expr {
  const isBc = e.kind === 'bc';
  // The loops made and the names of the loops being built.
  const loops: Loop[] = [];
  const enclosing: string[] = [];
  const acc0: Atomic | null = isBc ? c({ k: 'bits', bytes: [], bitSize: 0 }) : null;
  const kind = isBc ? 'lbc' : 'lc';

  const quals = (i: number, env1: Env, acc: Atomic | null, cont: Cont): Expr => {
    if (i === e.qualifiers.length) {
      if (isBc && e.template.kind === 'bin') {
        // <<Acc/bitstring, Template's segments...>> in one construction.
        const accSeg = { value: acc!, seg: { type: 'bitstring', size: null, unit: 1, signed: false, endian: 'big' } as BinSeg };
        return lowerBin(e.template, env1, { fn: (t) => cont(t) }, f, [accSeg]);
      }
      return lx(e.template, env1, {
        fn: (t) => {
          const name = f.names.fresh('acc');
          // A list comprehension whose value is discarded (a statement in a body) is a
          // loop for its effects, as OTP compiles it: the template is evaluated and the
          // loop goes on as a tail call, building no list (and keeping no frame per
          // element, which stack traces show).
          if (!isBc && !k.tail && k.discard) return cont(null);
          if (!isBc) {
            // [T | rest]: the template first, then the rest of the list.
            const rest = cont(null);
            if (rest.k === 'ret') return mkLet(name, { k: 'prim', op: 'cons', args: [t, rest.a], loc: cloc(e.template.loc) }, { k: 'ret', a: v(name) });
            const r = f.names.fresh('r');
            return mkLet(r, rest, mkLet(name, { k: 'prim', op: 'cons', args: [t, v(r)], loc: cloc(e.template.loc) }, { k: 'ret', a: v(name) }));
          }
          const step: Expr = {
            k: 'bin', loc: cloc(e.template.loc), segs: [
              { value: acc!, seg: { type: 'bitstring', size: null, unit: 1, signed: false, endian: 'big' } },
              { value: t, seg: { type: 'bitstring', size: null, unit: 1, signed: false, endian: 'big' } },
            ],
          };
          return mkLet(name, step, cont(v(name)));
        },
      }, f);
    }
    const q = e.qualifiers[i]!;
    if (q.kind === 'generate' || q.kind === 'b_generate') return generator(q, i, env1, acc, cont);
    if (q.kind === 'm_generate') throw new Error('lowering: map generators are not in OTP 25');
    const qe = q as A.Expr;
    const qloc = cloc(qe.loc);
    if (isGuardTest(qe, (n, a) => f.mod.defined.has(`${n}/${a}`))) {
      return {
        k: 'case', args: [], loc: qloc,
        tree: {
          k: 'guard', body: guardExpr([[qe]], env1, f),
          then: { k: 'leaf', body: quals(i + 1, env1, acc, cont) },
          else: { k: 'leaf', body: cont(acc) },
        },
      };
    }
    return lx(qe, env1, {
      fn: (b, env2) => ({
        k: 'case', args: [b], loc: qloc,
        tree: {
          k: 'switch', on: b,
          cases: [
            { c: { k: 'atom', v: 'true' }, then: { k: 'leaf', body: quals(i + 1, env2, acc, cont) } },
            { c: { k: 'atom', v: 'false' }, then: { k: 'leaf', body: cont(acc) } },
          ],
          default: { k: 'leaf', body: raiseTagged(f, 'bad_filter', b, qloc) },
        },
      }),
    }, f);
  };

  const generator = (q: A.Generate | A.BGenerate, i: number, env1: Env, acc: Atomic | null, cont: Cont): Expr => {
    const gloc = cloc(q.loc);
    return lx(q.expr, env1, {
      fn: (src, env2) => {
        const arity = isBc ? 2 : 1;
        // OTP's name: v3_core's number for the generator, then v3_kernel's (fun-names.ts).
        const nCore = f.numbers.index.get(q) ?? f.funCounter++;
        const nKernel = f.numbers.kernel.get(q) ?? f.kernelCounter++;
        const loopName = `-${f.name}/${f.arity}-${kind}$^${nCore}/${arity}-${nKernel}-`;
        const [l, a] = [f.names.fresh('l'), f.names.fresh('a')];
        const accV: Atomic | null = isBc ? v(a) : null;
        const again = (rest: Atomic, acc2: Atomic | null): Expr =>
          ({ k: 'call', target: { k: 'letrec', name: loopName, arity }, args: acc2 ? [rest, acc2] : [rest], loc: gloc });
        // Generator patterns bind fresh variables.
        const shadowed = new Map(env2);
        for (const n of patVars(q.pattern)) shadowed.delete(n);
        let tree: Decision;
        enclosing.push(loopName);
        if (q.kind === 'generate') {
          const [h, t] = [f.names.fresh('h'), f.names.fresh('t')];
          const onElem: Decision = {
            k: 'alt',
            first: mp(q.pattern, v(h), shadowed, f, (env3) => ({ k: 'leaf', body: quals(i + 1, env3, accV, (acc2) => again(v(t), acc2)) })),
            rest: { k: 'leaf', body: again(v(t), accV) },
          };
          tree = {
            k: 'test', test: { k: 'is_cons', v: v(l) },
            then: { k: 'bind', v: h, access: { k: 'hd', of: v(l) }, next: { k: 'bind', v: t, access: { k: 'tl', of: v(l) }, next: onElem } },
            else: {
              k: 'test', test: { k: 'is_nil', v: v(l) },
              then: { k: 'leaf', body: cont(accV) },
              else: { k: 'leaf', body: raiseTagged(f, 'bad_generator', v(l), gloc) },
            },
          };
        } else {
          const rest = f.names.fresh('rest');
          const skipRest = f.names.fresh('skip');
          const ctx = f.names.fresh('ctx');
          const pat = q.pattern;
          const matched = mp(pat, v(l), shadowed, f,
            (env3) => ({ k: 'leaf', body: quals(i + 1, env3, accV, (acc2) => again(v(rest), acc2)) }), { binRest: rest });
          const skipped = mp(pat, v(l), shadowed, f, () => ({ k: 'leaf', body: again(v(skipRest), accV) }),
            { binRest: skipRest, skipLiterals: true });
          tree = {
            k: 'alt', first: matched,
            rest: {
              k: 'alt', first: skipped,
              rest: {
                k: 'test', test: { k: 'bin_start', ctx, v: v(l) },
                then: { k: 'leaf', body: cont(accV) },
                else: { k: 'leaf', body: raiseTagged(f, 'bad_generator', v(l), gloc) },
              },
            },
          };
        }
        enclosing.pop();
        const loopBody: Expr = { k: 'case', args: [v(l)], tree, loc: gloc };
        const params = isBc ? [l, a] : [l];
        loops.push({ q, name: loopName, arity, params, body: loopBody, outer: enclosing.slice() });
        return {
          k: 'letrec',
          defs: [{ name: loopName, params, body: loopBody, loc: gloc }],
          body: again(src, acc),
        };
      },
    }, f);
  };

  const body = quals(0, env, acc0, (acc) => ({ k: 'ret', a: acc ?? NIL }));
  liftedArities(loops, isBc, f);
  return emit(f.names, body, env, k);
}

interface Loop { q: object; name: string; arity: number; params: string[]; body: Expr; outer: string[] }

/** As a lifted function (module_info(functions)) an OTP loop also takes its free
 * variables. An inner list loop goes on with the enclosing loop, so it takes that
 * loop's free variables too; an inner binary loop returns its accumulator instead, so
 * its call of the enclosing loop (erlts's continuation) adds nothing. */
function liftedArities(loops: Loop[], isBc: boolean, f: FnCtx): void {
  const free = new Map<string, string[]>();
  // A loop is recorded when it is built, after the loops inside it: outer ones first here.
  for (const lp of [...loops].reverse()) {
    const s = collect(lp.body, (x) => {
      const t = x.target;
      if (t.k !== 'letrec' || !lp.outer.includes(t.name)) return undefined;
      if (isBc) return [];
      return [...x.args.flatMap((a) => (a.k === 'var' ? [a.name] : [])), ...(free.get(t.name) ?? [])];
    });
    const fv = [...new Set(s.uses)].filter((n) => !s.binds.has(n) && !lp.params.includes(n));
    free.set(lp.name, fv);
    f.lifted.set(lp.q, { name: lp.name, arity: lp.arity + fv.length });
  }
}
