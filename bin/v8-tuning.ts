// V8 settings for running Erlang, applied by the erlts command and `npm run bench`
// before any Erlang code runs. Those V8 reads only when Node starts are in
// bin/node-flags.ts.
//
// Allocation-site pretenuring: when V8 sees objects from one allocation site survive
// young-generation collections, it allocates that site's later objects directly in the
// old generation. An Erlang runtime's messages, frames and terms mostly die young but
// sometimes sit in a mailbox across a collection, so V8 may pretenure them, from one
// process start to the next at random: then every collection is a major one and the
// whole program runs about twice as slow (gen_server:call 600 ms or 1,350 ms for
// 300,000 calls from identical runs; binary_trees 240 or 635 ms). Without pretenuring
// the fast figures are what every run gets (docs/benchmarks.md).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');
