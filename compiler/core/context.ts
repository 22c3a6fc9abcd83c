// What lowering knows about the module and the function being lowered.
//
// The module context answers the questions a call site needs (is `f/2` defined here,
// imported, or an auto-imported BIF?), holds the record definitions for expansion and
// hands out module-wide fresh names and fun indices. The function context numbers the
// funs and comprehension helpers of one top-level function the way OTP names them
// (`-main/1-fun-0-`).
import type { Expr, RecordFieldDef } from '../ast/ast.js';
import { isAutoBif, isGuardBif } from '../lint/bifs.js';
import { Names } from './build.js';
import type { FunNumbers } from './fun-names.js';

export interface RecordDef {
  name: string;
  fields: RecordFieldDef[];
}

export class ModCtx {
  readonly names = new Names();
  /** Fun indices as OTP gives them (fun-names.ts); others count on from the end. */
  funIndices = new Map<unknown, number>();
  funIndex = 0;
  nextFunIndex(node: unknown): number {
    return this.funIndices.get(node) ?? this.funIndex++;
  }
  constructor(
    readonly name: string,
    readonly file: string,
    readonly records: Map<string, RecordDef>,
    readonly defined: Set<string>,
    readonly imports: Map<string, string>,
    readonly noAutoImport: 'all' | Set<string>,
  ) {}

  record(name: string): RecordDef {
    const r = this.records.get(name);
    if (!r) throw new Error(`lowering: undefined record ${name}`);
    return r;
  }

  /** 1-based tuple position of a record field (the record name is element 1). */
  fieldIndex(rec: string, field: string): number {
    const i = this.record(rec).fields.findIndex((f) => f.name === field);
    if (i < 0) throw new Error(`lowering: undefined field ${rec}.${field}`);
    return i + 2;
  }

  /** How a call `name(...)` with `arity` args resolves, as erl_lint/v3_core do. */
  resolveLocal(name: string, arity: number, inGuard = false): { k: 'local' } | { k: 'remote'; mod: string } {
    const key = `${name}/${arity}`;
    // In a guard only BIFs can be called, whatever the module defines.
    if (inGuard && isGuardBif(name, arity)) return { k: 'remote', mod: 'erlang' };
    const suppressed = this.noAutoImport === 'all' || this.noAutoImport.has(key);
    if (this.defined.has(key)) {
      // A local definition of a BIF shadows it only when auto-import is suppressed
      // or the BIF is a new one (erl_lint lets local functions win then).
      return { k: 'local' };
    }
    const imp = this.imports.get(key);
    if (imp !== undefined) return { k: 'remote', mod: imp };
    if (!suppressed && isAutoBif(name, arity)) return { k: 'remote', mod: 'erlang' };
    return { k: 'local' };
  }
}

export class FnCtx {
  /** Numbers for funs and loops fun-names.ts did not see (v3_core's and v3_kernel's
   * counters go on from there). */
  funCounter = 0;
  kernelCounter = 0;
  /** The lifted functions made so far (fun-names.ts keys -> name and arity, the
   * arity counting the free variables as OTP's lifted function does). */
  readonly lifted = new Map<object, { name: string; arity: number }>();
  /** Set while lowering a guard: calls resolve to guard BIFs. */
  inGuard = false;
  constructor(
    readonly mod: ModCtx,
    readonly name: string,
    readonly arity: number,
    /** OTP's numbers for the funs and comprehensions of this function. */
    readonly numbers: FunNumbers = { index: new Map(), kernel: new Map(), recursive: new Set(), lifted: [] },
  ) {
    this.funCounter = numbers.index.size;
    this.kernelCounter = numbers.kernel.size;
  }
  get names(): Names {
    return this.mod.names;
  }
}

/** A record field's default expression, or `undefined` atom when none. */
export function fieldDefault(f: RecordFieldDef): Expr {
  return f.default ?? { kind: 'atom', loc: f.loc, value: 'undefined' };
}
