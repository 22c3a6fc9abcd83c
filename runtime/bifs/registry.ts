// Native (TypeScript) modules: the BIFs and the parts of OTP written in TypeScript.
//
// A native module is a table from `name/arity` to a JS function taking and returning
// terms. The code server (runtime/exec) looks remote calls up here before compiled
// modules; the code generator binds calls to known `erlang` BIFs to these functions
// directly (BIFs are never reloaded, as in BEAM).
//
// A native function raises Erlang errors by throwing `ErlangError` (runtime/term/errors);
// the caller's frame adds the stack-trace entry naming the BIF and its arguments, as
// BEAM does (`{erlang,element,[0,{}],[{error_info,...}]}`).
import type { Term } from '../term/types.js';

export type NativeFn = (...args: Term[]) => Term;
export type NativeModule = Record<string, NativeFn>;

const natives = new Map<string, NativeModule>();

/** Add (or extend) a native module. */
export function registerNative(module: string, table: NativeModule): void {
  const old = natives.get(module);
  natives.set(module, old ? { ...old, ...table } : { ...table });
}

export function nativeModule(module: string): NativeModule | undefined {
  return natives.get(module);
}

export function nativeFunction(module: string, name: string, arity: number): NativeFn | undefined {
  return natives.get(module)?.[`${name}/${arity}`];
}

export function nativeModuleNames(): string[] {
  return [...natives.keys()];
}
