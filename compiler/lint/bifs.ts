// Questions lint asks about OTP itself: is this an auto-imported BIF, may it appear in
// a guard, is this a built-in type, is this function deprecated, which callbacks does
// this behaviour require. The answers are the generated tables in otp-facts.ts
// (scripts/gen-lint-facts.escript asks a real OTP install); this module only gives
// them the shape of erl_internal's and otp_internal's functions.
import {
  AUTO_IMPORTED_BIFS, OLD_BIFS, GUARD_BIFS, TYPE_TESTS, OLD_TYPE_TESTS, BUILTIN_TYPES, OP_TYPES,
  OBSOLETE_FUNCTIONS, OBSOLETE_TYPES, OTP_BEHAVIOURS, type ObsoleteInfo, type ObsoleteRule,
} from './otp-facts.js';

export type { ObsoleteInfo };

const key = (name: string, arity: number) => `${name}/${arity}`;

/** erl_internal:bif/2: erlang:Name/Arity is auto-imported. */
export const isAutoBif = (name: string, arity: number) => AUTO_IMPORTED_BIFS.has(key(name, arity));
/** erl_internal:old_bif/2: auto-imported since before R14 (overriding it is an error). */
export const isOldBif = (name: string, arity: number) => OLD_BIFS.has(key(name, arity));
/** erl_internal:guard_bif/2. */
export const isGuardBif = (name: string, arity: number) => GUARD_BIFS.has(key(name, arity));
/** erl_internal:type_test/2 (new is_* tests and the old atom/1, ... tests). */
export const isTypeTest = (name: string, arity: number) => TYPE_TESTS.has(key(name, arity));
/** erl_internal:old_type_test/2. */
export const isOldTypeTest = (name: string, arity: number) => OLD_TYPE_TESTS.has(key(name, arity));
/** erl_internal:is_type/2: a built-in type such as integer() or list(T). */
export const isBuiltinType = (name: string, arity: number) => BUILTIN_TYPES.has(key(name, arity));

/** erl_internal:op_type/2, or undefined for what is not an operator. */
export const opType = (op: string, arity: number) => OP_TYPES.get(key(op, arity));
/** erl_lint's is_gexpr_op/2: arithmetic, boolean and comparison operators. */
export function isGuardOp(op: string, arity: number): boolean {
  const t = opType(op, arity);
  return t === 'arith' || t === 'bool' || t === 'comp';
}
export const isArithOp = (op: string, arity: number) => opType(op, arity) === 'arith';

function lookup(rules: readonly ObsoleteRule[], m: string, f: string, a: number): ObsoleteInfo | undefined {
  for (const r of rules) {
    if (r.m === m && (r.f === '_' || r.f === f) && (r.a === -1 || r.a === a)) return r.info;
  }
  return undefined;
}

/** otp_internal:obsolete/3. */
export const obsoleteFunction = (m: string, f: string, a: number) => lookup(OBSOLETE_FUNCTIONS, m, f, a);
/** otp_internal:obsolete_type/3. */
export const obsoleteType = (m: string, n: string, a: number) => lookup(OBSOLETE_TYPES, m, n, a);

export interface BehaviourInfo {
  callbacks: { name: string; arity: number }[];
  optional: { name: string; arity: number }[];
}

const parseFA = (s: string) => {
  const i = s.lastIndexOf('/');
  return { name: s.slice(0, i), arity: Number(s.slice(i + 1)) };
};

/** M:behaviour_info/1 of a behaviour shipped with OTP, or undefined. */
export function otpBehaviour(name: string): BehaviourInfo | undefined {
  const b = OTP_BEHAVIOURS.get(name);
  if (!b) return undefined;
  return { callbacks: b.callbacks.map(parseFA), optional: b.optional.map(parseFA) };
}
