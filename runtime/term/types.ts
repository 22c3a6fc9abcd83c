// The shapes of Erlang terms in JavaScript.
//
// Compiled Erlang is plain JavaScript operating directly on these values, so this file
// decides how fast everything else can be. The rules (docs/terms.md has the table):
//
//   integer    a JS `number` when |n| <= 2^53-1, else a `bigint`. Always normalised: a
//              bigint never holds a value that fits a safe number, so `typeof x ===
//              'number'` is the whole fast path and `===` is integer equality there.
//   float      `Float` (boxed), so that 1.0 and 1 stay different terms.
//   atom       a JS string holding the atom's name, except `true`/`false`, which are
//              the JS booleans: guards and comparisons produce and test them for free.
//              Never build the strings 'true'/'false' as atoms: use `atom()`.
//   []         the singleton `NIL`.
//   [H|T]      `Cons`.
//   tuple      a plain JS array. It is never mutated once built: every runtime function
//              treats it as immutable, and compiled code copies to update (setelement).
//              Measured against a `Tuple` class and against frozen arrays (bench/terms.ts
//              and docs/terms.md): plain arrays allocate and read fastest; Object.freeze
//              costs ~9x per construction and slows reads.
//   map        `ErlMap` (map.ts): sorted small map up to 32 keys, HAMT above, like BEAM.
//   bitstring  `Bitstring` (bitstring.ts): a zero-copy window of bits on a Uint8Array.
//   fun        `Fun`: module, name/index, arity, free variables and the JS function.
//   pid/port/reference  `Pid`, `Port`, `Ref`.
//
// Every non-primitive, non-array term class carries a numeric `tag` on its prototype
// (no per-object cost), so generic code (comparison, hashing, printing, ETF) dispatches
// with `typeof` and one property load instead of an `instanceof` chain. Code that knows
// what it expects (a compiled pattern `[H|T]`) uses `instanceof Cons`, which V8 turns
// into a map check.
import type { ErlMap } from './map.js';
import type { Bitstring } from './bitstring.js';

export type Term =
  | number
  | bigint
  | string
  | boolean
  | Float
  | Nil
  | Cons
  | Tuple
  | ErlMap
  | Bitstring
  | Fun
  | Pid
  | Port
  | Ref;

/** An Erlang integer: a safe JS number or (beyond 2^53-1) a bigint. */
export type Int = number | bigint;
/** An atom: its name, or a boolean for `true`/`false`. */
export type Atom = string | boolean;
/** A tuple is a JS array that nobody mutates. */
export type Tuple = readonly Term[];
/** A list: `[]` or a cons cell (the tail of the last cell may be anything). */
export type List = Nil | Cons;

// Tags of the object classes (prototype property `tag`). Arrays (tuples) have none.
export const TAG_FLOAT = 1;
export const TAG_NIL = 2;
export const TAG_CONS = 3;
export const TAG_MAP = 4;
export const TAG_BITS = 5;
export const TAG_FUN = 6;
export const TAG_PID = 7;
export const TAG_PORT = 8;
export const TAG_REF = 9;

/** A float. Never NaN or infinite (arithmetic raises badarith first). */
export class Float {
  declare readonly tag: number;
  constructor(readonly value: number) {}
}

export class Nil {
  declare readonly tag: number;
}
export const NIL: Nil = new Nil();

export class Cons {
  declare readonly tag: number;
  constructor(
    readonly hd: Term,
    readonly tl: Term,
  ) {}
}

/** The name of the local node, as a node that is not distributed calls itself. */
export const LOCAL_NODE = 'nonode@nohost';
/** Creation of the local node (0 while not distributed, as in OTP). */
export let localCreation = 0;
export function setLocalCreation(c: number): void {
  localCreation = c;
}

/**
 * The name and creation this node has on the wire. Identifiers made here always carry
 * LOCAL_NODE and creation 0 (one comparison tells local from remote; an identifier
 * decoded from `nonode@nohost` with another creation is another node's); ETF writes them with this name
 * and creation, and reads this name and creation back as LOCAL_NODE. While the node is
 * not alive they are `nonode@nohost` and 0, so term_to_binary is unchanged; when it
 * becomes alive (runtime/dist), existing pids take the new name, as on BEAM.
 */
export let thisNodeName: string = LOCAL_NODE;
export let thisCreation = 0;
export function setThisNode(name: string, creation: number): void {
  thisNodeName = name;
  thisCreation = creation;
}

/** A process identifier. `id` is the process number (15..28 bits), `serial` the serial. */
export class Pid {
  declare readonly tag: number;
  constructor(
    readonly id: number,
    readonly serial: number = 0,
    readonly node: string = LOCAL_NODE,
    readonly creation: number = localCreation,
  ) {}
}

