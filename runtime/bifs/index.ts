// Registers every native module once: the BIFs of `erlang` and `math`, and the native
// halves of `io`, `io_lib`, `lists` and `maps` (their Erlang halves are in stdlib/src),
// the all-native `binary`, `unicode` and `re`, and string's case mappings.
import { registerErlangBifs } from './erlang.js';
import { registerMathBifs } from './math.js';
import { registerIoBifs } from './io.js';
import { registerListsBifs } from './lists.js';
import { registerMapsBifs } from './maps.js';
import { registerBinaryBifs } from './binary.js';
import { registerUnicodeBifs } from './unicode.js';
import { registerStringBifs } from './string-case.js';
import { registerReBifs } from './re.js';

let done = false;

export function registerAllNatives(): void {
  if (done) return;
  done = true;
  registerErlangBifs();
  registerMathBifs();
  registerIoBifs();
  registerListsBifs();
  registerMapsBifs();
  registerBinaryBifs();
  registerUnicodeBifs();
  registerStringBifs();
  registerReBifs();
}
