// The `erlang` module's BIFs of sequential code, registered as one native table.
//
// Each area lives in its own module (tuples, lists, numbers, type tests, atoms, text
// conversions, binaries, maps/hashing, operators, checksums, fun/code introspection); this file only joins their tables.
// Control BIFs (error/exit/throw/apply/...), processes and io are registered by their
// own modules into the same `erlang` table (registerNative merges).
import { registerNative } from './registry.js';
import { atomBifs } from './erlang-atoms.js';
import { binaryBifs } from './erlang-binary.js';
import { checksumBifs } from './erlang-checksum.js';
import { convertBifs } from './erlang-convert.js';
import { introspectBifs } from './erlang-introspect.js';
import { listBifs } from './erlang-lists.js';
import { mapBifs } from './erlang-maps.js';
import { numberBifs } from './erlang-numbers.js';
import { operatorBifs } from './erlang-operators.js';
import { tupleBifs } from './erlang-tuples.js';
import { typeBifs } from './erlang-types.js';

export function registerErlangBifs(): void {
  registerNative('erlang', {
    ...operatorBifs,
    ...tupleBifs,
    ...listBifs,
    ...numberBifs,
    ...typeBifs,
    ...atomBifs,
    ...convertBifs,
    ...binaryBifs,
    ...mapBifs,
    ...checksumBifs,
    ...introspectBifs,
  });
}
