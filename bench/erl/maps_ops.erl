%% Maps with many integer keys: N inserts with maps:put/3 into a growing map, and N
%% lookups with maps:get/2 in a map of N keys, timed as two cases. The runner builds
%% the lookup case's map with build/1 (untimed), times build/1 or lookup/1, and reduces
%% a built map with checksum/1 (untimed). run(N) does both and returns their checksums.
-module(maps_ops).
-export([run/1, build/1, lookup/1, checksum/1]).

run(N) ->
    M = build(N),
    {checksum(M), lookup(M)}.

%% Keys 1..N, inserted in increasing order, each mapped to its square.
build(N) -> build(1, N, #{}).

build(K, N, M) when K > N -> M;
build(K, N, M) -> build(K + 1, N, maps:put(K, K * K, M)).

%% Look every key up and sum the values.
lookup(M) -> lookup(map_size(M), M, 0).

lookup(0, _M, Sum) -> Sum;
lookup(K, M, Sum) -> lookup(K - 1, M, Sum + maps:get(K, M)).

checksum(M) -> {map_size(M), lists:sum(maps:values(M))}.