/** A port identifier. `id` may need 64 bits in V4_PORT_EXT: a number up to 2^53, else bigint. */
export class Port {
  declare readonly tag: number;
  constructor(
    readonly id: number | bigint,
    readonly node: string = LOCAL_NODE,
    readonly creation: number = localCreation,
  ) {}
}

/** A reference: up to 5 32-bit words, least significant first (OTP prints them reversed). */
export class Ref {
  declare readonly tag: number;
  constructor(
    readonly ids: readonly number[],
    readonly node: string = LOCAL_NODE,
    readonly creation: number = localCreation,
  ) {}
}

/**
 * A reference that stands for a JavaScript value (an object, a function, a promise, a
 * symbol: runtime/bifs/js.ts, docs/js-interop.md). To every generic operation it is a
 * reference (same tag: order, `=:=`, phash2), one per JS value, so two handles of the
 * same object are `=:=`; it prints `#JsRef<N>` and term_to_binary refuses it (badarg).
 */
export class JsRef extends Ref {
  constructor(
    ids: readonly number[],
    readonly value: unknown,
  ) {
    super(ids);
  }
}

/**
 * A fun. Export funs (`fun m:f/a`) have `index === -1` and no environment; local funs
 * carry what `erlang:fun_info/2` and NEW_FUN_EXT need: the index of the fun in its
 * module, its old 32-bit uniq, the module's 16-byte MD5 (new uniq), the free variables.
 * `fn` is the compiled JavaScript function (null for a fun decoded from ETF whose code
 * is not loaded). Equality and order use module/index/uniq/env, never `fn`.
 */
export class Fun {
  declare readonly tag: number;
  constructor(
    readonly module: string,
    /** The function name: for a local fun, the name its module gives it (e.g. `-f/1-fun-0-`). */
    readonly name: string,
    readonly arity: number,
    readonly fn: ((...args: never[]) => unknown) | null,
    readonly env: readonly Term[] = [],
    readonly index: number = -1,
    readonly uniq: number = 0,
    readonly md5: Uint8Array | null = null,
    readonly oldIndex: number = index,
    /** The creating process, as NEW_FUN_EXT records it. */
    readonly pid: Pid | null = null,
  ) {}
  get isExport(): boolean {
    return this.index < 0;
  }
}

function setTag(cls: { prototype: object }, tag: number): void {
  Object.defineProperty(cls.prototype, 'tag', { value: tag, writable: false, enumerable: false });
}
setTag(Float, TAG_FLOAT);
setTag(Nil, TAG_NIL);
setTag(Cons, TAG_CONS);
setTag(Fun, TAG_FUN);
setTag(Pid, TAG_PID);
setTag(Port, TAG_PORT);
setTag(Ref, TAG_REF);
export { setTag as _setTag };

// ------------------------------------------------------------------ constructors

/** The atom with this name (`true`/`false` become booleans). */
export function atom(name: string): Atom {
  return name === 'true' ? true : name === 'false' ? false : name;
}

/** The name of an atom. */
export function atomName(a: Atom): string {
  return typeof a === 'string' ? a : a ? 'true' : 'false';
}

export function float(x: number): Float {
  return new Float(x);
}

export function cons(h: Term, t: Term): Cons {
  return new Cons(h, t);
}

export function tuple(...elements: Term[]): Tuple {
  return elements;
}

// ------------------------------------------------------------------------- guards

export function isInteger(t: unknown): t is Int {
  return typeof t === 'number' || typeof t === 'bigint';
}
export function isFloat(t: unknown): t is Float {
  return t instanceof Float;
}
export function isNumber(t: unknown): t is Int | Float {
  return typeof t === 'number' || typeof t === 'bigint' || t instanceof Float;
}
export function isAtom(t: unknown): t is Atom {
  return typeof t === 'string' || typeof t === 'boolean';
}
export function isBoolean(t: unknown): t is boolean {
  return typeof t === 'boolean';
}
export function isNil(t: unknown): t is Nil {
  return t === NIL;
}
export function isCons(t: unknown): t is Cons {
  return t instanceof Cons;
}
/** is_list/1: `[]` or a cons cell (not checking properness, as in Erlang). */
export function isList(t: unknown): t is List {
  return t === NIL || t instanceof Cons;
}
export function isTuple(t: unknown): t is Tuple {
  return Array.isArray(t);
}
export function isPid(t: unknown): t is Pid {
  return t instanceof Pid;
}
export function isPort(t: unknown): t is Port {
  return t instanceof Port;
}
export function isReference(t: unknown): t is Ref {
  return t instanceof Ref;
}
export function isFunction(t: unknown, arity?: number): t is Fun {
  return t instanceof Fun && (arity === undefined || t.arity === arity);
}

/** The tag of an object term (`undefined` for primitives and tuples). */
export function tagOf(t: Term): number {
  return typeof t === 'object' && !Array.isArray(t) ? (t as { tag: number }).tag : 0;
}
