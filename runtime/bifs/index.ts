// Registers every native module once: the BIFs of `erlang` and `math`, and the native
// halves of `io`, `io_lib`, `lists` and `maps` (their Erlang halves are in stdlib/src),
// the all-native `binary` and `unicode`, string's case mappings, rand's native
// generator steps (`erlts_rand`), the all-native `crypto`, the erlang BIFs of the
// wall clock and time zone (calendar.ts), base64's fast paths (`erlts_base64`), erl_scan
// and erl_parse's term reading (erl-scan.ts), erlang's system BIFs (erlang-system.ts),
// the native half of `ets` (its Erlang half is stdlib/src/ets.erl) and the native halves
// of `file`, `filelib` and `os`, the all-native `re` (its engine is runtime/re), the
// node-wide term tables of logger and the application controller (node-store.ts), and
// the code server's native half (`erlts_code` and erlang's module-version BIFs, code.ts),
// and the sockets of gen_tcp, gen_udp and inet (`erlts_inet`, runtime/net/inet.ts).
import { registerErlangBifs } from './erlang.js';
import { registerMathBifs } from './math.js';
import { registerIoBifs } from './io.js';
import { registerListsBifs } from './lists.js';
import { registerMapsBifs } from './maps.js';
import { registerBinaryBifs } from './binary.js';
import { registerUnicodeBifs } from './unicode.js';
import { registerStringBifs } from './string-case.js';
import { registerErlScanBifs } from './erl-scan.js';
import { registerErlangSystemBifs } from './erlang-system.js';
import { registerRandBifs } from './rand.js';
import { registerCryptoBifs } from './crypto.js';
import { registerCalendarBifs } from './calendar.js';
import { registerBase64Bifs } from './base64.js';
import { registerEtsBifs } from './ets.js';
import { registerFileBifs } from './file.js';
import { registerFilelibBifs } from './filelib.js';
import { registerOsBifs } from './os.js';
import { registerReBifs } from './re.js';
import { registerNodeStoreBifs } from './node-store.js';
import { registerCodeBifs } from './code.js';
import { registerErltsErrorBifs } from './erlts-error.js';
import { registerShellNatives } from '../shell/compile.js';
import { registerJsBifs } from './js.js';
import { registerInetBifs } from '../net/inet.js';

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
  registerErlScanBifs();
  registerErlangSystemBifs();
  registerRandBifs();
  registerCryptoBifs();
  registerCalendarBifs();
  registerBase64Bifs();
  registerEtsBifs();
  registerFileBifs();
  registerFilelibBifs();
  registerOsBifs();
  registerReBifs();
  registerNodeStoreBifs();
  registerCodeBifs();
  registerErltsErrorBifs();
  registerShellNatives();
  registerJsBifs();
  registerInetBifs();
}
