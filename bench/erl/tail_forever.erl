%% An infinite loop of mutual tail calls that also allocates (a tuple per step and a
%% counter that grows past 2^53 into bignums): on BEAM it runs in constant memory, and
%% so must it on erlts. bench/tail-memory.ts runs it for a while and samples the heap.
-module(tail_forever).
-export([run/0]).

run() -> ping(0, {start}).

ping(N, _Prev) -> pong(N + 1, {ping, N}).
pong(N, _Prev) -> ping(N + 9007199254740000, {pong, N}).
