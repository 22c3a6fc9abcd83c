#!/usr/bin/env escript
%% -*- erlang -*-
%%
%% Records OTP 25's lists:sort/1 and lists:merge/2 on random lists that mix integers
%% with equal floats (1 and 1.0 compare equal, so their order in the result shows the
%% algorithm), for test/stdlib/sort.test.ts. Never edit the output by hand: rerun
%%
%%   escript test/stdlib/sort.escript test/stdlib/fixtures/sort.json
%%
%% Output: a JSON array of [Function, ArgsHex, ResultHex] (term_to_binary hex).
-mode(compile).

main([Out]) ->
    rand:seed(exsss, {17, 42, 4711}),
    Sorts = [[rand_list(N, Range)] || N <- lists:seq(0, 40) ++ [100, 257, 600],
                                      Range <- [2, 5, 50], _ <- lists:seq(1, 4)],
    %% Integer-only lists (erlts sorts those on a fast path), some with bignums.
    IntSorts = [[int_list(N, Range)] || N <- [4, 5, 9, 100, 1000],
                                        Range <- [3, 1000, 1 bsl 60]],
    Merges = [[lists:sort(rand_list(N, 6)), lists:sort(rand_list(M, 6))]
              || N <- [0, 1, 2, 5, 30], M <- [0, 1, 3, 30], _ <- lists:seq(1, 3)],
    Recs = [rec(sort, A) || A <- Sorts ++ IntSorts] ++ [rec(merge, A) || A <- Merges],
    ok = file:write_file(Out, ["[\n", lists:join(",\n", Recs), "\n]\n"]),
    io:format("~w cases~n", [length(Recs)]).

int_list(N, Range) -> [rand:uniform(2 * Range) - Range || _ <- lists:seq(1, N)].

rand_list(N, Range) -> [elem(Range) || _ <- lists:seq(1, N)].

%% An integer or the equal float, sometimes an atom (sorts after all numbers).
elem(Range) ->
    I = rand:uniform(Range),
    case rand:uniform(7) of
        1 -> float(I);
        2 -> float(I);
        3 -> a;
        _ -> I
    end.

rec(F, Args) ->
    ["[\"", atom_to_list(F), "\", \"", hex(term_to_binary(Args)), "\", \"",
     hex(term_to_binary(apply(lists, F, Args))), "\"]"].

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].
