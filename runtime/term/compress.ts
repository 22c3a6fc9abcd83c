// zlib compression for term_to_binary(T, [compressed]).
//
// Our own deflate (deflate.ts) rather than node:zlib: Node bundles Chromium's zlib fork,
// whose output differs from the zlib OTP links (measured: 45 of 410 fixture terms came
// out the same), and the runtime must also run where node:zlib does not exist.
import { deflateZlib } from './deflate.js';

export function zlibDeflate(data: Uint8Array, level: number): Uint8Array {
  return deflateZlib(data, level);
}
