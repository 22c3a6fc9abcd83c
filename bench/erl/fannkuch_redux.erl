%% Fannkuch-redux: for every permutation of 1..N, count the prefix reversals ("pancake
%% flips") until 1 comes first (the Benchmarks Game problem). Permutations are visited
%% in the reference program's order, so the checksum (flips added for even-numbered
%% permutations, subtracted for odd) matches it. Lists, lists:split/2, lists:reverse/2.
%% run(N) returns {Checksum, MaxFlips}.
-module(fannkuch_redux).
-export([run/1]).

run(N) ->
    {_Perm, {_Count, Checksum, MaxFlips}} = permute(lists:seq(1, N), N, {0, 0, 0}),
    {Checksum, MaxFlips}.

%% Visit every ordering of the first K elements of Perm: recurse on the first K-1,
%% rotate the first K left by one, K times over (which brings Perm back to itself).
permute(Perm, 1, Acc) -> {Perm, visit(Perm, Acc)};
permute(Perm, K, Acc) -> rotations(Perm, K, K, Acc).

rotations(Perm, _K, 0, Acc) -> {Perm, Acc};
rotations(Perm, K, I, Acc0) ->
    {Perm1, Acc1} = permute(Perm, K - 1, Acc0),
    rotations(rotate(Perm1, K), K, I - 1, Acc1).

rotate([First | Rest], K) ->
    {Front, Back} = lists:split(K - 1, Rest),
    Front ++ [First | Back].

visit(Perm, {Count, Checksum, MaxFlips}) ->
    Flips = flips(Perm, 0),
    Signed = case Count band 1 of 0 -> Flips; 1 -> -Flips end,
    {Count + 1, Checksum + Signed, max(MaxFlips, Flips)}.

flips([1 | _], N) -> N;
flips([H | _] = Perm, N) ->
    {Front, Back} = lists:split(H, Perm),
    flips(lists:reverse(Front, Back), N + 1).
