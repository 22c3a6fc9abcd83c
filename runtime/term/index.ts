// The term layer: shapes of Erlang terms in JS and everything that works on them
// generically (arithmetic, equality and order, hashing, the external format, printing).
// docs/terms.md describes the representation and the decisions behind it.
export * from './types.js';
export * from './errors.js';
export * from './atoms.js';
export * from './list.js';
export * from './int.js';
export * from './arith.js';
export * from './bitstring.js';
export * from './map.js';
export * from './compare.js';
export * from './hash.js';
export * from './print.js';
export * from './etf.js';
