%% dist_terms: the same pseudo-random terms on any node for a seed (rand's exsss),
%% so that the receiving side of a distribution test can compare what arrived with
%% =:= against what it generates itself. Every random draw is bound in sequence: the
%% order of evaluation of tuple elements and operands is not defined in Erlang.
-module(dist_terms).
-export([gen/2, check/3]).

gen(Seed, N) ->
    _ = rand:seed(exsss, {Seed, 7, 11}),
    [term(3) || _ <- lists:seq(1, N)].

%% How many of Received (in order) are =:= the generated terms.
check(Seed, N, Received) ->
    Expected = gen(Seed, N),
    length([x || {E, R} <- lists:zip(Expected, Received), E =:= R]).

n(Max) -> rand:uniform(Max + 1) - 1.

items(D) ->
    Len = n(3),
    [term(D - 1) || _ <- lists:seq(1, Len)].

term(0) -> leaf();
term(D) ->
    case rand:uniform(10) of
        1 -> list_to_tuple(items(D));
        2 -> items(D);
        3 -> Len = n(3), maps:from_list([pair(D) || _ <- lists:seq(1, Len)]);
        4 -> H = leaf(), T = leaf(), [H | T];
        _ -> leaf()
    end.

pair(D) ->
    K = leaf(),
    V = term(D - 1),
    {K, V}.

sign() -> case rand:uniform(2) of 1 -> 1; 2 -> -1 end.

leaf() ->
    case rand:uniform(13) of
        1 -> n(255);
        2 -> rand:uniform(1 bsl 40) - (1 bsl 39);
        3 -> A = rand:uniform(1 bsl 62), S = sign(), A * (1 bsl 70) * S;
        4 -> F = rand:uniform(), S = sign(), F * 1.0e10 * S;
        5 -> list_to_atom("a" ++ integer_to_list(rand:uniform(50)));
        6 -> Len = n(20), list_to_binary([n(255) || _ <- lists:seq(1, Len)]);
        7 -> V = rand:uniform(1000), Bits = rand:uniform(15), <<V:Bits>>;
        8 -> Len = n(5), [rand:uniform(1200) || _ <- lists:seq(1, Len)];
        9 -> fun lists:reverse/1;
        10 -> C = rand:uniform(20), list_to_atom([955, $x, C + $a]);
        11 -> [];
        12 -> -rand:uniform(1 bsl 31);
        13 -> {}
    end.
